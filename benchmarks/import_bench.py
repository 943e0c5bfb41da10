"""Import benchmark: generate N articles from the seeds and import them into a new project.

    python benchmarks/import_bench.py            # 1,000 articles
    python benchmarks/import_bench.py -n 100 --workers 1

Reports wall-clock seconds and peak memory (this process plus pipeline
worker processes). Targets (issue 2): 1,000 articles in under 60 s and
under 500 MB on a 2-core machine.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import write_corpus  # noqa: E402

from workbench.nlp import shutdown  # noqa: E402
from workbench.project import Project  # noqa: E402


def peak_mb() -> tuple[float, float]:
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=1000, help="articles to generate (default 1000)")
    ap.add_argument("--workers", type=int, default=None, help="pipeline processes (default: all cores)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        paths = write_corpus(folder, args.n)
        size = sum(p.stat().st_size for p in paths)
        start = time.perf_counter()
        with Project.open(Path(tmp) / "bench.wbproj", create=True) as project:
            report = project.import_sources([str(folder)], workers=args.workers)
            words = sum(d.word_count for d in project.documents())
        seconds = time.perf_counter() - start
        shutdown()  # worker processes end, so their peak memory is counted
        me, kids = peak_mb()
    print(f"articles: {args.n} ({size / 1e6:.1f} MB, {words} words)")
    print(f"imported: {len(report.imported)}, failed: {len(report.failed)}, duplicates: {len(report.duplicates)}")
    print(f"seconds: {seconds:.1f} ({args.n / seconds:.0f} articles/s, {words / seconds:.0f} words/s)")
    print(f"peak memory: main process {me:.0f} MB, largest worker {kids:.0f} MB")
    target_ok = seconds < 60 * args.n / 1000 and me < 500 and kids < 500
    print(f"target (60 s and 500 MB per 1,000 articles): {'met' if target_ok else 'MISSED'}")


if __name__ == "__main__":
    main()

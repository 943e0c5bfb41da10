#!/usr/bin/env python3
"""Where a comparison's time and memory go: import, alignment, cues, the HTML page, through the Project facade.

usage: .venv/bin/python benchmarks/phases.py N      (N generated articles, default 100)

Prints the elapsed seconds and the process's peak RSS after each phase. Run it
twice with the same WORKBENCH_CACHE_DIR to see the phases with a warm analysis cache.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import write_corpus  # noqa: E402

from workbench.project import Project  # noqa: E402


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    folder = Path(tempfile.mkdtemp(prefix="workbench-phases-"))
    files = [str(p) for p in write_corpus(folder, n, seed=n)]
    start = time.perf_counter()

    def mark(what: str) -> None:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{time.perf_counter() - start:7.2f} s  {peak:7.0f} MB  {what}", flush=True)

    with Project.temporary() as project:
        report = project.import_sources(files)
        mark("import")
        keys = [o.doc_id for o in report.outcomes if o.doc_id]
        project.align(keys)
        mark("align")
        cues = [c for c in project.detect_cues() if c.shown]
        mark("cues")
        project.write_comparison(project.alignment(), str(folder / "comparison.html"), "html", cues=cues)
        mark("HTML written (as compare does)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

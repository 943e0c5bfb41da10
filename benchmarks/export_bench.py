"""Export benchmark: the time each export format takes, for the seeds and for 100 generated articles.

    python benchmarks/export_bench.py [--sizes seeds,100] [--formats html,worksheet,json,csv,qdpx]

Articles are generated from the seeds (see synth.py), imported into a
temporary project, aligned and their cues detected first (those times are
printed too); the export figures are for writing the file alone, with a few
annotations in the project. Also prints the size of each file.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import SEEDS, write_corpus  # noqa: E402

from workbench.core.models import Span  # noqa: E402
from workbench.nlp import shutdown  # noqa: E402
from workbench.project import Project  # noqa: E402

TARGETS = {"html": "out.html", "worksheet": "worksheet.html", "json": "out.json", "csv": "tables.zip",
           "qdpx": "out.qdpx"}


def prepare(size: str, folder: Path) -> tuple[Project, dict]:
    if size == "seeds":
        sources = [str(SEEDS)]
    else:
        sources = [str(p) for p in write_corpus(folder / "articles", int(size))]
    project = Project.open(folder / "bench.wbproj", create=True)
    times = {}
    start = time.perf_counter()
    project.import_sources(sources)
    times["import"] = time.perf_counter() - start
    start = time.perf_counter()
    result = project.align()
    times["align"] = time.perf_counter() - start
    start = time.perf_counter()
    project.detect_cues()
    times["cues"] = time.perf_counter() - start
    for group in result.groups[:10]:  # a few notes, linked across their groups
        m = group.members[0]
        a = project.annotate([Span(m.doc, m.start, min(m.end, m.start + 40))], "Notiz zum Vergleich", ["Beobachtung"])
        project.link_to_group(a.id)
    return project, times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="seeds,100")
    ap.add_argument("--formats", default=",".join(TARGETS))
    args = ap.parse_args()
    for size in args.sizes.split(","):
        with tempfile.TemporaryDirectory(prefix="workbench-export-bench-") as tmp:
            folder = Path(tmp)
            project, times = prepare(size, folder)
            with project:
                docs = len(project.documents())
                print(f"{size:>6}: {docs} articles | import {times['import']:.2f} s, align {times['align']:.2f} s, "
                      f"cues {times['cues']:.2f} s (before exporting)")
                for fmt in args.formats.split(","):
                    out = folder / TARGETS[fmt]
                    start = time.perf_counter()
                    summary = project.export(str(out), "html" if fmt == "worksheet" else fmt, worksheet=fmt == "worksheet",
                                             cues_as_codes=fmt == "qdpx")
                    seconds = time.perf_counter() - start
                    print(f"        export {fmt:<9} {seconds:6.2f} s  {out.stat().st_size / 1e6:7.2f} MB  "
                          f"({summary['groups']} groups, {summary['cues']} cues, {summary['annotations']} notes)")
    shutdown()


if __name__ == "__main__":
    main()

"""kill -9 at random moments (issue 16): does the project survive, and does every acknowledged edit?

    python benchmarks/kill.py              # 5 runs of each operation (about two minutes on 2 cores)
    python benchmarks/kill.py --runs 2     # fewer runs
    python benchmarks/kill.py --seed 7     # other moments (the default seed 16 gives the README's table)

Operations, each a child process that loops over the work until it is killed
with SIGKILL (its whole process group, so a CLI command it started dies too)
after a delay drawn from a seeded generator, counted from the moment the
child says it has started the loop:

- import: one generated article per ``Project.import_sources`` call;
  acknowledged when the call returned it as imported;
- align: ``Project.align(force=True)`` again and again; acknowledged when it
  returned (the stored alignment must then load and match it);
- annotate (CLI): ``workbench annotate`` commands one after another;
  acknowledged when the command printed its confirmation line;
- annotate (library): ``Project.annotate`` in a loop; acknowledged when the
  call returned;
- export: ``Project.export`` to html, json, csv (.zip) and qdpx in turn;
  acknowledged when it returned (the file must then exist and be whole).

The child writes each acknowledgement to a side file and fsyncs it before it
goes on, so what the side file holds was acknowledged before the kill.
Afterwards the project file gets SQLite's ``PRAGMA integrity_check``, is
opened with ``Project.open`` (its documents and analyses read back), and
every acknowledged edit is looked for. The table: operation, runs, intact
projects, acknowledged edits checked, lost.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
OPERATIONS = ["import", "align", "annotate (CLI)", "annotate (library)", "export"]
# how long after the loop started the kill may come (seconds): long enough for several acknowledged edits
KILL_WINDOW = {"import": (0.3, 6.0), "align": (0.3, 6.0), "annotate (CLI)": (0.5, 6.0),
               "annotate (library)": (0.1, 4.0), "export": (0.3, 8.0)}
EXPORTS = [("html", "report.html"), ("json", "comparison.json"), ("csv", "tables.zip"), ("qdpx", "project.qdpx")]


# -- the child: loops until it is killed, acknowledging each finished edit -----------------------------------
class Acks:
    def __init__(self, path: str) -> None:
        self.file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open for the child's whole life

    def write(self, line: str) -> None:
        self.file.write(line + "\n")
        self.file.flush()
        os.fsync(self.file.fileno())


def child(op: str, project_path: str, acks_path: str, work: str, seed: int) -> None:
    from workbench.core.models import Span
    from workbench.project import Project

    acks = Acks(acks_path)
    rng = random.Random(seed)
    if op == "import":
        files = sorted(Path(work, "articles").iterdir())
        with Project.open(project_path, create=True) as project:
            acks.write("started")
            for f in files:
                report = project.import_sources([str(f)], workers=1)
                if report.ok and report.imported:
                    acks.write(f.name)
        return
    if op == "annotate (CLI)":
        with Project.open(project_path) as project:
            lengths = {d.id: len(project.document(d.id).text) for d in project.documents()}
        acks.write("started")
        for i in range(10_000):
            doc, start, end = _span(rng, lengths)
            note = f"cli-{seed}-{i}"
            command = [sys.executable, "-m", "workbench", "annotate", project_path, doc, str(start), str(end),
                       "--note", note, "--code", f"code {i % 3}"]
            with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT) as proc:
                assert proc.stdout is not None
                line = proc.stdout.readline()
                if line.split()[:1] and line.split()[0].startswith("a") and note in line:
                    acks.write(json.dumps([note, doc, start, end]))
                proc.wait()
        return
    with Project.open(project_path) as project:
        lengths = {d.id: len(project.document(d.id).text) for d in project.documents()}
        acks.write("started")
        for i in range(1_000_000):
            if op == "align":
                result = project.align(force=True)
                acks.write(json.dumps([len(result.groups), len(result.alignments), len(result.unique)]))
            elif op == "annotate (library)":
                doc, start, end = _span(rng, lengths)
                note = f"lib-{seed}-{i}"
                project.annotate([Span(doc, start, end)], note=note, codes=[f"code {i % 3}"])
                acks.write(json.dumps([note, doc, start, end]))
            elif op == "export":
                fmt, name = EXPORTS[i % len(EXPORTS)]
                path = str(Path(work, f"{i:04d}-{name}"))
                project.export(path, fmt)
                acks.write(json.dumps([fmt, path]))


def _span(rng: random.Random, lengths: dict[str, int]) -> tuple[str, int, int]:
    doc = rng.choice(sorted(lengths))
    start = rng.randrange(0, lengths[doc] - 40)
    return doc, start, start + rng.randrange(1, 40)


# -- the parent: set up, start, kill, check -----------------------------------------------------------------
def articles(folder: Path, run: int, count: int = 400) -> None:
    """``count`` articles nobody analysed before (the run's number is in every one), so each import works."""
    folder.mkdir(parents=True)
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    for i in range(count):
        (folder / f"r{run}-a{i:03d}.txt").write_text(f"Meldung {i} der Reihe {run}.\n\n{texts[i % 5]}", encoding="utf-8")


def base_project(folder: Path) -> Path:
    """The five seeds imported and aligned: what align, annotate and export start from."""
    from workbench.project import Project

    path = folder / "base.wbproj"
    with Project.open(path, create=True) as project:
        project.import_sources([str(p) for p in SEEDS], workers=1)
        project.align()
        project.detect_cues()
    return path


def run_one(op: str, run: int, seed: int, folder: Path, base: Path) -> dict:
    work = folder / f"{op.split()[0]}-{'cli' if 'CLI' in op else 'lib'}-{run}"
    work.mkdir()
    project = work / "p.wbproj"
    if op == "import":
        articles(work / "articles", run)
    else:
        shutil.copy(base, project)
    acks = work / "acks.txt"
    acks.touch()
    rng = random.Random(f"{seed}-{op}-{run}")
    delay = rng.uniform(*KILL_WINDOW[op])
    proc = subprocess.Popen([sys.executable, __file__, "--child", op, str(project), str(acks), str(work),
                             str(rng.randrange(1 << 30))], cwd=ROOT, start_new_session=True)
    deadline = time.monotonic() + 120
    while "started" not in acks.read_text(encoding="utf-8") and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(delay)
    finished = proc.poll() is not None
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:  # the child had ended (its error is on stderr, the table says so)
        pass
    proc.wait()
    lines = [ln for ln in acks.read_text(encoding="utf-8").splitlines() if ln and ln != "started"]
    intact, problem = check_project(project)
    if op == "export":  # the export the kill interrupted: its file is absent or whole, never half written
        half = [p.name for p in work.iterdir() if p.name[:4].isdigit() and "-" in p.name
                and not _whole_export(next(f for f, n in EXPORTS if p.name.endswith(n)), str(p))]
        if half:
            intact, problem = False, f"half-written exports: {', '.join(half)}"
    checked, lost = check_acks(op, project, lines) if intact else (len(lines), len(lines))
    return {"op": op, "run": run, "delay": delay, "intact": intact, "checked": checked, "lost": lost,
            "finished": finished, "problem": problem or (f"{lost} acknowledged edits lost" if lost else "")}


def check_project(path: Path) -> tuple[bool, str]:
    from workbench.project import Project

    if not path.exists():
        return False, "no project file"
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            return False, f"integrity_check: {verdict}"
        with Project.open(path) as project:
            for doc in project.documents():
                analysis = project.analysis(doc.id)
                if analysis is None or not analysis.segments:
                    return False, f"{doc.id} has no analysis"
    except Exception as exc:  # a damaged project is what this script looks for: report it, go on
        return False, f"{type(exc).__name__}: {exc}"
    return True, ""


def check_acks(op: str, path: Path, lines: list[str]) -> tuple[int, int]:
    """(acknowledged edits checked, of those lost)."""
    from workbench.project import Project

    lost = 0
    with Project.open(path) as project:
        if op == "import":
            sources = {Path(d.source or "").name for d in project.documents()}
            lost = sum(name not in sources for name in lines)
        elif op == "align":
            stored = project.alignment()
            if lines and stored is None:
                lost = len(lines)
            elif lines and stored is not None:
                expected = json.loads(lines[-1])
                got = [len(stored.groups), len(stored.alignments), len(stored.unique)]
                lost = len(lines) if got != expected else 0
        elif op.startswith("annotate"):
            found = {(a.note, t.doc, t.start, t.end) for a in project.annotations() for t in a.targets}
            lost = sum((note, doc, start, end) not in found for note, doc, start, end in map(json.loads, lines))
        elif op == "export":
            lost = sum(not _whole_export(fmt, p) for fmt, p in map(json.loads, lines))
    return len(lines), lost


def _whole_export(fmt: str, path: str) -> bool:
    try:
        if fmt == "html":
            return Path(path).read_text(encoding="utf-8").rstrip().endswith("</html>")
        if fmt == "json":
            return bool(json.loads(Path(path).read_text(encoding="utf-8"))["documents"])
        with zipfile.ZipFile(path) as z:
            return z.testzip() is None and bool(z.namelist())
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--only", help="operations whose name contains this")
    parser.add_argument("--child", nargs=5, metavar=("OP", "PROJECT", "ACKS", "WORK", "SEED"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        op, project, acks, work, seed = args.child
        child(op, project, acks, work, int(seed))
        return
    folder = Path(tempfile.mkdtemp(prefix="wb-kill-"))
    os.environ["WORKBENCH_DATA_DIR"] = str(folder / "data")  # backups of the runs' projects, not the user's
    os.environ["WORKBENCH_CACHE_DIR"] = str(folder / "cache")  # a cache that may be killed mid-write, too
    started = time.monotonic()
    try:
        base = base_project(folder)
        results = []
        for op in [o for o in OPERATIONS if not args.only or args.only in o]:
            for run in range(args.runs):
                r = run_one(op, run, args.seed, folder, base)
                results.append(r)
                print(f"  {op:20} run {run}: killed after {r['delay']:.2f} s, {r['checked']} acknowledged, "
                      f"{'intact' if r['intact'] else 'DAMAGED'}"
                      f"{', the loop had ended before the kill' if r['finished'] else ''}"
                      f"{'; ' + r['problem'] if r['problem'] else ''}", flush=True)
        print()
        print("| operation | runs | intact | acknowledged edits checked | lost |")
        print("| --- | ---: | ---: | ---: | ---: |")
        for op in dict.fromkeys(r["op"] for r in results):
            rs = [r for r in results if r["op"] == op]
            print(f"| {op} | {len(rs)} | {sum(r['intact'] for r in rs)} | {sum(r['checked'] for r in rs):,} "
                  f"| {sum(r['lost'] for r in rs)} |")
        print(f"\n{len(results)} runs in {time.monotonic() - started:.0f} s (seed {args.seed})")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

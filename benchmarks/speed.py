#!/usr/bin/env python3
"""Issue 13's speed table: whole processes, as a user runs them, timed from outside.

usage: .venv/bin/python benchmarks/speed.py [--only NAME ...] [--skip-1000]

Each measure runs `workbench` in a child process with a cache folder of its
own (WORKBENCH_CACHE_DIR), so "never seen" means no analysis of those texts
is cached anywhere; "second run" reuses the folder of the run before.
Wall time is measured around the child; peak memory is the child's maximum
resident set size (ru_maxrss of the waited-for process).

  compare-5-cold     workbench compare on the five seeds, copied under new names with one changed
                     line each (texts it has never seen), fresh cache, new process
  compare-5-again    the same command again (same files, same cache)
  demo               workbench demo --screenshot: launch to the comparison drawn (offscreen), and exit
  import-25          workbench import of 25 short generated articles into a new project, fresh cache
  compare-100        workbench compare on 100 generated articles, fresh cache
  compare-1000       workbench compare on 1,000 generated articles, fresh cache (about a minute)
  cues-100           cue detection alone on 100 generated articles (benchmarks/cues_bench.py)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from synth import generate  # noqa: E402

WORKBENCH = [sys.executable, "-m", "workbench"]


def run(args: list[str], cache: Path, cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak MB of one child process."""
    env = dict(os.environ, WORKBENCH_CACHE_DIR=str(cache), QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    child = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"{' '.join(args)} failed: {child.stderr.read().decode(errors='replace')[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def write(folder: Path, texts: list[str]) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, text in enumerate(texts):
        path = folder / f"article_{n:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", help="measures to run (default: all)")
    parser.add_argument("--skip-1000", action="store_true", help="leave out compare-1000")
    args = parser.parse_args()
    wanted = set(args.only or [])
    work = Path(tempfile.mkdtemp(prefix="workbench-speed-"))
    rows = []

    def want(name: str) -> bool:
        return not wanted or name in wanted

    try:
        seeds = sorted((ROOT / "seeds").glob("*.txt"))
        stamp = str(time.time_ns())
        fresh = [p.read_text(encoding="utf-8") + f"\nStand {stamp}-{n}.\n" for n, p in enumerate(seeds)]
        five = write(work / "five", fresh)
        if want("compare-5-cold") or want("compare-5-again"):
            cache = work / "cache-5"
            s, mb = run([*WORKBENCH, "compare", *five, "-o", str(work / "five.html")], cache, work)
            rows.append(("compare-5-cold", s, mb))
            s, mb = run([*WORKBENCH, "compare", *five, "-o", str(work / "five.html")], cache, work)
            rows.append(("compare-5-again", s, mb))
        if want("demo"):
            s, mb = run([*WORKBENCH, "demo", "--screenshot", str(work / "demo.png")], work / "cache-demo", work)
            rows.append(("demo", s, mb))
        if want("import-25"):
            short = [t[:1200] for t in generate(25, seed=25)]
            files = write(work / "short", short)
            s, mb = run([*WORKBENCH, "import", str(work / "p25.wbproj"), *files], work / "cache-25", work)
            rows.append(("import-25", s, mb))
        sizes = [n for n in (100, 1000) if want(f"compare-{n}") and not (n == 1000 and args.skip_1000)]
        for n in sizes:
            files = write(work / f"gen{n}", generate(n, seed=n))
            s, mb = run([*WORKBENCH, "compare", *files, "-o", str(work / f"c{n}.html")], work / f"cache-{n}", work)
            rows.append((f"compare-{n}", s, mb))
        if want("cues-100"):
            out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "cues_bench.py"), "--sizes", "100"],
                                 capture_output=True, text=True, check=True, env=dict(os.environ, WORKBENCH_CACHE_DIR="off"))
            seconds = float(out.stdout.split("cues")[1].split("s,")[0])
            rows.append(("cues-100", seconds, None))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("| measure | seconds | peak MB |\n|---|---:|---:|")
    for name, seconds, mb in rows:
        print(f"| {name} | {seconds:.2f} | {'—' if mb is None else f'{mb:.0f}'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

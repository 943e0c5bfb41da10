"""Framing-cue benchmark: the time cue detection adds to a comparison, seeds and 100 articles.

    python benchmarks/cues_bench.py [--sizes seeds,100]

Articles are generated from the seeds (see synth.py) and analysed and
aligned first; the figure is detect_cues alone. Also prints highlight
density (words per shown cue).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import generate, seed_texts  # noqa: E402

from workbench.align import AlignInput, align  # noqa: E402
from workbench.cues import detect_cues  # noqa: E402
from workbench.nlp import analyse_many, shutdown  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="seeds,100")
    args = ap.parse_args()
    for size in args.sizes.split(","):
        texts = seed_texts() if size == "seeds" else generate(int(size))
        analyses = analyse_many([(t, "de") for t in texts])
        docs = [AlignInput(f"d{i + 1}", t, a.segments, a.tokens, "de") for i, (t, a) in enumerate(zip(texts, analyses))]
        start = time.perf_counter()
        result = align(docs)
        aligned = time.perf_counter() - start
        start = time.perf_counter()
        cues = detect_cues(docs, result)
        seconds = time.perf_counter() - start
        shown = [c for c in cues if c.shown]
        words = sum(len(t.split()) for t in texts)
        print(f"{size:>6}: {len(docs):>4} articles | align {aligned:6.2f} s | cues {seconds:6.2f} s, "
              f"{len(cues)} cues, {len(shown)} shown, {words / max(1, len(shown)):.1f} words per highlight")
    shutdown()


if __name__ == "__main__":
    main()

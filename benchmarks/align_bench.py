"""Alignment benchmark: the seeds, then 100 and 1,000 generated articles, next to a naive baseline.

    python benchmarks/align_bench.py                 # seeds, 100, 1000
    python benchmarks/align_bench.py --sizes 100

The articles are generated from the seeds (sentences reordered and dropped,
words swapped for synonyms; see synth.py) and analysed first; the figures
are for alignment alone, after the pipeline has loaded. The baseline is
plain lemma TF-IDF cosine over every segment pair, computed in blocks in the
same process. Targets (issue 3, 2 cores): seeds under 0.5 s, 100 articles
under 5 s, 1,000 articles under 60 s and 1 GB.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import generate, seed_texts  # noqa: E402

from workbench.align import AlignInput, align  # noqa: E402
from workbench.align.vectors import tfidf  # noqa: E402
from workbench.nlp import analyse_many, shutdown  # noqa: E402


def inputs_for(texts: list[str]) -> list[AlignInput]:
    analyses = analyse_many([(t, "de") for t in texts])
    return [AlignInput(f"d{i + 1}", t, a.segments, a.tokens, "de") for i, (t, a) in enumerate(zip(texts, analyses))]


def baseline(docs: list[AlignInput], threshold: float = 0.3, block: int = 2000) -> tuple[float, int]:
    """All-pairs TF-IDF cosine over segments: seconds and pairs above the threshold."""
    start = time.perf_counter()
    bags, owner = [], []
    for d in docs:
        for s in d.segments:
            if s.kind == "boilerplate":
                continue
            bags.append(Counter(t.lemma for t in d.tokens if s.start <= t.start < s.end and not t.is_punct and not t.is_stop))
            owner.append(d.doc)
    m, _ = tfidf(bags)
    pairs = 0
    for lo in range(0, m.shape[0], block):
        sims = (m[lo : lo + block] @ m.T).toarray()
        for r in range(sims.shape[0]):
            row = sims[r]
            pairs += int(((row >= threshold) & (range_mask(len(row), lo + r))).sum())
    return time.perf_counter() - start, pairs


def range_mask(n: int, i: int):
    import numpy as np

    mask = np.zeros(n, dtype=bool)
    mask[i + 1 :] = True
    return mask


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(label: str, texts: list[str], with_baseline: bool) -> None:
    docs = inputs_for(texts)
    segments = sum(1 for d in docs for s in d.segments if s.kind != "boilerplate")
    before = peak_rss_mb()
    start = time.perf_counter()
    result = align(docs)
    seconds = time.perf_counter() - start
    after = peak_rss_mb()
    links = sum(len(g.members) * (len(g.members) - 1) // 2 for g in result.groups)
    line = (f"{label:>14}: {len(docs):>5} articles {segments:>6} segments | align {seconds:6.2f} s, "
            f"peak RSS {after:5.0f} MB (inputs {before:.0f}), {len(result.groups):>5} groups, {links:>8} links")
    if with_baseline:
        b_seconds, b_pairs = baseline(docs)
        line += f" | all-pairs TF-IDF {b_seconds:6.2f} s, {b_pairs} pairs >= 0.3"
    print(line, flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="seeds,100,1000", help="comma-separated: seeds and/or article counts")
    ap.add_argument("--no-baseline", action="store_true", help="skip the all-pairs baseline")
    args = ap.parse_args()
    for size in args.sizes.split(","):
        texts = seed_texts() if size == "seeds" else generate(int(size))
        run(size, texts, not args.no_baseline)
    shutdown()
    print(f"process peak RSS: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()

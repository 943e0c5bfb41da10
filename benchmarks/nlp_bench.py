"""Throughput of the text pipeline (analyse_many) on 1,000 articles generated from the seeds.

    python benchmarks/nlp_bench.py [-n 1000] [--workers 2]

Prints tokens per second; the target is at least 15,000 tokens/s on a
2-core machine (HanTa alone tags about 6,000 tokens/s).
"""

from __future__ import annotations

import argparse
import os
import random
import time

from workbench.core.resources import seeds_dir
from workbench.nlp import analyse_many, segment

SWAPS = {
    "Machthaber": ["Diktator", "Staatschef", "Herrscher"], "sagte": ["erklärte", "betonte", "meinte"],
    "Russland": ["Moskau", "Russland"], "Raketen": ["Geschosse", "Flugkörper"], "Treffen": ["Gipfel", "Besuch"],
    "Waffen": ["Rüstungsgüter", "Waffen"], "Kremlchef": ["Kreml-Chef", "Präsident"], "Kim": ["Kim Jong Un"],
    "Nordkorea": ["Pjöngjang", "Nordkorea"], "Unterstützung": ["Hilfe", "Beistand"], "Krieg": ["Angriffskrieg"],
    "Mittwoch": ["Mittwochmorgen", "Mittwoch"], "könnte": ["dürfte", "würde"], "russische": ["russländische"],
}


def generate(count: int, seed: int = 1) -> list[str]:
    """Articles made by sampling, reordering and dropping seed sentences and swapping words."""
    rng = random.Random(seed)
    pool: list[str] = []
    headlines: list[str] = []
    for path in sorted(seeds_dir().glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for seg in segment(text, "de"):
            (headlines if seg.kind == "headline" else pool).append(text[seg.start:seg.end])
    articles = []
    for _ in range(count):
        sentences = rng.sample(pool, 22)
        words = " ".join(sentences).split(" ")
        words = [rng.choice(SWAPS[w]) if w in SWAPS and rng.random() < 0.3 else w for w in words]
        body = " ".join(words)
        articles.append(rng.choice(headlines) + "\n\n" + body)
    return articles


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    args = ap.parse_args()
    articles = generate(args.n)
    start = time.perf_counter()
    results = analyse_many([(a, "de") for a in articles], workers=args.workers)
    seconds = time.perf_counter() - start
    tokens = sum(len(r.tokens) for r in results)
    print(f"{len(articles)} articles, {tokens} tokens, {seconds:.1f} s, {tokens / seconds:,.0f} tokens/s "
          f"(workers={args.workers or 'auto'}, cpus={os.cpu_count()})")
    print(f"target (15,000 tokens/s): {'met' if tokens / seconds >= 15_000 else 'MISSED'}")


if __name__ == "__main__":
    main()

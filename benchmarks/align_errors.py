#!/usr/bin/env python3
"""Where the alignment's errors are, per corpus event and pooled: the diagnosis behind issue 11's figures.

usage: .venv/bin/python benchmarks/align_errors.py [EVENT ... | seeds] [--examples N]

"seeds" diagnoses the bundled seeds against their own gold (as ``quality.py`` scores them).

Wrong links (those ``quality.py`` counts against precision), by kind:
  diff  both ends are passages of gold facts, but of different ones (two facts in one row)
  one   one end is a passage of a gold fact, the other of none (often a caption or a sentence the gold skips)
  none  neither end is a passage of a gold fact
Missed gold pairs (against recall), by where their two passages ended up:
  apart        both in groups, but in different ones (one fact split over rows)
  one_alone    one in a group, the other in none (listed as unique or only related)
  both_alone   neither in a group
Link precision by group size shows where the wrong links come from (a group of n passages makes n(n-1)/2).
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.evaluate.corpus import compare_files, events  # noqa: E402
from workbench.evaluate.gold import load_event  # noqa: E402
from quality import seeds_gold  # noqa: E402
from workbench.evaluate.scoring import _links, _Scorer, _span, anchor_hit, core_pairs  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
SEEDS = ROOT / "seeds"
SIZE_CAP = 12  # groups this large or larger are one row of the size table


def _hits(members: list, span: tuple[str, int, int]) -> set[str]:
    did, s, e = span
    return {m[0] for m in members if m[2] == did and anchor_hit(s, e, m)}


def diagnose(folder: Path) -> dict:
    gold = seeds_gold() if folder == SEEDS else load_event(folder)
    export = compare_files([folder / name for name in sorted(gold.docs.values())])
    sc = _Scorer(export, gold)
    members = sc.members()
    text = sc.doctext
    links: Counter[str] = Counter()
    examples: dict[str, list[tuple[str, str]]] = {}
    for a, b in _links(export):
        ha, hb = _hits(members, a), _hits(members, b)
        kind = "ok" if ha & hb else ("diff" if ha and hb else ("one" if ha or hb else "none"))
        links[kind] += 1
        if kind != "ok":
            examples.setdefault(kind, []).append((text[a[0]][a[1]:a[2]], text[b[0]][b[1]:b[2]]))
    sizes: dict[int, list[int]] = {}
    groups = [[_span(m) for m in g.get("members", [])] for g in export.get("groups", [])]
    for g in groups:
        row = sizes.setdefault(min(len(g), SIZE_CAP), [0, 0])
        for x, y in itertools.combinations(g, 2):
            if x[0] != y[0]:
                row[0] += 1
                row[1] += bool(_hits(members, x) & _hits(members, y))

    def grouped(m: tuple) -> set[int]:
        return {k for k, g in enumerate(groups) for d, s, e in g
                if d == m[2] and anchor_hit(s, e, m)}

    missed: Counter[str] = Counter()
    for x, y in core_pairs(members):
        gx, gy = grouped(x), grouped(y)
        kind = "found" if gx & gy else ("apart" if gx and gy else ("one_alone" if gx or gy else "both_alone"))
        missed[kind] += 1
        if kind != "found":
            examples.setdefault(kind, []).append((text[x[2]][x[3]:x[4]], text[y[2]][y[3]:y[4]]))
    return {"links": links, "missed": missed, "sizes": sizes, "examples": examples}


def _shares(counter: Counter[str], keys: tuple[str, ...]) -> str:
    total = sum(counter.values()) or 1
    return " ".join(f"{k} {counter[k] / total:.2f}" for k in keys)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("events", nargs="*", help="event names (default: the whole corpus)")
    parser.add_argument("--examples", type=int, default=0, metavar="N", help="print N random examples of each kind")
    args = parser.parse_args()
    folders = [SEEDS if e == "seeds" else CORPUS / e for e in args.events] if args.events else events(CORPUS)
    links: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    sizes: dict[int, list[int]] = {}
    examples: dict[str, list[tuple[str, str]]] = {}
    print("| event | links | right | diff | one | none | gold pairs | found | apart | one alone | both alone |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for folder in folders:
        d = diagnose(folder)
        links.update(d["links"])
        missed.update(d["missed"])
        for k, (n, ok) in d["sizes"].items():
            row = sizes.setdefault(k, [0, 0])
            row[0] += n
            row[1] += ok
        for k, v in d["examples"].items():
            examples.setdefault(k, []).extend((folder.name, a, b) for a, b in v)
        lt, mt = sum(d["links"].values()) or 1, sum(d["missed"].values()) or 1
        print(f"| {folder.name} | {lt} | " + " | ".join(f"{d['links'][k] / lt:.2f}" for k in ("ok", "diff", "one", "none"))
              + f" | {mt} | " + " | ".join(f"{d['missed'][k] / mt:.2f}" for k in ("found", "apart", "one_alone", "both_alone")) + " |")
    print(f"\nlinks {sum(links.values())}: " + _shares(links, ("ok", "diff", "one", "none")))
    print(f"gold pairs {sum(missed.values())}: " + _shares(missed, ("found", "apart", "one_alone", "both_alone")))
    print("\n| group size | links | right | precision |\n|---:|---:|---:|---:|")
    for k in sorted(sizes):
        n, ok = sizes[k]
        print(f"| {k}{'+' if k == SIZE_CAP else ''} | {n} | {ok} | {ok / max(1, n):.2f} |")
    rng = random.Random(1)
    for kind, items in sorted(examples.items()) if args.examples else ():
        print(f"\n== {kind}")
        for name, a, b in rng.sample(items, min(args.examples, len(items))):
            print(f"{name}\n  A: {' '.join(a.split())[:200]}\n  B: {' '.join(b.split())[:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

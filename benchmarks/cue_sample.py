#!/usr/bin/env python3
"""Cue precision by hand: a fixed sample of shown cues from the corpus, and the judgements made on it.

usage: .venv/bin/python benchmarks/cue_sample.py            # print the sample to judge (TSV)
       .venv/bin/python benchmarks/cue_sample.py --score    # precision per family from cue_judgements.tsv
       .venv/bin/python benchmarks/cue_sample.py --score --per-family 15   # a wider sample (the next five a family)

The sample: every corpus event is compared as `workbench compare` does (shown cues only); the cues are
ordered by a hash of (event, file, text, family) — not by anything the tool computes — and the first
PER_FAMILY of each family over the whole corpus are taken. The judgements live in
``benchmarks/cue_judgements.tsv`` (event, file, family, text, verdict, reason); the same words twice in one
file and family are told apart by a piece of their context, "text @ piece" (plain "text" judges them all); a
cue of the sample that has no judgement is listed as unjudged. The judging rules are in benchmarks/README.md ("Cue precision").
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.evaluate.corpus import compare_files, events  # noqa: E402
from workbench.evaluate.gold import load_event  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
JUDGEMENTS = Path(__file__).resolve().parent / "cue_judgements.tsv"
PER_FAMILY = 10


def _context(text: str, start: int, end: int, width: int = 110) -> str:
    a = max(0, start - width)
    b = min(len(text), end + width)
    return " ".join((text[a:start] + "[[" + text[start:end] + "]]" + text[end:b]).split())


def sample(per_family: int = PER_FAMILY) -> list[dict]:
    rows = []
    for folder in events(CORPUS):
        gold = load_event(folder)
        names = sorted(gold.docs.values())
        export = compare_files([folder / n for n in names])
        files = {d["id"]: Path(d.get("source") or d.get("path") or d.get("title", "")).name
                 for d in export["documents"]}
        texts = {d["id"]: d["text"] for d in export["documents"]}
        order = [d["id"] for d in export["documents"]]
        for c in export["cues"]:
            name = files.get(c["doc"]) or names[order.index(c["doc"])]
            rows.append({"event": folder.name, "file": name, "family": c["category"], "class": c.get("class", ""),
                         "text": " ".join(c["text"].split()), "entity": c.get("entity") or "",
                         "context": _context(texts[c["doc"]], c["start"], c["end"]),
                         "others": " | ".join(" ".join(cp["text"].split())[:80] for cp in c.get("counterparts", [])[:3])})
    rows.sort(key=lambda r: hashlib.sha256(f"{r['event']}|{r['file']}|{r['text']}|{r['family']}".encode()).hexdigest())
    taken: dict[str, int] = {}
    out = []
    for r in rows:
        if taken.get(r["family"], 0) < per_family:
            taken[r["family"]] = taken.get(r["family"], 0) + 1
            out.append(r)
    return out


def label_sample(size: int = 60) -> list[dict]:
    """Every actor label in an outlet's own voice that names an actor (hidden ones too: the label table
    counts them), ordered by a hash of (event, file, label, actor); the first ``size``."""
    from workbench.project import Project

    rows = []
    for folder in events(CORPUS):
        files = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
        with Project.temporary() as project:
            report = project.import_sources([str(f) for f in files])
            keys = [o.doc_id for o in report.outcomes if o.doc_id]
            project.align(keys)
            names = {o.doc_id: Path(o.source).name for o in report.outcomes if o.doc_id}
            for c in project.detect_cues():
                if c.category == "actor_label" and c.entity and c.speaker == "outlet":
                    text = project.document(c.span.doc).text
                    rows.append({"event": folder.name, "file": names[c.span.doc], "text": c.text, "entity": c.entity,
                                 "context": _context(text, c.span.start, c.span.end)})
    rows.sort(key=lambda r: hashlib.sha256(f"{r['event']}|{r['file']}|{r['text']}|{r['entity']}".encode()).hexdigest())
    return rows[:size]


def _key(r: dict) -> tuple[str, str, str, str]:
    return r["event"], r["file"], r["family"], r["text"]


def _verdict(verdicts: dict[tuple[str, str, str, str], str], r: dict) -> str | None:
    """The judgement of a sample row: one written for its words and a piece of its context ("Invasion @ im Falle
    einer möglichen"), when the same words occur more than once in the file, else one for its words alone."""
    key = _key(r)
    for (event, file, family, text), verdict in verdicts.items():
        words, _, piece = text.partition(" @ ")
        if (event, file, family, words) == key and piece and piece in r["context"]:
            return verdict
    return verdicts.get(key)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--score", action="store_true", help="precision per family from the judgements")
    parser.add_argument("--per-family", type=int, default=PER_FAMILY, metavar="N",
                        help=f"cues per family (default {PER_FAMILY}: the sample the README reports; more for a wider check)")
    parser.add_argument("--label-count", type=int, default=60, metavar="N",
                        help="with --labels: how many labels (default 60, the sample the README reports)")
    parser.add_argument("--labels", action="store_true",
                        help="instead: the first 60 actor labels (outlet's voice, with an actor) to judge whom they name")
    args = parser.parse_args()
    if args.labels:
        for n, r in enumerate(label_sample(args.label_count), 1):
            print(f"{n}. {r['text']} -> {r['entity']}  ({r['event']}/{r['file']})\n   {r['context']}")
        return 0
    rows = sample(args.per_family)
    if not args.score:
        w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
        w.writerow(["event", "file", "family", "class", "text", "entity", "context", "others"])
        for r in rows:
            w.writerow([r[k] for k in ("event", "file", "family", "class", "text", "entity", "context", "others")])
        return 0
    verdicts = {}
    with JUDGEMENTS.open(encoding="utf-8") as f:
        for j in csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"):
            verdicts[(j["event"], j["file"], j["family"], j["text"])] = j["verdict"]
    per: dict[str, list[int]] = {}
    unjudged = []
    for r in rows:
        v = _verdict(verdicts, r)
        if v is None:
            unjudged.append(r)
            continue
        tally = per.setdefault(r["family"], [0, 0])
        tally[1] += 1
        tally[0] += v == "real"
    real = sum(t[0] for t in per.values())
    judged = sum(t[1] for t in per.values())
    print("| family | real / judged | precision |\n|---|---:|---:|")
    for fam in sorted(per):
        print(f"| {fam} | {per[fam][0]} / {per[fam][1]} | {per[fam][0] / per[fam][1]:.2f} |")
    print(f"| **all** | {real} / {judged} | {real / max(1, judged):.2f} |")
    if unjudged:
        print(f"\n{len(unjudged)} cues of the sample have no judgement (the tool's output changed):")
        for r in unjudged:
            print("  " + "\t".join(r[k] for k in ("event", "file", "family", "text")))
    return 0


if __name__ == "__main__":
    sys.exit(main())

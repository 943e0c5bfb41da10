#!/usr/bin/env python3
"""Check the development corpus and its gold for consistency (standard library only).

usage: check_corpus.py [EVENT_DIR ...]   (default: every event under tests/data/corpus/)

For each event folder it checks that
* manifest.json lists every text file, with outlet, url and published date;
* gold/segments.json gives, for every document, segments whose texts occur in
  order in the file and together cover every non-space character exactly once;
  kinds are headline, sentence or furniture;
* every anchor of gold/alignment.json and gold/cues.json is an exact substring
  of its document, and every cue category is known.
Prints one line per problem and exits 1 if there is any.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"
KINDS = {"headline", "sentence", "furniture"}
CATEGORIES = {"quote_variant", "actor_label", "event_label", "reporting_verb", "evaluative", "hedge",
              "attribution", "factual_variant"}


def check_segments(name: str, text: str, segments: list) -> list[str]:
    problems = []
    pos = 0
    covered = []
    for item in segments:
        if not (isinstance(item, list) and len(item) == 2 and item[0] in KINDS and isinstance(item[1], str)):
            problems.append(f"{name}: bad segment entry {item!r:.80}")
            continue
        kind, seg = item
        if seg != seg.strip() or not seg:
            problems.append(f"{name}: segment not trimmed: {seg[:50]!r}")
        i = text.find(seg, pos)
        if i < 0:
            problems.append(f"{name}: segment not found (in order) after offset {pos}: {seg[:60]!r}")
            continue
        gap = text[pos:i]
        if gap.strip():
            problems.append(f"{name}: text not covered by any segment at {pos}: {gap.strip()[:60]!r}")
        covered.append((i, i + len(seg)))
        pos = i + len(seg)
    if text[pos:].strip():
        problems.append(f"{name}: text not covered at the end: {text[pos:].strip()[:60]!r}")
    return problems


def check_event(folder: Path) -> list[str]:
    problems: list[str] = []
    manifest_path = folder / "manifest.json"
    if not manifest_path.is_file():
        return [f"{folder.name}: no manifest.json"]
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    docs = manifest.get("documents", {})
    files = sorted(p.name for p in folder.glob("*.txt"))
    for f in files:
        meta = docs.get(f)
        if meta is None:
            problems.append(f"{folder.name}: {f} is not in manifest.json")
            continue
        for key in ("outlet", "url", "published"):
            if not meta.get(key):
                problems.append(f"{folder.name}: {f}: manifest lacks {key}")
        size = len((folder / f).read_text(encoding="utf-8"))
        if size > 2500:
            problems.append(f"{folder.name}: {f} has {size} characters (keep excerpts under about 2,500)")
    for f in docs:
        if f not in files:
            problems.append(f"{folder.name}: manifest names {f}, which is missing")
    gold = folder / "gold"
    texts: dict[str, str] = {}
    seg_path = gold / "segments.json"
    if not seg_path.is_file():
        problems.append(f"{folder.name}: no gold/segments.json")
    else:
        seg_gold = json.loads(seg_path.read_text(encoding="utf-8"))
        for key, fname in seg_gold["docs"].items():
            if not (folder / fname).is_file():
                problems.append(f"{folder.name}: gold key {key} names missing file {fname}")
                continue
            texts[key] = (folder / fname).read_text(encoding="utf-8")
            segs = seg_gold["segments"].get(key)
            if segs is None:
                problems.append(f"{folder.name}: gold/segments.json has no segments for {key}")
                continue
            problems += check_segments(f"{folder.name}/{key}", texts[key], segs)
        for f in files:
            if f not in seg_gold["docs"].values():
                problems.append(f"{folder.name}: {f} has no key in gold/segments.json")
    for part, field in (("alignment.json", "clusters"), ("cues.json", "cues")):
        path = gold / part
        if not path.is_file():
            problems.append(f"{folder.name}: no gold/{part}")
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        doc_texts = {k: (folder / v).read_text(encoding="utf-8") for k, v in data["docs"].items()
                     if (folder / v).is_file()}
        if field == "clusters":
            anchors = [(c["id"], k, q) for c in data["clusters"] for r in ("core", "related") for k, q in c[r]]
        else:
            anchors = []
            for entry in data["cues"]:
                k, q, cat = entry
                if cat not in CATEGORIES:
                    problems.append(f"{folder.name}: cue category {cat!r} unknown")
                anchors.append(("cue", k, q))
        for where, k, q in anchors:
            if k not in doc_texts:
                problems.append(f"{folder.name}/{part}: unknown document key {k}")
            elif q not in doc_texts[k]:
                problems.append(f"{folder.name}/{part} {where}: anchor not in {k}: {q[:60]!r}")
    return problems


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or sorted(p for p in CORPUS.iterdir() if p.is_dir())
    problems = [p for folder in folders for p in check_event(folder)]
    for p in problems:
        print(p)
    print(f"{len(folders)} event(s) checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

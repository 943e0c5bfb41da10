"""The figures: alignment, cues, furniture, sentence boundaries and omissions.

Alignment and cues are scored exactly as the reference scorer does:

* A link is a pair of spans in two documents, from ``alignments`` (a/b) and
  from every pair of members of a group. It is correct when both ends overlap
  anchors of one gold cluster and neither end is longer than ``MAX_SPAN``
  characters. Recall counts gold core-core pairs hit by at least one link.
* A gold cue is found when an exported cue in the same document overlaps its
  anchor; "typed" also needs the same category.

Added here:

* Furniture: a gold furniture segment is found when tool ``boilerplate``
  segments cover most of it; a tool boilerplate segment is right when most of
  it lies in gold furniture (precision).
* Sentence boundaries: the end offsets of all segments but a document's last,
  compared as sets (F1).
* Omissions: a passage listed as "only this outlet reports it" is wrong when
  it is mostly furniture, or when it overlaps a core anchor of a cluster whose
  core members include another document (the fact is reported elsewhere).
* Cues on furniture: exported cues overlapping gold furniture (should be 0).
* Identical sentences: pairs of segments in two documents whose words are the
  same (ignoring case, punctuation, quotation marks, "ß"/"ss" and hyphens
  inside words), and how many of them share a group (should be all). Needs no gold.
"""

from __future__ import annotations

import itertools
import re

from workbench.evaluate.anchors import Span, find, map_docs, overlap
from workbench.evaluate.gold import GoldSet

MAX_SPAN = 600


def _span(ep: dict) -> Span:
    return ep["doc"], int(ep["start"]), int(ep["end"])


def _links(export: dict):
    for a in export.get("alignments", []):
        yield _span(a["a"]), _span(a["b"])
    for g in export.get("groups", []):
        members = [_span(m) for m in g.get("members", [])]
        for x, y in itertools.combinations(members, 2):
            if x[0] != y[0]:
                yield x, y


def core_pairs(members: list[tuple[str, str, str, int, int]]):
    """Every pair of core anchors of one gold cluster in two different documents (the pairs recall counts);
    ``members``: (cluster, role, doc, start, end) as ``_Scorer.members`` gives them."""
    by_cluster: dict[str, list] = {}
    for m in members:
        if m[1] == "core":
            by_cluster.setdefault(m[0], []).append(m)
    for core in by_cluster.values():
        for x, y in itertools.combinations(core, 2):
            if x[2] != y[2]:
                yield x, y


def anchor_hit(start: int, end: int, m: tuple[str, str, str, int, int]) -> bool:
    """The span ``start``-``end`` (of ``m``'s document) covers the gold anchor ``m``: 15 characters of it, or half
    of a shorter one (the reference scorer's rule)."""
    return overlap((start, end), (m[3], m[4])) >= min(15, (m[4] - m[3]) // 2)


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def _f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 3) if p + r else 0.0


class _Scorer:
    def __init__(self, export: dict, gold: GoldSet) -> None:
        self.export = export
        self.gold = gold
        self.doctext = {d["id"]: d.get("text", "") for d in export.get("documents", [])}
        docmap = map_docs(export.get("documents", []), gold.docs, gold.texts())
        self.by_key: dict[str, str] = {}
        for did, key in docmap.items():
            self.by_key.setdefault(key, did)
        self.mapped = sorted(set(docmap.values()))
        self.missing: list[tuple[str, str]] = []

    def locate(self, key: str, quote: str) -> Span | None:
        did = self.by_key.get(key)
        if did is None:
            return None
        found = find(self.doctext[did], quote)
        if found is None:
            self.missing.append((key, quote[:40]))
            return None
        return did, found[0], found[1]

    # -- alignment ---------------------------------------------------------
    def members(self) -> list[tuple[str, str, str, int, int]]:
        """(cluster, role, doc, start, end) of every gold anchor found."""
        out = []
        for c in self.gold.alignment["clusters"] if self.gold.alignment else []:
            for role in ("core", "related"):
                for key, quote in c[role]:
                    loc = self.locate(key, quote)
                    if loc:
                        out.append((c["id"], role, *loc))
        return out

    def alignment(self, members) -> dict:
        gold_pairs = {(x[2:], y[2:]) for x, y in core_pairs(members)}

        def hits(ep: Span):
            did, s, e = ep
            return [m for m in members if m[2] == did and anchor_hit(s, e, m)]

        n_links = correct = too_long = 0
        found = set()
        for a, b in _links(self.export):
            n_links += 1
            if a[2] - a[1] > MAX_SPAN or b[2] - b[1] > MAX_SPAN:
                too_long += 1
                continue
            ha, hb = hits(a), hits(b)
            if {m[0] for m in ha} & {m[0] for m in hb}:
                correct += 1
            for x in ha:
                for y in hb:
                    if x[0] == y[0]:
                        found.add((tuple(x[2:]), tuple(y[2:])))
                        found.add((tuple(y[2:]), tuple(x[2:])))
        recall = sum(1 for p in gold_pairs if (tuple(p[0]), tuple(p[1])) in found) / max(1, len(gold_pairs))
        precision = correct / n_links if n_links else 0.0
        return {"links": n_links, "links_too_long": too_long, "precision": round(precision, 3),
                "recall": round(recall, 3), "f1": _f1(precision, recall), "gold_pairs": len(gold_pairs)}

    # -- cues --------------------------------------------------------------
    def cues(self) -> tuple[dict, list[Span]]:
        cues = self.export.get("cues", [])
        found = typed = 0
        per_cat: dict[str, list[int]] = {}
        gold_spans: list[Span] = []
        for key, quote, cat in self.gold.cues["cues"] if self.gold.cues else []:
            loc = self.locate(key, quote)
            tot = per_cat.setdefault(cat, [0, 0])
            tot[1] += 1
            if not loc:
                continue
            did, s, e = loc
            gold_spans.append(loc)
            ov = [c for c in cues if c.get("doc") == did and overlap((s, e), (int(c["start"]), int(c["end"]))) > 0]
            if ov:
                found += 1
            if any(c.get("category") == cat for c in ov):
                typed += 1
                tot[0] += 1
        on_gold = sum(1 for c in cues if any(c.get("doc") == g[0] and overlap((g[1], g[2]), (int(c["start"]), int(c["end"]))) > 0
                                             for g in gold_spans))
        words = sum(len(t.split()) for t in self.doctext.values()) or 1
        n = len(self.gold.cues["cues"]) if self.gold.cues else 0
        return {"cues": len(cues), "cue_recall": _ratio(found, n), "cue_recall_typed": _ratio(typed, n),
                "cue_precision_lb": _ratio(on_gold, len(cues)),
                "words_per_cue": round(words / len(cues), 1) if cues else None,
                "per_category": {k: f"{v[0]}/{v[1]}" for k, v in per_cat.items()}}, gold_spans

    # -- segments ----------------------------------------------------------
    def gold_segments(self) -> dict[str, list[tuple[str, int, int]]]:
        """Exported doc id -> [(kind, start, end)] of the gold segments, located in order."""
        out: dict[str, list[tuple[str, int, int]]] = {}
        for key, items in (self.gold.segments or {}).get("segments", {}).items():
            did = self.by_key.get(key)
            if did is None:
                continue
            pos, located = 0, []
            for kind, text in items:
                found = find(self.doctext[did], text, pos)
                if found is None:
                    self.missing.append((key, text[:40]))
                    continue
                located.append((kind, *found))
                pos = found[1]
            out[did] = located
        return out

    def segments(self, gold_segs) -> dict:
        tool: dict[str, list[tuple[str, int, int]]] = {}
        for s in self.export.get("segments", []):
            tool.setdefault(s["doc"], []).append((s["kind"], int(s["start"]), int(s["end"])))
        gold_b = {(d, e) for d, segs in gold_segs.items() for _, _, e in segs[:-1]}
        tool_b = {(d, e) for d, segs in tool.items() if d in gold_segs for _, _, e in sorted(segs, key=lambda x: x[1])[:-1]}
        bp, br = _ratio(len(gold_b & tool_b), len(tool_b)), _ratio(len(gold_b & tool_b), len(gold_b))
        gold_f = [(d, s, e) for d, segs in gold_segs.items() for k, s, e in segs if k == "furniture"]
        tool_f = [(d, s, e) for d, segs in tool.items() if d in gold_segs for k, s, e in segs if k == "boilerplate"]

        def covered(span: Span, others: list[Span]) -> bool:
            d, s, e = span
            return sum(overlap((s, e), (o[1], o[2])) for o in others if o[0] == d) * 2 > e - s

        found = sum(covered(g, tool_f) for g in gold_f)
        right = sum(covered(t, gold_f) for t in tool_f)
        fp, fr = _ratio(right, len(tool_f)), _ratio(found, len(gold_f))
        return {"boundary_precision": bp, "boundary_recall": br, "boundary_f1": _f1(bp, br),
                "furniture_gold": len(gold_f), "furniture_found": len(tool_f),
                "furniture_precision": fp if tool_f else 1.0, "furniture_recall": fr if gold_f else 1.0,
                "furniture_missed": [self.doctext[d][s:e][:60] for d, s, e in gold_f if not covered((d, s, e), tool_f)],
                "furniture_wrong": [self.doctext[d][s:e][:60] for d, s, e in tool_f if not covered((d, s, e), gold_f)]}

    # -- omissions ---------------------------------------------------------
    def omissions(self, members, furniture: list[Span]) -> dict:
        clusters_docs: dict[str, set[str]] = {}
        for m in members:
            if m[1] == "core":
                clusters_docs.setdefault(m[0], set()).add(m[2])
        unique = [_span(u) for u in self.export.get("unique", [])]
        wrong = []
        for did, s, e in unique:
            furn = sum(overlap((s, e), (f[1], f[2])) for f in furniture if f[0] == did) * 2 > e - s
            shared = any(m[1] == "core" and m[2] == did and len(clusters_docs[m[0]] - {did}) > 0
                         and anchor_hit(s, e, m) for m in members)
            if furn or shared:
                wrong.append((did, s, e))
        # the other side of the trade: facts the gold gives one outlet alone, and how many of them are still listed
        # as "only this outlet reports it" (a looser engine or lower related floor hides real omissions too)
        alone = [m for m in members if m[1] == "core" and len(clusters_docs[m[0]]) == 1]
        shown = sum(1 for m in alone if any(d == m[2] and anchor_hit(s, e, m) for d, s, e in unique))
        return {"unique": len(unique), "omission_precision": _ratio(len(unique) - len(wrong), len(unique)) if unique else 1.0,
                "omission_recall": _ratio(shown, len(alone)) if alone else None, "single_outlet_facts": len(alone),
                "omissions_wrong": [self.doctext[d][s:e][:60] for d, s, e in wrong]}


def _words(text: str) -> str:
    text = re.sub(r"(?<=[^\W\d_])-(?=[^\W\d_])", "", text.casefold().replace("ß", "ss"))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def identical_pairs(export: dict) -> dict:
    """How many cross-document pairs of identical sentences there are, and how many share a group."""
    texts = {d["id"]: d.get("text", "") for d in export.get("documents", [])}
    by_words: dict[str, list[Span]] = {}
    for s in export.get("segments", []):
        if s["kind"] != "boilerplate":
            key = _words(texts[s["doc"]][int(s["start"]):int(s["end"])])
            if key:
                by_words.setdefault(key, []).append(_span(s))
    group_of = {}
    for g in export.get("groups", []):
        for m in g.get("members", []):
            group_of[(m["doc"], int(m["start"]), int(m["end"]))] = g["id"]

    def group(span: Span):
        return next((gid for (d, s, e), gid in group_of.items() if d == span[0] and s <= span[1] and span[2] <= e), None)

    pairs = aligned = 0
    missed = []
    for spans in by_words.values():
        for x, y in itertools.combinations(spans, 2):
            if x[0] == y[0]:
                continue
            pairs += 1
            if group(x) is not None and group(x) == group(y):
                aligned += 1
            else:
                missed.append(texts[x[0]][x[1]:x[2]][:60])
    return {"identical_pairs": pairs, "identical_aligned": aligned, "identical_missed": missed}


def score(export: dict, gold: GoldSet) -> dict:
    """All the figures the gold allows, as one flat dict (lists of examples under ``*_missed``/``*_wrong``)."""
    sc = _Scorer(export, gold)
    res: dict = {"documents": len(sc.doctext), "mapped": sc.mapped}
    members = sc.members()
    if gold.alignment:
        res.update(sc.alignment(members))
    if gold.cues:
        res.update(sc.cues()[0])
    furniture: list[Span] = []
    if gold.segments:
        gold_segs = sc.gold_segments()
        res.update(sc.segments(gold_segs))
        furniture = [(d, s, e) for d, segs in gold_segs.items() for k, s, e in segs if k == "furniture"]
        res["cues_on_furniture"] = sum(
            1 for c in export.get("cues", [])
            if any(f[0] == c.get("doc") and overlap((f[1], f[2]), (int(c["start"]), int(c["end"]))) > 0 for f in furniture))
    if gold.alignment:
        res.update(sc.omissions(members, furniture))
    if export.get("segments") and export.get("groups") is not None:
        res.update(identical_pairs(export))
    if sc.missing:
        res["anchors_not_found"] = len(sc.missing)
    return res

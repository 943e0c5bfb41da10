"""The actor table: for each entity, which labels each document uses for it, and how often.

Only labels in the outlet's own voice count (a label inside a quotation is the
speaker's). Neutral titles are included: the contrast is the point. Labels are
given as dictionary forms ("Machthaber", not "Machthabers").
"""

from __future__ import annotations

from bisect import bisect_left

from workbench.align.features import AlignInput
from workbench.core.models import Cue


def _dictionary_form(lemma: str, language: str, surface: str = "") -> str:
    """German nouns capitalised part by part; an abbreviation keeps its capitals ("US-Vize-Präsidentin")."""
    if language.startswith("de"):
        written = surface.split("-")
        parts = lemma.split("-")
        return "-".join(written[k] if k < len(written) and len(written[k]) >= 2 and written[k].isupper()
                        and written[k].casefold() == p else p[:1].upper() + p[1:] for k, p in enumerate(parts))
    return lemma


def actor_label_table(cues: list[Cue], docs: list[AlignInput]) -> dict:
    by_doc = {d.doc: d for d in docs}
    starts = {d.doc: [t.start for t in sorted(d.tokens, key=lambda t: t.start)] for d in docs}
    tokens = {d.doc: sorted(d.tokens, key=lambda t: t.start) for d in docs}
    order = {d.doc: n for n, d in enumerate(docs)}
    table: dict[str, dict[str, dict[str, int]]] = {}
    for c in cues:
        if c.category != "actor_label" or not c.entity or c.speaker != "outlet" or c.span.doc not in by_doc:
            continue
        d = by_doc[c.span.doc]
        toks = tokens[d.doc]
        k = bisect_left(starts[d.doc], c.span.start)
        inside = []
        while k < len(toks) and toks[k].start < c.span.end:
            inside.append(toks[k])
            k += 1
        words = [t for t in inside if not t.is_punct]
        # a label of several words names by its last one ("gefeuerte Finanzminister", "russische
        # Präsidialamtssprecher"): the table lists that word; a one-word label, itself
        head = words[-1] if words else None
        lemma = head.lemma if head is not None else c.text
        surface = c.text[head.start - c.span.start:head.end - c.span.start] if head is not None else c.text
        word = _dictionary_form((lemma or c.text).casefold(), d.language or "", surface)
        for name in c.entity.split(" & "):
            per_doc = table.setdefault(name, {}).setdefault(d.doc, {})
            per_doc[word] = per_doc.get(word, 0) + 1
    entities = []
    for name, labels in table.items():
        total = sum(sum(v.values()) for v in labels.values())
        ordered = {doc: dict(sorted(labels[doc].items(), key=lambda kv: (-kv[1], kv[0])))
                   for doc in sorted(labels, key=lambda x: order[x])}
        entities.append((total, name, ordered))
    entities.sort(key=lambda e: (-e[0], e[1]))
    return {"entities": [{"entity": name, "labels": labels} for _, name, labels in entities]}

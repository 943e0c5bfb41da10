"""Counterparts: what the other outlets wrote in the place of a cue.

For a cue inside a member of an aligned group, each member of that group in
another document contributes the cues of the same category it holds (shown
or not, so that "Diktator" is set against a hidden neutral "Präsident"); for
actor labels only those naming the same entity when there are any. A member
with no such cue contributes the whole passage, so the reader can compare.
Cues that already carry counterparts (quote and factual variants) keep them.
"""

from __future__ import annotations

from workbench.core.models import AlignmentResult, Cue, Span


# Large comparisons (hundreds of outlets) would make counterparts grow with the square of the
# outlets; a reader compares a handful at a time, so the list is capped.
MAX_COUNTERPARTS = 60
MAX_PER_DOC = 3


def _inside(cue: Cue, m: Span) -> bool:
    return cue.span.doc == m.doc and m.start <= cue.span.start and cue.span.end <= m.end


def _entities(cue: Cue) -> set[str]:
    return set(cue.entity.split(" & ")) if cue.entity else set()


def add_counterparts(cues: list[Cue], alignment: AlignmentResult | None, texts: dict[str, str],
                     rank: dict[str, int]) -> None:
    if alignment is None:
        return
    by_doc: dict[str, list[Cue]] = {}
    for c in cues:
        by_doc.setdefault(c.span.doc, []).append(c)
    groups_of: dict[str, list] = {}  # document -> groups with a member in it
    for g in alignment.groups:
        for doc in {m.doc for m in g.members}:
            groups_of.setdefault(doc, []).append(g)
    for cue in cues:
        if cue.counterparts:
            continue
        found: list[tuple[Span, str]] = []
        per_doc: dict[str, int] = {}
        for g in groups_of.get(cue.span.doc, ()):
            if not any(_inside(cue, m) for m in g.members):
                continue
            for m in g.members:
                if m.doc == cue.span.doc or m.doc not in texts:
                    continue
                same = [c for c in by_doc.get(m.doc, ()) if c.category == cue.category and _inside(c, m)]
                if cue.category == "actor_label" and _entities(cue):
                    named = [c for c in same if _entities(c) & _entities(cue)]
                    same = named
                items = [(c.span, c.text) for c in same] or [(m, texts[m.doc][m.start:m.end])]
                for item in items:
                    if len(found) >= MAX_COUNTERPARTS or per_doc.get(m.doc, 0) >= MAX_PER_DOC:
                        break
                    if item not in found:
                        found.append(item)
                        per_doc[m.doc] = per_doc.get(m.doc, 0) + 1
        found.sort(key=lambda it: (rank.get(it[0].doc, 0), it[0].start, it[0].end))
        cue.counterparts = found

"""Counterparts: what the other outlets wrote in the place of a cue.

For a cue inside a member of an aligned group, each member of that group in
another document contributes the cues of the same category it holds (shown
or not, so that "Diktator" is set against a hidden neutral "Präsident"); for
actor labels only those naming the same entity when there are any. A member
with no such cue contributes the whole passage, so the reader can compare.
Cues that already carry counterparts (quote and factual variants) keep them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from workbench.core.models import AlignmentResult, Cue, Span


# Large comparisons (hundreds of outlets) would make counterparts grow with the square of the
# outlets; a reader compares a handful at a time, so the list is capped.
MAX_COUNTERPARTS = 30
MAX_PER_DOC = 3


def _entities(cue: Cue) -> set[str]:
    return set(cue.entity.split(" & ")) if cue.entity else set()


def add_counterparts(cues: list[Cue], alignment: AlignmentResult | None, texts: dict[str, str],
                     rank: dict[str, int]) -> None:
    """Fill ``cue.counterparts`` (see the module's docstring); near-linear in cues and group members."""
    if alignment is None:
        return
    # cues per (document, category), sorted by start, with their position in ``cues`` (ties keep that order)
    by_doc_cat: dict[tuple[str, str], list[tuple[int, int, Cue]]] = {}
    for n, c in enumerate(cues):
        by_doc_cat.setdefault((c.span.doc, c.category), []).append((c.span.start, n, c))
    for found_list in by_doc_cat.values():
        found_list.sort(key=lambda x: (x[0], x[1]))
    starts = {key: [x[0] for x in items] for key, items in by_doc_cat.items()}
    # group members per document, sorted by start, to find the groups whose member holds a cue
    members: dict[str, list[tuple[int, int, int]]] = {}
    for gi, g in enumerate(alignment.groups):
        for m in g.members:
            members.setdefault(m.doc, []).append((m.start, m.end, gi))
    longest: dict[str, int] = {}
    for doc, spans in members.items():
        spans.sort()
        longest[doc] = max(e - s for s, e, _ in spans)
    member_starts = {doc: [s for s, _, _ in spans] for doc, spans in members.items()}

    def holding(cue: Cue) -> list[int]:
        """Indices of the groups with a member of the cue's document that contains the cue, in group order."""
        doc = cue.span.doc
        spans = members.get(doc, [])
        k = bisect_right(member_starts.get(doc, []), cue.span.start)
        out = set()
        while k > 0:
            k -= 1
            s, e, gi = spans[k]
            if s < cue.span.start - longest[doc]:
                break
            if s <= cue.span.start and cue.span.end <= e:
                out.add(gi)
        return sorted(out)

    memo: dict[tuple[Span, str], list[Cue]] = {}

    def same_category_inside(m: Span, category: str) -> list[Cue]:
        """The cues of ``category`` inside member ``m``, in the order of ``cues`` (memoised)."""
        found = memo.get((m, category))
        if found is None:
            found = memo[(m, category)] = _scan(m, category)
        return found

    def _scan(m: Span, category: str) -> list[Cue]:
        key = (m.doc, category)
        items = by_doc_cat.get(key, [])
        k = bisect_left(starts.get(key, []), m.start)
        inside = []
        while k < len(items) and items[k][0] <= m.end:
            if items[k][2].span.end <= m.end:
                inside.append(items[k])
            k += 1
        return [c for _, _, c in sorted(inside, key=lambda x: x[1])]

    per_group: dict[tuple[int, str, frozenset[str]], list[tuple[str, list[tuple[Span, str]]]]] = {}

    def offers(gi: int, category: str, names: frozenset[str]) -> list[tuple[str, list[tuple[Span, str]]]]:
        """What each member of group ``gi`` offers as counterparts of a cue of ``category`` (naming ``names``)."""
        key = (gi, category, names)
        found = per_group.get(key)
        if found is None:
            found = []
            for m in alignment.groups[gi].members:
                if m.doc not in texts:
                    continue
                same = same_category_inside(m, category)
                if names:
                    same = [c for c in same if _entities(c) & names]
                found.append((m.doc, [(c.span, c.text) for c in same] or [(m, texts[m.doc][m.start:m.end])]))
            per_group[key] = found
        return found

    first: dict[tuple, list[tuple[int, str, tuple[Span, str]]]] = {}  # the candidates of a group and category
    shared: dict[tuple, list[tuple[Span, str]]] = {}  # cues of one outlet, group and category share the answer
    for cue in cues:
        if cue.counterparts:
            continue
        groups = holding(cue)
        names = frozenset(_entities(cue)) if cue.category == "actor_label" else frozenset()
        key = (tuple(groups), cue.category, names, cue.span.doc)
        found = shared.get(key)
        if found is None:
            candidates = first.get(key[:3])
            if candidates is None:
                candidates = first[key[:3]] = _in_reading_order(
                    _collect([offers(gi, cue.category, names) for gi in groups]), rank)
            found = shared[key] = _for_outlet(candidates, cue.span.doc)
        cue.counterparts = list(found)


def _collect(offered: list[list[tuple[str, list[tuple[Span, str]]]]]) -> list[tuple[str, tuple[Span, str]]]:
    """Counterparts from the members' offers, in group and member order, at most ``MAX_PER_DOC`` per outlet:
    the first ``MAX_COUNTERPARTS + MAX_PER_DOC`` of them, so that each outlet's own can be left out after
    (its list is then exactly what a walk skipping that outlet would have found); made once per group,
    category and entities, not once per outlet."""
    found: list[tuple[str, tuple[Span, str]]] = []
    seen: set[tuple[str, tuple[Span, str]]] = set()
    per_doc: dict[str, int] = {}
    limit = MAX_COUNTERPARTS + MAX_PER_DOC
    for members in offered:
        for other, items in members:
            taken = per_doc.get(other, 0)
            for item in items:
                if taken >= MAX_PER_DOC:
                    break
                if (other, item) not in seen:
                    seen.add((other, item))
                    found.append((other, item))
                    taken += 1
                    if len(found) >= limit:
                        return found
            per_doc[other] = taken
    return found


def _in_reading_order(found: list[tuple[str, tuple[Span, str]]], rank: dict[str, int]
                      ) -> list[tuple[int, str, tuple[Span, str]]]:
    """The candidates with their place in the walk, sorted for reading."""
    walked = [(n, other, item) for n, (other, item) in enumerate(found)]
    walked.sort(key=lambda it: (rank.get(it[2][0].doc, 0), it[2][0].start, it[2][0].end))
    return walked


def _for_outlet(candidates: list[tuple[int, str, tuple[Span, str]]], doc: str) -> list[tuple[Span, str]]:
    """The first ``MAX_COUNTERPARTS`` candidates of the walk that are not ``doc``'s own, in reading order."""
    others = [c for c in candidates if c[1] != doc]
    if len(others) > MAX_COUNTERPARTS:
        last = sorted(n for n, _, _ in others)[MAX_COUNTERPARTS - 1]
        others = [c for c in others if c[0] <= last]
    return [item for _, _, item in others]

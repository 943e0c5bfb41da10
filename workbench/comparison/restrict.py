"""The comparison as seen by a choice of outlets: one rule for the app and every export.

``restrict`` narrows an alignment to the chosen outlets; its docstring has the rules.

The cues and annotations that go with such a view are narrowed by
``within`` and ``keep_targets`` (see ``workbench.comparison.model.compare``).
"""

from __future__ import annotations

from collections.abc import Callable

from workbench.core.annotation_models import Annotation, Target
from workbench.core.models import Alignment, AlignmentResult, Group, Related, Span


def restrict(result: AlignmentResult, docs: list[str], unique: bool = True) -> AlignmentResult:
    """The part of ``result`` that concerns ``docs`` (in this column order); ``unique=False`` keeps groups only.

    The rules, in order:

    1. A group keeps its passages from the chosen outlets. It stays a group
       only while passages of at least two chosen outlets remain: a row is
       "parallel across the compared outlets" or it is not a row.
    2. The passages of a group that falls apart that way become unique
       ("only this outlet reports it" among the chosen ones).
    3. A related marker keeps the groups that stay groups and have a passage
       from another outlet than the marked one. A passage in no group whose
       markers all go becomes unique.
    4. Pairwise alignments stay where both ends and their group stay.

    Passages of outlets that are not chosen never appear. With ``unique=False``
    (only what several outlets share) the groups alone stay: no unique
    passages, no related markers.
    """
    keep = set(docs)
    column = {d: k for k, d in enumerate(docs)}
    groups: list[Group] = []
    singles: list[Span] = [u for u in result.unique if u.doc in keep]
    for g in result.groups:
        members = [m for m in g.members if m.doc in keep]
        if len({m.doc for m in members}) >= 2:
            groups.append(Group(g.id, g.score, members))
        else:
            singles.extend(members)
    docs_of = {g.id: {m.doc for m in g.members} for g in groups}
    grouped: dict[str, list[Span]] = {}
    for g in groups:
        for m in g.members:
            grouped.setdefault(m.doc, []).append(m)
    related: list[Related] = []
    for r in result.related:
        if r.span.doc not in keep:
            continue
        gids = [gid for gid in r.groups if docs_of.get(gid, set()) - {r.span.doc}]
        if gids:
            related.append(Related(r.span, gids, r.score))
        elif not any(m.start <= r.span.start and r.span.end <= m.end for m in grouped.get(r.span.doc, ())):
            singles.append(r.span)
    kept = set(docs_of)
    alignments: list[Alignment] = [
        a for a in result.alignments if a.group in kept and a.a.doc in keep and a.b.doc in keep
    ]
    in_groups = {m for spans in grouped.values() for m in spans}
    singles = sorted(set(singles) - in_groups, key=lambda s: (column[s.doc], s.start, s.end))
    if not unique:
        singles, related = [], []
    return AlignmentResult(groups, alignments, singles, list(docs), result.params, related)



def passages(result: AlignmentResult) -> dict[str, list[Span]]:
    """Every passage of a (restricted) alignment, per document: group members, then unique passages."""
    out: dict[str, list[Span]] = {}
    for g in result.groups:
        for m in g.members:
            out.setdefault(m.doc, []).append(m)
    for u in result.unique:
        out.setdefault(u.doc, []).append(u)
    return out


def overlaps(a: Span | Target, b: Span) -> bool:
    return a.doc == b.doc and a.start < b.end and b.start < a.end


def within(span: Span | Target, spans: dict[str, list[Span]]) -> bool:
    """Whether ``span`` overlaps one of ``spans`` (per document, as ``passages`` gives them)."""
    return any(overlaps(span, s) for s in spans.get(span.doc, []))


def keep_targets(annotations: list[Annotation], accept: Callable[[Target], bool]) -> list[Annotation]:
    """Annotations with only the targets ``accept(target)`` allows; those left with none are dropped."""
    out = []
    for a in annotations:
        targets = [t for t in a.targets if accept(t)]
        if targets:
            out.append(Annotation(a.id, a.note, list(a.codes), targets, a.created, a.modified))
    return out

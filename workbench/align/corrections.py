"""Apply the user's corrections (link, unlink, split) on top of automatic groups.

Corrections are stored as spans of text, not as group ids, so they survive
re-alignment: they are replayed, in the order they were made, on whatever
the engine found this time.
"""

from __future__ import annotations

from workbench.align.features import Unit
from workbench.core.models import Correction, Span


def units_of(units: list[Unit], span: Span) -> list[int]:
    """Units of the span's document that overlap the span."""
    return [k for k, u in enumerate(units) if u.doc == span.doc and u.start < span.end and span.start < u.end]


def apply_corrections(units: list[Unit], groups: list[list[int]], corrections: list[Correction]) -> list[list[int]]:
    """Replay ``corrections`` on groups given as lists of unit indices."""
    groups = [list(g) for g in groups]

    def detach(members: list[int]) -> None:
        gone = set(members)
        for g in groups:
            g[:] = [x for x in g if x not in gone]

    def group_of(x: int) -> list[int] | None:
        return next((g for g in groups if x in g), None)

    for c in corrections:
        picked = [units_of(units, s) for s in c.spans]
        if c.kind == "unlink":
            detach([x for p in picked for x in p])
        elif c.kind == "split":
            members = [x for p in picked for x in p]
            detach(members)
            groups.append(members)
        elif c.kind == "link":
            target: list[int] | None = None
            for p in picked:
                if not p:
                    continue
                g = group_of(p[0])
                if g is None:
                    detach(p)
                    g = list(p)
                    groups.append(g)
                if target is None:
                    target = g
                elif g is not target:
                    target.extend(x for x in g if x not in target)
                    g.clear()
                for x in p:
                    if x not in target:
                        detach([x])
                        target.append(x)
    return [g for g in groups if len({units[x].doc for x in g}) > 1]

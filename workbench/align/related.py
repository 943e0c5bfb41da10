"""Related markers: a passage that shares a group's fact without belonging to the group.

A lead that sums up three facts ("Merz fails, is elected in the second
ballot, Scholz stays on") resembles each of the three groups, but can belong
to at most one of them. Instead of forcing it into one group, or listing it as
"only this outlet reports it", it is marked *related* to every group one of
whose passages (from another outlet) it resembles at link strength. A passage
with a related marker is not an omission: some other outlet reports at least
part of what it says.

The evidence is the candidate pairs the linker saw: no extra search, so the
cost stays linear in the number of candidates.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from workbench.align.features import Unit


_BLOCK = 65536  # candidate pairs turned into Python numbers at a time


@dataclass(frozen=True)
class RelatedMark:
    unit: int
    cluster: int
    score: float


def related_marks(
    units: list[Unit],
    members: list[list[int]],
    pairs: tuple[np.ndarray, np.ndarray, np.ndarray],
    floor: float,
    most: int,
    exclude: set[int] = frozenset(),  # type: ignore[assignment]
) -> list[RelatedMark]:
    """For each unit, the (at most ``most``) clusters it resembles at ``floor`` or more without being in them.

    A unit is related to a cluster when a candidate pair joins it to a member
    of that cluster from another document. A unit that is itself in a group is
    not marked related to a cluster where its document already has a passage.
    (A unit in no group may be: the outlet repeats a fact the group holds.) Units in ``exclude`` (the user said they belong to no group) get none.
    """
    owner = {x: n for n, c in enumerate(members) for x in c}
    docs_in = [{units[x].doc_rank for x in c} for c in members]
    best: dict[tuple[int, int], float] = {}
    i, j, sims = pairs
    keep = np.flatnonzero(sims >= floor)
    for block in range(0, len(keep), _BLOCK):  # Python numbers a block at a time: a thousand texts make 600,000 pairs
        rows = keep[block:block + _BLOCK]
        for a, b, s in zip(i[rows].tolist(), j[rows].tolist(), sims[rows].tolist()):
            for x, y in ((a, b), (b, a)):
                cluster = owner.get(y)
                if cluster is None or x in exclude or owner.get(x) == cluster:
                    continue
                if units[x].doc_rank == units[y].doc_rank or (x in owner and units[x].doc_rank in docs_in[cluster]):
                    continue
                key = (x, cluster)
                if s > best.get(key, 0.0):
                    best[key] = s
    per_unit: dict[int, list[RelatedMark]] = {}
    for (x, cluster), s in best.items():
        per_unit.setdefault(x, []).append(RelatedMark(x, cluster, s))
    out: list[RelatedMark] = []
    for x in sorted(per_unit):
        marks = sorted(per_unit[x], key=lambda m: (-m.score, m.cluster))[:most]
        out.extend(sorted(marks, key=lambda m: m.cluster))
    return out

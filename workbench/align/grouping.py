"""Links -> groups, by average linkage over cross-document similarity.

Links are taken strongest first. Two groups merge when the average
similarity between their members from *different* documents stays above a
floor, so a chain A~B~C joins C only when C also resembles A well enough
(transitivity inside groups), and two consecutive sentences of one outlet
that together match one long sentence elsewhere may share a group
(many-to-one) without their dissimilarity to each other counting against it.

Each unit's vector lives in a space where a dot product is the similarity,
so group averages come from sums of vectors instead of all pairs.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from workbench.align.duplicates import DUPLICATE_SCORE
from workbench.align.shared_quotes import SHARED_QUOTE_SCORE
from workbench.align.features import Unit
from workbench.align.links import Link
from workbench.align.params import AlignParams

Vector = dict[int, float]


def _dot(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def _add(into: Vector, other: Vector) -> None:
    for k, v in other.items():
        into[k] = into.get(k, 0.0) + v


@dataclass
class Cluster:
    members: list[int]
    total: Vector
    per_doc: dict[int, tuple[Vector, int]] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return len(self.members)


def make_cluster(units: list[Unit], vectors: list[Vector], members: list[int]) -> Cluster:
    """A cluster with its sums, from its members."""
    c = Cluster([], {}, {})
    for x in members:
        c.members.append(x)
        _add(c.total, vectors[x])
        vec, count = c.per_doc.get(units[x].doc_rank, ({}, 0))
        _add(vec, vectors[x])
        c.per_doc[units[x].doc_rank] = (vec, count + 1)
    return c


def cross_average(a: Cluster, b: Cluster) -> float:
    """Average similarity over pairs (x in a, y in b) from different documents."""
    total = _dot(a.total, b.total)
    pairs = a.size * b.size
    small, large = (a, b) if len(a.per_doc) <= len(b.per_doc) else (b, a)
    for doc, (vec, count) in small.per_doc.items():
        if doc in large.per_doc:
            other, other_count = large.per_doc[doc]
            total -= _dot(vec, other)
            pairs -= count * other_count
    if pairs <= 0:  # all members from one document: plain average
        return _dot(a.total, b.total) / (a.size * b.size)
    return total / pairs


def internal_average(c: Cluster) -> float:
    """Average cross-document similarity inside a cluster (its score)."""
    total = _dot(c.total, c.total)
    pairs = c.size * c.size
    for vec, count in c.per_doc.values():
        total -= _dot(vec, vec)
        pairs -= count * count
    return total / pairs if pairs > 0 else 0.0


def _merge_allowed(a: dict[int, list[int]], b: dict[int, list[int]], params: AlignParams,
                   headlines: frozenset[tuple[int, int]] = frozenset()) -> bool:
    """At most ``max_runs_per_doc`` runs of consecutive segments per document, and ``max_segments_per_doc``
    segments, in the union of two clusters that each keep the rule: only the documents both hold can
    break it (``a``, ``b``: document -> segment indices).

    An outlet may state a fact twice (teaser and body) or spread it over
    consecutive sentences; a group that gathers scattered sentences of one
    outlet is chaining unrelated facts through shared topic words. A headline
    standing alone (``headlines``: (document, segment index) pairs) is not
    counted as a run: headline, teaser and body telling one fact are the
    outlet's one report of it (corpus F1 0.483 -> 0.503, seeds 0.722 -> 0.734).
    """
    for doc in a.keys() & b.keys():
        indices = sorted(a[doc] + b[doc])
        if len(indices) > params.max_segments_per_doc:
            return False
        runs = 1 + sum(1 for p, q in zip(indices, indices[1:]) if q != p + 1)
        runs -= sum(1 for k, i in enumerate(indices) if (doc, i) in headlines
                    and (k == 0 or indices[k - 1] != i - 1) and (k + 1 == len(indices) or indices[k + 1] != i + 1))
        if runs > params.max_runs_per_doc:
            return False
    return True


def specific_words(units: list[Unit], burst_limit: float) -> list[frozenset[str]]:
    """Each unit's words that are not the story's recurring ones: a word the outlets that use it repeat more than
    ``burst_limit`` times on average ("Trump", "Kim", "Singapur", "Gipfel" in every other sentence) names the topic,
    not a fact; the words of one fact ("Handschlag", "unterzeichnen", "Militärmanöver") come once or twice."""
    uses: Counter[str] = Counter()
    outlets: dict[str, set[int]] = {}
    for u in units:
        for f in u.words:
            uses[f] += 1
            outlets.setdefault(f, set()).add(u.doc_rank)
    recurring = {f for f, n in uses.items() if n > burst_limit * len(outlets[f])}
    return [frozenset(f for f in u.words if f not in recurring) for u in units]


def _share_specific(a: Cluster, b: Cluster, units: list[Unit], specific: list[frozenset[str]]) -> float:
    """Share of the cross-outlet pairs (x in a, y in b) that have a specific word in common."""
    pairs = shared = 0
    for x in a.members:
        for y in b.members:
            if units[x].doc_rank != units[y].doc_rank:
                pairs += 1
                shared += not specific[x].isdisjoint(specific[y])
    return shared / pairs if pairs else 1.0


def cluster(units: list[Unit], vectors: list[Vector], links: list[Link], params: AlignParams) -> list[Cluster]:
    """Merge units along links, strongest first, under the average-linkage floor.

    Two groups merge only if enough of their cross-outlet pairs share a specific word (``specific_words``):
    sentences that resemble each other through the story's names alone are chained, not one fact."""
    owner = list(range(len(units)))
    clusters: dict[int, Cluster] = {}

    def find(x: int) -> int:
        while owner[x] != x:
            owner[x] = owner[owner[x]]
            x = owner[x]
        return x

    def get(x: int) -> Cluster:
        # Copy on write: a singleton's sums are the unit's own vector (shared,
        # never changed); they are copied the first time something is added.
        if x not in clusters:
            clusters[x] = Cluster([x], vectors[x], {units[x].doc_rank: (vectors[x], 1)})
        return clusters[x]

    positions: dict[int, dict[int, list[int]]] = {}  # root -> document -> segment indices of its members

    def where(x: int) -> dict[int, list[int]]:
        found = positions.get(x)
        if found is None:
            found = positions[x] = {units[x].doc_rank: [units[x].index]}
        return found

    headlines = frozenset((u.doc_rank, u.index) for u in units if u.kind == "headline")
    specific = specific_words(units, params.burst_limit) if params.specific_share else []
    refused: set[tuple[int, int, int, int]] = set()  # merges already refused, by (root, size) pairs
    for link in links:
        ra, rb = find(link.i), find(link.j)
        if ra == rb:
            continue
        a, b = get(ra), get(rb)
        key = (ra, a.size, rb, b.size) if ra < rb else (rb, b.size, ra, a.size)
        if key in refused:
            continue
        if a.size + b.size > 2 and link.score < DUPLICATE_SCORE and cross_average(a, b) < params.merge_floor:
            refused.add(key)
            continue
        if specific and link.score < SHARED_QUOTE_SCORE \
                and _share_specific(a, b, units, specific) < params.specific_share:  # a shared quotation is shared words
            refused.add(key)
            continue
        if not _merge_allowed(where(ra), where(rb), params, headlines):
            refused.add(key)
            continue
        if a.size < b.size:
            ra, rb, a, b = rb, ra, b, a
        spots, their_spots = where(ra), positions.pop(rb, None) or where(rb)
        for doc, indices in their_spots.items():
            spots.setdefault(doc, []).extend(indices)
        if a.size == 1:
            a.total = dict(a.total)
        a.members.extend(b.members)
        _add(a.total, b.total)
        for doc, (vec, count) in b.per_doc.items():
            if doc in a.per_doc:
                mine, mine_count = a.per_doc[doc]
                if mine_count == 1:
                    mine = dict(mine)
                _add(mine, vec)
                a.per_doc[doc] = (mine, mine_count + count)
            else:
                a.per_doc[doc] = (vec, count)
        owner[rb] = ra
        del clusters[rb]
    return [c for c in clusters.values() if len(c.per_doc) > 1]

"""Which candidate pairs become links.

A pair links when it is similar enough on its own, or when it is fairly
similar and either the best match of both ends between their two documents
(mutual best) or backed by its neighbours (the sentences before or after
are linked too: outlets reorder paragraphs but rarely split a paragraph's
sentences apart). Vectorised with numpy: large corpora have millions of
candidate pairs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from workbench.align.features import Unit
from workbench.align.params import AlignParams


@dataclass(frozen=True, slots=True)  # slots: a thousand articles make a hundred thousand links
class Link:
    i: int
    j: int
    score: float  # similarity, plus the neighbour bonus where neighbours agree


def _best_of(ends: np.ndarray, other_doc: np.ndarray, partner: np.ndarray, sims: np.ndarray) -> np.ndarray:
    """For each pair, whether ``partner`` is the best match of ``ends`` within ``other_doc``."""
    order = np.lexsort((partner, -sims, other_doc, ends))
    first = np.ones(len(order), dtype=bool)
    first[1:] = (ends[order][1:] != ends[order][:-1]) | (other_doc[order][1:] != other_doc[order][:-1])
    out = np.zeros(len(order), dtype=bool)
    out[order[first]] = True
    return out


def counts_apart(a: Unit, b: Unit) -> bool:
    """The two passages count one thing differently: "im ersten Wahlgang" / "im zweiten Wahlgang" are two
    events, however alike the sentences are."""
    if not a.ordinals or not b.ordinals:
        return False
    return any(noun in b.ordinals and not (ranks & b.ordinals[noun]) for noun, ranks in a.ordinals.items())


def select_links(units: list[Unit], i: np.ndarray, j: np.ndarray, sims: np.ndarray, params: AlignParams) -> list[Link]:
    n = len(units)
    doc = np.array([u.doc_rank for u in units], dtype=np.int64)
    cross = doc[i] != doc[j]
    ci, cj, cs = i[cross], j[cross], sims[cross]
    mutual = _best_of(ci, doc[cj], cj, cs) & _best_of(cj, doc[ci], ci, cs)

    # Neighbour support: (i±1, j±1) is a fairly similar pair too.
    strong = cs >= params.link_low
    keys = np.sort(ci[strong] * n + cj[strong])
    prev_same = np.zeros(n, dtype=bool)
    prev_same[1:] = doc[1:] == doc[:-1]  # unit k-1 belongs to the same document as k
    next_same = np.zeros(n, dtype=bool)
    next_same[:-1] = doc[:-1] == doc[1:]
    backed = np.zeros(len(ci), dtype=bool)
    for si in (-1, 1):
        for sj in (-1, 1):
            ok_i = prev_same[ci] if si < 0 else next_same[ci]
            ok_j = prev_same[cj] if sj < 0 else next_same[cj]
            a, b = ci + si, cj + sj
            lo, hi = np.minimum(a, b), np.maximum(a, b)
            probe = lo * n + hi
            pos = np.searchsorted(keys, probe)
            found = (pos < len(keys)) & (keys[np.minimum(pos, len(keys) - 1)] == probe) if len(keys) else np.zeros(len(ci), bool)
            backed |= ok_i & ok_j & found
    score = cs + np.where(backed, params.neighbour_bonus, 0.0)
    accept = (score >= params.link_high) | ((score >= params.link_low) & (mutual | backed))
    counted = np.array([bool(u.ordinals) for u in units], dtype=bool)
    for k in np.nonzero(accept & counted[ci] & counted[cj])[0]:
        if counts_apart(units[int(ci[k])], units[int(cj[k])]):
            accept[k] = False
    links = [Link(int(a), int(b), float(s)) for a, b, s in zip(ci[accept], cj[accept], score[accept])]

    # Same outlet repeating itself (teaser and body): only near-verbatim repeats.
    index = np.array([u.index for u in units], dtype=np.int64)
    same = (~cross) & (np.abs(index[i] - index[j]) > 1) & (sims >= 2 * params.link_high)
    links += [Link(int(a), int(b), float(s)) for a, b, s in zip(i[same], j[same], sims[same])]
    links.sort(key=lambda link: (-link.score, link.i, link.j))
    return links

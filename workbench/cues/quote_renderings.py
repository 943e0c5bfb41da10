"""Where a quote-variant cue stands and what it is shown against (``quote_variants``, step 4).

A cue inside a quotation covers the whole quotation; a cue in the outlet's own words (an indirect rendering of
someone's statement) covers the whole rendering, so the reader compares renderings, not single words of them. Its
counterparts are the other sides of the pairs it was marked in; where the marks were passed on from an identical
rendering (rule 3), the rendering that differs, not that twin.
"""

from __future__ import annotations

from workbench.cues.quote_pairs import Pair
from workbench.cues.textview import DocView, Tok

WHOLE_QUOTE_TOKENS = 40  # a quotation up to this long is highlighted whole; a longer one at its changed words


def whole_renderings(v: DocView, runs: list[list[int]], pids: list[list[int]], pairs: list[Pair], doc: str
                     ) -> list[tuple[list[int], tuple[int, int] | None, list[int]]]:
    """Each run (with ``pids``, the pairs it was marked in) and the rendering in the outlet's words around it (None
    inside a quotation, or for a rendering longer than a whole quotation may be); the runs of one such rendering
    become one: the reader compares "Kim zeige großes Interesse an russischer Raketentechnik" with the quotation, not
    "russischer" alone."""
    out: list[tuple[list[int], tuple[int, int] | None, list[int]]] = []
    for run, ids in zip(runs, pids):
        whole = None
        if not all(v.toks[i].quoted for i in run):
            first, last = v.toks[run[0]], v.toks[run[-1]]
            whole = rendering_around(doc, [pairs[pid] for pid in ids], first.start, last.end)
            if whole is not None and len(v.toks_between(*whole)) > WHOLE_QUOTE_TOKENS:
                whole = None
        if whole is not None and out and out[-1][1] == whole:
            out[-1] = (out[-1][0] + run, whole, sorted(set(out[-1][2]) | set(ids)))
        else:
            out.append((run, whole, ids))
    return out


def quoted_words(toks: list[Tok]) -> list[Tok]:
    """The words of a rendering inside quotation marks (all of them where none is quoted)."""
    return [t for t in toks if t.quoted] or toks


def rendering_around(doc: str, pairs: list[Pair], start: int, end: int) -> tuple[int, int] | None:
    """The shortest rendering in ``doc`` among ``pairs`` that holds the marked words ``start``-``end`` and more:
    "Kim zeige großes Interesse an russischer Raketentechnik" around "russischer" (None where the marks came from an
    identical rendering's pair, or where they are the whole rendering)."""
    best: tuple[int, int] | None = None
    for p in pairs:
        for toks, d in ((p.a, p.doc_a), (p.b, p.doc_b)):
            if p.direct:  # a quotation's rendering is the words inside its marks, not the outlet's around them
                toks = quoted_words(toks)
            if d != doc or not toks or not (toks[0].start <= start and end <= toks[-1].end):
                continue
            span = (toks[0].start, toks[-1].end)
            if span != (start, end) and (best is None or span[1] - span[0] < best[1] - best[0]):
                best = span
    return best


def partner_docs(doc: str, pairs: list[Pair]) -> set[str]:
    """The documents ``doc`` is paired with directly among ``pairs`` (its twins, when marks were passed on)."""
    return {q.doc_b if q.doc_a == doc else q.doc_a for q in pairs if doc in (q.doc_a, q.doc_b)}


def other_sides(p: Pair, doc: str, partners: set[str]) -> list[tuple[list[Tok], str]]:
    """The rendering(s) of pair ``p`` a cue in ``doc`` is compared with: the other side of a pair of ``doc``; of a
    pair whose marks an identical rendering passed on (rule 3), the side that is not that twin (one of ``doc``'s
    ``partners``: "quoted here as „X“ and elsewhere as „X“" showed the twin, not the rendering that differs)."""
    if p.doc_a == doc:
        return [(p.b, p.doc_b)]
    if p.doc_b == doc:
        return [(p.a, p.doc_a)]
    sides = [(toks, d) for toks, d in ((p.a, p.doc_a), (p.b, p.doc_b)) if d not in partners]
    return sides or [(p.a, p.doc_a)]


def changed_words(v: DocView, run: list[int], others: list[set[str]]) -> list[str]:
    """The words of a marked run the explanation names as different: not those every rendering compared with has
    too in the same form, which only moved ("nicht gegen" in "… nur mit Russland, nicht gegen Russland" against
    "… nicht gegen Russland, sondern nur mit Russland …"; "sensiblen" against "Sensible" is a change); all of them
    where each one moved."""
    words = [v.toks[i] for i in run if not v.toks[i].is_punct]
    kept = [t for t in words if not others or not all(t.fold in o for o in others)]
    return [t.surface for t in kept or words]

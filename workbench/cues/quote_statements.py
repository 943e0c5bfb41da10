"""Which quotation pairs the others contradict: a weak pair beside a strong one.

A quotation that another outlet quotes nearly word for word (a strong pair) shows which statement it is. A weak
pair of it (two quotations with few words in common, at most one content word) with a third outlet's quotation,
which the strong partner does not pair with at all, is most likely two statements sharing a word: Trump's "Es
gibt keinen Deal, bis es einen Deal gibt", quoted so by two outlets, is no rendering of his "Wir freuen uns auf
diesen neuen Handel"; Moon's "neue Ära des Friedens" none of the declaration's "Friedenszone"; "Right now…
you're gambling with the lives of millions of people" none of "You're gambling with World War III". Where the
strong partner pairs with the third quotation too, all three render one statement and the weak pair stays.
Indirect renderings are left alone: they share few words with a quotation by nature.
"""

from __future__ import annotations

from workbench.cues.quote_pairs import Pair, closeness
from workbench.cues.quote_units import content
from workbench.cues.textview import Tok

STRONG = 0.6  # share of equal words (both sides counted) of a pair that renders one statement nearly verbatim
WEAK = 0.3  # ... and below this share, with at most one content word in common, two statements may share a word
WEAK_SHARED = 1

_Side = tuple[str, int, int]  # a rendering: its document, its first and last token


def _side(doc: str, toks: list[Tok]) -> _Side:
    return doc, toks[0].i, toks[-1].i


def _meets(x: _Side, y: _Side) -> bool:
    return x[0] == y[0] and x[1] <= y[2] and y[1] <= x[2]


def _shared_content(a: list[Tok], b: list[Tok]) -> int:
    return len({t.lemma.casefold() for t in a if content(t)} & {t.lemma.casefold() for t in b if content(t)})


def contradicted(pairs: list[Pair]) -> set[int]:
    """Indices of the weak pairs that a strong pair of one of their renderings contradicts (see the module).

    Needs each pair's ``ops`` (``QuoteVariantFinder.compare``)."""
    sides = [(_side(p.doc_a, p.a), _side(p.doc_b, p.b)) for p in pairs if p.a and p.b]
    if len(sides) != len(pairs):
        return set()
    alike = [closeness(p) for p in pairs]
    strong = [n for n in range(len(pairs)) if alike[n] >= STRONG]
    strong_by_doc: dict[str, list[tuple[_Side, _Side]]] = {}  # each rendering's near-verbatim twins, by its document
    for k in strong:
        s, t = sides[k]
        strong_by_doc.setdefault(s[0], []).append((s, t))
        strong_by_doc.setdefault(t[0], []).append((t, s))

    by_docs: dict[tuple[str, str], list[tuple[_Side, _Side]]] = {}  # the pairs of two documents, either way round
    for s, t in sides:
        by_docs.setdefault((s[0], t[0]), []).append((s, t))
        by_docs.setdefault((t[0], s[0]), []).append((t, s))

    def paired(x: _Side, y: _Side) -> bool:
        return any(_meets(s, x) and _meets(t, y) for s, t in by_docs.get((x[0], y[0]), ()))

    out: set[int] = set()
    for n, p in enumerate(pairs):
        if not p.direct or alike[n] >= WEAK or _shared_content(p.a, p.b) > WEAK_SHARED:
            continue
        for own, other in (sides[n], sides[n][::-1]):
            partners = [t for s, t in strong_by_doc.get(own[0], ()) if _meets(s, own)]  # its near-verbatim twins
            if any(t[0] not in (own[0], other[0]) and not paired(t, other) for t in partners):
                out.add(n)
                break
    return out

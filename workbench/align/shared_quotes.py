"""Same quotation, same fact: passages of different outlets that quote the same words.

"'Wir haben genug Zeit', so Putin" and "Putin sagte: 'Wir haben genug Zeit.'" are one fact told around one
quotation; the sentences around it differ too much for the similarity to bring them together when the quotation is
short. A quotation of at least ``LINK_QUOTE_WORDS`` words that one passage quotes and another quotes whole or
inside a longer quotation, verbatim after the normalisation of ``duplicates.normalise`` (case, "ß", hyphens,
punctuation), links the two where it is a fair share of each passage (``MIN_COVER``). On the corpus of issue #8 such
pairs were in one gold fact 55 times out of 56 where the similarity had not already grouped them.

The links carry ``SHARED_QUOTE_SCORE``: after identical sentences, before any similarity. They need no further
specific word in common (the quotation is one), but unlike identical sentences they still meet the average-linkage
floor, so a shared quotation joins two passages without chaining two formed groups that are otherwise unalike. Where
the quotation is a smaller part of a passage (a lead quoting a few words among many facts), or two or three words
only („heiliger Krieg“), the pair is a candidate of moderate similarity (``WEAK_QUOTE_SCORE``) for the linker and for
related markers: on the corpus, alignment F1 0.455 -> 0.457 for the smaller parts (Xi in Paris 0.238 -> 0.312,
Helsinki in English 0.351 -> 0.371; Oval Office 0.556 -> 0.545; scores 0.2 and 0.5 gave 0.455), -> 0.460 with
quotations of two and three words (16 events up, Trump–Putin in Alaska 0.260 -> 0.288, Putin in Pjöngjang 0.550 ->
0.567; Korea's martial law 0.468 -> 0.446; omission precision 0.619 -> 0.622; scores 0.25 / 0.35: 0.455 / 0.458).
Every run of ``MIN_QUOTE_WORDS`` words of a quotation is indexed and each quotation looks up its rarest run (any
quotation holding it holds that run too), so the cost stays linear; a quotation whose every run is shared by more
than ``MAX_BUCKET`` quotations is a formula, not evidence.
"""

from __future__ import annotations

from workbench.align.duplicates import normalise
from workbench.align.features import Unit
from workbench.align.quotes import quoted_ranges

MIN_QUOTE_WORDS = 2  # a shared quotation this long is a candidate pair ...
LINK_QUOTE_WORDS = 4  # ... and one this long (and a quarter of each passage) a link
SHARED_QUOTE_SCORE = 1.5  # between identical sentences (2.0) and any similarity (at most 1.0)
MAX_BUCKET = 40
WEAK_QUOTE_SCORE = 0.3  # a shared quotation that is a small part of a passage: a candidate of moderate similarity
MIN_COVER = 0.25  # share of each passage's words the shared quotation must be (0 / 0.4 / 0.55: corpus F1 0.455 with
# Panmunjom 2018 0.638 -> 0.569 / 0.450 / 0.451; at 0.25 0.455 and no event down by more than 0.001)


def _quotations(units: list[Unit], texts: dict[str, str]) -> tuple[list[tuple[int, tuple[str, ...]]], dict[int, int]]:
    """(unit, normalised words) of every quotation of at least ``MIN_QUOTE_WORDS`` words inside a unit, and the
    number of words of each unit holding one."""
    ranges = {doc: quoted_ranges(text) for doc, text in texts.items()}
    out = []
    sizes: dict[int, int] = {}
    for k, u in enumerate(units):
        for start, end in ranges.get(u.doc, ()):
            lo, hi = max(start, u.start), min(end, u.end)
            if hi <= lo:
                continue
            words = tuple(normalise(texts[u.doc][lo:hi]))
            if len(words) >= MIN_QUOTE_WORDS:
                out.append((k, words))
                if k not in sizes:
                    sizes[k] = len(normalise(texts[u.doc][u.start:u.end]))
    return out, sizes


def _inside(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long_[k:k + n] == short for k in range(len(long_) - n + 1))


def _covers(words: tuple[str, ...], unit_size: int) -> bool:
    """The quotation is at least ``MIN_COVER`` of the unit's words: a lead that quotes a few words among many
    facts ("Trump publicly sided with Putin … saying “I don't see any reason why it would be”") is not linked."""
    return len(words) >= MIN_COVER * unit_size


def shared_quote_pairs(units: list[Unit], texts: dict[str, str]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Pairs of units of different documents, one quoting a quotation of the other whole (ascending, each once):
    those where the quotation is at least ``MIN_COVER`` of both units, and the others (weak evidence)."""
    quotes, sizes = _quotations(units, texts)
    index: dict[tuple[str, ...], list[int]] = {}
    for q, (_, words) in enumerate(quotes):
        for k in range(len(words) - MIN_QUOTE_WORDS + 1):
            index.setdefault(words[k:k + MIN_QUOTE_WORDS], []).append(q)
    strong: set[tuple[int, int]] = set()
    weak: set[tuple[int, int]] = set()
    for unit, words in quotes:
        # every quotation that holds this one holds each of its runs: look in the smallest bucket
        bucket = min((index[words[k:k + MIN_QUOTE_WORDS]] for k in range(len(words) - MIN_QUOTE_WORDS + 1)), key=len)
        if len(bucket) > MAX_BUCKET:
            continue
        for r in bucket:
            other, other_words = quotes[r]
            if units[other].doc == units[unit].doc or len(other_words) < len(words) or not _inside(words, other_words):
                continue
            pair = (min(unit, other), max(unit, other))
            if len(words) >= LINK_QUOTE_WORDS and _covers(words, sizes[unit]) and _covers(words, sizes[other]):
                strong.add(pair)
            else:
                weak.add(pair)
    return sorted(strong), sorted(weak - strong)

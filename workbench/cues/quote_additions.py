"""The outlet's own words right after a short quotation that read as part of it (quote variants, step 4).

"heiliger Krieg *gegen den Westen*": a prepositional phrase that continues the quoted words, outside the marks, with
a content word no other rendering of the statement holds. The cue then covers it, and the explanation names it.
"""

from __future__ import annotations

from workbench.cues.quote_units import QUOTE_MARKS, content
from workbench.cues.textview import DocView, Tok

_ATTACHING = ("APPR", "APPRART", "IN", "ADP")  # a phrase that attaches to the quoted words: "gegen den Westen"
_MAX_ADDED = 6
_VERBS = ("VV", "VA", "VM", "VERB", "AUX")


def added_after(v: DocView, quote: tuple[int, int], others: list[str]) -> list[Tok]:
    """The outlet's own words right after a short quotation, outside its marks, that continue the quoted phrase
    (a prepositional phrase up to the next punctuation) with a content word no other rendering holds:
    „heiligen Krieg“ *gegen den Westen*, where the others quote "gegen die hegemonialen Kräfte" or nothing."""
    toks = v.toks_between(quote[0], quote[1])
    if not toks or len(toks) > 8:
        return []
    k = toks[-1].i + 1
    while k < len(v.toks) and v.toks[k].is_punct and v.toks[k].surface in QUOTE_MARKS:
        k += 1
    if k >= len(v.toks) or v.toks[k].sent != toks[-1].sent or not v.toks[k].tag_is(*_ATTACHING):
        return []
    phrase: list[Tok] = []
    while k < len(v.toks) and len(phrase) < _MAX_ADDED and not v.toks[k].is_punct and not v.toks[k].quoted \
            and v.toks[k].sent == toks[-1].sent and not v.toks[k].tag_is(*_VERBS):
        phrase.append(v.toks[k])
        k += 1
    if k < len(v.toks) and not (v.toks[k].is_punct or v.toks[k].tag_is(*_VERBS)):
        return []  # the phrase runs on past the limit: not a continuation of the quoted words
    words = [t for t in phrase if content(t)]
    elsewhere = " ".join(others).casefold()
    if not words or all(t.lemma in elsewhere or t.fold in elsewhere for t in words):
        return []
    return phrase

"""Seats of power as labels or as places: "the Kremlin said" names the Russian leadership, "talks in the Kremlin"
a building, "Kremlin spokesman Dmitry Peskov" whose spokesman. The matcher drops the place and title uses
before a label is credited (``detect``); a point of the compass and an adjective name one place ("the North Korean
dictator": North Korea's leader)."""

from __future__ import annotations

from workbench.cues.entities import EntityIndex, adjective_matches
from workbench.cues.textview import DocView, Tok


def modifies_a_title(view: DocView, tok: Tok, index: EntityIndex) -> bool:
    """"Kremlin spokesman Dmitry Peskov", "Kreml Sprecher Peskow": the metonym says whose spokesman, it does not
    name the leader. True when a common noun and then a person's name follow the label directly."""
    toks = view.toks
    k = tok.i + 1
    if k + 1 >= len(toks) or toks[k].sent != tok.sent or toks[k].is_punct:
        return False
    noun = toks[k]
    if view.tagged:
        if not noun.tag_is("NN", "NOUN"):
            return False
    elif not noun.surface.isalpha() or noun.is_stop or not noun.surface.islower():
        return False
    name = index.entity_at(view.doc, k + 1)
    return bool(name) and index.kind(name) == "person"


_AFFILIATED = {"spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser",
               "advisers", "advisor", "advisors", "source", "sources", "insider", "insiders", "staff", "website",
               "readout", "press", "critic", "critics", "sprecher", "sprecherin", "kreise"}
_LOCATIVE = {"in", "at", "inside", "into", "within", "outside", "near", "im", "ins", "vorm", "am"}
_LOCATIVE_BEFORE_ARTICLE = {"in", "vor", "hinter", "neben", "aus"}  # "in den Kreml", "vor dem Kreml"


def seat_as_place(view: DocView, tok: Tok) -> bool:
    """A seat of power named as a place or inside a place's name, not as the leadership: "talks in the Kremlin",
    "at the Kremlin", "im Kreml", "vor dem Kreml", "the Grand Kremlin Palace", "Kremlin Spokesman Dmitry Peskov"."""
    toks = view.toks
    nxt = toks[tok.i + 1] if tok.i + 1 < len(toks) else None
    if nxt is not None and nxt.sent == tok.sent and not nxt.is_punct and nxt.surface[:1].isupper():
        return True  # a capitalised word right after: a name ("Kremlin Palace") or a title ("Kremlin Spokesman")
    if nxt is not None and nxt.fold in _AFFILIATED:
        return True  # "Kremlin sources", "a Kremlin aide": someone of the seat, not its leadership
    k = tok.i - 1
    if k >= 0 and toks[k].sent == tok.sent and not toks[k].is_punct and toks[k].surface[:1].isupper() \
            and k > 0 and toks[k - 1].sent == tok.sent:
        return True  # "the Grand Kremlin Palace"
    if k >= 0 and toks[k].fold in ("the", "dem", "den"):
        k -= 1
        if k >= 0 and toks[k].fold in _LOCATIVE_BEFORE_ARTICLE and toks[k].sent == tok.sent:
            return toks[k].fold != "aus"  # "aus dem Kreml hieß es": the leadership speaking
    return k >= 0 and toks[k].sent == tok.sent and toks[k].fold in _LOCATIVE


_COMPASS = {"north", "south", "east", "west"}


def compass_place(index: EntityIndex, t: Tok, nxt: Tok | None) -> str | None:
    """The place a point of the compass and the adjective after it name ("North Korean": North Korea)."""
    if nxt is None or t.fold not in _COMPASS or nxt.lemma not in index.adjective_of:
        return None
    for form, name in sorted(index.by_form.items(), key=lambda fn: fn[1]):
        if len(form) == 2 and t.fold in form and index.kind(name) != "person" and any(
                adjective_matches(nxt.lemma, p) for p in form - {t.fold}):
            return name
    return None

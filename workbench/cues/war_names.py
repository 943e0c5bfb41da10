"""Whether a name that plays a war down ("Krise", "Konflikt", "Unfall") is highlighted (``minimising_needs_a_war``).

"Krise" and "Konflikt" minimise only where there is a war to play down: in the
report itself, or, for one named by a place ("die Ukraine-Krise"), in another
report of the comparison. "Unfall" minimises only where some report calls the
event an attack.
"""

from __future__ import annotations

from workbench.core.models import Cue
from workbench.cues.entities import EntityIndex
from workbench.cues.event_names import ATTACK_WORDS
from workbench.cues.matcher import CLOSED_MINIMISING
from workbench.cues.textview import NAME_TAGS, DocView, Tok

_PEACETIME_WORDS = {"krise", "konflikt", "crisis", "conflict", "tensions"}
_ACCIDENT_WORDS = {"unfall", "vorfall", "accident"}
_WAR_WORDS = {"krieg", "angriff", "invasion", "armee", "truppe", "front", "soldat", "militär", "offensive", "war",
              "army", "troops", "soldier", "military", "attack"}


def minimising_needs_a_war(cues: list[Cue], views: dict[str, DocView], index: EntityIndex) -> None:
    """"Krise" and "Konflikt" minimise only when the text is about a war or an attack; in a report on a government
    crisis or a vote ("Europa aus der Krise führen") they are plain words and stay unhighlighted; one named by a
    place ("die Ukraine-Krise") minimises also where only another report of the comparison tells of the war. "Unfall" and
    "Vorfall" minimise only where some report of the comparison calls the event an attack."""
    at_war: dict[str, bool] = {}
    any_war: bool | None = None  # some outlet tells of a war
    attacked: bool | None = None  # some outlet calls the event an attack
    for c in cues:
        if c.category != "event_label" or c.cls != "minimising" or not c.shown:
            continue
        word = c.text.casefold().rsplit("-", 1)[-1]
        toks = views[c.span.doc].toks_between(c.span.start, c.span.end)
        closed = _closed_head(toks[0].lemma) if len(toks) == 1 and "-" not in toks[0].lemma else None
        if closed:  # "Ukrainekonflikt": a crisis or conflict only when a place names it ("Finanzkrise" is none)
            if not _place_prefix(views[c.span.doc], toks[0].lemma[:-len(closed)], index):
                c.shown = False
                continue
            word = closed
        if word in _ACCIDENT_WORDS:
            # "Unfall" plays a deliberate act down only where other reports call it an attack; of a plane crash
            # it is the plain word
            if attacked is None:
                attacked = any(t.lemma.rsplit("-", 1)[-1] in ATTACK_WORDS for v in views.values() for t in v.toks)
            c.shown = attacked
            continue
        if word not in _PEACETIME_WORDS:
            continue
        if c.span.doc not in at_war:
            at_war[c.span.doc] = any(t.lemma.rsplit("-", 1)[-1] in _WAR_WORDS for t in views[c.span.doc].toks)
        if at_war[c.span.doc]:
            continue
        if any_war is None:
            any_war = any(at_war.setdefault(d, any(t.lemma.rsplit("-", 1)[-1] in _WAR_WORDS for t in v.toks))
                          for d, v in views.items())
        if not (any_war and _named_by_a_place(views[c.span.doc], c, index)):
            c.shown = False


def _closed_head(word: str) -> str | None:
    """The head of a closed compound of a crisis or conflict ("ukrainekonflikt" -> "konflikt")."""
    return next((h for h in CLOSED_MINIMISING if word.endswith(h) and len(word) >= len(h) + 4), None)


def _place_prefix(v: DocView, prefix: str, index: EntityIndex) -> bool:
    """``prefix`` (case-folded, a linking "s" allowed) is a country of the comparison or a place the text is
    "in": "ukraine" of "Ukrainekonflikt", "nahost" of "Nahostkonflikt"."""
    forms = {prefix, prefix[:-1]} if prefix.endswith("s") else {prefix}
    if any(index.kind(name) == "country" and name.casefold() in forms for name in index.entities):
        return True
    return bool(forms & _places_in(v))


_PLACE_LINKS = {"in", "um", "mit", "zwischen", "with", "between", "over"}
_LOCATIVES = {"in", "im", "nach", "aus", "to", "from"}
_ARTICLES = {"der", "die", "dem", "den", "the"}


def _name_like(v: DocView, t: Tok) -> bool:
    return t.tag_is(*NAME_TAGS) if v.tagged else t.surface[:1].isupper()


def _places_in(v: DocView) -> set[str]:
    """Names the text uses as places: right after "in", "nach", "aus" (an article between: "in der Ukraine")."""
    out = set()
    for k, t in enumerate(v.toks[:-1]):
        if t.fold in _LOCATIVES:
            n = v.toks[k + 1]
            if n.fold in _ARTICLES and k + 2 < len(v.toks):
                n = v.toks[k + 2]
            if _name_like(v, n):
                out.add(n.fold)
    return out


def _named_by_a_place(v: DocView, c: Cue, index: EntityIndex) -> bool:
    """A crisis or conflict named by a place ("Ukraine-Krise", "Nahost-Konflikt", "die Krise in der Ukraine",
    "the Ukraine-Russia conflict", "its conflict with Russia") is a war's or a standoff's, not a government's:
    where the comparison tells of a war, it minimises also in a report that does not."""
    places: set[str] | None = None

    def place(t: Tok, surface: str) -> bool:  # a country or a place the text is "in" (not "der Konflikt mit
        # Lindner", a quarrel, nor the "Fentanyl-Krise")
        nonlocal places
        if not _name_like(v, t) or index.kind(index.entity_at(v.doc, t.i)) == "person":
            return False
        if index.kind(index.entity_at(v.doc, t.i)) == "country":
            return True
        if places is None:
            places = _places_in(v)
        return any(part.casefold() in places for part in surface.split("-"))

    toks = v.toks_between(c.span.start, c.span.end)
    if not toks:
        return False
    if "-" in toks[0].surface:  # "Ukraine-Krise"
        first = toks[0].surface.rsplit("-", 1)[0]
        return first[:1].isupper() and any(t.surface == first and place(t, first) for t in v.toks)
    before = v.toks[toks[0].i - 1] if toks[0].i else None
    if before is not None and before.sent == toks[0].sent and place(before, before.surface):
        return True  # "im Ukraine Konflikt", "the Ukraine-Russia conflict"
    after = v.toks[toks[-1].i + 1:toks[-1].i + 4]
    if not after or after[0].fold not in _PLACE_LINKS:
        return False
    rest = after[1:]
    if rest and rest[0].fold in _ARTICLES:
        rest = rest[1:]
    return bool(rest) and place(rest[0], rest[0].surface)

"""Whether a name that plays a war down ("Krise", "Konflikt", "Unfall") is highlighted (``minimising_needs_a_war``).

"Krise" and "Konflikt" minimise only where there is a war to play down: one
named by a place ("die Ukraine-Krise", "tensions with China") where some report
of the comparison names a war at that place, one named by no place where the
report itself tells of a war, and never one of another domain ("the opioid
overdose crisis", "trade tensions"). "Unfall" minimises only where some report
calls the event an attack.
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
    """"Krise" and "Konflikt" minimise only where they name a war: one named by a place ("die Ukraine-Krise", "the
    crisis over Ukraine") where some report of the comparison names a war at that place, also where this report
    names none ("tensions with China", "the conflict in the Pacific" are no war's names); one named by no place only
    in a text about a war ("Europa aus der Krise führen" in a report on a vote is a plain word); never one of another
    domain ("the opioid overdose crisis", "trade tensions"). "Unfall" and "Vorfall" minimise only where some report
    of the comparison calls the event an attack."""
    at_war: dict[str, bool] = {}
    war_at: dict[str, bool] = {}  # place -> some outlet names a war there
    attacked: bool | None = None  # some outlet calls the event an attack
    for c in cues:
        if c.category != "event_label" or c.cls != "minimising" or not c.shown:
            continue
        v = views[c.span.doc]
        word = c.text.casefold().rsplit("-", 1)[-1]
        closed = _closed(v, c)
        place = _place_of(v, c, index) if closed else None
        if closed:  # "Ukrainekonflikt": a crisis or conflict only when a place names it ("Finanzkrise" is none)
            if place is None:
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
        if _of_another_domain(v, c):
            c.shown = False  # "the opioid overdose crisis", "economic and security tensions": no war's name
            continue
        if place is None:
            place = _place_of(v, c, index)
        if place is not None:
            if place not in war_at:
                war_at[place] = _war_named_at(views, _stems(place))
            if not war_at[place]:
                c.shown = False  # "tensions with China", "conflict in the Pacific": no war is told of there
            continue
        if c.span.doc not in at_war:
            at_war[c.span.doc] = any(t.lemma.rsplit("-", 1)[-1] in _WAR_WORDS for t in v.toks)
        if at_war[c.span.doc]:
            continue
        c.shown = False  # a report of no war, and no place named


# words before a crisis, conflict or tensions that make them another domain's ("the opioid overdose crisis", "trade
# tensions"), not a name of the war
_OTHER_DOMAINS = {"economic", "financial", "opioid", "overdose", "drug", "nuclear", "debt", "energy", "refugee",
                  "migrant", "health", "trade", "budget", "wirtschaftliche", "wirtschaftlichen", "finanzielle",
                  "finanziellen", "atomare", "atomaren"}  # not "political": a government's crisis may be the event


def _of_another_domain(v: DocView, c: Cue) -> bool:
    """A word of ``_OTHER_DOMAINS`` stands right before the cue, or before a word joined to it ("economic and
    security tensions")."""
    toks = v.toks_between(c.span.start, c.span.end)
    k = toks[0].i - 1 if toks else -1
    if k >= 2 and v.toks[k - 1].fold in ("and", "und", ","):
        k -= 2
    return k >= 0 and v.toks[k].fold in _OTHER_DOMAINS


_WAR_NAMES = ("krieg", "invasion", "war", "angriffskrieg", "eroberungskrieg", "vernichtungskrieg")
_WAR_REACH = 5  # a war word this many words from the place's name names a war there ("Krieg in der Ukraine")


def _stems(place: str) -> set[str]:
    """The parts of a place's name cut to five letters, so its adjective finds it ("ukrainian": "ukraine")."""
    return {p[:5] for p in place.split("-") if p}


def _war_named_at(views: dict[str, DocView], parts: set[str]) -> bool:
    """Some report of the comparison names a war at the place: "Krieg in der Ukraine", "Russia's war in Ukraine",
    "den Ukraine-Krieg", "der Ukrainekrieg"; a "Nordkorea-Konflikt" beside the Korean War of 1950 is no such war."""
    for v in views.values():
        toks = v.toks
        for k, t in enumerate(toks):
            lemma = t.lemma
            named = lemma.rsplit("-", 1)[-1] in _WAR_NAMES  # "Krieg", "Ukraine-Krieg", not "Koreakrieg"
            if not (named or lemma.endswith("krieg")):
                continue
            if any(lemma.startswith(p) or p in lemma.split("-") for p in parts):
                return True  # "Ukraine-Krieg", "Ukrainekrieg"
            if not named:
                continue  # another war's compound ("Koreakrieg")
            near = toks[max(0, k - _WAR_REACH):k + _WAR_REACH + 1]
            if any(u.sent == t.sent and any(x.startswith(p) for x in u.fold.split("-") for p in parts) for u in near):
                return True
    return False


def _closed_head(word: str) -> str | None:
    """The head of a closed compound of a crisis or conflict ("ukrainekonflikt" -> "konflikt")."""
    return next((h for h in CLOSED_MINIMISING if word.endswith(h) and len(word) >= len(h) + 4), None)


def _closed(v: DocView, c: Cue) -> str | None:
    """The head of the cue when it is one closed compound of a crisis or conflict ("Ukrainekonflikt")."""
    toks = v.toks_between(c.span.start, c.span.end)
    return _closed_head(toks[0].lemma) if len(toks) == 1 and "-" not in toks[0].lemma else None


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


def _place_of(v: DocView, c: Cue, index: EntityIndex) -> str | None:
    """The place (case-folded) a crisis or conflict is named by ("Ukraine-Krise", "Nahost-Konflikt", "die Krise in
    der Ukraine", "the Ukraine-Russia conflict", "its conflict with Russia"): a war's or a standoff's, not a
    government's; for a closed compound ("Ukrainekonflikt") its first part. None when no place names it."""
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
        return None
    closed = _closed(v, c)
    if closed:
        prefix = toks[0].lemma[:-len(closed)]
        if not _place_prefix(v, prefix, index):
            return None
        return prefix.rstrip("s")  # a linking "s" is no part of the place ("nahost", "russland")
    if "-" in toks[0].surface:  # "Ukraine-Krise"
        first = toks[0].surface.rsplit("-", 1)[0]
        named = first[:1].isupper() and any(t.surface == first and place(t, first) for t in v.toks)
        return first.casefold() if named else None
    before = v.toks[toks[0].i - 1] if toks[0].i else None
    if before is not None and before.sent == toks[0].sent and place(before, before.surface):
        return before.fold  # "im Ukraine Konflikt", "the Ukraine-Russia conflict"
    after = v.toks[toks[-1].i + 1:toks[-1].i + 4]
    if not after or after[0].fold not in _PLACE_LINKS:
        return None
    rest = after[1:]
    if rest and rest[0].fold in _ARTICLES:
        rest = rest[1:]
    return rest[0].fold if rest and place(rest[0], rest[0].surface) else None

"""The sentences and quotations the quote-variant finder compares (``Unit``), and the word-level tests on them.

A content word is no punctuation, stop word or function word; the clause around some words ends at clause
punctuation or a quotation mark; a quotation is extended by matched words just outside its marks; a word of degree
alone is no evidence of one statement; a word is changed "in place" when the other rendering has another word
beside the one they share.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from workbench.cues.textview import DocView, Tok, folded

FUNCTION_TAGS = ("ART", "APPR", "APPRART", "KON", "KOUS", "KOUI", "PTK", "PPER", "PRF", "PPOSAT", "PDS", "PDAT",
                 "PIS", "PIAT", "PRELS", "PRELAT", "PWS", "PWAV", "VA", "VM", "$", "DET", "ADP", "CCONJ", "SCONJ",
                 "PRON", "AUX", "PART", "PUNCT")
NAME_NUMBER = ("NE", "CARD", "PROPN", "NUM")
# words of degree: two quotations sharing only one ("das komplette Vertrauen" / "komplett einvernehmlich
# agieren") render no common statement
DEGREE = folded({"komplett", "völlig", "vollkommen", "total", "absolut", "ganz", "sehr", "voll", "gänzlich", "äußerst",
                 "extrem", "höchst", "very", "completely", "totally", "absolutely", "fully", "entirely", "extremely",
                 "highly", "really", "quite"})
CLAUSE_PUNCT = set(",;:.!?–—()")
QUOTE_MARKS = set("„“”\"«»‚‘’‹›")  # every quotation mark, single and double
# the first noun of an organisation's name: a quotation opening with one and holding no verb is a name in quotation
# marks ("Kommission für Menschenrechte und Versöhnung"), no statement anyone made
ORGANISATION_NOUNS = folded({"kommission", "partei", "komitee", "rat", "bewegung", "allianz", "front", "organisation",
                             "stiftung", "institut", "agentur", "verband", "vereinigung", "liga", "gesellschaft",
                             "ministerium", "commission", "party", "committee", "council", "movement", "alliance",
                             "organization", "foundation", "institute", "agency", "association", "league",
                             "ministry"})


def content(t: Tok) -> bool:
    """A content word: no punctuation, stop word or function word (remembered on the token)."""
    c = t.memo_content
    if c is None:  # English clitics ("’s", "n't") are no content words in untagged text
        c = t.memo_content = not t.is_punct and not t.is_stop and len(t.lemma) >= 2 \
            and not t.tag_is(*FUNCTION_TAGS) and t.fold[:1] not in ("'", "’")
    return c


@dataclass
class Unit:
    view: DocView
    sent: int
    toks: list[Tok]  # without punctuation
    all_toks: list[Tok]  # with punctuation
    regions: list[list[Tok]]  # quotations inside this sentence (token lists without punctuation)
    _breaks: list[int] | None = field(default=None, repr=False, compare=False)
    _position: dict[int, int] | None = field(default=None, repr=False, compare=False)

    def breaks(self) -> list[int]:
        """Token indices of the clause punctuation (not quotation marks) in this sentence, ascending."""
        if self._breaks is None:
            self._breaks = [t.i for t in self.all_toks if t.is_punct and t.surface in CLAUSE_PUNCT]
        return self._breaks

    def position(self, tok: Tok) -> int:
        """Where ``tok`` stands in ``toks``."""
        if self._position is None:
            self._position = {t.i: k for k, t in enumerate(self.toks)}
        return self._position[tok.i]




def sentence_units(views: list[DocView]) -> list[Unit]:
    out = []
    for v in views:
        for s in v.sentences:
            if s.kind == "boilerplate" or not s.toks:
                continue
            toks = [t for t in s.toks if not t.is_punct]
            regions: list[list[Tok]] = []
            for q0, q1 in v.quotes:
                region = [t for t in toks if q0 <= t.start and t.end <= q1]
                if region:
                    regions.append(region)
            out.append(Unit(v, s.index, toks, s.toks, regions))
    return out


def in_place(missing: Tok, shared: Tok, where: Tok, other: list[Tok]) -> bool:
    """``missing`` stands right next to ``shared`` (no punctuation between), and ``other`` has a content word at
    that place next to ``where``, the counterpart of ``shared`` (not a name: "China-Russia relationship" does not
    put "Russia" where "strategic partnership" has "strategic")."""
    step = missing.i - shared.i
    return abs(step) == 1 and any(t.i == where.i + step and content(t) and not t.tag_is(*NAME_NUMBER)
                                  and (missing.capitalised or not t.capitalised) for t in other)


def degree_only(toks: list[Tok], matched: set[int]) -> bool:
    """The matched words of ``toks`` are words of degree only (``DEGREE``): no evidence of one statement."""
    return all(t.lemma in DEGREE for t in toks if t.i in matched)


def clause_around(unit: Unit, toks: list[Tok]) -> list[Tok]:
    """The clause(s) of ``unit`` around ``toks``: out to the nearest clause punctuation or quotation mark."""
    allt = unit.all_toks
    first = next(k for k, t in enumerate(allt) if t.i == toks[0].i)
    last = next(k for k, t in enumerate(allt) if t.i == toks[-1].i)
    while first > 0 and not (allt[first - 1].is_punct and (allt[first - 1].surface in CLAUSE_PUNCT
                                                          or allt[first - 1].surface in "„“”\"«»")):
        first -= 1
    while last < len(allt) - 1 and not (allt[last + 1].is_punct and (allt[last + 1].surface in CLAUSE_PUNCT
                                                                    or allt[last + 1].surface in "„“”\"«»")):
        last += 1
    return [t for t in allt[first:last + 1] if not t.is_punct]


def extend(unit: Unit, region: list[Tok], matched: set[int]) -> list[Tok]:
    """A quotation plus matched words just outside it in the same clause ("Russland habe sich „…“ erhoben")."""
    toks = unit.toks
    lo = unit.position(region[0])
    hi = unit.position(region[-1])
    breaks = unit.breaks()

    def boundary(a: Tok, b: Tok) -> bool:  # clause punctuation (other than quotation marks) between a and b
        k = bisect_right(breaks, a.i)
        return k < len(breaks) and breaks[k] < b.i

    k = lo - 1
    while k >= 0 and lo - k <= 3 and not boundary(toks[k], toks[lo]):
        if toks[k].i in matched:
            lo = k
        k -= 1
    k = hi + 1
    while k < len(toks) and k - hi <= 3 and not boundary(toks[hi], toks[k]):
        if toks[k].i in matched:
            hi = k
        k += 1
    return toks[lo:hi + 1]


def organisation_name(toks: list[Tok]) -> bool:
    """A quotation that names an organisation: its first word is an organisation's noun ("Kommission für
    Menschenrechte und Versöhnung", "Committee for Human Rights") and no word of it is a verb."""
    words = [t for t in toks if not t.is_punct and t.surface not in QUOTE_MARKS]
    return bool(words) and words[0].lemma in ORGANISATION_NOUNS and words[0].surface[:1].isupper() \
        and not any(t.pos.startswith(("V", "AUX")) for t in words)

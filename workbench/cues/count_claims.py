"""Counts told differently across the comparison: how many were killed, injured, missing or on board, how
many gathered, how long the talks lasted, how many years since the last time, how many voted for or against
(``vote_counts``).

The counts of a disaster or an attack are the facts readers check first, and the reports differ on them:
"mindestens 60 Personen verletzt" in one, "mehr als 70 sind verletzt" in another, "bis zu 80 Personen" in a
third; "at least 30 people were killed" early on, "the death toll was more than 240" later. They are often in
passages the alignment keeps apart (the toll opens one report and closes another), so they are compared over
the whole comparison, by what is counted, not only inside a row (``factual.py`` does that for other numbers).

A count claim is a number with what it counts:

- a noun that names the victims ("zwei Tote", "60 Verletzte", "15 Schwerstverletzte", "265 bodies"),
- a plain noun for people ("Menschen", "Personen", "people") or none ("mehr als 70 sind verletzt") followed in its
  clause by the predicate ("… wurden getötet", "… were killed", "… on board"),
- or a number after the name of the toll in its clause ("die Zahl der Toten ist auf fünf gestiegen", "the death
  toll was more than 240").

A crowd is counted too ("jubelten zehntausende Katholiken", "vor mehr als 100.000 Gläubigen", "Thousands of
people gathered"): a crowd noun with a crowd's verb or a preposition before the number. A vague figure
("Zehntausende", "several hundred") allows the figures of its size ("Zehntausende" and "40.000" agree, "Zehntausende"
and "mehr als 100.000" do not).

How long the meeting or the talks lasted, and the press appearance after them, is compared in minutes ("rund fünf
Stunden" against "etwa zwei Stunden", "2 Stunden und 45 Minuten" against "etwa dreistündig", "eine knappe
Dreiviertelstunde" against "41 Minuten"), how long the handshake lasted in seconds; ``durations`` reads the lengths.

A number of years after "the first time in" / "zum ersten Mal seit" ("the first time in 44 years", "erstmals
seit 45 Jahren") is a claim of its own: how long ago it last happened. So is the day the meeting took place
(``event_days``: "am Dienstag" in one report, "Freitagvormittag" in another), where the meeting is the event.

Counts of others are no claim ("205 weitere verletzt", "another 20 were injured", "Besides the passengers …, at
least 24 people"), nor a part of a count ("15 von ihnen schwer", "241 of the 242"). A range ("zwischen 60 und
80 Personen") claims both ends. Two documents disagree when each gives a value for one count that the other
never gives (nor one it allows); an outlet that tells two values (an old toll and a new one) disputes neither.
Numbers that say what they count are compared here only, not again by their place in a row (``factual``). When most outlets
agree (at least three, twice as many as any rival value), only the others are flagged, with the majority's
wording as counterparts, as for named details in ``factual.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from workbench.core.models import Cue, Span
from workbench.cues.factual import variant_cue
from workbench.cues.quantities import (digit_groups, NUMBER_LINKS, QUANTITY_QUALIFIERS, VAGUE_QUANTITY, counts_others,
                                       detail_extent, earlier_time, may_be_number, number_value)
from workbench.cues.durations import (SEVERAL_HOURS, SEVERAL_WORDS, adjective_duration, clause_tokens, clock_range,
                                      duration, fraction_duration, fractional_hours, minutes, precision_mark)
from workbench.cues.event_days import day_claim, meeting_is_the_event
from workbench.cues.textview import DocView, Tok
from workbench.cues.visit_lengths import KEY as VISIT, may_open_visit_length, visit_length
from workbench.cues.vote_counts import vote_claim

# what is counted, by lemma: nouns that name the counted people themselves
_VICTIM_NOUNS = {
    "tote": "dead", "toter": "dead", "todesopfer": "dead", "leiche": "dead", "dead": "dead", "death": "dead",
    "fatality": "dead", "body": "dead",
    "verletzte": "injured", "verletzter": "injured", "verwundete": "injured", "verwundeter": "injured",
    "injury": "injured",
    "schwerverletzte": "severely injured", "schwerverletzter": "severely injured",
    "schwerstverletzte": "severely injured", "schwerstverletzter": "severely injured",
    "vermisste": "missing", "vermisster": "missing",
}
# predicates that say what happened to the people counted
_PREDICATES = {
    "de": {"töten": "dead", "sterben": "dead", "umkommen": "dead", "tot": "dead", "verletzen": "injured",
           "verwunden": "injured", "vermissen": "missing"},
    "en": {"kill": "dead", "die": "dead", "dead": "dead", "injure": "injured", "wound": "injured",
           "hurt": "injured", "missing": "missing", "onboard": "on board", "aboard": "on board"},
}
_SEVERE = {"schwer", "schwerst", "lebensgefährlich", "seriously", "critically", "severely", "gravely"}
_ON_BOARD = {("an", "bord"), ("on", "board")}
# plain nouns for people: the predicate says what is counted
_PEOPLE = {"mensch", "person", "leute", "people", "persons", "besucher", "passagier", "passenger", "civilian", "zivilist",
           "individual", "victim", "opfer", "insasse", "occupant"}
# the toll named before its number ("die Zahl der Toten … auf fünf", "the death toll was 240", "a toll of 294")
_TOLL_NOUNS = {"toll": "dead", "opferzahl": "dead", "todeszahl": "dead", "totenzahl": "dead"}
_OTHERS = {"weitere", "weiteren", "weiterer", "andere", "anderen", "another", "other", "more", "additional",
           "further"}
_PART_OF = {("von", "ihnen"), ("of", "them"), ("of", "whom"), ("of", "the"), ("von", "den"), ("davon",)}
_AUXILIARIES = {"sein", "werden", "haben", "be", "have", "get"}
_RANGE_LINKS = {"und", "bis", "and", "to", "or", "oder", "-", "–"}
_WINDOW = 8  # words after the counted noun in which its predicate may stand
# soldiers counted where they are stationed or whither they are sent ("where it has 28,500 troops stationed", "more
# than 27,000 US service members stationed", "Nordkorea hat 10.000 Soldaten nach Russland geschickt"): the two are
# separate counts, and a count of soldiers with neither (the fallen, those at a parade) is no claim
_TROOP_NOUNS = {"soldat", "soldier", "troop", "truppe", "serviceman", "servicemen", "service", "mann"}
_TROOP_VERBS = {"station": "troops stationed", "stationed": "troops stationed", "base": "troops stationed",
                "based": "troops stationed", "stationieren": "troops stationed", "stationiert": "troops stationed",
                "send": "troops sent", "sent": "troops sent", "deploy": "troops sent", "deployed": "troops sent",
                "dispatch": "troops sent", "dispatched": "troops sent", "entsenden": "troops sent",
                "schicken": "troops sent", "verlegen": "troops sent",
                # massed at a place: "hat … 100.000 Soldaten an der Grenze zusammengezogen", "the buildup of an
                # estimated 130,000 troops along its border", "the gathering of between 100,000 and 130,000 troops"
                "zusammenziehen": "troops stationed", "zusammengezogen": "troops stationed",
                "aufmarschieren": "troops stationed", "mass": "troops stationed", "massed": "troops stationed",
                "amass": "troops stationed", "amassed": "troops stationed", "buildup": "troops stationed",
                "build-up": "troops stationed", "gathering": "troops stationed"}
_COUNTERPARTS = 30
# lengths compared with how precisely they are told, "knapp" / "gut" (``durations.precision_mark``)
_TOLD_PRECISELY = ("duration of the meeting", "duration of the press appearance")


@dataclass(frozen=True)
class Claim:
    view: DocView
    key: str  # what is counted: "dead", "injured", "severely injured", "missing", "on board", "crowd",
    # "first time in years", "duration of the meeting" (in minutes), "votes against, round 1" (``vote_counts``)
    value: str
    tok: Tok
    last: Tok  # the claim's word farthest from the number: its noun or predicate, or the toll's name before it


def _predicate(v: DocView, after: int) -> tuple[str, Tok] | None:
    """What the clause from token ``after`` on says happened to the counted people ("wurden getötet"), with
    the word that says it. Being killed or hurt outweighs being on board ("241 people onboard a flight …
    have been killed")."""
    predicates = _PREDICATES.get(v.language[:2], {})
    severe = False
    prev = ""
    aboard: tuple[str, Tok] | None = None
    for t in clause_tokens(v, after, after + _WINDOW, 1):
        if number_value(t, v.language) and t.surface[:1].isdigit():
            break  # the next count's predicate ("230 passengers and 12 crew on board")
        if t.fold in _SEVERE:
            severe = True
        key = predicates.get(t.lemma) or predicates.get(t.fold)
        if (prev, t.lemma) in _ON_BOARD or (prev, t.fold) in _ON_BOARD or key == "on board":
            aboard = aboard or ("on board", t)
        elif key:
            return ("severely injured" if severe and key == "injured" else key), t
        elif prev == "ums" and t.lemma == "leben":
            return "dead", t
        prev = t.lemma
    return aboard


def _toll_before(v: DocView, t: Tok) -> tuple[str, Tok] | None:
    """The toll named before the number in its clause, with its first word: "die Zahl der Toten ist auf fünf",
    "the death toll was more than 240", "a previous toll of 294"."""
    for w in clause_tokens(v, t.i - 1, t.i - 8, -1):
        if number_value(w, v.language):
            return None  # another number's toll ("a toll of 294 and 12 …")
        if w.lemma in _TOLL_NOUNS:
            before = v.toks[w.i - 1] if w.i > 0 else w
            return _TOLL_NOUNS[w.lemma], before if before.lemma == "death" else w
        if w.lemma in _VICTIM_NOUNS and w.i > 1 and v.toks[w.i - 2].lemma in ("zahl", "number"):
            return _VICTIM_NOUNS[w.lemma], v.toks[w.i - 2]
    return None


def _others(v: DocView, t: Tok, nxt: Tok | None) -> bool:
    before = v.toks[t.i - 1].fold if t.i > 0 else ""
    return before in _OTHERS or (nxt is not None and nxt.fold in _OTHERS) or counts_others(v, t)


def _part_of(v: DocView, t: Tok) -> bool:
    following = tuple(x.fold for x in v.toks[t.i + 1:t.i + 3])
    return any(following[:len(p)] == p for p in _PART_OF)


def _troops(v: DocView, t: Tok) -> tuple[str, Tok] | None:
    """The number counts soldiers stationed or sent (see ``_TROOP_VERBS``), past a nationality before the noun
    ("28,500 US troops", "27,000 U.S. service members")."""
    toks = v.toks
    j = t.i + 1
    while j < len(toks) and j - t.i <= 2 and toks[j].sent == t.sent and (toks[j].capitalised or toks[j].tag_is("ADJA")) \
            and toks[j].lemma.rsplit("-", 1)[-1] not in _TROOP_NOUNS:  # "28,500 US troops", "100.000 russische Soldaten"
        j += 1
    if j >= len(toks) or toks[j].sent != t.sent:
        return None
    noun = toks[j]
    head = noun.lemma.rsplit("-", 1)[-1]
    if head not in _TROOP_NOUNS and noun.fold not in _TROOP_NOUNS:
        return None
    if head == "service":
        if not (j + 1 < len(toks) and toks[j + 1].lemma in ("member", "members")):
            return None
        noun = toks[j + 1]  # "service members"
    for w in [*clause_tokens(v, noun.i + 1, noun.i + 8, 1), *clause_tokens(v, t.i - 1, t.i - 6, -1)]:
        key = _TROOP_VERBS.get(w.lemma) or _TROOP_VERBS.get(w.fold)
        if key is not None:
            return key, noun
    return None


def _verb_before(v: DocView, t: Tok, noun: Tok) -> tuple[str, Tok] | None:
    """What happened to the people counted, told by a verb before the number in its clause: "killing at least 38
    people", "tötete mindestens 38 Menschen"."""
    predicates = _PREDICATES.get(v.language[:2], {})
    for w in clause_tokens(v, t.i - 1, t.i - 5, -1):
        if w.fold in QUANTITY_QUALIFIERS:
            continue
        found = predicates.get(w.lemma) or predicates.get(w.fold)
        return (found, noun) if found in ("dead", "injured") else None
    return None


def _key(v: DocView, t: Tok, nxt: Tok | None) -> tuple[str, Tok] | None:
    """What the number ``t`` counts and the claim's last word, or None when it counts none of the tolls."""
    if _others(v, t, nxt) or _part_of(v, t):
        return None
    troops = _troops(v, t)
    if troops is not None:
        return troops
    toks = v.toks
    j = t.i + 1
    if nxt is not None and nxt.fold in NUMBER_LINKS:
        j += 1  # "Dutzende von Verletzten"
    while j < len(toks) and toks[j].sent == t.sent and toks[j].tag_is("ADJA") and j - t.i <= 3:
        j += 1  # "60 zum Teil schwer verletzte Menschen": the noun after its adjectives
    noun = toks[j] if j < len(toks) and toks[j].sent == t.sent else None
    if noun is None or not noun.surface[:1].isalpha():
        return _toll_before(v, t)  # "the death toll was more than 240."
    head = noun.lemma.rsplit("-", 1)[-1]  # "Weihnachtsmarkt-Besucher"
    if head in _VICTIM_NOUNS:
        return _VICTIM_NOUNS[head], noun
    if head in _PEOPLE or noun.fold in _PEOPLE:
        return _predicate(v, j + 1) or _verb_before(v, t, noun) or _crowd(v, t, noun)
    crowd = _crowd(v, t, noun)
    if crowd is not None:
        return crowd
    predicates = _PREDICATES.get(v.language[:2], {})
    if noun.lemma in _AUXILIARIES or noun.lemma in predicates or noun.fold in predicates \
            or (noun.fold, toks[j + 1].fold if j + 1 < len(toks) else "") in _ON_BOARD:
        return _predicate(v, j)  # "mehr als 70 sind verletzt", "240 onboard", "242 on board"
    if noun.tag_is("V"):
        return _toll_before(v, t)  # "die Zahl der Toten ist auf fünf gestiegen"
    return None


# a crowd: who gathered, and what crowds do ("Zehntausende jubelten", "thousands of people gathered")
_CROWD_NOUNS = {"mensch", "person", "leute", "gläubige", "gläubiger", "pilger", "zuschauer", "demonstrant",
                "teilnehmer", "besucher", "katholik", "anhänger", "schaulustige", "people", "persons", "protester",
                "demonstrator", "spectator", "worshipper", "pilgrim", "supporter", "onlooker", "mourner",
                "participant", "faithful"}
_CROWD_PREDICATES = {
    "de": {"versammeln", "jubeln", "feiern", "demonstrieren", "protestieren", "strömen", "warten", "ausharren",
           "säumen", "applaudieren", "zusammenkommen", "teilnehmen", "verfolgen", "jubelnd", "versammelt",
           "begrüssen", "beten", "gebetet", "winken", "trauern"},  # "begrüßten Hunderttausende Menschen …" (lemmas fold ß)
    "en": {"gather", "rally", "protest", "demonstrate", "cheer", "celebrate", "attend", "watch", "wait", "flock",
           "throng", "line", "march", "assemble", "chant", "cheering", "gathered", "greet", "welcome", "pray",
           "wave", "mourn"},
}
_CROWD_PREPOSITIONS = {"vor", "zu", "für", "before", "to"}  # "sprach zu den Hunderttausenden", "vor 100.000"


def _crowd(v: DocView, t: Tok, noun: Tok) -> tuple[str, Tok] | None:
    """The number counts a crowd: a crowd noun, and a crowd's verb in its clause ("jubelten zehntausende
    Katholiken", "Thousands of people gathered") or a preposition before it ("vor mehr als 100.000 Gläubigen")."""
    head = noun.lemma.rsplit("-", 1)[-1]
    if head not in _CROWD_NOUNS and noun.fold not in _CROWD_NOUNS:
        return None
    verbs = _CROWD_PREDICATES.get(v.language[:2], set())
    after = list(clause_tokens(v, noun.i + 1, noun.i + 7, 1))
    before = list(clause_tokens(v, t.i - 1, t.i - 7, -1))
    if any(w.lemma in verbs or w.fold in verbs for w in after + before):
        return "crowd", noun
    for w in before[:4]:  # past qualifiers and articles: "zu den", "vor mehr als", "zu mehreren"
        if w.fold in _CROWD_PREPOSITIONS or (w.fold == "of" and w.i > 1 and v.toks[w.i - 1].fold == "front"):
            return "crowd", noun
    return None


_FIRST = {"first", "erstmals", "ersten", "erste", "erster"}


def _first_in_years(v: DocView, t: Tok, nxt: Tok | None) -> tuple[str, Tok] | None:
    """"the first time in 44 years", "zum ersten Mal seit 45 Jahren": how long since it last happened."""
    if nxt is None or nxt.lemma not in ("year", "jahr") or t.i == 0:
        return None
    before = v.toks[t.i - 1]
    if before.fold not in ("in", "seit") or before.sent != t.sent:
        return None
    if any(w.fold in _FIRST for w in v.toks[max(0, t.i - 7):t.i - 1] if w.sent == t.sent):
        return "first time in years", nxt
    return None


_ONE = {"eine", "einer", "einen", "ein", "one", "an", "a"}  # one hour: "eine Stunde", "an hour"


def _length_claim(v: DocView, t: Tok, value: str, unit: Tok, minutes_of_hours: set[int]) -> Claim | None:
    """The length of the talks the number ``t`` (of ``value``) and its ``unit`` give, if they give one; the number of
    minutes after its hours ("2 Stunden und 45 Minuten") goes into ``minutes_of_hours`` (it is told with them)."""
    lasted = duration(v, t, unit)
    if lasted is None:
        return None
    if lasted[1] is not unit:
        minutes_of_hours.add(lasted[1].i - 1)
    return Claim(v, lasted[0], minutes(v, value, unit), t, lasted[1])


def claims(v: DocView) -> list[Claim]:
    """The document's count claims, in text order (a range's first end before its second)."""
    out: list[Claim] = []
    toks = v.toks
    minutes_of_hours: set[int] = set()
    grouped: set[int] = set()  # the later groups of numbers written in groups of three ("100 000")
    opened: dict[int, Tok] = {}  # a grouped number's last token -> its first
    for t in toks:
        if t.kind == "boilerplate":
            continue
        day = day_claim(v, t)
        if day is not None:
            out.append(Claim(v, day[0], day[1], t, t))
            continue
        if (t.fold in ("paar", "few") and t.i > 0 and toks[t.i - 1].fold in ("ein", "a")) or t.fold in SEVERAL_WORDS:
            nxt = toks[t.i + 1] if t.i + 1 < len(toks) and toks[t.i + 1].sent == t.sent else None
            lasted = duration(v, t, nxt)  # "nach nur ein paar Minuten": a few, up to nine
            unit = nxt.lemma.rstrip("s") if nxt is not None else ""
            if lasted is not None and unit == "minute" and t.fold in ("paar", "few"):
                out.append(Claim(v, lasted[0], "1s", t, lasted[1]))
            elif lasted is not None and unit in ("stunde", "hour"):  # "mehrere Stunden lang", "several hours of talks"
                out.append(Claim(v, lasted[0], SEVERAL_HOURS, t, lasted[1]))
            continue
        if may_open_visit_length(v, t):
            visit = visit_length(v, t)  # "zu einem dreitägigen Staatsbesuch", "Xi's three-day trip"
            if visit is not None:
                out.append(Claim(v, visit[0], visit[1], t, visit[2]))
                continue
        if "stündig" in t.fold or t.fold.endswith(("-hour", "-hours")) or t.fold.startswith("multihour") or (
                t.i + 2 < len(toks) and toks[t.i + 1].surface == "-" and toks[t.i + 2].lemma in ("hour", "minute", "and")):
            adjective = adjective_duration(v, t)
            if adjective is not None:
                out.append(Claim(v, adjective[0], adjective[1], t, adjective[2]))
                continue
        half = fractional_hours(v, t)  # "zweieinhalb Stunden", "2,5 Stunden", "two and a half hours"
        if half is not None:
            lasted = duration(v, t, half[1])
            if lasted is not None:
                out.append(Claim(v, lasted[0], str(half[0]), t, lasted[1]))
            continue
        fraction = fraction_duration(v, t) or clock_range(v, t)
        if fraction is not None:
            out.append(Claim(v, fraction[0], fraction[1], t, fraction[2]))
            continue
        if t.fold in _ONE and t.i + 1 < len(toks) and toks[t.i + 1].lemma.rstrip("s") in ("stunde", "hour"):
            one_hour = _length_claim(v, t, "1", toks[t.i + 1], minutes_of_hours)  # "rund eine Stunde und 40 Minuten"
            if one_hour is not None:
                out.append(one_hour)
            continue
        if not may_be_number(t):
            continue
        if t.i >= 2 and toks[t.i - 1].fold in ("und", "and", ",") and toks[t.i - 2].lemma.rstrip("s") in ("stunde", "hour") \
                and t.i + 1 < len(toks) and toks[t.i + 1].lemma.rstrip("s") == "minute":
            continue  # the minutes of "eine Stunde und 40 Minuten": with the hours, or not at all
        if t.i in grouped:
            continue  # the "000" of "100 000": read with its first group
        last = digit_groups(v, t)  # "fast 100 000 Soldaten": one number written in groups of three
        if last is not t:
            grouped.update(range(t.i + 1, last.i + 1))
            opened[last.i] = t
        value = "".join(w.surface for w in toks[t.i:last.i + 1]) if last is not t else number_value(t, v.language)
        t = last  # read from the number's last group; shown from its first (``opened``)
        if value is None or (value.isdigit() and len(value) == 4 and value[:2] in ("19", "20") and t.i not in opened):
            continue  # a year
        if value in ("100", "1000", "10000", "100000") and t.i > 0 and toks[t.i - 1].fold in VAGUE_QUANTITY:
            value += "s"  # "mehreren Zehntausend", "several hundred"
        nxt = toks[t.i + 1] if t.i + 1 < len(toks) and toks[t.i + 1].sent == t.sent else None
        if nxt is not None and nxt.fold in _RANGE_LINKS and t.i + 2 < len(toks) \
                and number_value(toks[t.i + 2], v.language):
            continue  # the first end of a range: claimed with the second
        since = _first_in_years(v, t, nxt)
        if since is not None:
            out.append(Claim(v, since[0], value, t, since[1]))
            continue
        if t.i in minutes_of_hours:
            continue  # the "45" of "2 Stunden und 45 Minuten": told with the hours
        length = _length_claim(v, t, value, nxt, minutes_of_hours) if nxt is not None else None
        if length is not None:  # (a length has its unit after the number)
            out.append(length)
            continue
        vote = vote_claim(v, t, list(clause_tokens(v, t.i + 1, t.i + 12, 1)), list(clause_tokens(v, t.i - 1, t.i - 8, -1)))
        if vote is not None:
            out.append(Claim(v, vote[0], value, t, vote[1]))
            continue
        found = _key(v, t, nxt)
        if found is None or earlier_time(v, min(t.i, found[1].i), max(t.i, found[1].i)):
            continue  # no toll, or the toll of an earlier event ("2016 wurden zwölf Menschen getötet")
        key, last = found
        if t.i >= 2 and toks[t.i - 1].fold in _RANGE_LINKS and toks[t.i - 2].sent == t.sent:
            first_end = number_value(toks[t.i - 2], v.language)
            if first_end is not None:
                out.append(Claim(v, key, first_end, toks[t.i - 2], last))
        out.append(Claim(v, key, value, t, last))
    out = [replace(c, tok=opened[c.tok.i]) if c.tok.i in opened else c for c in out]
    return [replace(c, value=c.value + precision_mark(v, c.tok)) if c.key in _TOLD_PRECISELY and c.value.isdigit()
            else c for c in out]


def _extent(c: Claim) -> tuple[int, int]:
    """Where a claim is shown: the number with its qualifiers, up to its noun or predicate ("mindestens 60
    Personen verletzt", "mehr als 70 sind verletzt"), or from the toll's name ("Zahl der Toten ist auf fünf",
    "the death toll was more than 240")."""
    start, end = detail_extent(c.view, c.tok)
    if c.key == VISIT:
        start = c.tok.start  # "two-day state visit", not "to a one-day visit"
    if c.last.i > c.tok.i:
        end = c.last.end
    else:
        start, end = min(start, c.last.start), c.tok.end
    return start, end


def _range(value: str) -> tuple[int, int]:
    """The figures a value allows: "60" -> 60 only, "1000s" (Tausende, thousands) -> 1,000 to 9,999."""
    if value.isdigit():
        return int(value), int(value)
    base = int(value.rstrip("s"))
    return base, 10 * base - 1


def _compatible(a: str, b: str) -> bool:
    """Two values that can tell the same figure: equal, or a figure inside a vague one's range ("Zehntausende"
    and "40.000"); two vague values of different size ("Zehntausende", "Hunderttausende") cannot. A length told
    as a little less or more ("knapp drei Stunden" "180<", "gut drei Stunden" "180>") or as some hours agrees
    only with the same."""
    if a == b:
        return True
    if not (a.rstrip("s").isdigit() and b.rstrip("s").isdigit()):
        return False
    if a.isdigit() == b.isdigit():
        return False
    (lo, hi), (x, _) = (_range(a), _range(b)) if b.isdigit() else (_range(b), _range(a))
    return lo <= x <= hi


def _number(value: str) -> str:
    """The figure of a value without how precisely it is told ("180<" -> "180")."""
    return value.rstrip("<>")


def count_conflicts(views: list[DocView], read: dict[str, list[Claim]] | None = None) -> list[Cue]:
    """Factual-variant cues on counts (the dead, injured, missing, people on board, a crowd, years since, votes)
    that disagree between documents, one on each sentence that gives a disputed figure. ``read``: each
    document's ``claims``, when already read."""
    by_key: dict[str, list[Claim]] = {}
    for v in views:
        for c in read[v.doc] if read is not None else claims(v):
            by_key.setdefault(c.key, []).append(c)
    if "day of the meeting" in by_key and not meeting_is_the_event(views):
        del by_key["day of the meeting"]  # a story about something else that mentions meetings on two days
    for key in [k for k in by_key if k.startswith("votes ") and "round" not in k]:
        if any(k.startswith(key + ", round") for k in by_key):
            del by_key[key]  # the reports number the rounds: a count without one may be either round
    out: list[Cue] = []
    for found in by_key.values():
        values: dict[str, set[str]] = {}  # document -> values it gives for this count
        for c in found:
            values.setdefault(c.view.doc, set()).add(c.value)
        if len({c.value for c in found}) < 2 or len(values) < 2:
            continue  # one figure, or one document
        first: dict[tuple[str, str], Claim] = {}
        for c in found:
            if (c.view.doc, c.value) not in first or c.tok.i < first[(c.view.doc, c.value)].tok.i:
                first[(c.view.doc, c.value)] = c
        support: dict[str, set[str]] = {}  # value -> documents giving it or a figure it allows ("Zehntausende", 40,000)
        for _, value in first:  # "knapp drei Stunden" and "etwa drei Stunden" support each other's number
            support[value] = {doc for doc, vs in values.items() if any(_compatible(_number(value), _number(x)) for x in vs)}
        rivals: dict[tuple[str, str], list[Claim]] = {}
        for doc, value in first:
            for (odoc, ovalue), o in first.items():
                if odoc != doc and not any(_compatible(ovalue, x) for x in values[doc]) \
                        and not any(_compatible(value, x) for x in values[odoc]):
                    rivals.setdefault((doc, value), []).append(o)
        for (doc, value), others in sorted(rivals.items(), key=lambda kv: (first[kv[0]].view.rank,
                                                                            first[kv[0]].tok.i)):
            mine = len(support[value])
            if mine >= 3 and all(mine >= 2 * len(support[o.value]) for o in others):
                continue  # most outlets give this figure: the others are flagged, with it as counterpart
            cps = []
            # the figure most outlets give first: the explanation quotes the first few ("another says …")
            for o in sorted(others, key=lambda o: (-len(support[o.value]), o.view.rank, o.tok.i))[:_COUNTERPARTS]:
                a, b = _extent(o)
                cps.append((Span(o.view.doc, a, b), o.view.text[a:b]))
            sentences: set[int] = set()
            for c in sorted((c for c in found if c.view.doc == doc and c.value == value), key=lambda c: c.tok.i):
                if c.tok.sent not in sentences:  # the headline's "240 onboard" and the lead's "more than 240"
                    sentences.add(c.tok.sent)
                    start, end = _extent(c)
                    out.append(variant_cue(c.view, start, end, cps))
    return out

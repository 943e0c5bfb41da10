"""How long a meeting lasted, as the reports tell it: "Die Gespräche dauerten rund fünf Stunden", "2 Stunden und
45 Minuten", "nach dem etwa dreistündigen Treffen", "after the two-hour talks", and the press appearance after it
("Die Pressekonferenz dauerte rund zwölf Minuten", "nach nur ein paar Minuten"). Read by ``count_claims``, which
compares the lengths over the whole comparison: "rund fünf Stunden" in one report and "etwa zwei Stunden" in
another are a factual variant wherever the alignment puts the two sentences.

A length counts when a verb of lasting is in its clause ("dauerten"), or "nach"/"after" with a verb of ending
("endete nach", "war … beendet") or with the meeting named right after the unit ("nach drei Stunden Gespräch"), and
the meeting (the paraphrase lexicon's meeting and talks concepts) is named in the sentence; after "Nach …" opening a
sentence, the sentence before may name it. A planned length ("von sechs- bis siebenstündigen Gesprächen
ausgegangen") and a journey's ("Die Zugfahrt dauerte 20 Stunden") count for nothing.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from workbench.align.lexicon import paraphrases
from workbench.cues.quantities import decimal_value, may_be_number, number_value, number_word
from workbench.cues.textview import DocView, Tok

_CLAUSE_END = {",", ";", ".", ":", "!", "?", "(", ")", "–"}


def clause_tokens(v: DocView, start: int, stop: int, step: int, ends: AbstractSet[str] = _CLAUSE_END):
    """Tokens from index ``start`` towards ``stop`` (exclusive) in the same sentence, up to a clause boundary
    (punctuation in ``ends``)."""
    sent = v.toks[start - step].sent if 0 <= start - step < len(v.toks) else None
    k = start
    while 0 <= k < len(v.toks) and k != stop:
        t = v.toks[k]
        if t.sent != sent or (t.is_punct and t.surface in ends):
            return
        yield t
        k += step



# how long a meeting lasted: "Die Gespräche dauerten rund fünf Stunden", "the talks lasted about two hours"
_DURATION_UNITS = {"stunde": 60, "minute": 1, "hour": 60}
# verbs of lasting: "spent four hours in a meeting", "ein mehr als 50 Minuten dauerndes Gespräch"
_LASTING = {"dauern", "andauern", "währen", "last", "verbringen", "spend", "dauernd", "lasting"}
# verbs of talking that take a length with "for" / "lang": "met for about four hours", "spoke for four hours",
# "sprachen rund fünf Stunden lang"
_TALKING = {"meet", "talk", "speak", "confer", "negotiate", "sprechen", "reden", "beraten", "verhandeln", "treffen",
            "zusammensitzen", "unterhalten", "tagen", "zusammenkommen", "zusammentreffen"}
_MEETING_VERBS = {"meet", "confer", "negotiate", "beraten", "verhandeln", "treffen", "zusammensitzen", "unterhalten",
                  "tagen", "zusammenkommen", "zusammentreffen"}
# (they name the talks: "unterhielten sich 48 Minuten unter vier Augen")
_FRACTIONS = {"viertelstunde": 15, "dreiviertelstunde": 45}  # "Das Gespräch dauerte eine knappe Dreiviertelstunde"
_SECONDS = {"sekunde", "second"}  # how long the handshake lasted: "Der Handschlag dauerte 13 Sekunden"
_TOGETHER = {"miteinander", "together", "zusammen"}  # "sprachen fünf Stunden lang miteinander": speaking is the talks
_SEPARATED = {"sitzen": "zusammen", "kommen": "zusammen"}  # "Vier Stunden sitzen Scholz und Putin zusammen": zusammensitzen, its particle apart
_FIRST_PHASE = {"zunächst", "zuerst", "anfangs", "initially"}  # the length of the first part of the talks
_LENGTH_NOUNS = {"dauer", "länge", "duration", "length"}
_ENDING = {"enden", "end", "beenden", "ende", "fertig", "vorbei", "schluss", "wrap", "conclude", "finish", "adjourn"}  # "endete nach fünf Stunden", "ended after two hours", "nach … zu Ende"
_MEETING_CONCEPTS = ("meet", "discuss")
_JOURNEYS = ("fahrt", "reise", "flug", "journey", "trip", "flight", "ride", "drive")
# a duration planned or expected is no account of the meeting ("Der Kreml war von sechs- bis siebenstündigen
# Gesprächen ausgegangen", "talks scheduled to last two hours")
_PLANNED = {"planen", "geplant", "vorsehen", "vorgesehen", "ausgehen", "erwarten", "ansetzen", "angesetzt",
            "plan", "planned", "schedule", "scheduled", "expect", "expected"}
# the press appearance after the talks is another happening with its own length ("Die Pressekonferenz dauerte
# rund zwölf Minuten" beside "Die Gespräche dauerten knapp drei Stunden")
_PRESS = ("presse", "press", "statement", "medienauftritt")
_HOURS_ADJECTIVE = re.compile(r"^(\d+|[a-zäöü]+?)-?(?:stündig\w*|hours?)$")
_OPENING_QUALIFIERS = {"nur", "only", "knapp", "rund", "etwa", "gut", "fast", "about", "nearly", "almost"}
_MODIFIERS_MAX = 3  # words between a length and the talks it measures ("two hours of closed-door talks")
_HALVES = {"eineinhalb": 90, "anderthalb": 90, "zweieinhalb": 150, "dreieinhalb": 210, "viereinhalb": 270,
           "fünfeinhalb": 330}


# How precisely a length is told: "knapp drei Stunden" (a little less), "gut drei Stunden" (a little more),
# "rund"/"etwa"/"about" or nothing (that much). Two reports of one meeting that say "knapp drei Stunden" and "gut
# drei Stunden" tell it differently; "drei Stunden" and "etwa drei Stunden" do not.
_BELOW = {"knapp", "knappe", "knappen", "fast", "beinahe", "nahezu", "nearly", "almost", "under", "unter"}
_ABOVE = {"gut", "gute", "guten", "über", "over", "mindestens"}
_BELOW_PAIRS = {("weniger", "als"), ("less", "than"), ("just", "under"), ("close", "to")}
_ABOVE_PAIRS = {("mehr", "als"), ("more", "than"), ("at", "least"), ("just", "over"), ("länger", "als"),
                ("longer", "than")}
_SEVERAL_HEADS = {"mehr", "multi", "several", "viel"}  # "mehrstündig", "multihour", "vielstündig"
SEVERAL_WORDS = {"mehrere", "mehreren", "einige", "einigen", "several"}  # "mehrere Stunden lang", "several hours of"
SEVERAL_HOURS = "some hours"  # the value of a length in hours that says not how many


_MEETING_HEADS: dict[str, tuple[str, ...]] = {}
_NO_HEADS = {"agenda", "themen", "treffpunkt"}  # "Hauptthemen", "Sammeltreffpunkt" name no talks


def _meeting_heads(language: str) -> tuple[str, ...]:
    """The meeting and talks words of a language that a closed compound may end in ("Einzelgespräch")."""
    heads = _MEETING_HEADS.get(language)
    if heads is None:
        single = paraphrases(language).single
        heads = _MEETING_HEADS[language] = tuple(sorted(w for w, cs in single.items() if " " not in w and len(w) >= 6
                                                        and set(cs) & set(_MEETING_CONCEPTS) and w not in _NO_HEADS))
    return heads


def names_meeting(v: DocView, toks) -> bool:
    """A word of the meeting or the talks, also as the head of a compound ("Ukraine-Gipfel", "Einzelgespräch")."""
    para = paraphrases(v.language[:2])
    heads = _meeting_heads(v.language[:2])
    return any(set(para.single.get(w.lemma, ()) or para.single.get(w.lemma.rsplit("-", 1)[-1], ()))
               & set(_MEETING_CONCEPTS) or (len(w.lemma) > 8 and w.tag_is("NN") and w.lemma.endswith(heads)) for w in toks)


# words that name the talks when a length is given of them, beside the paraphrase lexicon's meeting and talks words
# (which the alignment and the day reader use as well): "dauerte die Unterhaltung mehr als zweieinhalb Stunden",
# "nach einem zweistündigen Telefonat", "dauerte der Termin nur 2 Stunden und 45 Minuten", "a 40 minute private talk"
_TALKS_NOUNS = {"unterhaltung", "telefonat", "termin", "austausch", "videoschalte", "videokonferenz", "sitzung",
                "konsultation", "session", "call", "conversation", "exchange"}
# talks held in private name the talks: "Vier Stunden sprechen die beiden unter vier Augen", "met one on one"
_PRIVATE = (("unter", "vier", "augen"), ("one", "on", "one"), ("one", "-", "on", "-", "one"), ("in", "private"),
            ("behind", "closed", "doors"))


def names_talks(v: DocView, toks) -> bool:
    """``names_meeting``, or a word that names the talks only beside a length (``_TALKS_NOUNS``), or talks in
    private ("unter vier Augen", "one on one")."""
    toks = list(toks)
    if names_meeting(v, toks) or any(w.lemma in _TALKS_NOUNS or w.fold in _TALKS_NOUNS for w in toks):
        return True
    folds = [w.fold for w in toks]
    return any(tuple(folds[k:k + len(p)]) == p for p in _PRIVATE for k in range(len(folds) - len(p) + 1))


def sentence_tokens(v: DocView, k: int) -> list[Tok]:
    return v.sentences[k].toks if 0 <= k < len(v.sentences) else []


def _duration_key(v: DocView, t: Tok, clause: list[Tok], noun_after: Tok | None, named_before: bool = False) -> str | None:
    """Which length the duration gives, or None when it gives none of a meeting: the talks' ("duration of the
    meeting") or the press appearance's; a planned length, or a journey's, is none. ``named_before``: the
    sentence before names the meeting."""
    if _planned(clause, v):
        return None
    if any(w.lemma.rsplit("-", 1)[-1].endswith(_JOURNEYS) for w in clause):
        return None  # "Die Zugfahrt zum Treffen dauerte 20 Stunden": the journey, not the talks
    if any(w.fold in _FIRST_PHASE for w in clause):
        return None  # "hatten zunächst etwa eineinhalb Stunden … gesprochen, später dann noch eine Stunde": a part
    if any(w.fold in ("mit", "with") for w in v.toks[max(0, t.i - 2):t.i]) \
            and any(w.lemma in ("beginnen", "begin", "starten", "start") and w.i < t.i for w in clause):
        return None  # "Das Treffen begann mit einer Stunde in großer Runde, dann folgte …": the first part
    if noun_after is not None and names_talks(v, [noun_after]):
        return "duration of the meeting"  # "nach drei Stunden Gespräch", "nach dem dreistündigen Treffen"
    if any(w.i < t.i and _press(w) for w in clause):
        return "duration of the press appearance"  # "Die Pressekonferenz dauerte rund zwölf Minuten"
    sentence = sentence_tokens(v, t.sent)
    if named_before or names_talks(v, sentence):
        return "duration of the meeting"
    if any(_press(w) and not (w.i > 1 and v.toks[w.i - 2].fold in ("vor", "before")) for w in sentence):
        return "duration of the press appearance"  # "Nach ein paar Minuten ist die Pressekonferenz beendet"
    return None


def _planned(clause: list[Tok], v: DocView) -> bool:
    """A planned length ("von sechs- bis siebenstündigen Gesprächen ausgegangen"); "doppelt so lange wie geplant",
    "longer than planned" compare the real length with the plan."""
    return any((w.lemma in _PLANNED or w.fold in _PLANNED) and not (k and clause[k - 1].fold in _COMPARING)
               and not any(x.fold in _INSTEAD for x in v.toks[max(0, w.i - 3):w.i]) for k, w in enumerate(clause))


_COMPARING = {"wie", "als", "than", "as"}
_INSTEAD = {"statt", "anstatt", "anstelle", "instead"}  # "Statt der geplanten halben Stunde tagten sie zwei Stunden"


def _press(w: Tok) -> bool:
    return any(p in w.lemma for p in _PRESS)


def duration(v: DocView, t: Tok, nxt: Tok | None) -> tuple[str, Tok] | None:
    """The number says how long a meeting or talks lasted ("dauerten rund fünf Stunden", "ended after two
    hours", "nach drei Stunden Gespräch"): a unit of time, a verb of lasting (or of ending after it) in the
    clause, or the meeting named right after the unit, and the meeting named in the sentence. After "nach" at the
    opening of a sentence the meeting may be named in the sentence before ("Das Treffen blieb ohne Ergebnis. Nach
    zwei Stunden und 45 Minuten traten beide vor die Presse"). Other durations ("zwei Stunden später", "a
    ten-hour train ride") are no claim."""
    if nxt is not None and nxt.lemma.rstrip("s") in _SECONDS:
        return handshake_length(v, t, nxt)
    if nxt is None or nxt.lemma.rstrip("s") not in _DURATION_UNITS:
        return None
    if _planned_length(v, t):
        return None
    end = minutes_after(v, nxt) or nxt
    clause = list(clause_tokens(v, t.i - 1, t.i - 9, -1)) + list(clause_tokens(v, end.i + 1, end.i + 6, 1))
    far = list(clause_tokens(v, end.i + 1, end.i + 20, 1))  # a verb at the end of the clause ("… war der Gipfel beendet")
    # a length opening its sentence before an insertion: "Über zwei Stunden, länger als geplant, saßen die beiden …
    # zusammen"; an English "for …" after one: "met one on one, joined only by translators, for roughly 45 minutes"
    if not far and (k := _past_insertion(v, end.i + 1, 1)) is not None \
            and all(w.sent != t.sent or w.fold in _OPENING_QUALIFIERS or w.fold in ("über", "over")
                    for w in v.toks[max(0, t.i - 3):t.i]):
        far = list(clause_tokens(v, k, k + 20, 1))
        clause += far[:6]
    opened = list(clause_tokens(v, t.i - 1, t.i - 4, -1))  # "nach (nur / weniger als) zwei Stunden"
    if opened and opened[-1].fold in ("for", "für") and (k := _past_insertion(v, opened[-1].i - 1, -1)) is not None:
        clause += list(clause_tokens(v, k, k - 9, -1))
    after = end.i + 2 if end.i + 2 < len(v.toks) and v.toks[end.i + 1].fold == "of" else end.i + 1  # "hours of talks"
    if after == end.i + 2 or _attributive(v, t, end):  # "two hours of closed-door talks", "a 40 minute private
        after = next((w.i for w in v.toks[after:after + _MODIFIERS_MAX + 1] if w.sent == t.sent  # talk": the talks
                      and names_talks(v, [w])), after)  # after their modifiers
    noun_after = v.toks[after] if after < len(v.toks) and v.toks[after].sent == t.sent else None
    before = [w.fold for w in opened]
    after_nach = any(w in ("nach", "after") for w in before)
    opening = after_nach and all(w.sent != t.sent or w.is_punct for w in v.toks[max(0, t.i - 4):t.i]
                                 if w.fold not in ("nach", "after") and w.fold not in _OPENING_QUALIFIERS)
    lasting = any(w.lemma in _LASTING for w in clause) or (after_nach and any(w.lemma in _ENDING for w in clause + far)) \
        or _since_start(v, end)
    long = noun_after is not None and noun_after.fold == "lang"  # "hatten sich mehrere Stunden lang unterhalten"
    german = v.language.startswith("de")
    talking = ("for" in before or long or german) \
        and any(_talking(w, clause + far) for w in (clause + far if german else clause) if w.i < t.i or long or german)
    # German needs no preposition ("sprachen 48 Minuten"), and its verb may follow, also at the end of the clause
    # ("Vier Stunden sprechen die beiden", "hatten fast sechs Stunden an einem riesigen Tisch … gesprochen")
    of_talks = noun_after is not None and noun_after.i >= end.i + 2 and v.toks[end.i + 1].fold == "of" \
        and names_talks(v, [noun_after])
    # "Für knapp drei Stunden zogen sie sich zu einem Austausch zurück": a length opening the sentence with "für"
    opening_for = bool(before) and before[-1] in ("für", "for") and all(
        w.sent != t.sent or w.fold in ("für", "for") or w.fold in _OPENING_QUALIFIERS for w in v.toks[max(0, t.i - 4):t.i])
    # "Xi nimmt sich drei Stunden Zeit für Kanzler Scholz": time given to a visitor is the talks
    given = noun_after is not None and noun_after.fold == "zeit" and any(w.lemma == "nehmen" for w in clause) \
        and any(w.fold == "für" and any(x.tag_is("NE") for x in far[k + 1:k + 3]) for k, w in enumerate(far))
    if (opening_for and names_talks(v, far)) or given:
        return (key, end) if (key := _duration_key(v, t, clause, None, named_before=True)) else None
    if talking and not lasting and (any(w.lemma in _MEETING_VERBS or w.fold in _TOGETHER for w in clause + far)
                                    or _with_someone(clause + far) or _two_named_before(v, t)):
        key = _duration_key(v, t, clause, None, named_before=True)
    elif lasting or talking or of_talks or (noun_after is not None and (after_nach or noun_after.i == end.i + 1)
                                            and names_talks(v, [noun_after])) \
            or (noun_after is not None and noun_after.i == end.i + 1 and noun_after.lemma in _LENGTH_NOUNS):
        # "a three hour meeting", "ein Gespräch von zwei Stunden und 16 Minuten Dauer"
        key = _duration_key(v, t, clause, noun_after)
    elif (owner := _meeting_of(v, t)) is not None:  # "after a meeting of nearly one hour"
        key = _duration_key(v, t, clause, owner)
    elif opening and names_talks(v, sentence_tokens(v, t.sent - 1)):
        key = _duration_key(v, t, clause, None, named_before=True)
    else:
        return None
    if key and noun_after is not None and noun_after.i == end.i + 1 and names_talks(v, [noun_after]):
        return key, noun_after  # shown with its noun: "a three hour meeting"
    return (key, end) if key else None


def _past_insertion(v: DocView, comma: int, step: int) -> int | None:
    """The token past a comma-enclosed insertion of at most six words that starts (``step`` 1) or ends (-1) at
    ``comma`` ("…, länger als geplant, …"), or None."""
    if not 0 <= comma < len(v.toks) or v.toks[comma].surface != ",":
        return None
    k = comma + step
    while 0 <= k < len(v.toks) and abs(k - comma) <= 7 and v.toks[k].sent == v.toks[comma].sent:
        if v.toks[k].surface == ",":
            return k + step
        if v.toks[k].is_punct:
            return None
        k += step
    return None


_BEGINNING = {"begin", "start", "open", "beginnen", "starten", "beginn", "auftakt"}


def _since_start(v: DocView, unit: Tok) -> bool:
    """The length counts from the talks' start to their end: "wrapped up their summit around four hours after the
    talks began", "Zwei Stunden nach Beginn der Gespräche war alles vorbei" (not "Protests erupted two hours after
    the summit began")."""
    words = [w for w in v.toks[unit.i + 1:unit.i + 7] if w.sent == unit.sent]
    if not words or words[0].fold not in ("after", "nach"):
        return False
    return any(w.lemma in _BEGINNING or w.fold in _BEGINNING for w in words[1:]) and names_talks(v, words[1:]) \
        and any(w.lemma in _ENDING or w.fold in _ENDING for w in sentence_tokens(v, unit.sent))  # it ended then


def _attributive(v: DocView, t: Tok, unit: Tok) -> bool:
    """An English length before its noun, the unit in the singular: "a 40 minute private talk"."""
    return unit is v.toks[t.i + 1] and unit.fold in ("minute", "hour") and t.fold not in ("one", "1", "an", "a")


def _planned_length(v: DocView, t: Tok) -> bool:
    """The length at ``t`` is the planned one: "Anstatt der geplanten sechs bis sieben Stunden …", "Statt der
    geplanten 4-5 Stunden" (a word of planning among the three words before it, or before the range it ends)."""
    k = t.i - 1
    while k >= 0 and t.i - k <= 3 and v.toks[k].sent == t.sent and (
            v.toks[k].fold in ("bis", "-", "to", "–") or number_value(v.toks[k], v.language)):
        k -= 1  # the first end of a range
    return any(w.sent == t.sent and (w.lemma in _PLANNED or w.fold in _PLANNED) for w in v.toks[max(0, k - 2):k + 1])


_LENGTH_QUALIFIERS = _OPENING_QUALIFIERS | {"than", "less", "more"}  # "of nearly one hour", "of more than two hours"


def _meeting_of(v: DocView, t: Tok) -> Tok | None:
    """The meeting noun right before "of"/"von" and the length at ``t`` ("a meeting of nearly one hour", "ein Treffen
    von knapp zwei Stunden"), with at most two qualifiers between; None otherwise."""
    k = t.i - 1
    while k >= 0 and t.i - k <= 3 and v.toks[k].sent == t.sent and v.toks[k].fold in _LENGTH_QUALIFIERS:
        k -= 1
    if k < 1 or v.toks[k].fold not in ("of", "von") or v.toks[k - 1].sent != t.sent:
        return None
    noun = v.toks[k - 1]
    return noun if names_talks(v, [noun]) else None


def _with_someone(clause: list[Tok]) -> bool:
    """"mit Putin", "with Kim": speaking with a named person is the talks ("hat Orbán mit Putin rund drei Stunden
    gesprochen")."""
    return any(w.fold in ("mit", "with") and k + 1 < len(clause) and clause[k + 1].tag_is("NE", "PROPN")
               for k, w in enumerate(clause))


def _two_named_before(v: DocView, t: Tok) -> bool:
    """Two persons named before the length in its sentence, as the subject of the speaking ("Putin und Xi hätten
    viereinhalb Stunden über die Ukraine gesprochen"): tagged text only."""
    names = [w for w in v.sentences[t.sent].toks if w.i < t.i and w.tag_is("NE")]
    return any(w.fold in ("und", "and") and names[0].i < w.i < names[-1].i for w in v.sentences[t.sent].toks) \
        if len(names) >= 2 else False


def _talking(w: Tok, clause: list[Tok]) -> bool:
    particle = _SEPARATED.get(w.lemma)
    return w.lemma in _TALKING or (particle is not None and any(x.fold == particle for x in clause if x.i > w.i))


def fractional_hours(v: DocView, t: Tok) -> tuple[int, Tok] | None:
    """A length of hours and a half, or a decimal one, from ``t`` to its unit: "zweieinhalb Stunden",
    "2,5 Stunden", "2.5 hours", "two and a half hours" -> (150, the unit). The adjectives ("dreistündig",
    "three-and-a-half-hour") are ``adjective_duration``'s."""
    if t.fold not in _HALVES and not may_be_number(t):
        return None  # asked of every word: most are no number at all
    toks = v.toks
    nxt = toks[t.i + 1] if t.i + 1 < len(toks) and toks[t.i + 1].sent == t.sent else None
    if t.fold in _HALVES and nxt is not None and nxt.lemma.rstrip("s") in ("stunde", "hour"):
        return _HALVES[t.fold], nxt
    decimal = decimal_value(t, v.language)
    if decimal is not None and nxt is not None and nxt.lemma.rstrip("s") in ("stunde", "hour"):
        return round(decimal * 60), nxt
    value = number_value(t, v.language)
    words = [w.fold for w in toks[t.i + 1:t.i + 5]]
    if value and value.isdigit() and words[:3] == ["and", "a", "half"] and t.i + 4 < len(toks) \
            and toks[t.i + 4].lemma.rstrip("s") == "hour" and toks[t.i + 4].sent == t.sent:
        return int(value) * 60 + 30, toks[t.i + 4]
    return None


def minutes_after(v: DocView, unit: Tok) -> Tok | None:
    """The minutes unit of "2 Stunden und 45 Minuten", "3 Stunden, 21 Minuten" (the hours unit given), or None."""
    k = unit.i
    if unit.lemma.rstrip("s") not in ("stunde", "hour") or k + 3 >= len(v.toks):
        return None
    link, number, minutes = v.toks[k + 1], v.toks[k + 2], v.toks[k + 3]
    if link.fold in ("und", "and", ",") and number_value(number, v.language) and minutes.lemma.rstrip("s") == "minute":
        return minutes
    return None


def adjective_duration(v: DocView, t: Tok) -> tuple[str, str, Tok] | None:
    """"nach dem etwa dreistündigen Treffen", "after the two-hour talks" (untagged English splits it into "two",
    "-", "hour"): a length of the meeting as an adjective of the meeting's noun."""
    m = _HOURS_ADJECTIVE.match(t.fold)
    if m:
        head, last = m.group(1), t
        minutes = _HALVES.get(head) or (60 if head in ("ein", "one") else None)  # "einstündigen", "one-hour"
        # "das mehrstündige Treffen", "a multihour summit": some hours, not how many (``minutes`` stays None)
        if minutes is None and head not in _SEVERAL_HEADS:
            value = head if head.isdigit() else number_word(head)
            if value is None:
                return None
            minutes = int(value) * 60
    elif (half := _half_adjective(v, t)) is not None:
        minutes, last = half
    elif t.i + 2 < len(v.toks) and v.toks[t.i + 1].surface == "-" and v.toks[t.i + 2].lemma in ("hour", "minute"):
        value = number_value(t, v.language)
        if value is None or not value.isdigit():
            return None
        last = v.toks[t.i + 2]
        minutes = int(value) * _DURATION_UNITS[last.lemma]
    else:
        return None
    words = [w for w in v.toks[last.i + 1:last.i + 3 * _MODIFIERS_MAX] if w.sent == t.sent]
    words = [w for k, w in enumerate(words) if sum(not x.is_punct for x in words[:k]) <= _MODIFIERS_MAX]
    noun = next((w for w in words if not w.is_punct and names_talks(v, [w])), None)  # "a two-hour one-on-one meeting"
    if noun is None or any(w.is_punct and w.surface != "-" for w in words if w.i < noun.i) \
            or (noun.i > last.i + 2 and any(w.lemma.endswith(_JOURNEYS) for w in words if w.i < noun.i)):
        return None
    clause = list(clause_tokens(v, t.i - 1, t.i - 9, -1)) + list(clause_tokens(v, noun.i + 1, noun.i + 6, 1))
    if _planned(clause, v) or (t.i > 0 and v.toks[t.i - 1].fold == "bis"):
        return None  # planned, or the second end of a range of planned lengths ("sechs- bis siebenstündigen")
    return "duration of the meeting", SEVERAL_HOURS if minutes is None else str(minutes), noun


def _half_adjective(v: DocView, t: Tok) -> tuple[int, Tok] | None:
    """"three-and-a-half-hour" (untagged English splits it at every hyphen) -> (210, "hour")."""
    words = [w.fold for w in v.toks[t.i + 1:t.i + 9]]
    value = number_value(t, v.language)
    if not value or not value.isdigit() or words != ["-", "and", "-", "a", "-", "half", "-", "hour"]:
        return None
    return int(value) * 60 + 30, v.toks[t.i + 8]


def minutes(v: DocView, value: str, unit: Tok) -> str:
    """The length in minutes; "2 Stunden und 45 Minuten" is 165. A handshake's seconds stay seconds."""
    if not value.isdigit() or unit.lemma.rstrip("s") in _SECONDS:
        return value
    total = int(value) * _DURATION_UNITS[unit.lemma.rstrip("s")]
    if (minutes := minutes_after(v, unit)) is not None:
        total += int(number_value(v.toks[minutes.i - 1], v.language) or 0)
    return str(total)


def handshake_length(v: DocView, t: Tok, unit: Tok) -> tuple[str, Tok] | None:
    """How long the handshake lasted, in seconds: "Der historische Handschlag dauerte 13 Sekunden", "15 Sekunden
    dauert der Handschlag", "a handshake that lasted 12 seconds": a verb of lasting in the clause, a handshake
    named in the sentence."""
    clause = list(clause_tokens(v, t.i - 1, t.i - 9, -1)) + list(clause_tokens(v, unit.i + 1, unit.i + 8, 1))
    if _planned(clause, v) or not any(w.lemma in _LASTING for w in clause):
        return None
    para = paraphrases(v.language[:2])
    if not any("handshake" in para.single.get(w.lemma, ()) for w in sentence_tokens(v, t.sent)):
        return None
    return "duration of the handshake", unit


def fraction_duration(v: DocView, t: Tok) -> tuple[str, str, Tok] | None:
    """A length named by a fraction of an hour: "Das Gespräch dauerte eine knappe Dreiviertelstunde" (45 minutes),
    "eine halbe Stunde" (30)."""
    if t.lemma not in _FRACTIONS and t.lemma != "halb":
        return None
    nxt = v.toks[t.i + 1] if t.i + 1 < len(v.toks) and v.toks[t.i + 1].sent == t.sent else None
    if t.lemma in _FRACTIONS:
        value, last = _FRACTIONS[t.lemma], t
    elif t.lemma == "halb" and nxt is not None and nxt.lemma == "stunde":
        value, last = 30, nxt
    else:
        return None
    clause = list(clause_tokens(v, t.i - 1, t.i - 9, -1)) + list(clause_tokens(v, last.i + 1, last.i + 6, 1))
    if not any(w.lemma in _LASTING for w in clause):
        return None
    key = _duration_key(v, t, clause, None)
    return (key, str(value), last) if key else None


def clock_range(v: DocView, t: Tok) -> tuple[str, str, Tok] | None:
    """A length told as a span of the clock: "führten die beiden von 14 Uhr bis 17 Uhr ein Gespräch" (180
    minutes), "from 2 p.m. to 5 p.m." is left to the hours; ``t`` is "von" and the sentence names the meeting."""
    toks = v.toks
    k = t.i
    if t.fold != "von" or k + 5 >= len(toks):
        return None
    start, uhr1, bis, end, uhr2 = toks[k + 1:k + 6]
    if uhr1.fold != "uhr" or bis.fold != "bis" or uhr2.fold != "uhr" or uhr2.sent != t.sent:
        return None
    a, b = number_value(start, v.language), number_value(end, v.language)
    if not (a and b and a.isdigit() and b.isdigit()) or not 0 < int(b) - int(a) <= 12:
        return None
    if not names_talks(v, sentence_tokens(v, t.sent)):
        return None
    return "duration of the meeting", str((int(b) - int(a)) * 60), uhr2


def precision_mark(v: DocView, t: Tok) -> str:
    """"<" when the words before the length ``t`` say a little less ("knapp", "fast", "weniger als", "nearly"),
    ">" when they say a little more ("gut", "mehr als", "über", "more than"), "" otherwise."""
    before = [w for w in v.toks[max(0, t.i - 2):t.i] if w.sent == t.sent]
    folds = [w.fold for w in before]
    if folds[-1:] and folds[-1] in _BELOW or tuple(folds[-2:]) in _BELOW_PAIRS:
        return "<"
    if folds[-1:] and folds[-1] in _ABOVE or tuple(folds[-2:]) in _ABOVE_PAIRS:
        return ">"
    return ""

"""How many days a visit lasts, as the reports tell it: "zu einem dreitägigen Staatsbesuch", "Xi's three-day
trip", "During his two-day visit", "shortened the trip to a one-day visit", "drei Tage lang … einen inoffiziellen
Besuch", "Xi's visit, which will last for three days". Read by ``count_claims``, which compares the lengths over
the whole comparison: "three-day" in one report and "two-day" in another are a factual variant wherever the
alignment puts the two sentences.

A length counts when it is an adjective of a visit's noun (with at most two words between: "einem dreitägigen
offiziellen Besuch", "an official three-day visit" has the adjective next to it), or a number of days with a verb
of lasting or "lang" in a clause that names the visit. A planned length ("der geplante zweitägige Besuch"), the
length of a tour of several countries ("fünftägige Europareise", "a five-day European tour": not a visit's noun
here), of an earlier visit ("bei seinem letzten dreitägigen Besuch 2019") and an unknown number of days
("mehrtägig", "several days") count for nothing.
"""

from __future__ import annotations

import re

from workbench.cues.quantities import earlier_time, number_value, number_word
from workbench.cues.textview import DocView, Tok

KEY = "duration of the visit"
# the nouns of a visit (lemmas, lower case); "Reise" and "trip" only as the lone noun after the length
_VISIT_NOUNS = {"besuch", "staatsbesuch", "arbeitsbesuch", "visite", "aufenthalt", "reise", "staatsreise", "visit",
                "stay", "trip", "gipfel", "gipfeltreffen", "summit"}
_DAYS_ADJECTIVE = re.compile(r"^(\d+|[a-zäöü]+?)-?tägig\w*$")
_BETWEEN = 2  # words between the length and its noun ("dreitägigen offiziellen Besuch", "two-day state visit")
_LASTING = {"dauern", "last", "lang", "währen"}
_PLANNED = {"geplant", "geplante", "geplanten", "geplanter", "vorgesehen", "vorgesehenen", "planned", "scheduled",
            "intended", "originally", "ursprünglich"}
_DAY_UNITS = {"tag", "tage", "tagen", "day", "days"}
_PREVIOUS = {"letzten", "letzte", "letzter", "vorigen", "früheren", "last", "previous", "earlier", "former"}


def _days(head: str) -> int | None:
    """The number of days a length's first part gives (\"drei\", \"two\", \"3\"), or None."""
    if head.isdigit():
        return int(head)
    value = "1" if head in ("ein", "one", "eine") else number_word(head)
    return int(value) if value is not None and value.isdigit() else None


def _visit_after(v: DocView, last: Tok) -> Tok | None:
    """The visit's noun within ``_BETWEEN`` words after the length's last token, no punctuation between."""
    for w in v.toks[last.i + 1:last.i + 2 + _BETWEEN]:
        if w.sent != last.sent or (w.is_punct and w.surface != "-"):
            return None
        if w.lemma.casefold() in _VISIT_NOUNS or w.fold in _VISIT_NOUNS:
            return w
    return None


def _planned_or_earlier(v: DocView, t: Tok, noun: Tok, adjective: bool = True) -> bool:
    """A planned length, or an earlier visit's: "der geplante zweitägige Besuch", "his last three-day visit" (the
    words of an earlier one only before an adjective: "which will last for three days" is the visit's)."""
    before = [w for w in v.toks[max(0, t.i - 3):t.i] if w.sent == t.sent]
    clause = [w for w in v.toks[max(0, t.i - 12):t.i] if w.sent == t.sent]  # "was originally scheduled to arrive
    if any(w.fold in _PLANNED or w.lemma.casefold() in _PLANNED for w in clause):  # … for a two-day state visit"
        return True
    return (adjective and any(w.fold in _PREVIOUS for w in before)) or earlier_time(v, min(t.i, noun.i), max(t.i, noun.i))


def may_open_visit_length(v: DocView, t: Tok) -> bool:
    """A quick test before ``visit_length``: "-tägig", "-day", or a word before a hyphen or a unit of days."""
    return "tägig" in t.fold or t.fold.endswith("-day") or (t.i + 1 < len(v.toks) and v.toks[t.i + 1].fold in (
        "-", "tage", "tagen", "days", "day"))


def visit_length(v: DocView, t: Tok) -> tuple[str, str, Tok] | None:
    """(``KEY``, days, the visit's noun) when ``t`` opens a length of the visit, else None."""
    toks = v.toks
    days: int | None = None
    last = t
    m = _DAYS_ADJECTIVE.match(t.fold)
    if m:  # "dreitägigen", "3-tägigen"
        days = _days(m.group(1))
    elif t.i + 2 < len(toks) and toks[t.i + 1].surface == "-" and toks[t.i + 2].fold == "day":  # "two-day"
        days, last = _days(t.fold), toks[t.i + 2]
    elif t.fold.endswith("-day"):
        days = _days(t.fold[:-4])
    if days is not None and 0 < days <= 14:
        noun = _visit_after(v, last)
        if noun is None or _planned_or_earlier(v, t, noun):
            return None
        return KEY, str(days), noun
    return _days_lasting(v, t)


def _days_lasting(v: DocView, t: Tok) -> tuple[str, str, Tok] | None:
    """"drei Tage lang … einen Besuch", "Xi's visit, which will last for three days": a number of days with a verb
    of lasting or "lang", and a visit's noun in the sentence."""
    toks = v.toks
    if t.i + 1 >= len(toks) or toks[t.i + 1].fold not in _DAY_UNITS or toks[t.i + 1].sent != t.sent:
        return None
    value = number_value(t, v.language)
    if value is None or not value.isdigit() or not 0 < int(value) <= 14:
        return None
    unit = toks[t.i + 1]
    near = [w for w in toks[max(0, t.i - 4):unit.i + 3] if w.sent == t.sent]
    if not any(w.lemma.casefold() in _LASTING or w.fold in _LASTING for w in near):
        return None
    sentence = v.sentences[t.sent].toks
    noun = next((w for w in sentence if w.lemma.casefold() in _VISIT_NOUNS - {"reise", "trip"}), None)
    if noun is None or _planned_or_earlier(v, t, noun, adjective=False) or any(w.fold in ("ago", "vor") for w in near):
        return None
    return KEY, value, unit

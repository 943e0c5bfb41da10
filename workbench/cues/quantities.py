"""Quantities and days in news text: number words, weekday expressions, and where a number's detail lies.

Shared by the factual-variant detector (``factual.py``): "fünf Stunden" has the value 5, "Mittwochmorgen" is a
Wednesday, "Besides the passengers, at least 24 people …" counts others than the main count, and a flagged
number is shown with its qualifiers and its noun ("rund fünf Stunden", "Tausende von Menschen").
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.cues.textview import DocView, Tok, folded

WEEKDAYS = {
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag"),
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
}
DAYPARTS = {
    "de": ("", "s", "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "früh"),
    "en": ("", "s", " morning", " afternoon", " evening", " night"),
}


_NUMBER_WORDS = {
    "zwei": "2", "drei": "3", "vier": "4", "fünf": "5", "sechs": "6", "sieben": "7", "acht": "8", "neun": "9",
    "zehn": "10", "elf": "11", "zwölf": "12", "zwanzig": "20", "dreißig": "30", "vierzig": "40", "fünfzig": "50",
    "hundert": "100", "tausend": "1000", "dutzend": "12", "hunderte": "100s", "tausende": "1000s",
    "dutzende": "10s", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "thirty": "30", "forty": "40",
    "fifty": "50", "hundred": "100", "thousand": "1000", "dozen": "12", "hundreds": "100s", "thousands": "1000s",
    "dozens": "10s", "zehntausend": "10000", "hunderttausend": "100000", "hunderten": "100s", "tausenden": "1000s",
    "dutzenden": "10s", "zehntausende": "10000s", "zehntausenden": "10000s", "hunderttausende": "100000s",
    "hunderttausenden": "100000s", "dreizehn": "13", "vierzehn": "14", "fünfzehn": "15", "sechzehn": "16",
    "siebzehn": "17", "achtzehn": "18", "neunzehn": "19", "sechzig": "60", "siebzig": "70", "achtzig": "80",
    "neunzig": "90", "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17",
    "eighteen": "18", "nineteen": "19", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
}
_NUMBER_WORDS = {word.casefold(): value for word, value in _NUMBER_WORDS.items()}  # as folds write them: "dreissig"
NUMBER_LINKS = ("von", "of")


def number_word(word: str) -> str | None:
    """The value of a number word ("drei" -> "3", "two" -> "2"), or None."""
    return _NUMBER_WORDS.get(word)


def may_be_number(t: Tok) -> bool:
    """A quick test before ``number_value``: the token starts with a digit or is a number word."""
    return t.surface[:1].isdigit() or t.fold in _NUMBER_WORDS


QUANTITY_QUALIFIERS = {"several", "some", "a", "ein", "few", "about", "around", "roughly", "nearly", "almost", "over", "close",
                        "more", "than", "at", "least", "up", "to", "only", "rund", "etwa", "ungefähr", "circa",
                        "ca.", "knapp", "fast", "mehr", "als", "über", "mindestens", "bis", "zu", "gut", "mehrere", "mehreren", "einigen",
                        "einige", "nur", "weniger", "less", "fewer"}
VAGUE_QUANTITY = ("mehrere", "mehreren", "einige", "einigen", "several", "some", "a", "few")


_DECIMAL = {"de": re.compile(r"^\d+,\d{1,2}$"), "en": re.compile(r"^\d+\.\d{1,2}$")}


def decimal_value(t: Tok, language: str) -> float | None:
    """A number with a decimal part ("2,5" in German, "2.5" in English) -> 2.5; None for any other token."""
    pattern = _DECIMAL.get(language[:2])
    if pattern is None or not pattern.match(t.surface):
        return None
    return float(t.surface.replace(",", "."))


def number_value(t: Tok, language: str) -> str | None:
    """The value of a number token, written as digits ("2.000" -> "2000", "fünf" -> "5"), or None. A decimal
    number keeps its digits ("1,4" -> "14"): compared with another, it differs where they differ; a length in
    hours reads it with ``decimal_value`` first ("2,5 Stunden" are 150 minutes)."""
    surface = t.surface
    digits = surface.replace(".", "").replace(",", "") if language.startswith("de") else surface.replace(",", "")
    if digits.isdigit():
        return digits
    return _NUMBER_WORDS.get(t.fold)



_BESIDES = folded({"besides", "apart", "except", "excluding", "addition", "additionally", "außer", "neben", "zusätzlich",
            "abgesehen", "ausgenommen", "darüber"})


_CURRENCIES = folded({"dollar", "us-dollar", "dollars", "euro", "euros", "pfund", "pound", "pounds", "franken",
                      "yuan", "renminbi", "rubel", "roubles", "rubles", "yen", "won", "rupien", "rupees", "$", "€", "£"})


def converted(v: DocView, t: Tok) -> bool:
    """The number opens a bracket right after a sum in a currency: the outlet's conversion of it ("neun Milliarden
    Dollar (rund 7,75 Milliarden Euro)", "$20bn (£15bn)"), the same sum again, no figure of its own."""
    k = t.i - 1
    while k >= 0 and t.i - k <= 3 and v.toks[k].fold in QUANTITY_QUALIFIERS:
        k -= 1
    return k >= 1 and v.toks[k].surface == "(" and v.toks[k - 1].fold in _CURRENCIES and v.toks[k - 1].sent == t.sent


def counts_others(v: DocView, t: Tok) -> bool:
    """The number counts others than the main count: "Besides the passengers and crew …, at least 24 people …
    were killed on the ground", "Neben den Toten gab es 60 Verletzte" (its clause opens with such a word); or it
    converts the sum before it into another currency (``converted``)."""
    if converted(v, t):
        return True
    k = t.i - 1
    while k >= 0 and v.toks[k].sent == t.sent and t.i - k <= 15:
        if v.toks[k].fold in _BESIDES:
            return True
        if v.toks[k].surface in (";", ".", ":"):
            break
        k -= 1
    return False


@lru_cache(maxsize=8)
def day_forms(language: str) -> dict[str, str]:
    """Every weekday expression of a language (a day and a part of it: "mittwochmorgen", "mittwochs") -> its day."""
    return {d + p: d for d in WEEKDAYS.get(language, ()) for p in DAYPARTS.get(language, ("",))}


def weekday(expression: str) -> str:
    """The day of a weekday expression: "mittwochmorgen" -> "mittwoch", "wednesday" -> "wednesday"."""
    for days in WEEKDAYS.values():
        for d in days:
            if expression.startswith(d):
                return d
    return expression


def detail_extent(v: DocView, t: Tok) -> tuple[int, int]:
    """Where a flagged time or number is shown: with "am"/"on" before a day, with its qualifiers ("rund fünf
    Stunden", "at least twelve people", "several hundred people") and with its noun ("Tausende von Menschen")."""
    start, end = t.start, t.end
    if t.i > 0 and v.toks[t.i - 1].lemma in ("an", "am", "on", "at") and v.toks[t.i - 1].sent == t.sent:
        start = v.toks[t.i - 1].start
    k = t.i
    while k > 0 and t.i - k < 3 and v.toks[k - 1].fold in QUANTITY_QUALIFIERS and v.toks[k - 1].sent == t.sent:
        k -= 1
    start = min(start, v.toks[k].start)
    if number_value(t, v.language) and t.i + 1 < len(v.toks):
        t = digit_groups(v, t)  # "rund 2 000 Kilometer"
        n = t.i + 2 if t.i + 2 < len(v.toks) and v.toks[t.i + 1].fold in NUMBER_LINKS else t.i + 1
        end = v.toks[min(n, len(v.toks) - 1)].end
    return start, end


_YEAR_WORDS = {"jahr", "jahre", "jahren", "year", "years"}
PAST_WORDS = {"damals", "einst", "seinerzeit", "ago"}


def earlier_time(v: DocView, first: int, last: int, past_words: set[str] = PAST_WORDS) -> bool:
    """Tokens ``first``..``last`` speak of an earlier time: a year or a time distance stands near them in their
    sentence ("acht Jahre nach dem Terroranschlag", "the 2016 attack", "damals", "bei dem 2016 zwölf Menschen
    getötet wurden"); "seit"/"since" speaks of now ("the first attack since 2016")."""
    sent = v.toks[first].sent
    window = [t for t in v.toks[max(0, first - 6):last + 8] if t.sent == sent]
    for k, t in enumerate(window):
        if t.fold in past_words:
            return True
        if t.fold in ("seit", "since"):
            return False
        if t.surface.isdigit() and len(t.surface) == 4 and t.surface[:2] in ("19", "20"):
            return True
        if t.fold in _YEAR_WORDS and k > 0 and (window[k - 1].surface.isdigit() or window[k - 1].fold in _NUMBER_WORDS):
            return True
    return False


def _next_group(prev: Tok, t: Tok) -> bool:
    """``t`` continues the number ``prev`` ends, written in groups of three digits apart ("100 000")."""
    return t.surface.isdigit() and len(t.surface) == 3 and prev.surface.isdigit() and len(prev.surface) <= 3 \
        and t.start - prev.end == 1 and prev.sent == t.sent


def digit_groups(v: DocView, t: Tok) -> Tok:
    """The last token of a number written in groups of three digits apart ("100 000", "2 000"), starting at ``t``;
    ``t`` itself when it is no such number."""
    toks = v.toks
    if not (t.surface.isdigit() and len(t.surface) <= 3) or (
            t.i > 0 and toks[t.i - 1].surface.isdigit() and t.start - toks[t.i - 1].end == 1):
        return t
    last = t
    while last.i + 1 < len(toks) and _next_group(last, toks[last.i + 1]):
        last = toks[last.i + 1]
    return last


def continues_group(v: DocView, t: Tok) -> bool:
    """``t`` is a later group of a number written in groups of three ("000" of "100 000")."""
    return t.i > 0 and _next_group(v.toks[t.i - 1], t)


_FAR_APART = 5  # two figures this many times apart count different things ("neun Milliarden" signed on the first
# day, "über 250 Milliarden" in all), not one thing disputed


def _magnitude(v: DocView, t: Tok, value: str) -> float | None:
    """The number ``t`` gives ("44,9" is 44.9, not the 449 its digits make), or None for a vague or grouped one."""
    decimal = decimal_value(t, v.language)
    if decimal is not None:
        return decimal
    return float(value) if value.isdigit() else None  # "1000s", "2 000": compared as before


_ROUNDED = 0.02  # figures this close are one figure rounded ("knapp 45 Milliarden" / "44,9 Milliarden")


def figures_in_no_dispute(va: DocView, t: Tok, a: str, vb: DocView, o: Tok, b: str) -> bool:
    """Both figures are plain numbers and either one is more than ``_FAR_APART`` times the other (two things
    counted) or they differ by less than ``_ROUNDED`` of the larger (one figure, rounded): no dispute either way."""
    x, y = _magnitude(va, t, a), _magnitude(vb, o, b)
    if x is None or y is None or min(x, y) <= 0:
        return False
    return max(x, y) > _FAR_APART * min(x, y) or abs(x - y) < _ROUNDED * max(x, y)

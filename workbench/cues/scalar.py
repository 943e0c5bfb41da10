"""Scalar focus on a quantity: the outlet's word that a number is small, large, early or late.

"nur 310 Stimmen", "nach nur 24 Stunden", "erst am 15. Jänner", "bereits am zweiten Tag", "satte 18
Prozent", "a mere 40 seconds", "as many as 300". The bare number is a fact; the particle before it is the
outlet's evaluation of that fact (another outlet may write "310 Stimmen"). A focus particle counts when a
quantity follows it within a few words (a numeral, a number word, an ordinal, a fraction, "wenige"/"few");
"nicht nur" (not only), "only one" (the sole one) and "schon/bereits" before a bare year (background, "bereits
2014") do not. One evaluative cue (class ``intensifier``) from the particle to the quantity; in a quotation
it is the speaker's.
"""

from __future__ import annotations

import re

from workbench.core.models import Cue, Span
from workbench.cues.explain import label
from workbench.cues.textview import DocView, Tok

# particle (folded words) -> how it presents the quantity
_PARTICLES: dict[tuple[str, ...], str] = {
    ("nur",): "small", ("lediglich",): "small", ("bloß",): "small", ("bloss",): "small",
    ("gerade", "einmal"): "small", ("gerade", "mal"): "small", ("ganze",): "small", ("ganzen",): "small",
    ("erst",): "late", ("bereits",): "early", ("schon",): "early",
    ("satte",): "large", ("satten",): "large", ("stolze",): "large", ("stolzen",): "large",
    ("sage", "und", "schreibe"): "large",
    ("only",): "small", ("just",): "small", ("merely",): "small", ("a", "mere"): "small", ("barely",): "small",
    ("as", "many", "as"): "large", ("as", "much", "as"): "large", ("no", "fewer", "than"): "large",
    ("no", "less", "than"): "large", ("a", "whopping"): "large", ("as", "few", "as"): "small",
    ("already",): "early",
}
_LONGEST = max(len(k) for k in _PARTICLES)
_FIRST_WORDS = {k[0] for k in _PARTICLES}
# words that may stand between the particle and the quantity ("nur noch rund", "erst am", "nach nur")
_BETWEEN = {"noch", "rund", "etwa", "gut", "knapp", "ungefähr", "circa", "ca.", "am", "um", "im", "in", "an",
            "zum", "zur", "nach", "vor", "seit", "für", "mit", "von", "den", "dem", "der", "die", "ein", "eine",
            "einem", "einer", "einen", "after", "on", "at", "for", "within", "the", "about", "around",
            "some", "over", "under"}
_NUMBER_WORDS = {
    "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig",
    "dreißig", "dreissig", "vierzig", "fünfzig", "hundert", "tausend", "dutzend", "wenige", "wenigen", "paar",
    "zweiten", "dritten", "vierten", "fünften", "zweite", "dritte", "drittel", "viertel", "hälfte", "bruchteil",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
    "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "dozen", "few", "handful",
    "second", "third", "half", "fraction",
}
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_NEGATION_BEFORE = {"nicht", "not"}  # "nicht nur …, sondern auch", "not only"
_REACH = 3  # words between the particle and the quantity

_MEANING = {
    "small": ("presents the quantity as small", "stellt die Menge als gering dar"),
    "large": ("presents the quantity as large", "stellt die Menge als groß dar"),
    "early": ("presents the time as early or soon", "stellt den Zeitpunkt als früh dar"),
    "late": ("presents the time as late, or the quantity as small", "stellt den Zeitpunkt als spät (oder die Menge "
             "als gering) dar"),
}


def _quantity(t: Tok) -> bool:
    s = t.fold.rstrip(".")
    return any(ch.isdigit() for ch in s) or s in _NUMBER_WORDS or t.pos.startswith(("CARD", "CD", "NUM"))


def _unit(t: Tok) -> bool:
    """A noun after the number; in untagged text a lower-case word that is no stop word ("40 seconds")."""
    if t.is_punct:
        return False
    if t.pos:
        return t.pos.startswith(("NN", "NOUN"))
    return t.surface.isalpha() and t.surface.islower() and not t.is_stop


def _particle_at(toks: list[Tok], k: int) -> tuple[int, str] | None:
    """(length, direction) of the focus particle starting at ``k``, the longest first."""
    if toks[k].fold not in _FIRST_WORDS:
        return None
    for n in range(_LONGEST, 0, -1):
        key = tuple(t.fold for t in toks[k:k + n])
        if len(key) == n and key in _PARTICLES:
            return n, _PARTICLES[key]
    return None


def _text(reader: str, text: str, particle: str, direction: str) -> str:
    en, de = _MEANING[direction]
    if reader == "de":
        return (f"„{text}“: „{particle}“ {de}. Die Zahl ist eine Tatsache, das Wort davor die Einschätzung des "
                f"Mediums; ein anderes Medium nennt dieselbe Zahl vielleicht ohne.")
    return (f"“{text}”: “{particle}” {en}. The number is a fact, the word before it the outlet's judgement of "
            f"it; another outlet may give the same number without it.")


def scalar_focus(view: DocView) -> list[Cue]:
    out: list[Cue] = []
    for s in view.sentences:
        if s.kind == "boilerplate":
            continue
        toks = s.toks
        k = 0
        while k < len(toks):
            found = _particle_at(toks, k)
            if found is None or (k > 0 and toks[k - 1].fold in _NEGATION_BEFORE):
                k += 1
                continue
            n, direction = found
            end = None
            for j in range(k + n, min(len(toks), k + n + _REACH + 1)):
                t = toks[j]
                if _quantity(t):
                    end = j
                    break
                if t.is_punct or t.fold not in _BETWEEN:
                    break
            particle = " ".join(t.surface for t in toks[k:k + n])
            if end is not None:
                q = toks[end]
                if q.fold in ("one", "eins") or (direction == "early" and end == k + n and _YEAR.match(q.fold)):
                    end = None  # "only one" (the sole one), "bereits 2014" (background)
            if end is None:
                k += n
                continue
            # the quantity's unit belongs to it: "310 Stimmen", "24 Stunden"
            if end + 1 < len(toks) and _unit(toks[end + 1]):
                end += 1
            start, stop = toks[k].start, toks[end].end
            text = view.text[start:stop]
            quoted = toks[k].quoted
            out.append(Cue(Span(view.doc, start, stop), text, "evaluative", label("evaluative", "intensifier"),
                           _text("en", text, particle, direction), cls="intensifier", weight=0.6,
                           speaker="quoted" if quoted else "outlet", shown=not quoted,
                           label_de=label("evaluative", "intensifier", "de"),
                           explanation_de=_text("de", text, particle, direction)))
            k = end + 1
    return out

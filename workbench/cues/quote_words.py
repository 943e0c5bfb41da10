"""How alike two words of two renderings of one statement are, for finding the renderings (``quote_pairs``).

The same lemma counts fully; a shared concept of the paraphrase lexicon ("Treffen" / "Gipfel") 0.8; a shared
stem of six letters ("Verhandlungen" / "Verhandlungsweg") 0.7; a shared seven-letter part 0.6; stems and parts of a
hyphenated compound are its head's ("Ukraine-Solidaritätsgipfel" shares no stem with "Ukraine"). ``strict`` knows
only the same lemma and stem: the evidence that the same words were used. (Tried and not kept: a German verb and
the same verb with a prefix, "ändern" / "verändern", as a stem: it also paired "stehen" / "verstehen".) A number
written in words, in Roman or in digits is one word when two renderings are aligned (``number_key``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.align.lexicon import paraphrases

# British and American spellings of one word ("denuclearisation" / "denuclearization", "honour" / "honor",
# "defence" / "defense", "travelled" / "traveled"): one rendering, not two
_SPELLINGS = [(re.compile(p), r) for p, r in (
    (r"isation(s?)$", r"ization\1"), (r"is(e|es|ed|ing)$", r"iz\1"), (r"ys(e|es|ed|ing)$", r"yz\1"),
    (r"(\w{3,})our(s?)$", r"\1or\2"), (r"(\w{3,})tre(s?)$", r"\1ter\2"), (r"ogue(s?)$", r"og\1"),
    (r"(\w{3,}[aeiou])ll(ed|ing|er)$", r"\1l\2"), (r"ence$", r"ense"))]


@lru_cache(maxsize=65536)
def spelling_key(word: str) -> str:
    """An English ``word`` with British spellings made American, so two renderings differing only in spelling
    compare equal (both sides go through it; German words are left alone: "Reise" is no "Reize")."""
    for pattern, repl in _SPELLINGS:
        word = pattern.sub(repl, word)
    return word


def _head(word: str, other: str) -> str:
    """The head of a hyphenated compound ("ukraine-solidaritätsgipfel" -> "solidaritätsgipfel"): stems and parts
    are compared on it, so a name before the hyphen makes no shared stem; the compound written as one word by the
    other rendering stays whole ("Minderheiten-Rechte" / "Minderheitenrechte")."""
    if "-" not in word or other.replace("-", "") == word.replace("-", ""):
        return word.replace("-", "")
    return word.rsplit("-", 1)[-1]


class WordSimilarity:
    """Word similarity for retrieval: lemma, paraphrase concept, stem, compound part."""

    def __init__(self, language: str) -> None:
        self.para = paraphrases(language)
        self._concepts: dict[str, frozenset[str]] = {}
        self._sims: dict[tuple[str, str], float] = {}  # word pairs recur across outlets: remember them

    def concepts(self, lemma: str) -> frozenset[str]:
        c = self._concepts.get(lemma)
        if c is None:
            c = frozenset(self.para.single.get(lemma, ()))
            self._concepts[lemma] = c
        return c

    def strict(self, a: str, b: str) -> float:
        """Same lemma or same stem only (evidence that the same words were used)."""
        if a == b:
            return 1.0
        a, b = _head(a, b), _head(b, a)
        return 0.7 if len(a) >= 7 and len(b) >= 7 and a[:6] == b[:6] else 0.0

    def sim(self, a: str, b: str) -> float:
        if a == b:
            return 1.0
        key = (a, b)
        found = self._sims.get(key)
        if found is None:
            found = self._sim(a, b)
            self._sims[key] = found
        return found

    def _sim(self, a: str, b: str) -> float:
        if self.concepts(a) & self.concepts(b):
            return 0.8
        a, b = _head(a, b), _head(b, a)  # "Ukraine-Solidaritätsgipfel" shares no stem with "Ukraine"
        if len(a) >= 7 and len(b) >= 7 and a[:6] == b[:6]:
            return 0.7
        if len(a) >= 7 and len(b) >= 7 and (a[:7] in b or b[:7] in a):
            return 0.6
        return 0.0


_NUMERALS = {**{w: str(n) for n, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven",
                                                   "eight", "nine", "ten"))},
             **{w: str(n) for n, w in enumerate(("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben",
                                                   "acht", "neun", "zehn"))},
             **{r: str(n) for n, r in enumerate(("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")) if r}}


def numeral(word: str) -> str:
    """A number written in words, in Roman or in digits, as digits ("World War Three" / "World War III")."""
    return _NUMERALS.get(word, word)


def number_key(word: str) -> str:
    """``numeral`` for aligning words: a single letter stays itself ("I" is the pronoun, not one)."""
    return word if len(word) == 1 else numeral(word)

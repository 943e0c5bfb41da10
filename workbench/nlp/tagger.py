"""German POS tags and lemmas from HanTa, made fast by caching.

HanTa (the Hanover Tagger) tags a sentence with STTS tags and gives context
lemmas, but at about 6,000 tokens/s, too slow to import a thousand articles.
Its cost is in three places, and each is cached here without changing a
single output:

* ``_tag_word`` (the tag distribution of a word form, a morphological
  analysis for unknown words) and ``_analyze`` (the lemma of a form under a
  tag) are pure functions of their arguments; they are memoised per process.
* The Viterbi pass over a sentence is memoised per sentence (a tuple of
  token texts): news texts and their rewrites repeat sentences verbatim.

Lemma source per POS, and why:

* Verbs, auxiliaries, adjectives, pronouns, articles, adverbs, particles:
  HanTa's in-context lemma. spaCy's lookup table is context-free and wrong
  for ambiguous forms ("Sie" -> "ich", "seine" -> "mein", "alter" ->
  "altern") and lemmatises participles used as adjectives to verbs.
* Nouns and proper nouns (NN, NE, NNA, NNI): HanTa's lemma of the word form
  out of context, so that one form gets one lemma whether the sentence makes
  it NN or NE ("Putin" is otherwise "Puti" as NN); in hyphenated compounds
  only the last part is lemmatised ("Amur-Region", not "Amur-regio").
* Numbers, punctuation, foreign material, non-words (CARD, $, FM, XY): the
  surface form; there is nothing to reduce, and HanTa would cut foreign
  words as if German.
* spaCy's lookup lemma is the fallback when HanTa has nothing.

All lemmas are case-folded (lower case, "ß" -> "ss") because later stages
compare lemmas across outlets: case there reflects sentence position and
headline style, and "ß"/"ss" reflects Swiss or old spelling, not meaning.
The POS tag still tells nouns from other words.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from functools import lru_cache
from workbench.nlp.particles import rejoin_particles

SENTENCE_CACHE_SIZE = 20_000
WORD_CACHE_SIZE = 200_000
# HanTa's analysis of an unknown word tries every split of it, which takes
# time quadratic in its length (a 10,000-character "word" ran for minutes).
# The longest German compounds in print have about 60 letters; anything
# longer is no word HanTa could know (a URL, a hash, a run of letters): it
# is tagged XY with its surface form as lemma, and HanTa sees a placeholder
# in its place so the sentence around it is still tagged in context.
MAX_WORD_CHARS = 64
_PLACEHOLDER = "X"
# HanTa's analysis of any word its lexicon lacks costs about 1.5 ms (every
# split of the word is tried). German prose leaves 15-35 % of its distinct
# word forms to that analysis (the development corpus: at most 33 % in one
# article); a text of random letters nearly 100 %, and 10,000 such "words"
# took 14 s. In a text with at least NONSENSE_MIN_UNKNOWN unknown forms that
# are more than NONSENSE_SHARE of its forms, unknown words are treated like
# over-long ones (XY, surface lemma, a placeholder for HanTa).
NONSENSE_MIN_UNKNOWN = 1_000
NONSENSE_SHARE = 0.8
_WORD = re.compile(r"[^\W\d_]+")

# Typographic punctuation HanTa's model never saw: give it the ASCII form.
_NORMALISE = {c: '"' for c in "„“”«»‚‘’‹›"} | {"–": "-", "—": "-", "…": "...", "−": "-"}
_NOUNS = frozenset({"NN", "NE", "NNA", "NNI"})
_SURFACE = frozenset({"CARD", "FM", "XY"})


class GermanTagger:
    """HanTa with per-process caches; one instance per process (``get_tagger``)."""

    def __init__(self) -> None:
        from HanTa import HanoverTagger  # lazy: loading the model takes a moment

        hanta = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
        # Instance attributes shadow the methods HanTa calls on itself, so
        # tag_sent runs unchanged but every word analysis is computed once.
        hanta._tag_word = lru_cache(maxsize=WORD_CACHE_SIZE)(hanta._tag_word)
        hanta._analyze = lru_cache(maxsize=WORD_CACHE_SIZE)(hanta._analyze)
        self._hanta = hanta
        self._sentences: OrderedDict[tuple[str, ...], tuple[tuple[str, str], ...]] = OrderedDict()
        self._lock = threading.Lock()  # HanTa and the caches are not thread-safe

    def mostly_unknown(self, text: str) -> bool:
        """Whether ``text`` is no German prose to HanTa's lexicon (see NONSENSE_SHARE)."""
        forms = set(_WORD.findall(text))
        if len(forms) < NONSENSE_MIN_UNKNOWN:
            return False
        lexicon, normalize = self._hanta.cache, self._hanta.normalize
        unknown = sum(1 for form in forms if normalize(form) not in lexicon)
        return unknown >= NONSENSE_MIN_UNKNOWN and unknown > NONSENSE_SHARE * len(forms)

    def tag(self, words: tuple[str, ...], fallback: tuple[str, ...],
            known_only: bool = False) -> tuple[tuple[str, str], ...]:
        """(lemma, STTS tag) per word of one sentence; ``fallback`` holds lookup lemmas.

        ``known_only`` (for a text that ``mostly_unknown``): words HanTa's lexicon lacks are tagged XY.
        """
        if not words:
            return ()
        key = ("\0known-only", *words) if known_only else words
        with self._lock:
            found = self._sentences.get(key)
            if found is not None:
                self._sentences.move_to_end(key)
                return found
            result = self._tag(words, fallback, known_only)
            self._sentences[key] = result
            if len(self._sentences) > SENTENCE_CACHE_SIZE:
                self._sentences.popitem(last=False)
            return result

    def _tag(self, words: tuple[str, ...], fallback: tuple[str, ...],
             known_only: bool = False) -> tuple[tuple[str, str], ...]:
        hanta = self._hanta
        if known_only:
            skip = [len(w) > MAX_WORD_CHARS or (w.isalpha() and hanta.normalize(w) not in hanta.cache) for w in words]
        else:
            skip = [len(w) > MAX_WORD_CHARS for w in words]
        tagged = hanta.tag_sent([_PLACEHOLDER if s else _NORMALISE.get(w, w) for w, s in zip(words, skip)])
        tags = ["XY" if s else _stts(tag) for s, (_, _, tag) in zip(skip, tagged)]
        lemmas = [self._lemma(word, lemma, tag, spare)
                  for word, (_, lemma, _), tag, spare in zip(words, tagged, tags, fallback)]
        lemmas = rejoin_particles(tags, lemmas)
        return tuple((_fold(lemma), tag) for lemma, tag in zip(lemmas, tags))

    def _lemma(self, word: str, hanta_lemma: str, tag: str, fallback: str) -> str:
        if tag.startswith("$") or tag in _SURFACE:
            return word
        if tag in _NOUNS:
            return self._noun(word) or fallback or word
        return hanta_lemma or fallback or word

    @lru_cache(maxsize=WORD_CACHE_SIZE)  # noqa: B019 - one tagger per process, lives as long
    def _noun(self, word: str) -> str:
        """Context-free lemma of a noun form; compounds with hyphens by their last part."""
        head, dash, last = word.rpartition("-")
        if dash and head and len(last) > 1 and last[0].isupper() and last.isalpha():
            return head + dash + self._noun(last)
        try:
            lemma, tag = self._hanta.analyze(word)
            if tag not in _NOUNS:
                lemma, tag = self._hanta.analyze(word, "NN")
        except (IndexError, KeyError):  # HanTa has no analysis for the form
            return ""
        if word.endswith("ss") and lemma == word[:-1]:
            return word  # "Anschluss": HanTa strips the s of unknown -ss nouns as if genitive
        return lemma


@lru_cache(maxsize=256)
def _stts(tag: str) -> str:
    """HanTa writes "VV(FIN)", "ADJ(A)"; STTS (and spaCy's German tags) say "VVFIN", "ADJA"."""
    if tag.startswith("$"):
        return tag
    return tag.replace("(", "").replace(")", "")


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _fold(lemma: str) -> str:
    return lemma.casefold()


_TAGGER: GermanTagger | None = None
_TAGGER_LOCK = threading.Lock()


def get_tagger() -> GermanTagger:
    """The process-wide tagger, loaded on first use."""
    global _TAGGER
    with _TAGGER_LOCK:
        if _TAGGER is None:
            _TAGGER = GermanTagger()
        return _TAGGER


def fold(lemma: str) -> str:
    """The case-folded form lemmas are stored in (for pipelines other than HanTa)."""
    return _fold(lemma)

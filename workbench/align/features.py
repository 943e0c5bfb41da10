"""From segments to weighted features: what two passages must share to report one fact.

Word features are case-folded lemmas (not surface forms) of content words,
the parts of German compounds, the parts of hyphenated words, and the
concepts of the paraphrase lexicon. Names, numbers and quoted words weigh
more; stop words and punctuation are left out. Character n-grams of the
content lemmas form a second, fuzzier vector.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from workbench.align.lexicon import ParaphraseLexicon
from workbench.align.phonetic import cologne
from workbench.align.params import AlignParams
from workbench.align.quotes import inside, quoted_ranges
from workbench.core.models import Segment, Token

NAME_TAGS = {"NE", "PROPN", "NNP", "NNPS"}
# Function-word tags (STTS and UD) that carry no fact even when the stop list misses them:
# modal and auxiliary verbs, articles, pronouns, particles, prepositions, conjunctions.
FUNCTION_TAG_PREFIXES = ("VM", "VA", "ART", "PP", "PD", "PI", "PR", "PW", "PTK", "AP", "KO", "AUX", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART")
SPLITTABLE_TAGS = {"NN", "ADJA", "ADJD", "NOUN", "ADJ"}  # compounds worth splitting (never names)
NUMBER_TAGS = {"CARD", "NUM", "CD"}
_FUGEN = ("s", "es", "n", "en", "e", "er")  # German linking elements between compound parts


@dataclass
class AlignInput:
    """One document as the alignment engine sees it."""

    doc: str
    text: str
    segments: list[Segment]
    tokens: list[Token]
    language: str = "de"


@dataclass
class Unit:
    """A segment taking part in alignment (boilerplate never does)."""

    doc: str
    doc_rank: int
    index: int  # position among this document's units
    start: int
    end: int
    kind: str
    segment: int = 0  # position among all the document's segments (furniture included)
    words: Counter = field(default_factory=Counter)
    chars: Counter = field(default_factory=Counter)
    ordinals: dict[str, set[str]] = field(default_factory=dict)  # noun -> ordinals said of it ("zweiten Wahlgang")


def build_units(docs: list[AlignInput], params: AlignParams, lexicons: dict[str, ParaphraseLexicon]) -> list[Unit]:
    """Units of all documents with their raw (un-weighted by IDF) features."""
    per_doc = []
    vocab: set[str] = set()
    for rank, d in enumerate(docs):
        starts = [t.start for t in d.tokens]
        quotes = quoted_ranges(d.text)
        units: list[tuple[Unit, list[Token]]] = []
        for position, seg in enumerate(d.segments):
            if seg.kind == "boilerplate" or not d.text[seg.start : seg.end].strip():
                continue
            lo, hi = bisect_left(starts, seg.start), bisect_left(starts, seg.end)
            for a, b in clause_spans(d, lo, hi, quotes, params.clause_min_words):
                unit = Unit(d.doc, rank, len(units), d.tokens[a].start if a > lo else seg.start,
                            d.tokens[b - 1].end if b < hi else seg.end, seg.kind, segment=position)
                units.append((unit, d.tokens[a:b]))
            for t in d.tokens[lo:hi]:
                if t.pos in SPLITTABLE_TAGS and not t.is_stop and len(t.lemma) >= params.min_compound_part:
                    vocab.add(t.lemma.casefold())
        per_doc.append((d, units, quotes))
    for lex in lexicons.values():
        vocab.update(w for w in lex.single if len(w) >= params.min_compound_part)
    splitter = CompoundSplitter(vocab, params.min_compound_part)
    out = []
    for d, units, quotes in per_doc:
        lex = lexicons.get(d.language) or ParaphraseLexicon()
        for unit, tokens in units:
            _fill(unit, tokens, d, quotes, params, lex, splitter)
            out.append(unit)
    return out


_CLAUSE_MARKS = {";", ":", "–", "—"}
_CLAUSE_OPENERS = {"KOUS", "PRELS", "PWAV", "KON", "SCONJ", "CCONJ"}


def clause_spans(d: AlignInput, lo: int, hi: int, quotes, min_words: int) -> list[tuple[int, int]]:
    """Token index ranges (into ``d.tokens``) of the clauses of the sentence ``d.tokens[lo:hi]``: split after
    ";", ":", a dash, or a comma before a conjunction or relative pronoun, where both sides have ``min_words``
    words or more and the boundary is not inside a quotation. ``min_words`` 0: the whole sentence."""
    tokens = d.tokens
    if not min_words or sum(1 for t in tokens[lo:hi] if not t.is_punct) < 2 * min_words:
        return [(lo, hi)]
    cuts = [lo]
    for k in range(lo, hi - 1):
        t, nxt = tokens[k], tokens[k + 1]
        if not t.is_punct or (quotes and inside(quotes, t.start, t.end)):
            continue
        surface = d.text[t.start:t.end]
        if surface in _CLAUSE_MARKS or (surface == "," and (nxt.pos in _CLAUSE_OPENERS or
                                                            (not nxt.pos and nxt.is_stop))):
            left = sum(1 for w in tokens[cuts[-1]:k] if not w.is_punct)
            right = sum(1 for w in tokens[k + 1:hi] if not w.is_punct)
            if left >= min_words and right >= min_words:
                cuts.append(k + 1)
    bounds = cuts + [hi]
    return list(zip(bounds, bounds[1:]))


_ORDINALS = {"erst": "1", "erste": "1", "zweit": "2", "zweite": "2", "dritt": "3", "dritte": "3", "viert": "4",
             "vierte": "4", "fünft": "5", "fünfte": "5", "first": "1", "second": "2", "third": "3", "fourth": "4",
             "fifth": "5"}
_ORDINAL_DIGIT = re.compile(r"^(\d{1,2})\.$")


def _ordinal(t: Token, surface: str) -> str | None:
    m = _ORDINAL_DIGIT.match(surface)
    if m:
        return m.group(1)
    return _ORDINALS.get((t.lemma or surface).casefold()) or _ORDINALS.get(surface.casefold().rstrip("nmrs"))


def _fill(unit, tokens, d, quotes, params, lex, splitter) -> None:
    bag: set[str] = set()
    german = d.language == "de"
    for n, t in enumerate(tokens):
        if t.is_punct:
            continue
        surface = d.text[t.start : t.end]
        rank = _ordinal(t, surface)
        if rank:  # "im zweiten Wahlgang", "the second round": the noun the ordinal counts
            for nxt in tokens[n + 1 : n + 3]:
                if nxt.pos in ("NN", "NOUN") or (not nxt.pos and not nxt.is_stop and not nxt.is_punct):
                    unit.ordinals.setdefault((nxt.lemma or d.text[nxt.start:nxt.end]).casefold(), set()).add(rank)
                    break
        lemma = (t.lemma or surface).casefold()
        bag.add(lemma)
        bag.add(surface.casefold())
        if t.is_stop:
            continue
        weight = 1.0
        is_name = t.pos in NAME_TAGS or (not t.pos and not german and n > 0 and surface[:1].isupper())
        if is_name:
            weight *= params.name_boost
            key = cologne(lemma)
            if len(key) >= 3 and params.phonetic_weight:
                unit.words[f"@{key}"] += params.phonetic_weight * weight
        if t.pos in NUMBER_TAGS or any(c.isdigit() for c in surface):
            weight *= params.number_boost
        if quotes and inside(quotes, t.start, t.end):
            weight *= params.quote_boost
        unit.words[lemma] += weight
        parts = [p for p in lemma.split("-") if len(p) > 1] if "-" in lemma else []
        parts += splitter.split(lemma) if german and t.pos in SPLITTABLE_TAGS else []
        for part in parts:
            unit.words[part] += params.compound_part_weight * weight
            bag.add(part)
        if not any(c.isdigit() for c in lemma):
            padded = f"<{lemma}>"
            for k in range(max(1, len(padded) - params.char_ngram + 1)):
                unit.chars[padded[k : k + params.char_ngram]] += 1
    for concept in sorted(lex.concepts(bag)):
        unit.words[f"~{concept}"] += params.concept_weight


class CompoundSplitter:
    """Split German compounds into parts that occur as words of their own.

    "kurzstreckenrakete" -> ["rakete", "kurzstrecke"] when "rakete" and
    "kurzstrecke" are known words (of the corpus or the lexicon). The head
    (last part) carries the meaning class; the longest known head wins.
    """

    def __init__(self, vocab: set[str], min_part: int) -> None:
        self.vocab = vocab
        self.min_part = min_part
        self._cache: dict[str, list[str]] = {}

    def split(self, word: str) -> list[str]:
        if word in self._cache:
            return self._cache[word]
        parts: list[str] = []
        if len(word) >= 2 * self.min_part and word.isalpha():
            for k in range(self.min_part, len(word) - self.min_part + 1):
                head = word[k:]
                if head in self.vocab:
                    parts.append(head)
                    modifier = word[:k]
                    for candidate in [modifier] + [modifier[: -len(f)] for f in _FUGEN if modifier.endswith(f)]:
                        if len(candidate) >= self.min_part and candidate in self.vocab:
                            parts.append(candidate)
                            break
                    break
        self._cache[word] = parts
        return parts

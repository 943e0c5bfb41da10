"""Quote variants, step 1: which renderings of one utterance to compare (``QuotePairs``).

Every direct quotation (``workbench.align.quotes``) of at least one content
word that is not a name or number is a query. It is looked up in the
sentences of the other documents by weighted word overlap (rare words weigh
more; same lemma, a shared paraphrase concept, a shared stem or a compound
part count as partial matches). In a sentence that holds a quotation the
query is compared with that quotation (direct vs direct); otherwise with the
clause holding the matched words (direct vs indirect rendering; this needs
two shared lemmas or stems, not just related words). Sentences the
alignment put in one group (the same fact) need less overlap. Outside a
group, a quotation of one or two words pairs with a much longer rendering
only when each of its words is found there or stands where the other has
another word beside a shared one ("heiliger Krieg" / "heiligen Kampf zum
Schutz …"; not "Old friend" / "a good neighbor, friend and partner"). In untagged
text, renderings sharing only capitalised words (names) are no pair. The
word comparison of each pair and the cues are in ``quote_variants``.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher

import numpy as np

from workbench.cues.matcher import CompiledLexicon
from workbench.cues.quote_words import WordSimilarity
from workbench.cues.quote_units import (NAME_NUMBER, Unit, clause_around, content, degree_only, extend, in_place,
                                       organisation_name, sentence_units)
from workbench.cues.speech_clauses import subjunctive_verb
from workbench.cues.textview import DocView, Tok

THRESHOLD = 0.5
ONE_WORD_PARTNER = 6  # content words of the longest quotation a quotation of one word may render (outside a row)
SHORT_QUOTE = 2  # content words of a quotation that must all be found in a much longer rendering
LONG_FACTOR = 2  # ... longer: more than this many times its content words
GROUP_THRESHOLD = 0.3  # passages aligned as one fact need less evidence
INDIRECT_THRESHOLD = 0.6
INDIRECT_BESIDE_DIRECT = 0.8
_NEAR_BEST = 0.85
# A quotation of few content words ("Zu oft hat er mein Vertrauen gebrochen" / "… missbraucht") is found by its
# shape: the lemmas of both renderings, function words included, agree this much (difflib ratio) and at least
# one content word is the same; the content-word score alone (1 of 2) stays below the threshold.
SHAPE_RATIO = 0.75
SHAPE_MIN_TOKENS = 5  # shorter quotations ("Das ist falsch") have too little shape to tell
@dataclass
class Pair:
    a: list[Tok]
    b: list[Tok]
    doc_a: str
    doc_b: str
    direct: bool
    ops: list = field(default_factory=list)


def closeness(p: Pair) -> float:
    """How alike a compared pair's two renderings are: the share of their words (both sides counted) the word
    alignment (``Pair.ops``) pairs as equal."""
    same = sum(i2 - i1 for tag, i1, i2, _, _ in p.ops if tag == "equal")
    total = sum(i2 - i1 for _, i1, i2, _, _ in p.ops) + sum(j2 - j1 for _, _, _, j1, j2 in p.ops)
    return 2 * same / total if total else 0.0


# words that tell whose statement a sentence gives ("so" only in German: "…, so Putin"; English "so far" is none)
_ATTRIBUTING = {"de": {"laut", "zufolge", "so"}, "en": {"according", "per"}}
CANDIDATES_PER_DOC = 6  # sentences per document examined for each quotation
CANDIDATE_DOCS = 12  # documents examined for each quotation: those sharing most of its words



class QuotePairs:
    def __init__(self, views: list[DocView], lexicons: dict[str, CompiledLexicon]) -> None:
        self.views = views
        self.lexicons = lexicons
        self._firsts: dict[tuple[int, ...], dict[str, Tok]] = {}
        self._bests: dict[tuple, tuple[float, Tok | None]] = {}
        self.units = sentence_units(views)
        self.sims = {v.language: WordSimilarity(v.language) for v in views}
        df: Counter[str] = Counter()
        for u in self.units:
            df.update({t.lemma for t in u.toks if content(t)})
        n = max(1, len(self.units))
        self.idf = {w: math.log(1 + n / c) for w, c in df.items()}
        # inverted index: word features -> units, so a query only meets sentences sharing a word with it
        self.index: dict[str, set[int]] = {}
        features: dict[tuple[str, str], set[str]] = {}  # lemmas recur: their features are made once
        for k, u in enumerate(self.units):
            sim = self.sims[u.view.language]
            for t in u.toks:
                if content(t):
                    key = (u.view.language, t.lemma)
                    found = features.get(key)
                    if found is None:
                        found = features[key] = self._features(t.lemma, sim, query=False)
                    for f in found:
                        self.index.setdefault(f, set()).add(k)
        self.max_idf = math.log(1 + n)
        self.df = df
        doc_ids = [v.doc for v in views]
        name_rank = {d: r for r, d in enumerate(sorted(set(doc_ids)))}  # ties between documents: by id, as text
        position = {d: k for k, d in enumerate(doc_ids)}
        self._unit_doc = np.array([position[u.view.doc] for u in self.units], dtype=np.int64)
        self._doc_name_rank = np.array([name_rank[d] for d in doc_ids], dtype=np.int64)
        self._hit_memo: dict[tuple[str, int], np.ndarray] = {}
        self._candidate_memo: dict[tuple, set[int]] = {}
        self._view = {v.doc: v for v in views}
        self._opcodes: dict[tuple[tuple[str, ...], tuple[str, ...]], list] = {}
        self._position = {v.doc: k for k, v in enumerate(views)}
        self._rendering_memo: dict[tuple, tuple[list, list]] = {}
        self._signatures: dict[tuple, int] = {}
        self._shape_memo: dict[tuple[tuple[str, ...], tuple[str, ...]], float] = {}
        self._attributed_memo: dict[tuple[str, int], bool] = {}

    # -- retrieval -------------------------------------------------------------
    def _score(self, query: list[Tok], target: list[Tok], sim: WordSimilarity, strict: bool = False
               ) -> tuple[float, set[int], int]:
        """Weighted share of the query's words found in ``target``; matched target tokens; exact hits."""
        total = got = 0.0
        matched: set[int] = set()
        exact = 0
        key, first = self._first_of(target)
        for q in query:
            w = self.idf.get(q.lemma, self.max_idf)
            total += w
            best, where = self._best(q.lemma, key, first, sim, strict)
            if best > 0 and where is not None:
                got += w * best
                matched.add(where.i)
                exact += best >= 0.7
        return (got / total if total else 0.0), matched, exact

    def _best(self, lemma: str, key: tuple[int, ...], first: dict[str, Tok], sim: WordSimilarity, strict: bool
              ) -> tuple[float, Tok | None]:
        """The best similarity of ``lemma`` to a word of the target, and the (first) token that has it."""
        same = first.get(lemma)
        if same is not None:  # the same lemma scores 1.0, which nothing beats; an earlier 1.0 is the same lemma
            return 1.0, same
        memo_key = (lemma, key, strict, id(sim))
        found = self._bests.get(memo_key)
        if found is None:
            measure = sim.strict if strict else sim.sim
            best, where = 0.0, None
            for other, t in first.items():
                s = measure(lemma, other)
                if s > best:
                    best, where = s, t
            found = self._bests[memo_key] = (best, where)
        return found

    def _first_of(self, target: list[Tok]) -> tuple[tuple[int, ...], dict[str, Tok]]:
        """Each distinct content lemma of ``target`` once, at its first token (the first best token wins ties).

        The same token lists are scored against many queries, so this is remembered per list of tokens
        (tokens live as long as the finder's views: their ids are stable keys). Every list scored here is
        the words between two tokens of one sentence, without punctuation and perhaps without the quoted
        ones, so its first and last token and its length name it.
        """
        key = (id(target[0]), id(target[-1]), len(target)) if target else ()
        first = self._firsts.get(key)
        if first is None:
            first = {}
            for t in target:
                if content(t) and t.lemma not in first:
                    first[t.lemma] = t
            self._firsts[key] = first
        return key, first

    def _query_words(self, toks: list[Tok], indirect: bool, language: str) -> list[Tok]:
        """Content words, not names; for indirect speech and untagged English (no tag marks "President") not titles."""
        lex = self.lexicons.get(language)
        out = []
        for t in toks:
            if not content(t) or t.tag_is(*NAME_NUMBER):
                continue
            if (indirect or language.startswith("en")) and lex and any(e.family == "actor_label" for e in lex.candidates(t)):
                continue
            out.append(t)
        return out

    def _queries(self) -> list[tuple[Unit, list[Tok]]]:
        out = []
        for u in self.units:
            for region in u.regions:
                if self._query_words(region, False, u.view.language) and not organisation_name(region):
                    out.append((u, region))
        return out

    @staticmethod
    def _features(lemma: str, sim: WordSimilarity, query: bool) -> set[str]:
        out = {"l:" + lemma} | {"c:" + c for c in sim.concepts(lemma)}
        if len(lemma) >= 7:
            grams = {lemma[k:k + 7] for k in range(len(lemma) - 6)}
            out.add("p:" + lemma[:6])
            if query:
                out.add("g:" + lemma[:7])
                out.update("h:" + g for g in grams)
            else:
                out.update("g:" + g for g in grams)
                out.add("h:" + lemma[:7])
        return out

    def _candidates(self, words: list[Tok], sim: WordSimilarity) -> set[int]:
        """Sentences sharing the query's words, the best few per document.

        Every sentence of an event corpus shares some word with a quotation;
        ranking by the (IDF-weighted) query words they share and keeping the
        best ``CANDIDATES_PER_DOC`` per document keeps this linear in the
        number of documents; only the ``CANDIDATE_DOCS`` documents that share
        the most are examined, so large comparisons stay near linear.

        The sentences a word hits are looked up once per word, the sums are
        made by ``numpy.bincount`` (same additions, same order, same result as
        a loop), and a query repeated in another outlet is answered from memory.
        """
        key = (id(sim), *(t.lemma for t in words))
        found = self._candidate_memo.get(key)
        if found is not None:
            return found
        hits = [self._hits(t.lemma, sim) for t in words]
        weights = [np.full(len(h), self.idf.get(t.lemma, self.max_idf)) for t, h in zip(words, hits)]
        n = len(self.units)
        found = set()
        if hits and sum(len(h) for h in hits):
            score = np.bincount(np.concatenate(hits), weights=np.concatenate(weights), minlength=n)
            units = np.flatnonzero(score > 0)
            values = score[units]
            docs = self._unit_doc[units]
            order = np.lexsort((units, -values, docs))  # by document, best first, then unit index
            units, values, docs = units[order], values[order], docs[order]
            starts = np.flatnonzero(np.r_[True, docs[1:] != docs[:-1]])
            ends = np.r_[starts[1:], len(units)]
            pick = np.lexsort((self._doc_name_rank[docs[starts]], -values[starts]))[:CANDIDATE_DOCS]
            for r in pick:
                found.update(units[starts[r] : min(ends[r], starts[r] + CANDIDATES_PER_DOC)].tolist())
        self._candidate_memo[key] = found
        return found

    def _hits(self, lemma: str, sim: WordSimilarity) -> np.ndarray:
        """Indices of the units any feature of ``lemma`` (as a query word) hits, once each, ascending."""
        found = self._hit_memo.get((lemma, id(sim)))
        if found is None:
            units: set[int] = set()
            for f in self._features(lemma, sim, query=True):
                units |= self.index.get(f, set())
            found = self._hit_memo[(lemma, id(sim))] = np.array(sorted(units), dtype=np.int64)
        return found

    def _distinctive(self, words: list[Tok]) -> bool:
        return len(words) > 1 or (bool(words) and self.df.get(words[0].lemma, 0) <= 3)

    @staticmethod
    def _in_proportion(words: list[Tok], other: list[Tok]) -> bool:
        """A quotation of one word is found in a short quotation only: "ein paar Fehler" is no rendering of a
        long statement of someone else's that ends in "ein tragischer Fehler" (outside one row)."""
        return len(words) > 1 or len(other) <= ONE_WORD_PARTNER

    def _groups_of(self, alignment) -> dict[tuple[str, int], set[str]]:
        out: dict[tuple[str, int], set[str]] = {}
        if alignment is None:
            return out
        members: dict[str, list[tuple[int, int, str]]] = {}  # members by document, for a quick look-up
        for g in alignment.groups:
            for m in g.members:
                members.setdefault(m.doc, []).append((m.start, m.end, g.id))
        for u in self.units:
            s = u.view.sentences[u.sent]
            for start, end, gid in members.get(u.view.doc, []):
                if start < s.end and s.start < end:
                    out.setdefault((u.view.doc, u.sent), set()).add(gid)
        return out

    def _renderings(self, signature: int, words: list[Tok], words_ind: list[Tok], region: list[Tok], w: Unit,
                    grouped: bool, sim: WordSimilarity, lang: str
                    ) -> tuple[list[tuple[float, Unit, list[Tok]]], list[tuple[float, Unit, list[Tok]]]]:
        """Direct and indirect renderings in sentence ``w`` of the quotation ``region``.

        They depend only on the quotation's words (``signature``: their number), not on where it stands: the same
        quotation in another outlet is answered from memory.
        """
        key = (signature, id(w), grouped)
        found = self._rendering_memo.get(key)
        if found is not None:
            return found
        direct: list[tuple[float, Unit, list[Tok]]] = []
        indirect: list[tuple[float, Unit, list[Tok]]] = []
        threshold = GROUP_THRESHOLD if grouped else THRESHOLD
        around = self._score(words, w.toks, sim)[1] if w.regions else set()  # the query's words in the sentence
        for r in w.regions:
            ext = extend(w, r, around)
            score, matched, hits = self._score(words, ext, sim)
            if (len(words) >= 3 and hits < 2 and not grouped) or not any(t.quoted for t in ext if t.i in matched) \
                    or degree_only(ext, matched):
                score = 0.0  # ... or only the outlet's words around the quotation match ("„offenen" … Dialog), or a
                # word of degree alone
            r_words = self._query_words(ext, False, lang)
            if len(r_words) < len(words) and self._distinctive(r_words) and self._in_proportion(r_words, words):
                back, back_matched, _ = self._score(r_words, region, sim)  # a fragment of the query
                if not degree_only(region, back_matched) and (
                        grouped or not self._part_of_long(self._query_words(r, False, lang), region, words, sim)):
                    score = max(score, back)
            if not w.view.tagged and not any(not t.capitalised for t in ext if t.i in matched):
                score = 0.0  # untagged, only names in common: "America first" / "MAKE AMERICA GREAT AGAIN"
            if score < threshold and hits >= 1 and self._same_shape(region, r):
                score = threshold  # the same sentence with a word or two changed
            if score >= threshold and not grouped and self._part_of_long(words, ext, r_words, sim):
                score = 0.0  # a few words, partly found in a long statement
            if score >= threshold and ((self._distinctive(words) and self._in_proportion(words, r_words)) or grouped):
                direct.append((score, w, ext))
        outside = [t for t in w.toks if not t.quoted]
        if len(words_ind) >= 2 and outside and self._attributed(w):
            score, matched, exact = self._score(words_ind, outside, sim, strict=True)
            if not w.view.tagged and not any(not t.capitalised for t in outside if t.i in matched):
                exact = 0  # untagged, only names and titles in common: "Xi Jinping and his U.S. counterpart"
            if exact >= 2:
                near = sorted(matched)
                clause = [t for t in clause_around(w, [t for t in w.toks if t.i in (near[0], near[-1])])
                          if not t.quoted]
                # or the clause is (nearly) all inside the query: a summary of part of a quotation
                c_words = self._query_words(clause, True, lang)
                back, _, back_exact = self._score(c_words, region, sim, strict=True)
                if back_exact >= 3:
                    score = max(score, back)
                if clause and score >= max(threshold, INDIRECT_THRESHOLD) \
                        and len(clause) <= 3 * len(region) + 6:
                    indirect.append((score, w, clause))
        found = self._rendering_memo[key] = (direct, indirect)
        return found

    def _attributed(self, w: Unit) -> bool:
        """The sentence tells someone's words: a verb of saying of the lexicon, "laut", "zufolge", "according to",
        or German indirect speech (a subjunctive I); or it is a headline, which gives statements without their
        speaker ("Obama begräbt die letzten Reste des Kalten Kriegs"). A sentence of the outlet's own narration that
        shares words with a quotation ("The 242 people on board the aircraft included two pilots" beside the
        directorate's "there were 242 persons on board …") renders no one's statement. (Counting the sentences
        around it too, for English reported speech that goes on in the indicative, kept most of that narration:
        one before, 13 of 27 highlights removed on the corpus; one before and one after, 11.)"""
        view = w.view
        found = self._attributed_memo.get((view.doc, w.sent))
        if found is None:
            sentence = view.sentences[w.sent]
            lex = self.lexicons.get(view.language)
            words = _ATTRIBUTING.get(view.language[:2], set())
            toks = sentence.toks
            found = sentence.kind == "headline" or any(t.fold in words or (lex is not None and any(
                e.family == "reporting_verb" and len(e.tokens) == 1 for e in lex.candidates(t)))
                for t in toks if not t.quoted) or any(subjunctive_verb(toks, k, full_verbs=True) for k in range(len(toks)))
            self._attributed_memo[(view.doc, w.sent)] = found
        return found

    def _part_of_long(self, words: list[Tok], other: list[Tok], other_words: list[Tok], sim: WordSimilarity) -> bool:
        """A quotation of a few words (``words``), some of them nowhere in a much longer rendering (``other``): "Old
        friend" renders no statement that calls China "a good neighbor, friend and partner". A word that stands
        where the other rendering has another word next to the shared one ("specially privileged" / "particularly
        privileged"; "heiliger Krieg" / "heiligen Kampf") is a changed word, not a missing one, where the shared word is
        the same word (lemma or stem), not only a related one."""
        if len(words) > SHORT_QUOTE or len(other_words) <= LONG_FACTOR * len(words):
            return False
        key, first = self._first_of(other)
        found = {q.i: self._best(q.lemma, key, first, sim, False) for q in words}
        for q in words:
            if found[q.i][0] > 0:
                continue
            if not any(in_place(q, f, where, other) for f in words
                       if (where := found[f.i][1]) is not None and sim.strict(f.lemma, where.lemma) > 0):
                return True  # the shared word must be the same word: "strategische Partnerschaft" is no rendering
                # of "Vertiefung der chinesisch-russischen Beziehungen" ("Partnerschaft" only related to "Beziehungen")
        return False

    def _same_shape(self, a: list[Tok], b: list[Tok]) -> bool:
        """Two quotations that are one sentence with a word or two changed (see ``SHAPE_RATIO``)."""
        if min(len(a), len(b)) < SHAPE_MIN_TOKENS or max(len(a), len(b)) > 2 * min(len(a), len(b)):
            return False
        ka, kb = tuple(t.lemma for t in a), tuple(t.lemma for t in b)
        ratio = self._shape_memo.get((ka, kb))
        if ratio is None:
            ratio = self._shape_memo[(ka, kb)] = SequenceMatcher(None, ka, kb, autojunk=False).ratio()
        return ratio >= SHAPE_RATIO

    def pairs(self, alignment=None) -> list[Pair]:
        groups = self._groups_of(alignment)
        candidates: list[tuple[int, float, Pair]] = []
        for u, region in self._queries():
            lang = u.view.language
            sim = self.sims[lang]
            words = self._query_words(region, False, lang)
            words_ind = self._query_words(region, True, lang)
            # the quotation's words, numbered once: a memo key of one small number hashes faster than the words
            signature = self._signatures.setdefault(tuple((t.lemma, t.fold, t.pos, t.is_stop, t.quoted) for t in region),
                                                    len(self._signatures))
            near_by_doc: dict[str, list[Unit]] = {}
            for k in sorted(self._candidates(words, sim)):
                near_by_doc.setdefault(self.units[k].view.doc, []).append(self.units[k])
            for doc in sorted((self._view[d] for d in near_by_doc), key=lambda v: self._position[v.doc]):
                if doc.doc == u.view.doc or doc.language != lang:
                    continue
                direct: list[tuple[float, Unit, list[Tok]]] = []
                indirect: list[tuple[float, Unit, list[Tok]]] = []
                for w in near_by_doc[doc.doc]:
                    grouped = bool(groups.get((u.view.doc, u.sent), set()) & groups.get((w.view.doc, w.sent), set()))
                    found_direct, found_indirect = self._renderings(signature, words, words_ind, region, w, grouped,
                                                                    sim, lang)
                    direct.extend(found_direct)
                    indirect.extend(found_indirect)
                if direct:  # an indirect rendering next to a direct one must be near-verbatim
                    indirect = [f for f in indirect if f[0] >= INDIRECT_BESIDE_DIRECT]
                found = [(f, True) for f in direct] + [(f, False) for f in indirect]
                if not found:
                    continue
                tops: dict[bool, float] = {}
                for f, kind in found:
                    if f[0] > tops.get(kind, float("-inf")):
                        tops[kind] = f[0]
                for (score, w, b_toks), is_direct in found:
                    if score < _NEAR_BEST * tops[is_direct]:
                        continue
                    if is_direct:
                        _, back, _ = self._score(self._query_words(b_toks, False, lang), u.toks, sim)
                        a_toks = extend(u, region, back)
                    else:
                        a_toks = region
                    candidates.append((0 if is_direct else 1, -score,
                                       Pair(a_toks, b_toks, u.view.doc, w.view.doc, is_direct)))
        out: list[Pair] = []
        by_docs: dict[tuple[str, str], list[Pair]] = {}  # only pairs of the same two documents can clash
        for _, _, p in sorted(candidates, key=lambda c: (c[0], c[1], c[2].doc_a, c[2].a[0].i, c[2].doc_b,
                                                           c[2].b[0].i)):
            key = (min(p.doc_a, p.doc_b), max(p.doc_a, p.doc_b))
            same_docs = by_docs.setdefault(key, [])
            if any(self._same_pair(p, q) for q in same_docs):
                continue
            same_docs.append(p)
            out.append(p)
        return out

    @staticmethod
    def _same_pair(p: Pair, q: Pair) -> bool:
        def ov(x: list[Tok], y: list[Tok]) -> bool:
            return x[0].i <= y[-1].i and y[0].i <= x[-1].i

        if p.doc_a == q.doc_a and p.doc_b == q.doc_b:
            return ov(p.a, q.a) and ov(p.b, q.b)
        if p.doc_a == q.doc_b and p.doc_b == q.doc_a:
            return ov(p.a, q.b) and ov(p.b, q.a)
        return False

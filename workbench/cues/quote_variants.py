"""Quote variants: one utterance rendered in different words by different outlets.

1. Which renderings to compare: ``quote_pairs`` (each direct quotation looked
   up in the other documents, as a quotation or as an indirect rendering).
2. The two renderings are aligned word by word (lemmas). Inserted, deleted and
   replaced words inside the aligned stretch are differences; at the edges
   only replacements count (a shorter quotation is a fragment, not a cut).
   Differences of function words only do not count. Between two whole quoted
   statements a changed word form also counts ("Sensible Bereiche" /
   "sensiblen Bereichen"); in a fragment built into the outlet's sentence the
   case follows that sentence. Two quotations are compared on the words inside
   their marks. Between a direct and an indirect rendering, the expected shifts
   of reported speech are ignored: pronouns, names, articles, auxiliaries,
   "dass", titles. A pair without a related content word renders no common
   statement.
3. A rendering identical to one that differs from a third gets the same marks
   (each rendering is one side of the comparison).
4. Each run of marked words is a cue; its counterparts are the renderings of
   the other documents it was compared with. Runs of function words only
   ("und", "to") are no cue. The changed words of one short quotation make one
   cue that covers the whole quotation (a reader compares quotations, not
   fragments of them), and its explanation names them; so do the changed words
   of one indirect rendering in the outlet's own words (``quote_renderings``).
"""

from __future__ import annotations

from difflib import SequenceMatcher

from workbench.core.models import Cue, Span
from workbench.cues import explain
from workbench.cues.matcher import CompiledLexicon
from workbench.cues.entities import EntityIndex
from workbench.cues.quote_additions import added_after
from workbench.cues.quote_pairs import Pair, QuotePairs, closeness as pair_closeness
from workbench.cues.quote_renderings import (WHOLE_QUOTE_TOKENS, changed_words, other_sides, partner_docs,
                                           quoted_words, rendering_around, whole_renderings)
from workbench.cues.quote_units import QUOTE_MARKS, content as _content
from workbench.cues.quote_words import number_key, numeral, spelling_key
from workbench.cues.quote_speakers import speaker
from workbench.cues.quote_statements import contradicted
from workbench.cues.textview import DocView, Tok

_ALWAYS_IGNORED = ("ART", "DET")
_REPORTED_SPEECH_SHIFTS = ("ART", "DET", "PPER", "PRF", "PPOSAT", "PDS", "PIS", "VA", "AUX", "KOUS", "PTKZU", "NE",
                           "PROPN", "PRON", "SCONJ")
_SENTENCE_END = set(".!?…") | QUOTE_MARKS
_MAX_EDGE = 3


_INDIRECT_SHARE = 0.5  # share of the shorter side's content words an indirect rendering has in common with the quote


_PERSONS = {**dict.fromkeys(("ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "i", "me", "my"), "1s"),
            **dict.fromkeys(("wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "we", "us", "our"), "1p"),
            **dict.fromkeys(("du", "dich", "dir", "dein", "deine"), "2s"), **dict.fromkeys(("ihr", "euch", "euer"), "2p")}


def _same(word: str) -> str:
    return word


def _person_changed(a: list[Tok], b: list[Tok]) -> bool:
    """Two quotations of one statement in which the speaker speaks for someone else: "Ich bin sehr stolz" /
    "Wir sind sehr stolz" (a changed personal pronoun is no mere function word)."""
    pa = {_PERSONS[t.fold] for t in a if t.fold in _PERSONS}
    pb = {_PERSONS[t.fold] for t in b if t.fold in _PERSONS}
    return bool(pa and pb and pa != pb)


def _doubled(toks: list[Tok], i1: int, i2: int) -> bool:
    """An inserted word that repeats its neighbour, for emphasis: "sehr, sehr schnell" / "sehr schnell"."""
    inserted = [t for t in toks[i1:i2] if not t.is_punct]
    if len(inserted) != 1:
        return False
    word = inserted[0].fold
    before = next((toks[k] for k in range(i1 - 1, -1, -1) if not toks[k].is_punct), None)
    after = next((toks[k] for k in range(i2, len(toks)) if not toks[k].is_punct), None)
    return (before is not None and before.fold == word) or (after is not None and after.fold == word)


def _written_apart_at_edge(a: list[Tok], b: list[Tok], left: bool) -> bool:
    """At the edge of a fragment, the shorter side's words are the longer side's last (``left``) or first words,
    written together or apart ("so lange" / "Ukraine, solange")."""
    short, long_ = sorted(([t.fold for t in a if not t.is_punct], [t.fold for t in b if not t.is_punct]), key=len)
    joined = "".join(short)
    return bool(joined) and any("".join(long_[k:] if left else long_[:len(long_) - k]) == joined
                                for k in range(len(long_)))


def _lopsided(a: list[Tok], b: list[Tok]) -> bool:
    """One side of a differing stretch holds at least four more words than the other and twice as many."""
    short, long_ = sorted((len(a), len(b)))
    return long_ - short >= 4 and long_ >= 2 * short


def _shared_content(a: list[Tok], b: list[Tok], ops) -> float:
    """Share of the shorter rendering's content words that the word alignment finds in the other."""
    same = sum(1 for tag, i1, i2, _, _ in ops if tag == "equal" for t in a[i1:i2] if _content(t))
    return same / max(1, min(sum(1 for t in a if _content(t)), sum(1 for t in b if _content(t))))


def _acronym(short: list[Tok], long: list[Tok]) -> bool:
    """"DVRK" for "Demokratische Volksrepublik Korea": an abbreviation is no change of wording."""
    if len(short) != 1 or len(long) < 2:
        return False
    abbr = short[0].surface
    if not (2 <= len(abbr) <= 6 and abbr.isalpha() and abbr.isupper()):
        return False
    letters = "".join(t.surface for t in long).casefold()
    initials = "".join(t.surface[0] for t in long).casefold()

    def subsequence(x: str, y: str) -> bool:
        it = iter(y)
        return all(c in it for c in x)

    return subsequence(abbr.casefold(), letters) and subsequence(initials, abbr.casefold())


class QuoteVariantFinder(QuotePairs):
    """Steps 2-4 on the pairs ``QuotePairs`` finds."""

    def __init__(self, views: list[DocView], lexicons: dict[str, CompiledLexicon], index: EntityIndex | None = None) -> None:
        super().__init__(views, lexicons)
        self.entities = index
        self._speakers: dict[tuple[str, int, int], str | None] = {}
        self._cut_memo: dict[str, int] = {}
        self._complete_memo: dict[tuple[str, int, int], bool] = {}
        self._keys_memo: dict[tuple, tuple[str, ...]] = {}

    def _significant(self, toks: list[Tok], direct: bool, language: str) -> list[Tok]:
        ignored = _ALWAYS_IGNORED if direct else _REPORTED_SPEECH_SHIFTS
        lex = self.lexicons.get(language)
        out = []
        for t in toks:
            if t.tag_is(*ignored):
                continue
            if not direct and lex and any(e.family == "actor_label" for e in lex.candidates(t)):
                continue
            if not direct and t.lemma in ("man", "one"):
                continue
            out.append(t)
        return out

    def _complete(self, doc: str, toks: list[Tok]) -> bool:
        """Whether a rendering is a whole statement: it opens its sentence (or follows a colon) and ends at
        a clause boundary, not where the page was cut off. A quotation of a few words inside the outlet's sentence is a fragment."""
        key = (doc, toks[0].i, toks[-1].i)
        done = self._complete_memo.get(key)
        if done is not None:
            return done
        view = self._view[doc]
        if toks[-1].end >= self._cut_at(view):
            self._complete_memo[key] = False
            return False  # the page cut the quotation off ("… an die Front zwinge"): a fragment
        sent = view.sentences[toks[0].sent].toks
        k0 = toks[0].i - sent[0].i  # a sentence's tokens are consecutive in the document
        k1 = toks[-1].i - sent[0].i
        before = next((t for t in reversed(sent[:k0]) if not (t.is_punct and t.surface in QUOTE_MARKS)), None)
        after = next((t for t in sent[k1 + 1:] if not (t.is_punct and t.surface in QUOTE_MARKS)), None)
        left = before is None or before.surface == ":"
        right = after is None or (after.is_punct and after.surface in ",.;:!?")
        done = self._complete_memo[key] = left and right
        return done

    def _cut_at(self, view: DocView) -> int:
        """Where the text ends if the page cut it off mid-sentence (else past its end)."""
        cut = self._cut_memo.get(view.doc)
        if cut is None:
            end = view.text.rstrip()
            cut = self._cut_memo[view.doc] = len(end) if end[-1:] not in _SENTENCE_END else len(view.text) + 1
        return cut

    def _word_keys(self, toks: list[Tok], key) -> tuple[str, ...]:
        """The words of a rendering as the word alignment compares them; a rendering takes part in many pairs, so
        they are made once (a rendering is a run of one sentence's tokens: its ends and length name it)."""
        name = (id(toks[0]), id(toks[-1]), len(toks), key) if toks else ()
        found = self._keys_memo.get(name)
        if found is None:
            found = self._keys_memo[name] = tuple(number_key(key(t.lemma)) for t in toks)
        return found

    def _fragment(self, pair: Pair) -> bool:
        """Either quotation is a few words inside the outlet's own sentence."""
        return not self._complete(pair.doc_a, pair.a) or not self._complete(pair.doc_b, pair.b)

    def compare(self, pair: Pair) -> tuple[list[Tok], list[Tok]]:
        """The words of each side that differ from the other."""
        a, b = pair.a, pair.b
        if pair.direct:  # two quotations: only the words inside the marks (the outlet's own words are no variant)
            a, b = quoted_words(a), quoted_words(b)
        view = self._view.get(pair.doc_a)
        language = view.language if view else "de"
        key = spelling_key if language.startswith("en") else _same
        # numbers in words, Roman or digits align as one word ("World War Three" / "World War III")
        ka, kb = self._word_keys(a, key), self._word_keys(b, key)
        ops = self._opcodes.get((ka, kb))
        if ops is None:  # renderings of one quotation recur across outlets: their word alignment is made once
            ops = self._opcodes[(ka, kb)] = SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes()
        pair.ops = ops
        equal = [n for n, op in enumerate(ops) if op[0] == "equal"]
        marks_a: list[Tok] = []
        marks_b: list[Tok] = []
        # words marked as the place of the other side's insertion (shared by design) -> the inserted words, per side
        places_a: dict[int, list[Tok]] = {}
        places_b: dict[int, list[Tok]] = {}
        if not equal:
            sim = self.sims[language]
            ca = [t for t in a if _content(t)]
            cb = [t for t in b if _content(t)]
            if not any(sim.sim(x.lemma, y.lemma) >= 0.6 for x in ca for y in cb):
                return [], []  # no content word in common, not even a related one: not one statement
            sa = self._significant(a, pair.direct, language)
            sb = self._significant(b, pair.direct, language)
            # a short rendering against a long one: on the long side only the words that correspond
            if 2 * len(a) <= len(b):
                sb = [t for t in sb if any(sim.sim(t.lemma, x.lemma) >= 0.6 for x in a)] or sb
            elif 2 * len(b) <= len(a):
                sa = [t for t in sa if any(sim.sim(t.lemma, x.lemma) >= 0.6 for x in b)] or sa
            return sa, sb
        if not pair.direct and (_shared_content(a, b, ops) < _INDIRECT_SHARE or not any(t.quoted for t in a + b)):
            return [], []  # a sentence that shares a name and a number with a quotation does not render it
        first, last = equal[0], equal[-1]
        # one rendering is all of the other and more before or after it: a longer selection, whatever it adds there
        selection = all(op[0] == "equal" for op in ops[first:last + 1])
        whole = self._complete(pair.doc_a, a) and self._complete(pair.doc_b, b) \
            and 3 * min(len(a), len(b)) >= max(len(a), len(b))
        for n, (tag, i1, i2, j1, j2) in enumerate(ops):
            if tag == "equal":
                if pair.direct and not self._fragment(pair):
                    # a changed form counts in whole statements; in a fragment built into the outlet's sentence
                    # the case follows that sentence ("wirft Scholz „kalkulierten Bruch“ vor" / "„kalkuliertem Bruch“")
                    for x, y in zip(a[i1:i2], b[j1:j2]):
                        if x.quoted and y.quoted and number_key(key(x.fold)) != number_key(key(y.fold)):
                            marks_a.append(x)
                            marks_b.append(y)
                continue
            at_edge = n < first or n > last
            ca, cb = a[i1:i2], b[j1:j2]
            # two whole statements that begin or end differently are compared there too, unless one side goes on
            # much longer: it quotes a further sentence ("It's backed you …" / "You're gambling …, this country that's
            # backed you …"), which is a longer selection, not another wording; so are words one side has before or
            # after all of the other ("Top of the line" / "Top of the line, really good"; but "We will discuss all
            # these issues" / "… all issues without haste" differ inside, and at the end too)
            edge = at_edge and (not whole or _lopsided(ca, cb) or ((not ca or not cb) and selection))
            if edge:
                if not ca or not cb:
                    if not (pair.direct and (_doubled(a, i1, i2) or _doubled(b, j1, j2))):
                        continue  # a shorter quotation is a fragment; "sehr, sehr schnell" / "sehr schnell" is not
                else:
                    if _written_apart_at_edge(ca, cb, n < first):
                        continue  # "so lange wie nötig" / "…, solange wie das nötig ist"
                    k = min(len(ca), len(cb), _MAX_EDGE)
                    ca, cb = (ca[-k:], cb[-k:]) if n < first else (ca[:k], cb[:k])
            sa = self._significant(ca, pair.direct, language)
            sb = self._significant(cb, pair.direct, language)
            if not pair.direct and not (ca and cb) and any(t.is_punct for t in ca + cb):
                # a clause or an apposition only one side has: on the quoted side it is what the other rendering
                # drops; on the outlet's own side ("The Boeing 787-8 Dreamliner, which …") it is the outlet's
                # sentence, no variant (a single added word such as "nur" in a paraphrase still counts)
                sa = [t for t in sa if t.quoted]
                sb = [t for t in sb if t.quoted]
            if not any(_content(t) for t in sa) and not any(_content(t) for t in sb) \
                    and not (pair.direct and (_person_changed(sa, sb) or _doubled(a, i1, i2) or _doubled(b, j1, j2))):
                continue  # function words only ("Brücken bauen" / "Brücken zu bauen", "euch" / "euch allen")
            if sorted(key(t.lemma) for t in sa) == sorted(key(t.lemma) for t in sb) \
                    or sorted(key(t.fold) for t in sa) == sorted(key(t.fold) for t in sb) \
                    or "".join(t.fold for t in sa) == "".join(t.fold for t in sb) \
                    or [numeral(t.fold) for t in sa] == [numeral(t.fold) for t in sb] \
                    or _acronym(sa, sb) or _acronym(sb, sa):  # the same words, read as other parts of speech
                # ("in unserer Macht stehende" / "Stehende"), or written apart ("so lange" / "solange"), are no change
                continue
            marks_a.extend(sa)
            marks_b.extend(sb)
            # a short insertion on one side: mark the place on the other side
            if not sb and len([t for t in sa if _content(t)]) <= 1 and 0 < j1 and j2 < len(b):
                marks_b.extend([b[j1 - 1], b[j2]])
                for k in (b[j1 - 1].i, b[j2].i):
                    places_b.setdefault(k, []).extend(sa)
            if not sa and len([t for t in sb if _content(t)]) <= 1 and 0 < i1 and i2 < len(a):
                marks_a.extend([a[i1 - 1], a[i2]])
                for k in (a[i1 - 1].i, a[i2].i):
                    places_a.setdefault(k, []).extend(sb)
        if not pair.direct:  # an indirect rendering reorders the words: one the other side has is moved, not changed
            la, lb = {t.lemma for t in a}, {t.lemma for t in b}
            # the place of an insertion stays marked only while the insertion does: "… von oder die Drohung mit
            # Atomwaffen" inserts words the other side has elsewhere ("Drohungen mit dem Einsatz von Atomwaffen")
            kept_a = {t.i for t in marks_a if t.lemma not in lb}
            kept_b = {t.i for t in marks_b if t.lemma not in la}
            marks_a = [t for t in marks_a
                       if t.i in kept_a or any(x.i in kept_b and _content(x) for x in places_a.get(t.i, ()))]
            marks_b = [t for t in marks_b
                       if t.i in kept_b or any(x.i in kept_a and _content(x) for x in places_b.get(t.i, ()))]
            # what is left of a side may be function words only ("oder" of "… von oder die Drohung mit …")
            marks_a = marks_a if any(_content(t) for t in marks_a) else []
            marks_b = marks_b if any(_content(t) for t in marks_b) else []
        return marks_a, marks_b

    def find(self, alignment=None) -> list[Cue]:
        pairs = [p for p in self.pairs(alignment) if not self._different_speakers(p)]
        compared = [self.compare(p) for p in pairs]
        dropped = contradicted(pairs)  # two statements sharing a word, beside a near-verbatim rendering of one
        pairs = [p for n, p in enumerate(pairs) if n not in dropped]
        compared = [c for n, c in enumerate(compared) if n not in dropped]
        marks: dict[str, dict[int, set[int]]] = {}  # doc -> token index -> pair ids
        unmarked: set[int] = set()
        for pid, (p, (ma, mb)) in enumerate(zip(pairs, compared)):
            if not ma and not mb:
                unmarked.add(pid)
            for t in ma:
                marks.setdefault(p.doc_a, {}).setdefault(t.i, set()).add(pid)
            for t in mb:
                marks.setdefault(p.doc_b, {}).setdefault(t.i, set()).add(pid)
        self._propagate(pairs, marks, unmarked)
        return self._cues(pairs, marks)

    def _different_speakers(self, p: Pair) -> bool:
        """The two renderings are said by two different people (``quote_speakers``): no one statement. Names that
        share a part are taken for one person (the index may read "Trump Selenskyj" as one name)."""
        if self.entities is None:
            return False
        a = self._speaker(p.doc_a, p.a)
        b = self._speaker(p.doc_b, p.b) if a else None
        return bool(a and b and not set(a.casefold().split()) & set(b.casefold().split()))

    def _speaker(self, doc: str, toks: list[Tok]) -> str | None:
        """``speaker`` of a rendering, looked up once (a rendering takes part in many pairs)."""
        key = (doc, toks[0].i, toks[-1].i) if toks else (doc, -1, -1)
        if key not in self._speakers:
            assert self.entities is not None  # _different_speakers asks only with an index
            self._speakers[key] = speaker(self._view[doc], self.entities, toks)
        return self._speakers[key]

    def _propagate(self, pairs: list[Pair], marks: dict[str, dict[int, set[int]]], unmarked: set[int]) -> None:
        """Identical renderings share the marks of each other (rule 3).

        Identical: nearly the same lemmas, or no difference found that counts.
        """
        twins = []
        for pid, p in enumerate(pairs):
            la, lb = len(p.a), len(p.b)
            same = sum(i2 - i1 for tag, i1, i2, _, _ in p.ops if tag == "equal")
            ratio = 2 * same / (la + lb) if la and lb else 0.0
            if ratio >= 0.85 or (ratio >= 0.6 and pid in unmarked):
                mapping: list[tuple[Tok, Tok]] = []
                for tag, i1, i2, j1, j2 in p.ops:
                    if tag == "equal":
                        mapping.extend(zip(p.a[i1:i2], p.b[j1:j2]))
                twins.append((pid, p, mapping))
        for _ in range(4):
            changed = False
            for pid, p, mapping in twins:
                ma, mb = marks.setdefault(p.doc_a, {}), marks.setdefault(p.doc_b, {})
                for x, y in mapping:
                    if x.i in ma and y.i not in mb:
                        mb[y.i] = set(ma[x.i]) | {pid}
                        changed = True
                    elif y.i in mb and x.i not in ma:
                        ma[x.i] = set(mb[y.i]) | {pid}
                        changed = True
            if not changed:
                break

    @staticmethod
    def _whole_quotations(v: DocView, runs: list[list[int]]) -> list[list[int]]:
        """Runs of changed words inside one short quotation become one run (one cue for the quotation)."""
        out: list[list[int]] = []
        last_quote = None
        for run in runs:
            toks = [v.toks[i] for i in run]
            quote = v.quote_at(toks[0].start, toks[-1].end) if all(t.quoted for t in toks) else None
            if quote and quote == last_quote and len(v.toks_between(*quote)) <= WHOLE_QUOTE_TOKENS:
                out[-1] = out[-1] + run
            else:
                out.append(list(run))
            last_quote = quote
        return out

    def _cues(self, pairs: list[Pair], marks: dict[str, dict[int, set[int]]]) -> list[Cue]:
        views = {v.doc: v for v in self.views}
        out: list[Cue] = []
        for doc in sorted(marks, key=lambda d: views[d].rank):
            v = views[doc]
            idx = sorted(marks[doc])
            runs: list[list[int]] = []
            for i in idx:
                if runs and i - runs[-1][-1] <= 2 and v.toks[i].sent == v.toks[runs[-1][-1]].sent:
                    runs[-1].append(i)
                else:
                    runs.append([i])
            runs = self._whole_quotations(v, [r for r in runs if any(_content(v.toks[i]) or v.toks[i].fold in _PERSONS
                                                                     or _doubled(v.toks, i, i + 1) for i in r)])
            for run, whole, pids in whole_renderings(v, runs, [sorted(set().union(*(marks[doc][i] for i in r)))
                                                               for r in runs], pairs, doc):
                first, last = v.toks[run[0]], v.toks[run[-1]]
                start, end = first.start, last.end
                quote = v.quote_at(start, end) if all(v.toks[i].quoted for i in run) else None
                if quote and len(v.toks_between(*quote)) <= WHOLE_QUOTE_TOKENS:
                    start, end = quote  # the whole quotation, not the changed words only
                elif whole is not None:
                    start, end = whole
                counterparts: list[tuple[Span, str]] = []
                listed: set[tuple[Span, str]] = set()
                closeness: dict[tuple[Span, str], float] = {}
                other_words: list[set[str]] = []  # the word forms of each rendering compared with
                direct = False
                partners = partner_docs(doc, [pairs[pid] for pid in pids])
                for pid in pids:
                    p = pairs[pid]
                    for other, odoc in other_sides(p, doc, partners):
                        ov = views[odoc]
                        if p.direct:  # two quotations were compared on the words inside their marks: show those
                            other = quoted_words(other)  # ("… Sicherheit“ erhoben" is the outlet's)
                        span = Span(odoc, other[0].start, other[-1].end)
                        other_words.append({t.fold for t in other})
                        item = (span, ov.text[span.start:span.end])
                        if item not in listed:
                            listed.add(item)
                            counterparts.append(item)
                        closeness[item] = max(closeness.get(item, 0.0), pair_closeness(p))
                    direct = direct or p.direct
                # the closest rendering first (the explanation names the first few), then in column order: one
                # statement quoted more alike elsewhere before another statement that shares a few of its words
                counterparts.sort(key=lambda c: (-round(closeness[c], 1), views[c[0].doc].rank, c[0].start))
                quoted = all(v.toks[i].quoted for i in run)
                changed = changed_words(v, run, other_words) if (start, end) != (
                    first.start, last.end) else []  # a whole quotation: say which of its words differ
                added = added_after(v, quote, [c[1] for c in counterparts]) if quote else []
                said = v.text[start:end]  # the quoted words, named in the explanation
                rendering = rendering_around(doc, [pairs[pid] for pid in pids], start, end)
                if rendering is not None and not changed:  # the changed words of a longer rendering: the explanation
                    said = v.text[rendering[0]:rendering[1]]  # quotes the whole rendering and names the words
                    changed = changed_words(v, run, other_words)
                if added:
                    end = added[-1].end  # the outlet's words that read as part of the quotation
                text = v.text[start:end]
                added_text = v.text[added[0].start:added[-1].end] if added else ""
                out.append(Cue(Span(doc, start, end), text, "quote_variant", explain.label("quote_variant", ""),
                               explain.explain_quote_variant(said, [c[1] for c in counterparts], v.language,
                                                             direct, changed=changed, added=added_text),
                               cls="direct" if direct else "indirect", weight=0.8,
                               speaker="quoted" if quoted else "outlet", counterparts=counterparts,
                               label_de=explain.label("quote_variant", "", "de"),
                               explanation_de=explain.explain_quote_variant(
                                   said, [c[1] for c in counterparts], v.language, direct, reader="de",
                                   changed=changed, added=added_text)))
        return out


def quote_variants(views: list[DocView], lexicons: dict[str, CompiledLexicon], alignment=None,
                   index: EntityIndex | None = None) -> list[Cue]:
    """``index``: the entity index, to tell who says a quotation (renderings by different people are no pair)."""
    return QuoteVariantFinder(views, lexicons, index).find(alignment)

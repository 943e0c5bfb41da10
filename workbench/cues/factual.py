"""Factual variants: a checkable detail on which the reports give different values.

Two detectors, both only flag; the reader decides (values may be reconcilable).

1. Named things in the same slot, across the whole set of documents. A name
   fills a slot when it stands next to a common noun that says what it is:
   "Weltraumbahnhof Baikonur", "Weltraumbahnhof von Wostotschny",
   "Trägerrakete vom Typ Angara", "Sojus-2-Weltraumrakete". Two slots are the
   same kind of thing when their nouns are equal, share a compound head of six
   or more letters (Trägerrakete / Weltraumrakete) or differ by a typo. Two
   documents conflict when one names X in such a slot, another names Y, and
   the first never mentions Y (and the sentence with Y does not mention X:
   "Wostotschny ergänzt Baikonur" names two things, it does not disagree).
   Person names are left out (titles are actor labels, not facts), and so are sources ("Nachrichtenagentur
   Kyodo": whom an outlet cites is no disputed detail). When most outlets agree (at least three, twice as many as
   any other value), only the outliers are flagged, with the majority's
   wording as counterparts: the error is shown once, where it is.
2. Inside an aligned group (the same fact), times and numbers: weekday
   expressions that are not compatible ("Mittwochmorgen" vs
   "Mittwochvormittag"; "Mittwoch" vs "Mittwochmorgen" is compatible) in
   passages that tell of one happening (a shared full verb), and
   different numbers with the same unit ("650 Kilometer" vs "600 Kilometer")
   standing in the same place of two passages that are worded alike (the
   word alignment replaces one by the other).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from difflib import SequenceMatcher
from itertools import combinations

from workbench.core.models import AlignmentResult, Cue, Span
from workbench.cues import explain
from workbench.cues.entities import EntityIndex
from workbench.cues.matcher import CompiledLexicon
from workbench.cues.textview import NAME_TAGS, DocView, Tok
from workbench.nlp.lemma_table import inflects_as_noun
from workbench.cues.row_details import majority, same_event, same_scene
from workbench.cues.quantities import (NUMBER_LINKS, VAGUE_QUANTITY, continues_group, counts_others, day_forms,
                                       detail_extent, digit_groups, figures_in_no_dispute, number_value,
                                       weekday)

_LINKS = ("von", "vom")
# a person's role: "Regierungssprecher von Sachsen-Anhalt" names whose spokesman, not a disputed detail
_ROLE_HEADS = ("sprecher", "sprecherin", "minister", "ministerin", "präsident", "präsidentin", "chef", "chefin",
               "leiter", "leiterin", "vorsitzende", "vorsitzender", "spokesman", "spokeswoman", "spokesperson",
               "president", "chief", "leader", "governor", "mayor", "bürgermeister", "bürgermeisterin")
_TYPE_NOUNS = ("typ", "type", "modell", "model", "klasse", "class", "baureihe")
# a source: "die japanische Nachrichtenagentur Kyodo" names whom the outlet cites, not a disputed detail (others cite
# Xinhua or Yonhap)
_SOURCE_HEADS = ("agentur", "sender", "zeitung", "blatt", "magazin", "portal", "fernsehen", "medium", "medien",
                 "agency", "newspaper", "broadcaster", "channel", "network", "outlet", "magazine", "daily", "tv")

_COUNTERPARTS = 30  # slots a factual variant lists as the other outlets' wording (the first ones found)
_CLOCK_UNITS = ("uhr",)  # a time of day is compared in passages describing one scene (two shared nouns)
_NUMBER_CONTEXT = 0.4  # word-level likeness two passages need before their numbers are compared


@dataclass
class Slot:
    view: DocView
    head: str
    name: str
    first: Tok
    last: Tok
    name_tok: Tok
    qualifier: str = ""  # a country's adjective before the head ("der nordkoreanischen Hauptstadt Pjöngjang")


@lru_cache(maxsize=65536)  # slots are compared pairwise; their heads recur
def _heads_match(a: str, b: str) -> bool:
    if a == b:
        return True
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    if n >= 6:
        return True
    return len(a) >= 6 and len(b) >= 6 and SequenceMatcher(None, a, b).ratio() >= 0.85


def _one_place(a: str, b: str) -> bool:
    """One name is a part of the other's hyphenated form: "Moskau-Wnukowo" and "Wnukowo" name one airport; "G-20"
    and "G20" are one name written with and without the hyphen."""
    pa, pb = set(a.casefold().split("-")), set(b.casefold().split("-"))
    return pa < pb or pb < pa or a.replace("-", "") == b.replace("-", "")


def _namelike(t: Tok) -> bool:
    return t.tag_is(*NAME_TAGS) or (t.capitalised and any(c.isdigit() for c in t.surface))


def closed(text: str, start: int, end: int) -> int:
    """``end``, or one further where the span's last word opens a quotation mark that closes right after it: the
    closing mark of a quoted name ("vom Typ „Angara“", 'vom Typ "Angara"')."""
    if end < len(text) and text[end] in "“”\"«»‘’" and start > 0 and text[text.rfind(" ", 0, end) + 1] in "„“\"»«‚":
        return end + 1
    return end


def variant_cue(v: DocView, start: int, end: int, cps: list[tuple[Span, str]]) -> Cue:
    """A factual-variant cue on ``v.text[start:end]`` with the other outlets' wording ``cps`` as counterparts."""
    end = closed(v.text, start, end)
    text = v.text[start:end]
    return Cue(Span(v.doc, start, end), text, "factual_variant", explain.label("factual_variant", ""),
               explain.explain_factual_variant(text, [c[1] for c in cps], v.language), cls="", weight=0.9,
               counterparts=cps, label_de=explain.label("factual_variant", "", "de"),
               explanation_de=explain.explain_factual_variant(text, [c[1] for c in cps], v.language, reader="de"))


class FactualFinder:
    def __init__(self, views: list[DocView], entities: EntityIndex, lexicons: dict[str, CompiledLexicon],
                 counted: set[tuple[str, int]] | None = None) -> None:
        self.counted = counted or set()
        self.views = views
        self.entities = entities
        self.lexicons = lexicons
        self._mentioned: dict[tuple[str, str], bool] = {}
        self._in_sentences: dict[tuple[int, int, str], bool] = {}
        self._forms: dict[str, tuple[set[str], set[str]]] = {}
        self._days: dict[str, set[str]] = {}  # document -> the weekday expressions it uses

    def _is_person(self, v: DocView, t: Tok) -> bool:
        name = self.entities.entity_at(v.doc, t.i)
        return bool(name) and self.entities.kind(name) == "person"

    def _names_a_kind(self, v: DocView, t: Tok) -> bool:
        """``t`` is a common noun that says what a thing is. The German tagger reads a noun before a name as
        part of the name now and then ("am Weltraumbahnhof Wostotschny" in one article, "auf dem
        Weltraumbahnhof Wostotschny" in the next): such a word counts when another place in these documents
        tags it a common noun, or when the lemma table inflects it (or its last compound part) like one."""
        if t.tag_is("NN", "NOUN"):
            return True
        if v.language != "de" or not t.tag_is("NE") or not t.surface.isalpha():
            return False
        return t.lemma in self.entities.common_nouns or inflects_as_noun(t.surface, v.language)

    def _label(self, v: DocView, t: Tok) -> bool:
        lex = self.lexicons.get(v.language)
        return lex is not None and any(e.family == "actor_label" for e in lex.candidates(t))

    def slots(self, v: DocView) -> list[Slot]:
        out: list[Slot] = []
        for s in v.sentences:
            if s.kind == "boilerplate":
                continue
            toks = [t for t in s.toks if not (t.is_punct and t.surface in "„“”\"«»‚‘’")]
            for k, t in enumerate(toks):
                head, hk = None, -1
                compound = self._compound(t)
                if compound:
                    out.append(Slot(v, compound[1], compound[0], t, t, t))
                elif _namelike(t) and not self._is_person(v, t) and not self._country(v, t) \
                        and not (t.fold != t.lemma and t.fold.endswith("s")):
                    if k >= 1 and self._names_a_kind(v, toks[k - 1]) and toks[k - 1].lemma not in _TYPE_NOUNS \
                            and not self._is_person(v, toks[k - 1]):
                        head, hk = toks[k - 1], k - 1
                    elif k >= 2 and toks[k - 1].lemma in _LINKS and self._names_a_kind(v, toks[k - 2]):
                        head, hk = toks[k - 2], k - 2
                    elif k >= 3 and toks[k - 1].lemma in _TYPE_NOUNS and toks[k - 2].lemma in _LINKS \
                            and self._names_a_kind(v, toks[k - 3]):
                        head, hk = toks[k - 3], k - 3
                    if head is not None and k + 1 < len(toks) and toks[k + 1].tag_is(*NAME_TAGS):
                        head = None  # part of a longer name
                    if head is not None and not self._label(v, head) \
                            and not head.lemma.endswith(_ROLE_HEADS + _SOURCE_HEADS):
                        before = toks[hk - 1] if hk >= 1 else None
                        qualifier = before.lemma if before is not None and before.tag_is("ADJA") \
                            and before.lemma.endswith("isch") else ""  # a country's adjective, not "neu" or "alt"
                        out.append(Slot(v, head.lemma, t.lemma, head, t, t, qualifier))
        return out

    @staticmethod
    def _compound(t: Tok) -> tuple[str, str] | None:
        """("sojus-2", "weltraumrakete") for "Sojus-2-Weltraumrakete": a type name with a number, then a noun."""
        if "-" not in t.surface or not t.tag_is("NN", "NOUN", "NE", "PROPN"):
            return None
        parts = t.surface.split("-")
        modifier = "-".join(parts[:-1])
        if len(parts) >= 2 and parts[-1][:1].isupper() and len(parts[-1]) >= 4 \
                and any(c.isdigit() for c in modifier) and any(c.isalpha() for c in modifier):
            return modifier.casefold(), parts[-1].casefold()
        return None

    def _country(self, v: DocView, t: Tok) -> bool:
        name = self.entities.entity_at(v.doc, t.i)
        return bool(name) and self.entities.kind(name) == "country"

    def _mentions(self, v: DocView, name: str) -> bool:
        key = (v.doc, name)
        if key not in self._mentioned:
            self._mentioned[key] = self._scan_mentions(v, name)
        return self._mentioned[key]

    def _scan_mentions(self, v: DocView, name: str) -> bool:
        forms = self._forms.get(v.doc)
        if forms is None:  # every form of every word of the document, once: lemma, surface, hyphen parts
            words: set[str] = set()
            prefixes: set[str] = set()
            for t in v.toks:
                words.add(t.lemma)
                words.add(t.fold)
                parts = t.fold.split("-")
                words.update(parts)
                for k in range(1, len(parts)):
                    prefixes.add("-".join(parts[:k]))
            forms = self._forms[v.doc] = (words, prefixes)
        return name in forms[0] or (len(name) >= 5 and name in forms[1])

    def _in_sentence(self, slot: Slot, name: str) -> bool:
        key = (id(slot.view), slot.first.sent, name)
        found = self._in_sentences.get(key)
        if found is None:
            found = self._in_sentences[key] = self._scan_sentence(slot, name)
        return found

    def _scan_sentence(self, slot: Slot, name: str) -> bool:
        return self._sentence_has(slot.view.sentences[slot.first.sent].toks, name)

    @staticmethod
    def _sentence_has(toks: list[Tok], name: str) -> bool:
        return any(t.lemma == name or t.fold == name or t.fold.startswith(name + "-") for t in toks)

    @staticmethod
    def _consensus(name: str, rivals: set[str], support: dict[str, set[str]]) -> bool:
        """Whether ``name`` is what most outlets say: at least three, and twice as many as any rival."""
        mine = len(support.get(name, ()))
        return mine >= 3 and all(mine >= 2 * len(support.get(r, ())) for r in rivals)

    def _conflict(self, a: Slot, b: Slot) -> bool:
        """a's document never mentions b's name, and b's sentence does not mention a's name."""
        return not self._mentions(a.view, b.name) and not self._in_sentence(b, a.name)

    def slot_conflicts(self) -> list[Cue]:
        """Names in slots of one kind of thing that disagree between documents (see the module docstring).

        Worked out per pair of names, not per pair of slots: a slot conflicts with every slot of the other
        name whose sentence does not name its own, when its document never names the other; so the
        work grows with the slots, not with their pairs (1,000 articles naming one of two spaceports).
        """
        slots = [s for v in self.views for s in self.slots(v)]
        by_head: dict[str, list[Slot]] = {}
        for s in slots:
            by_head.setdefault(s.head, []).append(s)
        heads = sorted(by_head)
        kinds = [[h] for h in heads] + [[h1, h2] for h1, h2 in combinations(heads, 2) if _heads_match(h1, h2)]
        rivals: dict[int, set[str]] = {}  # slot -> names it disagrees with
        opponents: dict[int, list[Slot]] = {}  # slot -> the first slots it disagrees with (counterparts)
        seen_pairs: set[tuple[int, int]] = set()

        def record(x: Slot, ys: list[Slot]) -> None:
            mine = opponents.setdefault(id(x), [])
            for y in ys:
                if y.view.doc == x.view.doc or (id(x), id(y)) in seen_pairs:
                    continue
                rivals.setdefault(id(x), set()).add(y.name)
                if len(mine) < _COUNTERPARTS:
                    seen_pairs.add((id(x), id(y)))
                    mine.append(y)
                else:
                    return

        for kind in kinds:
            members = [x for h in kind for x in by_head[h]]
            by_name: dict[str, list[Slot]] = {}
            for x in members:
                by_name.setdefault(x.name, []).append(x)
            if len(by_name) < 2:
                continue
            for n1, n2 in combinations(sorted(by_name), 2):
                if _one_place(n1, n2):
                    continue
                xs, ys = by_name[n1], by_name[n2]
                if len(kind) == 2:  # across two heads: each side from its own head
                    xs = [x for x in xs if x.head == kind[0]] + [x for x in xs if x.head == kind[1]]
                for side, other, other_name, own_name in ((xs, ys, n2, n1), (ys, xs, n1, n2)):
                    free = [y for y in other if not self._in_sentence(y, own_name)]
                    if not free:
                        continue
                    for x in side:
                        if not self._mentions(x.view, other_name):
                            # "die nordkoreanische Hauptstadt Pjöngjang" is no rival of "die vietnamesische
                            # Hauptstadt Hanoi": slots qualified differently hold two things
                            rivals_of_x = [y for y in free if y.view.language == x.view.language
                                           and not (x.qualifier and y.qualifier and x.qualifier != y.qualifier)]
                            record(x, rivals_of_x)
                            for y in rivals_of_x:  # the relation is symmetric: y disagrees with x as well
                                if y.view.doc != x.view.doc:
                                    record(y, [x])
        in_conflict_ids = {sid for sid, names in rivals.items() if names}
        by_id = {id(s): s for s in slots}
        # the same name in a matching slot elsewhere ("Trägerrate vom Typ Angara", a typo) joins the conflict
        conflicting_by_name: dict[tuple[str, str], list[Slot]] = {}
        for sid in in_conflict_ids:
            c = by_id[sid]
            conflicting_by_name.setdefault((c.name, c.view.language), []).append(c)
        for s in slots:
            if id(s) in in_conflict_ids:
                continue
            for c in conflicting_by_name.get((s.name, s.view.language), ()):
                if _heads_match(c.head, s.head):
                    rivals.setdefault(id(s), set()).update(rivals[id(c)])
                    record(s, opponents.get(id(c), []))
                    break
        in_conflict_ids = {sid for sid, names in rivals.items() if names}
        # one cue per document and name: its first occurrence in a conflicting slot
        chosen: dict[tuple[str, str], Slot] = {}
        in_conflict: dict[tuple[str, str], list[Slot]] = {}
        for sid in in_conflict_ids:
            s = by_id[sid]
            key = (s.view.doc, s.name)
            in_conflict.setdefault(key, []).append(s)
            if key not in chosen or s.first.start < chosen[key].first.start:
                chosen[key] = s
        support: dict[str, set[str]] = {}
        for (doc, name) in chosen:
            support.setdefault(name, set()).add(doc)
        out = []
        for _key, s in sorted(chosen.items(), key=lambda kv: (kv[1].view.rank, kv[1].first.start)):
            same = in_conflict[(s.view.doc, s.name)]
            names = set().union(*(rivals[id(x)] for x in same))
            if self._consensus(s.name, names, support):
                continue  # most outlets say this; the outlier is flagged, with these as its counterparts
            others = [chosen.get((o.view.doc, o.name), o) for x in same for o in opponents.get(id(x), [])]
            cps = sorted({(Span(o.view.doc, o.first.start, e), o.view.text[o.first.start:e])
                          for o in others for e in [closed(o.view.text, o.first.start, o.last.end)]},
                         key=lambda c: (c[0].doc, c[0].start))
            out.append(variant_cue(s.view, s.first.start, s.last.end, cps))
        return out

    # -- inside aligned groups ---------------------------------------------------
    def _times(self, v: DocView, span: Span) -> list[tuple[str, Tok]]:
        forms = day_forms(v.language[:2])
        out = []
        for t in v.toks_between(span.start, span.end):
            f = t.fold
            d = forms.get(f)
            if d is not None:
                out.append((f.rstrip("s") if f[len(d):] == "s" else f, t))
        return out

    def _tells_both_days(self, v: DocView, others: list[tuple[str, Tok]]) -> bool:
        """``v`` names the other passage's day too, somewhere: an outlet that says "declared on Tuesday" and
        "lifted early Wednesday" disputes no one's "Tuesday" (as a place named elsewhere in a text is no
        conflicting name, see ``_conflict``)."""
        days = self._days.get(v.doc)
        if days is None:
            days = self._days[v.doc] = {d for s in v.sentences if s.kind != "boilerplate"
                                        for d, _ in self._times(v, Span(v.doc, s.start, s.end))}
        return any(x in days or (x == weekday(x) and any(d.startswith(x) for d in days)) for x, _ in others)

    def _numbers(self, v: DocView, span: Span) -> list[tuple[str, str, Tok]]:
        """(value, unit lemma, number token) for each number followed by its noun: "650 Kilometer",
        "fünf Stunden", "thousands of people", "at least twelve people"."""
        toks = v.toks_between(span.start, span.end)
        out = []
        for k, t in enumerate(toks[:-1]):
            value = number_value(t, v.language)
            if value is None or continues_group(v, t):
                continue
            if value in ("100", "1000", "10000", "100000") and k > 0 and toks[k - 1].fold in VAGUE_QUANTITY:
                value += "s"  # "several hundred", "einige tausend", "mehreren Zehntausend"
            last = digit_groups(v, t)  # "2 000 Kilometer": one number
            if last is not t:
                value = "".join(w.surface for w in v.toks[t.i:last.i + 1])
            j = k + 1 + last.i - t.i
            if j >= len(toks):
                continue
            if toks[j].fold in NUMBER_LINKS and j + 1 < len(toks):
                j += 1  # "Tausende von Menschen", "thousands of people"
            while j + 1 < len(toks) and j - k <= 2 and toks[j].tag_is("ADJA", "JJ") and v.tagged:
                j += 1  # "100.000 jubelnden Gläubigen": the noun after its adjectives
            unit = toks[j]
            if unit.is_punct or not unit.surface.isalpha() or number_value(unit, v.language):
                continue
            if not unit.tag_is("NN", "NOUN") if v.tagged else unit.is_stop:
                continue
            out.append((value, unit.lemma, t))
        return out

    @staticmethod
    def _aligned_numbers(va: DocView, ma: Span, vb: DocView, mb: Span) -> dict[int, int]:
        """Token index in a -> token index in b for numbers that stand in the same place of the two passages:
        the word alignment (lemmas) replaces one by the other. "mit 325 Stimmen gewählt" and "nur 310 Stimmen
        erhalten" in one row are the second and the first ballot, not a dispute; "at least 30 people were
        killed" and "at least 265 people … were killed" are."""
        ta, tb = va.toks_between(ma.start, ma.end), vb.toks_between(mb.start, mb.end)
        ka = [t.lemma for t in ta]
        kb = [t.lemma for t in tb]
        out: dict[int, int] = {}
        matcher = SequenceMatcher(None, ka, kb, autojunk=False)
        if matcher.ratio() < _NUMBER_CONTEXT:
            return out  # two passages of one row that tell different details ("first ballot" / "second ballot")
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "replace":
                continue
            xs = [t for t in ta[i1:i2] if number_value(t, va.language) and not continues_group(va, t)]
            ys = [t for t in tb[j1:j2] if number_value(t, vb.language) and not continues_group(vb, t)]
            for x, y in zip(xs, ys):
                out[x.i] = y.i
        return out

    def group_conflicts(self, alignment: AlignmentResult | None) -> list[Cue]:
        if alignment is None:
            return []
        views = {v.doc: v for v in self.views}
        found: dict[tuple[str, int], tuple[Tok, list[tuple[Span, str]]]] = {}
        seen: dict[tuple[str, int], set[tuple[Span, str]]] = {}

        values: dict[tuple[str, int], str] = {}  # a flagged token's value ("7.35", "Mittwoch", "650 kilometer")
        rivals: dict[tuple[str, int], set[str]] = {}  # ... and the values it was flagged against

        def flag(v: DocView, t: Tok, other: DocView, o: Tok, value: str, other_value: str) -> None:
            cur = found.setdefault((v.doc, t.i), (t, []))
            values[(v.doc, t.i)], values[(other.doc, o.i)] = value, other_value
            rivals.setdefault((v.doc, t.i), set()).add(other_value)
            a, b = detail_extent(other, o)
            b = closed(other.text, a, b)
            item = (Span(other.doc, a, b), other.text[a:b])
            known = seen.setdefault((v.doc, t.i), set())
            if item not in known:
                known.add(item)
                cur[1].append(item)

        times: dict[Span, list] = {}
        numbers: dict[Span, list] = {}
        for g in alignment.groups:
            members = [m for m in g.members if m.doc in views]
            for m in members:  # each member read once, not once per pair
                times[m] = self._times(views[m.doc], m)
                numbers[m] = [n for n in self._numbers(views[m.doc], m) if (m.doc, n[2].i) not in self.counted]
            members = [m for m in members if times[m] or numbers[m]]  # the others can conflict with nothing
            for ma, mb in combinations(members, 2):
                if ma.doc == mb.doc or not ((times[ma] and times[mb]) or (numbers[ma] and numbers[mb])):
                    continue
                va, vb = views[ma.doc], views[mb.doc]
                ta, tb = times[ma], times[mb]
                if ta and tb and not any(x.startswith(y) or y.startswith(x) for x, _ in ta for y, _ in tb) \
                        and same_event(va, ma, vb, mb, weekday(ta[0][0]) == weekday(tb[0][0])) \
                        and not self._tells_both_days(va, tb) \
                        and not self._tells_both_days(vb, ta):
                    flag(va, ta[0][1], vb, tb[0][1], ta[0][0], tb[0][0])
                    flag(vb, tb[0][1], va, ta[0][1], tb[0][0], ta[0][0])
                na, nb = numbers[ma], numbers[mb]
                if na and nb:
                    partner: dict[int, int] | None = None  # the word alignment, made only when needed
                    for value, unit, t in na:
                        candidates = [(w, o) for w, u, o in nb if u == unit and not counts_others(vb, o)]
                        if not candidates or any(w == value for w, _ in candidates) or counts_others(va, t):
                            continue  # no other value for this unit, the same one is there too, or a count of others
                        candidates = [(w, o) for w, o in candidates
                                      if unit in _CLOCK_UNITS or not figures_in_no_dispute(va, t, value, vb, o, w)]
                        if unit in _CLOCK_UNITS and same_scene(va, ma, vb, mb):
                            same_unit = candidates
                        else:
                            if partner is None:
                                partner = self._aligned_numbers(va, ma, vb, mb)
                            same_unit = [(w, o) for w, o in candidates if partner.get(t.i) == o.i]
                        if same_unit:
                            w, o = same_unit[0]
                            flag(va, t, vb, o, value + " " + unit, w + " " + unit)
                            flag(vb, o, va, t, w + " " + unit, value + " " + unit)
        out = []
        for key in majority(values, rivals):
            del found[key]  # most outlets give this value: only the others are flagged, with it as counterpart
        for (doc, _), (t, cps) in sorted(found.items(), key=lambda kv: (views[kv[0][0]].rank, kv[0][1])):
            v = views[doc]
            start, end = detail_extent(v, t)
            out.append(variant_cue(v, start, end, sorted(cps, key=lambda c: (views[c[0].doc].rank, c[0].start))))
        return out


def factual_variants(views: list[DocView], alignment: AlignmentResult | None, entities: EntityIndex,
                     lexicons: dict[str, CompiledLexicon], counted: set[tuple[str, int]] | None = None) -> list[Cue]:
    """Named details in slots, and times and numbers inside rows. ``counted``: (document, token index) of the
    numbers ``count_claims`` already compares by what they count; rows do not compare them again ("319
    Abgeordnete lehnten ab" beside "207 Abgeordnete stimmten für" are no rival figures)."""
    f = FactualFinder(views, entities, lexicons, counted)
    return f.slot_conflicts() + f.group_conflicts(alignment)

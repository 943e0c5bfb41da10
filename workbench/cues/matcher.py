"""Find lexicon entries in a document, following the matching contract of the lexicon README.

1. A lexicon token matches a text token's case-folded lemma or surface form.
2. ``pos`` (if set) must prefix the token's tag, for lemma and surface matches alike.
3. German separated particles are already joined onto their verb (``textview``).
4. Within one family, overlapping matches are resolved: more literal tokens
   win, then the longer span, then the higher weight. Families never compete.
5. Attribution frames (``laut *``, ``* zufolge``, ``so``) take the class of a
   source entry inside their slot; that source then makes no cue of its own.
6. Conditional entries are checked in ``conditions``.

A phrase matches inside one sentence. An inner ``*`` stands for 0-4 tokens
(the shortest gap that fits is taken); a ``*`` at the start or end is the
source slot, 1-4 tokens, cut at the end of the noun phrase.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.cues.conditions import condition_holds
from workbench.cues.so_frames import postposed_so_slot
from workbench.cues.lexicon import FRAME_CLASSES, SOURCE_CLASSES, Entry, Lexicon
from workbench.cues.textview import NAME_TAGS, NOUN_TAGS, DocView, Tok, pos_ok, quoted_name

MAX_GAP = 4
# Tags that may stand inside a noun phrase (STTS and Universal tags).
_NP_TAGS = ("ART", "ADJA", "CARD", "PIAT", "PIDAT", "PPOSAT", "PDAT", "NN", "NE", "FM", "TRUNC",
            "DET", "ADJ", "NUM", "NOUN", "PROPN")
_NP_OPENERS = ("ART", "PIAT", "PIDAT", "PPOSAT", "PDAT", "DET")
_EN_SLOT_GLUE = {"of", "the", "a", "an"}
_PRONOUN_SOURCES = {"ihm", "ihr", "ihnen"}  # dative pronouns before a postposed frame ("Ihm zufolge")


@dataclass
class Match:
    entry: Entry
    toks: list[Tok]  # the tokens of the whole match, slots included, in order
    slot: list[Tok] = field(default_factory=list)  # the source slot of a frame
    source: Entry | None = None  # a source entry found in the slot (rule 5)

    @property
    def start(self) -> int:
        return self.toks[0].start

    @property
    def end(self) -> int:
        return self.toks[-1].end

    @property
    def first(self) -> int:
        return self.toks[0].i

    @property
    def last(self) -> int:
        return self.toks[-1].i

    @property
    def family(self) -> str:
        return self.entry.family

    @property
    def cls(self) -> str:
        return self.source.cls if self.source else self.entry.cls

    @property
    def weight(self) -> float:
        return max(self.entry.weight, self.source.weight) if self.source else self.entry.weight


class CompiledLexicon:
    """Entries indexed by their first literal token."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.index: dict[str, list[Entry]] = {}
        # Heads a closed compound may end in and still name the event or the actor this way ("Wahlschlappe",
        # "Kremldespot"; "Ampel-Crash" comes through the hyphen rule): see ``_compound_heads``
        self.heads: dict[str, list[Entry]] = {}
        for e in sorted(lexicon.entries, key=lambda e: (e.match, e.family)):
            lits = [t for t in e.tokens if t != "*"]
            if lits:
                self.index.setdefault(lits[0], []).append(e)
            if _compound_heads(e):
                self.heads.setdefault(e.match, []).append(e)
        self._rest: dict[Entry, frozenset[str]] = {}
        self._candidates: dict[tuple[tuple[str, ...], bool], list[Entry]] = {}
        self.head_lengths = sorted({len(h) for h in self.heads}, reverse=True)
        self.head_tails = {h[-3:] for h in self.heads}  # most nouns end otherwise: one set lookup rules them out

    def rest_of(self, entry: Entry) -> frozenset[str]:
        """The literal words of a phrase after its first, that must stand in the sentence as they are (a word
        a compound may end in is left out: "Sanktionsregime")."""
        rest = self._rest.get(entry)
        if rest is None:
            rest = self._rest[entry] = frozenset(t for t in entry.tokens[1:] if t != "*" and t not in _COMPOUNDABLE)
        return rest

    def candidates(self, tok: Tok) -> list[Entry]:
        """The entries whose first literal ``tok`` may be; tokens of the same forms and noun-ness get the same
        answer, which is remembered (a hundred articles look up a few thousand forms some hundred thousand times).
        Callers must not change the list."""
        keys = tok.keys()
        noun = tok.tag_is("NN")
        memo_key = (keys, noun)
        found = self._candidates.get(memo_key)
        if found is None:
            found = self._candidates[memo_key] = self._lookup(keys, tok.lemma, noun)
        return found

    def _lookup(self, keys: tuple[str, ...], lemma: str, noun: bool) -> list[Entry]:
        seen: list[Entry] = []
        for key in keys:
            for e in self.index.get(key, ()):
                if e not in seen:
                    seen.append(e)
        if not seen and lemma[-3:] in self.head_tails and noun:
            for n in self.head_lengths:
                if len(lemma) >= n + 4 and lemma[-n:] in self.heads:
                    return list(self.heads[lemma[-n:]])
        return seen


def _sequence(sentence_toks: list[Tok], english: bool) -> list[Tok]:
    """Tokens phrases are matched over; English word-internal hyphens are skipped ("state-run")."""
    if not english:
        return sentence_toks
    out = []
    for n, t in enumerate(sentence_toks):
        if t.surface in ("-", "–") and 0 < n < len(sentence_toks) - 1 \
                and sentence_toks[n - 1].end == t.start and sentence_toks[n + 1].start == t.end:
            continue
        out.append(t)
    return out


# literals a closed compound may end in and still be the word: "nach Kremlangaben", "nach Polizeiangaben" are
# "nach * Angaben" ("nach russischen Angaben") with the source inside the word; so is "nach Agenturberichten"
_COMPOUNDABLE = {"angabe", "bericht"}
_GENITIVE = {"der", "des", "eines", "einer"}


def _lit(tok: Tok, lit: str) -> bool:
    return lit in tok.keys() or (lit in _COMPOUNDABLE and len(tok.lemma) >= len(lit) + 3 and tok.lemma.endswith(lit))


_TECHNICAL_COMPOUNDS = {"regime"}  # "Sanktionsregime", "Grenzregime": a set of rules, no label


def _compound_heads(e: Entry) -> bool:
    """Single words a closed compound may end in and still be the entry: a dramatising event name
    ("Wahlschlappe", "Regierungsdebakel"), a pejorative actor label ("Kremldespot", "Russenmachthaber"), a judging
    noun ("Staatspropaganda", "Schreckenspropaganda"), or a
    crisis or conflict ("Ukrainekonflikt"; one not named by a place, "Finanzkrise", is left plain by
    ``war_names``)."""
    return len(e.tokens) == 1 and len(e.match) >= 5 and e.match not in _TECHNICAL_COMPOUNDS and (
        (e.family == "event_label" and e.cls == "dramatising") or (e.family == "actor_label" and e.cls == "loaded_negative")
        or (e.family == "evaluative" and e.cls == "negative" and e.pos == "NN")
        or (e.family == "event_label" and e.cls == "minimising" and e.match in CLOSED_MINIMISING))


CLOSED_MINIMISING = {"konflikt", "krise"}  # heads of closed compounds that play a war down when a place names it


def _compound_head(entry: Entry, tok: Tok, lit: str) -> bool:
    """A closed compound ending in one of ``_compound_heads`` is that entry."""
    return _compound_heads(entry) and tok.tag_is("NN") and len(tok.lemma) >= len(lit) + 4 and tok.lemma.endswith(lit)


def _match_core(seq: list[Tok], p: int, pat: list[str], k: int) -> int | None:
    """End index (exclusive) of the shortest match of pat[k:] starting at seq[p]."""
    if k == len(pat):
        return p
    if pat[k] == "*":
        for gap in range(0, MAX_GAP + 1):
            q = p + gap
            if q > len(seq) or any(t.is_punct and t.surface in ".!?" for t in seq[p:q]):
                break
            end = _match_core(seq, q, pat, k + 1)
            if end is not None:
                return end
        return None
    if p < len(seq) and _lit(seq[p], pat[k]):
        return _match_core(seq, p + 1, pat, k + 1)
    return None


def _np_tag(t: Tok) -> bool:
    return t.tag_is(*_NP_TAGS)


def _noun(t: Tok) -> bool:
    return t.tag_is(*NOUN_TAGS)


def _genitive_name(t: Tok) -> bool:
    return t.surface.endswith(("s", "'s", "’s")) and t.lemma != t.fold


def _participle_attribute(seq: list[Tok], j: int) -> int:
    """The end of an extended attribute starting at ``j`` ("vom Kreml veröffentlichten", "von der Regierung
    verbreiteten") when a noun follows it, else 0."""
    k = j
    if k >= len(seq) or not seq[k].tag_is("APPR", "APPRART"):
        return 0
    k += 1
    while k < len(seq) and k - j < 5 and seq[k].tag_is("ART", "ADJA", "NN", "NE") and not (
            seq[k].tag_is("ADJA") and seq[k].fold.endswith(("ten", "tem", "ter", "enen", "ende", "enden"))):
        k += 1
    if k == j + 1 or k >= len(seq) or not seq[k].tag_is("ADJA"):
        return 0
    while k < len(seq) and seq[k].tag_is("ADJA"):
        k += 1
    return k if k < len(seq) and _noun(seq[k]) else 0


def slot_forward(seq: list[Tok], q: int, tagged: bool) -> list[Tok]:
    """The source slot after a frame ("laut Experten", "according to the ministry")."""
    taken: list[Tok] = []
    j = q
    while j < len(seq) and len(taken) < MAX_GAP:
        t = seq[j]
        if t.is_punct:
            close = quoted_name(seq, j, tagged) if not taken or taken[-1].tag_is(*_NP_OPENERS) else -1
            if close >= 0:  # "laut «Handelsblatt»", "laut dem „Spiegel“": the quoted name ends the phrase
                return taken + seq[j:close + 1]
            break
        if tagged:
            attribute = _participle_attribute(seq, j) if taken and taken[-1].tag_is(*_NP_OPENERS) else 0
            if attribute:  # "laut einer vom Kreml veröffentlichten Mitteilung": the attribute is inside the phrase
                taken.extend(seq[j:attribute + 1])  # ... and so is the noun after it
                j = attribute + 1
                continue
            if not _np_tag(t):
                break
            if taken and _noun(taken[-1]) and not (_noun(t) or (t.tag_is("ART", "DET") and t.fold in _GENITIVE)):
                break  # a noun ended the phrase; only a name or a genitive may follow ("laut Angaben der Polizei",
                # not "laut offiziellen Angaben die Zukunft")
        else:
            content = not t.is_stop
            if taken and not content and t.fold not in _EN_SLOT_GLUE:
                break
            if taken and not taken[-1].is_stop and not content and t.fold in ("the", "a", "an"):
                break
        taken.append(t)
        j += 1
    while tagged and taken and taken[-1].tag_is(*NAME_TAGS) and j < len(seq) and seq[j].tag_is(*NAME_TAGS):
        taken.append(seq[j])  # a name is not cut ("nach Worten des russischen Präsidenten Wladimir Putin")
        j += 1
    while taken and not (_noun(taken[-1]) if tagged else not taken[-1].is_stop):
        taken.pop()
    return taken


def slot_backward(seq: list[Tok], p: int, tagged: bool) -> list[Tok]:
    """The source slot before a postposed frame ("Berichten russischer Staatsmedien zufolge")."""
    if tagged and p and seq[p - 1].tag_is("PPER") and seq[p - 1].fold in _PRONOUN_SOURCES:
        return [seq[p - 1]]  # "Ihr zufolge", "ihnen zufolge": a source named before
    taken: list[Tok] = []
    j = p - 1
    while j >= 0 and len(taken) < MAX_GAP:
        t = seq[j]
        if t.is_punct:
            break
        if tagged:
            if not _np_tag(t):
                break
            if t.tag_is(*NAME_TAGS) and taken and not taken[0].tag_is(*NAME_TAGS) and not _genitive_name(t):
                break  # "hat Pjöngjang eigenen Angaben zufolge": the name is the subject
            taken.insert(0, t)
            if t.tag_is(*_NP_OPENERS):
                break
        else:
            if t.is_stop and t.fold not in _EN_SLOT_GLUE:
                break
            taken.insert(0, t)
        j -= 1
    while taken and not (_noun(taken[0]) or taken[0].tag_is("ADJA", "ADJ", *_NP_OPENERS, "CARD") if tagged
                         else not taken[0].is_stop):
        taken.pop(0)
    if tagged and not any(_noun(t) for t in taken):
        return []
    return taken


def _title_case(seq: list[Tok]) -> bool:
    """An English headline in title case ("Biden Hails Real Progress After Talks"): its capitals mark no names."""
    words = [t for t in seq if t.surface.isalpha() and len(t.surface) >= 4]
    return len(words) >= 3 and sum(t.capitalised for t in words) >= 0.8 * len(words)


def _match_at(entry: Entry, seq: list[Tok], p: int, view: DocView, title: bool = False) -> Match | None:
    pat = list(entry.tokens)
    lead = pat[0] == "*"
    trail = pat[-1] == "*" and len(pat) > 1
    core = pat[1 if lead else 0: len(pat) - 1 if trail else len(pat)]
    if not core:
        return None
    if len(core) == 1 and not lead and not trail:
        tok = seq[p]
        if not _lit(tok, core[0]) and not _compound_head(entry, tok, core[0]):
            return None
        if not pos_ok(entry.pos, tok, sentence_initial=p == 0 or title):
            return None
        return Match(entry, [tok])
    end = _match_core(seq, p, core, 0)
    if end is None:
        return None
    toks = list(seq[p:end])
    slot: list[Tok] = []
    tagged = view.tagged
    if lead:
        slot = slot_backward(seq, p, tagged)
        if not slot:
            return None
        toks = slot + toks
    if trail:
        slot = slot_forward(seq, end, tagged)
        if not slot:
            return None
        toks = toks + slot
    return Match(entry, toks, slot)


def _overlap(a: Match, b: Match) -> bool:
    return a.first <= b.last and b.first <= a.last


def resolve(matches: list[Match]) -> list[Match]:
    """Rule 4: within a family, keep the strongest of overlapping matches."""
    out: list[Match] = []
    by_family: dict[str, list[Match]] = {}
    for m in matches:
        by_family.setdefault(m.family, []).append(m)
    for family in sorted(by_family):
        ranked = sorted(by_family[family], key=lambda m: (-m.entry.literals, -(m.last - m.first), -m.weight, m.first,
                                                          m.entry.match))
        kept: list[Match] = []
        for m in ranked:
            if not any(_overlap(m, k) for k in kept):
                kept.append(m)
        out.extend(kept)
    return sorted(out, key=lambda m: (m.first, m.last, m.family, m.entry.match))


def refine_frames(matches: list[Match]) -> list[Match]:
    """Rule 5: a source entry inside a frame's span refines the frame and makes no cue of its own."""
    frames = [m for m in matches if m.family == "attribution" and m.entry.cls in FRAME_CLASSES]
    sources = [m for m in matches if m.family == "attribution" and m.entry.cls in SOURCE_CLASSES]
    absorbed: set[int] = set()
    for f in frames:
        inner = [s for s in sources if f.first <= s.first and s.last <= f.last]
        if inner:
            best = max(inner, key=lambda s: (s.entry.weight, s.last - s.first, -s.first))
            f.source = best.entry
            absorbed.update(id(s) for s in inner)
    # a hedge inside a frame that names its source ("nach bisherigen Erkenntnissen" hedges; "Nach Erkenntnissen der
    # US-Geheimdienste" attributes) makes no cue of its own
    named = [f for f in frames if f.slot and f.entry.tokens[0] != "*"]
    absorbed.update(id(m) for m in matches if m.family == "hedge" and any(
        f.first == m.first and m.last < f.last for f in named))
    return [m for m in matches if id(m) not in absorbed]


def find_matches(view: DocView, lexicon: CompiledLexicon) -> list[Match]:
    """All lexicon matches in one document (boilerplate skipped), conditions applied and overlaps resolved."""
    english = view.language.startswith("en")
    found: list[Match] = []
    for sentence in view.sentences:
        if sentence.kind == "boilerplate" or not sentence.toks:
            continue
        seq = _sequence(sentence.toks, english)
        present: set[str] | None = None  # the sentence's word keys, built when a phrase first needs them
        title = english and not view.tagged and sentence.kind == "headline" and _title_case(seq)
        for p, tok in enumerate(seq):
            for entry in lexicon.candidates(tok):
                needed = lexicon.rest_of(entry)
                if needed:  # a phrase whose other words the sentence lacks cannot match: no gap search
                    if present is None:
                        present = {k for t in seq for k in t.keys()}
                    if not needed <= present:
                        continue
                m = _match_at(entry, seq, p, view, title)
                if m is None:
                    continue
                if entry.family == "attribution" and entry.cls == "postposed_so" and len(m.toks) == 1:
                    slot = postposed_so_slot(seq, p, view)
                    if not slot:
                        continue
                    m = Match(entry, [tok] + slot, slot)
                elif not condition_holds(m, seq, p, view):
                    continue
                found.append(m)
    return resolve(refine_frames(found))

"""One document as the cue detectors read it: tokens with sentence, quotation and tag facts.

Built once per document from an ``AlignInput``; every detector works on it.
Lemmas are case-folded the way ``workbench.nlp`` folds them; German separated
particles are (re)joined onto their verb so "räumte … ein" reads ``einräumen``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from workbench.align.features import AlignInput
from workbench.align.quotes import inside, quoted_ranges
from workbench.nlp.particles import rejoin_particles

# Penn Treebank prefixes (the English lexicon) -> Universal tags (what trained English pipelines give).
_PENN_TO_UD = {
    "VB": {"VERB", "AUX"},
    "MD": {"AUX"},
    "NN": {"NOUN", "PROPN"},
    "NNP": {"PROPN"},
    "JJ": {"ADJ"},
    "RB": {"ADV", "PART"},
    "IN": {"ADP", "SCONJ"},
}
NOUN_TAGS = ("NN", "NE", "NOUN", "PROPN", "FM", "NNP", "NNS")
NAME_TAGS = ("NE", "PROPN", "NNP", "NNPS")
CLOSING_QUOTES = set("“”\"«»’‘›‹'")
OPENING_QUOTES = set("„“\"»«‚‹›")




@dataclass(slots=True)  # slots: one per word of every compared article
class Tok:
    i: int  # index in the document's token list
    start: int
    end: int
    surface: str
    fold: str  # case-folded surface
    lemma: str  # case-folded lemma
    pos: str
    sent: int  # index of the segment (sentence / headline) it belongs to
    kind: str  # segment kind
    quoted: bool
    is_punct: bool
    is_stop: bool
    # facts detectors compute once per token (two slots, not a dict per token: a thousand articles hold
    # half a million tokens)
    memo_keys: tuple[str, ...] | None = field(default=None, repr=False, compare=False)
    memo_content: bool | None = field(default=None, repr=False, compare=False)

    def keys(self) -> tuple[str, ...]:
        """The forms a lexicon entry may match: lemma, surface, and the head of a hyphenated noun
        ("US-Präsident" -> "präsident", "Ex-Diktator" -> "diktator", also when tagged as a name), so compounds of a label count as it; a word
        the tokenizer glued to the full stop also without it ("X." -> "x"); a verb whose "weiter" the pipeline joined
        as a particle also without it ("hieß es weiter": "weiterheißen" -> "heißen")."""
        if self.memo_keys is None:
            keys = (self.lemma,) if self.lemma == self.fold else (self.lemma, self.fold)
            if "-" in self.lemma and self.pos.startswith(("NN", "NE")):  # "Russen-Machthaber" read as a name
                head = self.lemma.rsplit("-", 1)[1]
                if len(head) >= 4 and head not in keys:
                    keys = (*keys, head)
            if len(self.fold) >= 2 and self.fold.endswith(".") and self.fold[:-1].isalpha():
                keys = (*keys, self.fold[:-1])  # a name the tokenizer glued to the full stop: "auf X."
            if self.untagged_plural():
                keys = (*keys, self.fold[:-1])  # untagged English leaves a capitalised plural as it is: "Presidents"
            if self.pos.startswith("VV") and self.lemma.startswith("weiter") and len(self.lemma) > 10:
                keys = (*keys, self.lemma[6:])  # "hieß es weiter", "sagte weiter": the adverb joined as a particle
            self.memo_keys = keys
        return self.memo_keys

    def untagged_plural(self) -> bool:
        """A capitalised English plural the lemmatiser left as it is ("Presidents Donald Trump and …")."""
        return not self.pos and self.lemma == self.fold and len(self.fold) >= 6 and self.fold.endswith("s") \
            and not self.fold.endswith(("ss", "us", "is")) and self.surface[:1].isupper()

    def tag_is(self, *prefixes: str) -> bool:
        return self.pos.startswith(prefixes)  # one C call: faster than remembering the answers

    @property
    def capitalised(self) -> bool:
        return self.surface[:1].isupper()


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    kind: str
    toks: list[Tok] = field(default_factory=list)


@dataclass
class DocView:
    doc: str
    rank: int
    text: str
    language: str
    toks: list[Tok]
    sentences: list[Sentence]
    quotes: list[tuple[int, int]]
    words: int  # white-space separated words, as the scorer and readers count them
    _starts: list[int] | None = None
    _tagged: bool | None = None

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def toks_between(self, start: int, end: int) -> list[Tok]:
        """Tokens that start inside [start, end)."""
        if self._starts is None:
            self._starts = [t.start for t in self.toks]
        return self.toks[bisect_left(self._starts, start): bisect_right(self._starts, end - 1)]

    def quote_at(self, start: int, end: int) -> tuple[int, int] | None:
        for q in self.quotes:
            if q[0] <= start and end <= q[1]:
                return q
        return None

    @property
    def tagged(self) -> bool:
        if self._tagged is None:
            self._tagged = any(t.pos for t in self.toks)
        return self._tagged


def pos_ok(wanted: str, tok: Tok, sentence_initial: bool = False) -> bool:
    """The lexicon's POS filter: the tag starts with ``wanted`` (Penn prefixes also accept UD tags)."""
    if not wanted:
        return True
    if not tok.pos:
        # untagged pipeline: only keep modal/adverb/adjective entries off capitalised words
        # mid-sentence (the month "May", a name), accept the rest
        if wanted in ("MD", "RB", "JJ", "VB") and tok.capitalised and not sentence_initial:
            return False
        return True
    if tok.pos.startswith(wanted):
        return True
    if wanted == "NN" and tok.pos == "NE" and "-" in tok.lemma:
        return True  # "Russen-Machthaber", which the tagger reads as a name: its head is the noun
    return tok.pos in _PENN_TO_UD.get(wanted, ())


def _segment_of(tokens: list, seg_starts: list[int]) -> list[int]:
    """Each token's segment (the last one starting at or before it; 0 before the first), tokens in text order:
    one walk instead of a search per token."""
    out = []
    k, n = 0, len(seg_starts)
    for t in tokens:
        while k + 1 < n and seg_starts[k + 1] <= t.start:
            k += 1
        out.append(k)
    return out


def build_view(d: AlignInput, rank: int) -> DocView:
    text = d.text
    quotes = quoted_ranges(text)
    segs = sorted(d.segments, key=lambda s: s.start)
    seg_starts = [s.start for s in segs]
    german = normalise_language(d.language) == "de"
    tokens = sorted(d.tokens, key=lambda t: t.start)
    lemmas = [(t.lemma or text[t.start:t.end]).casefold() for t in tokens]
    seg_of = _segment_of(tokens, seg_starts)
    if german and tokens:
        # separated particles onto their verb, per segment (the pipeline already does it; idempotent)
        lo = 0
        while lo < len(tokens):
            hi = lo
            while hi < len(tokens) and seg_of[hi] == seg_of[lo]:
                hi += 1
            lemmas[lo:hi] = rejoin_particles([t.pos for t in tokens[lo:hi]], lemmas[lo:hi])
            lo = hi
    sentences = [Sentence(k, s.start, s.end, s.kind) for k, s in enumerate(segs)]
    toks: list[Tok] = []
    for n, t in enumerate(tokens):
        k = seg_of[n]
        kind = segs[k].kind if segs else "sentence"
        surface = text[t.start:t.end]
        tok = Tok(n, t.start, t.end, surface, surface.casefold(), lemmas[n], t.pos or "", k, kind,
                  bool(quotes) and inside(quotes, t.start, t.end),
                  t.is_punct or not any(c.isalnum() for c in surface), t.is_stop)
        toks.append(tok)
        if sentences:
            sentences[k].toks.append(tok)
    return DocView(d.doc, rank, text, normalise_language(d.language), toks, sentences, quotes, len(text.split()))


def normalise_language(language: str | None) -> str:
    """"de-AT", "DE", "de_CH" -> "de"; empty -> "und"."""
    code = (language or "").strip().replace("_", "-").split("-")[0].lower()
    return code or "und"


def titled_compound(t: Tok, is_label: Callable[[Tok], bool] | None) -> bool:
    """"Russen-Machthaber", "Kreml-Chef": a hyphenated word whose last part is a title or label, which the tagger may
    read as a name; it labels the person, it is no part of the person's name."""
    if is_label is None or "-" not in t.lemma:
        return False
    head = t.lemma.rsplit("-", 1)[1]
    return len(head) >= 3 and is_label(replace(t, lemma=head, fold=head, pos="NN", memo_keys=None, memo_content=None))


def folded(words: Iterable[str]) -> frozenset[str]:
    """A word list as lemmas and folds write its words (case folding: "äußern" -> "äussern", "Maßnahme" ->
    "massnahme"): lists in the code are written as German is, and compared with lemmas and folds."""
    return frozenset(w.casefold() for w in words)


def quoted_name(seq: list[Tok], j: int, tagged: bool) -> int:
    """Index of the closing mark of a name of one to three words in quotation marks opening at ``j`` ("laut
    «Handelsblatt»", "so der „Spiegel“"), or -1: a medium's name is often quoted."""
    if not (seq[j].is_punct and seq[j].surface in OPENING_QUOTES):
        return -1
    k = j + 1
    while k < len(seq) and k <= j + 3 and not seq[k].is_punct:
        k += 1
    if k == j + 1 or k >= len(seq) or seq[k].surface not in CLOSING_QUOTES:
        return -1
    last = seq[k - 1]
    return k if (last.tag_is(*NOUN_TAGS) if tagged else last.capitalised) else -1

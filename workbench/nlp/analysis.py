"""One document through the pipeline: segments, then tokens with lemmas and tags.

Segments come first (``segmenter.segment``) and each is tokenised on its own,
so a token never straddles two segments and German tagging sees one
sentence at a time, as HanTa expects. Token offsets are shifted back into
the original text; whitespace tokens are dropped.

A segment longer than ``PIECE_CHARS`` (a "sentence" of a million characters
without a full stop, which spaCy would refuse with E088, and HanTa would tag
as one sentence) is tokenised in pieces cut at whitespace, so no token
straddles two pieces and offsets stay code-point offsets into the text.
"""

from __future__ import annotations

import re

from workbench.core.models import Analysis, Segment, Token
from workbench.nlp.pipeline import Pipeline, get_pipeline
from workbench.nlp.segmenter import segment
from workbench.nlp.tagger import fold, get_tagger

# Longest text handed to the tokenizer at once (spaCy's nlp.max_length is 1,000,000).
PIECE_CHARS = 100_000

# A token as the worker processes send it: (start, end, lemma, pos, is_stop, is_punct).
TokenRow = tuple[int, int, str, str, bool, bool]


def _rows_trained(pipeline: Pipeline, doc: object, offset: int) -> list[TokenRow]:
    """Tokens of a trained pipeline: STTS ``tag_`` for German, UD ``pos_`` otherwise."""
    from workbench.nlp.particles import rejoin_particles

    tokens = [t for t in doc if not t.is_space]  # type: ignore[attr-defined]
    if pipeline.language == "de":
        tags = [t.tag_ for t in tokens]
        lemmas = rejoin_particles(tags, [t.lemma_ or t.text for t in tokens])
    else:
        tags = [t.pos_ for t in tokens]
        lemmas = [t.lemma_ or t.text for t in tokens]
    return [(offset + t.idx, offset + t.idx + len(t.text), fold(lemma), tag, t.is_stop, t.is_punct)
            for t, tag, lemma in zip(tokens, tags, lemmas)]


def _lookup(table, word: str) -> str:
    """The table's lemma; a capitalised word it does not list as it is (a sentence's first word, a word of a
    title-case headline: "Officials said", "Biden Hails …") is looked up in lower case, where the table has an
    inflected form: "officials" -> "official", "hails" -> "hail". A name stays as it is ("Biden")."""
    lemma = table.lemma(word)
    if lemma == word and word[:1].isupper() and not word.isupper():
        lower = word.lower()
        found = table.lemma(lower)
        if found != lower:
            return found
    return lemma


def _rows_blank(pipeline: Pipeline, doc: object, offset: int, known_only: bool = False) -> list[TokenRow]:
    """Tokens of a blank pipeline: HanTa for German, lookup lemmas (no tags) otherwise."""
    tokens = [t for t in doc if not t.is_space]  # type: ignore[attr-defined]
    if pipeline.lookup is not None:
        lemmas = tuple(_lookup(pipeline.lookup, t.text) for t in tokens)
    else:
        lemmas = tuple(t.lemma_ for t in tokens)
    if pipeline.hanta:
        tagged = get_tagger().tag(tuple(t.text for t in tokens), lemmas, known_only)
    else:
        tagged = tuple((fold(lemma or t.text), "") for t, lemma in zip(tokens, lemmas))
    return [(offset + t.idx, offset + t.idx + len(t.text), lemma, tag, t.is_stop, t.is_punct)
            for t, (lemma, tag) in zip(tokens, tagged)]


def analyse_rows(text: str, language: str) -> tuple[list[tuple[int, int, str]], list[TokenRow], str]:
    """The analysis as plain tuples (cheap to send between processes)."""
    pipeline = get_pipeline(language)
    segments = segment(text, pipeline.language)
    rows: list[TokenRow] = []
    known_only = pipeline.hanta and get_tagger().mostly_unknown(text)  # random letters: see tagger.NONSENSE_SHARE
    pieces: list[tuple[int, int]] = []
    runs: set[tuple[int, int]] = set()  # runs of punctuation: one token each, never shown to spaCy
    for s in segments:
        at = s.start
        for run_start, run_end in _punctuation_runs(text, s.start, s.end):
            pieces += _pieces(text, at, run_start) if run_start > at else []
            pieces.append((run_start, run_end))
            runs.add((run_start, run_end))
            at = run_end
        pieces += _pieces(text, at, s.end) if s.end > at else []
    docs = pipeline.nlp.pipe("" if piece in runs else text[piece[0]:piece[1]] for piece in pieces)
    for (start, end), doc in zip(pieces, docs):
        if (start, end) in runs:
            rows.append(_run_row(pipeline, text, start, end))
        elif pipeline.trained:
            rows.extend(_rows_trained(pipeline, doc, start))
        else:
            rows.extend(_rows_blank(pipeline, doc, start, known_only))
    return [(s.start, s.end, s.kind) for s in segments], rows, pipeline.ident


# A run without whitespace longer than this that is mostly punctuation ("*****", "[[[[") is one
# token, never shown to spaCy: its tokenizer peels affixes one at a time, searching the rest of
# the run each time (10,000 asterisks took 30 s).
MAX_RUN_CHARS = 64
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN_CHARS + 1))


def _punctuation_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _LONG_RUN.finditer(text, start, end)
            if sum(1 for ch in m.group() if ch.isalnum()) * 2 < len(m.group())]


def _run_row(pipeline: Pipeline, text: str, start: int, end: int) -> TokenRow:
    tag = "XY" if pipeline.language == "de" and (pipeline.hanta or pipeline.trained) else ("X" if pipeline.trained else "")
    run = text[start:end]
    return (start, end, fold(run), tag, False, not any(ch.isalnum() for ch in run))


def _pieces(text: str, start: int, end: int, size: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """``text[start:end]`` as ranges of at most ``size`` characters, cut after whitespace where there is any."""
    pieces = []
    while end - start > size:
        cut = start + size
        space = max(text.rfind(" ", start + 1, cut), text.rfind("\n", start + 1, cut))
        if space > start:
            cut = space + 1
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def build(rows: tuple[list[tuple[int, int, str]], list[TokenRow], str]) -> Analysis:
    """Turn ``analyse_rows`` output into the Analysis dataclass."""
    segments, tokens, ident = rows
    return Analysis(
        segments=[Segment(s, e, kind) for s, e, kind in segments],
        tokens=[Token(*row) for row in tokens],
        pipeline=ident,
    )


def analyse(text: str, language: str) -> Analysis:
    """Segments and tokens of one text; ``language`` is an ISO 639-1 code such as "de".

    The pipeline loads on first use per language and process (see
    ``pipeline.get_pipeline``), so the first call takes a second or two.
    """
    return build(analyse_rows(text, language))

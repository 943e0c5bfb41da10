"""Cut a text into the units readers compare: headlines, sentences, boilerplate.

A pure function over the raw text, so that offsets always point into the
stored text and no pipeline has to be loaded to segment. The steps:

1. Lines. A blank line always separates paragraphs. A single newline does
   too, unless it only wraps a line: in a block hard-wrapped at a fixed
   width (the next word would not have fitted), or after a line of five or
   more words that visibly runs on (no closing full stop, and it ends in a
   comma, hyphen or function word, or the next line goes on in lower case).
   This serves texts with a blank line between paragraphs, texts with one
   newline between them, and hard-wrapped plain text.
2. Boilerplate paragraphs (``boilerplate.patterns("line")``) are one
   segment each. A metadata prefix glued to a line ("date 2023-09 Krieg in
   der Ukraine") is split off as boilerplate and the rest segmented on its
   own: the date is not reporting, but the kicker is the outlet's label for
   the event and worth comparing, so it is a headline.
3. A paragraph that is one short line without a closing full stop (at most
   25 words; at most 15 if it ends in ``?`` or ``!``) is a headline: titles,
   kickers and subheads. It is not split further ("Waffenlieferungen?
   Kreml-Sprecher: …" stays one headline).
4. Any other paragraph is split into sentences (``sentences.py``); a sentence
   that is a credit or notice is boilerplate.
5. Page furniture recognised by shape and place (``page_shape.py``):
   captions, off-topic short lines, appeals to the reader, short headings
   between furniture lines.
6. A heading-shaped last paragraph after sentences is a cut-off sentence
   (a page excerpt that breaks off), not a headline: nothing follows it.
7. After a comment-section header in the second half of the text, the rest
   is boilerplate; and short sigils at the very end ("rös") are too.

Segments are trimmed and together cover every non-whitespace character of
the text exactly once, in order.
"""

from __future__ import annotations

import re

from workbench.core.models import Segment
from workbench.nlp import boilerplate
from workbench.nlp.page_shape import mark_page_furniture
from workbench.nlp.sentences import split_sentences

# Bump when a change can move a boundary or a kind; stored with each analysis.
SEGMENTER_VERSION = 54

HEADLINE_MAX_WORDS = 25
OPENING_LONE_MIN_WORDS = 25  # a one-sentence first paragraph this long is story, not a heading
QUESTION_HEADLINE_MAX_WORDS = 15
# A line this long (in words) may be wrapped text when the next line goes on
# in lower case, or when it ends in a comma, hyphen or function word; a
# shorter one ("DPA" above "rös") stands alone.
WRAP_MIN_WORDS = 5
# Widths (characters) at which plain text is usually hard-wrapped.
WRAP_WIDTHS = (40, 100)
# A line ending in one of these words cannot end a headline or paragraph.
FUNCTION_WORDS = frozenset("""
    der die das den dem des ein eine einer einem einen eines im in am an auf aus bei mit nach von vom zu
    zum zur für über unter und oder aber sowie als wie dass ob the a an of in on at to for and or but
    with from by as that
""".split())

_LINE = re.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x1c-\x1e\x85]+")
_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029\x0b\x0c\x1c-\x1e\x85]")
# A full stop ending a sentence inside the line ("… kommt mit. Binnen Minuten ho"): not a headline.
_INNER_FULL_STOP = re.compile(r"[a-zäöüß]{2}\.\s+[A-ZÄÖÜ][a-zäöüß]")
_OPENERS = "\"'„“‚‘»«›‹([–—-"
_CLOSERS = "\"'“”’‘»«›‹)]"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _lines(text: str) -> list[tuple[int, int] | None]:
    """Trimmed non-blank lines, with ``None`` standing for each run of blank lines."""
    out: list[tuple[int, int] | None] = []
    pos = 0
    for match in _LINE.finditer(text):
        if len(_BREAK.findall(text, pos, match.start())) > 1:
            out.append(None)
        start, end = trim(text, match.start(), match.end())
        if start < end:
            out.append((start, end))
        elif out and out[-1] is not None:
            out.append(None)  # a line of spaces counts as blank
        pos = match.end()
    return out


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS).endswith((".", "!", "?", "…", ":", ";"))


def _fits(previous: str, following: str, width: int) -> bool:
    """Whether the first word of ``following`` would have fitted at the end of ``previous``."""
    return len(previous) + 1 + len(following.split(maxsplit=1)[0]) <= width


def _mid_sentence(previous: str, following: str) -> bool:
    """Whether the text visibly runs on from one line to the next."""
    if _ends_sentence(previous):
        return False
    last = previous.rsplit(maxsplit=1)[-1]
    return (following.lstrip(_OPENERS)[:1].islower() or previous.endswith((",", "-"))
            or last in FUNCTION_WORDS)


def _wrapped(lines: list[str]) -> bool:
    """Whether a block of lines looks hard-wrapped at a fixed width (e-mail, PDF columns).

    A wrapping program breaks a line only when the next word does not fit; a
    writer breaks it where a paragraph or heading ends. So: three or more
    lines, a plausible width, the next word did not fit at most joints, and
    at least one joint visibly runs on mid-sentence.
    """
    if len(lines) < 3:
        return False
    width = max(map(len, lines))
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return False
    joints = list(zip(lines, lines[1:]))
    overflowing = sum(not _fits(a, b, width) for a, b in joints)
    return overflowing >= 0.75 * len(joints) and any(_mid_sentence(a, b) for a, b in joints)


def _soft_break(previous: str, following: str, wrapped: bool, width: int) -> bool:
    """Whether a single newline only wraps a line inside a paragraph."""
    if wrapped:
        return not _fits(previous, following, width)
    if boilerplate.is_caption(previous) or boilerplate.is_boilerplate_paragraph(following):
        return False  # a caption, or a credit line below it, stands alone
    return len(previous.split()) >= WRAP_MIN_WORDS and _mid_sentence(previous, following)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blank lines and (unless wrapped) single newlines separate them."""
    blocks: list[list[tuple[int, int]]] = [[]]
    for line in _lines(text):
        if line is None:
            blocks.append([])
        else:
            blocks[-1].append(line)
    paragraphs: list[tuple[int, int]] = []
    for block in filter(None, blocks):
        lines = [text[s:e] for s, e in block]
        wrapped = _wrapped(lines)
        width = max(map(len, lines))
        current = block[0]
        for i in range(1, len(block)):
            if _soft_break(lines[i - 1], lines[i], wrapped, width):
                current = (current[0], block[i][1])
            else:
                paragraphs.append(current)
                current = block[i]
        paragraphs.append(current)
    return paragraphs


def is_headline_line(paragraph: str) -> bool:
    """Whether a paragraph is a headline by shape: one short line without a closing full stop."""
    if "\n" in paragraph or "\r" in paragraph or _INNER_FULL_STOP.search(paragraph):
        return False
    words = len(paragraph.split())
    last = paragraph.rstrip(_CLOSERS)[-1:]
    if last in ("?", "!"):
        return words <= QUESTION_HEADLINE_MAX_WORDS
    return words <= HEADLINE_MAX_WORDS and last not in (".", ",", ";", ":", "…", "")


def _segment_paragraph(text: str, start: int, end: int, language: str) -> list[tuple[int, int, str]]:
    paragraph = text[start:end]
    if boilerplate.is_boilerplate_paragraph(paragraph):
        return [(start, end, "boilerplate")]
    prefix = boilerplate.metadata_prefix(paragraph)
    if prefix:
        rest = trim(text, start + prefix, end)
        return [(start, start + prefix, "boilerplate"), *_segment_paragraph(text, *rest, language)]
    suffix = boilerplate.metadata_suffix(paragraph)
    if suffix < len(paragraph):
        rest = trim(text, start, start + suffix)
        return [*_segment_paragraph(text, *rest, language), (start + suffix, end, "boilerplate")]
    if is_headline_line(paragraph):
        return [(start, end, "headline")]
    out = []
    for s, e in split_sentences(text, start, end, language):
        kind = "boilerplate" if boilerplate.is_boilerplate_sentence(text[s:e]) else "sentence"
        out.append((s, e, kind))
    return out


def _mark_tails(text: str, paragraphs: list[list[tuple[int, int, str]]]) -> None:
    """Comment sections and closing sigils become boilerplate (in place)."""
    half = len(text) / 2
    for i, para in enumerate(paragraphs):
        s, e, kind = para[0]
        if len(para) == 1 and kind == "boilerplate" and s >= half and boilerplate.is_comment_header(text[s:e]):
            for later in paragraphs[i + 1:]:
                later[:] = [(a, b, "boilerplate") for a, b, _ in later]
            break
    for para in reversed(paragraphs):
        if all(kind == "boilerplate" for _, _, kind in para):
            continue
        s, e, _ = para[0]
        if len(para) == 1 and boilerplate.is_tail_boilerplate(text[s:e]):
            para[0] = (s, e, "boilerplate")
            continue
        break


def _cut_off_ending(text: str, paragraphs: list[list[tuple[int, int, str]]]) -> None:
    """A heading-shaped last paragraph after the story, ending in a word, is a cut-off sentence.

    Nothing follows it to head; a closing question mark or quotation mark
    (a last subhead "Waffenlieferungen? Kreml: „…“") keeps it a headline.
    """
    story = [p for p in paragraphs if not all(kind == "boilerplate" for _, _, kind in p)]
    if len(story) < 2 or len(story[-1]) != 1 or story[-1][0][2] != "headline":
        return
    if not text[story[-1][0][1] - 1].isalnum():
        return
    if any(kind == "sentence" for p in story[:-1] for _, _, kind in p):
        s, e, _ = story[-1][0]
        story[-1][0] = (s, e, "sentence")


def _opening_dateline(text: str, paragraphs: list[list[tuple[int, int, str]]]) -> None:
    """The place line of the story's first paragraph: a one-word first sentence ("Washington. Ein …"),
    or a place and a colon before the first sentence ("Berlin: Die Ampel …"). The first paragraph of two
    sentences or more, or of one long sentence (a headline is shorter), is the story's; when that is one
    sentence without a place (a summary above the story), the next such paragraph may open with it."""
    tries = 2
    for para in paragraphs:
        sentences = [(s, e) for s, e, kind in para if kind == "sentence"]
        if len(sentences) >= 2 or (len(sentences) == 1 and len(text[sentences[0][0]:sentences[0][1]].split()) >= OPENING_LONE_MIN_WORDS):
            # after a date line glued before it ("12.06.2018 Singapur. Mit …")
            k = next(n for n, (_, _, kind) in enumerate(para) if kind != "boilerplate")
            s, e, kind = para[k]
            if kind == "sentence" and boilerplate.is_dateline_sentence(text[s:e]):
                para[k] = (s, e, "boilerplate")
            elif kind == "sentence" and (cut := boilerplate.opening_dateline(text[s:e])):
                rest = trim(text, s + cut, e)
                para[k:k + 1] = [(s, s + cut, "boilerplate"), (*rest, "sentence")]
            elif len(sentences) == 1 and len(para) == 1 and (tries := tries - 1):
                continue
            return


def segment(text: str, language: str = "de") -> list[Segment]:
    """Headline, sentence and boilerplate segments of ``text``, in order.

    ``language`` (an ISO 639-1 code) picks the abbreviation list and whether
    German ordinal numbers ("13. September") apply; unknown languages get the
    German and English abbreviations together.
    """
    language = (language or "").split("-")[0].split("_")[0].lower()
    paragraphs = [_segment_paragraph(text, s, e, language) for s, e in _paragraphs(text)]
    paragraphs = [p for p in paragraphs if p]
    mark_page_furniture(text, paragraphs, language)
    _mark_tails(text, paragraphs)
    _cut_off_ending(text, paragraphs)
    _opening_dateline(text, paragraphs)
    return [Segment(s, e, kind) for para in paragraphs for s, e, kind in para]

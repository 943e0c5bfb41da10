"""What is not reported content: patterns for boilerplate lines, as data.

News text that comes out of a web page or a wire feed carries furniture that
readers do not compare between outlets: comment-section notices, agency and
reporter credits, video teasers, "read more" links, metadata lines. The
segmenter marks it ``boilerplate`` so that alignment and cue detection can
skip it, while it stays visible (and annotatable) in the text.

The patterns are plain data in ``resources/furniture/patterns.tsv``, German
and English, each with a note naming what it catches. They are matched case-insensitively against one paragraph
(a line standing alone) or one sentence, already trimmed, unless a pattern
says otherwise with an inline flag. Keep them anchored and short-ranged: a
pattern that could match an ordinary news sentence does more harm than a
notice that slips through.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from re import Pattern

from workbench.core.resources import resource_path

# Boilerplate paragraphs are short (the AP credit block of a seed has 55 words).
PARAGRAPH_MAX_WORDS = 80
# A line that ends in a photo credit is a caption only if it is this short (words).
CAPTION_MAX_WORDS = 60

SCOPES = ("line", "sentence", "prefix", "suffix", "dateline", "dateline_sentence", "opening_dateline", "tail",
          "comment_header", "caption_credit")
DATELINE_MIN_WORDS = 8  # words of story that must follow a dateline without an agency
OPENING_MIN_WORDS = 4  # words of the story's first sentence after "Berlin:"
_DEFINE = re.compile(r"\{([A-Z_]+)\}")


def load_patterns(path: Path | None = None) -> dict[str, list[Pattern[str]]]:
    """The pattern lexicon (``resources/furniture/patterns.tsv``), compiled, by scope.

    Lines are ``scope<TAB>pattern<TAB>what``; ``define<TAB>NAME<TAB>regex<TAB>what``
    lines give ``{NAME}`` macros; ``#`` starts a comment line. A bad line
    raises ValueError naming the file and the line.
    """
    path = path or resource_path("furniture", "patterns.tsv")
    defines: dict[str, str] = {}
    out: dict[str, list[Pattern[str]]] = {scope: [] for scope in SCOPES}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        try:
            if fields[0] == "define":
                defines[fields[1]] = _DEFINE.sub(lambda m: defines[m.group(1)], fields[2])
                continue
            scope, pattern = fields[0], _DEFINE.sub(lambda m: defines[m.group(1)], fields[1])
            if scope not in out:
                raise ValueError(f"unknown scope {scope!r}")
            flags = 0 if scope == "tail" else re.IGNORECASE
            out[scope].append(re.compile(pattern, flags))
        except (IndexError, KeyError, ValueError, re.error) as exc:
            raise ValueError(f"{path}:{number}: bad furniture pattern ({exc})") from None
    return out


@functools.cache
def patterns(scope: str) -> list[Pattern[str]]:
    """The shipped patterns of one scope, compiled the first time any is needed: compiling the 550 of them takes
    a tenth of a second, which a comparison whose analyses are all cached never has to pay."""
    return _shipped()[scope]


@functools.cache
def _shipped() -> dict[str, list[Pattern[str]]]:
    return load_patterns()


_LIST_MARK = re.compile(r"^(?:[•·▪►▶*–-]|\d{1,2}\.)\s*")  # a bullet or a list number before an item


def _any(patterns: list[Pattern[str]], text: str) -> bool:
    return any(p.search(text) for p in patterns)


def is_boilerplate_paragraph(text: str) -> bool:
    """True if a line standing alone is furniture rather than reporting.

    Furniture is short; a long paragraph that happens to mention a comment
    function or a forum address is reporting.
    """
    if len(text.split()) > PARAGRAPH_MAX_WORDS:
        return False
    bare = _LIST_MARK.sub("", text.strip())  # a menu item in a list: "• Drucken", "1. Zum Inhalt springen"
    return _any(patterns("line"), text) or (bare != text.strip() and bool(bare) and _any(patterns("line"), bare)) \
        or is_date_line(text)


_MONTHS = frozenset("""januar jänner februar märz april mai juni juli august september oktober november dezember
    january february march may june july october december jan feb mar mär apr jun jul aug sep sept oct okt nov dec dez
    """.split())
_DAYS = frozenset("""montag dienstag mittwoch donnerstag freitag samstag sonntag monday tuesday wednesday thursday friday
    saturday sunday mo di mi do fr sa so mon tue tues wed thu thur thurs fri sat sun""".split())
_DATE_WORDS = frozenset("""uhr pm utc gmt mez mesz cet cest est edt bst msk ist updated aktualisiert veröffentlicht
    published posted stand um at on""".split())
_ZONE = re.compile(r"^(?:utc|gmt)[+-]\d{1,2}(?::?\d{2})?$")  # "UTC+3"
_NUMBER = re.compile(r"^\d{1,4}(?:[.:/-]\d{1,4})*\.?$")
_NUMERIC_DATE = re.compile(r"^(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})$")
DATE_LINE_MAX_WORDS = 10


def is_date_line(text: str) -> bool:
    """A line of a date, perhaps with its weekday and time, and nothing else: "10. November 2017", "06:30 24 Oktober
    2019", "Tuesday 09 July 2024 10:00", "Stand: 18.10.2024 04:28 Uhr". "am" counts only after a time ("9:30 am"):
    a German heading "Am 9. November" is no date line."""
    raw = [w.strip(",|–—-:()") for w in text.split()]
    raw = [w for w in raw if w]
    words = [w.casefold() for w in raw]
    if not words or len(words) > DATE_LINE_MAX_WORDS:
        return False
    dated = False
    for k, w in enumerate(words):
        if w in _MONTHS or _NUMERIC_DATE.match(w):
            dated = True
        elif w == "am" and k > 0 and ":" in words[k - 1]:
            continue
        elif k == len(words) - 1 and k > 0 and raw[k].isupper() and len(raw[k]) >= 3:
            continue  # the place of a dateline after its date: "November 10, 17:17 UTC+3 DANANG"
        elif not (w in _DAYS or w in _DATE_WORDS or _NUMBER.match(w) or _ZONE.match(w)
                  or w.rstrip(".") in _MONTHS | _DAYS):
            return False
    return dated and any(ch.isdigit() for ch in text)


def is_boilerplate_sentence(text: str) -> bool:
    """True if one sentence of a paragraph is a credit or notice."""
    return _any(patterns("sentence"), text)


def is_tail_boilerplate(text: str) -> bool:
    """True for sigils that count as boilerplate only at the end of a text."""
    return _any(patterns("tail"), text)


def is_comment_header(text: str) -> bool:
    """True for a line that opens a comment section."""
    return _any(patterns("comment_header"), text)


def metadata_prefix(text: str) -> int:
    """Length of a metadata prefix glued to the start of ``text``, or 0.

    A dateline without an agency ("Berlin/München –") counts only before a
    story sentence, so that a headline "Merz – Kanzler im zweiten Anlauf" keeps its name.
    """
    return _prefix(patterns("prefix"), text, 1) or _prefix(patterns("dateline"), text, DATELINE_MIN_WORDS)


def opening_dateline(text: str) -> int:
    """Length of a place line opening the story's first sentence ("Berlin:"), or 0."""
    return _prefix(patterns("opening_dateline"), text, OPENING_MIN_WORDS)


def _prefix(patterns: list[Pattern[str]], text: str, min_words: int) -> int:
    """Length of the first of ``patterns`` matching at the start with ``min_words`` words after it, or 0."""
    for pattern in patterns:
        match = pattern.match(text)
        if match and len(text[match.end():].split()) >= min_words:
            return match.end()
    return 0


def is_dateline_sentence(text: str) -> bool:
    """True for a one-word "sentence" that is the place line of a story ("Washington.")."""
    return _any(patterns("dateline_sentence"), text)


def is_caption(text: str) -> bool:
    """True for a short line that ends in a photo credit ("… Foto: AP", "(Express Photo: …)")."""
    return len(text.split()) <= CAPTION_MAX_WORDS and _any(patterns("caption_credit"), text)


def metadata_suffix(text: str) -> int:
    """Where a sigil or credit glued to the end of ``text`` starts (after its space), or ``len(text)``."""
    for pattern in patterns("suffix"):
        match = pattern.search(text)
        if match and text[:match.start()].strip():
            return match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
    return len(text)

"""Where quotations are: character ranges inside quotation marks.

Shared by the sentence splitter (no sentence ends inside a quotation), alignment
(quoted words weigh more) and the cue detectors (a
loaded word inside a quotation is the speaker's, not the outlet's).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Opening mark -> closing marks that may end it (German, English, French, Swiss usage).
_PAIRS = {"„": "“”\"", "“": "”\"", '"': '"“”', "»": "«", "«": "»", "‚": "‘’'", "‹": "›", "›": "‹"}
_OPENERS = re.compile(r"[„“\"»«‚‹›]")
# Openers a quotation of the same kind never contains (nested quotations use single marks): „a „b“ means
# the first „ is stray, and the quotation is the second one only.
_NO_NESTING = "„“»«‹›"
_MAX_QUOTE = 1200  # characters; a mark never closed within this is taken as stray
_WORD_START = re.compile(r"(?:^|(?<=[\s(\[/–—-]))([«»‹›])(?=\w)")


def _guillemets_not_opening(text: str) -> str:
    """Guillemets that never open a quotation in this text.

    Swiss and French usage opens with « (and ‹), German usage with » (and ›). A text uses one of them; which
    one shows where the marks stand at the start of a word ("sagte: «Wir" / "sagte: »Wir"). Without this a
    text whose first opening mark was lost ("Der Friede sei mit euch allen»: Mit diesem Ruf …") would read
    every later quotation inside out."""
    starts = [m.group(1) for m in _WORD_START.finditer(text)]
    left = starts.count("«") + starts.count("‹")
    right = starts.count("»") + starts.count("›")
    if left > right:
        return "»›"
    if right > left:
        return "«‹"
    return ""


def _opens_here(text: str, at: int) -> bool:
    """The mark stands where a quotation opens: at a word's start, after a space or the text's start ("der «ein"),
    not after a word ("… earliest," the airline")."""
    before = text[at - 1:at]
    after = text[at + 1:at + 2]
    return (not before or before.isspace() or before in "([/–—-:") and after.isalnum()


def _cut_off(text: str, start: int, limit: int) -> bool:
    """An unclosed quotation the page cut off: it is in the last paragraph, no other mark follows, and the text
    stops without a sentence's end ("… ein schwerer Schlag für den CDU-Politiker wa")."""
    rest = text[start:].rstrip()
    return limit >= len(text.rstrip()) and bool(rest) and rest[-1] not in ".!?…" \
        and not _OPENERS.search(rest) and "\n\n" not in rest


_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[/–—:-]))['‘](?=[A-Za-zÄÖÜäöü])")
_MAX_SINGLE = 400  # characters: a single-quoted quotation is short (a headline's, a tabloid's)


def _scan(text: str, taken: list[tuple[int, int]], opener: re.Pattern[str], max_chars: int,
          close_at: Callable[..., int], mark: int) -> list[tuple[int, int]]:
    """Quotations that ``opener`` opens, outside the ranges already ``taken``: ``close_at(start, limit)`` finds the
    closing mark before a blank line and within ``max_chars`` (-1: none, or no quotation); ``mark``: its length."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in opener.finditer(text):
        start = m.end()
        if start < pos or inside(taken, m.start(), start):
            continue
        limit = min(len(text), start + max_chars)
        para = text.find("\n\n", start, limit)
        end = close_at(start, para if para != -1 else limit)
        if end != -1:
            out.append((start, end))
            pos = end + mark
    return out


def _single_quoted(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """British single quotation marks ('…' and ‘…’), outside the double-quoted ranges: an opening mark at a
    word's start, closed by ' or ’ at a word's end (a mark inside a word is an apostrophe: "didn't", "Kim's")
    before a blank line and within ``_MAX_SINGLE`` characters."""
    def close_at(start: int, limit: int) -> int:
        end = next((k for k in range(start + 1, limit) if text[k] in "'’" and not text[k - 1].isspace()
                    and (k + 1 >= len(text) or not text[k + 1].isalnum())), -1)
        if end == -1 or (text[end - 1] == "s" and text[end - 2:end].isalpha() and " " not in text[start:end]):
            return -1  # unclosed, or a plural possessive of one word ("the leaders' meeting")
        return end
    return _scan(text, taken, _SINGLE_OPEN, _MAX_SINGLE, close_at, 1)


_TWO_APOSTROPHES = re.compile(r"(?:^|(?<=[\s(\[/–—:-]))''(?=\w)")


def _apostrophe_pairs(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotations marked by two apostrophes each side, as some wire feeds print a double quotation mark
    ("Kim said the two countries had a ''fiery friendship,'' and …"), outside the ranges already ``taken``."""
    def close_at(start: int, limit: int) -> int:
        end = text.find("''", start, limit)
        return end if end > start else -1
    return _scan(text, taken, _TWO_APOSTROPHES, _MAX_QUOTE, close_at, 2)


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of the inside of each quotation, outermost only, in order (double marks, then two apostrophes
    as one double mark, then British single marks outside them: ``_single_quoted``)."""
    double = _double_quoted(text)
    if "'" not in text and "‘" not in text:
        return double
    if "''" in text:
        double = sorted(double + _apostrophe_pairs(text, double))
    return sorted(double + _single_quoted(text, double))


def _double_quoted(text: str) -> list[tuple[int, int]]:
    """(start, end) of the inside of each quotation, outermost only, in order.

    ASCII double quotes open and close alternately; guillemets open the way the text mostly uses them
    (``_guillemets_not_opening``); a quotation never spans
    a blank line (paragraph break); an opening mark followed by a second one of
    its kind before any closing mark is stray (an unbalanced „ in the source
    page) and opens nothing; one the page cut off at its end runs to the end (``_cut_off``).
    """
    out: list[tuple[int, int]] = []
    i = 0
    n = len(text)
    closing_only = _guillemets_not_opening(text) if "«" in text or "‹" in text else ""
    while i < n:
        m = _OPENERS.search(text, i)
        if not m:
            break
        opener = m.group(0)
        if opener in closing_only:
            i = m.end()
            continue
        closers = _PAIRS[opener]
        start = m.end()
        limit = min(n, start + _MAX_QUOTE)
        para = text.find("\n\n", start, limit)
        if para != -1:
            limit = para
        # a single-quote opener right after a letter is an apostrophe-like use: skip
        if opener == "‚" and m.start() > 0 and text[m.start() - 1].isalnum():
            i = start
            continue
        end = next((k for k in range(start, limit) if text[k] in closers), -1)
        if end == -1:
            if _opens_here(text, m.start()) and _cut_off(text, start, limit):  # the page ends inside the quotation
                out.append((start, len(text.rstrip())))
                break
            i = start
            continue
        if opener in _NO_NESTING and opener in text[start:end]:
            i = start  # the same opener again before the close: this one was never closed (a stray mark)
            continue
        if end > start:
            out.append((start, end))
        i = end + 1
    return out


def inside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of ``ranges`` (sorted)."""
    lo, hi = 0, len(ranges)
    while lo < hi:
        mid = (lo + hi) // 2
        if ranges[mid][1] < end:
            lo = mid + 1
        else:
            hi = mid
    return lo < len(ranges) and ranges[lo][0] <= start and end <= ranges[lo][1]

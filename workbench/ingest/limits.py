"""Every limit on what one import source may cost, in one place.

A news article is a few kilobytes of text. The limits below are generous for
that (a long PDF report with images, a news page full of scripts) and stop
what no article is: a file that would take minutes or gigabytes to read. Each
limit is checked as early as it can be, before the expensive step, and each
refusal is one line naming the source, the limit and what to do (the import
report shows it; the other sources of the same import go on).

==========================  ==============  ===========================================
limit                       value           checked
==========================  ==============  ===========================================
``MAX_BYTES``               20 MB           file size (``stat``) before reading; a URL's
                                            Content-Length and its bytes as they arrive
``MAX_CHARS``               2,000,000       characters of extracted text, after every
                                            reader; a PDF page by page as it grows
``MAX_LINES``               30,000          non-empty lines of extracted text (each
                                            becomes a unit of the analysis; 100,000
                                            one-word lines took minutes); of a
                                            Markdown source before it is parsed
``MAX_PDF_PAGES``           500             the PDF's page count, before any text
``MAX_PDF_TEXT_OPERATORS``  50,000          text-showing operators in one page's
                                            content, before pypdf extracts it
``MAX_DOCX_INFLATED``       100 MB          sum of the declared uncompressed sizes of
                                            all parts of a .docx, before unpacking
``MAX_DOCX_XML``            32 MB           the same for its XML parts only
``MAX_ZIP_RATIO``           100             inflation ratio of any part over 1 MB
``MAX_HTML_TAGS``           50,000          tags of an HTML page, before trafilatura
``MAX_HTML_ATTRIBUTES``     1,000           attributes in one tag (trafilatura slows
                                            down with the square of this)
``SECONDS_PER_FILE``        60 s            a soft budget: checked between the steps
                                            of reading one source (and per PDF page)
``URL_SECONDS``             60 s            a whole download, headers included,
                                            however slowly the server drips its
                                            bytes (read when each fetch starts)
``FETCH_TIMEOUT``           20 s            silence while connecting or reading
==========================  ==============  ===========================================

A download that ends before the Content-Length it declared is refused as
truncated. Text is also cleaned of control characters before it is stored
(``text.remove_controls``) and refused when fewer than ``MIN_LETTERS`` (8)
letters are left: whitespace, zero-width characters, a lone Ctrl-Z, a few
random bytes that an encoding guess turns into two CJK characters.
"""

from __future__ import annotations

import time

from workbench.core.errors import ErrorCode, IngestError

MIN_LETTERS = 8  # "Krieg." is no article; 1-7 random bytes decode to at most 7 letters
MAX_BYTES = 20 * 1024 * 1024  # news articles are kilobytes; 20 MB allows PDFs with images
MAX_CHARS = 2_000_000  # about 300,000 words: a book, not an article; analysis stays under a minute
MAX_LINES = 30_000  # an article has a few hundred; a book-length text hard-wrapped at 70 characters 30,000
MAX_PDF_PAGES = 500
MAX_PDF_TEXT_OPERATORS = 50_000  # text-showing operators on one page; a dense page has a few thousand
MAX_DOCX_INFLATED = 100 * 1024 * 1024  # all parts, images included (python-docx loads them all)
MAX_DOCX_XML = 32 * 1024 * 1024  # the XML lxml parses; a 300-page report has a few MB
MAX_ZIP_RATIO = 100  # ordinary XML deflates 5-20 times; a zip bomb thousands of times
ZIP_RATIO_MIN_SIZE = 1024 * 1024  # small parts may compress well without harm
MAX_HTML_TAGS = 50_000  # a long news page has 5,000-20,000
MAX_HTML_ATTRIBUTES = 1_000  # in one tag; real pages have a few dozen at most
SECONDS_PER_FILE = 60.0
URL_SECONDS = 60.0
FETCH_TIMEOUT = 20.0  # seconds, per connect/read


def too_large(source: str, size: int, max_bytes: int) -> IngestError:
    """The TOO_LARGE error, with both sizes in units people read."""
    return IngestError(
        ErrorCode.TOO_LARGE,
        source,
        f"is too large ({human_size(size)}; the limit is {human_size(max_bytes)}); "
        "split it or import the article's own page",
    )


def too_long(source: str, chars: int, max_chars: int | None = None, *, so_far: bool = False) -> IngestError:
    """TOO_LARGE for extracted text over ``max_chars`` (default ``MAX_CHARS``) characters."""
    max_chars = MAX_CHARS if max_chars is None else max_chars
    amount = f"more than {max_chars:,}" if so_far else f"{chars:,}"
    return IngestError(
        ErrorCode.TOO_LARGE,
        source,
        f"its text is too long ({amount} characters; the limit is {max_chars:,}); "
        "import the article alone, not the whole document",
    )


def check_chars(source: str, text: str, max_chars: int | None = None) -> str:
    """``text``, or TOO_LARGE when it is longer than ``max_chars`` (default ``MAX_CHARS``)."""
    max_chars = MAX_CHARS if max_chars is None else max_chars
    if len(text) > max_chars:
        raise too_long(source, len(text), max_chars)
    return text


def check_lines(source: str, text: str, max_lines: int | None = None) -> str:
    """``text``, or TOO_LARGE when it has more than ``max_lines`` (default ``MAX_LINES``) non-empty lines."""
    max_lines = MAX_LINES if max_lines is None else max_lines
    if text.count("\n") > max_lines:  # cheap first: only then count the blank lines out
        lines = sum(1 for line in text.split("\n") if line.strip())
        if lines > max_lines:
            raise too_many_lines(source, lines, max_lines)
    return text


def too_many_lines(source: str, lines: int, max_lines: int | None = None, *, so_far: bool = False) -> IngestError:
    """TOO_LARGE for extracted text of more than ``max_lines`` (default ``MAX_LINES``) non-empty lines."""
    max_lines = MAX_LINES if max_lines is None else max_lines
    amount = f"more than {max_lines:,}" if so_far else f"{lines:,}"
    return IngestError(
        ErrorCode.TOO_LARGE,
        source,
        f"its text has {amount} lines (the limit is {max_lines:,}); it is a list or a table, "
        "not an article; import the article's text alone",
    )


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    if size < 1024 * 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{size / (1024 * 1024 * 1024):.1f} GB"


class Deadline:
    """A soft time budget for one source: ``check`` between steps raises TOO_SLOW once it is spent.

    Soft because a step already running (one trafilatura call, one PDF page)
    is not interrupted; what is bounded is the number of such steps, and
    nothing from a source over its budget is stored.
    """

    def __init__(self, source: str, seconds: float = SECONDS_PER_FILE) -> None:
        self.source = source
        self.seconds = seconds
        self.started = time.monotonic()

    def left(self) -> float:
        return self.seconds - (time.monotonic() - self.started)

    def check(self, doing: str) -> None:
        if self.left() < 0:
            raise IngestError(
                ErrorCode.TOO_SLOW,
                self.source,
                f"took longer than {self.seconds:g} s to read (stopped while {doing}); "
                "save the article alone as plain text and import that",
            )

"""Text from a PDF with a text layer, via pypdf.

pypdf returns one line per printed line. Articles are compared sentence by
sentence, so printed lines are joined back into paragraphs: a line that is
clearly shorter than the page's full lines ends a paragraph (last line of a
paragraph, a heading, a byline). A hyphen at a line end is removed only
between two lower-case letters ("Regierungs-/chef"), and kept before "und",
"oder", "and", "or" ("Ost- und Westeuropa"). Pages are separate blocks.
A PDF without any text layer (a scan) is refused: OCR is out of scope.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from workbench.core.errors import ErrorCode, IngestError
from workbench.ingest import limits
from workbench.ingest.limits import Deadline
from workbench.ingest.result import Extraction, clean, stamp

_SHORT_LINE = 0.75  # of the longest line on the page
_KEEP_HYPHEN_BEFORE = frozenset({"und", "oder", "bis", "sowie", "and", "or", "to"})
_SOFT_HYPHEN_END = re.compile(r"(?<=[a-zäöüß])-$")
_LOG = logging.getLogger("workbench.ingest")
_ENCRYPTED = "the PDF is encrypted (password-protected); remove the protection (e.g. print it to a new PDF) and import that"


def extract_pdf(data: bytes, source: str, deadline: Deadline | None = None) -> Extraction:
    """Raises UNREADABLE (corrupt or encrypted), EMPTY (no pages), NO_TEXT
    (no text layer), TOO_LARGE (over ``limits.MAX_PDF_PAGES`` pages or
    ``limits.MAX_CHARS`` characters) and TOO_SLOW (over the time budget)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    deadline = deadline or Deadline(source)
    try:
        with _named_warnings(source):
            reader = PdfReader(io.BytesIO(data))
            _decrypt(reader, source)
            pages = _page_texts(reader, source, deadline)
            info = reader.metadata
            title = info.title if info else None
            author = info.author if info else None
    except IngestError:
        raise
    except DependencyError as exc:  # only decryption needs an optional package (AES: "cryptography")
        raise IngestError(ErrorCode.UNREADABLE, source, _ENCRYPTED) from exc
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        reason = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise IngestError(ErrorCode.UNREADABLE, source, f"is not a readable PDF ({reason})") from exc

    if not pages:
        raise IngestError(ErrorCode.EMPTY, source, "the PDF has no pages")
    blocks = [block for page in pages for block in paragraphs(page)]
    if not blocks:
        raise IngestError(ErrorCode.NO_TEXT, source, "no text layer (scanned PDF?)")
    return Extraction(
        text="\n\n".join(blocks),
        extractor=stamp("pypdf"),
        title=clean(title),
        author=clean(author),
    )


def _decrypt(reader, source: str) -> None:  # noqa: ANN001 - a pypdf PdfReader
    """Open a PDF encrypted with an empty user password; any other encryption is refused as such
    (pypdf needs the optional "cryptography" package for AES, but the answer is the same: no text)."""
    if not reader.is_encrypted:
        return
    try:
        opened = reader.decrypt("")
    except Exception as exc:  # noqa: BLE001 - DependencyError (no AES without "cryptography"), broken keys
        raise IngestError(ErrorCode.UNREADABLE, source, _ENCRYPTED) from exc
    if not opened:
        raise IngestError(ErrorCode.UNREADABLE, source, _ENCRYPTED)


def _page_texts(reader, source: str, deadline: Deadline) -> list[str]:  # noqa: ANN001 - a pypdf PdfReader
    """The text of each page, within the page, character and time limits.

    The page count comes from the page tree before any text is extracted, so
    a tree that lists one page 20,000 times is refused at once; the text is
    counted as it grows, so a page whose content repeats is stopped at the
    character limit, not after it.
    """
    count = len(reader.pages)
    if count > limits.MAX_PDF_PAGES:
        raise IngestError(
            ErrorCode.TOO_LARGE, source,
            f"the PDF has {count:,} pages (the limit is {limits.MAX_PDF_PAGES:,}); "
            "import the pages of the article alone",
        )
    pages: list[str] = []
    chars = 0
    for number, page in enumerate(reader.pages, 1):
        deadline.check(f"reading page {number} of {count}")
        _check_text_operators(page, source, number)
        text = page.extract_text() or ""
        chars += len(text)
        if chars > limits.MAX_CHARS:
            raise limits.too_long(source, chars, so_far=True)
        pages.append(text)
    return pages


def _check_text_operators(page, source: str, number: int) -> None:  # noqa: ANN001 - a pypdf PageObject
    """Refuse a page whose content shows text more than ``limits.MAX_PDF_TEXT_OPERATORS`` times, before
    pypdf extracts it (one page of 120,000 "Tj" made 2 M characters in 13 s, past every other limit)."""
    contents = page.get_contents()
    data = contents.get_data() if contents is not None else b""
    shown = data.count(b"Tj") + data.count(b"TJ") + data.count(b"'") + data.count(b'"')
    if shown > limits.MAX_PDF_TEXT_OPERATORS:
        raise IngestError(
            ErrorCode.TOO_LARGE, source,
            f"page {number} shows text {shown:,} times (the limit is {limits.MAX_PDF_TEXT_OPERATORS:,}); "
            "the PDF is damaged or hostile; export the article again as PDF or text",
        )


@contextmanager
def _named_warnings(source: str) -> Iterator[None]:
    """pypdf's warnings (log records and ``warnings.warn``), logged once each with the file's name."""
    seen: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record.getMessage())

    logger = logging.getLogger("pypdf")
    handler, propagate = Collect(logging.WARNING), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
        seen.extend(str(w.message) for w in caught)
        for message in dict.fromkeys(" ".join(m.split())[:200] for m in seen):
            _LOG.warning("%s: pypdf: %s", source, message)


def paragraphs(page_text: str) -> list[str]:
    """Join the printed lines of one page into paragraphs (see module doc)."""
    lines = [" ".join(line.split()) for line in page_text.splitlines()]
    longest = max((len(line) for line in lines), default=0)
    result: list[str] = []
    current = ""
    for line in lines:
        if not line:  # an explicit blank line always ends a paragraph
            if current:
                result.append(current)
            current = ""
            continue
        current = _join(current, line)
        if len(line) < _SHORT_LINE * longest:
            result.append(current)
            current = ""
    if current:
        result.append(current)
    return result


def _join(current: str, line: str) -> str:
    if not current:
        return line
    if _SOFT_HYPHEN_END.search(current) and line[:1].islower():
        next_word = line.split(" ", 1)[0].strip(",.;:")
        if next_word not in _KEEP_HYPHEN_BEFORE:
            return current[:-1] + line
        return current + " " + line
    if current.endswith("-"):  # "Nord-" + "Korea", "2022-" + "2023": keep
        return current + line
    return current + " " + line

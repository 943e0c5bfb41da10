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
import re

from workbench.core.errors import ErrorCode, IngestError
from workbench.ingest.result import Extraction, clean, stamp

_SHORT_LINE = 0.75  # of the longest line on the page
_KEEP_HYPHEN_BEFORE = frozenset({"und", "oder", "bis", "sowie", "and", "or", "to"})
_SOFT_HYPHEN_END = re.compile(r"(?<=[a-zäöüß])-$")


def extract_pdf(data: bytes, source: str) -> Extraction:
    """Raises UNREADABLE (corrupt or password-protected), EMPTY (no pages)
    and NO_TEXT (no text layer)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(ErrorCode.UNREADABLE, source, "is a password-protected PDF")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
        title = info.title if info else None
        author = info.author if info else None
    except IngestError:
        raise
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

"""Text and metadata from a Word (.docx) file, via python-docx.

Paragraphs (and table rows, in document order) become blocks separated by
blank lines, the same layout the HTML reader produces, so later stages see
one shape of text whatever the source format was.
"""

from __future__ import annotations

import io
import zipfile

from workbench.core.errors import ErrorCode, IngestError
from workbench.ingest.result import Extraction, clean, stamp

_TITLE_STYLES = ("title", "heading 1", "heading1", "überschrift 1")


def extract_docx(data: bytes, source: str) -> Extraction:
    """Raises UNREADABLE for a broken package and EMPTY for a document
    without any text."""
    import docx  # python-docx, imported lazily
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    try:
        document = docx.Document(io.BytesIO(data))
        blocks, first_heading = _blocks(document)
        properties = document.core_properties
        title, author = properties.title, properties.author
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, LxmlError, ValueError) as exc:
        raise IngestError(
            ErrorCode.UNREADABLE, source, f"is not a readable Word document ({_short(exc)})"
        ) from exc

    text = "\n\n".join(blocks)
    if not text.strip():
        raise IngestError(ErrorCode.EMPTY, source, "the Word document contains no text")
    return Extraction(
        text=text,
        extractor=stamp("python-docx"),
        title=clean(title) or first_heading,
        author=clean(author),
    )


def _blocks(document) -> tuple[list[str], str | None]:  # noqa: ANN001 - docx Document
    """Non-empty paragraphs and table rows, plus the first title/heading."""
    from docx.table import Table

    blocks: list[str] = []
    first_heading: str | None = None
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            rows = ["\t".join(_unique_cells(row)) for row in item.rows]
            table = "\n".join(row for row in rows if row.strip())
            if table:
                blocks.append(table)
            continue
        text = item.text.strip()
        if not text:
            continue
        blocks.append(text)
        style = (item.style.name if item.style is not None else "").lower()
        if first_heading is None and style in _TITLE_STYLES:
            first_heading = clean(text)
    return blocks, first_heading


def _unique_cells(row) -> list[str]:  # noqa: ANN001 - docx _Row
    """Cell texts of a row; merged cells repeat in python-docx, keep one."""
    seen: list[str] = []
    previous = None
    for cell in row.cells:
        if cell._tc is previous:  # same merged cell object
            continue
        previous = cell._tc
        seen.append(" ".join(cell.text.split()))
    return seen


def _short(exc: Exception) -> str:
    message = " ".join(str(exc).split()) or type(exc).__name__
    return message[:120]

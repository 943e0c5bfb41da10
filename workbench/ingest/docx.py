"""Text and metadata from a Word (.docx) file, via python-docx.

Paragraphs (and table rows, in document order) become blocks separated by
blank lines, the same layout the HTML reader produces, so later stages see
one shape of text whatever the source format was.
"""

from __future__ import annotations

import io
import zipfile

from workbench.core.errors import ErrorCode, IngestError
from workbench.ingest import limits
from workbench.ingest.limits import human_size
from workbench.ingest.result import Extraction, clean, stamp

_TITLE_STYLES = ("title", "heading 1", "heading1", "überschrift 1")
_RUN_TAGS = frozenset("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + t for t in ("r", "hyperlink"))
_CHECK_EVERY = 2_000  # paragraphs and tables between checks of the time budget and the text's length


def extract_docx(data: bytes, source: str, deadline: limits.Deadline | None = None) -> Extraction:
    """Raises UNREADABLE for a broken package, EMPTY for a document without
    any text, TOO_LARGE as soon as the text passes ``limits.MAX_CHARS`` and
    TOO_SLOW once the time budget is spent (both checked every
    ``_CHECK_EVERY`` paragraphs or tables, so a document of a million
    one-word paragraphs stops early instead of being read to its end)."""
    import docx  # python-docx, imported lazily
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    check_inflation(data, source)
    try:
        document = docx.Document(io.BytesIO(data))
        blocks, first_heading = _blocks(document, source, deadline or limits.Deadline(source))
        properties = document.core_properties
        title, author = properties.title, properties.author
        if title == "Word Document" and properties.last_modified_by == "python-docx":
            title = None  # python-docx's stand-in for a file without document properties, not the file's title
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


def check_inflation(data: bytes, source: str) -> None:
    """Refuse a zip bomb from the package's directory, before a single part is unpacked.

    The sizes checked are the uncompressed sizes the archive declares, and
    Python's zipfile never inflates a part past its declared size (it fails
    the CRC check instead), so a part cannot lie its way past these limits:
    ``limits.MAX_DOCX_INFLATED`` for all parts (python-docx loads them all),
    ``limits.MAX_DOCX_XML`` for the XML lxml parses, and
    ``limits.MAX_ZIP_RATIO`` for the inflation of any part over 1 MB.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise IngestError(ErrorCode.UNREADABLE, source, f"is not a readable Word document ({_short(exc)})") from exc
    advice = "it is damaged or a zip bomb; open it in Word and save it again"
    total = sum(part.file_size for part in parts)
    if total > limits.MAX_DOCX_INFLATED:
        raise IngestError(ErrorCode.TOO_LARGE, source, f"would unpack to {human_size(total)} "
                          f"(the limit is {human_size(limits.MAX_DOCX_INFLATED)}); {advice}")
    xml = sum(part.file_size for part in parts if part.filename.lower().endswith((".xml", ".rels")))
    if xml > limits.MAX_DOCX_XML:
        raise IngestError(ErrorCode.TOO_LARGE, source, f"holds {human_size(xml)} of XML "
                          f"(the limit is {human_size(limits.MAX_DOCX_XML)}); {advice}")
    for part in parts:
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > limits.ZIP_RATIO_MIN_SIZE and ratio > limits.MAX_ZIP_RATIO:
            raise IngestError(ErrorCode.TOO_LARGE, source, f"its part {part.filename[:60]} inflates {ratio:,.0f} times "
                              f"(the limit is {limits.MAX_ZIP_RATIO}); {advice}")


def _blocks(document, source: str, deadline: limits.Deadline) -> tuple[list[str], str | None]:  # noqa: ANN001
    """Non-empty paragraphs and table rows, plus the first title/heading (of ``document``, a docx Document)."""
    from docx.table import Table

    blocks: list[str] = []
    first_heading: str | None = None
    style_names = _StyleNames(document)
    budget = _Budget(source, deadline)
    for item in document.iter_inner_content():
        budget.tick()
        if isinstance(item, Table):
            rows = []
            for row in item.rows:
                rows.append("\t".join(_unique_cells(row, budget)))
                budget.tick(1, lines=bool(rows[-1].strip()))  # its cells were counted one by one
            table = "\n".join(row for row in rows if row.strip())
            if table:
                blocks.append(table)
            continue
        if not any(child.tag in _RUN_TAGS for child in item._p):  # no run, no text (python-docx's xpath costs
            continue  # 15 µs a paragraph: a million empty ones took 13 s)
        raw = _paragraph_text(item._p, budget)
        text = raw.strip()
        budget.chars -= len(raw) - len(text)
        if not text:
            continue
        blocks.append(text)
        budget.tick(2, lines=sum(1 for line in text.split("\n") if line.strip()) if "\n" in text else 1)
        if first_heading is None and style_names[item._p.style] in _TITLE_STYLES:
            first_heading = clean(text)
    return blocks, first_heading


def _paragraph_text(p, budget: _Budget) -> str:  # noqa: ANN001 - docx CT_P
    """python-docx's paragraph text (``CT_P.text``), run by run, so a paragraph of a million runs is counted
    as it grows."""
    pieces: list[str] = []
    for child in p.xpath("w:r | w:hyperlink"):
        pieces.append(child.text)
        budget.tick(len(pieces[-1]))
    return "".join(pieces)


class _Budget:
    """Counts paragraphs, rows and cells read, the characters and lines they hold; every ``_CHECK_EVERY`` of
    them checks the time budget, the character limit and the line limit."""

    def __init__(self, source: str, deadline: limits.Deadline) -> None:
        self.source, self.deadline = source, deadline
        self.items = self.chars = self.lines = 0

    def tick(self, chars: int = 0, lines: int = 0) -> None:
        self.items += 1
        self.chars += chars
        self.lines += lines
        if self.items % _CHECK_EVERY == 0:
            self.deadline.check("reading the Word document's paragraphs")
            if self.chars > limits.MAX_CHARS:
                raise limits.too_long(self.source, self.chars, so_far=True)
            if self.lines > limits.MAX_LINES:  # each non-empty paragraph and table row is a line of the text
                raise limits.too_many_lines(self.source, self.lines, so_far=True)


class _StyleNames(dict):
    """Lower-case style name by style id (None: the default paragraph style), each looked up once:
    python-docx's ``paragraph.style`` searches the styles part every time (100 µs a paragraph)."""

    def __init__(self, document) -> None:  # noqa: ANN001 - docx Document
        super().__init__()
        self.document = document

    def __missing__(self, style_id: str | None) -> str:
        from docx.enum.style import WD_STYLE_TYPE

        style = self.document.part.get_style(style_id, WD_STYLE_TYPE.PARAGRAPH)
        self[style_id] = name = ((style.name if style is not None else "") or "").lower()
        return name


def _unique_cells(row, budget: _Budget) -> list[str]:  # noqa: ANN001 - docx _Row
    """Cell texts of a row; merged cells repeat in python-docx, keep one."""
    from docx.table import _Cell

    seen: list[str] = []
    previous = None
    for tc in row._tr.tc_lst:  # what row.cells gives, one cell at a time (row.cells builds them all first)
        while tc.vMerge == "continue":  # a vertically merged cell: its text is in the first row of the merge
            tc = tc._tc_above
        if tc is previous:
            continue
        previous = tc
        seen.append(" ".join(_Cell(tc, row.table).text.split()))
        budget.tick(len(seen[-1]) + 1)
    return seen


def _short(exc: Exception) -> str:
    message = " ".join(str(exc).split()) or type(exc).__name__
    return message[:120]

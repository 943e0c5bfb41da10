"""Decide which reader gets a file, from its name and its first bytes.

The extension says what the user believes the file is; the content says what
it is. Known non-article extensions (.png, .xlsx, ...) are refused at once
with the list of supported types. Otherwise content wins where it is
unambiguous (a PDF saved as .txt is still read as a PDF), and anything that
is not text is refused as binary instead of being imported as garbage.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import PurePosixPath

from workbench.core.errors import ErrorCode, IngestError
from workbench.ingest.text import bom_encoding

TEXT, HTML, MARKDOWN, DOCX, PDF = "text", "html", "markdown", "docx", "pdf"

EXTENSIONS = {
    ".txt": TEXT,
    ".text": TEXT,
    ".md": MARKDOWN,
    ".markdown": MARKDOWN,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".docx": DOCX,
    ".pdf": PDF,
}
PDF_EXT, DOCX_EXT = ".pdf", ".docx"
SUPPORTED = ", ".join(EXTENSIONS) + " and http(s) URLs"

# Extensions that are certainly not articles we can read; anything else that
# is unknown ("Spiegel 13.09.2023", "article.log") is judged by its content.
_UNSUPPORTED = frozenset(
    """
    .png .jpg .jpeg .gif .bmp .tif .tiff .webp .heic .heif .svg .ico .psd
    .mp3 .wav .ogg .flac .m4a .aac .mp4 .m4v .mov .avi .mkv .webm .wmv
    .zip .gz .tgz .bz2 .xz .7z .rar .tar .zst .dmg .iso
    .doc .dot .docm .dotx .odt .rtf .pages .epub .mobi .djvu .xps
    .xls .xlsx .xlsm .ods .csv .tsv .numbers .ppt .pptx .odp .key
    .json .xml .yaml .yml .sqlite .db .exe .dll .so .dylib .bin .class .jar
    .py .js .css .eml .msg .mbox .ics .vcf .wbproj
    """.split()
)

# Signatures of binary formats people are likely to drop into an import.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file; save it as .docx"),
    (b"\x7fELF", "a program"),
)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_SNIFF_BYTES = 8192
_ALLOWED_CONTROLS = frozenset(b"\t\n\r\x0b\x0c\x1a\x1b")
_MAX_CONTROL_RATIO = 0.01
_STRONG_HTML = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.I | re.S)
_SOME_HTML = re.compile(rb"<(html|head|body)[\s>]", re.I)
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*\?>", re.I)


# Content types of JSON; JSON is data, never an article, whatever the URL is called.
JSON_TYPES = frozenset({"application/json", "text/json", "application/ld+json"})
_JSON_START = re.compile(rb"\A\s*[\[{]")


def json_error(source: str) -> IngestError:
    return IngestError(
        ErrorCode.UNSUPPORTED,
        source,
        "is JSON data, not an article; a comparison JSON (from workbench export) must be saved "
        "as a .json file and imported from there",
    )


def looks_like_json(data: bytes) -> bool:
    """An object or array that parses as JSON (a text starting "[Anzeige] ..." does not)."""
    if not _JSON_START.match(data[:64]):
        return False
    try:
        json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return False
    return True


def extension(name: str) -> str:
    return PurePosixPath(name.replace("\\", "/")).suffix.lower()


def check_extension(name: str, source: str) -> None:
    """Refuse known non-article types before any bytes are read."""
    ext = extension(name)
    if ext in _UNSUPPORTED:
        raise IngestError(
            ErrorCode.UNSUPPORTED, source, f"unsupported file type '{ext}'; supported: {SUPPORTED}"
        )


def choose_format(name: str, data: bytes, source: str) -> str:
    """One of TEXT, HTML, MARKDOWN, DOCX, PDF for ``data`` named ``name``.

    Raises UNSUPPORTED, BINARY or UNREADABLE (a .docx/.pdf whose bytes are
    not that format, i.e. a corrupt or mislabelled file).
    """
    check_extension(name, source)
    ext = extension(name)
    head = data[:_SNIFF_BYTES]
    if head.startswith(b"%PDF-"):
        return PDF
    if ext == PDF_EXT:
        raise IngestError(ErrorCode.UNREADABLE, source, "is not a PDF file (no %PDF header)")
    if head.startswith(_ZIP_MAGIC):
        if ext == DOCX_EXT or _is_docx(data):
            return DOCX  # a broken package gets a precise reason from the reader
        raise IngestError(ErrorCode.BINARY, source, "is a ZIP archive, not a text document")
    if ext == DOCX_EXT:
        raise IngestError(
            ErrorCode.UNREADABLE, source, "is not a readable Word document (not a ZIP package)"
        )
    if head.lstrip().startswith(b"{\\rtf"):
        raise IngestError(
            ErrorCode.UNSUPPORTED, source, f"is an RTF document; supported: {SUPPORTED}"
        )
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise IngestError(ErrorCode.BINARY, source, f"is {what}, not a text document")
    if looks_binary(head):
        raise IngestError(ErrorCode.BINARY, source, "is a binary file, not a text document")

    if looks_like_json(data):
        raise json_error(source)
    known = EXTENSIONS.get(ext)
    if known in (HTML, MARKDOWN):
        return known
    body = _without_bom(head)
    if _STRONG_HTML.match(_XML_DECL.sub(b"", body)):
        return HTML
    if known is None and _SOME_HTML.search(body):
        return HTML
    return TEXT


def looks_binary(head: bytes) -> bool:
    """NUL bytes or more than 1 % control characters mean "not text".

    UTF-16/32 files are full of NULs but announce themselves with a BOM.
    """
    if not head or bom_encoding(head) in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if (byte < 32 or byte == 127) and byte not in _ALLOWED_CONTROLS)
    return controls / len(head) > _MAX_CONTROL_RATIO


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _without_bom(head: bytes) -> bytes:
    return head[3:] if head.startswith(b"\xef\xbb\xbf") else head

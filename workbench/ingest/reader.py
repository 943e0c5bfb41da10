"""read_source: one file or URL in, one ExtractedArticle out.

The dispatcher owns what all formats share: existence and size checks before
reading, the checksum of the original bytes, choosing the reader, the
language, and the promise that only IngestError leaves this module (the GUI
and CLI show ``str(error)``; a traceback would be a bug report, not advice).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from workbench.core.errors import ErrorCode, IngestError
from workbench.core.models import ExtractedArticle
from workbench.ingest import sniff
from workbench.ingest import text as charset
from workbench.ingest.language import detect_language
from workbench.ingest.limits import MAX_BYTES, too_large
from workbench.ingest.result import Extraction
from workbench.ingest.url import FETCH_TIMEOUT, fetch, is_url

# What a server's Content-Type means, as a file extension for sniff.
_CONTENT_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}


def read_source(
    source: str, max_bytes: int = MAX_BYTES, *, timeout: float = FETCH_TIMEOUT
) -> ExtractedArticle:
    """Read one file or http(s) URL; raise IngestError for anything else.

    ``source`` of the result (and of errors) is the file's name, or the URL;
    ``timeout`` applies to URLs only.
    """
    label = source if is_url(source) else os.path.basename(source.rstrip("/\\")) or source
    try:
        if is_url(source):
            return _read_url(source, max_bytes, timeout)
        return _read_file(source, label, max_bytes)
    except IngestError:
        raise
    except Exception as exc:  # noqa: BLE001 - the contract: nothing else escapes
        detail = " ".join(str(exc).split())[:160]
        reason = f"could not be read ({type(exc).__name__}{': ' + detail if detail else ''})"
        raise IngestError(ErrorCode.UNREADABLE, label, reason) from exc


def _read_file(path: str, label: str, max_bytes: int) -> ExtractedArticle:
    if not os.path.exists(path):
        raise IngestError(ErrorCode.NOT_FOUND, label, f"file not found ({path})")
    if os.path.isdir(path):
        raise IngestError(ErrorCode.UNSUPPORTED, label, "is a folder, not a file")
    sniff.check_extension(label, label)  # refuse .png & co. without reading them
    size = os.stat(path).st_size
    if size > max_bytes:
        raise too_large(label, size, max_bytes)
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since stat
    except PermissionError as exc:
        raise IngestError(ErrorCode.UNREADABLE, label, "permission denied") from exc
    except OSError as exc:
        raise IngestError(ErrorCode.UNREADABLE, label, f"could not be read ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:
        raise too_large(label, len(data), max_bytes)
    extraction = extract(data, label, label)
    return _article(extraction, label, data)


def _read_url(url: str, max_bytes: int, timeout: float) -> ExtractedArticle:
    fetched = fetch(url, max_bytes, timeout)
    name = _CONTENT_TYPES.get(fetched.content_type) or PurePosixPath(urlsplit(fetched.final_url).path).name
    extraction = extract(fetched.data, name or ".html", url, charset_hint=fetched.charset, url=fetched.final_url)
    if extraction.url is None:
        extraction.url = fetched.final_url
    return _article(extraction, url, fetched.data)


def extract(
    data: bytes,
    name: str,
    source: str,
    *,
    charset_hint: str | None = None,
    url: str | None = None,
) -> Extraction:
    """Pick the reader for ``data`` (named ``name``) and run it."""
    if not data.strip():
        what = "is empty (0 bytes)" if not data else "contains only whitespace"
        raise IngestError(ErrorCode.EMPTY, source, what)
    kind = sniff.choose_format(name, data, source)
    if kind == sniff.PDF:
        from workbench.ingest.pdf import extract_pdf

        return extract_pdf(data, source)
    if kind == sniff.DOCX:
        from workbench.ingest.docx import extract_docx

        return extract_docx(data, source)
    if kind == sniff.HTML:
        from workbench.ingest.html import decode_html, extract_html

        return extract_html(decode_html(data, charset_hint, source), source, url)
    decoded = charset.decode(data, source)
    if not decoded.text.strip():
        raise IngestError(ErrorCode.EMPTY, source, "contains only whitespace")
    if kind == sniff.MARKDOWN:
        from workbench.ingest.markdown import extract_markdown

        extraction = extract_markdown(decoded.text)
        if not extraction.text.strip():
            raise IngestError(ErrorCode.EMPTY, source, "the Markdown file contains no text")
        return extraction
    extractor = "text" if decoded.encoding == "utf-8" else f"text ({decoded.encoding})"
    return Extraction(text=decoded.text, extractor=extractor)


def _article(extraction: Extraction, source: str, data: bytes) -> ExtractedArticle:
    return ExtractedArticle(
        text=extraction.text,
        source=source,
        sha256=hashlib.sha256(data).hexdigest(),
        extractor=extraction.extractor,
        title=extraction.title,
        outlet=extraction.outlet,
        published=extraction.published,
        url=extraction.url,
        author=extraction.author,
        language=detect_language(extraction.text),
    )

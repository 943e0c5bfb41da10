"""read_source: one file or URL in, one ExtractedArticle out.

The dispatcher owns what all formats share: existence and size checks before
reading, the checksum of the original bytes, choosing the reader, the
limits of ``limits.py``, the cleaning of the text (``finish``), the
language, and the promise that only IngestError leaves this module (the GUI
and CLI show ``str(error)``; a traceback would be a bug report, not advice).
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from workbench.core.errors import ErrorCode, IngestError
from workbench.core.models import ExtractedArticle
from workbench.ingest import limits, sniff
from workbench.ingest import text as charset
from workbench.ingest.language import detect_language
from workbench.ingest.limits import FETCH_TIMEOUT, MAX_BYTES, Deadline, too_large
from workbench.ingest.result import Extraction
from workbench.ingest.sources import special_file
from workbench.ingest.locations import is_url

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
    source: str,
    max_bytes: int = MAX_BYTES,
    *,
    timeout: float = FETCH_TIMEOUT,
    seconds: float = limits.SECONDS_PER_FILE,
    url_seconds: float | None = None,
) -> ExtractedArticle:
    """Read one file or http(s) URL; raise IngestError for anything else.

    ``source`` of the result (and of errors) is the file's name, or the URL.
    ``timeout`` (silence) and ``url_seconds`` (the whole download) apply to
    URLs only (``url_seconds`` default: ``limits.URL_SECONDS`` as it is when called); ``seconds`` is the soft budget for reading and extracting
    (see ``limits``).
    """
    label = source if is_url(source) else os.path.basename(source.rstrip("/\\")) or source
    try:
        if is_url(source):
            return _read_url(source, max_bytes, timeout, seconds, url_seconds)
        return _read_file(source, label, max_bytes, seconds)
    except IngestError:
        raise
    except RecursionError as exc:
        raise IngestError(ErrorCode.UNREADABLE, label, "is nested too deeply to be read; it is no article") from exc
    except MemoryError as exc:
        raise IngestError(ErrorCode.TOO_LARGE, label, "needs more memory to read than this machine has") from exc
    except Exception as exc:  # noqa: BLE001 - the contract: nothing else escapes
        detail = " ".join(str(exc).split())[:160]
        reason = f"could not be read ({type(exc).__name__}{': ' + detail if detail else ''})"
        raise IngestError(ErrorCode.UNREADABLE, label, reason) from exc


def _read_file(path: str, label: str, max_bytes: int, seconds: float) -> ExtractedArticle:
    deadline = Deadline(label, seconds)
    try:
        info = os.stat(path)
    except FileNotFoundError as exc:
        raise IngestError(ErrorCode.NOT_FOUND, label, f"file not found ({path})") from exc
    except PermissionError as exc:
        raise IngestError(ErrorCode.UNREADABLE, label, "permission denied") from exc
    except OSError as exc:
        raise IngestError(ErrorCode.UNREADABLE, label, f"could not be read ({exc.strerror or exc})") from exc
    if stat.S_ISDIR(info.st_mode):
        raise IngestError(ErrorCode.UNSUPPORTED, label, "is a folder, not a file")
    _refuse_special(label, info.st_mode)  # a FIFO would block open() forever
    sniff.check_extension(label, label)  # refuse .png & co. without reading them
    if info.st_size > max_bytes:
        raise too_large(label, info.st_size, max_bytes)
    try:
        # O_NONBLOCK: should the path have become a FIFO since stat, open() must not wait for a writer.
        with open(path, "rb", opener=_nonblocking) as handle:
            _refuse_special(label, os.fstat(handle.fileno()).st_mode)
            data = handle.read(max_bytes + 1)  # the file may have grown since stat
    except PermissionError as exc:
        raise IngestError(ErrorCode.UNREADABLE, label, "permission denied") from exc
    except OSError as exc:
        raise IngestError(ErrorCode.UNREADABLE, label, f"could not be read ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:
        raise too_large(label, len(data), max_bytes)
    extraction = extract(data, label, label, deadline=deadline)
    return _article(extraction, label, data, deadline)


def _nonblocking(path: str, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def _refuse_special(label: str, mode: int) -> None:
    kind = special_file(mode)
    if kind:
        raise IngestError(ErrorCode.SKIPPED, label, f"is {kind}, not a regular file; only files can be imported")


def _read_url(url: str, max_bytes: int, timeout: float, seconds: float, url_seconds: float | None) -> ExtractedArticle:
    from workbench.ingest.url import fetch  # the network modules only when a web page is imported

    fetched = fetch(url, max_bytes, timeout, seconds=url_seconds)
    deadline = Deadline(url, seconds)  # the download had its own limit
    name = _CONTENT_TYPES.get(fetched.content_type) or PurePosixPath(urlsplit(fetched.final_url).path).name
    if fetched.content_type in sniff.JSON_TYPES:
        raise sniff.json_error(url)
    extraction = extract(fetched.data, name or ".html", url, charset_hint=fetched.charset, url=fetched.final_url,
                         deadline=deadline)
    if extraction.url is None:
        extraction.url = fetched.final_url
    return _article(extraction, url, fetched.data, deadline)


def extract(
    data: bytes,
    name: str,
    source: str,
    *,
    charset_hint: str | None = None,
    url: str | None = None,
    deadline: Deadline | None = None,
) -> Extraction:
    """Pick the reader for ``data`` (named ``name``), run it and check its text (see ``finish``)."""
    deadline = deadline or Deadline(source)
    if not data.strip():
        what = "is empty (0 bytes)" if not data else "contains only whitespace"
        raise IngestError(ErrorCode.EMPTY, source, what)
    kind = sniff.choose_format(name, data, source)
    if kind == sniff.PDF:
        from workbench.ingest.pdf import extract_pdf

        extraction = extract_pdf(data, source, deadline)
    elif kind == sniff.DOCX:
        from workbench.ingest.docx import extract_docx

        extraction = extract_docx(data, source, deadline)
    elif kind == sniff.HTML:
        from workbench.ingest.html import check_markup, decode_html, extract_html

        html = decode_html(data, charset_hint, source)
        check_markup(html, source)
        deadline.check("decoding the page")
        extraction = extract_html(html, source, url)
    else:
        extraction = _plain(data, kind, source, deadline)
    deadline.check("extracting the text")
    return finish(extraction, source)


def _plain(data: bytes, kind: str, source: str, deadline: Deadline) -> Extraction:
    decoded = charset.decode(data, source)
    if not decoded.text.strip():
        raise IngestError(ErrorCode.EMPTY, source, "contains only whitespace")
    if kind == sniff.MARKDOWN:
        from workbench.ingest.markdown import extract_markdown

        limits.check_chars(source, decoded.text, 2 * limits.MAX_CHARS)  # markup is not text; its parse is
        limits.check_lines(source, decoded.text)
        deadline.check("decoding the text")
        extraction = extract_markdown(decoded.text)
        if not extraction.text.strip():
            raise IngestError(ErrorCode.EMPTY, source, "the Markdown file contains no text")
        return extraction
    extractor = "text" if decoded.encoding == "utf-8" else f"text ({decoded.encoding})"
    return Extraction(text=decoded.text, extractor=extractor)


def finish(extraction: Extraction, source: str) -> Extraction:
    """The text as it will be stored: control characters removed (``text.remove_controls``); refused
    when fewer than ``limits.MIN_LETTERS`` letters are left (NO_TEXT), or when it is over
    ``limits.MAX_CHARS`` characters or ``limits.MAX_LINES`` lines (TOO_LARGE)."""
    text = charset.remove_controls(extraction.text)
    if not text.strip():
        raise IngestError(ErrorCode.EMPTY, source, "contains only whitespace and control characters")
    letters = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if letters >= limits.MIN_LETTERS:
                break
    if not letters:
        raise IngestError(ErrorCode.NO_TEXT, source, "contains no text (not a single letter); nothing to compare")
    if letters < limits.MIN_LETTERS:
        raise IngestError(ErrorCode.NO_TEXT, source, f"contains almost no text ({letters} letters; an article "
                          f"has at least {limits.MIN_LETTERS}); nothing to compare")
    extraction.text = limits.check_lines(source, limits.check_chars(source, text))
    return extraction


def _article(extraction: Extraction, source: str, data: bytes, deadline: Deadline) -> ExtractedArticle:
    language = detect_language(extraction.text)
    deadline.check("detecting the language")
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
        language=language,
    )

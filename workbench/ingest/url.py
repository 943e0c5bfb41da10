"""Fetch one http(s) URL with the standard library.

urllib rather than trafilatura's fetcher because we need to tell apart
"offline" (no DNS, connection refused, timeout) from "the server said no"
(HTTP errors) to give the user the right advice, to cap the download at
``max_bytes`` and ``seconds`` in all (a server that drips one byte at a time
never trips the per-read ``timeout``), and to refuse a download that ends
before its declared Content-Length. Nothing here runs at import time.
"""

from __future__ import annotations

import errno
import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message

from workbench.core.errors import ErrorCode, IngestError
from workbench.ingest.limits import FETCH_TIMEOUT, URL_SECONDS, human_size, too_large

_READ_SIZE = 64 * 1024
USER_AGENT = "Mozilla/5.0 (compatible; Workbench news comparison; +https://example.invalid/workbench)"
_NO_NETWORK = frozenset({errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN})
_ACCEPT = "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5"


@dataclass(frozen=True)
class Fetched:
    data: bytes
    content_type: str  # e.g. "text/html", "" when the server did not say
    charset: str | None
    final_url: str  # after redirects


def is_url(source: str) -> bool:
    return source[:8].lower().startswith(("http://", "https://"))


def fetch(url: str, max_bytes: int, timeout: float = FETCH_TIMEOUT, *, seconds: float = URL_SECONDS) -> Fetched:
    """Download ``url``; raises OFFLINE, NOT_FOUND, TOO_LARGE, TOO_SLOW or UNREADABLE."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT})
    deadline = time.monotonic() + seconds
    try:
        with urllib.request.urlopen(request, timeout=min(timeout, seconds)) as response:  # noqa: S310 - http(s) only
            declared = response.headers.get("Content-Length")
            expected = int(declared) if declared and declared.strip().isdigit() else None
            if expected is not None and expected > max_bytes:
                raise too_large(url, expected, max_bytes)
            data = _read(response, url, max_bytes, deadline, seconds)
            if len(data) > max_bytes:
                raise too_large(url, len(data), max_bytes)
            if expected is not None and len(data) < expected:
                raise IngestError(
                    ErrorCode.UNREADABLE, url,
                    f"the download is incomplete ({human_size(len(data))} of the {human_size(expected)} "
                    "the server announced); try again later",
                )
            headers: Message = response.headers
            return Fetched(
                data=data,
                content_type=headers.get_content_type() if headers.get("Content-Type") else "",
                charset=headers.get_content_charset(),
                final_url=response.geturl(),
            )
    except urllib.error.HTTPError as exc:
        code = ErrorCode.NOT_FOUND if exc.code in (404, 410) else ErrorCode.UNREADABLE
        raise IngestError(code, url, f"could not fetch: the server answered HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        raise _classify(url, exc.reason, timeout) from exc
    except OSError as exc:  # timeouts and resets while reading arrive unwrapped
        raise _classify(url, exc, timeout) from exc
    except http.client.HTTPException as exc:
        raise IngestError(
            ErrorCode.UNREADABLE, url, f"could not fetch: the connection broke off ({type(exc).__name__})"
        ) from exc
    except ValueError as exc:
        raise IngestError(ErrorCode.UNREADABLE, url, f"is not a valid URL ({exc})") from exc


def _read(response, url: str, max_bytes: int, deadline: float, seconds: float) -> bytes:  # noqa: ANN001
    """At most ``max_bytes + 1`` bytes, in reads that return what has arrived (``read1``), so the
    overall deadline is looked at between any two packets however slowly they come."""
    parts: list[bytes] = []
    size = 0
    while size <= max_bytes:
        if time.monotonic() > deadline:
            raise IngestError(
                ErrorCode.TOO_SLOW, url,
                f"the download took longer than {seconds:g} s (the limit; {human_size(size)} received); "
                "the server is too slow, try again later or save the page and import the file",
            )
        chunk = response.read1(min(_READ_SIZE, max_bytes + 1 - size))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


def _classify(url: str, reason: object, timeout: float) -> IngestError:
    """Turn a low-level network failure into a sentence with the right code:
    OFFLINE only where the network itself is missing, so the advice fits."""
    if isinstance(reason, socket.gaierror):
        detail = "cannot resolve the host name"
    elif isinstance(reason, ConnectionRefusedError):
        detail = "connection refused"
    elif isinstance(reason, TimeoutError):
        detail = f"no answer within {timeout:g} s"
    elif isinstance(reason, OSError) and reason.errno in _NO_NETWORK:
        detail = _text(reason)
    elif isinstance(reason, ssl.SSLError):
        return IngestError(
            ErrorCode.UNREADABLE, url, f"could not fetch: the secure connection failed ({_text(reason)})"
        )
    else:
        return IngestError(ErrorCode.UNREADABLE, url, f"could not fetch ({_text(reason)})")
    return IngestError(
        ErrorCode.OFFLINE, url, f"could not fetch: the machine seems to be offline ({detail})"
    )


def _text(reason: object) -> str:
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return " ".join(str(reason).split())[:120] or type(reason).__name__

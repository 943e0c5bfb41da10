"""Fetch one http(s) URL with the standard library.

urllib rather than trafilatura's fetcher because we need to tell apart
"offline" (no DNS, connection refused, timeout) from "the server said no"
(HTTP errors) to give the user the right advice, and to cap the download at
``max_bytes``. Nothing here runs at import time.
"""

from __future__ import annotations

import errno
import http.client
import socket
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message

from workbench.core.errors import ErrorCode, IngestError
from workbench.ingest.limits import too_large

FETCH_TIMEOUT = 20.0  # seconds, per connect/read
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


def fetch(url: str, max_bytes: int, timeout: float = FETCH_TIMEOUT) -> Fetched:
    """Download ``url``; raises OFFLINE, NOT_FOUND, TOO_LARGE or UNREADABLE."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - http(s) only
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise too_large(url, int(declared), max_bytes)
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise too_large(url, len(data), max_bytes)
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

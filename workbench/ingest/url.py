"""Fetch one http(s) URL with the standard library.

urllib rather than trafilatura's fetcher because we need to tell apart
"offline" (no DNS, connection refused, timeout) from "the server said no"
(HTTP errors) to give the user the right advice, to cap the download at
``max_bytes`` and ``seconds`` in all (a server that drips one byte at a time
never trips the per-read ``timeout``), and to refuse a download that ends
before its declared Content-Length. The overall deadline covers the status
line and headers too (``http.client`` reads them before ``urlopen`` returns,
one blocking read per byte if the server drips them): a timer shuts the
connection's socket down when it expires, which ends any read waiting on it.
Only resolving the host name is outside it (the system's resolver has its own
limits). Nothing here runs at import time.
"""

from __future__ import annotations

from collections.abc import Callable

import errno
import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message

from workbench.core.errors import ErrorCode, IngestError
from workbench.ingest import limits
from workbench.ingest.limits import FETCH_TIMEOUT, human_size, too_large

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


def fetch(url: str, max_bytes: int, timeout: float = FETCH_TIMEOUT, *, seconds: float | None = None) -> Fetched:
    """Download ``url`` within ``seconds`` in all (default ``limits.URL_SECONDS``, read when called);
    raises OFFLINE, NOT_FOUND, TOO_LARGE, TOO_SLOW or UNREADABLE."""
    seconds = limits.URL_SECONDS if seconds is None else seconds
    watch = _Watch()
    timer = threading.Timer(seconds, watch.expire)
    timer.daemon = True
    timer.start()
    try:
        fetched = _bounded(url, lambda: _download(url, max_bytes, min(timeout, seconds), time.monotonic() + seconds,
                                                  seconds, watch), seconds, watch)
    except IngestError as exc:
        if watch.expired and exc.code is not ErrorCode.TOO_SLOW:  # the cut connection, not the server's fault
            raise too_slow(url, seconds, watch.received) from exc
        raise
    finally:
        timer.cancel()
    if watch.expired:  # the cut came as an end of data: what arrived may look complete, it is not
        raise too_slow(url, seconds, watch.received)
    return fetched


_GRACE = 2.0  # seconds after the deadline for a cut connection to end its read


def _bounded(url: str, work: Callable[[], Fetched], seconds: float, watch: _Watch) -> Fetched:
    """``work()`` in a thread of its own, given up after ``seconds`` (and a grace): a host-name lookup that hangs
    is no socket the deadline could cut, so the wait for it is bounded here (the thread is left to end alone)."""
    outcome: list[tuple[bool, object]] = []

    def run() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread as it is
            outcome.append((False, exc))

    worker = threading.Thread(target=run, name="url-fetch", daemon=True)
    worker.start()
    worker.join(seconds + _GRACE)
    if not outcome:
        watch.expire()
        raise too_slow(url, seconds, watch.received)
    ok, value = outcome[0]
    if not ok:
        raise value  # type: ignore[misc]
    return value  # type: ignore[return-value]


def too_slow(url: str, seconds: float, received: int) -> IngestError:
    return IngestError(
        ErrorCode.TOO_SLOW, url,
        f"the download took longer than {seconds:g} s (the limit; {human_size(received)} received); "
        "the server is too slow, try again later or save the page and import the file",
    )


class _Watch:
    """The sockets of one download, shut down (so a blocked read returns) when the overall deadline expires."""

    def __init__(self) -> None:
        self.expired = False
        self.received = 0
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    def attach(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    try:  # the plain socket's shutdown, also under TLS: the reading thread owns the TLS state
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass


def _opener(watch: _Watch) -> urllib.request.OpenerDirector:
    """urllib's opener, with connections that tell ``watch`` their socket as soon as they have one."""

    def watched(base: type[http.client.HTTPConnection]) -> type[http.client.HTTPConnection]:
        class Watched(base):  # type: ignore[valid-type, misc]
            def connect(self) -> None:
                super().connect()
                watch.attach(self.sock)

        return Watched

    http_connection = watched(http.client.HTTPConnection)
    https_connection = watched(http.client.HTTPSConnection)

    class HTTP(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(http_connection, req)

    class HTTPS(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(https_connection, req, context=self._context)  # type: ignore[attr-defined]

    return urllib.request.build_opener(HTTP(), HTTPS())


def _download(url: str, max_bytes: int, timeout: float, deadline: float, seconds: float, watch: _Watch) -> Fetched:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT})
    try:
        with _opener(watch).open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            expected = int(declared) if declared and declared.strip().isdigit() else None
            if expected is not None and expected > max_bytes:
                raise too_large(url, expected, max_bytes)
            data = _read(response, url, max_bytes, deadline, seconds, watch)
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


def _read(response, url: str, max_bytes: int, deadline: float, seconds: float, watch: _Watch) -> bytes:  # noqa: ANN001
    """At most ``max_bytes + 1`` bytes, in reads that return what has arrived (``read1``), so the
    overall deadline is looked at between any two packets however slowly they come."""
    parts: list[bytes] = []
    size = 0
    while size <= max_bytes:
        if time.monotonic() > deadline:
            raise too_slow(url, seconds, size)
        chunk = response.read1(min(_READ_SIZE, max_bytes + 1 - size))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
        watch.received = size
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

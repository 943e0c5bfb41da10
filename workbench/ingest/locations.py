"""Whether an import argument is a web address.

Kept apart from ``url``: reading local files never needs the network modules that ``url`` imports (``ssl``,
``http.client``, ``urllib.request``: about 20 ms of every start of the command line)."""

from __future__ import annotations


def is_url(source: str) -> bool:
    return source[:8].lower().startswith(("http://", "https://"))

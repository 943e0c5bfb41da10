"""The vocabulary of long work, shared by every stage that reports progress or can be cancelled.

A stage that takes long gets a ``progress(done, total, what)`` callback and a ``cancel()`` predicate; when
``cancel()`` turns true it stops by raising ``Cancelled``. Callers (the command line, the app's workers)
recognise a cancel with ``isinstance(exc, Cancelled)``: there is one such exception, not one per stage.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

Progress = Callable[[int, int, str], None]
"""``progress(done, total, what)``: ``done`` of ``total`` steps finished; ``what`` says what is being done
(may be empty)."""

Cancel = Callable[[], bool]
"""``cancel()``: true once the user asked to stop."""


class Cancelled(Exception):
    """The work stopped because ``cancel()`` turned true: not an error, nothing partial is returned."""


class BlobCache(Protocol):
    """A lasting key -> bytes cache (the store's user caches); misses are simply absent, failures silent."""

    def get(self, keys: list[str]) -> dict[str, bytes]: ...

    def put(self, items: dict[str, bytes]) -> None: ...

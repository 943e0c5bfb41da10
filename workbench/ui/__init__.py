"""The desktop GUI (PySide6): the only package that imports Qt.

Importing it applies one workaround. PySide6 6.12.0 on Python 3.11 drops a
reference to ``None`` each time a wrapped C++ method that returns ``void`` is
called (``widget.update()``, ``QThread.msleep()``, ``processEvents()`` ...).
Since Python 3.12 ``None`` is immortal and nothing happens; on 3.11 its
count reaches zero after a few thousand such calls and the interpreter
aborts ("Fatal Python error: none_dealloc"). ``None`` is never freed, so we
do what Python 3.12 does: give it a reference count it can never use up.
"""

from __future__ import annotations

import platform
import sys

NONE_RESERVE = 1 << 48  # leaked references the process can absorb (3.12+ uses a similar immortal count)


def _protect_none() -> bool:
    """Raise None's reference count far out of reach (CPython < 3.12, release builds only)."""
    if sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    if hasattr(sys, "gettotalrefcount"):  # a debug build lays the object header out differently
        return False
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < NONE_RESERVE // 2:
        count.value += NONE_RESERVE
    return True


_protect_none()

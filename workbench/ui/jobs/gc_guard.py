"""Cyclic garbage collection in the UI thread only, while a worker thread serves the app.

Python's cyclic collector runs in whichever thread happens to allocate when its
counters pass their thresholds. When that is the worker thread, it may finalise
Qt wrappers that belong to the UI thread, and PySide crashes the process (seen
in CI: a worker decoding a stored alignment, "Garbage-collecting", then a
segmentation fault). So while a job runner lives, automatic collection is off,
and a timer in the UI thread collects the generations whose counters are due,
as the automatic collector would, but only while no job runs (a job pauses the
collector anyway: ``workbench.core.gcpause``). The last runner to stop turns
automatic collection back on if it was on.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250  # how often the UI thread looks at the collector's counters


_holders: set[int] = set()  # the collectors that hold automatic collection off
_was_enabled = [True]


def _hold(key: int) -> None:
    if not _holders:
        _was_enabled[0] = gc.isenabled()
        gc.disable()
    _holders.add(key)


def _let_go(key: int) -> None:
    if key in _holders:
        _holders.discard(key)
        if not _holders and _was_enabled[0]:
            gc.enable()


class UiThreadCollector(QObject):
    def __init__(self, busy: Callable[..., bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        key = id(self)
        _hold(key)
        self.destroyed.connect(lambda *_: _let_go(key))  # a runner dropped without stop() lets go too
        self._key = key
        self._busy = busy
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation whose counter passed its threshold (and the younger ones with it);
        nothing while a job runs. Returns the generation collected, or -1."""
        if self._busy():
            return -1
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = max((g for g in range(3) if thresholds[g] and counts[g] > thresholds[g]), default=-1)
        if due >= 0:
            gc.collect(due)
        return due

    def release(self) -> None:
        """Stop collecting here; the last holder turns automatic collection back on (if it was on)."""
        self._timer.stop()
        _let_go(self._key)

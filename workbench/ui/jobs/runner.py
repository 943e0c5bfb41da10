"""Long work off the UI thread: one worker thread per open project, jobs run in order.

The worker opens its own ``Project`` on the project file (SQLite allows several
connections; each is used by one thread only), runs queued jobs one at a time
(so database work is serialised), reports progress, honours cancel, and
hands results back to the UI thread through signals. Worker code never
touches widgets.
"""

from __future__ import annotations

import itertools
import threading
import traceback
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from workbench.core.work import Cancel, Cancelled, Progress
from workbench.ui.jobs.gc_guard import UiThreadCollector

_THREADS: weakref.WeakSet[QThread] = weakref.WeakSet()
_IDS = itertools.count(1)


def running_threads() -> list[QThread]:
    """Worker threads still running (tests fail when one outlives its test)."""
    out = []
    for t in list(_THREADS):
        try:
            if t.isRunning():
                out.append(t)
        except RuntimeError:  # the C++ object is gone
            continue
    return out


@dataclass(frozen=True)
class Failure:
    """Why a job failed: a sentence for people, and a traceback for the log when unexpected."""

    message: str
    details: str | None = None


@dataclass
class Job:
    fn: Callable[[Any, Progress, Cancel], Any]  # fn(project, progress, cancel) -> result
    label: str
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[Failure], None] | None = None
    key: str | None = None  # a newer job with the same key supersedes this one
    id: int = field(default_factory=lambda: next(_IDS))
    cancel_event: threading.Event = field(default_factory=threading.Event)

    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


class _Worker(QObject):
    progressed = Signal(int, int, int, str)
    done = Signal(int, object)
    failed = Signal(int, object)
    projectEvent = Signal(object)  # a ProjectEvent of the worker's Project (not `event`: QObject.event is a method)

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path
        self._project = None

    def _open(self):
        if self._project is None:
            from workbench.project import Project

            self._project = Project.open(self._path)
            self._project.subscribe(self.projectEvent.emit)
        return self._project

    @Slot(object)
    def run(self, job: Job) -> None:
        if job.cancelled():
            self.done.emit(job.id, None)
            return

        def progress(done: int, total: int, what: str = "") -> None:
            self.progressed.emit(job.id, done, total, what)

        try:
            result = job.fn(self._open(), progress, job.cancelled)
        except Exception as exc:  # turned into a plain message; never kills the thread
            from workbench.core.errors import WorkbenchError

            if isinstance(exc, Cancelled):
                job.cancel_event.set()
                self.done.emit(job.id, None)
            elif isinstance(exc, WorkbenchError):
                self.failed.emit(job.id, Failure(str(exc)))
            else:
                self.failed.emit(job.id, Failure(f"{type(exc).__name__}: {exc}", traceback.format_exc()))
        else:
            self.done.emit(job.id, result)

    @Slot()
    def close(self) -> None:
        if self._project is not None:
            self._project.close()
            self._project = None
        QThread.currentThread().quit()


class JobRunner(QObject):
    """Runs jobs for one project file in a worker thread. Lives in the UI thread."""

    progress = Signal(str, int, int, str)  # label, done, total, what
    busyChanged = Signal(bool)
    projectEvent = Signal(object)  # a ProjectEvent raised by the worker's Project
    _run = Signal(object)
    _close = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: dict[int, Job] = {}
        self._stopped = False
        self._was_busy = False
        self._thread = QThread()
        self._thread.setObjectName("workbench-worker")
        self._worker = _Worker(Path(path))
        self._worker.moveToThread(self._thread)
        self._run.connect(self._worker.run)
        self._close.connect(self._worker.close)
        self._worker.progressed.connect(self._on_progress)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._worker.projectEvent.connect(self.projectEvent)
        _THREADS.add(self._thread)
        self._collector = UiThreadCollector(lambda: bool(self._jobs), self)  # no cyclic collection in the worker
        self._thread.start()

    @property
    def busy(self) -> bool:
        return any(not j.cancelled() for j in self._jobs.values())

    def current_label(self) -> str:
        live = [j for j in self._jobs.values() if not j.cancelled()]
        return live[0].label if live else ""

    def submit(self, fn, label: str, on_done=None, on_error=None, key: str | None = None) -> Job:
        if self._stopped:
            raise RuntimeError("the worker has been stopped")
        if key is not None:
            for other in self._jobs.values():
                if other.key == key:
                    other.cancel_event.set()
        job = Job(fn, label, on_done, on_error, key)
        self._jobs[job.id] = job
        self._run.emit(job)
        self._settle()
        return job

    def cancel_all(self) -> None:
        for job in self._jobs.values():
            job.cancel_event.set()
        self._settle()

    def stop(self) -> None:
        """Cancel everything, close the worker's project and end the thread (waits for it)."""
        if self._stopped:
            return
        self.cancel_all()
        self._stopped = True
        self._close.emit()
        self._thread.wait()
        self._jobs.clear()
        self._collector.release()

    def wait_idle(self, timeout_ms: int = 60_000) -> bool:
        """Process events until every job is done (for tests, the benchmark and screenshots)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(timeout_ms)
        while self._jobs and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            QThread.msleep(2)
        return not self._jobs

    # -- from the worker (queued into the UI thread) --------------------------
    @Slot(int, int, int, str)
    def _on_progress(self, job_id: int, done: int, total: int, what: str) -> None:
        job = self._jobs.get(job_id)
        if job and not job.cancelled():
            self.progress.emit(job.label, done, total, what)

    @Slot(int, object)
    def _on_done(self, job_id: int, result: object) -> None:
        job = self._jobs.pop(job_id, None)
        if job and not job.cancelled() and not self._stopped and job.on_done:
            job.on_done(result)
        self._settle()

    @Slot(int, object)
    def _on_failed(self, job_id: int, failure: Failure) -> None:
        job = self._jobs.pop(job_id, None)
        if job and not self._stopped and job.on_error:
            job.on_error(failure)
        self._settle()

    def _settle(self) -> None:
        busy = self.busy
        if busy != self._was_busy and not self._stopped:
            self._was_busy = busy
            self.busyChanged.emit(busy)

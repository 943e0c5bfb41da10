"""Analyse many documents: progress, cancellation, and a process pool for big batches.

German tagging is CPU-bound Python, so threads would not help; large imports
run in worker processes instead. Workers are started with "spawn", never
"fork": the GUI calls this from a worker thread, and forking a process that
runs threads can deadlock. A spawned worker loads the pipeline itself (a
second or two, in parallel), so the pool is shared: created on first use,
reused by later calls with the same number of workers (the project imports
in chunks), and closed by ``shutdown()`` or at exit. Without an explicit
``workers``, small batches run in this process and start nothing.

Results do not depend on the number of workers: every cache is of pure
functions, and documents are analysed independently. Workers send plain
tuples back (``analysis.analyse_rows``); the dataclasses are built here.

As with any "spawn" pool, a script that calls this at import time must guard
its entry point with ``if __name__ == "__main__":``, and a frozen app must
call ``multiprocessing.freeze_support()``.
"""

from __future__ import annotations

import atexit
import os
import threading
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context

from workbench.core.errors import ErrorCode, WorkbenchError
from workbench.core.gcpause import gc_paused
from workbench.core.models import Analysis
from workbench.core.work import Cancel, Cancelled, Progress
from workbench.nlp.analysis import analyse_rows, build
from workbench.nlp.forked import fork_is_safe, run_forked
from workbench.nlp.pipeline import get_pipeline, normalise_language

# Below this many characters in total (about 50,000 tokens, a second of
# work in one process) starting worker processes costs more than it saves.
POOL_MIN_CHARS = 300_000
# From this many characters on (a few short articles), a single-threaded caller
# forks helpers that share the loaded pipeline (forked.py); below, one process.
FORK_MIN_CHARS = 4_000
# How often a waiting caller looks at cancel(), in seconds.
CANCEL_POLL = 0.1
# What progress reports this stage is doing.
ANALYSING = "analysing texts"


class _WorkerError(Exception):
    """A WorkbenchError on its way back from a worker (WorkbenchError itself does not unpickle)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(code, message)
        self.code = code
        self.message = message


def _warm(languages: tuple[str, ...]) -> None:
    """Worker initializer: load the pipelines (and HanTa) before the first task."""
    from workbench.nlp.tagger import get_tagger

    for language in languages:
        if get_pipeline(language).hanta:
            get_tagger()


def _analyse_chunk(items: Sequence[tuple[str, str]]) -> list[tuple]:
    """Worker task: a few documents at once, to keep the messages few."""
    try:
        return [analyse_rows(text, language) for text, language in items]
    except WorkbenchError as error:
        raise _WorkerError(error.code.value, error.message) from None


def _default_workers(items: Sequence[tuple[str, str]]) -> int:
    if sum(len(text) for text, _ in items) < POOL_MIN_CHARS:
        return 1
    return os.cpu_count() or 1


def _in_process(items: Sequence[tuple[str, str]], progress: Progress | None,
                cancel: Cancel | None) -> list[Analysis]:
    results: list[Analysis] = []
    for done, (text, language) in enumerate(items):
        if cancel is not None and cancel():
            raise Cancelled()
        results.append(build(analyse_rows(text, language)))
        if progress is not None:
            progress(done + 1, len(items), ANALYSING)
    return results


def _forked(items: Sequence[tuple[str, str]], progress: Progress | None,
            cancel: Cancel | None) -> list[Analysis]:
    """All cores, by forking this (single-threaded) process once its pipelines are loaded (see forked.py)."""
    from workbench.nlp.boilerplate import patterns
    from workbench.nlp.tagger import get_tagger

    patterns("line")  # the furniture patterns compiled once here, not in every child
    for language in sorted({normalise_language(language) for _, language in items}):
        if get_pipeline(language).hanta:
            get_tagger()

    def failed(message: str) -> WorkbenchError:
        return WorkbenchError(ErrorCode.PIPELINE, f"A text analysis process failed: {message}")

    rows = run_forked(items, analyse_rows, progress, cancel, failed, ANALYSING)
    return [build(r) for r in rows]


def _result(future: Future) -> list[tuple]:
    """A chunk's rows, with worker failures turned into WorkbenchError."""
    try:
        return future.result()
    except _WorkerError as error:
        raise WorkbenchError(ErrorCode(error.code), error.message) from None


_POOL: ProcessPoolExecutor | None = None
_POOL_WORKERS = 0
_POOL_LOCK = threading.Lock()


def _pool(workers: int, languages: tuple[str, ...]) -> ProcessPoolExecutor:
    """The shared pool with ``workers`` processes, started if needed."""
    global _POOL, _POOL_WORKERS
    with _POOL_LOCK:
        if _POOL is None or _POOL_WORKERS != workers:
            if _POOL is not None:
                _POOL.shutdown(wait=True, cancel_futures=True)
            _POOL = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                                        initializer=_warm, initargs=(languages,))
            _POOL_WORKERS = workers
        return _POOL


def shutdown() -> None:
    """Stop the shared worker processes (they start again when needed)."""
    global _POOL, _POOL_WORKERS
    with _POOL_LOCK:
        if _POOL is not None:
            _POOL.shutdown(wait=True, cancel_futures=True)
        _POOL, _POOL_WORKERS = None, 0


atexit.register(shutdown)


def _in_pool(items: Sequence[tuple[str, str]], workers: int, progress: Progress | None,
             cancel: Cancel | None) -> list[Analysis]:
    total = len(items)
    size = max(1, min(16, total // (workers * 8)))
    languages = tuple(sorted({normalise_language(language) for _, language in items}))
    executor = _pool(workers, languages)
    results: list[Analysis | None] = [None] * total
    done = 0
    pending: dict[Future, tuple[int, int]] = {}
    try:
        for start in range(0, total, size):
            chunk = items[start:start + size]
            pending[executor.submit(_analyse_chunk, chunk)] = (start, len(chunk))
        while pending:
            if cancel is not None and cancel():
                raise Cancelled()
            finished, _ = wait(pending, timeout=CANCEL_POLL, return_when=FIRST_COMPLETED)
            for future in finished:
                start, count = pending.pop(future)
                for offset, rows in enumerate(_result(future)):
                    results[start + offset] = build(rows)
                done += count
                if progress is not None:
                    progress(done, total, ANALYSING)
    except BrokenProcessPool:
        shutdown()  # a dead worker breaks the pool for good: start afresh next time
        raise
    finally:
        # On cancel or error: what has not started is dropped; chunks already
        # running finish in the background and are ignored.
        for future in pending:
            future.cancel()
    return [r for r in results if r is not None]


def analyse_many(
    items: list[tuple[str, str]],
    workers: int | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> list[Analysis]:
    """Analyses of ``(text, language)`` items, in the order given.

    ``workers``: processes to use; ``None`` means one for small batches and
    ``os.cpu_count()`` for large ones. ``progress(done, total, what)`` is called
    after each document (in the pool: after each small chunk) in the calling
    thread. When ``cancel()`` returns true, work stops early and
    ``Cancelled`` is raised; nothing partial is returned.
    """
    items = list(items)
    if not items:
        return []
    with gc_paused():
        return _analyse_many(items, workers, progress, cancel)


def _analyse_many(items: list[tuple[str, str]], workers: int | None, progress: Progress | None,
                  cancel: Cancel | None) -> list[Analysis]:
    if cancel is not None and cancel():
        raise Cancelled()
    if workers is None and len(items) > 1 and sum(len(t) for t, _ in items) >= FORK_MIN_CHARS and fork_is_safe():
        return _forked(items, progress, cancel)
    count = _default_workers(items) if workers is None else max(1, workers)
    count = min(count, len(items))
    if count == 1:
        return _in_process(items, progress, cancel)
    try:
        return _in_pool(items, count, progress, cancel)
    except BrokenProcessPool as error:
        raise WorkbenchError(ErrorCode.PIPELINE, f"A text analysis worker process failed: {error}") from error

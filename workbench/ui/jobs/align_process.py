"""Large alignments in a child process, so the UI thread never waits for the interpreter lock.

The engine spends long stretches inside C code (sparse matrix products) that
keep Python's lock; a worker *thread* then stalls the UI thread for up to a
tenth of a second at a time. For many documents the worker thread hands the
work to a child process instead and only waits for it. Nothing is started
when the stored alignment is still current: ``Project.align`` returns it
at once (``Project.alignment_is_current``). No Qt here.
"""

from __future__ import annotations

import queue as queue_module
import traceback
from multiprocessing import get_context

from workbench.core.errors import ErrorCode, WorkbenchError
from workbench.core.events import WorkerMessage
from workbench.core.work import Cancel, Cancelled, Progress

PROCESS_MIN_DOCS = 20  # below this an alignment takes well under a second: not worth a process
POLL_SECONDS = 0.1


def align(project, docs: list[str], progress: Progress, cancel: Cancel, min_docs: int | None = None):
    """``project.align(docs)``: in this thread when quick or already stored, else in a child process."""
    threshold = PROCESS_MIN_DOCS if min_docs is None else min_docs
    if len(docs) < threshold or project.alignment_is_current(docs):
        return project.align(docs, progress=progress, cancel=cancel)
    _in_child(str(project.path), docs, progress, cancel)
    if not project.alignment_is_current(docs):
        raise WorkbenchError(ErrorCode.PIPELINE, "the alignment process did not store its result")
    return project.alignment()  # the child stored it: read it here


def _in_child(path: str, docs: list[str], progress: Progress, cancel: Cancel) -> None:
    context = get_context("spawn")
    messages = context.Queue()
    stop = context.Event()
    child = context.Process(target=_child_main, args=(path, docs, messages, stop), name="workbench-align",
                            daemon=True)
    child.start()
    try:
        while True:
            if cancel():
                stop.set()
                raise Cancelled()
            try:
                kind, *payload = messages.get(timeout=POLL_SECONDS)
            except queue_module.Empty:
                if not child.is_alive():
                    raise WorkbenchError(ErrorCode.PIPELINE, "the alignment process ended unexpectedly") from None
                continue
            if kind == WorkerMessage.PROGRESS:
                progress(*payload)
            elif kind == WorkerMessage.DONE:
                return
            elif kind == WorkerMessage.CANCELLED:
                raise Cancelled()
            elif kind == WorkerMessage.ERROR:
                code, message = payload
                raise WorkbenchError(ErrorCode(code), message)
            else:
                raise RuntimeError(f"alignment process failed:\n{payload[0]}")
    finally:
        child.join(timeout=5)
        if child.is_alive():
            child.terminate()
            child.join()
        messages.close()


def _child_main(path: str, docs: list[str], messages, stop) -> None:
    """In the child: open the project (its own connection), align, store, send the result back."""
    try:
        from workbench.project import Project

        def progress(done: int, total: int, what: str = "") -> None:
            messages.put((WorkerMessage.PROGRESS, done, total, what))

        with Project.open(path) as project:
            project.align(docs, progress=progress, cancel=stop.is_set)
        messages.put((WorkerMessage.DONE,))
    except WorkbenchError as error:
        messages.put((WorkerMessage.ERROR, error.code.value, error.message))
    except Cancelled:
        messages.put((WorkerMessage.CANCELLED,))
    except Exception:  # noqa: BLE001 - sent to the parent, which reports it
        messages.put((WorkerMessage.CRASH, traceback.format_exc()))

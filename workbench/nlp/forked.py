"""Analyse a batch on every core by forking this process once its pipeline is loaded.

A spawned worker process starts from nothing: it imports spaCy and loads
HanTa again (about a second) before its first word, which costs more than it
saves on a handful of articles. A *forked* child starts with everything this
process has loaded, at once. So, where forking is safe, the batch is split by
text length between this process and ``cores - 1`` children: each child
analyses its share and sends one pickled result per document through a pipe;
this process analyses its own share meanwhile, then collects.

Forking is safe only in a process with a single thread (the command line):
a process that runs other threads (the app's workers, Qt) could fork in the
middle of another thread's lock. ``fork_is_safe`` says so, and the caller
falls back to the spawned pool or to one process. Children never return
into the caller's code: they leave with ``os._exit``.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import struct
import sys
import threading
from collections.abc import Callable, Sequence

from workbench.core.events import WorkerMessage
from workbench.core.work import Cancel, Cancelled, Progress

_HEADER = struct.Struct("!IQ")  # document index, length of the pickled payload


def fork_is_safe() -> bool:
    """Linux, two cores or more, called from the main thread of a process with no other Python thread
    and without Qt loaded (Qt runs threads of its own that Python does not see)."""
    return (sys.platform.startswith("linux") and hasattr(os, "fork") and (os.cpu_count() or 1) >= 2
            and threading.current_thread() is threading.main_thread() and threading.active_count() == 1
            and not any(name.startswith(("PySide6", "PyQt")) for name in sys.modules))


def split_by_length(items: Sequence[tuple[str, str]], parts: int) -> list[list[int]]:
    """Indices of ``items`` in ``parts`` shares of about equal total text length (longest first, greedy)."""
    shares: list[list[int]] = [[] for _ in range(parts)]
    loads = [0] * parts
    for k in sorted(range(len(items)), key=lambda k: -len(items[k][0])):
        lightest = loads.index(min(loads))
        shares[lightest].append(k)
        loads[lightest] += len(items[k][0]) + 1
    return [sorted(s) for s in shares]


def run_forked(
    items: Sequence[tuple[str, str]],
    work: Callable[[str, str], tuple],
    progress: Progress | None,
    cancel: Cancel | None,
    failed: Callable[[str], BaseException],
    what: str = "",
) -> list[tuple]:
    """``work(text, language)`` for every item, shared between this process and forked children; ``progress``
    is told ``what`` is being done, and ``Cancelled`` is raised when ``cancel()`` turns true."""
    cores = max(2, min(os.cpu_count() or 2, len(items)))
    shares = split_by_length(items, cores)
    mine, others = shares[0], shares[1:]
    children: list[tuple[int, int]] = []  # (pid, read end)
    results: dict[int, tuple] = {}
    buffers: dict[int, bytes] = {}
    try:
        for share in others:
            if not share:
                continue
            read, write = os.pipe()
            pid = os.fork()
            if pid == 0:  # the child: analyse, send, leave without running any of the parent's cleanup
                os.close(read)
                code = 0
                try:
                    with os.fdopen(write, "wb") as out:
                        for k in share:
                            try:
                                payload = pickle.dumps((WorkerMessage.RESULT, work(*items[k])), protocol=pickle.HIGHEST_PROTOCOL)
                            except BaseException as error:  # noqa: BLE001 - reported to the parent as text
                                payload = pickle.dumps((WorkerMessage.ERROR, f"{type(error).__name__}: {error}"))
                            out.write(_HEADER.pack(k, len(payload)) + payload)
                            out.flush()
                except BaseException:  # noqa: BLE001 - the parent sees the missing documents
                    code = 1
                os._exit(code)
            os.close(write)
            children.append((pid, read))
            buffers[read] = b""

        def drain(block: bool) -> None:
            open_reads = [r for _, r in children if r in buffers]
            while open_reads:
                ready, _, _ = select.select(open_reads, [], [], None if block else 0)
                if not ready:
                    return
                for r in ready:
                    chunk = os.read(r, 1 << 20)
                    if not chunk:
                        open_reads.remove(r)
                        os.close(r)
                        del buffers[r]
                        continue
                    buffers[r] += chunk
                    while len(buffers[r]) >= _HEADER.size:
                        k, size = _HEADER.unpack_from(buffers[r])
                        if len(buffers[r]) < _HEADER.size + size:
                            break
                        status, value = pickle.loads(buffers[r][_HEADER.size:_HEADER.size + size])
                        buffers[r] = buffers[r][_HEADER.size + size:]
                        if status != WorkerMessage.RESULT:
                            raise failed(value)
                        results[k] = value
                        if progress is not None:
                            progress(len(results), len(items), what)
                if not block:
                    return

        for k in mine:
            if cancel is not None and cancel():
                raise Cancelled()
            results[k] = work(*items[k])
            if progress is not None:
                progress(len(results), len(items), what)
            drain(block=False)
        while len(results) < len(items) and any(r in buffers for _, r in children):
            if cancel is not None and cancel():
                raise Cancelled()
            drain(block=True)
        missing = [k for k in range(len(items)) if k not in results]
        if missing:
            raise failed(f"a text analysis process ended before it sent {len(missing)} of its documents")
        return [results[k] for k in range(len(items))]
    finally:
        for pid, read in children:
            if read in buffers:
                os.close(read)
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass

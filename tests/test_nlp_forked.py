"""Analysing a batch on every core by forking (nlp/forked.py) gives what one process gives."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from tests.conftest import SEED_FILES
from workbench.core.work import Cancelled
from workbench.nlp import batch
from workbench.nlp.analysis import analyse_rows
from workbench.nlp.forked import fork_is_safe, run_forked, split_by_length

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forking is used on Linux only")


def _failed(message: str) -> Exception:
    return RuntimeError(message)


def test_shares_are_balanced_by_length():
    items = [("x" * n, "de") for n in (100, 90, 10, 10, 5, 80)]
    shares = split_by_length(items, 2)
    assert sorted(k for s in shares for k in s) == list(range(6))
    loads = [sum(len(items[k][0]) for k in s) for s in shares]
    assert abs(loads[0] - loads[1]) <= 100


def test_results_come_back_in_order_with_progress():
    items = [(f"text {n}", "xx") for n in range(7)]
    seen = []
    out = run_forked(items, lambda t, lang: (t.upper(), os.getpid()), lambda d, t, what: seen.append((d, t, what)), None,
                     _failed, "working")
    assert [o[0] for o in out] == [t.upper() for t, _ in items]
    assert len({pid for _, pid in out}) >= 2  # some were made by a child
    assert seen[-1] == (7, 7, "working") and len(seen) == 7


def test_a_failure_in_a_child_is_reported():
    items = [("ok", "xx"), ("bad", "xx"), ("ok2", "xx"), ("bad2", "xx")]

    def work(text, lang):
        if text.startswith("bad"):
            raise ValueError("no good")
        return (text,)

    with pytest.raises((RuntimeError, ValueError), match="no good"):  # from a child, or raised here
        run_forked(items, work, None, None, _failed)


def test_cancel_stops_and_reaps_the_children(monkeypatch):
    items = [(f"t{n}", "xx") for n in range(6)]
    children = []
    real_fork = os.fork

    def fork():
        pid = real_fork()
        if pid:
            children.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", fork)
    with pytest.raises(Cancelled):
        run_forked(items, lambda t, lang: (t,), None, lambda: True, _failed)
    assert children
    for pid in children:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reaped: no child left behind


def test_analyse_many_forked_equals_one_process(monkeypatch):
    items = [(p.read_text(encoding="utf-8"), "de") for p in SEED_FILES]
    one = batch.analyse_many(items, workers=1)
    monkeypatch.setattr(batch, "fork_is_safe", lambda: True)
    forked = batch.analyse_many(items)
    assert [(a.segments, a.tokens, a.pipeline) for a in forked] == [(a.segments, a.tokens, a.pipeline) for a in one]
    assert [analyse_rows(*items[0])[1][:5]] == [[(t.start, t.end, t.lemma, t.pos, t.is_stop, t.is_punct)
                                                   for t in one[0].tokens[:5]]]


def test_no_fork_from_another_thread_or_with_qt_loaded(monkeypatch):
    answers = []
    worker = threading.Thread(target=lambda: answers.append(fork_is_safe()))
    worker.start()
    worker.join()
    assert answers == [False]
    monkeypatch.setitem(sys.modules, "PySide6", object())
    assert not fork_is_safe()

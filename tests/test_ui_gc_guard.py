"""Cyclic garbage collection only in the UI thread while a job runner lives (workbench/ui/jobs/gc_guard.py)."""

from __future__ import annotations

import gc

from workbench.ui.jobs.gc_guard import UiThreadCollector


def test_automatic_collection_is_off_while_a_collector_holds_and_back_on_after(qtbot):
    assert gc.isenabled()
    busy = [True]
    first = UiThreadCollector(lambda: busy[0])
    second = UiThreadCollector(lambda: False)
    assert not gc.isenabled()
    gc.collect()
    junk = [[] for _ in range(5000)]
    for item in junk:
        item.append(item)  # cycles the automatic collector would have found
    del junk
    assert first.collect_due() == -1  # a job runs: nothing is collected in its middle
    busy[0] = False
    assert first.collect_due() >= 0
    first.release()
    assert not gc.isenabled()  # the second still holds
    second.release()
    second.release()  # releasing twice is harmless
    assert gc.isenabled()


def test_a_collector_deleted_without_release_lets_go(qtbot):
    from shiboken6 import delete

    collector = UiThreadCollector(lambda: False)
    assert not gc.isenabled()
    delete(collector)
    assert gc.isenabled()

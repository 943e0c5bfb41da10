"""The Qt item models are thin adapters over the core: checked with qtmodeltester, no threads."""

from __future__ import annotations

import pytest

from workbench.align.diff import DiffOptions
from workbench.core.models import AlignmentResult, Group, Span
from workbench.project import Project
from workbench.ui._testsupport import *  # noqa: F403 (fixtures)
from workbench.ui.comparison_data import restrict
from workbench.ui.operations import build_comparison, default_selection, locate_snippet


def _no_progress(done, total, what=""):
    pass


def _never() -> bool:
    return False


@pytest.fixture
def comparison(seeded_project):
    with Project.open(seeded_project) as project:
        docs = [d.id for d in project.documents()]
        yield build_comparison(project, docs, DiffOptions(), _no_progress, _never)


def test_comparison_model(qtmodeltester, comparison):
    from workbench.ui.comparison_model import ComparisonModel, Roles

    model = ComparisonModel()
    model.set_comparison(comparison)
    qtmodeltester.check(model)
    assert model.columnCount() == 5
    assert model.rowCount() == len(comparison.rows)
    kinds = {model.index(r, c).data(Roles.Kind) for r in range(model.rowCount()) for c in range(5)}
    assert kinds == {"reference", "passage", "unique", "empty"}
    empty = next(model.index(r, c) for r in range(model.rowCount()) for c in range(5)
                 if model.index(r, c).data(Roles.Kind) == "empty")
    assert empty.data() == "—"
    model.set_show_unique(False)
    qtmodeltester.check(model)
    assert all(model.row(r).kind == "group" for r in range(model.rowCount()))


def test_comparison_cells_mark_differences(comparison):
    from workbench.ui.comparison_model import ComparisonModel, Roles

    model = ComparisonModel()
    model.set_comparison(comparison)
    html = [model.index(r, c).data(Roles.Html) for r in range(model.rowCount()) for c in range(5)
            if model.index(r, c).data(Roles.Kind) == "passage"]
    assert any("background-color" in h for h in html)


def test_documents_model_edits_go_through_callbacks(qtmodeltester, seeded_project):
    from PySide6.QtCore import Qt

    from workbench.ui.documents_model import DocumentsModel

    with Project.open(seeded_project) as project:
        docs = project.documents()
    model = DocumentsModel()
    model.set_documents(docs, ["d1", "d2"])
    qtmodeltester.check(model)
    edits, toggles = [], []
    model.on_edit = lambda *a: edits.append(a) or True
    model.on_toggle = lambda *a: toggles.append(a)
    assert model.setData(model.index(0, 1), "Neue Zeitung")
    assert edits == [("d1", "outlet", "Süddeutsche Zeitung", "Neue Zeitung")]
    model.setData(model.index(2, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert toggles == [("d3", True)]
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert not model.flags(model.index(0, 4)) & Qt.ItemFlag.ItemIsEditable


def test_coverage_compared_and_search_models(qtmodeltester, comparison, seeded_project):
    from workbench.ui.compared_model import ComparedModel
    from workbench.ui.coverage_model import CoverageModel
    from workbench.ui.search_panel import SearchResultsModel

    coverage = CoverageModel()
    coverage.set_comparison(comparison)
    qtmodeltester.check(coverage)
    assert coverage.columnCount() == 6
    summary = coverage.summary()
    assert len(summary) == 5 and all(reports + omits == sum(r.kind == "group" for r in comparison.rows)
                                     for _, reports, omits, _ in summary)
    compared = ComparedModel()
    compared.set_documents(comparison.docs)
    qtmodeltester.check(compared)
    assert compared.moved(0, 1)[:2] == ["d2", "d1"]
    assert compared.moved(0, -1) is None
    with Project.open(seeded_project) as project:
        hits = project.search("Weltraumbahnhof")
    results = SearchResultsModel()
    results.set_hits(hits)
    qtmodeltester.check(results)
    assert results.rowCount() == len(hits) > 0


def test_restrict_turns_lone_members_into_unique_passages():
    result = AlignmentResult(
        groups=[Group("g1", 0.5, [Span("d1", 0, 10), Span("d2", 0, 10)]),
                Group("g2", 0.5, [Span("d1", 20, 30), Span("d2", 20, 30), Span("d3", 5, 9)])],
        alignments=[], unique=[Span("d3", 0, 4)], docs=["d1", "d2", "d3"], params="p")
    narrowed = restrict(result, ["d1", "d3"])
    assert [g.id for g in narrowed.groups] == ["g2"]
    assert narrowed.groups[0].members == [Span("d1", 20, 30), Span("d3", 5, 9)]
    assert Span("d1", 0, 10) in narrowed.unique and Span("d3", 0, 4) in narrowed.unique


def test_locate_snippet_and_default_selection(seeded_project):
    text = "Erste Zeile.\nWladimir Putin und Kim Jong Un treffen sich am Weltraumbahnhof."
    offset = locate_snippet(text, "… Wladimir [Putin] und Kim …")
    assert text[offset:offset + 5] == "Putin"
    assert locate_snippet(text, "nothing [here]") is None
    with Project.open(seeded_project) as project:
        docs = project.documents()
    assert default_selection(docs, None, limit=3) == ["d1", "d2", "d3"]
    assert default_selection(docs, ["d4", "d2"]) == ["d4", "d2"]


def test_build_comparison_needs_two_documents(seeded_project):
    with Project.open(seeded_project) as project:
        assert build_comparison(project, ["d1"], DiffOptions(), _no_progress, _never).note == "too-few-selected"
        narrowed = build_comparison(project, ["d3", "d1"], DiffOptions(), _no_progress, _never)
        assert narrowed.doc_ids == ["d3", "d1"]
        stored = project.alignment()
        assert stored.docs == ["d1", "d2", "d3", "d4", "d5"], "a narrower view must not realign"


def test_a_big_alignment_runs_in_a_child_process(seeded_project):
    from workbench.ui import align_process

    seen = []
    with Project.open(seeded_project) as project:
        result = align_process.align(project, ["d1", "d2", "d3"], lambda *a: seen.append(a), _never, min_docs=2)
        assert result.docs == ["d1", "d2", "d3"] and result.groups
        assert project.alignment().docs == ["d1", "d2", "d3"], "the child stores what it computed"
        assert any(what == "grouping" for _, _, what in seen), "progress comes back from the child"
        seen.clear()
        again = align_process.align(project, ["d1", "d2", "d3"], lambda *a: seen.append(a), _never, min_docs=2)
        assert not seen and len(again.groups) == len(result.groups), "nothing is recomputed when current"
        answers = iter([False])  # not cancelled while probing; cancelled once the child runs
        with pytest.raises(align_process.Cancelled):
            align_process.align(project, ["d2", "d4"], _no_progress, lambda: next(answers, True), min_docs=2)


def test_void_qt_calls_keep_none_alive():
    """PySide6 6.12.0 drops a reference to None per void call (fatal on Python 3.11); it is excluded in
    pyproject.toml. This catches any installed PySide6 with the same fault."""
    import sys

    from PySide6.QtCore import QObject

    thing = QObject()
    before = sys.getrefcount(None)
    for _ in range(5_000):
        thing.setObjectName("x")
    assert sys.getrefcount(None) >= before - 100

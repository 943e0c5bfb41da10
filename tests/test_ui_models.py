"""The Qt item models are thin adapters over the core: checked with qtmodeltester, no threads."""

from __future__ import annotations

import pytest

from workbench.align.diff import DiffOptions
from workbench.core.models import AlignmentResult, Group, Span
from workbench.core.work import Cancelled
from workbench.project import Project
from workbench.store import ProjectStore
from workbench.ui._testsupport import *  # noqa: F403 (fixtures)
from workbench.comparison.restrict import restrict
from workbench.ui.jobs.operations import build_comparison, change_entities, default_selection, restore_entities


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
    from workbench.ui.models.comparison_model import ComparisonModel, Roles

    model = ComparisonModel()
    model.set_comparison(comparison)
    qtmodeltester.check(model)
    assert model.columnCount() == 5
    assert model.rowCount() == len(comparison.rows)
    kinds = {model.index(r, c).data(Roles.Kind) for r in range(model.rowCount()) for c in range(5)}
    assert kinds == {"reference", "passage", "unique", "related", "empty"}
    empty = next(model.index(r, c) for r in range(model.rowCount()) for c in range(5)
                 if model.index(r, c).data(Roles.Kind) == "empty")
    assert empty.data() == "—"
    model.set_show_unique(False)
    qtmodeltester.check(model)
    assert all(model.row(r).kind == "group" for r in range(model.rowCount()))


def test_related_passages_say_they_are_not_omissions(comparison):
    from PySide6.QtCore import Qt

    from workbench.ui.models.comparison_model import ComparisonModel, Roles

    model = ComparisonModel()
    model.set_comparison(comparison)
    cells = [model.index(r, c) for r in range(model.rowCount()) for c in range(5)
             if model.index(r, c).data(Roles.Kind) == "related"]
    assert cells
    tip = cells[0].data(Qt.ItemDataRole.ToolTipRole)
    assert "Not an omission" in tip and "g" in tip
    assert "≈" in cells[0].data(Roles.Html)
    head = model.headerData(cells[0].row(), Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert "related to rows" in head


def test_comparison_cells_mark_differences(comparison):
    from workbench.ui.models.comparison_model import ComparisonModel, Roles

    model = ComparisonModel()
    model.set_comparison(comparison)
    html = [model.index(r, c).data(Roles.Html) for r in range(model.rowCount()) for c in range(5)
            if model.index(r, c).data(Roles.Kind) == "passage"]
    assert any("background-color" in h for h in html)


def test_documents_model_edits_go_through_callbacks(qtmodeltester, seeded_project):
    from PySide6.QtCore import Qt

    from workbench.ui.models.documents_model import DocumentsModel

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
    from workbench.ui.models.compared_model import ComparedModel
    from workbench.ui.models.coverage_model import CoverageModel
    from workbench.ui.views.search_panel import SearchResultsModel

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


def test_search_offsets_and_default_selection(seeded_project):
    with Project.open(seeded_project) as project:
        docs = project.documents()
        hits = project.search("Weltraumbahnhof")
        assert hits and all(project.document(h["doc"]).text[h["start"]:h["end"]] == "Weltraumbahnhof" for h in hits)
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
    from workbench.ui.jobs import align_process

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
        with pytest.raises(Cancelled):
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


# -- framing cues -------------------------------------------------------------------------------------
def _cue_cells(model, family: str | None = None) -> list[str]:
    from workbench.ui.models.comparison_model import Roles

    html = [model.index(r, c).data(Roles.Html) for r in range(model.rowCount()) for c in range(model.columnCount())]
    needle = 'href="cue:' if family is None else f":{family}:"
    return [h for h in html if h and needle in h]


def test_cues_ride_on_the_pieces_and_the_filter_chooses_them(seeded_project):
    from workbench.comparison.model import CueFilter
    from workbench.ui.models.comparison_model import ComparisonModel

    with Project.open(seeded_project) as project:
        docs = [d.id for d in project.documents()]
        full = build_comparison(project, docs, DiffOptions(), _no_progress, _never)
        with ProjectStore.open(project.path) as store:
            assert store.load_cues(), "the cues are stored with the project"
        fewer = build_comparison(project, docs, DiffOptions(), _no_progress, _never,
                                 CueFilter(frozenset({"hedge", "quote_variant"}), include_hidden=False))
        more = build_comparison(project, docs, DiffOptions(), _no_progress, _never,
                                CueFilter(include_hidden=True))
    pieces = [p for r in full.rows for ps in r.cells.values() for passage in ps for p in passage.pieces if p.cue]
    assert pieces and all(p.cue.shown for p in pieces)
    model = ComparisonModel()
    model.set_comparison(full)
    assert _cue_cells(model, "actor_label") and _cue_cells(model, "hedge")
    model.set_comparison(fewer)
    assert not _cue_cells(model, "actor_label") and _cue_cells(model, "hedge")
    hidden = [p.cue for r in more.rows for ps in r.cells.values() for passage in ps for p in passage.pieces
              if p.cue and not p.cue.shown]
    assert hidden, "neutral variants appear when asked for"
    counts = full.cue_counts()
    assert counts["actor_label"] > 0 and sum(counts.values()) == sum(
        1 for c in full.cues if c.shown and c.span.doc in full.doc_ids)


def test_cue_links_and_emphasis_in_passage_html(comparison):
    from workbench.ui.text.passage_html import cue_href, parse_cue_href, passage_html
    from workbench.ui.theme import LIGHT

    cue = next(c for c in comparison.cues if c.shown and c.category == "actor_label")
    assert parse_cue_href(cue_href(cue)) == (cue.span, "actor_label", True)
    assert parse_cue_href("read:d1:0:4") is None
    row = comparison.rows[comparison.row_of(cue.span)]
    passage = next(p for p in row.cells[cue.span.doc] if p.span.start <= cue.span.start < p.span.end)
    html = passage_html(passage, LIGHT, [cue.span])
    assert cue_href(cue) in html and LIGHT.cue_focus_bg in html
    assert "color:inherit" not in html and "text-decoration:none" in html


def test_cue_colours_and_names_agree_with_the_export():
    import re

    from workbench.core.models import CUE_CATEGORIES
    from workbench.core.resources import resource_path
    from workbench.export.report_html import environment
    from workbench.export.wording import CUE_COLOURS, CUE_LINES, CUE_NAMES
    from workbench.ui.text.cue_names import FAMILY_HINTS, FAMILY_NAMES
    from workbench.ui.theme import CUE_COLOURS_DARK, CUE_COLOURS_LIGHT
    from workbench.ui.theme import CUE_LINES as UI_LINES

    assert dict(CUE_COLOURS_LIGHT) == CUE_COLOURS and set(CUE_COLOURS) == set(CUE_CATEGORIES)
    source = resource_path("templates", "report.css.j2").read_text(encoding="utf-8")  # the exports' one palette
    assert "cue_colours" in source and "cue_lines" in source and "#7c3aed" not in source
    css = environment().get_template("report.css.j2").render(code_colours=[], cue_colours=CUE_COLOURS,
                                                             cue_lines=CUE_LINES)
    exported = dict(re.findall(r"\.cue-(\w+) \{ --cue: (#[0-9a-f]{6})", css))
    assert dict(CUE_COLOURS_LIGHT) == exported, exported
    assert UI_LINES == CUE_LINES
    assert {f for f, _ in CUE_COLOURS_DARK} == set(CUE_CATEGORIES) == set(FAMILY_HINTS)
    assert FAMILY_NAMES == CUE_NAMES["en"]


def test_actor_label_model(qtmodeltester, comparison):
    from workbench.ui.views.actor_labels import FIXED, USE_ROLE, ActorLabelModel

    model = ActorLabelModel()
    model.set_comparison(comparison)
    qtmodeltester.check(model)
    assert model.columnCount() == FIXED + 5
    kim = [r for r in range(model.rowCount()) if model.line(r).entity == "Kim Jong Un"]
    assert kim and model.index(kim[0], 0).data() == "Kim Jong Un"
    row = next(r for r in kim if model.line(r).label == "Diktator")
    d1 = FIXED + comparison.doc_ids.index("d1")
    assert model.index(row, d1).data() == "1"
    assert model.index(row, d1).data(USE_ROLE) == ("Kim Jong Un", "d1", "Diktator")
    assert model.line(row).cls == "loaded_negative"
    assert sum(n for _, n in model.blocks()) == model.rowCount()
    use = comparison.label_uses("Kim Jong Un", "d1", "Diktator")[0]
    assert use.text == "Diktator" and use.span.doc == "d1"
    model.set_comparison(type(comparison)())
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_actor_changes_are_undone_exactly(seeded_project):
    with Project.open(seeded_project) as project:
        project.add_entity("Kim Jong Un", ["Kim"])
        before = change_entities(project, "merge", ("Kim Jong Un", "Machthaber Nordkoreas"))
        assert before == {"Kim Jong Un": ["Kim"]}
        assert set(project.entities()["Kim Jong Un"]) == {"Kim", "Machthaber Nordkoreas"}
        restore_entities(project, before)
        assert project.entities() == {"Kim Jong Un": ["Kim"]}
        added = change_entities(project, "add", ("Japan", ["Tokio"]))
        change_entities(project, "remove", ("Kim Jong Un",))
        restore_entities(project, added)
        assert project.entities() == {"Kim Jong Un": ["Kim"]}


def test_refilter_lays_out_the_rows_again_and_failing_cues_leave_the_comparison(seeded_project, monkeypatch):
    from workbench.comparison.model import CueFilter
    from workbench.ui.jobs.operations import refilter

    with Project.open(seeded_project) as project:
        docs = [d.id for d in project.documents()]
        full = build_comparison(project, docs, DiffOptions(), _no_progress, _never)
        only = CueFilter(frozenset({"hedge"}))
        direct = build_comparison(project, docs, DiffOptions(), _no_progress, _never, only)

        def boom(self, **kwargs):
            raise RuntimeError("boom")

        monkeypatch.setattr(Project, "detect_cues", boom)
        broken = build_comparison(project, docs, DiffOptions(), _no_progress, _never)
    again = refilter(full, only)
    assert again.cue_filter == only and again.cues is full.cues
    def cues(c):
        return [(p.cue.span, p.cue.category) for r in c.rows for ps in r.cells.values() for x in ps
                for p in x.pieces if p.cue]
    assert cues(again) == cues(direct) and {cat for _, cat in cues(again)} == {"hedge"}
    assert broken.rows and not broken.cues and "boom" in broken.cue_error


def test_runs_of_blank_lines_show_as_one_paragraph_break():
    from workbench.ui.text.passage_html import line_breaks

    assert line_breaks("Teaser\n\n\n\n\nBody\nnext") == "Teaser<br><br>Body<br>next"
    assert line_breaks("a\n \u00a0\nb", single="<br><br>") == "a<br><br>b"

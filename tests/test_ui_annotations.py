"""Annotating in the GUI: select, annotate (undoable), marks in every view, the annotations panel, codes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog

from workbench.ui._testsupport import *  # noqa: F403 (fixtures)
from workbench.ui._testsupport import wait_idle
from workbench.ui.dialogs.annotation_dialog import AnnotationDialog
from workbench.ui.models.comparison_model import Roles


@pytest.fixture
def opened(main_window, seeded_project, qtbot):
    assert main_window.session.open(seeded_project)
    wait_idle(qtbot, main_window)
    return main_window


def _grouped_cell(window):
    model = window.model
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            if index.data(Roles.Kind) in ("passage", "reference") and len(
                    window.session.comparison.reporting(model.row(r))) >= 3:
                return index
    raise AssertionError("no grouped cell")


def _select(browser, words: str) -> None:
    plain = browser.document().toPlainText()
    at = plain.index(words)
    cursor = QTextCursor(browser.document())
    cursor.setPosition(at)
    cursor.setPosition(at + len(words), QTextCursor.MoveMode.KeepAnchor)
    browser.setTextCursor(cursor)


def _answer(monkeypatch, note="", codes=(), new=(), link=False):
    """The annotation dialog answers at once: tick ``codes``, add ``new`` (name, colour), write ``note``."""

    def exec_(dialog):
        dialog.note.setPlainText(note)
        for n in range(dialog.codes.count()):
            item = dialog.codes.item(n)
            if item.text() in codes:
                item.setCheckState(Qt.CheckState.Checked)
        for name, colour in new:
            dialog.add_code(name, colour)
        dialog.link.setChecked(link)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AnnotationDialog, "exec", exec_)


def _passage_words(window, index, count=4):
    passage = window.model.passages(index)[0]
    text = window.session.project.document(passage.span.doc).text[passage.span.start:passage.span.end]
    return passage, " ".join(text.split()[1:1 + count])


def test_annotate_a_selection_in_the_detail_pane_with_undo(opened, qtbot, monkeypatch):
    window = opened
    index = _grouped_cell(window)
    window.view.go_to(index.row(), index.column())
    passage, words = _passage_words(window, index)
    _select(window.detail, words)
    span = window.annotating.selection(window.detail)
    assert span is not None and span.doc == passage.span.doc
    assert window.session.project.document(span.doc).text[span.start:span.end] == words
    _answer(monkeypatch, note="loaded wording", new=[("Framing", "#d62728")], link=True)
    window.actions_["annotate"].trigger()
    wait_idle(qtbot, window)
    [annotation] = window.session.annotations()
    assert annotation.note == "loaded wording" and annotation.codes == ["Framing"]
    assert annotation.targets[0].quote == words and len(annotation.targets) >= 3  # linked to its group
    assert [c.colour for c in window.session.codes()] == ["#d62728"]
    # marks: a tint in the detail pane, a marker in the cell
    assert "✎" in window.model.index(index.row(), index.column()).data(Roles.Html)
    assert "background-color:#f" in window.detail.toHtml() or window.detail.notes
    assert window.annotating.marks and window.annotating.marks[0].colour == "#d62728"
    window.session.undo_stack.undo()
    wait_idle(qtbot, window)
    assert window.session.annotations() == [] and window.session.codes() == []
    assert "✎" not in window.model.index(index.row(), index.column()).data(Roles.Html)
    window.session.undo_stack.redo()
    wait_idle(qtbot, window)
    [again] = window.session.annotations()
    assert again.id == annotation.id and again.targets == annotation.targets and again.codes == ["Framing"]


def test_annotate_in_the_reading_view(opened, qtbot, monkeypatch):
    window = opened
    doc = window.session.comparison.doc_ids[0]
    window.reading.show_document(doc)
    window.show_tab(1)
    text = window.session.project.document(doc).text
    paragraph = [p for p in text.split("\n") if len(p.split()) > 12][1]
    words = " ".join(paragraph.split()[3:9])
    _select(window.reading.browser, words)
    window.reading.browser.setFocus()
    _answer(monkeypatch, note="why here?")
    window.actions_["annotate"].trigger()
    wait_idle(qtbot, window)
    [annotation] = window.session.annotations()
    target = annotation.targets[0]
    assert target.doc == doc and target.quote == words and text[target.start:target.end] == words
    assert annotation.codes == []
    assert window.reading.notes and "background-color" in window.reading.browser.toHtml()


def test_nothing_selected_says_what_to_do(opened, qtbot, monkeypatch):
    window = opened
    _answer(monkeypatch)
    window.actions_["annotate"].trigger()
    assert window.session.annotations() == []
    assert "Select" in window.statusBar().currentMessage()


def _annotate(window, qtbot, doc, words, note="", codes=()):
    text = window.session.project.document(doc).text
    start = text.index(words)
    from workbench.core.models import Span
    from workbench.ui.controllers.annotation_commands import AnnotateCommand

    window.session.undo_stack.push(AnnotateCommand(window.session, [Span(doc, start, start + len(words))], note,
                                                   list(codes), {c: "#2ca02c" for c in codes}))
    wait_idle(qtbot, window)


def _words(window, doc, n=1):
    text = window.session.project.document(doc).text
    return " ".join([p for p in text.split("\n") if len(p.split()) > 12][n].split()[2:6])


def test_annotations_panel_model_filter_jump_edit_delete(opened, qtbot, qtmodeltester, monkeypatch):
    window = opened
    d1, d2 = window.session.comparison.doc_ids[:2]
    _annotate(window, qtbot, d1, _words(window, d1), "first note", ["Tone"])
    _annotate(window, qtbot, d2, _words(window, d2, 2), "second", ["Actors"])
    panel = window.annotations
    qtmodeltester.check(panel.model)
    assert panel.model.rowCount() == 2
    assert panel.model.index(0, panel.model.CODES).data() == "Tone"
    panel.code.setCurrentIndex(panel.code.findData("Actors"))
    panel.refresh()
    assert panel.model.rowCount() == 1 and panel.model.annotation(0).note == "second"
    panel.code.setCurrentIndex(0)
    panel.outlet.setCurrentIndex(panel.outlet.findData(d1))
    panel.refresh()
    assert [a.note for a in panel.model._annotations] == ["first note"]
    panel.outlet.setCurrentIndex(0)
    panel.text.setText("SECOND")
    assert panel.model.rowCount() == 1
    panel.text.clear()
    # clicking jumps to the passage (comparison or reading view)
    panel.table.selectRow(1)
    panel.activated.emit(panel.model.annotation(1))
    target = panel.model.annotation(1).targets[0]
    if window.tabs.currentIndex() == 0:
        assert window.model.doc(window.view.currentIndex().column()) == target.doc
    else:
        assert window.reading.doc_id == target.doc
    # edit the note and codes, then undo
    panel.table.selectRow(0)
    _answer(monkeypatch, note="edited", codes=("Actors",))
    panel.edit_button.click()
    wait_idle(qtbot, window)
    edited = window.session.project.annotation("a1")
    assert edited.note == "edited" and set(edited.codes) == {"Tone", "Actors"}
    window.session.undo_stack.undo()
    wait_idle(qtbot, window)
    assert window.session.project.annotation("a1").note == "first note"
    # delete, then undo keeps the id
    panel.table.selectRow(0)
    panel.delete_button.click()
    wait_idle(qtbot, window)
    assert [a.id for a in window.session.annotations()] == ["a2"] and panel.model.rowCount() == 1
    window.session.undo_stack.undo()
    wait_idle(qtbot, window)
    assert [a.id for a in window.session.annotations()] == ["a1", "a2"]


def test_code_manager_add_rename_recolour_describe_merge_with_undo(opened, qtbot):
    window = opened
    d1 = window.session.comparison.doc_ids[0]
    _annotate(window, qtbot, d1, _words(window, d1), "n", ["Tone"])
    _annotate(window, qtbot, d1, _words(window, d1, 2), "m", ["Voice"])
    window.actions_["codes"].trigger()
    manager = window.annotating.code_manager
    assert manager.isVisible() and manager.list.count() == 2

    def names():
        return {c.name: c.colour for c in window.session.codes()}

    manager.add_code("Blame", "#123456")
    wait_idle(qtbot, window)
    assert names()["Blame"] == "#123456" and manager.list.count() == 3
    manager.list.setCurrentRow([c.name for c in window.session.codes()].index("Tone"))
    manager.rename_code("Tonality")
    wait_idle(qtbot, window)
    assert "Tonality" in names() and window.session.project.annotation("a1").codes == ["Tonality"]
    manager.list.setCurrentRow([c.name for c in window.session.codes()].index("Tonality"))
    manager.recolour_code("#abcdef")
    wait_idle(qtbot, window)
    assert names()["Tonality"] == "#abcdef"
    assert any(m.colour == "#abcdef" for m in window.annotating.marks)
    manager.list.setCurrentRow([c.name for c in window.session.codes()].index("Voice"))
    manager.merge_code("Tonality")
    wait_idle(qtbot, window)
    assert "Voice" not in names() and window.session.project.annotation("a2").codes == ["Tonality"]
    manager.list.setCurrentRow([c.name for c in window.session.codes()].index("Tonality"))
    manager.describe_code("How the tone of the outlet shows")
    wait_idle(qtbot, window)
    described = {c.name: c.description for c in window.session.codes()}
    assert described["Tonality"] == "How the tone of the outlet shows"
    window.session.undo_stack.undo()
    wait_idle(qtbot, window)
    assert not {c.name: c.description for c in window.session.codes()}["Tonality"]
    for _ in range(4):
        window.session.undo_stack.undo()
        wait_idle(qtbot, window)
    assert set(names()) == {"Tone", "Voice"}
    assert window.session.project.annotation("a2").codes == ["Voice"]
    assert window.session.project.annotation("a1").codes == ["Tone"]
    manager.close()


def test_annotate_a_whole_passage_from_the_comparison(opened, qtbot, monkeypatch):
    """Without a text selection, the action annotates the passage of the current comparison cell."""
    window = opened
    view = window.view
    model = view.model()
    index = next(model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
                 if model.passages(model.index(r, c)))
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=2000)
    span = window.annotating.selection()
    assert span == model.passages(index)[0].span


def test_the_add_button_adds_the_typed_code_not_false(qtbot):
    """Clicking Add used to create a code named "False" (the button's clicked(checked) argument)."""
    dialog = AnnotationDialog([], quote="Diktator")
    qtbot.addWidget(dialog)
    dialog.new_name.setText("Framing")
    dialog.add_button.click()
    assert dialog.chosen_codes() == ["Framing"]
    dialog.new_name.setText("Quelle")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    assert dialog.chosen_codes() == ["Framing", "Quelle"]


def test_right_click_in_a_comparison_cell_offers_annotate(opened, qtbot, monkeypatch):
    """The README promised "Annotate" on right-click in comparison cells; the menu did not have it."""
    from PySide6.QtCore import QPoint

    window = opened
    index = _grouped_cell(window)
    passage = window.model.passages(index)[0]
    window.corrections.context_menu(index, QPoint(10, 10))
    menu = window.corrections.last_menu
    action = next(a for a in menu.actions() if a.objectName() == "annotateCell")
    assert action.isEnabled()
    _answer(monkeypatch, note="worth a lesson", new=[("Quelle", "#1f77b4")])
    action.trigger()
    wait_idle(qtbot, window)
    [annotation] = window.session.annotations()
    assert annotation.note == "worth a lesson" and annotation.codes == ["Quelle"]
    assert (annotation.targets[0].doc, annotation.targets[0].start) == (passage.span.doc, passage.span.start)

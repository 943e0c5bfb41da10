"""Marking page furniture in the app: the reading view's and the comparison's context menus, with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor

from workbench.core.models import Span
from workbench.project import Project
from workbench.ui._testsupport import *  # noqa: F403 (fixtures)
from workbench.ui._testsupport import wait_idle
from workbench.ui.models.comparison_model import Roles
from workbench.ui.text.text_selection import anchors, reading_anchor_parser


@pytest.fixture
def opened(main_window, seeded_project, qtbot):
    assert main_window.session.open(seeded_project)
    wait_idle(qtbot, main_window)
    return main_window


def _stored(window) -> list[tuple[str, list[Span]]]:
    with Project.open(window.session.path) as other:
        return [(c.kind, c.spans) for c in other.corrections()]


def _action(menu, name: str):
    found = [a for a in menu.actions() if a.objectName() == name]
    assert len(found) == 1, [a.text() for a in menu.actions()]
    return found[0]


def _reading(window, qtbot):
    doc = window.session.comparison.doc_ids[0]
    window.reading.show_document(doc)
    window.tabs.setCurrentWidget(window.reading)
    qtbot.waitUntil(lambda: window.reading.browser.isVisible())
    return doc


def _point_in_segment(window, doc: str):
    """A viewport point inside the article's second segment, and that segment."""
    browser = window.reading.browser
    segment = window.session.project.segments(doc)[1]
    found = [a for a in anchors(browser.document(), reading_anchor_parser(doc)) if a[2] <= segment.start]
    position = found[-1][0] + (segment.start - found[-1][2]) + 2  # two characters into the segment
    cursor = QTextCursor(browser.document())
    cursor.setPosition(position)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    return browser.cursorRect(cursor).center(), segment


def test_reading_view_marks_the_segment_under_the_cursor_and_undo_removes_it(opened, qtbot):
    window = opened
    doc = _reading(window, qtbot)
    point, segment = _point_in_segment(window, doc)
    assert window.reading.furniture_span(point) == Span(doc, segment.start, segment.end)
    menu = window.reading.browser.createStandardContextMenu(point)
    furniture, text = _action(menu, "markFurniture"), _action(menu, "markText")
    assert furniture.text() == "Mark as page furniture" and text.text() == "Mark as article text"
    assert furniture.isEnabled() and text.isEnabled()
    furniture.trigger()
    wait_idle(qtbot, window)
    assert _stored(window) == [("furniture", [Span(doc, segment.start, segment.end)])]
    assert window.session.undo_stack.undoText() == "Mark as page furniture"
    with Project.open(window.session.path) as other:
        marked = [s for s in other.segments(doc) if segment.start <= s.start < segment.end]
    assert marked and all(s.kind == "boilerplate" for s in marked)
    window.actions_["undo"].trigger()
    wait_idle(qtbot, window)
    assert _stored(window) == []
    window.actions_["redo"].trigger()
    wait_idle(qtbot, window)
    assert [kind for kind, _ in _stored(window)] == ["furniture"]


def test_reading_view_marks_the_selected_words_as_article_text(opened, qtbot):
    window = opened
    doc = _reading(window, qtbot)
    browser = window.reading.browser
    text = window.session.project.document(doc).text
    word_start = len(text) - len(text.lstrip())
    word_end = text.index(" ", word_start)  # the article's first word
    at, _doc, offset = [a for a in anchors(browser.document(), reading_anchor_parser(doc)) if a[2] <= word_start][-1]
    cursor = QTextCursor(browser.document())
    cursor.setPosition(at + word_start - offset)
    cursor.setPosition(at + word_end - offset, QTextCursor.MoveMode.KeepAnchor)
    browser.setTextCursor(cursor)
    assert cursor.selectedText() == text[word_start:word_end]
    menu = browser.createStandardContextMenu(QPoint(1, 1))  # the selection wins over the point
    _action(menu, "markText").trigger()
    wait_idle(qtbot, window)
    assert _stored(window) == [("text", [Span(doc, word_start, word_end)])]
    window.actions_["undo"].trigger()
    wait_idle(qtbot, window)
    assert _stored(window) == []


def test_reading_view_offers_nothing_over_the_legend(opened, qtbot):
    window = opened
    _reading(window, qtbot)
    window.reading.browser.verticalScrollBar().setValue(0)
    menu = window.reading.browser.createStandardContextMenu(QPoint(2, 2))
    assert not _action(menu, "markFurniture").isEnabled()


def test_comparison_cell_menu_marks_its_passage_as_furniture(opened, qtbot):
    window = opened
    model = window.model
    index = next(model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
                 if model.index(r, c).data(Roles.Kind) == "passage")
    spans = [p.span for p in model.passages(index)]
    window.corrections.context_menu(index, QPoint(10, 10))
    menu = window.corrections.last_menu
    action = _action(menu, "markFurniture")
    assert action.isEnabled() and action.text() == "Mark as page furniture"
    menu.close()
    action.trigger()
    wait_idle(qtbot, window)
    assert _stored(window) == [("furniture", [s]) for s in spans]
    comparison = window.session.comparison  # re-aligned: the passage left the comparison
    assert all(comparison.row_index(s.doc, s.start) is None for s in spans)
    window.actions_["undo"].trigger()
    wait_idle(qtbot, window)
    assert _stored(window) == []
    comparison = window.session.comparison
    assert all(comparison.row_index(s.doc, s.start) is not None for s in spans)


def test_reading_view_shows_the_mark_after_it_is_made(opened, qtbot):
    window = opened
    doc = _reading(window, qtbot)
    point, segment = _point_in_segment(window, doc)
    _action(window.reading.browser.createStandardContextMenu(point), "markFurniture").trigger()
    wait_idle(qtbot, window)
    shown = [s for s in window.session.project.segments(doc) if segment.start <= s.start < segment.end]
    assert shown and all(s.kind == "boilerplate" for s in shown)

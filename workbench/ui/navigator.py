"""Navigator: keeps the views on the same passage and moves between them.

Comparison → detail pane (click), comparison ↔ reading view (read in context,
back), overview and search → comparison (jump to the passage).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from workbench.core.models import Span
from workbench.ui.commands import SelectionCommand
from workbench.ui.operations import locate_snippet

COMPARISON, READING, OVERVIEW = range(3)


class Navigator(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self._back: tuple[str, str] | None = None  # (row id, doc) to return to from the reading view

    def attach(self) -> None:
        w = self.w
        w.view.passageActivated.connect(self.show_details)
        w.view.doubleClicked.connect(lambda index: self.read_current())
        w.detail.readRequested.connect(lambda doc, start, end: self.read(doc, Span(doc, start, end)))
        w.reading.backRequested.connect(self.back)
        w.reading.passageClicked.connect(self.show_passage)
        w.overview.rowActivated.connect(self._overview_row)
        w.search.hitActivated.connect(self.show_hit)
        w.documents.readRequested.connect(lambda doc: self.read(doc, None))
        for key, delta in (("J", 1), ("K", -1)):  # vi-style keys, only while the comparison has focus
            shortcut = QShortcut(QKeySequence(key), w.view, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=delta: self.step(d))

    # -- keeping views in step -------------------------------------------------------
    def _position(self) -> tuple[str | None, str | None]:
        index = self.w.view.currentIndex()
        model = self.w.model
        if not index.isValid() or index.row() >= model.rowCount() or index.column() >= model.columnCount():
            return None, None
        return model.row(index.row()).id, model.doc(index.column())

    def comparison_changed(self) -> None:
        w = self.w
        row_id, doc = self._position()
        passages = w.model.passages(w.view.currentIndex()) if row_id else []
        comparison = w.session.comparison
        w.model.set_comparison(comparison)
        w.overview.set_comparison(comparison, w.colours)
        w.page.refresh()
        target = None
        if passages and doc in comparison.doc_ids:  # follow the passage (its group id may have changed)
            target = comparison.row_index(doc, passages[0].span.start)
        elif row_id:
            target = comparison.row_by_id(row_id)
        model_row = w.model.model_row(target) if target is not None else None
        if model_row is not None:
            w.view.go_to(model_row, comparison.doc_ids.index(doc) if doc in comparison.doc_ids else 0, focus=False)
        else:
            w.detail.show_nothing()
        w.corrections.update_actions()

    def show_details(self, index) -> None:
        w = self.w
        if not index.isValid() or index.row() >= w.model.rowCount():
            w.detail.show_nothing()
            return
        w.detail.show_row(w.session.comparison, w.model.row(index.row()))

    def reorder_columns(self, order: list[str]) -> None:
        session = self.w.session
        if order != session.selection:
            session.undo_stack.push(SelectionCommand(session, session.selection, order,
                                                     self.tr("Change column order")))

    # -- moving ----------------------------------------------------------------------
    def step(self, delta: int) -> None:
        self.w.show_tab(COMPARISON)
        self.w.view.step(delta)

    def go_to_row(self, comparison_row: int, doc: str | None) -> bool:
        w = self.w
        model_row = w.model.model_row(comparison_row)
        if model_row is None and w.session.comparison.rows[comparison_row].kind == "unique":
            w.actions["show_unique"].setChecked(True)  # the passage is hidden by the filter: show it
            model_row = w.model.model_row(comparison_row)
        if model_row is None:
            return False
        column = w.session.comparison.doc_ids.index(doc) if doc in w.session.comparison.doc_ids else -1
        w.show_tab(COMPARISON)
        w.view.go_to(model_row, column)
        return True

    def show_passage(self, doc: str, offset: int) -> None:
        """Show the passage of ``doc`` at ``offset`` in the comparison, else read it in context."""
        comparison = self.w.session.comparison
        row = comparison.row_index(doc, offset) if doc in comparison.doc_ids else None
        if row is None or not self.go_to_row(row, doc):
            self.read(doc, self._segment_at(doc, offset))

    def show_hit(self, doc: str, snippet: str) -> None:
        project = self.w.session.project
        if project is None:
            return
        offset = locate_snippet(project.document(doc).text, snippet)
        self.show_passage(doc, offset or 0)

    def _segment_at(self, doc: str, offset: int) -> Span | None:
        for s in self.w.session.project.segments(doc):
            if s.start <= offset < s.end:
                return Span(doc, s.start, s.end)
        return None

    def _overview_row(self, row: int, doc: str) -> None:
        self.go_to_row(row, doc or None)

    def read_current(self) -> None:
        w = self.w
        index = w.view.currentIndex()
        passages = w.model.passages(index)
        if passages:
            self.read(passages[0].span.doc, passages[0].span)
        elif index.isValid():
            self.read(w.model.doc(index.column()), None)

    def read(self, doc: str, focus: Span | None) -> None:
        row_id, current_doc = self._position()
        if row_id:
            self._back = (row_id, current_doc)
        self.w.reading.show_document(doc, focus)
        self.w.show_tab(READING)

    def back(self) -> None:
        w = self.w
        w.show_tab(COMPARISON)
        if self._back:
            row = w.session.comparison.row_by_id(self._back[0])
            if row is not None:
                self.go_to_row(row, self._back[1])
        w.view.setFocus()

"""Navigator: keeps the views on the same passage and moves between them.

Comparison → detail pane (click), comparison ↔ reading view (read in context,
back), overview and search → comparison (jump to the passage). A framing cue
clicked anywhere (cell, detail pane, reading view, actor table) shows its card
in the detail pane, and it and its counterparts are marked in the cells; a
counterpart clicked in the card is shown in the comparison.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from workbench.core.models import Cue, Span
from workbench.ui.controllers.commands import SelectionCommand
from workbench.ui.text.passage_html import parse_cue_href

COMPARISON, READING, OVERVIEW = range(3)


class Navigator(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self._back: tuple[str, str | None] | None = None  # (row id, doc) to return to from the reading view

    def attach(self) -> None:
        w = self.w
        w.view.passageActivated.connect(self.show_details)
        w.view.doubleClicked.connect(lambda index: self.read_current())
        w.detail.readRequested.connect(lambda doc, start, end: self.read(doc, Span(doc, start, end)))
        w.detail.gotoRequested.connect(lambda doc, start, end: self.go_to_span(Span(doc, start, end)))
        w.detail.cueClicked.connect(self.show_cue)
        w.detail.cueClosed.connect(lambda: self.show_details(w.view.currentIndex()))
        w.view.cueClicked.connect(self.show_cue)
        w.reading.backRequested.connect(self.back)
        w.reading.passageClicked.connect(self.show_passage)
        w.reading.cueClicked.connect(self.show_cue)
        w.overview.rowActivated.connect(self._overview_row)
        w.overview.actors.labelActivated.connect(self.show_label_use)
        w.search.hitActivated.connect(self.show_passage)
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
        chosen = w.detail.cue
        comparison = w.session.comparison
        w.model.set_comparison(comparison)
        w.overview.set_comparison(comparison, w.colours)
        w.legend.set_counts(comparison.cue_counts())
        w.page.refresh()
        target = None
        if passages and doc in comparison.doc_ids:  # follow the passage (its group id may have changed)
            target = comparison.row_index(doc, passages[0].span.start)
        elif row_id:
            target = comparison.row_by_id(row_id)
        model_row = w.model.model_row(target) if target is not None else None
        if model_row is not None:
            w.view.go_to(model_row, comparison.doc_ids.index(doc) if doc in comparison.doc_ids else 0, focus=False)
            self.show_details(w.view.currentIndex())  # the cells may have changed in place (other cue filters)
            again = comparison.find_cue(chosen.span, chosen.category) if chosen is not None else None
            if again is not None:  # keep the card of the chosen cue
                self.select_cue(again, target, show_dock=False)
        else:
            w.detail.show_nothing()
        w.corrections.update_actions()

    def show_details(self, index) -> None:
        w = self.w
        w.model.set_emphasis([])
        if not index.isValid() or index.row() >= w.model.rowCount():
            w.detail.show_nothing()
            return
        w.detail.show_row(w.session.comparison, w.model.row(index.row()))

    # -- framing cues ----------------------------------------------------------------
    def show_cue(self, href: str) -> None:
        """A cue link was clicked: its card in the detail pane, it and its counterparts marked."""
        parsed = parse_cue_href(href)
        cue = self.w.session.comparison.find_cue(parsed[0], parsed[1]) if parsed else None
        if cue is not None:
            self.select_cue(cue)

    def select_cue(self, cue: Cue, row: int | None = None, show_dock: bool = True) -> None:
        """Show ``cue``'s card above the group ``row`` (default: the cue's own group)."""
        w = self.w
        comparison = w.session.comparison
        if row is None and cue.span.doc in comparison.doc_ids:
            row = comparison.row_of(cue.span)
        w.model.set_emphasis([cue.span] + [span for span, _ in cue.counterparts])
        w.detail.show_row(comparison, comparison.rows[row] if row is not None else None, cue)
        if show_dock:
            w.raise_details()

    def go_to_span(self, span: Span) -> None:
        """Show ``span`` (a counterpart, a label's use) in the comparison, else in the reading view.

        A cue there gets its card; otherwise the card that led here stays.
        """
        w = self.w
        comparison = w.session.comparison
        cue = comparison.find_cue(span)
        previous = w.detail.cue
        row = comparison.row_of(span) if span.doc in comparison.doc_ids else None
        if row is not None and self.go_to_row(row, span.doc):
            target = cue or previous
            if target is not None:
                self.select_cue(target, row)
            return
        self.read(span.doc, span)
        if cue is not None:
            self.select_cue(cue)

    def show_label_use(self, entity: str, doc: str, label: str) -> None:
        uses = self.w.session.comparison.label_uses(entity, doc, label)
        if uses:
            self.go_to_span(uses[0].span)
        else:
            self.w.statusBar().showMessage(self.tr("No use of “{label}” found in this article.").format(label=label),
                                           8000)

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
            w.actions_["show_unique"].setChecked(True)  # the passage is hidden by the filter: show it
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

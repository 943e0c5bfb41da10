"""AnnotationController: annotate selected text, keep annotation marks in every view, edit and delete.

Selections come from the detail pane (any outlet of a group) or the reading
view; the annotation is stored through an undoable command run in the
worker. When annotations or codes change, the marks are read once and
handed to the comparison cells, the detail pane and the reading view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

from workbench.core.models import Span
from workbench.ui.controllers.annotation_commands import AnnotateCommand, DeleteAnnotationCommand, EditAnnotationCommand
from workbench.ui.dialogs.annotation_dialog import AnnotationDialog
from workbench.ui.text.annotation_marks import marks_from
from workbench.ui.text.text_selection import parse_detail_anchor, reading_anchor_parser, selected_span

if TYPE_CHECKING:
    from workbench.ui.dialogs.code_manager import CodeManager


class AnnotationController(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self.session = window.session
        self.last_dialog: AnnotationDialog | None = None  # tests drive it
        self.marks: list = []

    def attach(self, actions, panel) -> None:
        w = self.w
        self.action = actions["annotate"]
        self.code_manager: CodeManager | None = None
        panel.activated.connect(self.show)
        panel.editRequested.connect(self.edit)
        panel.deleteRequested.connect(self.delete)
        panel.codesRequested.connect(self.show_codes)
        for browser in (w.detail, w.reading.browser):
            browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            browser.customContextMenuRequested.connect(lambda pos, b=browser: self._context_menu(b, pos))
        self.session.annotationsChanged.connect(self.refresh_marks)
        self.session.projectChanged.connect(self.refresh_marks)
        self.session.comparisonChanged.connect(self._reapply)

    # -- marks ---------------------------------------------------------------------------
    def refresh_marks(self) -> None:
        self.marks = marks_from(self.session.annotations(), self.session.codes()) if self.session.project else []
        self._reapply()

    def _reapply(self) -> None:
        w = self.w
        w.model.set_notes(self.marks)
        w.detail.set_notes(self.marks)
        w.reading.set_notes(self.marks)

    # -- the selection -----------------------------------------------------------------------
    def _text(self, doc: str) -> str:
        return self.session.project.document(doc).text

    def _passage_bounds(self, doc: str, offset: int) -> tuple[int, int]:
        row = self.w.detail.row
        for p in row.cells.get(doc, []) if row is not None else []:
            if p.span.start <= offset < p.span.end:
                return p.span.start, p.span.end
        return offset, offset

    def selection(self, browser=None) -> Span | None:
        """The passage selected in ``browser`` (default: the focused view, else whichever has a selection)."""
        if self.session.project is None:
            return None
        w = self.w
        candidates = [browser] if browser is not None else sorted(
            [w.reading.browser, w.detail], key=lambda b: not b.hasFocus())
        for b in candidates:
            if b is w.detail:
                span = selected_span(b, parse_detail_anchor, self._text, self._passage_bounds)
            elif w.reading.doc_id is not None:
                span = selected_span(b, reading_anchor_parser(w.reading.doc_id), self._text)
            else:
                span = None
            if span is not None:
                return span
        return self._current_passage() if browser is None else None

    def _current_passage(self) -> Span | None:
        """Without a text selection: the whole passage of the comparison cell that is current."""
        view = self.w.view
        index = view.currentIndex()
        if not view.hasFocus() or not index.isValid():
            return None
        passages = view.model().passages(index)
        return passages[0].span if passages else None

    def _context_menu(self, browser, pos) -> None:
        menu = browser.createStandardContextMenu(pos)
        menu.addSeparator()
        span = self.selection(browser)
        action = menu.addAction(self.action.text(), lambda: self.annotate(span))
        action.setShortcut(self.action.shortcut())
        action.setEnabled(span is not None)
        menu.exec(browser.mapToGlobal(pos))
        menu.deleteLater()

    # -- annotating ----------------------------------------------------------------------------
    def annotate(self, span: Span | None = None) -> None:
        span = span or self.selection()
        if span is None:
            self.w.statusBar().showMessage(self.tr("Select some words in the passage details or the reading view, "
                                                   "or a passage in the comparison, then annotate them."), 8000)
            return
        quote = self._text(span.doc)[span.start:span.end]
        dialog = AnnotationDialog(self.session.codes(), quote, parent=self.w)
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.session.undo_stack.push(AnnotateCommand(self.session, [span], dialog.note_text(), dialog.chosen_codes(),
                                                     dialog.new_colours(), dialog.link.isChecked()))

    def edit(self, annotation) -> None:
        quote = annotation.targets[0].quote if annotation.targets else ""
        dialog = AnnotationDialog(self.session.codes(), quote, annotation.note, annotation.codes, allow_link=False,
                                  parent=self.w)
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        note, codes = dialog.note_text(), dialog.chosen_codes()
        if note != annotation.note or codes != list(annotation.codes):
            self.session.undo_stack.push(EditAnnotationCommand(self.session, annotation, note, codes,
                                                               dialog.new_colours()))

    def delete(self, annotation) -> None:
        self.session.undo_stack.push(DeleteAnnotationCommand(self.session, annotation))

    def show_codes(self) -> None:
        from workbench.ui.dialogs.code_manager import CodeManager

        if self.session.project is None:
            self.session.ensure_project()
        if self.code_manager is None:
            self.code_manager = CodeManager(self.session, self.w)
        self.code_manager.refresh()
        self.code_manager.show()
        self.code_manager.raise_()

    def show(self, annotation) -> None:
        """Jump to the annotation's first target: in the comparison when it is there, else the reading view."""
        target = next((t for t in annotation.targets if not t.detached), None)
        target = target or (annotation.targets[0] if annotation.targets else None)
        if target is None:
            return
        comparison = self.session.comparison
        row = comparison.row_of(target.span) if target.doc in comparison.doc_ids else None
        if row is not None and self.w.navigator.go_to_row(row, target.doc):
            self.w.raise_details()
            return
        self.w.navigator.read(target.doc, None if target.detached else target.span)

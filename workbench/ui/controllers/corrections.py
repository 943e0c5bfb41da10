"""CorrectionsController: link / unlink / split / merge from the comparison's selection, and marking a
cell's passage as page furniture, as undo commands."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPoint, Signal
from PySide6.QtWidgets import QMenu

from workbench.core.models import Span
from workbench.ui.controllers.commands import CorrectionCommand, FurnitureCommand


class CorrectionsController(QObject):
    annotateRequested = Signal(object)  # the Span of a cell's passage: annotate it
    def __init__(self, session, view, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.view = view
        self.actions = None  # set by the window once its actions exist

    def attach(self, actions) -> None:
        self.actions = actions
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.view.model().modelReset.connect(self.update_actions)
        self.view.contextMenuAt.connect(self.context_menu)
        self.update_actions()

    # -- what is selected --------------------------------------------------------
    def _cells(self) -> list[tuple[int, list]]:
        """Selected cells with passages: (model row, passages), in row order."""
        model = self.view.model()
        cells = []
        for index in sorted(self.view.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column())):
            passages = model.passages(index)
            if passages:
                cells.append((index.row(), passages))
        return cells

    def _row_kind(self, row: int) -> str:
        return self.view.model().row(row).kind

    def link_spans(self) -> list[Span]:
        cells = self._cells()
        if len({r for r, _ in cells}) < 2:
            return []
        return [p.span for _, passages in cells for p in passages]

    def unlink_spans(self) -> list[Span]:
        return [p.span for r, passages in self._cells() if self._row_kind(r) == "group" for p in passages]

    def split_spans(self) -> list[Span]:
        cells = self._cells()
        rows = {r for r, _ in cells}
        if len(rows) != 1 or self._row_kind(next(iter(rows))) != "group":
            return []
        row = self.view.model().row(next(iter(rows)))
        spans = [p.span for _, passages in cells for p in passages]
        others = [p for passages in row.cells.values() for p in passages if p.span not in spans]
        return spans if others else []

    def merge_spans(self) -> list[Span]:
        model = self.view.model()
        rows = sorted({r for r, _ in self._cells() if self._row_kind(r) == "group"})
        if len(rows) < 2:
            return []
        spans = []
        for r in rows:
            group = model.row(r)
            first = next(p for passages in group.cells.values() for p in passages)
            spans.append(first.span)
        return spans

    def update_actions(self) -> None:
        if self.actions is None:
            return
        busy_free = self.session.project is not None
        self.actions["link"].setEnabled(busy_free and bool(self.link_spans()))
        self.actions["unlink"].setEnabled(busy_free and bool(self.unlink_spans()))
        self.actions["split"].setEnabled(busy_free and bool(self.split_spans()))
        self.actions["merge"].setEnabled(busy_free and bool(self.merge_spans()))

    # -- doing it -----------------------------------------------------------------
    def _push(self, kind: str, spans: list[Span], label: str | None = None) -> None:
        if spans:
            self.session.undo_stack.push(CorrectionCommand(self.session, kind, spans, label))

    def link(self) -> None:
        self._push("link", self.link_spans())

    def unlink(self) -> None:
        self._push("unlink", self.unlink_spans())

    def split(self) -> None:
        self._push("split", self.split_spans())

    def merge(self) -> None:
        self._push("link", self.merge_spans(), "merge")

    def mark_furniture(self, spans: list[Span]) -> None:
        """Mark the passages as page furniture (undoable); they leave the comparison when it is re-aligned."""
        if spans and self.session.project is not None:
            self.session.undo_stack.push(FurnitureCommand(self.session, spans, True))

    def _annotate(self, index: QModelIndex) -> None:
        """Annotate the clicked cell's (first) passage."""
        passages = self.view.model().passages(index)
        if passages:
            self.annotateRequested.emit(passages[0].span)

    def context_menu(self, index: QModelIndex, where: QPoint) -> None:
        if self.actions is None or not index.isValid():
            return
        self.update_actions()
        menu = QMenu(self.view)
        menu.addActions([self.actions["read"]])
        annotate = menu.addAction(self.tr("Annotate this passage…"), lambda: self._annotate(index))
        annotate.setObjectName("annotateCell")
        annotate.setEnabled(bool(self.view.model().passages(index)))
        menu.addSeparator()
        menu.addActions([self.actions["link"], self.actions["unlink"], self.actions["split"], self.actions["merge"]])
        hint = menu.addAction(self.tr("Select several cells (Ctrl+click) to link, split or merge"))
        hint.setEnabled(False)
        menu.addSeparator()
        spans = [p.span for p in self.view.model().passages(index)]  # the clicked cell's passage
        furniture = menu.addAction(self.tr("Mark as page furniture"), lambda: self.mark_furniture(spans))
        furniture.setObjectName("markFurniture")
        furniture.setEnabled(bool(spans) and self.session.project is not None)
        menu.popup(where)
        self.last_menu = menu

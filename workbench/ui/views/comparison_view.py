"""ComparisonView: outlets side by side, one row per group, scrolling together.

One table, so every column scrolls with the others. Row heights come from
the wrapped text and are computed in small batches on a timer (visible rows
first), so hundreds of rows never freeze the window.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from workbench.ui.models.comparison_model import ComparisonModel
from workbench.ui.text.passage_delegate import PassageDelegate

MIN_COLUMN = 120  # eight outlets fit beside the side panels on a 1440-pixel screen
BATCH_SECONDS = 0.012  # row heights computed per timer tick, so the window stays responsive
DEFAULT_ROW = 60


class ComparisonView(QTableView):
    passageActivated = Signal(QModelIndex)  # current cell changed (click, keys)
    columnOrderChanged = Signal(list)  # document ids in the new order
    contextMenuAt = Signal(QModelIndex, QPoint)  # cell, global position
    cueClicked = Signal(str)  # the cue: link of a framing cue clicked in a cell

    def __init__(self, model: ComparisonModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonView")
        self.delegate = PassageDelegate(self)
        self.setModel(model)
        self.setItemDelegate(self.delegate)
        self.setWordWrap(True)
        self.setShowGrid(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsMovable(True)
        header.setMinimumSectionSize(80)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.sectionMoved.connect(self._section_moved)
        header.sectionResized.connect(self._section_resized)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(DEFAULT_ROW)
        vertical.setMinimumSectionSize(24)
        self._user_widths = False
        self._columns = 0
        self._fitting = False
        self._pending: list[int] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._layout_batch)
        model.modelReset.connect(self._model_reset)
        model.dataChanged.connect(self._data_changed)
        model.marksChanged.connect(self._marks_changed)
        self.delegate.cueClicked.connect(lambda index, href: self.cueClicked.emit(href))
        self.setMouseTracking(True)  # a pointing hand over framing cues
        self.selectionModel().currentChanged.connect(lambda current, _previous: self.passageActivated.emit(current))

    def comparison_model(self) -> ComparisonModel:
        model = self.model()
        assert isinstance(model, ComparisonModel)  # the view is made with one and never given another
        return model

    # -- fonts and sizes ---------------------------------------------------
    def set_text_font(self, font: QFont) -> None:
        self.setFont(font)
        self.delegate.set_font(font)
        self.relayout()

    def _model_reset(self) -> None:
        self.delegate.clear()
        if self.model().columnCount() != self._columns:
            self._columns = self.model().columnCount()
            self._user_widths = False
        self._fit_columns()
        self.relayout()

    def _data_changed(self, *args) -> None:
        self.delegate.clear()
        self.relayout()
        self.viewport().update()

    def _marks_changed(self) -> None:
        self.delegate.clear()
        self.viewport().update()

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        index = self.indexAt(event.position().toPoint())
        over_cue = index.isValid() and self.delegate.anchor_at(index, self.visualRect(index),
                                                               event.position()).startswith("cue:")
        cursor = Qt.CursorShape.PointingHandCursor if over_cue else Qt.CursorShape.ArrowCursor
        if self.viewport().cursor().shape() != cursor:
            self.viewport().setCursor(cursor)

    def _fit_columns(self) -> None:
        columns = self.model().columnCount()
        if not columns:
            return
        available = self.viewport().width() or self.width()
        width = max(MIN_COLUMN, available // columns)
        if all(self.columnWidth(c) == width for c in range(columns)):
            return
        self._fitting = True
        for c in range(columns):
            self.setColumnWidth(c, width)
        self._fitting = False
        self.relayout()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._user_widths:
            self._fit_columns()

    def _section_resized(self, column: int, old: int, new: int) -> None:
        if not self._fitting:
            self._user_widths = True
            self.relayout()

    def relayout(self) -> None:
        """Recompute row heights for the current column widths (visible rows first)."""
        rows = self.model().rowCount()
        first = max(0, self.rowAt(0))
        visible = list(range(first, min(rows, first + 40)))
        self._pending = visible + [r for r in range(rows) if r < first or r >= first + 40]
        self._pending.reverse()  # pop() from the end
        self._timer.start()

    def _layout_batch(self) -> None:
        model = self.model()
        header = self.verticalHeader()
        columns = model.columnCount()
        grid = 1 if self.showGrid() else 0  # the painted cell is one pixel narrower than its column
        widths = [self.columnWidth(c) - grid for c in range(columns)]
        deadline = time.perf_counter() + BATCH_SECONDS
        while self._pending and time.perf_counter() < deadline:
            row = self._pending.pop()
            if row >= model.rowCount():
                continue
            height = max((self.delegate.height_for(model.index(row, c), widths[c]) for c in range(columns)), default=0)
            header.resizeSection(row, max(height, 28))
        if not self._pending:
            self._timer.stop()

    def layout_pending(self) -> bool:
        return bool(self._pending)

    def finish_layout(self) -> None:
        """Compute every pending row height now (screenshots, tests)."""
        while self._pending:
            self._layout_batch()

    # -- column order ----------------------------------------------------------
    def _section_moved(self, logical: int, old_visual: int, new_visual: int) -> None:
        header = self.horizontalHeader()
        docs = self.comparison_model().comparison.doc_ids
        order = [docs[header.logicalIndex(v)] for v in range(header.count())]
        header.blockSignals(True)
        header.moveSection(new_visual, old_visual)  # the model reorders; the header stays in model order
        header.blockSignals(False)
        self.columnOrderChanged.emit(order)

    # -- navigation ----------------------------------------------------------------
    def go_to(self, row: int, column: int = -1, focus: bool = True) -> None:
        """Make a cell current: scrolled to the top when jumping there (``focus``), else just kept visible."""
        model = self.model()
        if not 0 <= row < model.rowCount():
            return
        if column < 0:
            column = max(0, self.currentIndex().column())
        index = model.index(row, min(column, model.columnCount() - 1))
        self.setCurrentIndex(index)
        self.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if focus:
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
            self.setFocus()
        else:
            self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def step(self, delta: int) -> None:
        current = self.currentIndex()
        row = current.row() + delta if current.isValid() else 0
        self.go_to(max(0, min(row, self.model().rowCount() - 1)))

    def _context_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if index.isValid() and not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        self.contextMenuAt.emit(index, self.viewport().mapToGlobal(pos))

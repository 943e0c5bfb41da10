"""DocumentsPanel: the articles of the project, which of them are compared, and in which column order."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.ui.controllers.commands import EditMetadataCommand, SelectionCommand
from workbench.ui.models.compared_model import ComparedModel
from workbench.ui.models.documents_model import DocumentsModel


class DocumentsPanel(QWidget):
    readRequested = Signal(str)  # doc id

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsPanel")
        self.session = session
        self.model = DocumentsModel(self)
        self.model.on_edit = self._edit
        self.model.on_toggle = self._toggle
        self.table = QTableView()
        self.table.setObjectName("documentsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(60)  # fit columns to a sample of rows: big projects stay fast
        self.table.activated.connect(lambda index: self.readRequested.emit(self.model.document(index.row()).id))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)

        self.compared = ComparedModel(self)
        self.list = QListView()
        self.list.setObjectName("comparedList")
        self.list.setModel(self.compared)
        self.up = QPushButton(self.tr("Move up"))
        self.down = QPushButton(self.tr("Move down"))
        self.remove = QPushButton(self.tr("Remove"))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        for b in (self.up, self.down, self.remove):
            buttons.addWidget(b)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Compared, in column order (or drag the column headers):")))
        lower_layout.addWidget(self.list, 1)
        lower_layout.addLayout(buttons)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.hint)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        session.documentsChanged.connect(self.refresh)
        session.selectionChanged.connect(self._selection_changed)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        docs = self.session.documents()
        self.model.set_documents(docs, self.session.selection)
        self._fit_columns()
        self._selection_changed()
        if self.session.project is None:
            self.hint.setText(self.tr("No project open."))
        elif not docs:
            self.hint.setText(self.tr("No articles yet: use File → Import, or drop files onto the window."))
        else:
            self.hint.setText(self.tr("Tick the articles to compare. Double-click a title, outlet or date to edit it; "
                                      "press Enter to read the article."))

    def set_orientation(self, orientation: Qt.Orientation) -> None:
        """Side by side when docked at the top or bottom, stacked when docked at a side."""
        self.splitter.setOrientation(orientation)

    def _fit_columns(self) -> None:
        """Small columns fit their contents (outlets at most 120 px); the title takes the rest, 140 px at least."""
        others = 0
        for column in range(1, self.model.columnCount()):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 120))
            others += self.table.columnWidth(column)
        scroll = self.table.verticalScrollBar().sizeHint().width()
        self.table.setColumnWidth(0, max(140, self.table.viewport().width() - others - scroll))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_columns)  # once the table's scroll bars have settled

    def _selection_changed(self) -> None:
        self.model.set_selected(self.session.selection)
        by_id = {d.id: d for d in self.session.documents()}
        current = self.list.currentIndex().data(Qt.ItemDataRole.UserRole)
        self.compared.set_documents([by_id[d] for d in self.session.selection if d in by_id])
        ids = self.compared.doc_ids()
        if current in ids:
            index = self.compared.index(ids.index(current))
            self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.list.currentIndex().row()
        count = self.compared.rowCount()
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < count - 1)
        self.remove.setEnabled(row >= 0)

    # -- edits (each one an undo command) --------------------------------------------
    def _edit(self, doc: str, field: str, old: str | None, new: str) -> bool:
        if not self.session.update_metadata(doc, field, new):
            return False
        self.session.undo_stack.push(EditMetadataCommand(self.session, doc, field, old, new, applied=True))
        return True

    def _toggle(self, doc: str, checked: bool) -> None:
        old = list(self.session.selection)
        new = old + [doc] if checked and doc not in old else [d for d in old if d != doc or checked]
        if new != old:
            self.session.undo_stack.push(SelectionCommand(self.session, old, new))

    def _move(self, delta: int) -> None:
        row = self.list.currentIndex().row()
        order = self.compared.moved(row, delta)
        if order is None:
            return
        self.session.undo_stack.push(SelectionCommand(self.session, self.session.selection, order,
                                                      self.tr("Change column order")))
        self.list.setCurrentIndex(self.compared.index(row + delta))

    def _remove(self) -> None:
        doc = self.list.currentIndex().data(Qt.ItemDataRole.UserRole)
        if doc:
            self._toggle(doc, False)

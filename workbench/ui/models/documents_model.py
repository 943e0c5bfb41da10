"""DocumentsModel: the project's articles as a table (a thin adapter over ``Project.documents()``).

Edits and ticks are not applied here: they are handed to callbacks that
push undo commands (see DocumentsPanel).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from workbench.core.models import Document

COLUMNS = ("title", "outlet", "published", "language", "word_count")
EDITABLE = {"title", "outlet", "published"}


class DocumentsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._docs: list[Document] = []
        self._selected: list[str] = []
        self.on_edit: Callable[[str, str, str | None, str], bool] | None = None  # doc, field, old, new
        self.on_toggle: Callable[[str, bool], None] | None = None

    def set_documents(self, docs: list[Document], selected: list[str]) -> None:
        self.beginResetModel()
        self._docs = list(docs)
        self._selected = list(selected)
        self.endResetModel()

    def set_selected(self, selected: list[str]) -> None:
        self._selected = list(selected)
        if self._docs:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._docs) - 1, 0), [Qt.ItemDataRole.CheckStateRole])

    def document(self, row: int) -> Document:
        return self._docs[row]

    def row_of(self, doc: str) -> int | None:
        return next((n for n, d in enumerate(self._docs) if d.id == doc), None)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Title"), self.tr("Outlet"), self.tr("Date"), self.tr("Lang."), self.tr("Words"))

    # -- Qt model interface -------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._docs)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._docs)) or not (0 <= index.column() < len(COLUMNS)):
            return None
        doc = self._docs[index.row()]
        field = COLUMNS[index.column()]
        value = getattr(doc, field)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if field == "word_count":
                return int(value or 0) if role == Qt.ItemDataRole.EditRole else f"{value or 0:,}"
            if role == Qt.ItemDataRole.DisplayRole and field == "title" and not value:
                return doc.source or doc.id
            return value or ""
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if doc.id in self._selected else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 0:
                return self.tr("{id} · {source}\nTick to compare this article").format(id=doc.id, source=doc.source or "")
            if field in EDITABLE:
                return self.tr("Double-click to edit")
        if role == Qt.ItemDataRole.TextAlignmentRole and field == "word_count":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not (0 <= index.row() < len(self._docs)):
            return False
        doc = self._docs[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            if self.on_toggle is not None:
                self.on_toggle(doc.id, checked)
            return True
        if role == Qt.ItemDataRole.EditRole and COLUMNS[index.column()] in EDITABLE:
            field = COLUMNS[index.column()]
            old = getattr(doc, field)
            new = str(value).strip()
            if new == (old or "") or self.on_edit is None:
                return False
            return self.on_edit(doc.id, field, old, new)
        return False

    def headerData(self, section: int, orientation: Qt.Orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return self.headers()[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._docs):
            return self._docs[section].id
        return None

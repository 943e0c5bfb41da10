"""ComparedModel: the compared documents in column order (a thin list adapter over the session's selection)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from workbench.core.models import Document


class ComparedModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._docs: list[Document] = []

    def set_documents(self, docs: list[Document]) -> None:
        self.beginResetModel()
        self._docs = list(docs)
        self.endResetModel()

    def doc_ids(self) -> list[str]:
        return [d.id for d in self._docs]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._docs)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._docs):
            return None
        doc = self._docs[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {doc.outlet or doc.title or doc.id}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{doc.id} · {doc.title or ''}"
        if role == Qt.ItemDataRole.UserRole:
            return doc.id
        return None

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def moved(self, row: int, delta: int) -> list[str] | None:
        """The order after moving ``row`` by ``delta`` (None when it cannot move)."""
        target = row + delta
        ids = self.doc_ids()
        if not (0 <= row < len(ids) and 0 <= target < len(ids)):
            return None
        ids.insert(target, ids.pop(row))
        return ids

"""AnnotationsModel: a thin table adapter over a list of ``Annotation`` (one row each)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

AnnotationRole = Qt.ItemDataRole.UserRole + 1


class AnnotationsModel(QAbstractTableModel):
    ID, CODES, NOTE, OUTLET, QUOTE, DETACHED = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._annotations: list = []
        self._labels: dict[str, str] = {}
        self._colours: dict[str, str] = {}

    def set_annotations(self, annotations, labels: dict[str, str] | None = None, codes=()) -> None:
        self.beginResetModel()
        self._annotations = list(annotations)
        self._labels = dict(labels or {})
        self._colours = {c.name.casefold(): c.colour for c in codes}
        self.endResetModel()

    def annotation(self, row: int):
        return self._annotations[row] if 0 <= row < len(self._annotations) else None

    def row_of(self, annotation_id: str) -> int | None:
        return next((n for n, a in enumerate(self._annotations) if a.id == annotation_id), None)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._annotations)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _outlets(self, a) -> str:
        return ", ".join(self._labels.get(d, d) for d in a.docs)

    def _quote(self, a) -> str:
        quote = " ".join(a.targets[0].quote.split()) if a.targets else ""
        more = f" (+{len(a.targets) - 1})" if len(a.targets) > 1 else ""
        return (quote if len(quote) <= 80 else quote[:79] + "…") + more

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._annotations) or not 0 <= index.column() < 6:
            return None
        a = self._annotations[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.ID:
                return a.id
            if column == self.CODES:
                return ", ".join(a.codes)
            if column == self.NOTE:
                return " ".join(a.note.split())
            if column == self.OUTLET:
                return self._outlets(a)
            if column == self.QUOTE:
                return self._quote(a)
            if column == self.DETACHED:
                return self.tr("detached") if a.detached else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DETACHED and a.detached:
                return self.tr("The text of {n} passage(s) has changed since; the annotation no longer matches it")\
                    .format(n=len(a.detached))
            if column in (self.NOTE, self.QUOTE):
                return a.note if column == self.NOTE else "\n".join(t.quote for t in a.targets)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.CODES and a.codes:
            colour = self._colours.get(a.codes[0].casefold())
            return QColor(colour) if colour else None
        if role == AnnotationRole:
            return a
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 6:
            return None
        return (self.tr("Id"), self.tr("Codes"), self.tr("Note"), self.tr("Outlet"), self.tr("Quote"),
                self.tr("State"))[section]

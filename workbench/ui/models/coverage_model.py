"""CoverageModel: groups × outlets, who reports what and who omits what (adapter over a ``Comparison``)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from workbench.comparison.model import Comparison
from workbench.ui.text.passage_html import cell_text
from workbench.ui.theme import LIGHT, Colours

PREVIEW = 90
PRESENT = "●"


class CoverageModel(QAbstractTableModel):
    """Column 0 previews the passage; columns 1.. are the compared outlets."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._comparison = Comparison()
        self._colours: Colours = LIGHT

    def set_comparison(self, comparison: Comparison, colours: Colours | None = None) -> None:
        self.beginResetModel()
        self._comparison = comparison
        if colours is not None:
            self._colours = colours
        self.endResetModel()

    @property
    def comparison(self) -> Comparison:
        return self._comparison

    def doc(self, column: int) -> str | None:
        return self._comparison.doc_ids[column - 1] if column >= 1 else None

    def preview(self, row: int) -> str:
        r = self._comparison.rows[row]
        ref = self._comparison.reference(r)
        passages = [ref] if ref else next((v for v in r.cells.values() if v), [])
        text = " ".join(cell_text(passages).split())
        return text if len(text) <= PREVIEW else text[: PREVIEW - 1] + "…"

    def summary(self) -> list[tuple[str, int, int, int]]:
        """Per outlet: label, groups it reports, groups it omits, passages only it reports."""
        groups = [r for r in self._comparison.rows if r.kind == "group"]
        out = []
        for doc in self._comparison.doc_ids:
            reports = sum(1 for r in groups if r.cells.get(doc))
            only = sum(1 for r in self._comparison.rows if r.kind == "unique" and r.cells.get(doc))
            out.append((self._comparison.label(doc), reports, len(groups) - reports, only))
        return out

    # -- Qt model interface -------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._comparison.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or not self._comparison.docs else len(self._comparison.docs) + 1

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < self.rowCount()) or not (0 <= index.column() < self.columnCount()):
            return None
        row = self._comparison.rows[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.preview(index.row())
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Double-click to show this passage in the comparison")
            return None
        doc = self.doc(index.column())
        passages = row.cells.get(doc, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return PRESENT if passages else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and passages:
            colour = QColor(self._colours.outlet(index.column() - 1))
            colour.setAlpha(110 if row.kind == "group" else 200)
            return colour
        if role == Qt.ItemDataRole.ToolTipRole:
            label = self._comparison.label(doc)
            if not passages:
                return self.tr("{outlet}: not reported (omission)").format(outlet=label)
            text = " ".join(cell_text(passages).split())
            return f"{label}: {text[:300]}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and 0 <= section < self.columnCount():
                return self.tr("Passage") if section == 0 else self._comparison.label(self._comparison.doc_ids[section - 1])
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
            row = self._comparison.rows[section]
            return row.id if row.kind == "group" else self.tr("only")
        return None

"""ComparisonModel: a thin table adapter over a ``Comparison`` (one row per group, one column per outlet)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from workbench.comparison.rows import Passage, Row
from workbench.core.models import Span
from workbench.comparison.model import Comparison
from workbench.ui.text.passage_html import cell_html, cell_text
from workbench.ui.theme import LIGHT, Colours

EMPTY_MARK = "—"


class Roles(IntEnum):
    Html = Qt.ItemDataRole.UserRole + 1
    Kind = Qt.ItemDataRole.UserRole + 2  # "reference", "passage", "unique" or "empty"
    Passages = Qt.ItemDataRole.UserRole + 3
    RowId = Qt.ItemDataRole.UserRole + 4
    Doc = Qt.ItemDataRole.UserRole + 5


def _shape(comparison: Comparison) -> tuple:
    return tuple(comparison.doc_ids), tuple((r.kind, r.id) for r in comparison.rows)


class ComparisonModel(QAbstractTableModel):
    marksChanged = Signal()  # only the marks in the cells changed (the layout did not)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._comparison = Comparison()
        self._rows: list[int] = []  # indices into comparison.rows that are shown
        self._colours: Colours = LIGHT
        self._show_unique = True
        self._html: dict[tuple[int, int], str] = {}
        self._emphasis: list[Span] = []  # a chosen cue and its counterparts
        self._notes: list = []  # NoteMark: annotated spans (annotation_marks)

    # -- feeding -----------------------------------------------------------
    @property
    def comparison(self) -> Comparison:
        return self._comparison

    def set_comparison(self, comparison: Comparison) -> None:
        """A new snapshot; with the same rows and columns (say, other cue filters) the cells are updated in place."""
        self._emphasis = []
        if comparison.rows and _shape(comparison) == _shape(self._comparison):
            self._comparison = comparison
            self._refilter()
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._comparison = comparison
        self._refilter()
        self.endResetModel()

    def set_emphasis(self, spans: list[Span]) -> None:
        """Give ``spans`` (a chosen cue and its counterparts) a background in the cells."""
        if spans == self._emphasis:
            return
        self._emphasis = list(spans)
        self._html.clear()
        self.marksChanged.emit()

    def set_notes(self, notes: list) -> None:
        """Annotated spans (``NoteMark``): tinted in the cells, with a ✎ marker."""
        if notes == self._notes:
            return
        self._notes = list(notes)
        self._html.clear()
        self.marksChanged.emit()

    @property
    def emphasis(self) -> list[Span]:
        return list(self._emphasis)

    def set_colours(self, colours: Colours) -> None:
        self.beginResetModel()
        self._colours = colours
        self._html.clear()
        self.endResetModel()

    def set_show_unique(self, show: bool) -> None:
        if show == self._show_unique:
            return
        self.beginResetModel()
        self._show_unique = show
        self._refilter()
        self.endResetModel()

    def _refilter(self) -> None:
        self._html.clear()
        rows = self._comparison.rows
        self._rows = [n for n, r in enumerate(rows) if self._show_unique or r.kind not in ("unique", "related")]

    # -- lookups -----------------------------------------------------------
    def row(self, model_row: int) -> Row:
        return self._comparison.rows[self._rows[model_row]]

    def model_row(self, comparison_row: int) -> int | None:
        try:
            return self._rows.index(comparison_row)
        except ValueError:
            return None

    def doc(self, column: int) -> str:
        return self._comparison.doc_ids[column]

    def passages(self, index: QModelIndex) -> list[Passage]:
        if not index.isValid():
            return []
        return self.row(index.row()).cells.get(self.doc(index.column()), [])

    # -- Qt model interface ------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._comparison.docs)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not (0 <= index.column() < self.columnCount()):
            return None
        row = self.row(index.row())
        doc = self.doc(index.column())
        passages = row.cells.get(doc, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(passages) if passages else EMPTY_MARK
        if role == Roles.Html:
            key = (index.row(), index.column())
            if key not in self._html:
                self._html[key] = cell_html(passages, self._colours, self._emphasis, self._notes) if passages else ""
            return self._html[key]
        if role == Roles.Kind:
            if not passages:
                return "empty"
            if row.kind in ("unique", "related"):
                return row.kind
            return "reference" if any(p.reference for p in passages) else "passage"
        if role == Qt.ItemDataRole.BackgroundRole:
            kind = self.data(index, Roles.Kind)
            if kind in ("unique", "related"):
                return QColor(self._colours.unique_bg)
            if kind == "reference":
                return QColor(self._colours.reference_bg)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, doc, passages)
        if role == Roles.Passages:
            return passages
        if role == Roles.RowId:
            return row.id
        if role == Roles.Doc:
            return doc
        return None

    def _tooltip(self, row: Row, doc: str, passages: list[Passage]) -> str:
        label = self._comparison.label(doc)
        if not passages:
            return self.tr("{outlet} has no passage here (omission)").format(outlet=label)
        if row.kind == "unique":
            return self.tr("Only {outlet} reports this").format(outlet=label)
        related = ", ".join(dict.fromkeys(g for p in passages for g in p.related))
        if row.kind == "related":
            return self.tr("Not an omission: other outlets report part of this, in rows {rows}").format(rows=related)
        if related:
            return self.tr("This passage also resembles rows {rows}").format(rows=related)
        if any(p.reference for p in passages):
            return self.tr("Reference passage: the other outlets are compared with it")
        return self.tr("Highlighted words differ from the reference passage")

    def headerData(self, section: int, orientation: Qt.Orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < self.columnCount():
                return None
            doc = self._comparison.docs[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self._comparison.label(doc.id)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(self._colours.outlet(section))
            if role == Qt.ItemDataRole.ToolTipRole:
                parts = [doc.title or "", doc.published or "", doc.id]
                return " · ".join(p for p in parts if p) + "\n" + self.tr("Drag to change the column order")
            return None
        if not 0 <= section < self.rowCount():
            return None
        row = self.row(section)
        have = len(self._comparison.reporting(row))
        total = self.columnCount()
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{have}/{total}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.kind == "unique":
                return self.tr("Reported by one outlet only")
            if row.kind == "related":
                return self.tr("In no group; related to rows {rows}").format(rows=", ".join(row.related))
            return self.tr("Group {id}: reported by {n} of {total} outlets").format(id=row.id, n=have, total=total)
        return None

"""OverviewView: the coverage matrix, the actor-label table and the framing profile."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from workbench.ui.views.actor_labels import ActorLabelsPanel
from workbench.comparison.model import Comparison
from workbench.ui.models.coverage_model import CoverageModel
from workbench.ui.views.profile_view import FramingProfileView
from workbench.ui.theme import Colours


OUTLET_COLUMN = 110


class OverviewView(QTabWidget):
    rowActivated = Signal(int, str)  # comparison row, doc (or "")

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewView")
        self.model = CoverageModel(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableView()
        self.table.setObjectName("coverageTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        coverage = QWidget()
        layout = QVBoxLayout(coverage)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.addTab(coverage, self.tr("Coverage"))
        self.actors = ActorLabelsPanel(session)
        self.addTab(self.actors, self.tr("Actor labels"))
        self.profile = FramingProfileView()
        self.addTab(self.profile, self.tr("Framing profile"))

    def set_comparison(self, comparison: Comparison, colours: Colours) -> None:
        self.model.set_comparison(comparison, colours)
        self.actors.set_comparison(comparison, colours)
        self.profile.set_comparison(comparison)
        header = self.table.horizontalHeader()
        if self.model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for c in range(1, self.model.columnCount()):
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
                self.table.setColumnWidth(c, OUTLET_COLUMN)
        if comparison.is_empty:
            self.summary.setText(self.tr("Nothing compared yet."))
            return
        lines = []
        for n, (label, reports, omits, only) in enumerate(self.model.summary()):
            lines.append(self.tr("<b style='color:{colour}'>{outlet}</b>: reports {reports} groups, omits {omits}, "
                                 "{only} passages only it reports").format(
                colour=colours.outlet(n), outlet=escape(label), reports=reports, omits=omits, only=only))
        self.summary.setText(self.tr("Click a cell to jump to the passage. Pale: shared with others; strong: only this "
                                     "outlet.") + "<br>" + "<br>".join(lines))

    def _clicked(self, index) -> None:
        if index.isValid():
            self.rowActivated.emit(index.row(), self.model.doc(index.column()) or "")

"""AnnotationsPanel: every annotation of the project, filtered by code, outlet and text; open, edit, delete."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from workbench.ui.models.annotations_model import AnnotationsModel


class AnnotationsPanel(QWidget):
    activated = Signal(object)  # an Annotation to show
    editRequested = Signal(object)
    deleteRequested = Signal(object)
    codesRequested = Signal()

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationsPanel")
        self.session = session
        self.model = AnnotationsModel(self)
        self.code = QComboBox()
        self.code.setObjectName("annotationCodeFilter")
        self.outlet = QComboBox()
        self.outlet.setObjectName("annotationOutletFilter")
        self.text = QLineEdit()
        self.text.setObjectName("annotationTextFilter")
        self.text.setPlaceholderText(self.tr("Filter by note or quote"))
        self.text.setClearButtonEnabled(True)
        for box in (self.code, self.outlet):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.activated.connect(lambda _=0: self.refresh())
        self.text.textChanged.connect(lambda _="": self.refresh())
        self.table = QTableView()
        self.table.setObjectName("annotationsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(AnnotationsModel.QUOTE, QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(lambda index: self._emit(self.activated, index.row()))
        self.table.activated.connect(lambda index: self._emit(self.activated, index.row()))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self._emit(self.editRequested))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(lambda: self._emit(self.deleteRequested))
        codes = QPushButton(self.tr("Codes…"))
        codes.clicked.connect(self.codesRequested)
        bar = QHBoxLayout()
        for box in (self.code, self.outlet):
            bar.addWidget(box)
        bar.addWidget(self.text, 1)
        for button in (self.edit_button, self.delete_button, codes):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        session.annotationsChanged.connect(self.refresh)
        session.projectChanged.connect(self.refresh)
        session.documentsChanged.connect(self.refresh)
        self.refresh()

    def _fill(self, box: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = box.currentData()
        box.clear()
        box.addItem(everything, "")
        for text, data in items:
            box.addItem(text, data)
        box.setCurrentIndex(max(0, box.findData(current)))

    def refresh(self) -> None:
        s = self.session
        labels = {d.id: " · ".join(x for x in (d.id, d.outlet) if x) for d in s.documents()}
        codes = s.codes()
        self._fill(self.code, self.tr("All codes"), [(f"{c.name} ({c.uses})", c.name) for c in codes])
        self._fill(self.outlet, self.tr("All outlets"), [(label, doc) for doc, label in labels.items()])
        found = s.annotations(self.code.currentData() or None, self.outlet.currentData() or None,
                              self.text.text().strip() or None)
        self.model.set_annotations(found, labels, codes)
        self.table.resizeColumnToContents(AnnotationsModel.ID)

    def current(self):
        index = self.table.currentIndex()
        return self.model.annotation(index.row()) if index.isValid() else None

    def select(self, annotation_id: str) -> None:
        row = self.model.row_of(annotation_id)
        if row is not None:
            self.table.selectRow(row)

    def _emit(self, signal, row: int | None = None) -> None:
        annotation = self.model.annotation(row) if row is not None else self.current()
        if annotation is not None:
            signal.emit(annotation)

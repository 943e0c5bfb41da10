"""AnnotationDialog: the note and codes of an annotation (new or edited); new codes get a colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (QCheckBox, QColorDialog, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QVBoxLayout)

from workbench.ui import i18n
from workbench.core.annotation_models import PALETTE, normalise_code_name

NEW = Qt.ItemDataRole.UserRole + 1  # True for a code made in this dialog


def swatch(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class AnnotationDialog(QDialog):
    def __init__(self, codes, quote: str = "", note: str = "", chosen=(), allow_link: bool = True,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationDialog")
        self.setWindowTitle(self.tr("Annotate") if allow_link else self.tr("Edit annotation"))
        self.resize(460, 480)
        self._taken = len(codes)
        self.quote = QLabel()
        self.quote.setWordWrap(True)
        short = " ".join(quote.split())
        self.quote.setText(i18n.quoted(short if len(short) <= 160 else short[:159] + "…") if quote else "")
        self.note = QPlainTextEdit(note)
        self.note.setObjectName("annotationNote")
        self.note.setPlaceholderText(self.tr("What is remarkable here?"))
        self.codes = QListWidget()
        self.codes.setObjectName("annotationCodes")
        wanted = {c.casefold() for c in chosen}
        for code in codes:
            self._add_item(code.name, code.colour, code.name.casefold() in wanted, new=False)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("New code"))
        self.new_name.returnPressed.connect(lambda: self.add_code())
        self.new_colour = PALETTE[self._taken % len(PALETTE)]
        self.colour_button = QPushButton(self.tr("Colour…"))
        self.colour_button.setIcon(swatch(self.new_colour))
        self.colour_button.clicked.connect(self._pick_colour)
        add = self.add_button = QPushButton(self.tr("Add"))
        add.clicked.connect(lambda: self.add_code())  # not add_code itself: clicked(checked) would arrive as the name
        row = QHBoxLayout()
        row.addWidget(self.new_name, 1)
        row.addWidget(self.colour_button)
        row.addWidget(add)
        self.link = QCheckBox(self.tr("Also mark the same passage in the other outlets of its group"))
        self.link.setToolTip(self.tr("One note for a whole row: the passages that report the same fact elsewhere "
                                     "get the same note and codes"))
        self.link.setObjectName("annotationLink")
        self.link.setVisible(allow_link)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addWidget(QLabel(self.tr("Note:")))
        layout.addWidget(self.note, 1)
        layout.addWidget(QLabel(self.tr("Codes (tick those that apply):")))
        layout.addWidget(self.codes, 1)
        layout.addLayout(row)
        layout.addWidget(self.link)
        layout.addWidget(buttons)
        self.note.setFocus()

    def _add_item(self, name: str, colour: str, checked: bool, new: bool) -> QListWidgetItem:
        item = QListWidgetItem(swatch(colour), name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, colour)
        item.setData(NEW, new)
        self.codes.addItem(item)
        return item

    def _pick_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self.new_colour), self, self.tr("Colour of the new code"))
        if colour.isValid():
            self.new_colour = colour.name()
            self.colour_button.setIcon(swatch(self.new_colour))

    def add_code(self, name: str | None = None, colour: str | None = None) -> None:
        """Add (and tick) a code typed in the field; an existing one is just ticked."""
        name = normalise_code_name(name if name is not None else self.new_name.text())
        if not name:
            return
        for n in range(self.codes.count()):
            item = self.codes.item(n)
            if item.text().casefold() == name.casefold():
                item.setCheckState(Qt.CheckState.Checked)
                break
        else:
            self._add_item(name, colour or self.new_colour, True, new=True)
            self._taken += 1
            self.new_colour = PALETTE[self._taken % len(PALETTE)]
            self.colour_button.setIcon(swatch(self.new_colour))
        self.new_name.clear()

    def chosen_codes(self) -> list[str]:
        items = [self.codes.item(n) for n in range(self.codes.count())]
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]

    def new_colours(self) -> dict[str, str]:
        """Codes made here (ticked ones only) and their colours."""
        items = [self.codes.item(n) for n in range(self.codes.count())]
        return {i.text(): i.data(Qt.ItemDataRole.UserRole) for i in items
                if i.data(NEW) and i.checkState() == Qt.CheckState.Checked}

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def accept(self) -> None:
        if self.new_name.text().strip():  # typed but not added: take it
            self.add_code()
        super().accept()

"""CodeManager: the project's code system (name, colour, description, uses); add, rename, recolour, describe
and merge, each undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QColorDialog, QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout)

from workbench.core.annotation_models import PALETTE, normalise_code_name
from workbench.ui.controllers.annotation_commands import CodeCommand
from workbench.ui.dialogs.annotation_dialog import swatch


class CodeManager(QDialog):
    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("codeManager")
        self.setWindowTitle(self.tr("Codes"))
        self.resize(380, 420)
        self.session = session
        self.list = QListWidget()
        self.list.setObjectName("codeList")
        buttons = QVBoxLayout()
        for text, handler in ((self.tr("Add…"), self.add_code), (self.tr("Rename…"), self.rename_code),
                              (self.tr("Colour…"), self.recolour_code), (self.tr("Describe…"), self.describe_code),
                              (self.tr("Merge Into…"), self.merge_code)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, h=handler: h())
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(close)
        session.annotationsChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        current = self.current()
        self.list.clear()
        for code in self.session.codes():
            uses = self.tr("{n} annotations").format(n=code.uses)
            item = QListWidgetItem(swatch(code.colour, 14), f"{code.name}  ({uses})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setToolTip(code.description or code.colour)
            self.list.addItem(item)
            if current is not None and code.name == current.name:
                self.list.setCurrentItem(item)

    def current(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _names(self) -> set[str]:
        return {c.name.casefold() for c in self.session.codes()}

    def _push(self, command: CodeCommand) -> None:
        self.session.undo_stack.push(command)

    def add_code(self, name: str | None = None, colour: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Add code"), self.tr("Name of the new code:"))
            if not ok:
                return
        name = normalise_code_name(name)
        if not name or name.casefold() in self._names():
            return
        if colour is None:
            colour = PALETTE[len(self._names()) % len(PALETTE)]
            picked = QColorDialog.getColor(QColor(colour), self, self.tr("Colour of the new code"))
            colour = picked.name() if picked.isValid() else colour
        self._push(CodeCommand.add(self.session, name, colour))

    def rename_code(self, new: str | None = None) -> None:
        code = self.current()
        if code is None:
            return
        if new is None:
            new, ok = QInputDialog.getText(self, self.tr("Rename code"), self.tr("New name:"), text=code.name)
            if not ok:
                return
        new = normalise_code_name(new)
        if new and new != code.name and (new.casefold() == code.name.casefold() or new.casefold() not in self._names()):
            self._push(CodeCommand.rename(self.session, code.name, new))

    def recolour_code(self, colour: str | None = None) -> None:
        code = self.current()
        if code is None:
            return
        if colour is None:
            picked = QColorDialog.getColor(QColor(code.colour), self, self.tr("Colour of {name}").format(name=code.name))
            if not picked.isValid():
                return
            colour = picked.name()
        if colour.lower() != code.colour.lower():
            self._push(CodeCommand.recolour(self.session, code.name, code.colour, colour))

    def describe_code(self, description: str | None = None) -> None:
        """What the code means, for the people who code with it (shown as the code's tooltip)."""
        code = self.current()
        if code is None:
            return
        if description is None:
            description, ok = QInputDialog.getMultiLineText(
                self, self.tr("Describe code"), self.tr("What “{name}” means:").format(name=code.name),
                code.description or "")
            if not ok:
                return
        if description.strip() != (code.description or ""):
            self._push(CodeCommand.describe(self.session, code.name, code.description or "", description.strip()))

    def merge_code(self, keep: str | None = None) -> None:
        code = self.current()
        if code is None:
            return
        others = [c.name for c in self.session.codes() if c.name != code.name]
        if keep is None:
            if not others:
                return
            keep, ok = QInputDialog.getItem(self, self.tr("Merge code"),
                                            self.tr("Merge “{name}” into:").format(name=code.name), others, 0, False)
            if not ok:
                return
        if keep in others:
            self._push(CodeCommand.merge(self.session, keep, code.name))

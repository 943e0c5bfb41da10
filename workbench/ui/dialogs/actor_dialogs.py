"""Small dialogs that ask which actor to add, merge or remove (tests replace these functions)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QInputDialog, QLabel, QLineEdit,
                               QVBoxLayout)


def _dialog(parent, title: str, intro: str) -> tuple[QDialog, QFormLayout, QDialogButtonBox]:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    note = QLabel(intro)
    note.setWordWrap(True)
    layout.addWidget(note)
    form = QFormLayout()
    layout.addLayout(form)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(420)
    return dialog, form, buttons


def ask_new_actor(parent, name: str = "") -> tuple[str, list[str]] | None:
    """(name, other names) of an actor to add, or None."""
    title = QCoreApplication.translate("ActorDialogs", "Add actor")
    intro = QCoreApplication.translate(
        "ActorDialogs", "Name a person, state or group, and the other names the articles use for it. "
        "Labels next to any of these names are then counted for this actor.")
    dialog, form, buttons = _dialog(parent, title, intro)
    name_field = QLineEdit(name)
    name_field.setPlaceholderText(QCoreApplication.translate("ActorDialogs", "e.g. Kim Jong Un"))
    aliases = QLineEdit()
    aliases.setPlaceholderText(
        QCoreApplication.translate("ActorDialogs", "e.g. Kim, Kim Jong-un (separated by commas)"))
    form.addRow(QCoreApplication.translate("ActorDialogs", "Name:"), name_field)
    form.addRow(QCoreApplication.translate("ActorDialogs", "Other names:"), aliases)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setEnabled(bool(name.strip()))
    name_field.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    others = [a.strip() for a in aliases.text().split(",") if a.strip()]
    return " ".join(name_field.text().split()), others


def ask_merge(parent, names: list[str], keep: str = "", other: str = "") -> tuple[str, str] | None:
    """(keep, other): count ``other``'s labels as ``keep``'s; None when cancelled."""
    title = QCoreApplication.translate("ActorDialogs", "Merge actors")
    intro = QCoreApplication.translate(
        "ActorDialogs", "Two names for one actor: the second becomes another name of the first, and its labels "
        "are counted for the first. Undo restores both.")
    dialog, form, buttons = _dialog(parent, title, intro)
    keep_box, other_box = QComboBox(), QComboBox()
    for box, chosen in ((keep_box, keep), (other_box, other)):
        box.addItems(names)
        if chosen in names:
            box.setCurrentIndex(names.index(chosen))
    if other not in names and len(names) > 1:
        other_box.setCurrentIndex(1 if keep_box.currentIndex() == 0 else 0)
    form.addRow(QCoreApplication.translate("ActorDialogs", "Keep:"), keep_box)
    form.addRow(QCoreApplication.translate("ActorDialogs", "Merge into it:"), other_box)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)

    def check() -> None:
        ok.setEnabled(keep_box.currentText() != other_box.currentText())

    keep_box.currentIndexChanged.connect(check)
    other_box.currentIndexChanged.connect(check)
    check()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return keep_box.currentText(), other_box.currentText()


def ask_remove(parent, names: list[str], current: str = "") -> str | None:
    """One of the actors the user defined (added or merged), to forget; None when cancelled."""
    if not names:
        return None
    name, ok = QInputDialog.getItem(
        parent, QCoreApplication.translate("ActorDialogs", "Remove actor"),
        QCoreApplication.translate("ActorDialogs",
                                   "Forget this actor definition (its names are then detected as before):"),
        names, names.index(current) if current in names else 0, False)
    return name if ok and name else None

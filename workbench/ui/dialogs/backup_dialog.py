"""File → Restore from Backup…: the open project's backups (taken on opening and after every ten minutes of
changes, the last ten kept in the user's data folder), and putting one back in place of the project.

The library does the work (``Project.backups``, ``Project.restore_backup``); the dialog lists, asks and
reopens. Restoring keeps the current file as a backup first, so a restore can itself be undone by
restoring again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QMessageBox,
                               QVBoxLayout, QWidget)

from workbench.core.errors import WorkbenchError


def _size(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / (1024 * 1024):.1f} MB"


class RestoreBackupDialog(QDialog):
    def __init__(self, project: Path, backups: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreBackupDialog")
        self.setWindowTitle(self.tr("Restore from Backup"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Backups of {name}, newest first. Restoring puts the chosen one in place of the "
                              "project; the project as it is now is kept as a backup first.").format(name=project.name))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        self.list.setWhatsThis(self.tr("Backups are taken when the project is opened and after every ten minutes "
                                       "of changes; the last ten are kept in your data folder, not beside the "
                                       "project, so they survive if the project file is lost."))
        for b in backups:
            when = b.taken.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QListWidgetItem(self.tr("{n}. {when} · {size}").format(n=b.number, when=when, size=_size(b.size)))
            item.setData(Qt.ItemDataRole.UserRole, b.number)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        restore = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setToolTip(self.tr("Close the project, put the chosen backup in its place and open it again"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


def restore_from_backup(window) -> bool:
    """Offer the open project's backups and restore the chosen one; True when a backup was restored."""
    from workbench.project import Project

    session = window.session
    path = session.path
    if path is None or session.temporary:
        QMessageBox.information(window, window.tr("Restore from Backup"),
                                window.tr("Open a saved project first: a temporary project has no backups."))
        return False
    backups = Project.backups(path)
    if not backups:
        QMessageBox.information(window, window.tr("Restore from Backup"),
                                window.tr("There is no backup of this project yet."))
        return False
    dialog = RestoreBackupDialog(Path(path), backups, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
        return False
    number = dialog.chosen()
    assert number is not None
    session.close()
    try:
        Project.restore_backup(path, number)
    except WorkbenchError as exc:
        QMessageBox.warning(window, window.tr("Restore from Backup"), str(exc))
        session.open(path)
        return False
    return session.open(path)

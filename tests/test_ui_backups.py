"""File → Restore from Backup… puts an earlier state of the open project back and reopens it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from workbench.project import Project
from workbench.ui._testsupport import *  # noqa: F403 (fixtures)
from workbench.ui._testsupport import wait_idle


def test_restore_from_backup_in_the_app(main_window, seeded_project, qtbot, monkeypatch):
    from workbench.ui.dialogs import backup_dialog

    with Project.open(seeded_project) as p:
        title = p.document("d1").title
        p.take_backup()
        p.update_metadata("d1", title="Changed after the backup")
    window = main_window
    assert window.actions_["restore_backup"].text()  # in the File menu
    assert window.session.open(seeded_project)
    wait_idle(qtbot, window)
    assert window.session.project.document("d1").title == "Changed after the backup"
    seen = {}

    def accept(dialog):
        seen["rows"] = dialog.list.count()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(backup_dialog.RestoreBackupDialog, "exec", accept)
    window.restore_backup()
    wait_idle(qtbot, window)
    assert seen["rows"] >= 1
    assert window.session.project is not None and window.session.project.document("d1").title == title
    assert len(Project.backups(seeded_project)) >= 2  # the state before the restore was kept as a backup


def test_a_temporary_project_has_no_backups_to_restore(main_window, qtbot, monkeypatch):
    from workbench.ui.dialogs import backup_dialog

    told = []
    monkeypatch.setattr(backup_dialog.QMessageBox, "information", lambda *a: told.append(a[2]))
    main_window.session.new_temporary()
    assert backup_dialog.restore_from_backup(main_window) is False
    assert told and "temporary" in told[0]

"""File → Export…: the dialog's options reach Project.export in the worker; the summary offers to open the file."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from workbench.ui._testsupport import *  # noqa: F403 (fixtures)
from workbench.ui._testsupport import wait_idle
from workbench.ui.dialogs.export_dialog import ExportDialog


@pytest.fixture
def opened(main_window, seeded_project, qtbot):
    assert main_window.session.open(seeded_project)
    wait_idle(qtbot, main_window)
    return main_window


def _run_dialog(window, qtbot, monkeypatch, key, path, setup=None):
    def exec_(dialog):
        dialog.format.setCurrentIndex(dialog.format.findData(key))
        dialog.path.setText(str(path))
        if setup:
            setup(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", exec_)
    window.actions_["export"].trigger()
    wait_idle(qtbot, window)
    return window.exporting.last_dialog


@pytest.mark.parametrize("key, name", [("html", "r.html"), ("worksheet", "w.html"), ("csv", "t.zip"),
                                       ("qdpx", "p.qdpx")])
def test_export_formats(opened, qtbot, monkeypatch, tmp_path, key, name):
    window = opened
    opened_urls = []
    monkeypatch.setattr("workbench.ui.dialogs.export_dialog.QDesktopServices.openUrl", lambda url: opened_urls.append(url))

    def setup(dialog):
        assert dialog.outlets.count() == 5
        ticked = [dialog.outlets.item(n).checkState() == Qt.CheckState.Checked for n in range(5)]
        assert sum(ticked) == len(window.session.selection)
        dialog.outlets.item(4).setCheckState(Qt.CheckState.Unchecked)
        dialog.cues_as_codes.setChecked(True)

    dialog = _run_dialog(window, qtbot, monkeypatch, key, tmp_path / name, setup)
    options = dialog.options()
    assert options["worksheet"] == (key == "worksheet") and options["cues_as_codes"] == (key == "qdpx")
    assert len(options["outlets"]) == 4
    assert (tmp_path / name).exists()
    summary = window.exporting.last_summary
    assert summary["documents"] == 4
    box = window.exporting.summary_box
    assert box is not None and "4 articles" in box.text()
    box.buttons()[0].click() if box.buttonRole(box.buttons()[0]) == box.ButtonRole.AcceptRole else \
        box.buttons()[1].click()
    assert opened_urls and opened_urls[0].toLocalFile().endswith(name)
    if key == "csv":
        assert zipfile.is_zipfile(tmp_path / name)


def test_export_json_and_import_it_back_with_annotations(opened, qtbot, monkeypatch, tmp_path):
    window = opened
    doc = window.session.comparison.doc_ids[0]
    text = window.session.project.document(doc).text
    window.session.project.annotate([__import__("workbench.core.models", fromlist=["Span"]).Span(doc, 0, 12)],
                                    "a note", ["Tone"])
    path = tmp_path / "c.json"
    _run_dialog(window, qtbot, monkeypatch, "json", path)
    data = json.loads(path.read_text())
    assert data["annotations"] and text[:12] in json.dumps(data, ensure_ascii=False)
    window.session.new_temporary()
    wait_idle(qtbot, window)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    window.actions_["import_files"].trigger()
    wait_idle(qtbot, window)
    assert len(window.session.documents()) == 5
    assert [a.note for a in window.session.annotations()] == ["a note"]
    assert window.annotations.model.rowCount() == 1


def test_export_dialog_lists_furniture_on_request(opened, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr("workbench.ui.dialogs.export_dialog.QDesktopServices.openUrl", lambda url: None)

    def setup(dialog):
        assert dialog.furniture.isEnabled() and not dialog.furniture.isChecked()
        dialog.furniture.setChecked(True)

    dialog = _run_dialog(opened, qtbot, monkeypatch, "html", tmp_path / "f.html", setup)
    assert dialog.options()["furniture"] is True
    html = (tmp_path / "f.html").read_text(encoding="utf-8")
    assert 'id="furniture"' in html and "Mit Informationen von Reuters, AP und dpa" in html.split('id="furniture"')[1]
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    assert not dialog.furniture.isEnabled()


def test_export_proposes_a_lasting_folder_and_remembers_the_last_one(main_window, qtbot, monkeypatch, tmp_path):
    """On a temporary (demo) project it used to propose the temporary folder, gone when the app closes."""
    import tempfile

    window = main_window
    window.settings.set_view("export_folder", "")
    window.session.new_temporary()
    window.session.import_sources([str(Path(__file__).resolve().parent.parent / "seeds")])
    wait_idle(qtbot, window)
    proposed = Path(window.exporting.folder())
    assert proposed.is_dir() and not str(proposed).startswith(str(Path(window.session.path).parent))
    assert Path(tempfile.gettempdir()) not in proposed.parents or proposed == Path.home()
    monkeypatch.setattr("workbench.ui.dialogs.export_dialog.QDesktopServices.openUrl", lambda url: None)
    _run_dialog(window, qtbot, monkeypatch, "json", tmp_path / "kept.json")
    assert (tmp_path / "kept.json").exists()
    assert Path(window.exporting.folder()) == tmp_path.resolve()


def test_export_dialog_sets_the_worksheet_level_and_own_tasks(opened, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr("workbench.ui.dialogs.export_dialog.QDesktopServices.openUrl", lambda url: None)

    def setup(dialog):
        assert dialog.level.isEnabled() and dialog.own_tasks.isEnabled()
        dialog.level.setCurrentIndex(dialog.level.findData("I"))
        dialog.own_tasks.setPlainText("Vergleicht die Überschriften.")

    dialog = _run_dialog(opened, qtbot, monkeypatch, "worksheet", tmp_path / "w.html", setup)
    options = dialog.options()
    assert options["level"] == "I" and options["own_tasks"] == ["Vergleicht die Überschriften."]
    assert "Vergleicht die Überschriften." in (tmp_path / "w.html").read_text(encoding="utf-8")
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    assert not dialog.level.isEnabled() and dialog.options()["own_tasks"] == []


def test_export_dialog_explains_its_non_obvious_controls(opened, qtbot, monkeypatch, tmp_path):
    from workbench.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(opened.session, str(tmp_path), opened)
    qtbot.addWidget(dialog)
    for widget in (dialog.excerpts, dialog.cues_as_codes, dialog.furniture, dialog.level, dialog.title,
                   *dialog.families.values()):
        assert widget.toolTip(), widget

"""File → Export…: the options of ``Project.export`` as a dialog; the export runs in the worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGridLayout,
                               QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit,
                               QPushButton, QWidget)

from workbench.core.models import CUE_CATEGORIES
from workbench.ui.text.cue_names import family_hint, family_title

# key: (fmt for Project.export, worksheet, file suffix)
FORMATS = {"html": ("html", False, ".html"), "worksheet": ("html", True, ".html"), "json": ("json", False, ".json"),
           "csv": ("csv", False, ".zip"), "qdpx": ("qdpx", False, ".qdpx")}


class ExportDialog(QDialog):
    def __init__(self, session, folder: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.resize(520, 560)
        self.format = QComboBox()
        for key, text in (("html", self.tr("HTML report")), ("worksheet", self.tr("Worksheet (HTML, for a lesson)")),
                          ("json", self.tr("Comparison JSON (can be imported again)")),
                          ("csv", self.tr("CSV tables (zip)")), ("qdpx", self.tr("REFI-QDA project (.qdpx)"))):
            self.format.addItem(text, key)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.path = QLineEdit(str(Path(folder) / "comparison.html"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("(from the outlets)"))
        self.outlets = QListWidget()
        compared = set(session.selection)
        for d in session.documents():
            item = QListWidgetItem(" · ".join(x for x in (d.id, d.outlet, d.title) if x))
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if d.id in compared else Qt.CheckState.Unchecked)
            self.outlets.addItem(item)
        self.families: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for n, family in enumerate(CUE_CATEGORIES):
            box = QCheckBox(family_title(family).replace("&", ""))
            box.setChecked(family in session.cue_filter.families)
            box.setToolTip(family_hint(family))
            self.families[family] = box
            grid.addWidget(box, n // 2, n % 2)
        cues = QWidget()
        cues.setLayout(grid)
        self.excerpts = QCheckBox(self.tr("Only passages several outlets share (excerpts)"))
        self.cues_as_codes = QCheckBox(self.tr("Framing cues become codes (REFI-QDA)"))
        self.furniture = QCheckBox(self.tr("Also list the page furniture left out (captions, credits, buttons)"))
        self.excerpts.setToolTip(self.tr("Leaves out what only one outlet reports and the full texts: for sharing "
                                         "a comparison without republishing whole articles"))
        self.cues_as_codes.setToolTip(self.tr("In the REFI-QDA project (for MAXQDA, ATLAS.ti, NVivo …) each "
                                              "framing cue becomes a coded passage, each family a code"))
        self.furniture.setToolTip(self.tr("Adds a section listing the lines that were not compared because they "
                                          "are not reporting, so a reader can check them"))
        self.title.setToolTip(self.tr("Empty: a title naming the event"))
        self.level = QComboBox()
        self.level.addItem(self.tr("Sekundarstufe II: all tasks"), "II")
        self.level.addItem(self.tr("Sekundarstufe I: fewer, simpler tasks"), "I")
        self.level.setToolTip(self.tr("Which tasks the worksheet asks; the comparison shown follows the tasks"))
        self.own_tasks = QPlainTextEdit()
        self.own_tasks.setObjectName("ownTasks")
        self.own_tasks.setPlaceholderText(self.tr("Your own tasks, one per line (added before the last question)"))
        self.own_tasks.setMaximumHeight(80)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("File:"), where)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Outlets:"), self.outlets)
        form.addRow(self.tr("Framing cues:"), cues)
        form.addRow("", self.excerpts)
        form.addRow("", self.cues_as_codes)
        form.addRow("", self.furniture)
        form.addRow(self.tr("Level:"), self.level)
        form.addRow(self.tr("Own tasks:"), self.own_tasks)
        form.addRow(buttons)
        self._format_changed()

    def key(self) -> str:
        return self.format.currentData()

    def _format_changed(self) -> None:
        key = self.key()
        self.excerpts.setEnabled(key in ("html", "worksheet", "csv"))
        self.cues_as_codes.setEnabled(key == "qdpx")
        self.furniture.setEnabled(key in ("html", "csv"))
        self.level.setEnabled(key == "worksheet")
        self.own_tasks.setEnabled(key == "worksheet")
        path = Path(self.path.text() or "comparison")
        self.path.setText(str(path.with_suffix(FORMATS[key][2])))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text())
        if path:
            self.path.setText(path if Path(path).suffix else path + FORMATS[self.key()][2])

    def options(self) -> dict:
        """Keyword arguments for ``Project.export`` (with ``path`` and ``fmt``)."""
        fmt, worksheet, _suffix = FORMATS[self.key()]
        items = [self.outlets.item(n) for n in range(self.outlets.count())]
        outlets = [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]
        return {"path": self.path.text().strip(), "fmt": fmt, "worksheet": worksheet, "outlets": outlets or None,
                "cues": [f for f, box in self.families.items() if box.isChecked()],
                "excerpts": self.excerpts.isEnabled() and self.excerpts.isChecked(),
                "cues_as_codes": self.cues_as_codes.isEnabled() and self.cues_as_codes.isChecked(),
                "furniture": self.furniture.isEnabled() and self.furniture.isChecked(),
                "level": self.level.currentData() if self.level.isEnabled() else "II",
                "own_tasks": self.own_tasks.toPlainText().splitlines() if self.own_tasks.isEnabled() else [],
                "title": self.title.text().strip() or None}


class ExportController(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self.session = window.session
        self.last_dialog: ExportDialog | None = None
        self.summary_box: QMessageBox | None = None
        self.last_summary: dict | None = None

    def export(self) -> None:
        if self.session.project is None or not self.session.documents():
            self.w.show_error(self.tr("Import some articles first: there is nothing to export."))
            return
        dialog = ExportDialog(self.session, self.folder(), self.w)
        self.last_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.options()["path"]:
            self.run(dialog.options())

    def folder(self) -> str:
        """Where to propose the export: the folder of the last export, else the project's, else (a
        temporary project, deleted when the app closes) the user's documents folder."""
        last = self.w.settings.view_str("export_folder", "")
        if last and Path(last).is_dir():
            return last
        if self.session.path is not None and not self.session.temporary:
            return str(self.session.path.parent)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return documents if documents and Path(documents).is_dir() else str(Path.home())

    def run(self, options: dict) -> None:
        options = dict(options)
        path = options.pop("path")
        self.w.settings.set_view("export_folder", str(Path(path).resolve().parent))

        def fn(project, progress, cancel) -> dict:
            return project.export(path, progress=progress, **options)

        self.session.run(fn, self.tr("Exporting"), lambda summary: self._done(path, summary))

    def _done(self, path: str, summary: dict) -> None:
        self.last_summary = dict(summary)
        text = self.tr("Wrote {name}: {documents} articles, {groups} groups, {cues} framing cues, "
                       "{annotations} annotations.").format(name=Path(path).name, **{
                           k: summary.get(k, 0) for k in ("documents", "groups", "cues", "annotations")})
        if summary.get("skipped"):
            text += " " + self.tr("{n} detached passages were left out.").format(n=summary["skipped"])
        if summary.get("teacher"):
            text += " " + self.tr("The teacher's version, with the answer key: {name}.").format(
                name=Path(summary["teacher"]).name)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export finished"), text, parent=self.w)
        box.setObjectName("exportSummary")
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).resolve()))))
        self.summary_box = box
        self.w.statusBar().showMessage(text, 10000)
        box.open()

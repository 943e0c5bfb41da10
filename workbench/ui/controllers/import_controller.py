"""Importing: File menu dialogs, drag and drop, and the report of what could not be imported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

FILE_FILTER = "*.txt *.html *.htm *.docx *.pdf *.md *.markdown *.json"  # .json: a comparison exported before


class ImportReportDialog(QDialog):
    """Lists every source that was not imported, with the reason in plain words."""

    def __init__(self, report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReportDialog")
        self.setWindowTitle(self.tr("Import report"))
        self.resize(720, 360)
        summary = self.tr("{imported} imported, {duplicates} already in the project, {failed} could not be imported.")
        label = QLabel(summary.format(imported=len(report.imported), duplicates=len(report.duplicates),
                                      failed=len(report.failed)))
        if report.cancelled:
            label.setText(label.text() + " " + self.tr("The import was cancelled."))
        label.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Result")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        status = {"error": self.tr("not imported"), "duplicate": self.tr("skipped")}
        for outcome in report.outcomes:
            if outcome.status == "imported":
                continue
            name = Path(outcome.source).name if not outcome.source.startswith("http") else outcome.source
            item = QTreeWidgetItem([name, f"{status.get(outcome.status, outcome.status)}: {outcome.reason}"])
            item.setToolTip(0, outcome.source)
            item.setToolTip(1, outcome.reason)
            self.tree.addTopLevelItem(item)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)


class ImportController(QObject):
    def __init__(self, session, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.last_report_dialog: ImportReportDialog | None = None
        session.importFinished.connect(self._finished)

    def _start_folder(self) -> str:
        return self.session.settings.view_str("import_folder", str(Path.home()))

    def _remember(self, path: str) -> None:
        self.session.settings.set_view("import_folder", str(Path(path).parent if Path(path).is_file() else path))

    def import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import articles"), self._start_folder(),
            self.tr("Articles ({patterns});;All files (*)").format(patterns=FILE_FILTER))
        if files:
            self._remember(files[0])
            self.session.import_sources(files)

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Import a folder of articles"),
                                                  self._start_folder())
        if folder:
            self._remember(folder)
            self.session.import_sources([folder])

    def import_url(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self.window, self.tr("Import from the web"), self.tr("Addresses of articles (one per line):"))
        urls = [u.strip() for u in text.split() if u.strip()] if ok else []
        if urls:
            self.session.import_sources(urls)

    # -- drag and drop ---------------------------------------------------------
    @staticmethod
    def sources_in(mime: QMimeData) -> list[str]:
        sources = []
        for url in mime.urls():
            if url.isLocalFile():
                sources.append(url.toLocalFile())
            elif url.scheme() in ("http", "https"):
                sources.append(url.toString())
        if not sources and mime.hasText():
            sources = [t for t in mime.text().split() if t.startswith(("http://", "https://"))]
        return sources

    def accepts(self, mime: QMimeData) -> bool:
        return bool(self.sources_in(mime))

    def drop(self, mime: QMimeData) -> bool:
        sources = self.sources_in(mime)
        if sources:
            self.session.import_sources(sources)
        return bool(sources)

    def _finished(self, report) -> None:
        imported = len(report.imported)
        if imported == 1:
            self.session.message.emit(self.tr("1 article imported"))
        else:
            self.session.message.emit(self.tr("{n} articles imported").format(n=imported))
        if report.failed or report.duplicates or report.cancelled:
            dialog = ImportReportDialog(report, self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.last_report_dialog = dialog
            dialog.finished.connect(lambda *_: setattr(self, "last_report_dialog", None))
            dialog.open()

"""MainWindow: assembles the views around one ProjectSession and routes the user's actions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QMainWindow, QMenu, QMessageBox, QScrollArea, QTabWidget

from workbench.core.models import CUE_CATEGORIES
from workbench.ui.dialogs.about import about_text
from workbench.ui.actions import Actions
from workbench.ui.controllers.annotating import AnnotationController
from workbench.ui.views.annotations_panel import AnnotationsPanel
from workbench.comparison.model import CueFilter
from workbench.ui.views.comparison_page import ComparisonPage
from workbench.ui.controllers.corrections import CorrectionsController
from workbench.ui.controllers.commands import MatchingCommand
from workbench.ui.views.detail_pane import GroupDetailPane
from workbench.ui.views.documents_panel import DocumentsPanel
from workbench.ui.dialogs.export_dialog import ExportController
from workbench.ui.controllers.import_controller import ImportController
from workbench.ui.views.legend_panel import LegendPanel
from workbench.ui.controllers.navigator import Navigator
from workbench.ui.views.overview_view import OverviewView
from workbench.ui.jobs.progress_widget import ProgressWidget
from workbench.ui.views.reading_view import ReadingView
from workbench.ui.views.search_panel import SearchPanel
from workbench.ui.session import ProjectSession
from workbench.ui.settings import Settings
from workbench.ui.theme import apply_theme, colours_for


def _scrolling(widget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self.session = ProjectSession(self.settings, self)
        self.colours = colours_for(QApplication.palette())
        self.errors: list[str] = []  # every message shown, newest last (tests read it)
        self.persist = True  # save window state and the open project on close (not for screenshots)
        self.page = ComparisonPage(self.session)
        self.view = self.page.view
        self.model = self.page.model
        self.reading = ReadingView(self.session)
        self.overview = OverviewView(self.session)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.addTab(self.page, self.tr("Comparison"))
        self.tabs.addTab(self.reading, self.tr("Reading"))
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.setCentralWidget(self.tabs)
        self.detail = GroupDetailPane()
        self.documents = DocumentsPanel(self.session)
        self.search = SearchPanel(self.session)
        self.imports = ImportController(self.session, self)
        self.corrections = CorrectionsController(self.session, self.view, self)
        self.navigator = Navigator(self)
        self.annotating = AnnotationController(self)
        self.exporting = ExportController(self)
        self.annotations = AnnotationsPanel(self.session)
        self.actions_ = Actions(self)
        self._matching_tip = self.actions_["match_meaning"].toolTip()  # the reason it is off is added to it
        self.legend = LegendPanel([self.actions_[n] for n in ("ignore_case", "ignore_punctuation", "show_unique")],
                                  {f: self.actions_[f"cue_{f}"] for f in CUE_CATEGORIES}, self.actions_["cue_hidden"])
        self._docks = [
            self._dock("documentsDock", self.tr("Documents"), self.documents, Qt.DockWidgetArea.BottomDockWidgetArea),
            self._dock("searchDock", self.tr("Search"), self.search, Qt.DockWidgetArea.BottomDockWidgetArea),
            self._dock("detailDock", self.tr("Passage details"), self.detail, Qt.DockWidgetArea.RightDockWidgetArea),
            self._dock("legendDock", self.tr("Legend and filters"), _scrolling(self.legend),
                       Qt.DockWidgetArea.RightDockWidgetArea),
            self._dock("annotationsDock", self.tr("Annotations"), self.annotations, Qt.DockWidgetArea.BottomDockWidgetArea),
        ]
        self.tabifyDockWidget(self._docks[0], self._docks[1])
        self.tabifyDockWidget(self._docks[1], self._docks[4])
        self._docks[0].raise_()
        self._docks[0].dockLocationChanged.connect(self._documents_docked)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.actions_.build_menus(self.menuBar(), self.recent_menu, self._docks)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions_.build_toolbar(toolbar)
        self.progress = ProgressWidget(self.session)
        self.statusBar().addPermanentWidget(self.progress)
        self.corrections.attach(self.actions_)
        self.corrections.annotateRequested.connect(self.annotating.annotate)
        self.page.set_actions([self.actions_[n] for n in ("new", "open", "import_files", "demo")])
        self.overview.actors.set_actions([self.actions_[n] for n in ("add_actor", "merge_actors", "remove_actor")])
        self.navigator.attach()
        self.annotating.attach(self.actions_, self.annotations)
        self.setAcceptDrops(True)
        self._restore_view_settings()
        self._connect()
        self._project_changed()

    def _dock(self, name: str, title: str, widget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _connect(self) -> None:
        s = self.session
        s.projectChanged.connect(self._project_changed)
        s.matchingChanged.connect(self._matching_changed)
        s.comparisonChanged.connect(self.navigator.comparison_changed)
        s.failed.connect(self.show_error)
        s.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        s.busyChanged.connect(lambda busy: self.corrections.update_actions())
        s.busyChanged.connect(lambda busy: self.page.refresh())
        self.view.columnOrderChanged.connect(self.navigator.reorder_columns)

    def _documents_docked(self, area: Qt.DockWidgetArea) -> None:
        side = area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
        self.documents.set_orientation(Qt.Orientation.Vertical if side else Qt.Orientation.Horizontal)

    # -- settings ------------------------------------------------------------
    def _restore_view_settings(self) -> None:
        st = self.settings
        self._restoring = True
        for name, default in (("ignore_case", False), ("ignore_punctuation", False), ("show_unique", True)):
            self.actions_[name].setChecked(st.view_bool(name, default))
        cue_filter = self.session.cue_filter  # read from the settings by the session
        for family in CUE_CATEGORIES:
            self.actions_[f"cue_{family}"].setChecked(family in cue_filter.families)
        self.actions_["cue_hidden"].setChecked(cue_filter.include_hidden)
        self._restoring = False
        self.model.set_show_unique(self.actions_["show_unique"].isChecked())
        theme = st.view_str("theme", "system")
        self.actions_[f"theme_{theme}" if theme in ("system", "light", "dark") else "theme_system"].setChecked(True)
        language = st.view_str("language", "")
        self.actions_[f"language_{language or 'system'}" if language in ("", "en", "de") else "language_system"]\
            .setChecked(True)
        self.apply_zoom()
        geometry, state = st.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            if available is not None:
                self.resize(min(1400, available.width()), min(900, available.height()))
        if state is None or not self.restoreState(state):
            QTimer.singleShot(0, self, self._default_dock_sizes)
        self.tabs.setCurrentIndex(st.view_int("tab", 0) if 0 <= st.view_int("tab", 0) < 3 else 0)
        self._apply_colours()

    def _default_dock_sizes(self) -> None:
        self.resizeDocks([self._docks[0]], [230], Qt.Orientation.Vertical)
        self.resizeDocks([self._docks[2]], [340], Qt.Orientation.Horizontal)
        self.resizeDocks([self._docks[2], self._docks[3]], [420, 300], Qt.Orientation.Vertical)

    def save_settings(self) -> None:
        self.settings.set_window_state(self.saveGeometry(), self.saveState())
        self.settings.set_view("tab", self.tabs.currentIndex())
        self.settings.sync()

    def closeEvent(self, event) -> None:
        if not self.keep_temporary_work():
            event.ignore()
            return
        if self.persist:
            self.save_settings()
            if not self.session.temporary:
                self.settings.last_project = self.session.path
        self.session.close()
        self.settings.sync()
        super().closeEvent(event)

    # -- projects --------------------------------------------------------------
    def _project_changed(self) -> None:
        s = self.session
        name = self.tr("Untitled (temporary — use Save As to keep it)") if s.temporary else (
            s.path.name if s.path else "")
        self.setWindowTitle(f"{name} — Workbench" if name else "Workbench")
        self.actions_["save_as"].setEnabled(s.project is not None)
        self.actions_["close"].setEnabled(s.project is not None)
        self._matching_changed()
        self.navigator.comparison_changed()

    def _matching_changed(self) -> None:
        """The "by meaning too" switch shows the project's choice; without the model it says why it is off."""
        action, s = self.actions_["match_meaning"], self.session
        problem = s.matching_problem()
        chosen = s.matching_model() is not None and problem is None
        action.blockSignals(True)
        action.setChecked(chosen)
        action.blockSignals(False)
        action.setEnabled(s.project is not None and (problem is None or s.matching_model() is not None))
        tip = self._matching_tip
        action.setToolTip(tip if problem is None else f"{tip}\n{problem}")
        action.setStatusTip(action.toolTip())

    def matching_toggled(self) -> None:
        s = self.session
        old = s.matching_model()
        new = s.MEANING_MODEL if self.actions_["match_meaning"].isChecked() else None
        if s.set_matching(new):
            s.undo_stack.push(MatchingCommand(s, old, new))
        else:
            self._matching_changed()

    def _filter(self) -> str:
        return self.tr("Workbench projects (*.wbproj);;All files (*)")

    def _dialog_folder(self) -> str:
        return str(self.session.path.parent) if self.session.path else self.settings.view_str("project_folder",
                                                                                              str(Path.home()))

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), self._dialog_folder(),
                                              self._filter())
        if path:
            path = path if path.endswith(".wbproj") else path + ".wbproj"
            if Path(path).exists():
                Path(path).unlink()  # the dialog asked whether to replace it
            self.session.open(path, create=True)

    def open_project(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), self._dialog_folder(),
                                                  self._filter())
        if path:
            self.session.open(path)

    def restore_backup(self) -> None:
        from workbench.ui.dialogs.backup_dialog import restore_from_backup

        restore_from_backup(self)

    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save project as"), self._dialog_folder(),
                                              self._filter())
        if path:
            self.session.save_as(path if path.endswith(".wbproj") else path + ".wbproj")

    def keep_temporary_work(self) -> bool:
        """Before a temporary project (the demo, or one never saved) is thrown away: if it holds the user's
        work (annotations, codes, corrections), offer to save it under a name. False: the user cancelled."""
        s = self.session
        if not s.temporary or s.project is None:
            return True
        if not (s.annotations() or s.codes() or s.project.corrections()):
            return True
        answer = self.ask_about_temporary_work()
        if answer == "cancel":
            return False
        if answer == "save":
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save project as"), self._dialog_folder(),
                                                  self._filter())
            if not path:
                return False
            s.project.copy_to(path if path.endswith(".wbproj") else path + ".wbproj")
        return True

    def ask_about_temporary_work(self) -> str:
        """"save", "discard" or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Keep your work?"),
                          self.tr("This project is temporary: its annotations, codes and corrections are lost when "
                                  "it is closed. Save it under a name?"), parent=self)
        save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return "save" if box.clickedButton() is save else "discard" if box.clickedButton() is discard else "cancel"

    def close_project(self) -> None:
        if not self.keep_temporary_work():
            return
        if not self.session.temporary:
            self.settings.last_project = None
        self.session.close()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_projects()
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_project(p))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent projects")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear the List"), self.settings.clear_recent)

    # -- drag and drop -----------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if self.imports.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if self.imports.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        if self.imports.drop(event.mimeData()):
            event.acceptProposedAction()

    # -- view ----------------------------------------------------------------------
    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def raise_details(self) -> None:
        self._docks[2].show()
        self._docks[2].raise_()

    def focus_search(self) -> None:
        self._docks[1].show()
        self._docks[1].raise_()
        self.search.focus_field()

    def filters_changed(self) -> None:
        if getattr(self, "_restoring", False):
            return
        a = self.actions_
        for name in ("ignore_case", "ignore_punctuation", "show_unique"):
            self.settings.set_view(name, a[name].isChecked())
        self.model.set_show_unique(a["show_unique"].isChecked())
        self.session.set_options(ignore_case=a["ignore_case"].isChecked(),
                                 ignore_punctuation=a["ignore_punctuation"].isChecked())
        self.navigator.comparison_changed()

    def cue_filters_changed(self) -> None:
        if getattr(self, "_restoring", False):
            return
        families = frozenset(f for f in CUE_CATEGORIES if self.actions_[f"cue_{f}"].isChecked())
        self.session.set_cue_filter(CueFilter(families, self.actions_["cue_hidden"].isChecked()))

    def zoom(self, step: int) -> None:
        zoom = 0 if step == 0 else max(-4, min(12, self.settings.view_int("zoom", 0) + step))
        self.settings.set_view("zoom", zoom)
        self.apply_zoom()

    def text_font(self) -> QFont:
        font = QFont(QApplication.font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(max(6.0, size + self.settings.view_int("zoom", 0)))
        return font

    def apply_zoom(self) -> None:
        font = self.text_font()
        self.view.set_text_font(font)
        self.detail.setFont(font)
        self.reading.set_text_font(font)

    def set_theme(self, name: str) -> None:
        if not self.actions_[f"theme_{name}"].isChecked():
            return
        self.settings.set_view("theme", name)
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a window lives in a QApplication
        apply_theme(app, name)
        self._apply_colours()
        self.actions_.refresh_icons()

    def _apply_colours(self) -> None:
        self.colours = colours_for(QApplication.palette())
        self.model.set_colours(self.colours)
        self.view.delegate.empty_colour = QColor(self.colours.empty_fg)
        self.view.delegate.colours = self.colours
        self.detail.colours = self.colours
        self.reading.colours = self.colours
        self.legend.set_colours(self.colours)
        self.navigator.comparison_changed()

    def set_language(self, code: str) -> None:
        if self.settings.view_str("language", "") == code:
            return
        self.settings.set_view("language", code)
        self.statusBar().showMessage(self.tr("The language changes the next time Workbench starts."), 10000)

    # -- navigation (see Navigator) ----------------------------------------------------
    def step(self, delta: int) -> None:
        self.navigator.step(delta)

    def read_current(self) -> None:
        self.navigator.read_current()

    def back_to_comparison(self) -> None:
        self.navigator.back()

    # -- messages ---------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        self.errors.append(text)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Workbench"), text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # never blocks the event loop

    def show_guide(self) -> None:
        from workbench.ui.dialogs.guide import GuideDialog

        self.guide = GuideDialog(self)
        self.guide.show()

    def about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Workbench"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(about_text(self))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def when_ready(self, callback, timeout_ms: int = 120_000) -> None:
        """Call ``callback(ok)`` once no work is pending and the comparison is laid out."""
        waited = {"ms": 0}

        def poll() -> None:
            runner = self.session.runner
            busy = runner is not None and (runner.busy or self.session.loading)
            if busy and waited["ms"] < timeout_ms:
                waited["ms"] += 50
                QTimer.singleShot(50, poll)
                return
            self.view.finish_layout()
            callback(not busy)

        QTimer.singleShot(0, poll)

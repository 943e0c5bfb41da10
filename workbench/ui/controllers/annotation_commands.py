"""Annotations and codes as QUndoCommands: the work runs in the session's worker, in order.

What undo needs (the annotation as stored, the annotations a merge touched)
is written onto the command by the worker job and read by the next job,
which the worker runs after it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workbench.core.errors import WorkbenchError
from workbench.core.models import Span


def _add_codes(project, colours: dict[str, str]) -> None:
    """Create the codes the user gave a colour for (those not there yet)."""
    known = {c.name.casefold() for c in project.codes()}
    for name, colour in colours.items():
        if name.casefold() not in known:
            project.add_code(name, colour)


class AnnotateCommand(QUndoCommand):
    """Annotate ``spans``; optionally mark the same passage in the other outlets of its group."""

    def __init__(self, session, spans: list[Span], note: str, codes: list[str], colours: dict[str, str],
                 link: bool = False) -> None:
        super().__init__(QCoreApplication.translate("AnnotationCommands", "Annotate"))
        self.session, self.spans, self.note, self.codes = session, list(spans), note, list(codes)
        self.colours, self.link = dict(colours), link
        self.annotation = None  # written by the worker job
        self.link_error = ""

    def redo(self) -> None:
        def fn(project, progress, cancel):
            _add_codes(project, self.colours)
            if self.annotation is not None:
                self.annotation = project.restore_annotation(self.annotation)
                return self.annotation
            self.annotation = project.annotate(self.spans, self.note, self.codes)
            if self.link:
                try:
                    self.annotation = project.link_to_group(self.annotation.number)
                except WorkbenchError as exc:
                    self.link_error = str(exc)
            return self.annotation

        self.session.run(fn, QCoreApplication.translate("AnnotationCommands", "Saving the annotation"), self._done)

    def _done(self, annotation) -> None:
        if self.link_error:
            self.session.message.emit(QCoreApplication.translate("AnnotationCommands", "Annotated; not marked in other outlets: {reason}")
                                      .format(reason=self.link_error))
            self.link_error = ""

    def undo(self) -> None:
        def fn(project, progress, cancel):
            if self.annotation is not None:
                project.delete_annotation(self.annotation.number)
                for name in self.colours:  # codes made for this annotation go with it
                    if any(c.name.casefold() == name.casefold() and c.uses == 0 for c in project.codes()):
                        project.remove_code(name)

        self.session.run(fn, QCoreApplication.translate("AnnotationCommands", "Removing the annotation"))


class EditAnnotationCommand(QUndoCommand):
    """A new note and codes for ``before`` (an Annotation); undo puts it back exactly."""

    def __init__(self, session, before, note: str, codes: list[str], colours: dict[str, str]) -> None:
        super().__init__(QCoreApplication.translate("AnnotationCommands", "Edit annotation {id}").format(id=before.id))
        self.session, self.before, self.note, self.codes, self.colours = session, before, note, list(codes), colours

    def redo(self) -> None:
        def fn(project, progress, cancel):
            _add_codes(project, self.colours)
            project.update_annotation(self.before.number, note=self.note, codes=self.codes)

        self.session.run(fn, QCoreApplication.translate("AnnotationCommands", "Saving the annotation"))

    def undo(self) -> None:
        self.session.run(lambda project, progress, cancel: project.restore_annotation(self.before),
                         QCoreApplication.translate("AnnotationCommands", "Saving the annotation"))


class DeleteAnnotationCommand(QUndoCommand):
    def __init__(self, session, annotation) -> None:
        super().__init__(QCoreApplication.translate("AnnotationCommands", "Delete annotation {id}").format(id=annotation.id))
        self.session, self.annotation = session, annotation

    def redo(self) -> None:
        self.session.run(lambda project, progress, cancel: project.delete_annotation(self.annotation.number),
                         QCoreApplication.translate("AnnotationCommands", "Deleting the annotation"))

    def undo(self) -> None:
        self.session.run(lambda project, progress, cancel: project.restore_annotation(self.annotation),
                         QCoreApplication.translate("AnnotationCommands", "Restoring the annotation"))


class CodeCommand(QUndoCommand):
    """Add, rename, recolour or merge codes of the code system."""

    def __init__(self, session, kind: str, args: tuple, text: str) -> None:
        super().__init__(text)
        self.session, self.kind, self.args = session, kind, tuple(args)
        self.merged = None  # (the code merged away, the annotations that carried it): written by the worker

    @classmethod
    def add(cls, session, name: str, colour: str) -> CodeCommand:
        return cls(session, "add", (name, colour), QCoreApplication.translate("AnnotationCommands", "Add code {name}").format(name=name))

    @classmethod
    def rename(cls, session, old: str, new: str) -> CodeCommand:
        return cls(session, "rename", (old, new), QCoreApplication.translate("AnnotationCommands", "Rename code {old} to {new}").format(old=old, new=new))

    @classmethod
    def recolour(cls, session, name: str, old: str, new: str) -> CodeCommand:
        return cls(session, "recolour", (name, old, new), QCoreApplication.translate("AnnotationCommands", "Recolour code {name}").format(name=name))

    @classmethod
    def describe(cls, session, name: str, old: str, new: str) -> CodeCommand:
        return cls(session, "describe", (name, old, new), QCoreApplication.translate("AnnotationCommands", "Describe code {name}").format(name=name))

    @classmethod
    def merge(cls, session, keep: str, other: str) -> CodeCommand:
        return cls(session, "merge", (keep, other), QCoreApplication.translate("AnnotationCommands", "Merge code {other} into {keep}").format(other=other, keep=keep))

    def redo(self) -> None:
        kind, args = self.kind, self.args

        def fn(project, progress, cancel):
            if kind == "add":
                project.add_code(*args)
            elif kind == "rename":
                project.rename_code(*args)
            elif kind == "recolour":
                project.recolour_code(args[0], args[2])
            elif kind == "describe":
                project.describe_code(args[0], args[2])
            elif kind == "merge":
                keep, other = args
                code = next(c for c in project.codes() if c.name.casefold() == other.casefold())
                self.merged = (code, project.annotations(code=other))
                project.merge_codes(keep, other)

        self.session.run(fn, QCoreApplication.translate("AnnotationCommands", "Changing the codes"))

    def undo(self) -> None:
        kind, args = self.kind, self.args

        def fn(project, progress, cancel):
            if kind == "add":
                project.remove_code(args[0])
            elif kind == "rename":
                project.rename_code(args[1], args[0])
            elif kind == "recolour":
                project.recolour_code(args[0], args[1])
            elif kind == "describe":
                project.describe_code(args[0], args[1])
            elif kind == "merge" and self.merged is not None:
                code, annotations = self.merged
                project.add_code(code.name, code.colour, code.description)
                for annotation in annotations:
                    project.restore_annotation(annotation)

        self.session.run(fn, QCoreApplication.translate("AnnotationCommands", "Changing the codes"))

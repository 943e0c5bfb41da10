"""Every user edit is a QUndoCommand on the session's undo stack."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from workbench.core.models import Span


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


# Qt's stubs say QT_TRANSLATE_NOOP returns object; it returns the message itself (marked for lupdate).
FIELD_NAMES = cast(dict[str, str], {
    "title": QT_TRANSLATE_NOOP("Commands", "title"),
    "outlet": QT_TRANSLATE_NOOP("Commands", "outlet"),
    "published": QT_TRANSLATE_NOOP("Commands", "date"),
    "language": QT_TRANSLATE_NOOP("Commands", "language"),
    "author": QT_TRANSLATE_NOOP("Commands", "author"),
    "url": QT_TRANSLATE_NOOP("Commands", "URL"),
})


class EditMetadataCommand(QUndoCommand):
    """Change one metadata field of one document (the text never changes).

    Push it only after the new value was stored successfully (``applied``):
    the first redo then does nothing, so a rejected value never enters the stack.
    """

    def __init__(self, session, doc: str, field: str, old: str | None, new: str | None, applied: bool = True) -> None:
        text = QCoreApplication.translate("Commands", "Edit {field} of {doc}")
        super().__init__(text.format(field=_tr(FIELD_NAMES.get(field, field)), doc=doc))
        self.session, self.doc, self.field, self.old, self.new = session, doc, field, old, new
        self._skip = applied

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self.session.update_metadata(self.doc, self.field, self.new)

    def undo(self) -> None:
        self.session.update_metadata(self.doc, self.field, self.old or "")


class SelectionCommand(QUndoCommand):
    """Which documents are compared, and in which column order."""

    def __init__(self, session, old: list[str], new: list[str], text: str | None = None) -> None:
        super().__init__(text or QCoreApplication.translate("Commands", "Change compared outlets"))
        self.session, self.old, self.new = session, list(old), list(new)

    def redo(self) -> None:
        self.session.set_selection(self.new)

    def undo(self) -> None:
        self.session.set_selection(self.old)


class MatchingCommand(QUndoCommand):
    """Match passages by their words only, or by their meaning too (sentence embeddings): re-aligns.

    Pushed after the change was stored (``applied``), like ``EditMetadataCommand``."""

    def __init__(self, session, old: str | None, new: str | None, applied: bool = True) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Match passages by meaning") if new else
                         QCoreApplication.translate("Commands", "Match passages by words only"))
        self.session, self.old, self.new = session, old, new
        self._skip = applied

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self.session.set_matching(self.new)

    def undo(self) -> None:
        self.session.set_matching(self.old)


CORRECTION_TEXT = cast(dict[str, str], {
    "link": QT_TRANSLATE_NOOP("Commands", "Link passages"),
    "unlink": QT_TRANSLATE_NOOP("Commands", "Unlink passage"),
    "split": QT_TRANSLATE_NOOP("Commands", "Split passages into a new group"),
    "merge": QT_TRANSLATE_NOOP("Commands", "Merge groups"),
})


class CorrectionCommand(QUndoCommand):
    """A correction to the alignment: stored, then the comparison is re-aligned in the worker.

    Undo removes the correction (by the id the worker recorded) and re-aligns.
    ``kind`` is link, unlink or split; a merge is stored as a link.
    """

    def __init__(self, session, kind: str, spans: list[Span], label: str | None = None, note: str | None = None) -> None:
        super().__init__(_tr(CORRECTION_TEXT.get(label or kind, kind)))
        self.session, self.kind, self.spans, self.note = session, kind, list(spans), note
        self.correction_id: int | None = None  # written by the worker job, read by the next one

    def redo(self) -> None:
        self.session.apply_correction(self)

    def undo(self) -> None:
        self.session.revert_correction(self)


FURNITURE_TEXT = cast(dict[bool, str], {
    True: QT_TRANSLATE_NOOP("Commands", "Mark as page furniture"),
    False: QT_TRANSLATE_NOOP("Commands", "Mark as article text"),
})


class FurnitureCommand(QUndoCommand):
    """Mark passages as page furniture (``furniture``) or as article text: one correction each, then re-align.

    The worker records the corrections' ids; undo removes them and re-aligns.
    The article text never changes.
    """

    def __init__(self, session, spans: list[Span], furniture: bool, note: str | None = None) -> None:
        super().__init__(_tr(FURNITURE_TEXT[bool(furniture)]))
        self.session, self.spans, self.furniture, self.note = session, list(spans), bool(furniture), note
        self.correction_ids: list[int] = []  # written by the worker job, read by the next one

    def redo(self) -> None:
        self.session.mark_furniture(self)

    def undo(self) -> None:
        self.session.unmark_furniture(self)


class EntityCommand(QUndoCommand):
    """Add (name, aliases), merge (keep, other) or remove (name) an actor; the cues are then recomputed.

    The worker records the actors as they were before the change; undo puts them back and recomputes.
    """

    def __init__(self, session, kind: str, args: tuple, text: str) -> None:
        super().__init__(text)
        self.session, self.kind, self.args = session, kind, tuple(args)
        self.before: dict[str, list[str]] | None = None  # written by the worker job, read by undo

    @classmethod
    def add(cls, session, name: str, aliases: list[str]) -> EntityCommand:
        text = QCoreApplication.translate("Commands", "Add actor {name}")
        return cls(session, "add", (name, list(aliases)), text.format(name=name))

    @classmethod
    def merge(cls, session, keep: str, other: str) -> EntityCommand:
        text = QCoreApplication.translate("Commands", "Merge actor {other} into {keep}")
        return cls(session, "merge", (keep, other), text.format(other=other, keep=keep))

    @classmethod
    def remove(cls, session, name: str) -> EntityCommand:
        text = QCoreApplication.translate("Commands", "Remove actor {name}")
        return cls(session, "remove", (name,), text.format(name=name))

    def redo(self) -> None:
        self.session.change_entities(self)

    def undo(self) -> None:
        self.session.restore_entities(self)

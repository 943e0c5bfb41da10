"""Kinds of events, as enums: what changed in a project, and what a worker process sends back.

Both are ``StrEnum``s: a member equals its string (``EventKind.CUES_CHANGED == "cues-changed"``), so
what was written or compared as text before stays the same.
"""

from __future__ import annotations

from enum import StrEnum


class EventKind(StrEnum):
    """What a ``ProjectEvent`` says changed (the facade sends one after every change it stores)."""

    DOCUMENTS_ADDED = "documents-added"
    DOCUMENT_CHANGED = "document-changed"
    ALIGNMENT_CHANGED = "alignment-changed"
    CORRECTIONS_CHANGED = "corrections-changed"
    CUES_CHANGED = "cues-changed"
    LEXICON_CHANGED = "lexicon-changed"
    ENTITIES_CHANGED = "entities-changed"
    ANNOTATIONS_CHANGED = "annotations-changed"
    CODES_CHANGED = "codes-changed"


class WorkerMessage(StrEnum):
    """The first element of each message a worker process (or forked child) sends to the process that
    waits for it."""

    PROGRESS = "progress"  # (PROGRESS, done, total, what)
    RESULT = "ok"  # a forked child's result for one item: (RESULT, value)
    DONE = "done"  # the work finished and its result is stored
    CANCELLED = "cancelled"  # the work stopped on cancel()
    ERROR = "error"  # a plain error: (ERROR, code, message), or a forked child's (ERROR, "Type: message")
    CRASH = "crash"  # an unexpected exception: (CRASH, traceback)

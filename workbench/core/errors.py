"""A catalogue of errors with codes and text a person can read.

Every error the library raises on purpose is a WorkbenchError with a code from
ErrorCode; the CLI and the GUI show ``str(error)`` and never a traceback.
"""

from __future__ import annotations

from enum import Enum


class ErrorCode(str, Enum):
    # ingest
    EMPTY = "W101"
    BINARY = "W102"
    UNDECODABLE = "W103"
    UNSUPPORTED = "W104"
    TOO_LARGE = "W105"
    NO_TEXT = "W106"
    UNREADABLE = "W107"
    OFFLINE = "W108"
    DUPLICATE = "W109"
    NOT_FOUND = "W110"
    TOO_SLOW = "W111"  # over the per-source time budget (ingest/limits.py)
    SKIPPED = "W112"  # not a regular file inside the chosen folder: a link out of it, a FIFO, a device
    # store
    NOT_A_PROJECT = "W201"
    TOO_NEW = "W202"
    CORRUPT = "W203"
    LOCKED = "W204"
    NO_SUCH_DOCUMENT = "W205"
    BAD_VALUE = "W206"
    READ_ONLY = "W207"
    DISK_FULL = "W208"
    # pipeline
    PIPELINE = "W301"


class WorkbenchError(Exception):
    """Base of all expected errors: ``code`` plus a sentence for people."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return self.message


class IngestError(WorkbenchError):
    """A file or URL could not be imported; ``source`` names it."""

    def __init__(self, code: ErrorCode, source: str, reason: str) -> None:
        super().__init__(code, f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StoreError(WorkbenchError):
    """A project file could not be opened or changed."""

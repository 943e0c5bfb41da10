"""Unexpected errors: a plain sentence for the user, the traceback in a log file.

The log lives in the user's data folder (QStandardPaths.AppDataLocation),
e.g. ~/.local/share/Workbench/Workbench/crash.log on Linux.
"""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

LOG_NAME = "crash.log"
MAX_LOG_BYTES = 1_000_000


def log_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder or Path.home() / ".workbench") / LOG_NAME


def write_report(details: str, context: str = "") -> Path | None:
    """Append a report to the crash log; returns its path (None if it cannot be written)."""
    from workbench import __version__

    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            path.replace(path.with_suffix(".log.old"))
        stamp = datetime.now().isoformat(timespec="seconds")
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {stamp} workbench {__version__} {context}\n{details.rstrip()}\n\n")
    except OSError:
        return None
    return path


def plain_message(what: str, path: Path | None) -> str:
    text = QCoreApplication.translate("Crash", "Something went wrong: {what}").format(what=what)
    if path is not None:
        text += "\n\n" + QCoreApplication.translate("Crash", "A report was written to {path}.").format(path=path)
    return text


def install(show) -> None:
    """Route uncaught exceptions (in slots and event handlers) to the log and ``show(message)``."""

    def hook(kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        from workbench.core.errors import WorkbenchError

        if isinstance(value, WorkbenchError):
            show(str(value))
            return
        path = write_report("".join(traceback.format_exception(kind, value, tb)), "uncaught")
        show(plain_message(f"{kind.__name__}: {value}", path))

    sys.excepthook = hook

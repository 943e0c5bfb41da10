"""What the library says it is doing, in the reader's language (the progress bar's tooltip).

The library reports its steps in English ("grouping", "reading report.html"); this is
the one place that knows them. A step it does not know is shown as the library wrote it.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "StepNames"

# Qt's stubs say QT_TRANSLATE_NOOP returns object; it returns the message itself (marked for lupdate).
STEPS = cast(dict[str, str], {
    "reading features": QT_TRANSLATE_NOOP("StepNames", "reading the sentences"),
    "weighting": QT_TRANSLATE_NOOP("StepNames", "weighting words"),
    "embedding sentences": QT_TRANSLATE_NOOP("StepNames", "comparing meanings of sentences"),
    "searching candidates": QT_TRANSLATE_NOOP("StepNames", "searching similar passages"),
    "linking": QT_TRANSLATE_NOOP("StepNames", "linking passages"),
    "grouping": QT_TRANSLATE_NOOP("StepNames", "grouping passages"),
    "diffing": QT_TRANSLATE_NOOP("StepNames", "comparing wordings"),
    "detecting framing cues": QT_TRANSLATE_NOOP("StepNames", "finding framing cues"),
})

# Steps that name a file: the library's prefix -> the on-screen text with {source}.
WITH_SOURCE = cast(dict[str, str], {
    "reading ": QT_TRANSLATE_NOOP("StepNames", "reading {source}"),
    "storing ": QT_TRANSLATE_NOOP("StepNames", "storing {source}"),
})


def step_text(what: str) -> str:
    """``what`` (a library progress step) as the reader's language says it."""
    if what in STEPS:
        return QCoreApplication.translate(CONTEXT, STEPS[what])
    for prefix, text in WITH_SOURCE.items():
        if what.startswith(prefix):
            return QCoreApplication.translate(CONTEXT, text).format(source=what[len(prefix):])
    return what

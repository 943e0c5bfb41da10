"""The work behind each user action, as plain functions a worker thread runs.

Each takes the worker's own ``Project`` (never the UI thread's), a
``progress(done, total, what)`` callback and a ``cancel()`` predicate, and
returns plain data. No Qt here, so they can be tested and benchmarked alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from workbench.align.diff import DiffOptions
from workbench.core.models import Document, ImportReport, Span
from workbench.ui import align_process
from workbench.ui.align_process import Cancelled
from workbench.ui.comparison_data import Comparison, restrict, unique_labels

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]

MAX_DEFAULT_COLUMNS = 8  # outlets compared by default; more stay readable only on wide screens


def import_sources(project, sources: Sequence[str], progress: Progress, cancel: Cancel) -> ImportReport:
    return project.import_sources(list(sources), progress=progress, cancel=cancel)


def build_comparison(project, selection: Sequence[str], options: DiffOptions, progress: Progress,
                     cancel: Cancel) -> Comparison:
    """Align (or reuse the stored alignment) and lay out the rows for ``selection``.

    When the stored alignment already covers every selected document, it is
    narrowed to them instead of aligning again (a large stored alignment is
    never thrown away just because fewer outlets are shown).
    """
    from workbench.align.rows import build_rows

    existing = {d.id for d in project.documents()}
    chosen = [d for d in dict.fromkeys(selection) if d in existing]
    if len(existing) < 2:
        return Comparison(note="too-few-documents")
    if len(chosen) < 2:
        return Comparison(note="too-few-selected")
    stored = project.alignment()
    base = [d for d in stored.docs if d in existing] if stored else []
    if len(base) < 2 or not set(chosen) <= set(base):
        base = chosen
    result = align_process.align(project, base, progress, cancel)
    result = restrict(result, chosen)
    if cancel():
        raise Cancelled()
    docs = [project.document(k) for k in chosen]
    progress(1, 1, "laying out rows")
    rows = build_rows(docs, result, options)
    return Comparison(docs, unique_labels(docs), rows, result, options, note="" if rows else "nothing-aligned")


def add_correction(project, kind: str, spans: list[Span], note: str | None) -> int:
    return project.correct(kind, spans, note)


def remove_correction(project, correction_id: int) -> None:
    if any(c.id == correction_id for c in project.corrections()):
        project.remove_correction(correction_id)


def default_selection(docs: list[Document], aligned: list[str] | None, limit: int = MAX_DEFAULT_COLUMNS) -> list[str]:
    """What to compare when nothing was chosen yet: the stored alignment's documents, else the first few."""
    existing = [d.id for d in docs]
    if aligned:
        chosen = [d for d in aligned if d in set(existing)]
        if len(chosen) >= 2:
            return chosen[:limit]
    return existing[:limit]


_ELLIPSIS = re.compile(r"\s*…\s*")


def locate_snippet(text: str, snippet: str) -> int | None:
    """Where an FTS snippet (``…words [hit] words…``) sits in ``text``: the offset of the hit.

    Search hits name no offsets, so the snippet is found again in the text,
    white space being free to differ.
    """
    for fragment in _ELLIPSIS.split(snippet):
        if "[" not in fragment:
            continue
        before, _, rest = fragment.partition("[")
        plain = before + rest.replace("[", "").replace("]", "")
        words = plain.split()
        if not words:
            continue
        pattern = r"\W*".join(re.escape(w) for w in words)
        found = re.search(pattern, text)
        if not found:
            continue
        hit = before.split()
        offset = found.start()
        if hit:
            prefix = re.search(r"\W*".join(re.escape(w) for w in hit), text[found.start():])
            if prefix:
                offset = found.start() + prefix.end()
        while offset < len(text) and not text[offset].isalnum():
            offset += 1
        return offset
    return None

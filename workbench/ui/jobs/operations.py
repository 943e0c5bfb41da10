"""The work behind each user action, as plain functions a worker thread runs.

Each takes the worker's own ``Project`` (never the UI thread's), a
``progress(done, total, what)`` callback and a ``cancel()`` predicate, and
returns plain data. No Qt here, so they can be tested and benchmarked alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.align.diff import DiffOptions
from workbench.core.errors import WorkbenchError
from workbench.core.models import Document, ImportReport, Span
from workbench.core.work import Cancel, Cancelled, Progress
from workbench.ui.jobs import align_process
from workbench.comparison import Comparison, CueFilter, compare

MAX_DEFAULT_COLUMNS = 8  # outlets compared by default; more stay readable only on wide screens


def import_sources(project, sources: Sequence[str], progress: Progress, cancel: Cancel) -> ImportReport:
    return project.import_sources(list(sources), progress=progress, cancel=cancel)


def build_comparison(project, selection: Sequence[str], options: DiffOptions, progress: Progress,
                     cancel: Cancel, cue_filter: CueFilter = CueFilter()) -> Comparison:
    """Align (or reuse the stored alignment), detect (or reuse) the framing cues, lay out the rows.

    When the stored alignment already covers every selected document, it is
    narrowed to them instead of aligning again (a large stored alignment is
    never thrown away just because fewer outlets are shown). Cues are
    detected over the stored alignment and kept with the project; the rows
    carry those ``cue_filter`` accepts.
    """
    documents = project.documents()
    existing = {d.id for d in documents}
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
    if cancel():
        raise Cancelled()
    cues, actors, cue_error = [], [], ""
    try:
        cues = project.detect_cues(progress=progress, cancel=cancel)
        actors = project.label_table()["entities"]
    except Exception as exc:  # noqa: BLE001 - the comparison is still worth showing; the window says why
        cue_error = f"{type(exc).__name__}: {exc}" if not isinstance(exc, WorkbenchError) else str(exc)
    if cancel():
        raise Cancelled()
    docs = [project.document(k) for k in chosen]
    progress(1, 1, "laying out rows")
    comparison = compare(docs, result, cues, cue_filter, options, label_width=40,
                         others=documents)  # counterparts may lie in articles not compared
    comparison.actor_labels, comparison.entities, comparison.cue_error = actors, project.entities(), cue_error
    return comparison


def refilter(comparison: Comparison, cue_filter: CueFilter) -> Comparison:
    """``comparison`` with the cues ``cue_filter`` accepts on its pieces: only the rows are laid out again."""
    return comparison.refiltered(cue_filter)


def add_correction(project, kind: str, spans: list[Span], note: str | None) -> int:
    return project.correct(kind, spans, note)


def remove_correction(project, correction_id: int) -> None:
    if any(c.id == correction_id for c in project.corrections()):
        project.remove_correction(correction_id)


def mark_furniture(project, spans: list[Span], furniture: bool, note: str | None) -> list[int]:
    """One furniture (or text) mark per span; the ids of the corrections made."""
    return [project.mark_furniture(span, furniture, note) for span in spans]


def remove_corrections(project, correction_ids: list[int]) -> None:
    existing = {c.id for c in project.corrections()}
    for correction_id in correction_ids:
        if correction_id in existing:
            project.remove_correction(correction_id)


def default_selection(docs: list[Document], aligned: list[str] | None, limit: int = MAX_DEFAULT_COLUMNS) -> list[str]:
    """What to compare when nothing was chosen yet: the stored alignment's documents, else the first few."""
    existing = [d.id for d in docs]
    if aligned:
        chosen = [d for d in aligned if d in set(existing)]
        if len(chosen) >= 2:
            return chosen[:limit]
    return existing[:limit]


# -- actors (the project's entities) ---------------------------------------------------------
def change_entities(project, kind: str, args: tuple) -> dict[str, list[str]]:
    """Add (name, aliases), merge (keep, other) or remove (name) an actor; returns the actors before."""
    before = project.entities()
    if kind == "add":
        project.add_entity(*args)
    elif kind == "merge":
        project.merge_entities(*args)
    elif kind == "remove":
        project.remove_entity(*args)
    else:
        raise ValueError(f"unknown change of actors: {kind}")
    return before


def restore_entities(project, before: dict[str, list[str]]) -> None:
    """Put the project's actors back to ``before`` (undo of ``change_entities``)."""
    now = project.entities()
    for name, aliases in now.items():
        if before.get(name) != aliases:
            project.remove_entity(name)
    for name, aliases in before.items():
        if now.get(name) != aliases:
            project.add_entity(name, aliases)

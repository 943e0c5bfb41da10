"""Run the whole tool on one corpus event (or the seeds) and score it against its gold.

An event is a folder of text files with a ``manifest.json`` (outlet, url, date
per file) and a ``gold/`` folder (see ``gold.py``). The texts go through the
same path a user's files take: import into a temporary project, align,
detect cues, export the comparison JSON.
"""

from __future__ import annotations

from pathlib import Path

from workbench.evaluate.gold import GoldSet, load_event
from workbench.evaluate.scoring import score


def events(corpus: str | Path) -> list[Path]:
    """The event folders of a corpus (each with a manifest and gold)."""
    return sorted(p for p in Path(corpus).iterdir() if (p / "manifest.json").is_file() and (p / "gold").is_dir())


def compare_files(files: list[Path], params=None) -> dict:
    """The comparison JSON (shown cues only) that `workbench compare FILES -o x.json` writes.

    ``params``: alignment parameters (``AlignParams``), the defaults when None.
    """
    from workbench.project import Project

    with Project.temporary() as project:
        report = project.import_sources([str(f) for f in files])
        keys = [o.doc_id for o in report.outcomes if o.doc_id]
        result = project.align(keys, params=params)
        cues = [c.to_json() for c in project.detect_cues() if c.shown]
        return project.comparison_json(result, cues)


def evaluate_event(folder: str | Path, gold: GoldSet | None = None, params=None) -> dict:
    """Score the tool on one event folder."""
    folder = Path(folder)
    gold = gold or load_event(folder)
    export = compare_files([folder / name for name in sorted(gold.docs.values())], params)
    return score(export, gold)

"""Writing an export bundle to disk, atomically: a crash leaves the old file or the new one, never half.

Everything goes through ``workbench.core.files.write_atomically`` (text or bytes).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from workbench.core.errors import ErrorCode, WorkbenchError
from workbench.core.files import write_atomically
from workbench.export.bundle import ExportBundle


def teacher_path(path: str, language: str) -> str:
    """Where the teacher's version of worksheet ``path`` goes: beside it, "-lehrkraft" / "-teacher" added."""
    p = Path(path)
    return str(p.with_name(f"{p.stem}-{'lehrkraft' if language == 'de' else 'teacher'}{p.suffix or '.html'}"))


def write_export(bundle: ExportBundle, path: str, fmt: str) -> dict:
    """Write ``bundle`` as ``fmt`` to ``path``; returns what was written (for the CLI's one-line summary)."""
    summary = {"format": fmt, "path": path, "documents": len(bundle.documents), "groups": len(bundle.result.groups),
               "cues": len(bundle.cues), "annotations": len(bundle.annotations)}
    if fmt == "html":
        from workbench.export.report_html import render_report

        write_atomically(path, render_report(bundle))
        if bundle.worksheet:  # one export, two sheets: the students' (no key) and the teacher's (with the key)
            teacher = teacher_path(path, bundle.language)
            write_atomically(teacher, render_report(replace(bundle, key=True)))
            summary["teacher"] = teacher
    elif fmt == "json":
        from workbench.export.comparison_io import to_json

        write_atomically(path, to_json(bundle))
    elif fmt == "csv":
        from workbench.export.tables_csv import tables, zipped

        files = tables(bundle)
        summary["files"] = sorted(files)
        if path.lower().endswith(".zip"):
            write_atomically(path, zipped(files))
        else:
            folder = Path(path)
            if folder.exists() and not folder.is_dir():
                raise WorkbenchError(ErrorCode.BAD_VALUE, f"{path}: is a file; CSV goes into a folder or a .zip")
            for name, body in files.items():
                write_atomically(str(folder / name), body)
    elif fmt == "qdpx":
        from workbench.export.qdpx import build_qdpx

        data, counts = build_qdpx(bundle)
        summary.update(counts)
        write_atomically(path, data)
    else:
        raise WorkbenchError(ErrorCode.BAD_VALUE, f"unknown format '{fmt}'")
    return summary

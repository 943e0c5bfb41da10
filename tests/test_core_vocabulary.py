"""One vocabulary for long work and events, in workbench/core: one ``Cancelled`` recognised with
``isinstance``, one ``Progress`` and ``Cancel`` type, and event kinds as enums that still equal the strings
they were before."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from workbench.core.events import EventKind, WorkerMessage
from workbench.core.work import Cancelled
from workbench.project import Project

PACKAGE = Path(__file__).resolve().parent.parent / "workbench"
MODULES = sorted(PACKAGE.rglob("*.py"))
HOME = PACKAGE / "core" / "work.py"


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def test_one_cancelled_exception():
    copies = [f"{p.relative_to(PACKAGE)}:{node.name}" for p in MODULES if p != HOME for node in ast.walk(_tree(p))
              if isinstance(node, ast.ClassDef) and "cancel" in node.name.lower()]
    assert not copies, f"cancel exceptions besides workbench.core.work.Cancelled: {copies}"


def test_exceptions_are_never_recognised_by_class_name():
    found = []
    for path in MODULES:
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Compare):
                parts = [node.left, *node.comparators]
                if any(isinstance(p, ast.Attribute) and p.attr == "__name__" and isinstance(p.value, ast.Call)
                       for p in parts):
                    found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not found, f"type(...).__name__ compared (use isinstance): {found}"


def test_one_progress_and_cancel_type():
    copies = []
    for path in MODULES:
        if path == HOME:
            continue
        text = path.read_text(encoding="utf-8")
        if "Callable[[int, int" in text or "Callable[[], bool]" in text:
            copies.append(f"{path.relative_to(PACKAGE)}: a callback signature spelled out")
        for node in ast.walk(_tree(path)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            names = {t.id for t in targets if isinstance(t, ast.Name)}
            if names & {"Progress", "Cancel"}:
                copies.append(f"{path.relative_to(PACKAGE)}:{node.lineno} defines {names}")
    assert not copies, copies


def test_event_kinds_keep_their_strings():
    assert [k.value for k in EventKind] == [
        "documents-added", "document-changed", "alignment-changed", "corrections-changed", "cues-changed",
        "lexicon-changed", "entities-changed", "annotations-changed", "codes-changed"]
    assert EventKind.CUES_CHANGED == "cues-changed" and f"{EventKind.CUES_CHANGED}" == "cues-changed"
    assert WorkerMessage.RESULT == "ok" and WorkerMessage("progress") is WorkerMessage.PROGRESS


def test_the_facade_sends_event_kinds(prepared_seeds, tmp_path):
    path = tmp_path / "p.wbproj"
    shutil.copy(prepared_seeds, path)
    events = []
    with Project.open(path) as project:
        project.subscribe(events.append)
        project.update_metadata("d1", title="Another title")
        project.add_entity("Someone", ["S."])
    assert [e.kind for e in events] == [EventKind.DOCUMENT_CHANGED, EventKind.ENTITIES_CHANGED]
    assert all(type(e.kind) is EventKind for e in events)


def test_a_cancelled_alignment_raises_the_one_cancelled(prepared_seeds, tmp_path):
    path = tmp_path / "p.wbproj"
    shutil.copy(prepared_seeds, path)
    with Project.open(path) as project, pytest.raises(Cancelled):
        project.align(force=True, cancel=lambda: True)

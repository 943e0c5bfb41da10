"""Rotating backups (issue 16, Backups): taken with SQLite's backup API on opening and every ten minutes of
changes, the last ten kept in the user's data folder, listed and restored by `workbench backups`, and a
restored backup opens and equals the project at that moment, even after the file was lost or damaged."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.core.models import Span
from workbench.project import Project
from workbench.store import backups


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("WORKBENCH_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def project(prepared_seeds, tmp_path) -> Path:
    path = tmp_path / "work" / "p.wbproj"
    path.parent.mkdir()
    shutil.copy(prepared_seeds, path)
    return path


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def snapshot(path: Path) -> tuple:
    with Project.open(path) as p:
        return ([(a.id, a.note, a.codes, [(t.doc, t.start, t.end) for t in a.targets]) for a in p.annotations()],
                [(c.name, c.colour) for c in p.codes()], [(d.id, d.title, d.outlet) for d in p.documents()])


def note(p: Project, text: str) -> None:
    p.annotate([Span("d1", 0, 5)], text, ["Probe"])


@pytest.mark.parametrize("loss", ["deleted", "damaged"])
def test_restore_after_loss_gives_the_project_as_it_was(project, data_dir, loss):
    with Project.open(project) as p:  # opening takes the first backup
        note(p, "before the backup")
        p.update_metadata("d2", title="Titel beim Backup")
        assert p.take_backup() is not None
    at_backup = snapshot(project)
    with Project.open(project) as p:
        note(p, "after the backup")
        p.remove_code("Probe")
    assert snapshot(project) != at_backup
    listed = run("backups", project)
    assert listed.exit_code == 0 and listed.output.splitlines()[0].split()[0] == "1"
    if loss == "deleted":
        project.unlink()
    else:
        project.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
        for extra in (Path(f"{project}-wal"), Path(f"{project}-shm")):
            extra.unlink(missing_ok=True)
    listed = run("backups", project)  # found by the project's path although its file is gone
    assert listed.exit_code == 0 and len(listed.output.splitlines()) >= 2, listed.output
    done = run("backups", project, "--restore", "1")
    assert done.exit_code == 0, done.output
    assert snapshot(project) == at_backup
    assert not list(project.parent.glob("*.wbproj.*")) and not (project.parent / "backups").exists()
    assert all(data_dir in b.path.parents for b in Project.backups(project))


def test_restoring_keeps_the_current_file_as_a_backup(project, data_dir):
    with Project.open(project) as p:
        p.take_backup()
        note(p, "newer work")
    newer = snapshot(project)
    count = len(Project.backups(project))
    Project.restore_backup(project, count)  # the oldest
    assert snapshot(project) != newer
    found = Project.backups(project)
    assert len(found) == count + 1
    Project.restore_backup(project, 1)  # the file as it was before the first restore
    assert snapshot(project) == newer


def test_only_the_last_ten_are_kept_and_changes_trigger_them(project, data_dir, monkeypatch):
    monkeypatch.setattr(backups, "INTERVAL", 0)
    with Project.open(project) as p:
        for i in range(12):
            note(p, f"change {i}")
    found = Project.backups(project)
    assert len(found) == backups.KEPT and [b.number for b in found] == list(range(1, 11))
    assert found[0].taken > found[-1].taken
    monkeypatch.setattr(backups, "INTERVAL", 600)
    with Project.open(project) as p:
        note(p, "within ten minutes of the last backup: none taken")
    assert [b.path for b in Project.backups(project)] == [b.path for b in found]


def test_restore_is_refused_while_the_project_is_open_elsewhere(project, data_dir):
    with Project.open(project) as p:
        p.take_backup()
    other = sqlite3.connect(str(project))
    other.execute("SELECT count(*) FROM documents").fetchone()
    try:
        result = run("backups", project, "--restore", "1")
        assert result.exit_code == 1 and "is open in another program" in result.output
    finally:
        other.close()
    assert run("backups", project, "--restore", "99").exit_code == 1


def test_throwaway_projects_are_not_backed_up(data_dir):
    with Project.temporary() as p:
        p.add_code("Probe")
    assert not (data_dir / "backups").exists() or not any((data_dir / "backups").iterdir())

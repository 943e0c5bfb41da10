"""Errors, not tracebacks (issue 16, item 7): a read-only project file or folder, a full disk and a locked
project end every changing command with one plain line and exit status 1, and change nothing; reading a
project in a read-only folder works."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.core.errors import ErrorCode, StoreError
from workbench.project import Project
from workbench.store import ProjectStore, opening, project_store

READ_ONLY = "error: the project file is read-only: p.wbproj"
FULL = "error: the disk is full; nothing was changed"
LOCKED = "error: the project is locked by another program; try again"
AS_ROOT = os.geteuid() == 0


@pytest.fixture
def project(prepared_seeds, tmp_path) -> Path:
    path = tmp_path / "p.wbproj"
    shutil.copy(prepared_seeds, path)
    return path


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def changing_commands(project: Path, tmp_path: Path) -> list[tuple[str, ...]]:
    return [("annotate", project, "d1", "0", "5", "--note", "n"), ("edit", project, "d1", "--title", "Neu"),
            ("codes", project, "--add", "Neu"), ("align", project, "--force", "-q"),
            ("export", project, "-o", tmp_path / "out.html", "-q")]


def state(path: Path) -> tuple:
    with Project.open(path) as p:
        return (len(p.annotations()), [c.name for c in p.codes()], p.document("d1").title,
                p._store.alignment_fingerprint(), len(p._store.corrections()))


def stale_alignment(path: Path) -> None:
    """A correction changes the alignment's inputs, so `export` must store a new alignment first."""
    with Project.open(path) as p:
        result = p.alignment()
        assert result is not None and result.groups
        p.correct("split", [result.groups[0].members[0]])


def assert_one_plain_line(result, expected: str) -> None:
    assert result.exit_code == 1, result.output
    assert result.stderr.strip().splitlines() == [result.stderr.strip().splitlines()[0]]
    assert result.stderr.strip().startswith(expected), result.stderr
    assert "Traceback" not in result.output and "sqlite3" not in result.output


def pretend_read_only(monkeypatch) -> None:
    """As root, chmod changes nothing: the store is told the file and folder cannot be written instead (it then
    opens the file with SQLite's immutable / read-only mode, whose refusals are real)."""
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode == os.W_OK else real(p, mode, **kw))


def test_read_only_project_refuses_every_change_in_one_line(project, tmp_path, monkeypatch):
    stale_alignment(project)
    before = state(project)
    pretend_read_only(monkeypatch)
    for args in changing_commands(project, tmp_path):
        assert_one_plain_line(run(*args), READ_ONLY)
    listed = run("list", project)
    assert listed.exit_code == 0 and "d5" in listed.output and "damaged" not in listed.output
    monkeypatch.undo()
    assert state(project) == before


def test_a_connection_opened_read_only_refuses_in_sqlite_too(project):
    """Even past the store's own check, SQLite's refusal becomes the plain error."""
    with ProjectStore.open(project) as store:
        store._conn.close()
        store._conn = opening.connect(project, read_only=True)
        store.db = project_store.sqlite_utils.Database(store._conn)
        with pytest.raises(StoreError) as err:
            store.set_meta("x", "y")
        assert err.value.code == ErrorCode.READ_ONLY and str(err.value).startswith("the project file is read-only")


SETPRIV = shutil.which("setpriv")


@pytest.mark.skipif(AS_ROOT and not SETPRIV, reason="running as root without setpriv: chmod cannot make a file "
                    "read-only for root (the test above pretends instead)")
@pytest.mark.parametrize("folder_mode", [0o555, 0o777], ids=["read-only folder", "read-only file"])
def test_read_only_file_and_folder_for_real(prepared_seeds, folder_mode):
    """The real thing, in a fresh process: as root, the commands run as the user nobody (setpriv)."""
    folder = Path(tempfile.mkdtemp(prefix="workbench-ro-"))
    try:
        folder.chmod(0o755)
        home = folder / "home"
        home.mkdir(mode=0o777)
        home.chmod(0o777)
        project = folder / "data" / "p.wbproj"
        project.parent.mkdir()
        shutil.copy(prepared_seeds, project)
        project.chmod(0o444)
        project.parent.chmod(folder_mode)
        as_user = [SETPRIV, "--reuid=65534", "--regid=65534", "--clear-groups"] if AS_ROOT else []
        env = {**os.environ, "HOME": str(home), "WORKBENCH_CACHE_DIR": str(home / "cache"),
               "WORKBENCH_DATA_DIR": str(home / "data")}

        def workbench(*args: str) -> subprocess.CompletedProcess:
            return subprocess.run([*as_user, sys.executable, "-m", "workbench", *args], capture_output=True,
                                  text=True, env=env, cwd=home, timeout=120)

        listed = workbench("list", str(project))
        assert listed.returncode == 0 and "d5" in listed.stdout and not listed.stderr, listed.stderr
        for args in (("codes", str(project), "--add", "Neu"), ("edit", str(project), "d1", "--title", "T")):
            done = workbench(*args)
            assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1, done.stderr
            assert done.stderr.startswith(READ_ONLY) and "Traceback" not in done.stderr
    finally:
        for path in sorted(folder.rglob("*"), reverse=True):
            path.parent.chmod(0o777)
        shutil.rmtree(folder)


class FullDisk(sqlite3.Connection):
    """A connection whose commits fail as on a full disk (SQLite's own message)."""

    def execute(self, sql, *args):  # type: ignore[override]
        if sql.strip().upper() == "COMMIT":
            raise sqlite3.OperationalError("database or disk is full")
        return super().execute(sql, *args)


def full_disk_connect(path, read_only=False):
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, factory=FullDisk)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def test_full_disk_changes_nothing_and_says_so(project, tmp_path, monkeypatch):
    stale_alignment(project)
    before = state(project)
    monkeypatch.setattr(project_store, "connect", full_disk_connect)
    for args in changing_commands(project, tmp_path):
        assert_one_plain_line(run(*args), FULL)
    monkeypatch.undo()
    assert state(project) == before


def test_a_really_full_database_rolls_back(project):
    """SQLite's own SQLITE_FULL (the file may not grow) in the middle of a write: nothing of it stays."""
    from workbench.core import Analysis, ExtractedArticle

    with ProjectStore.open(project) as store:
        count = store.document_count()
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages}")
        text = "Wort " * 200_000
        with pytest.raises(StoreError) as err:
            store.add_document(ExtractedArticle(text, "big.txt", "f" * 64, "text"), Analysis([], [], "x"), word_count=1)
        assert err.value.code == ErrorCode.DISK_FULL and store.document_count() == count


def test_locked_project_says_try_again(project, monkeypatch):
    monkeypatch.setattr(opening, "BUSY_TIMEOUT_MS", 100)
    other = sqlite3.connect(str(project), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        assert_one_plain_line(run("codes", project, "--add", "Neu"), LOCKED)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "Neu" not in state(project)[1]

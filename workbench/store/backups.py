"""Rotating backups of a project, in the user's data folder, never beside the project.

A backup is a consistent copy made with SQLite's online backup API. The store
takes one when a project is opened and before a change, whenever the newest
backup is more than ``INTERVAL`` seconds old and the project has changed since
it; the newest ``KEPT`` are kept. They live in
``$WORKBENCH_DATA_DIR`` (tests), else ``$XDG_DATA_HOME/workbench``, else
``~/.local/share/workbench``, under ``backups/<project uuid>/``, with a note
of where the project was (``origin``), so the backups of a project whose file
is lost or damaged are still found by its path.

``restore`` puts one back: the current file (if it still opens) is backed up
first, and a project another program has open is refused.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from workbench.core.errors import ErrorCode, StoreError
from workbench.store.opening import connect, inspect_existing

KEPT = 10
INTERVAL = 600  # seconds of changes between two backups
_STAMP = "%Y-%m-%dT%H-%M-%S.%fZ"


@dataclass(frozen=True)
class Backup:
    number: int  # 1 is the newest
    path: Path
    taken: datetime  # UTC
    size: int  # bytes


def data_dir() -> Path:
    if os.environ.get("WORKBENCH_DATA_DIR"):
        return Path(os.environ["WORKBENCH_DATA_DIR"])
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "workbench"


def folder_of(project_uuid: str) -> Path:
    return data_dir() / "backups" / project_uuid


def backups_in(folder: Path) -> list[Backup]:
    """The backups in ``folder``, newest first, numbered from 1."""
    found = []
    for path in folder.glob("*.wbproj") if folder.is_dir() else ():
        try:
            taken = datetime.strptime(path.stem, _STAMP).replace(tzinfo=timezone.utc)
            found.append((taken, path, path.stat().st_size))
        except (ValueError, OSError):
            continue
    found.sort(reverse=True)
    return [Backup(i + 1, path, taken, size) for i, (taken, path, size) in enumerate(found)]


def folder_for(project: Path, project_uuid: str | None) -> Path | None:
    """Where ``project``'s backups are: by its uuid, or (its file lost or damaged) by the path noted at backup."""
    if project_uuid:
        return folder_of(project_uuid)
    wanted = str(project.resolve())
    root = data_dir() / "backups"
    for origin in sorted(root.glob("*/origin")) if root.is_dir() else ():
        try:
            if origin.read_text(encoding="utf-8").strip() == wanted:
                return origin.parent
        except OSError:
            continue
    return None


def take(conn: sqlite3.Connection, project: Path, project_uuid: str) -> Backup:
    """Copy the project behind ``conn`` into its backup folder (atomically); keep the newest ``KEPT``."""
    folder = folder_of(project_uuid)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "origin").write_text(str(project.resolve()) + "\n", encoding="utf-8")
    taken = datetime.now(timezone.utc)
    final = folder / f"{taken.strftime(_STAMP)}.wbproj"
    fd, tmp_name = tempfile.mkstemp(prefix=".backup-", suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        target = sqlite3.connect(tmp_name)
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            target.close()
        os.replace(tmp_name, final)
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
    for old in backups_in(folder)[KEPT:]:
        old.path.unlink(missing_ok=True)
    return next(b for b in backups_in(folder) if b.path == final)


def changed_since(project: Path, when: datetime) -> bool:
    """Whether the project file (or its write-ahead log) was written after ``when``."""
    times = [p.stat().st_mtime for p in (project, Path(f"{project}-wal")) if p.exists()]
    return bool(times) and max(times) > when.timestamp()


def in_use(project: Path) -> bool:
    """Whether another program has the project open (SQLite refuses to leave WAL mode then)."""
    if not project.exists():
        return False
    try:
        conn = sqlite3.connect(str(project), timeout=0, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        if conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete":
            conn.execute("PRAGMA journal_mode = WAL")
        return False
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc) or "busy" in str(exc)
    except sqlite3.DatabaseError:  # damaged: nobody can be using it
        return False
    finally:
        conn.close()


def uuid_of(path: Path) -> str | None:
    """The project's uuid, read without changing anything; None when the file is missing or does not open."""
    try:
        inspect_existing(path)
        conn = connect(path, read_only=True)
    except (StoreError, sqlite3.Error):
        return None
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'project_uuid'").fetchone()
        return row[0] if row else None
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def list_for(project: Path) -> list[Backup]:
    folder = folder_for(project, uuid_of(project))
    return backups_in(folder) if folder else []


def restore(project: Path, number: int, keep_current: Callable[[], None]) -> Backup:
    """Put backup ``number`` in place of ``project``. ``keep_current()`` backs the current file up first (called
    only when the file still opens); a damaged file is kept beside the backups as ``*.damaged``."""
    found = {b.number: b for b in list_for(project)}
    if number not in found:
        have = f"1 to {len(found)}" if found else "none"
        raise StoreError(ErrorCode.BAD_VALUE, f"{project.name}: no backup {number} (there are {have}; see "
                         "`workbench backups`)")
    backup, current_uuid = found[number], uuid_of(project)
    if in_use(project):
        raise StoreError(ErrorCode.LOCKED, f"{project.name}: is open in another program; close it there first")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{project.name}.", suffix=".restore", dir=project.parent)
    os.close(fd)
    try:
        shutil.copyfile(backup.path, tmp_name)  # first, so rotating below cannot take it
        if project.exists():
            if current_uuid:
                keep_current()
            else:
                stamp = datetime.now(timezone.utc).strftime(_STAMP)
                shutil.copyfile(project, backup.path.parent / f"{stamp}.damaged")
        for leftover in (Path(f"{project}-wal"), Path(f"{project}-shm"), Path(f"{project}-journal")):
            leftover.unlink(missing_ok=True)  # a log of the old file must never be applied to the restored one
        os.replace(tmp_name, project)
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
    return backup

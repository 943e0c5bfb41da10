"""Opening project files safely: check before touching, create atomically.

A file is inspected read-only first, so a file that is not a project, is newer
than this program, or is corrupt is reported and left exactly as it was.
A new project is built in a temporary file beside the target and renamed into
place, so a crash never leaves a half-made project behind.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from workbench.core.errors import ErrorCode, StoreError
from workbench.store.schema import APPLICATION_ID, LATEST_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode; transactions are opened explicitly."""
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def inspect_existing(path: Path) -> int:
    """Check that ``path`` is a Workbench project this version can open.

    Returns its schema version. Raises StoreError, changing nothing.
    """
    name = path.name
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(ErrorCode.NOT_A_PROJECT, f"{name}: cannot be read ({exc.strerror})") from exc
    if header != SQLITE_HEADER:
        raise StoreError(ErrorCode.NOT_A_PROJECT, f"{name}: is not a Workbench project (not an SQLite database)")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StoreError(ErrorCode.CORRUPT, f"{name}: cannot be opened ({exc})") from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id != APPLICATION_ID:
            what = "an SQLite database of another program" if tables else "an empty SQLite database"
            raise StoreError(ErrorCode.NOT_A_PROJECT, f"{name}: is not a Workbench project ({what})")
        if version > LATEST_VERSION:
            raise StoreError(
                ErrorCode.TOO_NEW,
                f"{name}: was made by a newer Workbench (schema {version}, this version reads up to "
                f"{LATEST_VERSION}); update Workbench to open it",
            )
        problems = [r[0] for r in conn.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise StoreError(ErrorCode.CORRUPT, f"{name}: is damaged ({problems[0]})")
    except sqlite3.DatabaseError as exc:
        raise StoreError(ErrorCode.CORRUPT, f"{name}: is damaged ({exc})") from exc
    finally:
        conn.close()
    return version


def create_atomically(path: Path, build) -> None:
    """Create a new project at ``path``: build it in a temp file, then rename.

    ``build(conn)`` sets the new file up. If another process created ``path``
    meanwhile, that file wins and ours is discarded.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        conn = connect(tmp)
        try:
            build(conn)
        finally:
            conn.close()
        try:
            os.link(tmp, path)  # fails if path exists: never overwrite a project
        except FileExistsError:
            pass
        except OSError:
            if not path.exists():
                os.replace(tmp, path)
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
            try:
                leftover.unlink()
            except FileNotFoundError:
                pass

"""Opening project files safely: check before touching, create atomically.

A file is inspected read-only first, so a file that is not a project, is newer
than this program, or is corrupt is reported and left exactly as it was.
A new project is built in a temporary file beside the target and renamed into
place, so a crash never leaves a half-made project behind.

A project in a folder or file this user cannot write is opened read-only
(``mode=ro``; ``immutable`` when the folder is read-only and the project was
closed cleanly, since SQLite could not make its shared-memory file there), and
SQLite's errors on writing become one plain sentence (``plain_error``).
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


def connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode; transactions are opened explicitly. ``read_only``: see ``read_only_uri``."""
    target, uri = (read_only_uri(path), True) if read_only else (str(path), False)
    conn = sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False,
                           uri=uri)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def writable(path: Path) -> bool:
    """Whether this user may change the project: its file and its folder (SQLite keeps its journal beside it)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def read_only_uri(path: Path) -> str:
    """How to open ``path`` without writing: ``mode=ro``, or ``immutable=1`` when its folder cannot be written and
    no journal is waiting there (SQLite could create no shared-memory file for ``mode=ro`` of a WAL project)."""
    uri = path.resolve().as_uri()
    pending = Path(f"{path}-wal").exists() or Path(f"{path}-journal").exists()
    if not os.access(path.parent, os.W_OK) and not pending:
        return f"{uri}?immutable=1"
    return f"{uri}?mode=ro"


def plain_error(exc: sqlite3.Error, name: str) -> StoreError | None:
    """SQLite's error on writing as one sentence for people: the disk is full, the file is read-only, another program
    holds the lock, the disk failed. None for anything else (a bug to see, not to hide)."""
    text = str(exc).lower()
    if "full" in text:
        return StoreError(ErrorCode.DISK_FULL, "the disk is full; nothing was changed")
    if "readonly" in text or "read-only" in text:
        return StoreError(ErrorCode.READ_ONLY, read_only_message(name))
    if "locked" in text or "busy" in text:
        return StoreError(ErrorCode.LOCKED, "the project is locked by another program; try again")
    if "disk i/o" in text or "unable to open" in text:
        return StoreError(ErrorCode.UNREADABLE, f"{name}: could not be written ({exc}); nothing was changed")
    return None


def read_only_message(name: str) -> str:
    return (f"the project file is read-only: {name} (make the file and its folder writable, or save a copy "
            "somewhere you can write)")


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
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
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
    except sqlite3.OperationalError as exc:  # busy, locked, cannot open: not damage
        raise plain_error(exc, name) or StoreError(ErrorCode.UNREADABLE, f"{name}: cannot be opened ({exc})") from exc
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
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise StoreError(ErrorCode.READ_ONLY, f"{path.name}: cannot be created in {path.parent} ({exc.strerror})") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        conn = connect(tmp)
        try:
            build(conn)
        except sqlite3.OperationalError as exc:
            plain = plain_error(exc, path.name)
            if plain is None:
                raise
            raise plain from exc
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

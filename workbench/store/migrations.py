"""Run the ordered migrations of schema.py on a connection."""

from __future__ import annotations

import sqlite3

import sqlite_utils

from workbench.core.errors import ErrorCode, StoreError
from workbench.store.schema import APPLICATION_ID, LATEST_VERSION, MIGRATIONS


def initialise(conn: sqlite3.Connection) -> None:
    """Make an empty file a project at the latest schema."""
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrate(conn)


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> int:
    """Apply the migrations between the file's version and ``target``, in one transaction.

    The version is read again after taking the write lock, so two processes
    opening an old project at once migrate it once.
    """
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current >= target:
        return current
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise StoreError(ErrorCode.LOCKED, f"project is busy in another program ({exc})") from exc
    try:
        current = conn.execute("PRAGMA user_version").fetchone()[0]
        db = sqlite_utils.Database(conn)
        for version in range(current + 1, target + 1):
            MIGRATIONS[version - 1](db)
            conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return target

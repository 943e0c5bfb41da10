"""The user's cache folder and its key -> bytes caches; sentence embeddings kept between runs.

``UserBlobCache`` is one SQLite table of blobs with least-recently-used eviction; the analysis cache
(``analysis_cache.py``, ``analyses.sqlite``) and the embedding cache (``embeddings.sqlite``) are two of them.

Embedding a sentence takes some tens of milliseconds; a project that matches
passages by meaning re-aligns every time an article is added, and ``compare``
is often run again on the same files. The vectors are a pure function of the
model and the text, so they are kept by a SHA-256 of both (made by the caller)
beside the analysis cache (same folder, same ``WORKBENCH_CACHE_DIR=off``
switch). Like that cache it never fails the user's work: an unreadable or
unwritable file is treated as empty.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path

MAX_ENTRIES = 100_000  # 1.5 KB each (384 floats): some 150 MB at most
FILE_NAME = "embeddings.sqlite"
_SCHEMA = """CREATE TABLE IF NOT EXISTS {table} (
    key TEXT PRIMARY KEY,
    data BLOB NOT NULL,
    used REAL NOT NULL
)"""


def cache_folder() -> Path | None:
    """The user's cache folder for Workbench, or None when the cache is turned off."""
    chosen = os.environ.get("WORKBENCH_CACHE_DIR", "").strip()
    if chosen.lower() in ("off", "0", "none"):
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "workbench"


class UserBlobCache:
    """key -> bytes in one SQLite table (``table`` in ``file_name``); every method swallows SQLite and OS errors."""

    def __init__(self, folder: Path | None, file_name: str = FILE_NAME, max_entries: int = MAX_ENTRIES,
                 table: str = "blobs") -> None:
        self.folder = folder
        self.file_name = file_name
        self.max_entries = max_entries
        self.table = table
        self._conn: sqlite3.Connection | None = None
        self._broken = folder is None
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection | None:
        if self._conn is not None or self._broken:
            return self._conn
        try:
            assert self.folder is not None
            self.folder.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.folder / self.file_name, timeout=2.0, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(_SCHEMA.format(table=self.table))
            conn.commit()
            self._conn = conn
        except (sqlite3.Error, OSError):
            self._broken = True
        return self._conn

    def get(self, keys: list[str]) -> dict[str, bytes]:
        """The blobs found for ``keys`` (missing ones left out)."""
        found: dict[str, bytes] = {}
        with self._lock:
            conn = self._connect()
            if conn is None or not keys:
                return found
            try:
                for lo in range(0, len(keys), 500):
                    chunk = keys[lo : lo + 500]
                    marks = ",".join("?" * len(chunk))
                    for key, blob in conn.execute(f"SELECT key, data FROM {self.table} WHERE key IN ({marks})", chunk):
                        found[key] = bytes(blob)
                if found:
                    now = time.time()
                    conn.executemany(f"UPDATE {self.table} SET used = ? WHERE key = ?", [(now, k) for k in found])
                    conn.commit()
            except sqlite3.Error:
                return found
        return found

    def put(self, items: dict[str, bytes]) -> None:
        """Keep ``items``; the least recently used entries go beyond ``max_entries``."""
        with self._lock:
            conn = self._connect()
            if conn is None or not items:
                return
            now = time.time()
            try:
                conn.executemany(f"INSERT OR REPLACE INTO {self.table} (key, data, used) VALUES (?, ?, ?)",
                                 [(k, v, now) for k, v in items.items()])
                conn.execute(f"DELETE FROM {self.table} WHERE key IN (SELECT key FROM {self.table} ORDER BY used DESC "
                             "LIMIT -1 OFFSET ?)", (self.max_entries,))
                conn.commit()
            except sqlite3.Error:
                try:
                    conn.rollback()
                except sqlite3.Error:
                    pass

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


_SHARED: dict[str, UserBlobCache] = {}


def user_embedding_cache() -> UserBlobCache:
    """The process's embedding cache for the current cache folder."""
    folder = cache_folder()
    key = str(folder)
    if key not in _SHARED:
        _SHARED[key] = UserBlobCache(folder)
    return _SHARED[key]

"""Analyses shared by every project of this user, so no text is analysed twice on one machine.

The text pipeline (segments, tokens, lemmas, tags) is a pure function of the
text, its language and the pipeline's version (``pipeline_id``). Its results
are kept in one SQLite file in the user's cache folder, keyed by a SHA-256 of
exactly those three. A project that imports an article another project (or
a temporary ``compare``) already analysed reads the result instead of
loading spaCy and HanTa; when the pipeline changes, its id changes and old
entries are simply never asked for again (and age out).

Where: ``$WORKBENCH_CACHE_DIR``, else ``$XDG_CACHE_HOME/workbench``, else
``~/.cache/workbench``. ``WORKBENCH_CACHE_DIR=off`` turns the cache off. A
cache that cannot be opened or written (read-only home, full disk, a damaged
file) is never an error: the work is done as if it were empty.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sqlite3
import threading
import time
import zlib
from functools import lru_cache
from pathlib import Path

from workbench.core.models import Analysis, Segment, Token

MAX_ENTRIES = 20_000  # about 2 KB each compressed: some 40 MB at most
FILE_NAME = "analyses.sqlite"
_SCHEMA = """CREATE TABLE IF NOT EXISTS analyses (
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


def cache_key(text: str, language: str, pipeline: str) -> str:
    blob = "\x00".join((pipeline, language, text)).encode("utf-8", "surrogatepass")
    return hashlib.sha256(blob).hexdigest()


def pack(analysis: Analysis) -> bytes:
    data = {
        "p": analysis.pipeline,
        "s": [[s.start, s.end, s.kind] for s in analysis.segments],
        "t": [[t.start, t.end, t.lemma, t.pos, int(t.is_stop), int(t.is_punct)] for t in analysis.tokens],
    }
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def unpack(blob: bytes) -> Analysis:
    data = json.loads(zlib.decompress(blob))
    return Analysis(
        segments=[Segment(s, e, kind) for s, e, kind in data["s"]],
        tokens=[Token(a, b, lemma, pos, bool(stop), bool(punct)) for a, b, lemma, pos, stop, punct in data["t"]],
        pipeline=data["p"],
    )


class AnalysisCache:
    """The cache file; every method swallows SQLite and OS errors (a cache must never cost the user work)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._conn: sqlite3.Connection | None = None
        self._broken = folder is None
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection | None:
        if self._conn is not None or self._broken:
            return self._conn
        try:
            assert self.folder is not None
            self.folder.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.folder / FILE_NAME, timeout=2.0, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(_SCHEMA)
            conn.commit()
            self._conn = conn
        except (sqlite3.Error, OSError):
            self._broken = True
        return self._conn

    def get(self, keys: list[str]) -> dict[str, Analysis]:
        """The analyses found for ``keys`` (missing and unreadable ones left out)."""
        found: dict[str, Analysis] = {}
        with self._lock:
            conn = self._connect()
            if conn is None or not keys:
                return found
            try:
                for lo in range(0, len(keys), 500):
                    chunk = keys[lo : lo + 500]
                    marks = ",".join("?" * len(chunk))
                    for key, blob in conn.execute(f"SELECT key, data FROM analyses WHERE key IN ({marks})", chunk):
                        try:
                            found[key] = unpack(blob)
                        except (ValueError, KeyError, TypeError, zlib.error):
                            continue
                if found:
                    now = time.time()
                    conn.executemany("UPDATE analyses SET used = ? WHERE key = ?", [(now, k) for k in found])
                    conn.commit()
            except sqlite3.Error:
                return found
        return found

    def put(self, items: dict[str, Analysis]) -> None:
        """Keep ``items``; the least recently used entries go beyond ``MAX_ENTRIES``."""
        with self._lock:
            conn = self._connect()
            if conn is None or not items:
                return
            now = time.time()
            try:
                conn.executemany("INSERT OR REPLACE INTO analyses (key, data, used) VALUES (?, ?, ?)",
                                 [(k, pack(a), now) for k, a in items.items()])
                conn.execute("DELETE FROM analyses WHERE key IN (SELECT key FROM analyses ORDER BY used DESC "
                             "LIMIT -1 OFFSET ?)", (MAX_ENTRIES,))
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


def shipped(keys: list[str]) -> dict[str, Analysis]:
    """Analyses shipped with the app (``resources/analyses/shipped.json``: the demo articles) for ``keys``."""
    found: dict[str, Analysis] = {}
    table = _shipped_table()
    for key in keys:
        blob = table.get(key)
        if blob is not None:
            try:
                found[key] = unpack(base64.b64decode(blob))
            except (ValueError, KeyError, TypeError, zlib.error):
                continue
    return found


@lru_cache(maxsize=1)
def _shipped_table() -> dict[str, str]:
    from workbench.core.resources import resource_path

    try:
        data = json.loads(resource_path("analyses", "shipped.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


_SHARED: dict[str, AnalysisCache] = {}


def user_cache() -> AnalysisCache:
    """The process's cache object for the current cache folder."""
    folder = cache_folder()
    key = str(folder)
    if key not in _SHARED:
        _SHARED[key] = AnalysisCache(folder)
    return _SHARED[key]

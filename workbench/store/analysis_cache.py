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
import zlib
from functools import lru_cache
from pathlib import Path

from workbench.core.models import Analysis, Segment, Token
from workbench.store.blob_cache import UserBlobCache, cache_folder

MAX_ENTRIES = 20_000  # about 2 KB each compressed: some 40 MB at most
FILE_NAME = "analyses.sqlite"


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
    """The cache file (a ``UserBlobCache`` of packed analyses); it never costs the user work: unreadable
    entries are skipped, SQLite and OS errors swallowed."""

    def __init__(self, folder: Path | None) -> None:
        self._blobs = UserBlobCache(folder, FILE_NAME, MAX_ENTRIES, table="analyses")

    def get(self, keys: list[str]) -> dict[str, Analysis]:
        """The analyses found for ``keys`` (missing and unreadable ones left out)."""
        found: dict[str, Analysis] = {}
        for key, blob in self._blobs.get(keys).items():
            try:
                found[key] = unpack(blob)
            except (ValueError, KeyError, TypeError, zlib.error):
                continue
        return found

    def put(self, items: dict[str, Analysis]) -> None:
        """Keep ``items``; the least recently used entries go beyond ``MAX_ENTRIES``."""
        if items:
            self._blobs.put({k: pack(a) for k, a in items.items()})

    def close(self) -> None:
        self._blobs.close()


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

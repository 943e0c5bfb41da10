"""Folder manifests: metadata for the articles beside them.

A folder may hold ``manifest.json`` of the form::

    {"schema": "workbench-manifest/1",
     "documents": {"file.txt": {"title": "...", "outlet": "...", "published": "2023-09-13"}}}

Imported files named there take that metadata (the bundled seeds use it).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

MANIFEST_NAME = "manifest.json"
MANIFEST_SCHEMA = "workbench-manifest/1"
MANIFEST_FIELDS = ("title", "outlet", "published", "url", "author")


def is_manifest(path: Path) -> bool:
    return path.name == MANIFEST_NAME and _load(str(path.resolve())) is not None


def manifest_entry(path: str | Path) -> dict[str, str]:
    """Metadata the manifest beside ``path`` gives for it ({} when none)."""
    path = Path(path)
    manifest = _load(str((path.parent / MANIFEST_NAME).resolve()))
    if not manifest:
        return {}
    entry = manifest.get("documents", {}).get(path.name) or {}
    return {k: v for k, v in entry.items() if k in MANIFEST_FIELDS and isinstance(v, str) and v}


@lru_cache(maxsize=64)
def _load(path: str) -> dict | None:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if isinstance(data, dict) and data.get("schema") == MANIFEST_SCHEMA:
        return data
    return None

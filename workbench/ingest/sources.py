"""Expand the user's import arguments into a list of sources.

Folders are walked recursively and every regular file is kept, even types we
cannot read: the import report should then say why a file was refused, not
leave the user wondering where it went. Only what nobody means to import is
skipped: hidden files and folders, operating-system litter, Office lock files,
and the project's own seeds manifest (read by the project layer). Paths that
do not exist are passed through so read_source can report them.
"""

from __future__ import annotations

import os
from pathlib import Path

from workbench.ingest.manifest import is_manifest
from workbench.ingest.url import is_url

_JUNK = frozenset({"thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r"})


def collect_sources(args: list[str]) -> list[str]:
    """Files and URLs to import, in a stable order, without repeats."""
    collected: list[str] = []
    seen: set[str] = set()
    for arg in args:
        if is_url(arg):
            candidates = [arg]
        elif os.path.isdir(arg):
            candidates = _walk(arg)
        else:
            candidates = [arg]
        for candidate in candidates:
            key = candidate if is_url(candidate) else os.path.realpath(candidate)
            if key not in seen:
                seen.add(key)
                collected.append(candidate)
    return collected


def _walk(folder: str) -> list[str]:
    """Regular files below ``folder``, sorted by path (case-insensitively,
    so the order does not depend on the file system)."""
    found: list[tuple[tuple[str, ...], str]] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        for name in files:
            path = os.path.join(root, name)
            if _skipped(name, path):
                continue
            parts = Path(os.path.relpath(path, folder)).parts
            found.append((tuple(part.casefold() for part in parts) + parts, path))
    return [path for _, path in sorted(found)]


def _skipped(name: str, path: str) -> bool:
    if name.startswith(".") or name.startswith("~$") or name.casefold() in _JUNK:
        return True
    if not os.path.isfile(path):  # sockets, fifos, broken links
        return True
    # the same test workbench.ingest.manifest uses to read it, so a skipped
    # manifest is always one whose metadata does get applied
    return is_manifest(Path(path))

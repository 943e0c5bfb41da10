"""Expand the user's import arguments into a list of sources.

Folders are walked recursively and every regular file is kept, even types we
cannot read: the import report should then say why a file was refused, not
leave the user wondering where it went. Only what nobody means to import is
skipped without a word: hidden files and folders, operating-system litter,
Office lock files, and the project's own seeds manifest (read by the project
layer). Everything else that is not imported is reported (``Collected.skipped``):

- a symbolic link whose target lies outside the chosen folder (a link can
  point anywhere, e.g. at a system file; the user chose the folder, not its
  links' targets), and a link to a folder (links are never followed into);
- a broken link;
- a FIFO, socket or device: opening a FIFO waits for a writer forever;
- a subfolder that cannot be read (permissions).

A link to a file inside the folder is imported (once). Paths given directly
(not found by walking a folder) are passed through, links included, so
read_source can read or report them.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from workbench.core.errors import ErrorCode, IngestError
from workbench.ingest.manifest import is_manifest
from workbench.ingest.locations import is_url

_JUNK = frozenset({"thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r"})


@dataclass
class Collected:
    sources: list[str] = field(default_factory=list)
    skipped: list[IngestError] = field(default_factory=list)  # .source is the full path


def collect_sources(args: list[str]) -> list[str]:
    """Files and URLs to import, in a stable order, without repeats."""
    return collect(args).sources


def collect(args: list[str]) -> Collected:
    """``collect_sources`` and, beside the sources, every entry of a folder that was left out and why."""
    collected = Collected()
    seen: set[str] = set()
    for arg in args:
        if is_url(arg):
            candidates = [arg]
        elif os.path.isdir(arg):
            candidates = _walk(arg, collected.skipped)
        else:
            candidates = [arg]
        for candidate in candidates:
            key = candidate if is_url(candidate) else os.path.realpath(candidate)
            if key not in seen:
                seen.add(key)
                collected.sources.append(candidate)
    return collected


def _walk(folder: str, skipped: list[IngestError]) -> list[str]:
    """Regular files below ``folder``, sorted by path (case-insensitively,
    so the order does not depend on the file system)."""
    found: list[tuple[tuple[str, ...], str]] = []
    root_real = os.path.realpath(folder)
    problems: list[tuple[tuple[str, ...], IngestError]] = []

    def order(path: str) -> tuple[str, ...]:
        parts = Path(os.path.relpath(path, folder)).parts
        return tuple(part.casefold() for part in parts) + parts

    def unreadable(error: OSError) -> None:
        path = error.filename or folder
        reason = f"this folder could not be read ({error.strerror or error}); its files were not imported"
        problems.append((order(path), IngestError(ErrorCode.SKIPPED, path, reason)))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        for name in list(dirs):
            path = os.path.join(root, name)
            if os.path.islink(path):  # os.walk does not follow it; say so
                dirs.remove(name)
                problems.append((order(path), IngestError(
                    ErrorCode.SKIPPED, path, "is a link to a folder; links are not followed, "
                    "choose the folder it points to to import its files")))
        for name in files:
            path = os.path.join(root, name)
            if _litter(name):
                continue
            reason = _not_regular(path, root_real)
            if reason:
                problems.append((order(path), IngestError(ErrorCode.SKIPPED, path, reason)))
                continue
            if is_manifest(Path(path)):
                # the same test workbench.ingest.manifest uses to read it, so a skipped
                # manifest is always one whose metadata does get applied
                continue
            found.append((order(path), path))
    skipped.extend(error for _, error in sorted(problems, key=lambda item: item[0]))
    return [path for _, path in sorted(found)]


def _litter(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$") or name.casefold() in _JUNK


def _not_regular(path: str, root_real: str) -> str | None:
    """Why ``path`` (found in the folder ``root_real``) is not imported, or None for a regular file."""
    try:
        own = os.lstat(path)
    except OSError as error:
        return f"could not be read ({error.strerror or error})"
    if stat.S_ISLNK(own.st_mode):
        try:
            target = os.stat(path)
        except OSError:
            return "is a broken link (its target does not exist)"
        if not _inside(os.path.realpath(path), root_real):
            return ("is a link to a file outside the chosen folder, which is not followed; "
                    "copy the file into the folder to import it")
        mode = target.st_mode
    else:
        mode = own.st_mode
    kind = special_file(mode)
    return f"is {kind}, not a regular file; only files can be imported" if kind else None


def _inside(path: str, folder: str) -> bool:
    try:
        return os.path.commonpath([path, folder]) == folder
    except ValueError:  # another drive (Windows)
        return False


def special_file(mode: int) -> str | None:
    """What a file that is not a regular file is ("a named pipe (FIFO)"), None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"

"""The one way code finds files under ``resources/`` and ``seeds/``.

Installed from a wheel they live inside the package (``workbench/_resources``,
``workbench/_seeds``, mapped by hatchling's force-include); in a source
checkout or an editable install they are the top-level folders of the repo.
Never relative to the working directory.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent
_REPO = _PACKAGE.parent


def _pick(packaged: str, top: str) -> Path:
    inside = _PACKAGE / packaged
    if inside.is_dir():
        return inside
    return _REPO / top


def resources_dir() -> Path:
    return _pick("_resources", "resources")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def seeds_dir() -> Path:
    return _pick("_seeds", "seeds")

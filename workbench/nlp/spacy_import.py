"""Import spaCy without its command line.

``spacy/__init__.py`` imports ``spacy.cli.info``, which loads spaCy's whole
command line (typer, weasel, httpx, urllib3 …): about a tenth of a second of
a cold start that the app never uses. While spaCy itself is imported, a stand-in
``spacy.cli`` answers that one import; it is removed afterwards, so a later
``import spacy.cli`` (by a user, a test or spaCy's own ``spacy.cli`` entry point)
loads the real one.
"""

from __future__ import annotations

import sys
import types
from typing import Any


def _info(*args: Any, **kwargs: Any) -> Any:
    """spaCy's ``info``, loaded on first call."""
    for name in ("spacy.cli.info", "spacy.cli"):
        if getattr(sys.modules.get(name), "__workbench_stub__", False):
            del sys.modules[name]
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> Any:
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stubs = {}
    if "spacy.cli" not in sys.modules:
        cli = types.ModuleType("spacy.cli")
        info = types.ModuleType("spacy.cli.info")
        info.info = _info  # type: ignore[attr-defined]
        cli.info = info  # type: ignore[attr-defined]
        for module in (cli, info):
            module.__workbench_stub__ = True  # type: ignore[attr-defined]
        stubs = {"spacy.cli": cli, "spacy.cli.info": info}
        sys.modules.update(stubs)
    try:
        import spacy
    finally:
        for name, module in stubs.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
        if stubs and "spacy" in sys.modules and getattr(sys.modules["spacy"], "cli", None) is stubs["spacy.cli"]:
            delattr(sys.modules["spacy"], "cli")
    return spacy

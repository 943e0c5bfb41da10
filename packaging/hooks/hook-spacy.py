"""Replaces pyinstaller-hooks-contrib's hook for spaCy (hookspath wins over contrib).

The contrib hook collects every spaCy submodule (all 70+ language packages,
spacy.tests) and every data file. We keep spaCy's code and config files but
only the language packages the build bundles (WORKBENCH_LANGUAGES, set by
workbench.spec, plus "xx", the multi-language fallback), and no tests.
"""

import os
from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, collect_submodules, get_package_paths

LANGUAGES = set(filter(None, os.environ.get("WORKBENCH_LANGUAGES", "de,en").split(","))) | {"xx"}
_, _SPACY_DIR = get_package_paths("spacy")
_LANG_PACKAGES = {p.name for p in (Path(_SPACY_DIR) / "lang").iterdir() if (p / "__init__.py").is_file()}


def _wanted(name: str) -> bool:
    parts = name.split(".")
    if len(parts) > 1 and parts[1] == "tests":
        return False
    if len(parts) > 2 and parts[1] == "lang" and parts[2] in _LANG_PACKAGES:
        return parts[2] in LANGUAGES
    return True


hiddenimports = collect_submodules("spacy", filter=_wanted)
datas = [
    (src, dest) for src, dest in collect_data_files("spacy")
    if "/tests" not in dest.replace(os.sep, "/")
    and not src.endswith((".pyx", ".pxd", ".pyi", ".c", ".cpp", ".h", ".hh"))
    and not (dest.replace(os.sep, "/").startswith("spacy/lang/")
             and dest.replace(os.sep, "/").split("/")[2] not in LANGUAGES)
]

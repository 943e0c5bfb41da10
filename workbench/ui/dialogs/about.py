"""The About box: what this is, and the versions of what it runs on."""

from __future__ import annotations

from importlib import metadata

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return QCoreApplication.translate("About", "not installed")


def versions() -> dict[str, str]:
    from workbench import __version__

    return {"Workbench": __version__, "Qt": qVersion(), "PySide6": PySide6.__version__, "spaCy": _version("spacy")}


def about_text(parent=None) -> str:
    rows = "".join(f"<tr><td>{name}</td><td>&nbsp;{version}</td></tr>" for name, version in versions().items())
    what = QCoreApplication.translate(
        "About", "Compare how news outlets report the same event: parallel passages side by side, "
                 "the words that differ, and what each outlet leaves out.")
    offline = QCoreApplication.translate("About", "Works offline; every change is stored in the project file at once.")
    return f"<h3>Workbench</h3><p>{what}</p><table>{rows}</table><p>{offline}</p>"

"""Translations: compiled Qt .qm files in resources/translations (source: workbench_de.ts).

Regenerate after changing UI strings:
    pyside6-lupdate -no-obsolete workbench/ui/*.py -ts resources/translations/workbench_de.ts
    pyside6-lrelease resources/translations/workbench_de.ts
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workbench.core.resources import resource_path

LANGUAGES = ("en", "de")
_installed: list[QTranslator] = []
_current = ["en"]


def current() -> str:
    """The language of the installed translation ("en" before ``install``): cue texts follow it."""
    return _current[0]


def set_current(language: str) -> None:
    """Set the language cue texts follow (``install`` does; tests may too)."""
    _current[0] = language if language in LANGUAGES else "en"


def quoted(text: str) -> str:
    """``text`` in the reader's quotation marks: “…” in English, „…“ in German."""
    return QCoreApplication.translate("Quotes", "“{text}”").format(text=text)


def choose_language(setting: str) -> str:
    """``setting`` is "", "en" or "de"; "" follows the system locale."""
    if setting in LANGUAGES:
        return setting
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def install(app: QCoreApplication, setting: str) -> str:
    """Install the translators for the chosen language; returns the language used."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = choose_language(setting)
    set_current(language)
    QLocale.setDefault(QLocale(language) if setting in LANGUAGES else QLocale.system())
    if language == "en":
        return language
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"workbench_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language

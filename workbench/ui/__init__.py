"""The desktop GUI (PySide6): the only package that imports Qt.

The shell (app, main window, actions, session, settings, theme, icons,
translations, crash reports) sits here; ``views``, ``models`` (Qt item
models over the library's plain data), ``dialogs``, ``jobs`` (work off the
UI thread), ``text`` (passages on screen) and ``controllers`` (edits, undo
commands, navigation) hold the rest (docs/architecture.md lists them).

PySide6-Essentials 6.12.0 drops a reference to ``None`` on every call of a
wrapped C++ method returning ``void``; on Python 3.11 that aborts the
interpreter after a few thousand calls ("none_dealloc"). pyproject.toml
excludes that release, and tests/test_ui_models.py checks the installed one.
"""

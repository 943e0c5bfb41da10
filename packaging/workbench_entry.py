"""PyInstaller's entry script for the frozen app (packaging/workbench.spec).

Mostly what ``python -m workbench`` does: ``multiprocessing.freeze_support()``
first (the text pipeline and the GUI's large alignments start "spawn" child
processes, which re-run this executable), then the command line. It lives
outside the package so that PyInstaller does not put ``workbench/`` itself on
the module search path.

One addition, for the desktop entry's "Open with" (packaging/linux/*.desktop,
``Exec=... --open %F``): ``workbench --open FILE...`` opens the app on the
first project among the files (``*.wbproj``, or any file with the project
header), else on a new temporary project, and imports the other files
(articles: text, HTML, DOCX, PDF, Markdown) into it.
``workbench gui`` takes a single project, so a file manager handing over an
article or several files could not use it. On macOS the app bundle gets the
files Finder opens as plain arguments, handled the same way.
"""

import multiprocessing
import os
import sys

PROJECT_SUFFIX = ".wbproj"
DESKTOP_ID = "org.workbench_media.Workbench"  # packaging/linux/<id>.desktop
GUI_COMMANDS = {"gui", "demo", "--open"}


def is_project(path: str) -> bool:
    """A ``.wbproj`` name, or a Workbench project by content (as the MIME type sees it): SQLite
    header and ``PRAGMA application_id`` (workbench/store/schema.py) at byte 68."""
    if path.lower().endswith(PROJECT_SUFFIX):
        return True
    try:
        with open(path, "rb") as fh:
            header = fh.read(72)
    except OSError:
        return False
    from workbench.store.schema import APPLICATION_ID

    return header[:16] == b"SQLite format 3\0" and header[68:72] == APPLICATION_ID.to_bytes(4, "big")


def open_files(paths: list[str]) -> int:
    """The desktop app on the first project in ``paths`` (or a new temporary one), importing the rest."""
    from workbench.ui import app as ui_app
    from workbench.ui import crash

    projects = [p for p in paths if is_project(p)]
    articles = [p for p in paths if p not in projects]
    if not articles:
        return ui_app.run(project=projects[0] if projects else None)
    qt = ui_app.application()
    ui_app.preload()
    window = ui_app.create_window()
    crash.install(window.show_error)
    if not (projects and window.session.open(projects[0], create=False)):
        window.session.new_temporary()
    window.show()
    window.session.import_sources(articles)
    return qt.exec()


def main() -> None:
    multiprocessing.freeze_support()  # in a spawned child this runs the worker and never returns
    if len(sys.argv) == 1 or sys.argv[1] in GUI_COMMANDS:
        # Wayland matches windows to the installed desktop entry (name, icon) by this id.
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.setDesktopFileName(DESKTOP_ID)
    if sys.argv[1:2] == ["--open"]:
        sys.exit(open_files(sys.argv[2:]))
    if sys.platform == "darwin" and sys.argv[1:] and all(os.path.isfile(arg) for arg in sys.argv[1:]):
        sys.exit(open_files(sys.argv[1:]))  # documents opened in Finder (argv_emulation; see workbench.spec)
    from workbench.__main__ import run

    run()


if __name__ == "__main__":
    main()

"""Starting the desktop app: `workbench`, `workbench gui [PROJECT]`, `workbench demo`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from workbench.core.resources import resource_path
from workbench.ui import crash, i18n
from workbench.ui.settings import APPLICATION, ORGANISATION, Settings
from workbench.ui.theme import apply_theme

SCREENSHOT_SIZE = (1440, 900)


def _quiet_offscreen(mode, context, message: str) -> None:
    """Qt messages to stderr, without the offscreen platform's harmless complaint about size hints."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        qInstallMessageHandler(_quiet_offscreen)
        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APPLICATION)
        app = QApplication(argv if argv is not None else sys.argv[:1])
        icon = resource_path("icons", "workbench.svg")
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))
    assert isinstance(app, QApplication)  # the only application this program (and pytest-qt) makes
    return app


def preload() -> None:
    """Import the project library in the background while the window appears (opening is then quicker)."""
    import importlib
    import threading

    threading.Thread(target=importlib.import_module, args=("workbench.project",), name="workbench-preload",
                     daemon=True).start()


def create_window(settings: Settings | None = None):
    """The main window with the user's theme and language (the QApplication must exist)."""
    from workbench.ui.main_window import MainWindow

    app = application()
    settings = settings or Settings()
    apply_theme(app, settings.view_str("theme", "system"))
    i18n.install(app, settings.view_str("language", ""))
    return MainWindow(settings)


def open_initial(window, project: str | None = None, demo: bool = False) -> bool:
    """The demo, else PROJECT (created if missing), else the project that was open last time.

    False when PROJECT could not be opened (the window says why)."""
    if demo:
        window.session.open_demo()
    elif project:
        return window.session.open(project, create=not Path(project).exists())
    elif window.settings.last_project:
        window.session.open(window.settings.last_project)
    return True


def run(project: str | None = None, demo: bool = False, screenshot: str | None = None) -> int:
    """Open the main window; returns the exit status."""
    if screenshot and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
    preload()
    window = create_window()
    crash.install(window.show_error)
    opened = open_initial(window, project, demo)
    if screenshot and not opened:
        print(f"error: {window.errors[-1] if window.errors else project}", file=sys.stderr)
        window.persist = False
        window.close()
        return 1
    if screenshot:
        window.persist = False
        window.resize(*SCREENSHOT_SIZE)
    window.show()
    status = {"code": 0}
    if screenshot:
        def shoot(ok: bool) -> None:
            status["code"] = 0 if save_screenshot(window, screenshot) and ok else 1
            if not ok:
                print("error: the comparison was not ready in time", file=sys.stderr)
            window.close()
            app.quit()

        window.when_ready(shoot)
    code = app.exec()
    return status["code"] if screenshot else code


def save_screenshot(window, path: str) -> bool:
    """Show the comparison with its first group selected (and its first framing cue), write the window as PNG."""
    window.show_tab(0)
    model = window.model
    first = next((r for r in range(model.rowCount()) if model.row(r).kind == "group"), None)
    if first is not None:
        column = next((c for c in range(model.columnCount()) if model.passages(model.index(first, c))), 0)
        window.view.go_to(first, column)
        window.view.scrollToTop()
        comparison = window.session.comparison
        cues = [c for p in model.passages(model.index(first, column)) for c in comparison.cues_in(p.span)]
        cue = next((c for c in cues if c.category == "actor_label" and c.counterparts), cues[0] if cues else None)
        if cue is not None:
            window.navigator.select_cue(cue)
    for _ in range(10):  # resizes (scroll bars appearing) may ask for another layout pass
        window.view.finish_layout()
        QCoreApplication.processEvents()
        if not window.view.layout_pending():
            break
    ok = window.grab().save(str(path), "PNG")
    if not ok:
        print(f"error: could not write {path}", file=sys.stderr)
    return ok


def main(argv: list[str] | None = None) -> int:  # pragma: no cover - `python -m workbench.ui.app`
    args = sys.argv[1:] if argv is None else argv
    return run(project=args[0] if args else None)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

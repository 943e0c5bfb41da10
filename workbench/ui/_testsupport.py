"""Fixtures for the GUI tests (import them into a test module: ``from workbench.ui._testsupport import *``).

- settings and the crash log go to a temporary folder, never the user's;
- a test fails when it leaves a worker thread running;
- ``seeded_project`` is a copy of a project with the demo articles imported
  and aligned (built once per test run, copied per test).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from workbench.ui.jobs.runner import running_threads

__all__ = ["isolated_ui", "main_window", "no_leaked_threads", "seeded_project", "wait_idle"]

_CACHE: dict[str, Path] = {}


def _seeded_master() -> Path:
    if "seeds" not in _CACHE:
        from workbench.core.resources import seeds_dir
        from workbench.project import Project

        folder = Path(tempfile.mkdtemp(prefix="workbench-ui-tests-"))
        atexit.register(shutil.rmtree, folder, True)
        path = folder / "seeds.wbproj"
        with Project.open(path, create=True) as project:
            project.import_sources([str(seeds_dir())], workers=1)
            project.align()
        _CACHE["seeds"] = path
    return _CACHE["seeds"]


@pytest.fixture(autouse=True)
def isolated_ui(tmp_path, monkeypatch):
    """QSettings and AppDataLocation (the crash log) in temporary folders."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    yield tmp_path / "settings"


@pytest.fixture(autouse=True)
def no_leaked_threads():
    yield
    leaked = running_threads()
    for thread in leaked:
        thread.quit()
        thread.wait(5000)
    assert not leaked, f"{len(leaked)} worker thread(s) left running"


@pytest.fixture
def seeded_project(tmp_path) -> Path:
    target = tmp_path / "seeds.wbproj"
    shutil.copyfile(_seeded_master(), target)
    return target


def wait_idle(qtbot, window, timeout: int = 30_000) -> None:
    """Wait until the window's worker has nothing left to do."""
    session = window.session

    def idle() -> bool:
        return (session.runner is None or not session.runner.busy) and not session.loading

    qtbot.waitUntil(idle, timeout=timeout)
    window.view.finish_layout()


@pytest.fixture
def main_window(qtbot):
    from workbench.ui.main_window import MainWindow
    from workbench.ui.settings import Settings

    window = MainWindow(Settings())
    window.ask_about_temporary_work = lambda: "discard"  # no modal question when a test closes the window
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window

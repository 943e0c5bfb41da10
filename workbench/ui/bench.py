"""GUI benchmark: how quickly the window is usable, and whether long work ever freezes it.

    python -m workbench.ui.bench [--articles 1000] [--align 100] [--keep DIR] [--json]

Measures
  1. launch: from starting the process to a shown, responsive main window (median of 3);
  2. opening a project of N generated articles (benchmarks/synth.py): until the documents
     table is filled, and until the first comparison is on screen;
  3. the longest UI-thread stall (gap between ticks of a 10 ms QTimer) while M articles are
     aligned: by the library in the worker thread ("align_thread"), and as the GUI does it
     (a child process for big sets, "align"); and while their comparison is laid out and shown.

Runs offscreen unless a display is set. Settings go to a temporary folder.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TICK_MS = 10


def _synth():
    """benchmarks/synth.py of the source checkout (the generator of realistic corpora)."""
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "synth.py"
    if not path.exists():
        raise SystemExit("benchmarks/synth.py not found: run the benchmark from a source checkout")
    spec = importlib.util.spec_from_file_location("workbench_synth", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _env(folder: Path) -> dict:
    env = dict(os.environ, XDG_CONFIG_HOME=str(folder / "config"), XDG_DATA_HOME=str(folder / "data"))
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _probe_launch() -> None:
    """Child process: build the window the way `workbench` does, print when it is usable."""
    from PySide6.QtCore import QTimer

    from workbench.ui.app import application, create_window, preload

    app = application()
    preload()
    window = create_window()
    window.show()

    def usable() -> None:
        print(f"USABLE {time.time():.6f}", flush=True)
        window.persist = False
        window.close()
        app.quit()

    QTimer.singleShot(0, usable)  # runs once the event loop has shown and painted the window
    app.exec()


def measure_launch(folder: Path, runs: int = 3) -> float:
    times = []
    code = "from workbench.ui.bench import _probe_launch; _probe_launch()"
    for _ in range(runs):
        started = time.time()
        done = subprocess.run([sys.executable, "-c", code], env=_env(folder), capture_output=True, text=True,
                              timeout=120)
        line = next((x for x in done.stdout.splitlines() if x.startswith("USABLE ")), None)
        if line is None:
            raise SystemExit(f"the window did not start:\n{done.stderr}")
        times.append(float(line.split()[1]) - started)
    return statistics.median(times)


def make_project(folder: Path, articles: int) -> Path:
    from workbench.project import Project

    path = folder / f"synth-{articles}.wbproj"
    if path.exists():
        return path
    corpus = folder / f"corpus-{articles}"
    _synth().write_corpus(corpus, articles)
    started = time.perf_counter()
    with Project.open(path, create=True) as project:
        report = project.import_sources([str(corpus)])
    print(f"  (imported {len(report.imported)} articles in {time.perf_counter() - started:.1f} s)", file=sys.stderr)
    return path


class StallMeter:
    """Ticks every 10 ms on the UI thread and remembers the longest gap between ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def __enter__(self) -> StallMeter:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._tick()
        self.timer.stop()


def _wait(window, timeout_s: float = 1800) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QThread

    deadline = time.perf_counter() + timeout_s
    session = window.session
    while time.perf_counter() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        busy = session.runner is not None and session.runner.busy
        if not busy and not session.loading and not window.view.layout_pending():
            return
        QThread.msleep(1)
    raise SystemExit("timed out waiting for the worker")


def _align_in_thread(docs):
    return lambda p, progress, cancel: p.align(docs, progress=progress, cancel=cancel, force=True)


def _align_as_gui(docs):
    from workbench.ui.jobs import align_process

    return lambda p, progress, cancel: align_process.align(p, docs, progress, cancel)


def _idle(seconds: float) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QThread

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        QThread.msleep(5)


def measure_project(path: Path, align: int) -> dict:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QThread

    from workbench.ui.app import application, create_window, preload

    application()
    preload()
    window = create_window()
    window.persist = False
    window.resize(1440, 900)
    window.show()
    _idle(1.0)  # as a person would: the window is up before they pick a project
    out = {}
    with StallMeter() as meter:
        started = time.perf_counter()
        window.session.open(path)
        QCoreApplication.processEvents()
        out["open_table_s"] = time.perf_counter() - started
        out["documents"] = window.documents.model.rowCount()
        _wait(window)
        out["open_comparison_s"] = time.perf_counter() - started
    out["open_longest_stall_ms"] = meter.longest * 1000
    out["open_columns"] = window.model.columnCount()
    ids = [d.id for d in window.session.documents()]
    for name, docs, fn in (
        ("align_thread", ids[:align], _align_in_thread),  # the library called in the worker thread
        ("align", ids[align:2 * align] or ids[:align], _align_as_gui),  # what the GUI does (a process when big)
    ):
        finished: dict[str, object] = {}
        with StallMeter() as meter:
            started = time.perf_counter()
            window.session.runner.submit(fn(docs), "benchmark", on_done=lambda r, f=finished: f.setdefault("r", r))
            while "r" not in finished:
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
                QThread.msleep(1)
            out[f"{name}_s"] = time.perf_counter() - started
        out[f"{name}_docs"] = len(docs)
        out[f"{name}_longest_stall_ms"] = meter.longest * 1000
    with StallMeter() as meter:
        started = time.perf_counter()
        window.session.set_selection(docs)
        _wait(window)
        out["compare_shown_s"] = time.perf_counter() - started
    out["compare_rows"] = window.model.rowCount()
    out["compare_longest_stall_ms"] = meter.longest * 1000
    window.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="workbench-gui-bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="articles in the generated project")
    parser.add_argument("--align", type=int, default=100, help="articles aligned while measuring stalls")
    parser.add_argument("--keep", type=Path, default=None, help="folder to keep (and reuse) the generated project in")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="workbench-gui-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    env = _env(Path(tempfile.mkdtemp(prefix="workbench-gui-bench-settings-")))  # fresh settings every run
    os.environ.update({k: env[k] for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME")})
    if "QT_QPA_PLATFORM" in env:
        os.environ["QT_QPA_PLATFORM"] = env["QT_QPA_PLATFORM"]
    results = {"launch_to_usable_window_s": measure_launch(Path(env["XDG_CONFIG_HOME"]).parent)}
    project = make_project(folder, args.articles)
    results.update(measure_project(project, args.align))
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for key, value in results.items():
            print(f"{key:<28} {value:>10.3f}" if isinstance(value, float) else f"{key:<28} {value:>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

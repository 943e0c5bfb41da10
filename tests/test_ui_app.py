"""Starting the app: commands, screenshots, translations, the About box."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import click
from click.testing import CliRunner

from workbench.ui._testsupport import *  # noqa: F403 (fixtures)

ROOT = Path(__file__).resolve().parent.parent

# The commands of workbench/cli/desktop.py, on a group of their own.
SCRIPT = textwrap.dedent("""
    import sys, click
    from workbench.cli.desktop import demo_cmd, gui_cmd

    @click.group()
    def cli():
        pass

    cli.add_command(gui_cmd)
    cli.add_command(demo_cmd)
    cli(sys.argv[1:], prog_name="workbench")
""")


def _env(tmp_path: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("DISPLAY", None)
    return env


def _check_png(path: Path) -> None:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert image.width() >= 1200 and image.height() >= 800
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
    assert len(colours) > 20, "the screenshot looks blank"


def test_demo_screenshot(tmp_path):
    shot = tmp_path / "demo.png"
    done = subprocess.run([sys.executable, "-c", SCRIPT, "demo", "--screenshot", str(shot)], cwd=tmp_path,
                          env=_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    _check_png(shot)


def test_gui_screenshot_of_a_project(tmp_path, seeded_project):
    shot = tmp_path / "project.png"
    done = subprocess.run([sys.executable, "-c", SCRIPT, "gui", str(seeded_project), "--screenshot", str(shot)],
                          cwd=tmp_path, env=_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    _check_png(shot)


def test_commands_have_help():
    from workbench.cli.desktop import demo_cmd, gui_cmd

    @click.group()
    def cli():
        pass

    cli.add_command(gui_cmd)
    cli.add_command(demo_cmd)
    for name in ("gui", "demo"):
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and "--screenshot" in result.output


def test_german_translation(qapp):
    from PySide6.QtCore import QCoreApplication

    from workbench.ui import i18n

    try:
        assert i18n.install(qapp, "de") == "de"
        assert QCoreApplication.translate("Actions", "&File") == "&Datei"
        assert QCoreApplication.translate("ComparisonPage", "Tick at least two articles in the Documents panel "
                                          "to compare them.") != "Tick at least two articles in the Documents panel " \
                                                                  "to compare them."
    finally:
        i18n.install(qapp, "en")
    assert QCoreApplication.translate("Actions", "&File") == "&File"


def test_about_names_the_versions():
    from workbench.ui.dialogs.about import about_text, versions

    names = versions()
    assert set(names) == {"Workbench", "Qt", "PySide6", "spaCy"}
    assert all(v for v in names.values())
    assert names["spaCy"] in about_text()


def test_every_ui_string_has_a_german_translation(tmp_path):
    """The shipped .ts covers every string of workbench/ui (re-run pyside6-lupdate after changes)."""
    import xml.etree.ElementTree as ET

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    shipped = ROOT / "resources" / "translations" / "workbench_de.ts"

    def sources(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}

    unfinished = [m.findtext("source") for m in ET.parse(shipped).getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert not unfinished
    assert (ROOT / "resources" / "translations" / "workbench_de.qm").stat().st_mtime >= shipped.stat().st_mtime - 1
    if not lupdate.exists():
        return
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *map(str, sorted((ROOT / "workbench" / "ui").rglob("*.py"))), "-ts", str(fresh)],
                   check=True, capture_output=True)
    missing = sources(fresh) - sources(shipped)
    assert not missing, f"not in workbench_de.ts: {sorted(missing)[:5]}"

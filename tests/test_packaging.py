"""Fast checks of the packaging files (packaging/). The build itself is slow
and runs by hand: packaging/build.sh (PyInstaller) and packaging/check_wheel.sh."""

from __future__ import annotations

import ast
import configparser
import re
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.programs import require_program

from workbench import __version__
from workbench.store.schema import APPLICATION_ID

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "org.workbench_media.Workbench"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / "workbench-project.xml"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SCRIPTS = ("build.sh", "check_wheel.sh", "smoke_test.sh", "linux/install.sh", "linux/uninstall.sh",
           "linux/make_icons.sh")


def test_packaging_files_exist():
    for name in (*SCRIPTS, "workbench.spec", "workbench_entry.py", "hooks/hook-spacy.py", "hooks/hook-thinc.py",
                 "linux/icons/workbench.svg", "linux/icons/workbench-16.svg", "windows/README.md",
                 "windows/workbench-windows.spec", "windows/workbench.ico", "macos/README.md", "macos/workbench.icns"):
        assert (PACKAGING / name).is_file(), name
    for name in (DESKTOP, METAINFO, MIME):
        assert name.is_file(), name


@pytest.mark.parametrize("script", SCRIPTS)
def test_shell_scripts_parse(script):
    assert subprocess.run(["bash", "-n", str(PACKAGING / script)], capture_output=True).returncode == 0


def test_icon_set_has_every_size():
    hicolor = LINUX / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in ICON_SIZES:
        for kind, name in (("apps", APP_ID), ("mimetypes", "application-x-workbench-project")):
            png = (hicolor / f"{size}x{size}" / kind / f"{name}.png").read_bytes()
            assert png[:8] == b"\x89PNG\r\n\x1a\n"
            assert struct.unpack(">II", png[16:24]) == (size, size)
    ET.parse(LINUX / "icons" / "workbench.svg")  # well-formed


def _desktop() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser


def test_desktop_entry():
    entry = _desktop()["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == entry["TryExec"] == "workbench"  # install.sh puts in the full path
    assert "%F" in entry["Exec"].split()
    assert set(entry["MimeType"].rstrip(";").split(";")) == {"application/x-workbench-project", "text/plain",
                                                               "text/html"}
    assert entry["Terminal"] == "false"


def test_desktop_entry_validates():
    exe = require_program("desktop-file-validate", install="apt-get install desktop-file-utils")
    result = subprocess.run([exe, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


def test_metainfo():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.findtext("name") == "Workbench" and root.findtext("summary")
    assert root.find("description/p") is not None
    assert root.find("content_rating").get("type").startswith("oars")
    assert root.find("screenshots/screenshot/image").text.endswith("docs/screenshot.png")
    assert (ROOT / "docs" / "screenshot.png").is_file()
    releases = [r.get("version") for r in root.findall("releases/release")]
    assert releases and releases[0] == __version__, "add the release to the metainfo (and CHANGELOG.md)"
    assert root.find("provides/mediatype").text == "application/x-workbench-project"


def test_metainfo_validates():
    exe = require_program("appstreamcli", install="apt-get install appstream")
    result = subprocess.run([exe, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_mime_type_matches_project_files():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(MIME).getroot().find("m:mime-type", ns)
    assert mime.get("type") == "application/x-workbench-project"
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.wbproj"]
    header = mime.find("m:magic/m:match", ns)
    assert header.get("offset") == "0" and header.get("value").startswith("SQLite format 3")
    app_id = header.find("m:match", ns)
    assert app_id.get("type") == "big32" and app_id.get("offset") == "68"  # SQLite stores application_id there
    assert int(app_id.get("value"), 16) == APPLICATION_ID


def test_spec_bundles_data_and_excludes_heavy_packages():
    text = (PACKAGING / "workbench.spec").read_text(encoding="utf-8")
    compile(text, "workbench.spec", "exec")  # valid Python
    for needed in ('"resources"', '"workbench/_resources"', '"seeds"', '"workbench/_seeds"', "morphmodel_ger.pgz",
                   "spacy_lookups_data", "copy_metadata", '"spacy-lookups-data"', "spacy.lang.", "trafilatura",
                   "justext", "py3langid", "cymem", "preshed", "murmurhash", "blis", "srsly", "thinc",
                   "catalogue", "hookspath", "workbench_entry.py"):
        assert needed in text, needed
    for excluded in ("torch", "sentence_transformers", "tensorflow", "matplotlib", "IPython", "tkinter", "pandas"):
        assert f'"{excluded}"' in text, excluded


def _calls(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [ast.unparse(node.func) for node in ast.walk(tree) if isinstance(node, ast.Call)]


def test_freeze_support_is_called_first():
    assert "multiprocessing.freeze_support" in _calls(ROOT / "workbench" / "__main__.py")
    entry = (PACKAGING / "workbench_entry.py").read_text(encoding="utf-8")
    assert "multiprocessing.freeze_support" in _calls(PACKAGING / "workbench_entry.py")
    main = entry[entry.index("def main"):]
    assert main.index("freeze_support()") < main.index("import")  # before anything of ours is imported


def test_version_comes_from_one_place():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["tool"]["hatch"]["version"]["path"] == "workbench/__init__.py"
    assert "version" in project["project"]["dynamic"]
    assert re.fullmatch(r"\d+\.\d+\.\d+([.-]?\w+)?", __version__)
    about = (ROOT / "workbench" / "ui" / "dialogs" / "about.py").read_text(encoding="utf-8")
    assert "from workbench import __version__" in about
    assert "## " in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_open_with_recognises_projects_by_name_or_content(tmp_path):
    import importlib.util
    import sqlite3

    spec = importlib.util.spec_from_file_location("workbench_entry", PACKAGING / "workbench_entry.py")
    entry = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(entry)
    project, plain, text = tmp_path / "renamed.db", tmp_path / "plain.db", tmp_path / "article.txt"
    for path, app_id in ((project, APPLICATION_ID), (plain, 0)):
        with sqlite3.connect(path) as conn:
            conn.execute(f"PRAGMA application_id = {app_id}")
            conn.execute("CREATE TABLE t (x)")
        conn.close()
    text.write_text("Ein Artikel.", encoding="utf-8")
    assert entry.is_project(str(project)) and entry.is_project(str(tmp_path / "new.wbproj"))
    assert not entry.is_project(str(plain)) and not entry.is_project(str(text))

"""The exported HTML in a real browser (headless Chromium): the comparison, highlights and notes are there,
and nothing from an article ran.

Chromium is required: without it this test fails with a message saying so (CI installs it).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import lxml.html
import pytest

from tests.programs import require_program
from workbench.project import Project
from tests.test_export_html import IMG, SCRIPT, make_evil_project, seeds_project, select  # noqa: F401 (fixture)

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium() -> str:
    return require_program("chromium", "chromium-browser", "google-chrome", env="CHROMIUM",
                           install="apt-get install chromium, or set CHROMIUM=/path/to/chrome")


def dump_dom(page: Path, profile: Path) -> str:
    result = subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=3000",
                             "--dump-dom", page.resolve().as_uri()], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "<html" in result.stdout, result.stderr[-2000:]
    return result.stdout


@pytest.mark.parametrize("worksheet", [False, True])
def test_exported_html_in_chromium(tmp_path, worksheet):
    project = make_evil_project(tmp_path / "project")
    page = tmp_path / ("worksheet.html" if worksheet else "report.html")
    with Project.open(project) as p:
        p.export(str(page), worksheet=worksheet)
    dom = lxml.html.fromstring(dump_dom(page, tmp_path / "profile"))
    title = select(dom, "head title")[0].text_content()
    assert title != "pwned" and "pwned" not in (dom.find("head/title").text or "")[:6]
    body = select(dom, "body")[0]
    assert body.get("data-pwned") is None  # the onerror handler never ran
    assert not select(dom, "body script, body img")  # article markup stayed text
    assert len(select(dom, "table.cmp tbody tr.group")) >= 1 and select(dom, "table.cmp mark.cue")
    assert select(dom, "table.cmp sup.marker a") and select(dom, "ol.notes li")
    shown = body.text_content()
    assert SCRIPT in shown and IMG in shown  # visible as text
    if worksheet:
        assert select(dom, "input#show-cues") and not select(dom, "details.answers")
        teacher = lxml.html.fromstring(dump_dom(page.with_name("worksheet-lehrkraft.html"), tmp_path / "profile2"))
        assert select(teacher, "details.answers[open]") and not select(teacher, "body script, body img")


def _pages(pdf: Path) -> int:
    import re

    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def test_the_seeds_worksheet_prints_on_at_most_eight_pages(seeds_project, tmp_path):  # noqa: F811 (fixture)
    """It printed on 28 landscape pages: every row, the full texts, a page holding only the closed key."""
    page = tmp_path / "worksheet.html"
    with Project.open(seeds_project) as p:
        p.export(str(page), worksheet=True)
    html = page.read_text(encoding="utf-8")
    assert "000_226ea72a31c2d166.txt" not in html  # no file names for students
    pdf = tmp_path / "worksheet.pdf"
    result = subprocess.run([chromium(), *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--no-pdf-header-footer",
                             f"--print-to-pdf={pdf}", page.resolve().as_uri()], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0 and pdf.is_file(), result.stderr[-2000:]
    assert _pages(pdf) <= 8

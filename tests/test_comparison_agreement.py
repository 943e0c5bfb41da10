"""Issue 14: one comparison, shown everywhere. For several choices of outlets, the app's comparison, the
HTML report, the JSON and the CSV agree on the groups, the passages only one outlet reports, the related
markers (passages in no row of their own that resemble other outlets' rows) and the highlighted cues."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from workbench.align import DiffOptions
from workbench.project import Project

CHOICES = [["d1", "d2", "d3", "d4", "d5"], ["d1", "d3"], ["d2", "d4", "d5"], ["d5", "d1"]]


@pytest.fixture(scope="module")
def seeds_project(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("agree")
    path = folder / "seeds.wbproj"
    with Project.open(path, create=True) as p:
        p.import_sources([str(SEEDS)])
        p.align()
        p.detect_cues()
    return path


def _outside(spans: set, members) -> set:
    """The related passages that lie in no group member (those have a row of their own)."""
    return {(d, s, e) for d, s, e in spans
            if not any(md == d and int(ms) <= int(s) and int(e) <= int(me) for md, ms, me in members)}


def _app(project: Project, chosen: list[str]) -> dict:
    from workbench.ui.jobs.operations import build_comparison

    comparison = build_comparison(project, chosen, DiffOptions(), lambda *a: None, lambda: False)
    kinds = [r.kind for r in comparison.rows]
    shown = {(c.span.doc, c.span.start, c.span.end, c.category) for c in comparison.cues
             if c.shown and c.span.doc in chosen}
    return {"groups": kinds.count("group"), "unique": kinds.count("unique"), "related": kinds.count("related"),
            "cues": len(shown)}


def _html(project: Project, chosen: list[str], out: Path) -> dict:
    project.export(str(out), "html", outlets=chosen, full_texts=True)
    page = out.read_text(encoding="utf-8")
    rows = re.findall(r'<tr class="(group|unique|related)" id=', page)
    cue_list = page[page.index('id="cues"'):] if 'id="cues"' in page else ""
    listed = re.findall(r'<li(?: id="cue-\d+" value="\d+")?><q>', cue_list[:cue_list.find("</section>")])
    return {"groups": rows.count("group"), "unique": rows.count("unique"), "related": rows.count("related"),
            "cues": len(listed)}


def _json(project: Project, chosen: list[str], out: Path) -> dict:
    project.export(str(out), "json", outlets=chosen)
    data = json.loads(out.read_text(encoding="utf-8"))
    members = [(m["doc"], m["start"], m["end"]) for g in data["groups"] for m in g["members"]]
    related = _outside({(r["doc"], r["start"], r["end"]) for r in data.get("related", [])}, members)
    return {"groups": len(data["groups"]), "unique": len(data["unique"]), "related": len(related),
            "cues": len(data["cues"])}


def _csv(project: Project, chosen: list[str], out: Path) -> dict:
    project.export(str(out), "csv", outlets=chosen)

    def rows(name: str) -> list[dict]:
        with (out / name).open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    groups = {r.get("group") or r.get("group_id") or r.get("id") for r in rows("groups.csv")}
    members = {(r["doc"], r["start"], r["end"]) for r in rows("groups.csv")}
    related = _outside({(r["doc"], r["start"], r["end"]) for r in rows("related.csv")}, members)
    return {"groups": len(groups), "unique": len(rows("unique.csv")), "related": len(related),
            "cues": len(rows("cues.csv"))}


@pytest.mark.parametrize("chosen", CHOICES, ids=["all", "d1-d3", "d2-d4-d5", "d5-d1"])
def test_app_report_json_and_csv_show_one_comparison(seeds_project, tmp_path, chosen, qapp):
    with Project.open(seeds_project) as p:
        app = _app(p, chosen)
        html = _html(p, chosen, tmp_path / "r.html")
        data = _json(p, chosen, tmp_path / "c.json")
        table = _csv(p, chosen, tmp_path / "csv")
    shutil.rmtree(tmp_path / "csv", ignore_errors=True)
    assert app["groups"] > 0
    assert app == html == data == table, {"app": app, "html": html, "json": data, "csv": table}

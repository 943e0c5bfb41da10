"""Alignment through the Project facade and the CLI: stored, reused, corrected, compared."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.project import Project
from tests.conftest import SEED_FILES, SEEDS


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    path = tmp_path_factory.mktemp("align") / "p.wbproj"
    with Project.open(path, create=True) as p:
        p.import_sources([str(SEEDS)], workers=1)
    return path


def test_align_stores_and_reuses(project):
    events = []
    with Project.open(project) as p:
        p.subscribe(events.append)
        first = p.align()
        assert [e.kind for e in events] == ["alignment-changed"]
        again = p.align()
        assert [e.kind for e in events] == ["alignment-changed"]  # nothing changed: nothing recomputed
        assert [g.to_json() for g in again.groups] == [g.to_json() for g in first.groups]
    with Project.open(project) as p:
        stored = p.alignment()
        assert [g.to_json() for g in stored.groups] == [g.to_json() for g in first.groups]
        assert [a.to_json() for a in stored.alignments] == [a.to_json() for a in first.alignments]
        assert stored.unique == first.unique
        assert stored.related == first.related and first.related  # related markers are stored too


def test_subset_and_import_trigger_realignment(project, tmp_path):
    with Project.open(project) as p:
        subset = p.align(["d1", "d3"])
        assert subset.docs == ["d1", "d3"]
        assert {m.doc for g in subset.groups for m in g.members} <= {"d1", "d3"}
        full = p.align()
        assert len(full.docs) == 5


def test_corrections_survive_realignment(project):
    with Project.open(project) as p:
        result = p.align()
        group = max(result.groups, key=lambda g: len(g.members))
        victim = group.members[-1]
        cid = p.correct("unlink", [victim], note="not the same fact")
        after = p.align()
        assert all(victim not in g.members for g in after.groups)
        assert p.align(force=True).groups == after.groups  # replayed on a fresh run
        p.remove_correction(cid)
        assert [g.to_json() for g in p.align().groups] == [g.to_json() for g in result.groups]


def test_comparison_json_contract(project):
    with Project.open(project) as p:
        data = p.comparison_json(p.align())
    assert data["schema"] == "workbench-comparison/1"
    assert {"documents", "segments", "groups", "alignments", "unique", "related", "cues", "annotations"} <= set(data)
    assert all(set(r) == {"doc", "start", "end", "groups", "score"} for r in data["related"])
    doc = data["documents"][0]
    assert doc["text"] == SEED_FILES[0].read_text(encoding="utf-8")
    assert {"id", "title", "outlet", "published", "url", "source", "language"} <= set(doc)
    assert all(set(s) == {"doc", "start", "end", "kind"} for s in data["segments"])
    a = data["alignments"][0]
    assert set(a) >= {"a", "b", "group", "score", "diff"} and a["group"].startswith("g")


def run(*args):
    return CliRunner().invoke(cli, list(args))


def test_cli_compare_html_and_json(tmp_path):
    html = tmp_path / "out.html"
    result = run("compare", str(SEEDS), "-o", str(html))
    assert result.exit_code == 0, result.output
    page = html.read_text(encoding="utf-8")
    assert "Kronen Zeitung" in page and 'class="changed"' in page and "Content-Security-Policy" in page
    assert 'class="related-mark"' in page and '<tr class="related"' in page  # leads related to groups, not omissions
    out = tmp_path / "out.json"
    assert run("compare", str(SEEDS), "-o", str(out)).exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["documents"]) == 5 and data["groups"]


def test_cli_compare_escapes_hostile_text(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Putin traf Kim <script>alert(1)</script> am Mittwoch in Wostotschny.\n", encoding="utf-8")
    b.write_text("Putin traf Kim am Mittwoch in Wostotschny <img src=x onerror=alert(2)></style>.\n", encoding="utf-8")
    out = tmp_path / "x.html"
    result = run("compare", str(a), str(b), "-o", str(out))
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "<script>" not in page and "<img" not in page and "&lt;script&gt;" in page
    assert page.count("</style>") == 1


def test_cli_compare_needs_two_articles(tmp_path):
    result = run("compare", str(SEED_FILES[0]), "-o", str(tmp_path / "x.html"))
    assert result.exit_code == 1 and "at least two articles" in result.output


def test_cli_align_and_corrections(tmp_path):
    path = str(tmp_path / "c.wbproj")
    assert run("import", path, str(SEEDS), "-q").exit_code == 0
    result = run("align", path)
    assert result.exit_code == 0 and re.search(r"\d+ groups of parallel passages", result.output)
    with Project.open(path) as p:
        groups = p.alignment().groups
    g1, g2 = groups[0], groups[1]
    m = g1.members[0]
    assert run("unlink", path, f"{m.doc}:{m.start}-{m.end}", "--note", "wrong").exit_code == 0
    assert run("merge", path, g1.id, g2.id).exit_code == 0
    listing = run("corrections", path)
    assert "#1 unlink" in listing.output and "(wrong)" in listing.output and "#2 link" in listing.output
    assert json.loads(run("corrections", path, "--json").output)[0]["kind"] == "unlink"
    assert run("corrections", path, "--remove", "1").exit_code == 0
    bad = run("link", path, "d1:5-2", "d2:0-10")
    assert bad.exit_code == 1 and "is not a passage" in bad.output
    beyond = run("split", path, "d1:0-999999")
    assert beyond.exit_code == 1 and "beyond the end" in beyond.output


def test_cli_diff_any_pair(tmp_path):
    path = str(tmp_path / "d.wbproj")
    assert run("import", path, str(SEEDS), "-q").exit_code == 0
    a = SEED_FILES[0].read_text(encoding="utf-8").index("Die Streitkräfte hätten")
    b = SEED_FILES[2].read_text(encoding="utf-8").index("Die Streitkräfte hätten")
    result = run("diff", path, f"d1:{a}-{a + 48}", f"d3:{b}-{b + 48}", "--json")
    assert result.exit_code == 0 and json.loads(result.output) == [[0, "Die Streitkräfte hätten ihre Wachsamkeit erhöht."]]
    plain = run("diff", path, "d1:0-60", "d2:0-60")
    assert plain.exit_code == 0 and ("[-" in plain.output or "{+" in plain.output)


def test_alignment_is_current_and_search_offsets(project):
    with Project.open(project) as p:
        p.align()
        assert p.alignment_is_current()
        assert not p.alignment_is_current(["d1", "d2"])
        hit = p.search("Kurzstreckenraketen")[0]
        text = p.document(hit["doc"]).text
        assert text[hit["start"] : hit["end"]].casefold() == "kurzstreckenraketen"


def test_cli_compare_writes_the_same_report_as_export(tmp_path):
    """Issue 14: the README's first command writes the report, not a simpler page."""
    import re as _re

    page = tmp_path / "compare.html"
    proj = tmp_path / "p.wbproj"
    assert run("compare", str(SEEDS), "-p", str(proj), "-o", str(page), "-q").exit_code == 0
    report = tmp_path / "export.html"
    assert run("export", str(proj), "--format", "html", "-o", str(report)).exit_code == 0
    ids = [set(_re.findall(r'<section[^>]* id="([^"]+)"', p.read_text(encoding="utf-8"))) for p in (page, report)]
    assert ids[0] == ids[1] and len(ids[0]) >= 4, ids
    assert page.read_text(encoding="utf-8").count('class="cue ') == report.read_text(encoding="utf-8").count('class="cue ')

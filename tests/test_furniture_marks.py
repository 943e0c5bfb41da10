"""Furniture / text marks: the v5 migration, Project.mark_furniture and furniture_marks, `workbench furniture`."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
import sqlite_utils
from click.testing import CliRunner

from workbench.cli import cli
from workbench.core.errors import WorkbenchError
from workbench.core.models import CORRECTION_KINDS, Span
from workbench.project import Project
from workbench.store import LATEST_VERSION, ProjectStore
from workbench.store import migrations, schema

TEXT_A = ("Die Regierung hat am Montag neue Regeln beschlossen.\n"
          "Der Minister sprach von einem Erfolg.\n"
          "Foto: Agentur\n")
TEXT_B = ("Am Montag beschloss die Regierung neue Regeln.\n"
          "Der Minister sprach von einem großen Erfolg.\n"
          "Teilen auf Facebook\n")


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def two_articles(tmp_path_factory):
    """A project with two short articles (imported once; copy it before changing it)."""
    folder = tmp_path_factory.mktemp("furniture")
    (folder / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (folder / "b.txt").write_text(TEXT_B, encoding="utf-8")
    path = folder / "two.wbproj"
    with Project.open(path, create=True) as p:
        report = p.import_sources([str(folder / "a.txt"), str(folder / "b.txt")], workers=1)
        assert [o.doc_id for o in report.outcomes] == ["d1", "d2"]
    return path


@pytest.fixture
def project_file(two_articles, tmp_path):
    target = tmp_path / "p.wbproj"
    shutil.copyfile(two_articles, target)
    return target


# -- the store ---------------------------------------------------------------------------------
def test_v4_project_with_link_corrections_migrates_to_v5(tmp_path):
    path = tmp_path / "v4.wbproj"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    migrations.migrate(conn, target=4)
    db = sqlite_utils.Database(conn)
    db.execute("INSERT INTO documents (title, source, sha256, imported, word_count, text) VALUES "
               "('Alt', 'alt.txt', ?, 'x', 3, 'Ein alter Text.')", ["0" * 64])
    spans = json.dumps([{"doc": "d1", "start": 0, "end": 3}, {"doc": "d1", "start": 4, "end": 9}])
    db.execute("INSERT INTO corrections (id, kind, spans, note, created) VALUES (3, 'link', ?, 'same', 'c3')", [spans])
    db.execute("INSERT INTO corrections (id, kind, spans, note, created) VALUES (7, 'split', ?, NULL, 'c7')", [spans])
    with pytest.raises(sqlite3.IntegrityError):  # v4 knows no furniture marks
        db.execute("INSERT INTO corrections (kind, spans, created) VALUES ('furniture', ?, 'x')", [spans])
    conn.close()
    with ProjectStore.open(path) as store:
        assert store.schema_version == LATEST_VERSION >= 5
        kept = store.corrections()
        assert [(c.id, c.kind, c.note, c.created) for c in kept] == [(3, "link", "same", "c3"), (7, "split", None, "c7")]
        assert [(s.doc, s.start, s.end) for s in kept[0].spans] == [("d1", 0, 3), ("d1", 4, 9)]
        assert store.add_correction("furniture", [Span("d1", 10, 15)]) == 8
        assert store.add_correction("text", [Span("d1", 0, 3)], "no") == 9
        assert store.furniture_marks() == [(8, Span("d1", 10, 15), True), (9, Span("d1", 0, 3), False)]
        with pytest.raises(sqlite3.IntegrityError):
            store.db.execute("INSERT INTO corrections (kind, spans, created) VALUES ('bogus', '[]', 'x')")
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "corrections" in tables and "corrections_v5" not in tables


def test_correction_kinds_include_the_marks():
    assert {"furniture", "text"} <= set(CORRECTION_KINDS)


# -- the facade ------------------------------------------------------------------------------------
def test_mark_furniture_stores_lists_and_emits(project_file):
    with Project.open(project_file) as p:
        events = []
        p.subscribe(events.append)
        credit = TEXT_A.index("Foto")
        first = p.mark_furniture(Span("d1", credit, len(TEXT_A) - 1), True, "photo credit")
        second = p.mark_furniture(Span("2", 0, 10), False)  # any reference the CLI takes
        assert second > first
        assert [(e.kind, e.docs) for e in events] == [("corrections-changed", ("d1",)),
                                                     ("corrections-changed", ("d2",))]
        assert p.furniture_marks() == [("d1", credit, len(TEXT_A) - 1, True), ("d2", 0, 10, False)]
        assert p.furniture_marks("d2") == [("d2", 0, 10, False)]
        assert [(c.id, c.kind, c.note) for c in p.corrections()] == [(first, "furniture", "photo credit"),
                                                                    (second, "text", None)]
        p.remove_correction(first)
        assert p.furniture_marks() == [("d2", 0, 10, False)]
        assert events[-1].kind == "corrections-changed" and events[-1].docs == ("d1",)
        assert p.document("d1").text == TEXT_A  # the text never changes


@pytest.mark.parametrize("span, message", [
    (Span("d1", 5, 5), "is not a passage"),
    (Span("d1", 10, 5000), "is not a passage"),
    (Span("d9", 0, 5), "no document"),
])
def test_mark_furniture_refuses_bad_spans(project_file, span, message):
    with Project.open(project_file) as p:
        with pytest.raises(WorkbenchError, match=message):
            p.mark_furniture(span, True)
        assert p.corrections() == [] and p.furniture_marks() == []


@pytest.mark.parametrize("kind", ["furniture", "text"])
def test_correct_refuses_the_marks(project_file, kind):
    with Project.open(project_file) as p:
        with pytest.raises(WorkbenchError, match="mark_furniture"):
            p.correct(kind, [Span("d1", 0, 10)])
        assert p.corrections() == []


def test_a_mark_makes_the_stored_alignment_stale(project_file):
    with Project.open(project_file) as p:
        p.align()
        assert p.alignment_is_current()
        correction = p.mark_furniture(Span("d2", TEXT_B.index("Teilen"), len(TEXT_B) - 1), True)
        assert not p.alignment_is_current()
        p.align()
        assert p.alignment_is_current()
        p.remove_correction(correction)
        assert not p.alignment_is_current()


def test_a_passage_marked_as_furniture_leaves_the_alignment_and_comes_back(prepared_seeds, tmp_path):
    path = tmp_path / "seeds.wbproj"
    shutil.copyfile(prepared_seeds, path)

    def covered(result, span: Span) -> bool:
        spans = [m for g in result.groups for m in g.members] + list(result.unique)
        return any(x.doc == span.doc and x.start < span.end and span.start < x.end for x in spans)

    with Project.open(path) as p:
        member = p.align().groups[0].members[0]
        correction = p.mark_furniture(member, True)
        assert all(s.kind == "boilerplate" for s in p.segments(member.doc) if member.start <= s.start < member.end)
        assert not covered(p.align(), member), "page furniture is left out of the comparison"
        p.remove_correction(correction)
        assert member in [m for g in p.align().groups for m in g.members]


# -- the command line --------------------------------------------------------------------------------
def test_cli_furniture_round_trip(project_file):
    path = str(project_file)
    credit = TEXT_A.index("Foto")
    marked = run("furniture", path, f"d1:{credit}-{len(TEXT_A) - 1}", "--furniture", "--note", "credit")
    assert marked.exit_code == 0, marked.output
    assert marked.output.strip() == f"marked d1:{credit}-{len(TEXT_A) - 1} as furniture (correction #1)"
    both = run("furniture", path, "d2:0-10", "d2:11-20", "--text")
    assert both.exit_code == 0
    assert "marked d2:0-10 as article text (correction #2)" in both.output
    assert "marked d2:11-20 as article text (correction #3)" in both.output
    assert run("furniture", path, "d2:0-5", "--text", "-q").output == ""
    listing = run("furniture", path, "--list")
    assert listing.exit_code == 0
    assert f"#1 furniture d1:{credit}-{len(TEXT_A) - 1}  (credit)" in listing.output
    assert "#2 text      d2:0-10" in listing.output
    rows = json.loads(run("furniture", path, "--list", "--json").output)
    assert rows[0] == {"id": 1, "doc": "d1", "start": credit, "end": len(TEXT_A) - 1, "furniture": True,
                       "note": "credit"}
    assert [r["furniture"] for r in rows] == [True, False, False, False]
    corrections = run("corrections", path)
    assert "#1 furniture" in corrections.output and "#2 text" in corrections.output
    assert run("corrections", path, "--remove", "1").exit_code == 0
    assert [r["id"] for r in json.loads(run("furniture", path, "--list", "--json").output)] == [2, 3, 4]


def test_cli_furniture_after_an_alignment_realigns(project_file):
    path = str(project_file)
    assert run("align", path).exit_code == 0
    result = run("furniture", path, "d1:0-10", "--furniture")
    assert result.exit_code == 0 and "re-aligned:" in result.output
    with Project.open(project_file) as p:
        assert p.alignment_is_current()


@pytest.mark.parametrize("args, message", [
    (("d1:0-10",), "exactly one"),
    (("d1:0-10", "--furniture", "--text"), "exactly one"),
    (("--furniture",), "give the passages"),
    (("--list", "d1:0-10"), "--list takes no passages"),
    (("--list", "--text"), "--list takes no passages"),
    (("d1:0-10", "--text", "--json"), "--json goes with --list"),
])
def test_cli_furniture_usage_errors(project_file, args, message):
    result = run("furniture", str(project_file), *args)
    assert result.exit_code == 2 and message in result.output
    with Project.open(project_file) as p:
        assert p.corrections() == []


@pytest.mark.parametrize("passage, message", [
    ("d1:5-2", "is not a passage"),
    ("d1:0-99999", "beyond the end"),
    ("d7:0-5", "no document"),
])
def test_cli_furniture_bad_passages_store_nothing(project_file, passage, message):
    result = run("furniture", str(project_file), "d2:0-5", passage, "--furniture")
    assert result.exit_code == 1 and message in result.output
    with Project.open(project_file) as p:
        assert p.corrections() == []


def test_cli_furniture_list_when_empty(project_file):
    result = run("furniture", str(project_file), "--list")
    assert result.exit_code == 0 and "no furniture or text marks" in result.output
    assert json.loads(run("furniture", str(project_file), "--list", "--json").output) == []

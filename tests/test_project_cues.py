"""Framing cues through the Project facade and the CLI: stored, reused, overridable, actors."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.project import Project
from workbench.store import ProjectStore
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    path = tmp_path_factory.mktemp("cues") / "p.wbproj"
    with Project.open(path, create=True) as p:
        p.import_sources([str(SEEDS)], workers=1)
        p.align()
    return path


def run(*args):
    return CliRunner().invoke(cli, list(args))


def test_cues_are_stored_with_their_lexicon_version_and_reused(project):
    events = []
    with Project.open(project) as p:
        p.subscribe(events.append)
        first = p.detect_cues()
        again = p.detect_cues()
        assert [c.to_json() for c in again] == [c.to_json() for c in first]
        assert [e.kind for e in events] == ["cues-changed"]
    with ProjectStore.open(project) as store:  # what the project file holds
        stored = store.load_cues()
        assert stored and stored[2]  # lexicon version kept with the cues
    shown = [c for c in first if c.shown]
    assert shown and len(shown) < len(first)  # neutral variants kept, not highlighted
    categories = {c.category for c in shown}
    assert {"actor_label", "hedge", "quote_variant", "factual_variant"} <= categories
    for c in shown[:20]:
        assert c.label and c.explanation.endswith(".")


def test_cues_in_comparison_json_and_category_filter(project):
    with Project.open(project) as p:
        hedges = p.cues(["hedge"])
        assert hedges and {c.category for c in hedges} == {"hedge"}
        data = p.comparison_json(p.alignment(), [c.to_json() for c in p.cues()])
    cue = data["cues"][0]
    assert {"doc", "start", "end", "text", "category", "label", "explanation", "counterparts"} <= set(cue)
    doc_text = {d["id"]: d["text"] for d in data["documents"]}
    assert doc_text[cue["doc"]][cue["start"] : cue["end"]] == cue["text"]


def test_lexicon_override_changes_cues(project, tmp_path):
    tsv = tmp_path / "mine.tsv"
    tsv.write_text("match\tfamily\tclass\tgloss\tpos\tweight\n"
                   "diktator\tactor_label\tloaded_negative\tSwitched off for this project.\tNN\t0\n", encoding="utf-8")
    with Project.open(project) as p:
        before = [c for c in p.cues(include_hidden=True) if c.text == "Diktator"]
        assert before
        assert p.import_lexicon(str(tsv)) == 1
        after = [c for c in p.detect_cues() if c.text == "Diktator"]
        assert not after
        p.remove_lexicon_override("diktator", "actor_label")
        assert [c for c in p.detect_cues() if c.text == "Diktator"]


def test_bad_lexicon_file_is_refused_with_its_line(project, tmp_path):
    tsv = tmp_path / "bad.tsv"
    tsv.write_text("match\tfamily\tclass\tgloss\tpos\tweight\nfoo\tnot_a_family\tx\ty\t\t1\n", encoding="utf-8")
    result = run("lexicon", str(project), "--import", str(tsv))
    assert result.exit_code == 1 and "line 2" in result.output and "unknown family" in result.output


def test_label_table_and_entities(project):
    with Project.open(project) as p:
        table = p.label_table()
        names = [e["entity"] for e in table["entities"]]
        kim = next(e for e in table["entities"] if e["entity"].startswith("Kim"))
        assert "Diktator" in kim["labels"]["d1"]
        assert any("Machthaber" in labels for labels in kim["labels"].values())
        p.add_entity("Kim Jong Un", ["Kim", "Kim Jong-un"])
        p.merge_entities("Kim Jong Un", "Machthaber Nordkoreas")
        assert set(p.entities()["Kim Jong Un"]) == {"Kim", "Kim Jong-un", "Machthaber Nordkoreas"}
        p.remove_entity("Kim Jong Un")
        assert "Japan" in names
        p.merge_entities("Russland", "Japan")  # a user merge changes whom the labels are counted for
        p.detect_cues()
        assert "Japan" not in [e["entity"] for e in p.label_table()["entities"]]
        p.remove_entity("Russland")
        p.detect_cues()
        assert "Japan" in [e["entity"] for e in p.label_table()["entities"]]
    assert "Wladimir Putin" in names or any("Putin" in n for n in names)


def test_cli_cues_labels_entities(project):
    result = run("cues", str(project), "--category", "quote_variant")
    assert result.exit_code == 0 and "quote_variant" in result.output and "elsewhere:" in result.output
    data = json.loads(run("cues", str(project), "--json").output)
    assert data and all(c["shown"] for c in data)
    assert len(json.loads(run("cues", str(project), "--all", "--json").output)) > len(data)
    labels = run("labels", str(project))
    assert labels.exit_code == 0 and "Diktator" in labels.output
    assert run("entities", str(project), "--add", "Kim Jong Un", "--alias", "Kim").exit_code == 0
    assert "Kim Jong Un: Kim" in run("entities", str(project)).output
    assert run("lexicon", str(project)).exit_code == 0


def test_compare_includes_cues(tmp_path):
    out = tmp_path / "c.json"
    assert run("compare", str(SEEDS), "-o", str(out), "-q").exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["cues"] and all(c["shown"] for c in data["cues"])
    html = tmp_path / "c.html"
    assert run("compare", str(SEEDS), "-o", str(html), "-q").exit_code == 0
    page = html.read_text(encoding="utf-8")
    assert 'class="cue cue-actor_label' in page and 'id="cues"' in page  # the report's list of cues
    none = tmp_path / "n.json"
    assert run("compare", str(SEEDS), "-o", str(none), "--no-cues", "-q").exit_code == 0
    assert json.loads(none.read_text(encoding="utf-8"))["cues"] == []

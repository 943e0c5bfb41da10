"""The project's own scorer: the reference figures, an oracle scores 1.0, the corpus gold is consistent."""

from __future__ import annotations

import itertools
import os
import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import cli
from workbench.evaluate import load_gold, score
from workbench.evaluate.anchors import find
from workbench.evaluate.corpus import events
from workbench.evaluate.gold import load_event

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"


def oracle(gold) -> dict:
    """A comparison JSON built from the gold itself: every figure must be perfect."""
    texts = gold.texts()
    documents = [{"id": k, "source": gold.docs[k], "text": t} for k, t in texts.items()]
    segments = []
    for key, items in gold.segments["segments"].items():
        pos = 0
        for kind, text in items:
            s, e = find(texts[key], text, pos)
            pos = e
            segments.append({"doc": key, "start": s, "end": e, "kind": "boilerplate" if kind == "furniture" else kind})
    groups, unique = [], []
    for c in gold.alignment["clusters"]:
        members = []
        for key, quote in c["core"]:
            s, e = find(texts[key], quote)
            members.append({"doc": key, "start": s, "end": e})
        if len({m["doc"] for m in members}) > 1:
            groups.append({"id": c["id"], "members": members})
        else:
            unique.extend(members)  # a fact one outlet alone reports
    cues = []
    for key, quote, cat in gold.cues["cues"]:
        s, e = find(texts[key], quote)
        cues.append({"doc": key, "start": s, "end": e, "category": cat})
    return {"documents": documents, "segments": segments, "groups": groups, "alignments": [], "unique": unique, "cues": cues}


def test_every_event_has_complete_consistent_gold():
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "check_corpus.py")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    assert len(events(CORPUS)) >= 3


def test_an_oracle_scores_perfectly_on_every_event():
    for folder in events(CORPUS):
        gold = load_event(folder)
        res = score(oracle(gold), gold)
        assert "anchors_not_found" not in res, folder.name
        assert res["boundary_f1"] == 1.0 and res["furniture_precision"] == res["furniture_recall"] == 1.0, folder.name
        assert res["cue_recall_typed"] == 1.0 and res["recall"] == 1.0, folder.name
        assert res["omission_precision"] == 1.0 and res["cues_on_furniture"] == 0, folder.name
        assert res["omission_recall"] in (1.0, None), folder.name


def test_wrong_furniture_and_false_omissions_are_counted():
    folder = events(CORPUS)[0]
    gold = load_event(folder)
    export = oracle(gold)
    first_sentence = next(s for s in export["segments"] if s["kind"] == "sentence")
    first_sentence["kind"] = "boilerplate"
    shared = next(c for c in gold.alignment["clusters"] if len({k for k, _ in c["core"]}) > 1)
    key, quote = shared["core"][0]
    s, e = find(gold.texts()[key], quote)
    export["unique"] = [{"doc": key, "start": s, "end": e}]
    res = score(export, gold)
    assert res["furniture_precision"] < 1.0 and res["furniture_wrong"]
    assert res["omission_precision"] == 0.0 and res["omissions_wrong"]


def test_omission_recall_counts_single_outlet_facts_still_listed_as_unique():
    """The gold's facts that one outlet alone reports: listed as unique, or hidden (in a group, or related)."""
    folder = next(f for f in events(CORPUS) if any(len({k for k, _ in c["core"]}) == 1
                                                    for c in load_event(f).alignment["clusters"]))
    gold = load_event(folder)
    export = oracle(gold)
    res = score(export, gold)
    assert res["omission_recall"] == 1.0 and res["single_outlet_facts"] == len(export["unique"]) > 0
    export["unique"] = export["unique"][1:]
    res = score(export, gold)
    assert res["omission_recall"] < 1.0 and res["omission_precision"] == 1.0


def test_links_are_scored_like_the_reference_scorer():
    """Two hand-checked links on the seeds: one right, one wrong (the reference's rules)."""
    gold = load_gold(ROOT / "seeds", align=ROOT / "tests/data/gold/alignment.json")
    texts = gold.texts()
    c1 = gold.alignment["clusters"][0]["core"]
    (ka, qa), (kb, qb) = next((x, y) for x, y in itertools.combinations(c1, 2) if x[0] != y[0])
    other_key, other_quote = next(m for c in gold.alignment["clusters"][5:] for m in c["core"] if m[0] == kb)
    docs = [{"id": k, "source": v, "text": texts[k]} for k, v in gold.docs.items()]

    def ep(k, q):
        s, e = find(texts[k], q)
        return {"doc": k, "start": s, "end": e}

    export = {"documents": docs, "alignments": [{"a": ep(ka, qa), "b": ep(kb, qb)}, {"a": ep(ka, qa), "b": ep(other_key, other_quote)}]}
    res = score(export, gold)
    assert res["links"] == 2 and res["precision"] == 0.5 and res["recall"] > 0


def test_evaluate_command_on_a_comparison_json(tmp_path):
    gold = load_event(events(CORPUS)[0])
    path = tmp_path / "oracle.json"
    path.write_text(json.dumps(oracle(gold)), encoding="utf-8")
    folder = events(CORPUS)[0]
    result = CliRunner().invoke(cli, ["evaluate", str(path), str(folder), "--segments", str(folder / "gold/segments.json"),
                                      "--align", str(folder / "gold/alignment.json"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["boundary_f1"] == 1.0
    bad = CliRunner().invoke(cli, ["evaluate", str(path)])
    assert bad.exit_code != 0 and "TEXTS_DIR" in bad.output


def test_align_errors_script_sorts_every_link_and_gold_pair():
    """benchmarks/align_errors.py: the kinds of wrong links and missed pairs add up to the whole."""
    name = events(CORPUS)[0].name
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "align_errors.py"), name, "--examples", "1"],
                            capture_output=True, text=True, env={**os.environ, "WORKBENCH_CACHE_DIR": "off"})
    assert result.returncode == 0, result.stderr
    row = next(line for line in result.stdout.splitlines() if line.startswith(f"| {name} |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert abs(sum(map(float, cells[2:6])) - 1.0) < 0.02 and abs(sum(map(float, cells[7:11])) - 1.0) < 0.02
    assert "| group size |" in result.stdout

"""The cue detectors on the five seed articles (gold: tests/data/gold/cues.json) and an English smoke test."""

from __future__ import annotations

import json
import time

import pytest

from tests.test_cues_scoring import score, seed_inputs
from workbench.align import AlignInput, align
from workbench.core.models import CUE_CATEGORIES
from workbench.cues import actor_label_table, detect_cues
from workbench.nlp import analyse

# Regression floors: what the detectors reach on the seeds (shown cues only), minus a small margin.
# 0.83 since issue 12: the gold flags the majority's "Angara" and "Wostotschny" too; now only the outliers are.
TYPED_RECALL_FLOOR = 0.83
PRECISION_FLOOR = 0.90
FAMILY_FLOORS = {"quote_variant": 33, "actor_label": 31, "event_label": 16, "reporting_verb": 6, "evaluative": 6,
                 "hedge": 23, "attribution": 29, "factual_variant": 4}


@pytest.fixture(scope="module")
def seeds():
    docs, alignment = seed_inputs()
    return docs, alignment, detect_cues(docs, alignment)


def _by(cues, doc, category, text=None):
    return [c for c in cues if c.span.doc == doc and c.category == category and (text is None or text in c.text)]


def test_gold_regression_floor(seeds):
    docs, _, cues = seeds
    res = score(docs, cues)
    assert res["cue_recall_typed"] >= TYPED_RECALL_FLOOR, res
    assert res["cue_precision_lb"] >= PRECISION_FLOOR, res
    found = {k: int(v.split("/")[0]) for k, v in res["per_category"].items()}
    assert all(found[k] >= n for k, n in FAMILY_FLOORS.items()), res["per_category"]


def test_density_at_most_one_shown_cue_per_ten_words(seeds):
    docs, _, cues = seeds
    for d in docs:
        shown = sum(1 for c in cues if c.shown and c.span.doc == d.doc)
        assert shown <= len(d.text.split()) / 10, d.doc


def test_deterministic_and_sorted(seeds):
    docs, alignment, cues = seeds
    again = detect_cues(docs, alignment)
    assert [c.to_json() for c in again] == [c.to_json() for c in cues]
    order = {d.doc: n for n, d in enumerate(docs)}
    keys = [(order[c.span.doc], c.span.start) for c in cues]
    assert keys == sorted(keys)


def test_cue_fields_are_consistent(seeds):
    docs, _, cues = seeds
    texts = {d.doc: d.text for d in docs}
    for c in cues:
        assert c.category in CUE_CATEGORIES
        assert texts[c.span.doc][c.span.start:c.span.end] == c.text
        assert c.label and c.explanation.endswith(".")
        assert c.speaker in ("outlet", "quoted") and 0.0 < c.weight <= 1.0
        for span, text in c.counterparts:
            assert texts[span.doc][span.start:span.end] == text
            assert span.doc != c.span.doc or c.category == "factual_variant"  # a text may contradict itself
    json.dumps([c.to_json() for c in cues], ensure_ascii=False)


def test_quote_variant_holy_war_and_holy_fight(seeds):
    _, _, cues = seeds
    krieg = [c for c in _by(cues, "d2", "quote_variant") if "Krieg" in c.text]
    assert krieg, "B's „heiligen Krieg“ is a variant"
    assert any("Kampf" in text for c in krieg for _, text in c.counterparts)
    kampf = [c for c in _by(cues, "d1", "quote_variant") + _by(cues, "d3", "quote_variant") if "Kampf" in c.text]
    assert kampf and all(c.shown for c in kampf)
    assert any(span.doc == "d2" and "Krieg" in text for c in kampf for span, text in c.counterparts)


def test_factual_variant_rocket_type_and_spaceport(seeds):
    _, _, cues = seeds
    sojus = _by(cues, "d4", "factual_variant", "Sojus-2")
    assert sojus and {s.doc for s, _ in sojus[0].counterparts} >= {"d1", "d5"}
    # issue 12: what most outlets say is not flagged; the outlier is, once, with their wording as counterparts
    for doc in ("d1", "d2", "d5"):
        assert not _by(cues, doc, "factual_variant", "Angara"), doc
    assert any("Angara" in t for _, t in sojus[0].counterparts)
    baikonur = _by(cues, "d5", "factual_variant", "Baikonur")
    assert baikonur and any("Wostotschny" in t for _, t in baikonur[0].counterparts)
    assert not _by(cues, "d1", "factual_variant", "Wostotschny")
    assert _by(cues, "d1", "factual_variant", "Mittwochmorgen") and _by(cues, "d3", "factual_variant", "Mittwochvormittag")


def test_actor_labels_name_their_entity(seeds):
    _, _, cues = seeds
    diktator = _by(cues, "d1", "actor_label", "Diktator")[0]
    assert diktator.entity == "Kim Jong Un" and diktator.shown and diktator.cls == "loaded_negative"
    assert _by(cues, "d1", "actor_label", "Kremlchef")[0].entity == "Wladimir Putin"
    pair = _by(cues, "d1", "actor_label", "Machthaber")[0]
    assert set(pair.entity.split(" & ")) == {"Wladimir Putin", "Kim Jong Un"}
    assert _by(cues, "d1", "actor_label", "Regime")[0].entity == "Nordkorea"
    # a neutral title for an actor other outlets label in a loaded way is highlighted for contrast
    praesident = _by(cues, "d2", "actor_label", "Präsident")[0]
    assert praesident.entity == "Kim Jong Un" and praesident.cls == "neutral" and praesident.shown


def test_actor_table_diktator_against_machthaber(seeds):
    docs, _, cues = seeds
    table = actor_label_table(cues, docs)
    kim = next(e for e in table["entities"] if e["entity"] == "Kim Jong Un")
    assert kim["labels"]["d1"].get("Diktator") == 1
    for doc in ("d2", "d3", "d5"):
        assert "Machthaber" in kim["labels"][doc] and "Diktator" not in kim["labels"][doc]
    names = {e["entity"] for e in table["entities"]}
    assert {"Wladimir Putin", "Kim Jong Un", "Nordkorea"} <= names


def test_user_entities_rename_and_merge(seeds):
    docs, alignment, _ = seeds
    cues = detect_cues(docs, alignment, entities={"Putin": ["Wladimir Putin"], "Kim": ["Kim Jong Un", "Kim Jong-un"]})
    table = actor_label_table(cues, docs)
    names = [e["entity"] for e in table["entities"]]
    assert "Putin" in names and "Kim" in names and "Wladimir Putin" not in names
    assert _by(cues, "d1", "actor_label", "Diktator")[0].entity == "Kim"


def test_metonyms_resolve_to_their_country(seeds):
    _, _, cues = seeds
    kreml = [c for c in _by(cues, "d2", "actor_label") if c.text == "Kreml"]
    assert kreml and kreml[0].entity == "Russland"


def test_quoted_labels_stay_out_of_the_actor_table(seeds):
    docs, _, cues = seeds
    table = actor_label_table(cues, docs)
    russland = next((e for e in table["entities"] if e["entity"] == "Russland"), None)
    assert russland is None or "Regierung" not in russland["labels"].get("d1", {})


def test_counterparts_inside_aligned_groups(seeds):
    _, _, cues = seeds
    diktator = _by(cues, "d1", "actor_label", "Diktator")[0]
    assert any(t == "Präsident" for _, t in diktator.counterparts)


def test_without_alignment_and_timing(seeds):
    docs, _, _ = seeds
    started = time.perf_counter()
    cues = detect_cues(docs, None)
    assert time.perf_counter() - started < 5
    assert {c.category for c in cues if c.shown} >= {"actor_label", "hedge", "attribution", "quote_variant",
                                                      "factual_variant"}


def test_english_smoke():
    texts = [
        'North Korean dictator Kim Jong Un met Russian President Vladimir Putin on Wednesday. Kim allegedly '
        'promised support, according to state media. "We will discuss all these issues," Putin said.',
        "Russian leader Vladimir Putin hosted North Korea's Kim Jong Un at the cosmodrome. Putin insisted the "
        'talks were normal, state-run media reported. "We will discuss all issues without haste," Putin said.',
    ]
    docs = []
    for n, text in enumerate(texts, 1):
        a = analyse(text, "en")
        docs.append(AlignInput(f"e{n}", text, a.segments, a.tokens, "en"))
    cues = detect_cues(docs, align(docs))
    got = {(c.span.doc, c.category, c.text) for c in cues}
    assert ("e1", "actor_label", "dictator") in got
    assert ("e1", "hedge", "allegedly") in got
    assert ("e1", "attribution", "according to state media") in got
    assert ("e2", "reporting_verb", "insisted") in got
    assert ("e2", "attribution", "state-run") in got
    dictator = next(c for c in cues if c.text == "dictator")
    assert dictator.entity == "Kim Jong Un" and "“dictator”" in dictator.explanation
    assert any(c.category == "quote_variant" for c in cues)


def test_a_hyphenated_compound_of_a_label_is_that_label():
    """"US-Präsident", "SPD-Kanzlers": the head of a hyphenated noun matches the lexicon's label."""
    texts = {
        "d1": "US-Präsident Donald Trump empfing Wolodymyr Selenskyj im Weißen Haus. Das Treffen eskalierte.",
        "d2": "Der Diktator Donald Trump empfing Wolodymyr Selenskyj im Weißen Haus. Das Treffen eskalierte.",
    }
    docs = []
    for key, text in texts.items():
        a = analyse(text, "de")
        docs.append(AlignInput(key, text, a.segments, a.tokens, "de"))
    cues = detect_cues(docs, align(docs))
    labels = {(c.span.doc, c.text) for c in cues if c.category == "actor_label"}
    assert ("d1", "US-Präsident") in labels and ("d2", "Diktator") in labels


def test_label_dictionary_forms_keep_abbreviations():
    from workbench.cues.actors import _dictionary_form

    assert _dictionary_form("us-vize-präsidentin", "de", "US-Vize-Präsidentin") == "US-Vize-Präsidentin"
    assert _dictionary_form("kremlchef", "de", "Kremlchefs") == "Kremlchef"
    assert _dictionary_form("ex-diktator", "de", "Ex-Diktators") == "Ex-Diktator"
    assert _dictionary_form("leader", "en", "Leader") == "leader"

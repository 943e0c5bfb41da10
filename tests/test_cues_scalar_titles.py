"""Scalar focus on quantities, titles loaded by their adjective, coined titles (issue 12)."""

from __future__ import annotations

from workbench.align import AlignInput, align
from workbench.cues import detect_cues
from workbench.nlp import analyse
from tests.test_cues_precision import _detect


def _detect_en(text: str):
    a = analyse(text, "en")
    docs = [AlignInput("d1", text, a.segments, a.tokens, "en")]
    return detect_cues(docs, align(docs))


def test_a_focus_particle_before_a_quantity_is_the_outlets_evaluation():
    cues = _detect(["Merz erhielt im ersten Wahlgang aber nur 310 Stimmen. Das Konklave hat bereits am zweiten Tag "
                    "einen Nachfolger bestimmt. Er will die Vertrauensfrage erst am 15. Januar stellen.",
                    "Nicht nur die SPD war überrascht. Bereits 2014 war er Bischof. „Wir haben nur 12 Stunden“, "
                    "sagte er."])
    scalar = {(c.span.doc, c.text): c for c in cues if c.category == "evaluative" and "Zahl" in c.explanation_de}
    assert {t for d, t in scalar if d == "d1"} == {"nur 310 Stimmen", "bereits am zweiten Tag", "erst am 15. Januar"}
    quoted = [c for (d, _), c in scalar.items() if d == "d2"]
    assert [c.text for c in quoted] == ["nur 12 Stunden"] and quoted[0].speaker == "quoted" and not quoted[0].shown
    assert "gering" in scalar[("d1", "nur 310 Stimmen")].explanation_de


def test_english_focus_particles():
    cues = _detect_en("The plane crashed a mere 40 seconds after take-off. Only one passenger survived. As many as "
                      "300 people were evacuated. It was not only 20 people.")
    texts = {c.text for c in cues if c.category == "evaluative" and "number is a fact" in c.explanation}
    assert texts == {"As many as 300 people"}  # not "Only one" (the sole one), not "not only"
    assert any("mere" in c.text for c in cues if c.category == "evaluative")  # the lexicon's "mere" already


def test_a_title_with_a_judging_adjective_is_a_loaded_label():
    cues = _detect(["Scholz traf Finanzminister Christian Lindner. Der gefeuerte Finanzminister Christian Lindner "
                    "reagierte sofort."])
    fired = next(c for c in cues if c.category == "actor_label" and c.text == "gefeuerte Finanzminister")
    assert fired.cls == "loaded_negative" and fired.shown and fired.entity == "Christian Lindner"
    assert "umgangssprachlich" in fired.explanation_de


def test_a_title_coined_as_a_phrasal_compound_is_highlighted():
    cues = _detect(["Friedrich Merz wartet. Für den Noch-immer-nicht-Kanzler Friedrich Merz ist das peinlich. "
                    "Der CDU-Co-Chef Friedrich Merz schweigt."])
    labels = {c.text: c for c in cues if c.category == "actor_label"}
    assert labels["Noch-immer-nicht-Kanzler"].cls == "colloquial" and labels["Noch-immer-nicht-Kanzler"].shown
    assert labels["CDU-Co-Chef"].cls == "neutral"


def test_degree_words_intensify_only_before_an_adjective_or_participle():
    cues = _detect(["Die Regierung startet mächtig angeschlagen. Merz wurde denkbar vorgeführt. Der Ausgang war "
                    "völlig unerwartet. Ein mächtiger Mann trat auf. Eine Einigung ist denkbar."])
    evaluative = {c.text for c in cues if c.category == "evaluative"}
    hedges = {c.text for c in cues if c.category == "hedge"}
    assert {"mächtig", "denkbar", "völlig"} <= {w for t in evaluative for w in t.split()}
    assert not any("mächtiger" in t for t in evaluative)
    assert "denkbar" in hedges and len([c for c in cues if c.category == "hedge" and c.text == "denkbar"]) == 1


def test_a_first_and_last_name_seen_together_twice_stay_one_person():
    # "Friedrich" and "Merz" each stand alone too; side by side more than once they are one name, and the label
    # resolves to him, not to the last person named before
    cues = _detect(["Alle waren da, um den Moment des Friedrich Merz zu erleben. Sogar Ex-Kanzlerin Angela Merkel "
                    "sass auf der Tribüne. Merz ist im ersten Wahlgang gescheitert. Für den Noch-immer-nicht-Kanzler "
                    "ist das peinlich. Diesen Friedrich mögen viele nicht.",
                    "CDU-Chef Friedrich Merz ist gescheitert. Merz schwieg."])
    coined = next(c for c in cues if c.text == "Noch-immer-nicht-Kanzler")
    assert coined.entity == "Friedrich Merz"


def test_a_government_named_after_a_person_and_his_confidants_are_no_labels_for_him():
    cues = _detect(["Friedrich Merz ist gescheitert. Das engt die fehlgestartete Regierung Merz ein. Unten im Plenum "
                    "eilen die wichtigsten Vertrauten Merz hinterher. CDU-Chef Friedrich Merz schweigt."])
    credited = {c.text: c.entity for c in cues if c.category == "actor_label"}
    assert credited.get("Regierung") != "Friedrich Merz"
    assert not any(t.endswith("Vertrauten") and e == "Friedrich Merz" for t, e in credited.items())

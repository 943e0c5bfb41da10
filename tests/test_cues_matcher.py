"""The lexicon matching contract (resources/lexicons/README.md), on small German and English texts."""

from __future__ import annotations

import pytest

from workbench.align import AlignInput
from workbench.cues import detect_cues, lexicon_version, load_lexicon, override_rows_from_tsv
from workbench.cues.lexicon import parse_tsv
from workbench.cues.matcher import CompiledLexicon, find_matches
from workbench.cues.textview import build_view
from workbench.nlp import analyse


def _doc(text: str, language: str = "de", doc: str = "t1") -> AlignInput:
    a = analyse(text, language)
    return AlignInput(doc, text, a.segments, a.tokens, language)


def matches(text: str, language: str = "de", overrides=None):
    view = build_view(_doc(text, language), 0)
    lex = CompiledLexicon(load_lexicon(language, overrides))
    return [(m.family, m.cls, text[m.start:m.end], m.entry.match) for m in find_matches(view, lex)]


def cues(text: str, language: str = "de", **kw):
    return detect_cues([_doc(text, language)], None, **kw)


def fam(found, family):
    return [f for f in found if f[0] == family]


# -- rule 1 and 2: lemma or surface, POS filter ----------------------------------

def test_lemma_match_on_inflected_forms():
    found = matches("Der nordkoreanische Diktator sprach. Die Diktatoren schwiegen.")
    assert [f[2] for f in fam(found, "actor_label")] == ["Diktator", "Diktatoren"]


def test_surface_form_entry_keeps_the_district_out():
    # "verlautete" is a vague source of its own; the plural "Kreisen" makes the anonymous circles
    assert [f[1] for f in fam(matches("Das verlautete aus informierten Kreisen."), "attribution")] == ["vague",
                                                                                                    "anonymous"]
    assert not fam(matches("Er stammt aus dem Kreis Bautzen."), "attribution")


def test_pos_filter_applies_to_reporting_verbs():
    assert not fam(matches("Berichten zufolge kam er spät."), "reporting_verb")
    assert fam(matches("Die Agentur berichtete das am Morgen."), "reporting_verb")


def test_pos_filter_keeps_the_month_out_in_english():
    found = matches("The minister may resign in May.", "en")
    assert [f[2] for f in fam(found, "hedge")] == ["may"]


# -- phrases and wildcards, rule 4 ------------------------------------------------

def test_phrase_with_inner_wildcard():
    found = fam(matches("Der Krieg in der Ukraine dauert an."), "event_label")
    assert found == [("event_label", "neutral", "Krieg in der Ukraine", "krieg in * ukraine")]


def test_more_literals_win_within_a_family():
    found = fam(matches("Der russische Angriffskrieg geht weiter."), "event_label")
    assert [(f[2], f[3]) for f in found] == [("russische Angriffskrieg", "russisch angriffskrieg")]
    found = fam(matches("Nach Angaben von Diplomaten ist das falsch."), "attribution")
    assert [f[3] for f in found] == ["nach angabe von"]


def test_families_may_overlap():
    found = matches("Wie die Agentur berichtete, kam er.")
    assert fam(found, "attribution") and [f[2] for f in fam(found, "reporting_verb")] == ["berichtete"]


def test_phrase_with_a_gap_in_main_clause_order():
    found = fam(matches("Kim bombardierte den Experten mit Fragen."), "reporting_verb")
    assert [f[3] for f in found] == ["bombardieren * mit frage"]
    assert not fam(matches("Die Armee bombardierte die Stadt."), "reporting_verb")


# -- rule 3: separable verbs ------------------------------------------------------

def test_separated_particle_is_joined():
    found = fam(matches("Der Minister räumte gestern Fehler ein."), "reporting_verb")
    assert [(f[1], f[2], f[3]) for f in found] == [("concessive", "räumte", "einräumen")]


@pytest.mark.parametrize("text", ["Kim beschwor die Freundschaft.", "Kim hat die Freundschaft beschworen."])
def test_beschwoeren_in_any_tense(text):
    found = fam(matches(text), "reporting_verb")
    assert [(f[1], f[3]) for f in found] == [("emphatic", "beschwören")]


# -- rule 6: conditional entries -----------------------------------------------------

def test_subjunctive_modals_only():
    found = fam(matches("Das dürfte teuer werden, aber er darf kommen. Sie könnten helfen, sie können es."), "hedge")
    assert [f[2] for f in found] == ["dürfte", "könnten"]


def test_reportative_sollen_needs_a_perfect_infinitive():
    assert [f[2] for f in fam(matches("Er soll das gesagt haben."), "hedge")] == ["soll"]
    assert not fam(matches("Der Bahnhof soll die Abhängigkeit verringern."), "hedge")


def test_postposed_so_only_after_reported_speech():
    found = fam(matches("„Wir siegen“, so Kim."), "attribution")
    assert [(f[1], f[2]) for f in found] == [("postposed_so", "so Kim")]
    assert not fam(matches("Das ist so groß, dass es passt."), "attribution")


# -- rule 5: frames take the class of the source in their slot ----------------------

@pytest.mark.parametrize("text,cls,covered", [
    ("Laut Experten ist das falsch.", "expert", "Laut Experten"),
    ("Er sagte Berichten russischer Staatsmedien zufolge, er sei froh.", "state_media",
     "Berichten russischer Staatsmedien zufolge"),
    ("„Das stimmt nicht“, so Analysten.", "expert", "so Analysten"),
])
def test_frame_refined_by_source(text, cls, covered):
    found = fam(matches(text), "attribution")
    assert [(f[1], f[2]) for f in found] == [(cls, covered)]


def test_source_slot_stops_at_the_noun_phrase():
    found = fam(matches("Das hat Pjöngjang eigenen Angaben zufolge getan."), "attribution")
    assert [f[2] for f in found] == ["eigenen Angaben zufolge"]


# -- rule 7: quotations --------------------------------------------------------------

def test_loaded_word_inside_a_quotation_is_the_speakers():
    out = cues("Er sagte: „Das ist ein brutaler Angriff.“ Das brutale Regime schwieg.")
    brutal = [c for c in out if c.category == "evaluative"]
    assert [(c.text, c.speaker, c.shown) for c in brutal] == [("brutaler", "quoted", False)]
    # the outlet's "brutale Regime" is one loaded label (a judging adjective before a label: judged_labels)
    assert [(c.text, c.speaker, c.shown) for c in out if c.category == "actor_label"] == [("brutale Regime", "outlet",
                                                                                          True)]


def test_neutral_classes_are_kept_but_not_shown():
    out = cues("Der Präsident sagte, das Treffen sei gut gewesen.")
    assert {(c.category, c.shown) for c in out} >= {("actor_label", False), ("reporting_verb", False)}


def test_explanation_is_one_sentence_from_the_gloss():
    out = cues("Kim beschwor die Freundschaft beider Länder.")
    verb = next(c for c in out if c.category == "reporting_verb")
    assert verb.label == "loaded reporting verb (emphatic)"
    assert verb.explanation.startswith("„beschwor“") and "„sagte“" in verb.explanation
    assert verb.explanation.count(". ") == 0 and verb.explanation.endswith(".")


# -- overrides and fingerprint (rule 8) ------------------------------------------------

def test_overrides_replace_add_and_disable():
    rows = [
        {"match": "machthaber", "family": "actor_label", "class": "neutral", "gloss": "Plain.", "pos": "NN",
         "weight": 0.5, "language": "de"},
        {"match": "gipfelstürmer", "family": "actor_label", "class": "loaded_positive", "gloss": "Praise.",
         "pos": "NN", "weight": 0.8, "language": "de"},
        {"match": "diktator", "family": "actor_label", "class": "", "gloss": "", "pos": "", "weight": 0,
         "language": "de"},
    ]
    found = fam(matches("Der Machthaber, der Diktator und der Gipfelstürmer.", overrides=rows), "actor_label")
    assert [(f[2], f[1]) for f in found] == [("Machthaber", "neutral"), ("Gipfelstürmer", "loaded_positive")]


def test_override_rows_of_another_language_do_not_apply():
    rows = [{"match": "diktator", "family": "actor_label", "class": "", "gloss": "", "pos": "", "weight": 0,
             "language": "en"}]
    assert fam(matches("Der Diktator sprach.", overrides=rows), "actor_label")


def test_lexicon_version_changes_with_overrides():
    base = lexicon_version({"de"}, None)
    assert base == lexicon_version({"de"}, [])
    row = {"match": "x", "family": "hedge", "class": "modal", "gloss": "", "pos": "", "weight": 0.5, "language": "de"}
    assert lexicon_version({"de"}, [row]) != base
    assert lexicon_version({"de", "en"}, None) != base


def test_invalid_rows_are_reported_and_skipped():
    text = "# comment\nmatch\tfamily\tclass\tgloss\tpos\tweight\nfoo\thedge\tmodal\tg\t\t0.5\nbar\tnope\tx\tg\t\t0.5\n" \
           "baz\thedge\tmodal\tg\t0.5\nfoo\thedge\tmodal\tg\t\t0.6\n"
    entries, problems = parse_tsv(text, "p.tsv", project=True)
    assert [e.match for e in entries] == ["foo"]
    assert len(problems) == 3 and all(p.startswith("p.tsv:") for p in problems)
    rows, _ = override_rows_from_tsv(text, "de")
    assert rows[0]["language"] == "de"


def test_shipped_lexicons_load_cleanly():
    for lang in ("de", "en"):
        lex = load_lexicon(lang)
        assert not lex.problems and len(lex.entries) > 400


def test_english_entries_write_hyphenated_words_with_a_space():
    """The English tokenizer splits "right-wing" and the matcher skips the hyphen: an entry spelled with one
    could never match (lexicon README, spelling rules)."""
    hyphenated = [e.match for e in load_lexicon("en").entries if "-" in e.match]
    assert hyphenated == [], hyphenated
    doc = "The right-wing president spoke. The ill-fated plane crashed."
    a = analyse(doc, "en")
    view = build_view(AlignInput("d1", doc, a.segments, a.tokens, "en"), 0)
    found = {m.entry.match for m in find_matches(view, CompiledLexicon(load_lexicon("en")))}
    assert {"right wing", "ill fated"} <= found, found

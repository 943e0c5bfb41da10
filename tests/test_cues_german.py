"""Cue labels and explanations in the reader's language (issue 12: localisation)."""

from __future__ import annotations

import shutil
import sqlite3
from html import escape

import pytest

from tests.test_cues_count_claims import _inputs
from workbench.align import AlignInput, align
from workbench.core.models import Cue, Span, cue_text
from workbench.cues import detect_cues, explain, load_lexicon
from workbench.cues.lexical import is_plural_label
from workbench.cues.lexicon import HEADER_DE, parse_tsv
from workbench.cues.textview import build_view
from workbench.nlp import analyse
from workbench.project import Project
from workbench.store import ProjectStore, migrations, schema
from workbench.ui._testsupport import *  # noqa: F403 (fixtures)


def test_every_shipped_entry_has_a_german_gloss():
    for lang in ("de", "en"):
        lex = load_lexicon(lang)
        assert not lex.problems
        missing = [e.match for e in lex.entries if not e.gloss_de]
        assert not missing, f"{lang}.tsv: no gloss_de for {missing[:10]}"
        for e in lex.entries:
            assert e.gloss_de.endswith(".") and "\t" not in e.gloss_de
            if lang == "en" and e.gloss.startswith("'"):  # the German translation first, as the gloss has the English
                assert e.gloss_de.startswith("„") and "“" in e.gloss_de, e.match


def test_six_and_seven_columns_are_both_valid():
    six = "match\tfamily\tclass\tgloss\tpos\tweight\nfoo\thedge\tmodal\t'Foo'; a hedge.\t\t0.5\n"
    seven = ("\t".join(HEADER_DE) + "\nfoo\thedge\tmodal\t'Foo'; a hedge.\t\t0.5\t„Fu“; eine Abschwächung.\n"
             "bar\thedge\tmodal\t'Bar'; a hedge.\t\t0.5\n")
    entries, problems = parse_tsv(six, "six.tsv", project=True)
    assert not problems and entries[0].gloss_de == ""
    entries, problems = parse_tsv(seven, "seven.tsv", project=True)
    assert not problems and [e.gloss_de for e in entries] == ["„Fu“; eine Abschwächung.", ""]
    entries, problems = parse_tsv(seven.replace("Abschwächung.", "Abschwächung.\tx"), "eight.tsv", project=True)
    assert len(problems) == 1 and "6 or 7" in problems[0]


# -- detection: both languages on every cue ---------------------------------------------

# the English class labels: none of them may reach a German reader
ENGLISH_LABELS = sorted(set(explain._CLASS_LABELS.values()))


@pytest.fixture(scope="module")
def seed_cues(prepared_seeds):
    with Project.open(prepared_seeds) as p:  # read only: the stored cues
        return p.cues(include_hidden=True)


def test_a_lexicon_cue_on_the_seeds_in_german(seed_cues):
    dictator = next(c for c in seed_cues if c.text == "Diktator" and c.category == "actor_label")
    assert dictator.label == "negative label for an actor" and dictator.label_de == "abwertende Bezeichnung"
    assert dictator.explanation.startswith("„Diktator“ (Dictator) for Kim Jong Un: openly judges")
    assert dictator.explanation_de == ("„Diktator“ für Kim Jong Un: bewertet den Machthaber offen als illegitim; "
                                       "ein Amtstitel wie „Präsident“ oder „Staatschef“ wäre neutral.")
    assert cue_text(dictator, "de") == (dictator.label_de, dictator.explanation_de)
    assert cue_text(dictator, "en") == (dictator.label, dictator.explanation)


def test_every_seed_cue_has_german_texts_without_english_labels(seed_cues):
    assert seed_cues
    for c in seed_cues:
        assert c.label_de and c.explanation_de, c
        assert c.label_de not in ENGLISH_LABELS
        for english in ("a neutral report would say", "this judges rather than describes", "attributes the claim",
                        "the outlet does not state", "The same statement", "Here the report says", "_"):
            assert english not in c.explanation_de.replace(c.text, ""), (english, c.explanation_de)


def test_a_quote_variant_and_a_factual_variant_in_german(seed_cues):
    quote = next(c for c in seed_cues if c.category == "quote_variant")
    assert quote.label_de == "Zitat anders wiedergegeben"
    assert quote.explanation_de.startswith("Dieselbe Aussage wird hier als „") or \
        quote.explanation_de.startswith("Andere Medien geben dieselbe Aussage anders wieder")
    assert "Wortlaut" in quote.explanation_de
    fact = next(c for c in seed_cues if c.category == "factual_variant")
    assert fact.label_de == "Detail weicht zwischen den Medien ab"
    assert fact.explanation_de.startswith(f"Hier steht im Bericht „{' '.join(fact.text.split())}“, in einem anderen „")
    assert fact.explanation.startswith("Here the report says")


def test_an_english_articles_cue_for_a_german_reader():
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
    dictator = next(c for c in cues if c.text == "dictator")
    assert "“dictator”" in dictator.explanation  # English unchanged
    assert cue_text(dictator, "de") == (
        "abwertende Bezeichnung",
        "„dictator“ (Diktator) für Kim Jong Un: bewertet den Machthaber offen als illegitim; "
        "ein Amtstitel wie „president“ oder „leader“ wäre neutral.")
    insisted = next(c for c in cues if c.text == "insisted")
    assert insisted.label_de == "wertendes Redeverb (nachdrücklich)"
    assert insisted.explanation_de == ("„insisted“ (darauf beharren): feste Behauptung gegen Zweifel oder Widerstand; "
                                       "eine neutrale Meldung würde „said“ schreiben.")
    allegedly = next(c for c in cues if c.text == "allegedly")
    assert allegedly.label_de == "Abschwächung (Hörensagen)"


def test_a_cue_without_german_texts_falls_back_to_english():
    old = Cue(Span("d1", 0, 4), "Wort", "evaluative", "negative evaluation", "An old explanation.")
    assert cue_text(old, "de") == ("negative evaluation", "An old explanation.")
    assert old.to_json()["explanation_de"] == "An old explanation."


def test_explain_keeps_english_and_notes_stay_out_of_german():
    assert explain.label("hedge", "reportative") == "hedge (hearsay)"
    assert explain.label("hedge", "reportative", "de") == "Abschwächung (Hörensagen)"
    assert explain.label("reporting_verb", "neutral", "de") == "neutrales Redeverb"
    assert explain.label("no_such_family", "x", "de") == "no such family"
    gloss = "Epistemic 'dürfte' = 'probably'; counts only in the subjunctive form."
    gloss_de = "epistemisches „dürfte“ im Sinne von „wahrscheinlich“; zählt nur in der Konjunktivform."
    german = explain.explain_lexical("hedge", "modal", "dürfte", gloss, "de", reader="de", gloss_de=gloss_de)
    assert german == ("„dürfte“: epistemisches „dürfte“ im Sinne von „wahrscheinlich“; das Medium stellt den Punkt "
                      "nicht als Tatsache dar.")
    assert explain.explain_lexical("hedge", "modal", "dürfte", gloss, "de") == \
        "„dürfte“: epistemic 'dürfte' = 'probably'; the outlet does not state the point as a fact."


# -- store: round trip and migration --------------------------------------------------------

def test_stored_cues_keep_both_languages(tmp_path):
    cue = Cue(Span("d1", 4, 9), "alter", "evaluative", "negative evaluation", "English.", cls="negative",
              label_de="negative Wertung", explanation_de="Deutsch.")
    from tests.test_store import analysis_of, article

    with ProjectStore.open(tmp_path / "p.wbproj", create=True) as store:
        store.add_document(article("Ein alter Text. Zwei."), analysis_of("Ein alter Text. Zwei."), word_count=4)
        store.save_cues([cue], "f", "v", 0.1)
    with ProjectStore.open(tmp_path / "p.wbproj") as store:
        (back,), _, _ = store.load_cues()
    assert (back.label_de, back.explanation_de) == ("negative Wertung", "Deutsch.") and back == cue


def test_a_project_from_before_german_texts_migrates(tmp_path):
    path = tmp_path / "v6.wbproj"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    migrations.migrate(conn, target=6)
    conn.execute("INSERT INTO documents (title, source, sha256, imported, word_count, text) VALUES "
                 "('Alt', 'alt.txt', ?, 'x', 3, 'Ein alter Text.')", ("0" * 64,))
    conn.execute("INSERT INTO cue_runs (id, fingerprint, lexicon_version, created) VALUES (1, 'f', 'lex/1', 'x')")
    conn.execute('INSERT INTO cues (doc_id, start, "end", text, category, cls, label, explanation, weight, speaker, '
                 "shown, counterparts) VALUES (1, 4, 9, 'alter', 'evaluative', 'negative', 'negative evaluation', "
                 "'Old.', 1.0, 'outlet', 1, '[]')")
    conn.execute("INSERT INTO lexicon_overrides (language, match, family, class, gloss, weight) "
                 "VALUES ('de', 'alt', 'evaluative', 'negative', 'g', 0.5)")
    conn.close()
    with ProjectStore.open(path) as store:
        assert store.schema_version == schema.LATEST_VERSION >= 7
        (cue,), _, _ = store.load_cues()
        assert (cue.label_de, cue.explanation_de) == ("", "")
        assert cue_text(cue, "de") == ("negative evaluation", "Old.")
        assert store.lexicon_overrides()[0]["gloss_de"] == ""


def test_lexicon_import_and_export_keep_the_german_gloss(prepared_seeds, tmp_path):
    project = tmp_path / "seeds.wbproj"
    shutil.copy(prepared_seeds, project)
    mine = tmp_path / "mine.tsv"
    mine.write_text("match\tfamily\tclass\tgloss\tpos\tweight\tgloss_de\n"
                    "gipfelstürmer\tactor_label\tloaded_positive\tPraise.\tNN\t0.8\tLob.\n"
                    "diktator\tactor_label\tloaded_negative\tSix columns are fine.\tNN\t0.9\n", encoding="utf-8")
    with Project.open(project) as p:
        assert p.import_lexicon(str(mine)) == 2
        assert p.export_lexicon(str(tmp_path / "out.tsv")) == 2
        lines = (tmp_path / "out.tsv").read_text(encoding="utf-8").splitlines()
        assert lines[0].endswith("\tweight\tgloss_de")
        assert "gipfelstürmer\tactor_label\tloaded_positive\tPraise.\tNN\t0.8\tLob." in lines
        assert "diktator\tactor_label\tloaded_negative\tSix columns are fine.\tNN\t0.9\t" in lines
        dictator = next(c for c in p.detect_cues() if c.text == "Diktator")
        assert "Six columns are fine" in dictator.explanation_de  # no German gloss: the English one
        assert p.import_lexicon(str(tmp_path / "out.tsv")) == 2  # what was exported imports again


# -- what a reader sees: the HTML report and the GUI ----------------------------------------

def test_the_german_report_explains_in_german(prepared_seeds, tmp_path):
    with Project.open(prepared_seeds) as p:
        p.export(str(tmp_path / "de.html"), language="de")
        p.export(str(tmp_path / "en.html"), language="en")
        cues = [c for c in p.cues() if c.category == "actor_label"]
    german = (tmp_path / "de.html").read_text(encoding="utf-8")
    english = (tmp_path / "en.html").read_text(encoding="utf-8")
    assert "bewertet den Machthaber offen als illegitim" in german
    assert "openly judges the leader as illegitimate" in english and "bewertet den Machthaber" not in english
    for text in ("a neutral report would say", "this judges rather than describes", "openly judges"):
        assert text not in german, text
    for name in ENGLISH_LABELS:
        assert name not in german, name
    assert any(escape(c.explanation_de) in german for c in cues)


def test_the_german_ui_shows_german_cue_texts(qapp, seeded_project):
    from workbench.ui import i18n
    from workbench.ui.views.detail_pane import GroupDetailPane
    from workbench.ui.jobs.operations import build_comparison
    from workbench.align.diff import DiffOptions
    from workbench.ui.text.passage_html import passage_html
    from workbench.ui.theme import LIGHT

    with Project.open(seeded_project) as project:
        docs = [d.id for d in project.documents()]
        comparison = build_comparison(project, docs, DiffOptions(), lambda *a: None, lambda: False)
    cue = next(c for c in comparison.cues if c.shown and c.category == "actor_label")
    row = comparison.rows[comparison.row_of(cue.span)]
    passage = next(p for p in row.cells[cue.span.doc] if p.span.start <= cue.span.start < p.span.end)
    pane = GroupDetailPane()
    try:
        i18n.set_current("de")
        card = pane.cue_html(comparison, cue)
        tip = passage_html(passage, LIGHT, [cue.span])
        assert escape(cue.explanation_de) in card and escape(cue.label_de) in card
        assert escape(cue.explanation) not in card
        assert escape(cue.label_de) in tip
        i18n.set_current("en")
        assert escape(cue.explanation) in pane.cue_html(comparison, cue)
    finally:
        i18n.set_current("en")
        pane.deleteLater()


def test_the_card_of_a_cue_not_highlighted_says_why(qapp, seeded_project):
    """A quoted speaker's word, a neutral variant and any other cue the text does not highlight each say why."""
    from workbench.ui.views.detail_pane import GroupDetailPane
    from workbench.ui.jobs.operations import build_comparison
    from workbench.align.diff import DiffOptions

    with Project.open(seeded_project) as project:
        docs = [d.id for d in project.documents()]
        comparison = build_comparison(project, docs, DiffOptions(), lambda *a: None, lambda: False)
    quoted = next(c for c in comparison.cues if not c.shown and c.speaker != "outlet")
    neutral = next(c for c in comparison.cues if not c.shown and c.speaker == "outlet" and c.cls == "neutral")
    pane = GroupDetailPane()
    try:
        assert "quoted speaker" in pane.cue_html(comparison, quoted)
        assert "neutral variant" not in pane.cue_html(comparison, quoted)
        assert "neutral variant" in pane.cue_html(comparison, neutral)
        shown = next(c for c in comparison.cues if c.shown)
        assert "not highlighted" not in pane.cue_html(comparison, shown)
    finally:
        pane.deleteLater()


def test_a_glosss_example_or_matcher_note_is_no_part_of_the_translation():
    """The translation shown in brackets is the gloss's own; an example or a note for the matcher after it ("of a
    statement, not 'die offenbare Schwäche'") is left out, and no stray colon or full stop follows."""
    assert explain._split_gloss("'Apparently, evidently' (of a statement, not 'die offenbare Schwäche'); inference.") == (
        "Apparently, evidently", "inference")
    assert explain._split_gloss("'Merely' (downtoner); belittles what was said.") == ("Merely, downtoner", "belittles what was said")
    assert explain._split_gloss("'Smiling'. The outlet describes how a person looked.") == ("Smiling", "The outlet describes how a person looked")
    assert explain._split_gloss_de("„in Aussicht stellen“: eine Zusage, die vage bleibt.") == ("in Aussicht stellen", "eine Zusage, die vage bleibt")
    text = explain.explain_lexical("evaluative", "demeanour", "lächelnd", "'Smiling'. The outlet describes how a person looked.", "de")
    assert ": ." not in text and "(Smiling)" in text


def test_a_separated_particle_verb_is_named_whole_in_the_explanation():
    """The highlight stays on "räumte"; the explanation names the verb the reader sees: „räumte … ein“."""
    text = "Kim räumte Fehler ein. Scholz warf Putin Lügen vor. Die Sitzung endete am Abend."
    a = analyse(text, "de")
    docs = [AlignInput("d1", text, a.segments, a.tokens, "de")]
    cues = {c.text: c for c in detect_cues(docs, align(docs))}
    assert "„räumte … ein“" in cues["räumte"].explanation and "„räumte … ein“" in cues["räumte"].explanation_de
    assert "„warf … vor“" in cues["warf"].explanation_de
    assert cues["räumte"].span.end - cues["räumte"].span.start == len("räumte")


def test_a_weak_noun_after_an_adjective_with_no_article_is_plural():
    """"prorussische Separatisten" names a group (the singular is "prorussischer Separatist"), so it is credited to no
    one person; "dem so unsteten US-Präsidenten" (an article before the graded adjective) stays one person."""
    text = ("Im Osten bekämpfen sich Regierungstruppen und prorussische Separatisten. Kiew sprach mit "
            "prorussischen Separatisten. Da brach es aus dem so unsteten US-Präsidenten heraus.")
    view = build_view(_inputs([text], "de")[0], 0)
    plural = {(t.surface, t.i): is_plural_label(view, t) for t in view.toks if t.surface in ("Separatisten", "US-Präsidenten")}
    assert [p for (w, _), p in sorted(plural.items(), key=lambda kv: kv[0][1])] == [True, True, False]


def test_a_german_example_or_a_word_order_note_is_no_translation():
    """"'Eagerly awaited' (das mit Spannung erwartete Treffen)": the bracket repeats the text's words, an example;
    "(subordinate order)" tells the matcher, not the reader."""
    assert explain._split_gloss("'Eagerly awaited' (das mit Spannung erwartete Treffen); builds up.",
                                "mit Spannung erwartete")[0] == "Eagerly awaited"
    assert explain._split_gloss("'Bombard with questions' (subordinate order); an assault.", "bombardierte")[0] == \
        "Bombard with questions"
    assert explain._split_gloss("'Attack' (a deliberate act against people); names.", "Anschlag")[0] == \
        "Attack, a deliberate act against people"

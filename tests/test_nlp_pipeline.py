"""Pipeline: lemmas, separable verbs, offsets, languages, batches, cancellation."""

from __future__ import annotations

import subprocess
import sys

import pytest

from workbench.core.models import Analysis
from workbench.core.resources import seeds_dir
from workbench.core.work import Cancelled
from workbench.nlp import analyse, analyse_many, pipeline_id, shutdown


def teardown_module() -> None:
    shutdown()  # leave no worker processes (or their feeder threads) behind


def lemma_of(text: str, word: str, language: str = "de", nth: int = 0) -> str:
    analysis = analyse(text, language)
    found = [t.lemma for t in analysis.tokens if text[t.start:t.end] == word]
    assert len(found) > nth, (word, [text[t.start:t.end] for t in analysis.tokens])
    return found[nth]


def check_offsets(text: str, analysis: Analysis) -> None:
    last = 0
    segments = analysis.segments
    for token in analysis.tokens:
        assert last <= token.start < token.end <= len(text)
        surface = text[token.start:token.end]
        assert surface.strip() == surface and surface
        assert any(s.start <= token.start and token.end <= s.end for s in segments)
        last = token.end
    covered = {i for t in analysis.tokens for i in range(t.start, t.end)}
    assert all(ch.isspace() for i, ch in enumerate(text) if i not in covered)


# -- lemmas --------------------------------------------------------------------------


def test_beschwoeren_in_all_forms() -> None:
    assert lemma_of("Kim beschwor die Beziehungen.", "beschwor") == "beschwören"
    assert lemma_of("Beide haben die Freundschaft beschworen.", "beschworen") == "beschwören"
    text = "Er sagte, dass er die Freundschaft beschworen hat."
    assert lemma_of(text, "beschworen") == "beschwören"
    assert lemma_of(text, "hat") == "haben"


@pytest.mark.parametrize("text, verb, lemma", [
    ("Der Minister räumte Fehler ein.", "räumte", "einräumen"),
    ("Der Minister räumte am Mittwoch in Berlin schwere Fehler ein.", "räumte", "einräumen"),
    ("Während des Besuchs feuerte das nordkoreanische Militär erneut zwei Raketen ab.", "feuerte", "abfeuern"),
    ("Parallel zum Treffen finden in Nordkorea Raketentests statt", "finden", "stattfinden"),
    ("Der Minister räumte, als er gefragt wurde, Fehler ein.", "räumte", "einräumen"),
    ("Im Gegenzug stellte Putin Unterstützung beim Bau von Satelliten in Aussicht.", "stellte", "stellen"),
    ("Er sagte, er räume Fehler ein, und ging.", "sagte", "sagen"),
    # the tagger's particle "bekannt" is the predicate of the reported clause's own verb "sei"
    ("Castro entgegnete, ihm sei kein Land bekannt, das alle Rechte erfülle.", "entgegnete", "entgegnen"),
    ("Der Staatschef gab zudem bekannt, dass beide Länder wieder verhandeln wollen.", "gab", "bekanntgeben"),
])
def test_separable_verbs(text: str, verb: str, lemma: str) -> None:
    assert lemma_of(text, verb) == lemma


def test_particle_keeps_its_own_lemma_and_tag() -> None:
    analysis = analyse("Der Minister räumte Fehler ein.", "de")
    assert [(t.lemma, t.pos) for t in analysis.tokens][-2:] == [("ein", "PTKVZ"), (".", "$.")]


def test_lemmas_are_case_folded_and_tags_are_stts() -> None:
    text = "Die Raketen flogen über die Straße. Putins Sprecher sagte nichts."
    tokens = {text[t.start:t.end]: t for t in analyse(text, "de").tokens}
    assert tokens["Raketen"].lemma == "rakete" and tokens["Raketen"].pos == "NN"
    assert tokens["Straße"].lemma == "strasse"
    assert tokens["Putins"].lemma == "putin"
    assert tokens["flogen"].lemma == "fliegen" and tokens["flogen"].pos == "VVFIN"
    assert tokens["Die"].lemma == "der" and tokens["Die"].is_stop
    assert tokens["."].is_punct and tokens["."].pos == "$."


def test_one_form_one_noun_lemma() -> None:
    """Proper nouns get the same lemma whether the sentence makes them NN or NE."""
    lemmas = {t.lemma for t in analyse("Putin. Treffen mit Putin im April. Putin sprach.", "de").tokens
              if t.lemma.startswith("puti")}
    assert lemmas == {"putin"}


# -- offsets and languages ---------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(p.name for p in seeds_dir().glob("*.txt")))
def test_offsets_point_into_the_original_text(name: str) -> None:
    text = (seeds_dir() / name).read_text(encoding="utf-8")
    check_offsets(text, analyse(text, "de"))


def test_offsets_with_odd_whitespace() -> None:
    text = " \xa0 date 2023-09  Krieg\r\n\r\nIm Video:\xa0 Putin – „Wir kommen“\n\n\tEr ging.  Sie kam. "
    analysis = analyse(text, "de")
    check_offsets(text, analysis)
    assert [text[t.start:t.end] for t in analysis.tokens][:4] == ["date", "2023", "-", "09"]


def test_english() -> None:
    text = ("Putin hosts Kim at spaceport\n\nThe leaders met at a remote rocket base on Wednesday. "
            '"We will discuss all issues," Putin said.')
    analysis = analyse(text, "en")
    check_offsets(text, analysis)
    assert [s.kind for s in analysis.segments] == ["headline", "sentence", "sentence"]
    tokens = {text[t.start:t.end]: t for t in analysis.tokens}
    assert tokens["met"].lemma == "meet" and tokens["leaders"].lemma == "leader"
    assert tokens["The"].lemma == "the" and tokens["The"].is_stop
    assert all(t.pos == "" for t in analysis.tokens)  # no trained English pipeline installed
    assert analysis.pipeline == pipeline_id("en")


@pytest.mark.parametrize("language", ["fr", "pl", "zz", ""])
def test_other_languages_work(language: str) -> None:
    text = "Le président est arrivé. Il a parlé."
    analysis = analyse(text, language)
    check_offsets(text, analysis)
    assert len(analysis.segments) == 2 and all(t.pos == "" for t in analysis.tokens)


def test_pipeline_id() -> None:
    ident = pipeline_id("de")
    assert "/seg-" in ident and "/tok-" in ident
    assert ident == pipeline_id("de-AT") == analyse("Ein Satz.", "de").pipeline
    assert pipeline_id("en") != ident


def test_import_is_cheap() -> None:
    code = "import sys, workbench.nlp; print('spacy' in sys.modules, 'HanTa' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_deterministic() -> None:
    text = (seeds_dir() / "003_61cf10d1587599eb.txt").read_text(encoding="utf-8")
    assert analyse(text, "de") == analyse(text, "de")


# -- batches ------------------------------------------------------------------------------


def seed_items() -> list[tuple[str, str]]:
    items = [(p.read_text(encoding="utf-8"), "de") for p in sorted(seeds_dir().glob("*.txt"))]
    return items + [("Putin met Kim. They talked for hours.", "en"), ("", "de")]


def test_analyse_many_matches_analyse_and_reports_progress() -> None:
    items = seed_items()
    seen: list[tuple[int, int]] = []
    results = analyse_many(items, workers=1, progress=lambda done, total, what: seen.append((done, total)))
    assert results == [analyse(text, language) for text, language in items]
    assert seen == [(i, len(items)) for i in range(1, len(items) + 1)]
    assert analyse_many([]) == []


def test_two_workers_give_the_same_result_as_one() -> None:
    items = seed_items()
    seen: list[tuple[int, int]] = []
    two = analyse_many(items, workers=2, progress=lambda done, total, what: seen.append((done, total)))
    assert two == analyse_many(items, workers=1)
    assert seen[-1] == (len(items), len(items)) and len(seen) >= 2


def test_cancel_in_process() -> None:
    items = seed_items()
    seen: list[int] = []
    with pytest.raises(Cancelled):
        analyse_many(items, workers=1, progress=lambda done, total, what: seen.append(done), cancel=lambda: len(seen) >= 2)
    assert seen == [1, 2]


def test_cancel_in_pool_then_reuse_it() -> None:
    items = seed_items() * 4
    seen: list[int] = []
    with pytest.raises(Cancelled):
        analyse_many(items, workers=2, progress=lambda done, total, what: seen.append(done), cancel=lambda: bool(seen))
    assert seen and seen[-1] < len(items)
    assert analyse_many(items[:3], workers=2) == [analyse(text, language) for text, language in items[:3]]


def test_shutdown_leaves_no_threads() -> None:
    import threading

    shutdown()
    before = set(threading.enumerate())
    analyse_many(seed_items()[:2], workers=2)
    assert set(threading.enumerate()) > before  # the pool's manager and feeder threads
    shutdown()
    assert set(threading.enumerate()) == before


def test_cancel_before_start() -> None:
    with pytest.raises(Cancelled):
        analyse_many(seed_items(), cancel=lambda: True)


def test_trained_pipeline_tokens_are_read_from_tags_and_lemmas() -> None:
    """A trained German pipeline's STTS tags and lemmas get the same particle rule and folding."""
    import spacy
    from spacy.tokens import Doc

    from workbench.nlp.analysis import _rows_trained
    from workbench.nlp.pipeline import Pipeline

    nlp = spacy.blank("de")
    words = ["Er", "räumte", "Fehler", "ein", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, True, False, False],
              tags=["PPER", "VVFIN", "NN", "PTKVZ", "$."], lemmas=["er", "räumen", "Fehler", "ein", "."])
    rows = _rows_trained(Pipeline("de", nlp, True, False, "test"), doc, 100)
    assert [(r[0], r[2], r[3]) for r in rows] == [
        (100, "er", "PPER"), (103, "einräumen", "VVFIN"), (110, "fehler", "NN"), (117, "ein", "PTKVZ"),
        (120, ".", "$.")]


def test_worker_errors_come_back_as_workbench_errors() -> None:
    from concurrent.futures import Future

    from workbench.core.errors import ErrorCode, WorkbenchError
    from workbench.nlp.batch import _result, _WorkerError

    future: Future = Future()
    future.set_exception(_WorkerError("W301", "no pipeline"))
    with pytest.raises(WorkbenchError) as caught:
        _result(future)
    assert caught.value.code is ErrorCode.PIPELINE and str(caught.value) == "no pipeline"


def test_a_capitalised_english_word_is_lemmatised_like_its_lower_case_form() -> None:
    """A sentence's first word and the words of a title-case headline ("Biden Hails …") have the lemma of their
    lower-case form; a name the table does not list stays as it is."""
    text = "Biden Hails Progress After Talks. Officials said Lauding him was easy."
    a = analyse(text, "en")
    lemmas = {text[t.start:t.end]: t.lemma for t in a.tokens}
    assert lemmas["Hails"] == "hail" and lemmas["Talks"] == "talk" and lemmas["Officials"] == "official"
    assert lemmas["Lauding"] == "laud" and lemmas["Biden"] == "biden"

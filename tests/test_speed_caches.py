"""What makes a cold start fast (issue 13): shipped lemma tables, the user's analysis cache, quick language id."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED_FILES
from workbench.ingest.language import detect_language, function_word_language
from workbench.nlp.lemma_table import LemmaTable, lemma_table
from workbench.project import Project, analyse_cached
from workbench.store.analysis_cache import AnalysisCache, cache_folder, cache_key


# -- lemma tables ----------------------------------------------------------------
def test_lemma_table_search(tmp_path):
    path = tmp_path / "t.tsv"
    rows = sorted([("Häuser", "Haus"), ("Aa", "A"), ("gingen", "gehen"), ("zz", "z"), ("Ärger", "Ärger")],
                  key=lambda r: r[0].encode())
    path.write_bytes("".join(f"{f}\t{lemma}\n" for f, lemma in rows).encode())
    table = LemmaTable(path)
    for form, lemma in rows:
        assert table.lemma(form) == lemma
    assert table.lemma("Haus") == "Haus"  # not in the table: the form itself
    assert table.lemma("") == "" and table.lemma("a\tb") == "a\tb"


@pytest.mark.parametrize("language", ["de", "en"])
def test_shipped_lemma_tables_are_spacy_lookups_data(language):
    """The shipped file is exactly what packaging/build_lemma_tables.py makes from the installed package."""
    spec = importlib.util.spec_from_file_location("build_lemma_tables", ROOT / "packaging" / "build_lemma_tables.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shipped = ROOT / "resources" / "lemmas" / f"{language}.tsv"
    assert shipped.read_bytes() == module.table(language), "run packaging/build_lemma_tables.py"
    assert lemma_table(language) is not None
    assert lemma_table("xx") is None


# -- language ------------------------------------------------------------------------
SAMPLES = {
    "de": "Der Bundestag hat am Dienstag den neuen Kanzler gewählt. Die Opposition kritisierte, dass die Regierung "
          "nicht mit ihr gesprochen habe, und auch in der Koalition gab es Stimmen, die sich enthielten.",
    "en": "The parliament elected the new chancellor on Tuesday. The opposition said that the government had not "
          "spoken with them, and there were votes from members of the coalition that were not cast for him.",
    "fr": "Le parlement a élu le nouveau chancelier mardi. Selon l'opposition, le gouvernement ne lui a pas parlé et "
          "il y a eu des voix dans la coalition qui se sont abstenues pour la première fois depuis des années.",
    "es": "El parlamento eligió al nuevo canciller el martes. La oposición dijo que el gobierno no había hablado con "
          "ella y que en la coalición hubo votos que se abstuvieron por primera vez en la historia del país.",
    "it": "Il parlamento ha eletto il nuovo cancelliere martedì. L'opposizione ha detto che il governo non ha parlato "
          "con lei e che nella coalizione ci sono stati voti che si sono astenuti per la prima volta nella storia.",
    "nl": "Het parlement heeft dinsdag de nieuwe kanselier gekozen. De oppositie zei dat de regering niet met haar "
          "had gesproken en dat er in de coalitie stemmen waren die zich voor het eerst hebben onthouden.",
    "pt": "O parlamento elegeu o novo chanceler na terça-feira. A oposição disse que o governo não tinha falado com "
          "ela e que na coligação houve votos que se abstiveram pela primeira vez na história do país.",
}


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_function_words_name_the_language_and_agree_with_the_model(language):
    from workbench.ingest.language import _identifier

    quick = function_word_language(SAMPLES[language])
    assert quick == language or (quick is None and language not in ("de", "en"))  # unsure: the model decides
    assert _identifier().classify(SAMPLES[language])[0] == language
    assert detect_language(SAMPLES[language]) == language


def test_unclear_samples_go_to_the_model():
    assert function_word_language("Kim Jong Un Wladimir Putin Wostotschny 2023") is None
    assert function_word_language("") is None
    mixed = SAMPLES["de"][:120] + " " + SAMPLES["nl"][:120]
    assert function_word_language(mixed) is None
    assert detect_language("Dat is ee Saach, déi mer net esou stoe loosse kënnen, sot de Minister haut.") != "de"


def test_seeds_and_corpus_agree_with_the_model():
    from workbench.ingest.language import SAMPLE_CHARS, _identifier

    files = list(SEED_FILES) + sorted((ROOT / "tests" / "data" / "corpus").glob("*/*.txt"))
    for path in files:
        sample = path.read_text(encoding="utf-8")[:SAMPLE_CHARS]
        quick = function_word_language(sample)
        if quick:
            assert quick == _identifier().classify(sample)[0], path.name


# -- the analysis cache ----------------------------------------------------------------
def test_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(tmp_path / "c"))
    assert cache_folder() == tmp_path / "c"
    monkeypatch.setenv("WORKBENCH_CACHE_DIR", "off")
    assert cache_folder() is None
    monkeypatch.delenv("WORKBENCH_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert cache_folder() == tmp_path / "x" / "workbench"


def test_a_text_seen_once_is_never_analysed_again(monkeypatch, tmp_path):
    from workbench.store import analysis_cache

    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(analysis_cache, "_SHARED", {})
    with Project.open(tmp_path / "a.wbproj", create=True) as p:
        p.import_sources([str(f) for f in SEED_FILES[:2]])
        first = [p.analysis(d.id) for d in p.documents()]

    import workbench.nlp

    def refuse(*args, **kwargs):
        raise AssertionError("analysed again")

    monkeypatch.setattr(workbench.nlp, "analyse_many", refuse)
    with Project.open(tmp_path / "b.wbproj", create=True) as p:  # another project, same texts
        report = p.import_sources([str(f) for f in SEED_FILES[:2]])
        assert len(report.imported) == 2
        again = [p.analysis(d.id) for d in p.documents()]
    assert [(a.segments, a.tokens, a.pipeline) for a in again] == [(a.segments, a.tokens, a.pipeline) for a in first]


def test_the_key_changes_with_text_language_and_pipeline():
    keys = {cache_key("a", "de", "p1"), cache_key("b", "de", "p1"), cache_key("a", "en", "p1"), cache_key("a", "de", "p2")}
    assert len(keys) == 4


def test_a_broken_or_unwritable_cache_costs_nothing(tmp_path, monkeypatch):
    from workbench.store import analysis_cache

    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / "analyses.sqlite").write_bytes(b"this is not a database" * 100)
    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(folder))
    monkeypatch.setattr(analysis_cache, "_SHARED", {})
    text = SEED_FILES[0].read_text(encoding="utf-8")
    (analysis,) = analyse_cached([(text, "de")])
    assert analysis.tokens
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    cache = AnalysisCache(blocked / "sub")
    assert cache.get(["k"]) == {}
    cache.put({"k": analysis})  # nothing raised


def test_the_cache_keeps_at_most_max_entries(tmp_path, monkeypatch):
    from workbench.core.models import Analysis
    from workbench.store import analysis_cache

    monkeypatch.setattr(analysis_cache, "MAX_ENTRIES", 3)
    cache = AnalysisCache(tmp_path)
    for n in range(5):
        cache.put({f"k{n}": Analysis([], [], "p")})
    cache.close()
    count = sqlite3.connect(Path(tmp_path) / "analyses.sqlite").execute("SELECT count(*) FROM analyses").fetchone()[0]
    assert count == 3


# -- analyses shipped for the demo articles ------------------------------------------
def test_shipped_demo_analyses_match_the_pipeline():
    import base64
    import json

    from workbench.store.analysis_cache import unpack

    spec = importlib.util.spec_from_file_location("build_shipped", ROOT / "packaging" / "build_shipped_analyses.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = module.entries()
    shipped = json.loads((ROOT / "resources" / "analyses" / "shipped.json").read_text(encoding="utf-8"))
    assert set(shipped) == set(fresh), "run packaging/build_shipped_analyses.py"
    for key, blob in fresh.items():
        a, b = unpack(base64.b64decode(blob)), unpack(base64.b64decode(shipped[key]))
        assert (a.segments, a.tokens, a.pipeline) == (b.segments, b.tokens, b.pipeline)


def test_the_demo_articles_need_no_analysis(monkeypatch, tmp_path):
    import workbench.nlp
    from workbench.store import analysis_cache

    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(tmp_path / "empty-cache"))
    monkeypatch.setattr(analysis_cache, "_SHARED", {})

    def refuse(*args, **kwargs):
        raise AssertionError("the demo articles were analysed")

    monkeypatch.setattr(workbench.nlp, "analyse_many", refuse)
    with Project.open(tmp_path / "demo.wbproj", create=True) as p:
        report = p.import_sources([str(f) for f in SEED_FILES])
        assert len(report.imported) == 5


def test_spacy_is_imported_without_its_command_line():
    """spaCy's __init__ pulls in its CLI (typer, weasel, httpx): a tenth of a second of every cold start."""
    import subprocess
    import sys

    code = ("import sys; from workbench.nlp.spacy_import import import_spacy; s = import_spacy(); "
            "s.blank('de'); print('httpx' in sys.modules, 'spacy.cli' in sys.modules); "
            "import spacy.cli; print(callable(spacy.cli.info))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False", "True"]

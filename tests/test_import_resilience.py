"""Issue 16: one bad file never aborts the others, and no input makes the pipeline quadratic."""

from __future__ import annotations

import importlib.util
import os
import random
import string
import threading
import time
from pathlib import Path

import pytest

from workbench.core.errors import ErrorCode
from workbench.nlp import analyse, pipeline_id
from workbench.nlp import analysis as nlp_analysis
from workbench.project import Project

GERMAN = ("Der nordkoreanische Machthaber Kim Jong Un hat dem russischen Präsidenten Wladimir Putin "
          "bei einem Treffen im Osten Russlands seine volle Unterstützung zugesagt. Die beiden trafen "
          "sich am Mittwoch auf dem Weltraumbahnhof Wostotschny, wie staatliche Medien berichteten.")
JAPANESE = ("北朝鮮の金正恩総書記はロシア極東のボストーチヌイ宇宙基地でプーチン大統領と会談した。"
            "両首脳は軍事協力について話し合ったと国営メディアが伝えた。") * 3


def timed(function, seconds: float) -> float:  # noqa: ANN001
    """Run ``function`` in a thread; fail if it takes longer than ``seconds`` (it may be quadratic)."""
    errors: list[BaseException] = []

    def run() -> None:
        try:
            function()
        except BaseException as error:  # noqa: BLE001 - handed to the test
            errors.append(error)

    started = time.monotonic()
    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"still running after {seconds} s"
    if errors:
        raise errors[0]
    return time.monotonic() - started


def long_word(length: int) -> str:
    rng = random.Random(length)
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(length))


def test_a_word_of_10000_letters_is_analysed_in_seconds() -> None:
    """HanTa's analysis of an unknown word is quadratic in its length: 800 letters took 64 s."""
    analyse("Ein kurzer Satz zum Laden.", "de")  # load the pipeline outside the clock
    text = f"Der Kanzler sagte am Mittwoch: {long_word(10_000)} und dann ging er."
    result: list = []
    assert timed(lambda: result.append(analyse(text, "de")), 10) < 10
    (analysis,) = result
    word = next(t for t in analysis.tokens if t.end - t.start == 10_000)
    assert (word.pos, word.lemma) == ("XY", text[word.start:word.end])
    assert [t.pos for t in analysis.tokens[:2]] == ["ART", "NN"]  # the rest is still tagged in context


def test_a_sentence_over_a_million_characters_is_analysed_in_pieces() -> None:
    """spaCy refuses a text over nlp.max_length (E088); long segments are cut at whitespace."""
    text = " ".join(f"wort{i % 997}" for i in range(130_000))  # 1.1 M characters, no full stop
    assert len(text) > 1_000_000
    analysis = analyse(text, "en")
    assert [(s.start, s.end) for s in analysis.segments] == [(0, len(text))]
    assert len(analysis.tokens) == 130_000
    assert all(text[t.start:t.end] == f"wort{i % 997}" for i, t in enumerate(analysis.tokens))


def test_japanese_without_its_tokenizer_package_uses_the_multilingual_pipeline() -> None:
    """spaCy's Japanese needs SudachiPy; without it, one Japanese article aborted the whole import."""
    if importlib.util.find_spec("sudachipy") is not None:
        pytest.skip("SudachiPy is installed here")
    analysis = analyse(JAPANESE, "ja")
    assert analysis.pipeline == pipeline_id("ja") and pipeline_id("ja").startswith("blank-xx")
    assert analysis.tokens and all(0 <= t.start < t.end <= len(JAPANESE) for t in analysis.tokens)


def write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_one_bad_file_never_aborts_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "a_deutsch.txt", GERMAN)
    write(folder, "b_japanisch.txt", JAPANESE)
    write(folder, "c_langer_satz.txt", "Langer Satz: " + " ".join(f"wort{i % 997}" for i in range(130_000)))
    write(folder, "d_langes_wort.txt", f"{GERMAN} {long_word(10_000)} {GERMAN}")
    write(folder, "e_leer.txt", "\u200b\u200b")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "f_rohr.txt")
    with Project.open(tmp_path / "p.wbproj", create=True) as project:
        report = project.import_sources([str(folder)], workers=1)
        imported = sorted(Path(o.source).name for o in report.imported)
        assert imported == ["a_deutsch.txt", "b_japanisch.txt", "c_langer_satz.txt", "d_langes_wort.txt"]
        failed = {Path(o.source).name: o.code for o in report.failed}
        assert failed.pop("e_leer.txt") == ErrorCode.NO_TEXT.value
        if hasattr(os, "mkfifo"):
            assert failed.pop("f_rohr.txt") == ErrorCode.SKIPPED.value
        assert not failed
        assert len(project.documents()) == 4


def test_an_analysis_failure_is_reported_for_its_file_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = nlp_analysis.analyse_rows

    def fragile(text: str, language: str):  # noqa: ANN202
        if "Sprengsatz" in text:
            raise ValueError("[E088] Text of length 1000001 exceeds maximum of 1000000.")
        return real(text, language)

    monkeypatch.setattr("workbench.nlp.batch.analyse_rows", fragile)
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "gut.txt", GERMAN)
    write(folder, "schlecht.txt", GERMAN.replace("Treffen", "Sprengsatz"))
    with Project.open(tmp_path / "p.wbproj", create=True) as project:
        report = project.import_sources([str(folder)], workers=1)
    assert [Path(o.source).name for o in report.imported] == ["gut.txt"]
    (bad,) = report.failed
    assert Path(bad.source).name == "schlecht.txt" and bad.code == ErrorCode.PIPELINE.value
    assert bad.reason.startswith("its text could not be analysed ([E088]")


def test_twenty_thousand_one_word_paragraphs_segment_in_seconds() -> None:
    """Page furniture compared each paragraph with the union of all others: quadratic (5,000 took 7 s)."""
    from workbench.nlp import segment

    rng = random.Random(7)
    text = "\n\n".join(long_word(rng.randint(3, 9)) + str(i) for i in range(20_000))
    result: list = []
    assert timed(lambda: result.append(segment(text, "de")), 10) < 10
    assert len(result[0]) == 20_000


def test_ten_thousand_nonsense_words_are_not_each_analysed_by_hanta() -> None:
    """HanTa tries every split of a word its lexicon lacks (~1.5 ms each): 10,000 random words took 14 s."""
    rng = random.Random(3)
    text = "\n".join("".join(rng.choice("abcdefghijklmnopqrstuvwxyzäöüß") for _ in range(rng.randint(4, 12)))
                     for _ in range(10_000))
    analyse("Ein kurzer Satz zum Laden.", "de")
    result: list = []
    assert timed(lambda: result.append(analyse(text, "de")), 6) < 6
    tags = [t.pos for t in result[0].tokens]
    assert len(tags) == 10_000 and tags.count("XY") > 0.9 * len(tags)


def test_german_prose_is_never_taken_for_nonsense() -> None:
    from workbench.nlp.tagger import get_tagger

    corpus = Path(__file__).parent / "data" / "corpus"
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]
    assert texts and not any(get_tagger().mostly_unknown(t) for t in texts)
    assert not get_tagger().mostly_unknown("\n\n".join(texts))


def test_furniture_marks_are_applied_in_linear_time_with_the_same_result() -> None:
    """Each mark used to be applied to every segment: 20,000 marks on 20,000 lines took 11 s."""
    from workbench.nlp import segment
    from workbench.nlp.furniture import Mark, _apply_one, apply_marks

    rng = random.Random(5)
    text = "\n\n".join(f"{long_word(rng.randint(4, 9)).capitalize()} wort{i}" for i in range(20_000))
    segments = segment(text, "de")
    marks = [Mark(s.start, s.end, True) for s in segments]
    result: list = []
    assert timed(lambda: result.append(apply_marks(text, segments, marks)), 5) < 5
    assert {s.kind for s in result[0]} == {"boilerplate"} and len(result[0]) == len(segments)

    seeds = Path(__file__).parent.parent / "seeds"
    article = sorted(seeds.glob("*.txt"))[0].read_text(encoding="utf-8")
    segments = segment(article, "de")
    for _ in range(30):  # overlapping marks of both kinds, against applying each mark to every segment
        marks = [Mark(a, a + rng.randint(1, 400), rng.random() < 0.6)
                 for a in sorted(rng.randrange(len(article)) for _ in range(rng.randint(1, 8)))]
        expected = segments
        for mark in marks:
            expected = _apply_one(article, expected, mark, "de")
        assert apply_marks(article, segments, marks) == expected


def test_a_long_list_shared_by_two_documents_is_judged_quickly() -> None:
    from workbench.nlp import segment
    from workbench.nlp.furniture import headline_lines, recurring_furniture

    rng = random.Random(9)
    lines = [f"{''.join(rng.choice(string.ascii_lowercase) for _ in range(8)).capitalize()} Zeile" for _ in range(5_000)]
    docs = {d: (text, segment(text, "de")) for d in "ab" for text in ["\n\n".join(lines)]}
    result: list = []
    assert timed(lambda: result.append(recurring_furniture(headline_lines(docs), lambda d: docs[d])), 5) < 5


def test_ten_thousand_asterisks_are_one_token_not_a_quadratic_tokenizer_run() -> None:
    """spaCy peels affixes off a run of punctuation one at a time: 10,000 asterisks took 30 s."""
    text = "*" * 10_000 + " Der Kanzler sagte etwas. " + "[" * 10_000
    result: list = []
    assert timed(lambda: result.append(analyse(text, "de")), 5) < 5
    tokens = result[0].tokens
    assert (tokens[0].start, tokens[0].end, tokens[0].pos) == (0, 10_000, "XY")
    assert (tokens[-1].start, tokens[-1].end) == (len(text) - 10_000, len(text))

"""Cues a scholar accepts: who speaks, word sense, balanced quotations, whole quotations (issue 12)."""

from __future__ import annotations

from workbench.align import AlignInput, align
from workbench.cues import detect_cues
from workbench.nlp import analyse
from workbench.nlp.quotes import quoted_ranges

FILLER = " Die Sitzung im Regierungsviertel dauerte bis tief in die Nacht und endete ohne eine weitere Erklärung." * 3


def _detect(texts: list[str]):
    docs = []
    for n, text in enumerate(texts, 1):
        text += FILLER
        a = analyse(text, "de")
        docs.append(AlignInput(f"d{n}", text, a.segments, a.tokens, "de"))
    return detect_cues(docs, align(docs))


def test_an_evaluation_inside_reported_thanks_is_the_speakers():
    cues = _detect(["Über einen Übersetzer bedankte sich Kim bei Putin für den herzlichen Empfang.",
                    "Kim dankte Putin für den warmen Empfang. Das abgeschottete Land ist arm."])
    herzlich = next(c for c in cues if c.text == "herzlichen")
    assert herzlich.speaker == "quoted" and not herzlich.shown
    assert next(c for c in cues if c.text == "abgeschottete").speaker == "outlet"


def test_an_adverb_describing_the_speech_stays_the_outlets():
    cues = _detect(["Der Sprecher sagte auf eine Frage allerdings lediglich: „Wir kooperieren in vielen Bereichen.“"])
    assert next(c for c in cues if c.text.startswith("lediglich") or c.text.endswith("lediglich")).speaker == "outlet"


def test_annehmen_is_a_hedge_only_with_a_clause():
    cues = _detect(["Bei dem Treffen wurde keinerlei Dokument angenommen. Die Resolution wurde angenommen.",
                    "Experten nehmen an, dass Waffen geliefert werden. Es wird angenommen, dass er bleibt."])
    hits = {(c.span.doc, c.text) for c in cues if "genommen" in c.text or "nehmen" in c.text}
    assert not any(doc == "d1" for doc, _ in hits), hits
    assert any(doc == "d2" for doc, _ in hits), hits


def test_a_stray_opening_mark_opens_no_quotation():
    text = "Er sprach von „Kooperation und unterstützt die Sache. Dann: „Wir sind bereit“, sagte er."
    assert [text[a:b] for a, b in quoted_ranges(text)] == ["Wir sind bereit"]
    doubled = "Peskow nannte es „„Kooperation in sensiblen Bereichen““."
    assert [doubled[a:b] for a, b in quoted_ranges(doubled)] == ["Kooperation in sensiblen Bereichen"]


def test_quote_variants_cover_the_whole_quotation_and_skip_function_words():
    cues = _detect([
        "Kim sagte: „Russland hat sich zu einem heiligen Kampf gegen die hegemonialen Kräfte erhoben.“",
        "Kim sagte: „Russland hat sich zu einem heiligen Krieg gegen die hegemonialen Kräfte erhoben.“",
        "Der Papst sagte: „Der Friede sei mit euch allen.“ Er lächelte.",
        "Der Papst sagte: „Der Friede sei mit euch.“ Er lächelte.",
    ])
    variants = [c for c in cues if c.category == "quote_variant"]
    kampf = next(c for c in variants if c.span.doc == "d1")
    assert kampf.text.startswith("Russland hat sich") and kampf.text.endswith("erhoben.")
    assert not [c for c in variants if c.span.doc in ("d3", "d4")]  # "allen" only: a function word

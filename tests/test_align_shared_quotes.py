"""Same quotation, same fact (``align/shared_quotes.py``): passages of two outlets that quote the same words share a
row however differently the sentences around the quotation are worded (issue 11)."""

from __future__ import annotations

from workbench.align import AlignInput, align
from workbench.align.features import Unit
from workbench.align.shared_quotes import shared_quote_pairs
from workbench.nlp import analyse

OTHER = [
    "Die Delegationen trafen sich am Vormittag im Palast.",
    "Am Abend gab es ein Bankett mit traditioneller Musik.",
    "Die Reise endet am Freitag mit einem Besuch im Hafen.",
]


def _inputs(first: str, second: str) -> list[AlignInput]:
    docs = []
    for n, sentence in enumerate((first, second), 1):
        text = " ".join([sentence, *OTHER[n - 1:], *OTHER[:n - 1]])
        a = analyse(text, "de")
        docs.append(AlignInput(f"d{n}", text, a.segments, a.tokens, "de"))
    return docs


def _grouped(result, docs: list[AlignInput], needle: str) -> bool:
    """Whether the passages of both documents holding ``needle`` are members of one group."""
    text = {d.doc: d.text for d in docs}
    for g in result.groups:
        holding = {m.doc for m in g.members if needle in text[m.doc][m.start:m.end]}
        if holding == {"d1", "d2"}:
            return True
    return False


def test_two_sentences_around_one_quotation_share_a_row():
    docs = _inputs("„Wir haben genug Zeit für alles“, so der Präsident bei einem Rundgang über das Gelände.",
                   "Putin winkte ab und erklärte den wartenden Journalisten gelassen: „Wir haben genug Zeit für alles.“")
    assert _grouped(align(docs), docs, "genug Zeit")


def test_a_quotation_inside_a_longer_one_links_and_a_short_one_or_a_small_part_is_a_candidate():
    texts = {"d1": "Er sagte: „Wir haben genug Zeit für alles“ dort.",
             "d2": "„Das ist gut. Wir haben genug Zeit für alles, und wir nutzen sie“, sagte er.",
             "d3": "Er sagte: „genug Zeit“ und ging.",
             "d4": "Der Präsident, der am Morgen mit dem Zug angereist war und am Abend ein Bankett gab, winkte auf "
                   "die Frage nach dem Zeitplan des Besuchs und der Rückreise nur ab: „Wir haben genug Zeit für alles.“"}
    units = [Unit(doc=d, doc_rank=k, index=0, start=0, end=len(t), kind="sentence")
             for k, (d, t) in enumerate(texts.items())]
    strong, weak = shared_quote_pairs(units, texts)
    assert strong == [(0, 1)]
    # in d4 the quotation is a small part of a long sentence, in d3 two words only: weaker evidence
    assert weak == [(0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]


def test_quotations_opening_with_common_words_are_still_found():
    """Fifty quotations open with "Wir haben …": the one two outlets share is looked up by its rarest words."""
    texts = {f"x{k}": f"Er sagte: „Wir haben heute Thema {k} und Punkt {k} besprochen.“" for k in range(50)}
    texts["d1"] = "Er sagte: „Wir haben genug Zeit für alles.“"
    texts["d2"] = "„Wir haben genug Zeit für alles“, so Putin."
    units = [Unit(doc=d, doc_rank=k, index=0, start=0, end=len(t), kind="sentence")
             for k, (d, t) in enumerate(texts.items())]
    strong, _ = shared_quote_pairs(units, texts)
    assert strong == [(50, 51)]

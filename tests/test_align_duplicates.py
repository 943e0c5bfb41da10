"""Same text, same row: identical and near-identical sentences always share a group; rows follow the reference."""

from __future__ import annotations

from workbench.align import AlignInput, align
from workbench.align.duplicates import normalise
from workbench.comparison.rows import build_rows
from workbench.core.models import Document
from workbench.nlp import analyse

FILLER = {
    "d1": "Der Kreml meldete am Abend neue Gespräche über Getreide. ",
    "d2": "Die Börse in Moskau schloss mit leichten Gewinnen. ",
    "d3": "In Wladiwostok regnete es den ganzen Tag. ",
}


def inputs(texts: dict[str, str]) -> list[AlignInput]:
    out = []
    for key, text in texts.items():
        a = analyse(text, "de")
        out.append(AlignInput(key, text, a.segments, a.tokens, "de"))
    return out


def group_of(result, doc: str, text: str, needle: str):
    at = text.index(needle)
    return next((g.id for g in result.groups for m in g.members if m.doc == doc and m.start <= at < m.end), None)


def test_normalisation_ignores_marks_case_hyphens_and_sharp_s():
    assert normalise("„Wir haben genug Zeit“, so Putin.") == normalise("«wir haben genug Zeit», so Putin")
    assert normalise("Die Ampel-Koalition ist am Ende.") == normalise("Die Ampelkoalition ist am Ende.")
    assert normalise("Die Straße") == normalise("Die Strasse")


def test_short_identical_quotes_share_a_row_whatever_their_marks():
    """A short quotation whose words are everywhere in the event (Putin, Zeit) is still the same sentence."""
    common = ("Putin sagte, es sei Zeit für Gespräche. Zeit habe Putin genug, hieß es. "
              "Putin will sich Zeit lassen, so der Kreml. ")
    quotes = ["„Dafür ist Zeit.“", "«Dafür ist Zeit.»", '"Dafür ist Zeit."']
    texts = {k: FILLER[k] + common + q for k, q in zip(FILLER, quotes)}
    result = align(inputs(texts))
    ids = {group_of(result, k, t, "Dafür ist") for k, t in texts.items()}
    assert len(ids) == 1 and None not in ids


def test_near_identical_agency_copy_shares_a_row():
    base = ("Der russische Präsident Wladimir Putin hat den nordkoreanischen Machthaber Kim Jong Un am Mittwoch "
            "im Kosmodrom Wostotschny empfangen.")
    edited = base.replace("am Mittwoch ", "am Mittwochmorgen ").replace("Kim Jong Un", "Kim Jong-un")
    texts = {"d1": FILLER["d1"] + base, "d2": FILLER["d2"] + edited}
    result = align(inputs(texts))
    assert group_of(result, "d1", texts["d1"], "Kosmodrom") == group_of(result, "d2", texts["d2"], "Kosmodrom") is not None


def test_rows_follow_the_reference_outlet_and_shared_facts_come_first():
    texts = {
        "d1": ("Putin empfing Kim Jong Un am Mittwoch im Kosmodrom Wostotschny. "
               "Die Gespräche dauerten nach Angaben des Kremls fünf Stunden."),
        "d2": ("Ein Sonderzug brachte Kim über die Grenze nach Russland. "
               "Die Gespräche dauerten nach Angaben des Kremls fünf Stunden. "
               "Putin empfing Kim Jong Un am Mittwoch im Kosmodrom Wostotschny."),
    }
    docs = [Document(id=k, text=t, sha256=k, imported="") for k, t in texts.items()]
    result = align(inputs(texts))
    rows = build_rows(docs, result)
    kinds = [(r.kind, sorted(r.cells)) for r in rows]
    # The reference (d1) order: the reception, then the talks; d2's own train sentence comes after the shared facts.
    assert kinds == [("group", ["d1", "d2"]), ("group", ["d1", "d2"]), ("unique", ["d2"])]
    assert "Kosmodrom" in texts["d1"][rows[0].cells["d1"][0].span.start:rows[0].cells["d1"][0].span.end]


def test_the_reference_passage_marks_what_others_replace():
    texts = {
        "d1": FILLER["d1"] + "Kim sprach beim Treffen mit Putin vom heiligen Krieg gegen den Westen.",
        "d2": FILLER["d2"] + "Kim sprach beim Treffen mit Putin vom heiligen Kampf.",
    }
    docs = [Document(id=k, text=t, sha256=k, imported="") for k, t in texts.items()]
    rows = build_rows(docs, align(inputs(texts)))
    row = next(r for r in rows if r.kind == "group" and len(r.cells) == 2)
    reference = next(p for ps in row.cells.values() for p in ps if p.reference)
    other = next(p for ps in row.cells.values() for p in ps if not p.reference)
    removed = "".join(p.text for p in reference.pieces if p.kind == "removed")
    changed = "".join(p.text for p in other.pieces if p.kind == "changed")
    assert removed and changed and removed != changed
    assert {removed, changed} <= {"Krieg gegen den Westen", "Kampf"}
    assert "".join(p.text for p in reference.pieces) == texts[reference.span.doc][reference.span.start:reference.span.end]

"""Project-level furniture: lines recurring across outlets' pages, and the user's marks."""

from __future__ import annotations

from workbench.nlp.furniture import Mark, apply_marks, headline_lines, recurring_furniture
from workbench.nlp.segmenter import segment

A = ("Putin empfängt Kim\n\nUnser Newsletter am Morgen\n\nPutin hat Kim im Kosmodrom empfangen. "
     "BERLIN - Sie sprachen über Raketen.\n\nFoto: privat\n")
B = ("Putin empfängt Kim\n\nUnser Newsletter am Morgen\n\nKim ist mit dem Zug angereist. "
     "Putin empfing ihn im Kosmodrom.\n")


def kinds(text, segs):
    return [(s.kind, text[s.start:s.end]) for s in segs]


def test_a_line_recurring_across_outlets_that_shares_nothing_with_the_story_is_furniture():
    docs = {"d1": (A, segment(A)), "d2": (B, segment(B))}
    marks = recurring_furniture(headline_lines(docs), docs.__getitem__)
    # The shared headline shares its story's words and stays; the newsletter line does not.
    assert [A[m.start:m.end] for m in marks["d1"]] == ["Unser Newsletter am Morgen"]
    assert [B[m.start:m.end] for m in marks["d2"]] == ["Unser Newsletter am Morgen"]
    alone = {"d1": (A, segment(A))}
    assert recurring_furniture(headline_lines(alone), alone.__getitem__) == {}


def test_marking_part_of_a_sentence_as_furniture_splits_it():
    segs = segment(A)
    start = A.index("BERLIN - ")
    out = apply_marks(A, segs, [Mark(start, start + len("BERLIN -"), True)])
    assert ("boilerplate", "BERLIN -") in kinds(A, out)
    assert ("sentence", "Sie sprachen über Raketen.") in kinds(A, out)
    covered = "".join(A[s.start:s.end] for s in out).replace(" ", "")
    assert covered == "".join(A.split())


def test_marking_furniture_as_text_and_a_later_mark_winning():
    segs = segment(A)
    credit = A.index("Foto: privat")
    assert ("boilerplate", "Foto: privat") in kinds(A, segs)
    as_text = apply_marks(A, segs, [Mark(credit, credit + 5, False)])
    assert ("headline", "Foto: privat") in kinds(A, as_text)
    again = apply_marks(A, segs, [Mark(credit, credit + 5, False), Mark(credit, credit + 12, True)])
    assert ("boilerplate", "Foto: privat") in kinds(A, again)
    headline = apply_marks(A, segs, [Mark(0, 18, True)])
    assert kinds(A, headline)[0] == ("boilerplate", "Putin empfängt Kim")

"""The one comparison model (issue 14): ``compare`` narrows an alignment to chosen outlets and builds what
the app's Qt models adapt and the exports render: rows, labels, the cues shown, the annotations kept."""

from __future__ import annotations

from workbench.comparison import Comparison, CueFilter, compare
from workbench.core.annotation_models import Annotation, Target
from workbench.core.models import Alignment, AlignmentResult, Cue, Document, Group, Span

TEXTS = {"d1": "The leader said yes. Only here.", "d2": "The leader says yes. Elsewhere too.",
         "d3": "The leader said yes. Third only."}
DOCS = {k: Document(k, t, outlet={"d1": "Daily", "d2": "Weekly", "d3": "Daily"}[k]) for k, t in TEXTS.items()}
STAMP = "2024-05-01T10:00:00Z"


def _result() -> AlignmentResult:
    members = [Span(d, 0, 20) for d in TEXTS]
    return AlignmentResult(
        [Group("g1", 0.9, members)],
        [Alignment(members[0], members[1], "g1", 0.9), Alignment(members[0], members[2], "g1", 0.9)],
        [Span("d1", 21, 31), Span("d2", 21, 35), Span("d3", 21, 32)], list(TEXTS), "p")


def _cues() -> list[Cue]:
    leader = Cue(Span("d1", 4, 10), "leader", "actor_label", "label", "why",
                 counterparts=[(Span("d2", 4, 10), "leader"), (Span("d3", 4, 10), "leader")])
    third = Cue(Span("d3", 21, 26), "Third", "evaluative", "label", "why")
    says = Cue(Span("d2", 11, 15), "says", "reporting_verb", "label", "why", shown=False)
    return [leader, third, says]


def _annotations() -> list[Annotation]:
    return [Annotation("a1", "n", [], [Target("d1", 21, 25, "Only"), Target("d3", 0, 3, "The")], STAMP, STAMP),
            Annotation("a2", "n", [], [Target("d2", 0, 3, "The")], STAMP, STAMP)]


def test_compare_narrows_the_alignment_cues_and_annotations_to_the_chosen_outlets():
    c = compare([DOCS["d1"], DOCS["d3"]], _result(), _cues(), annotations=_annotations())
    assert [m.doc for m in c.result.groups[0].members] == ["d1", "d3"]
    assert [u.doc for u in c.result.unique] == ["d1", "d3"]
    assert [r.kind for r in c.rows] == ["group", "unique", "unique"]
    assert c.labels == {"d1": "Daily (d1)", "d3": "Daily (d3)"}  # two outlets of one name are told apart
    leader, third = c.shown_cues
    assert leader.counterparts == [(Span("d3", 4, 10), "leader")]  # wordings elsewhere: compared outlets only
    assert third.text == "Third"
    assert [a.id for a in c.annotations] == ["a1"] and len(c.annotations[0].targets) == 2
    reference = c.reference(c.rows[0])
    assert reference is not None and reference.span == Span("d1", 0, 20)
    assert any(p.cue is not None and p.cue.text == "leader" for p in reference.pieces)


def test_shared_only_keeps_the_groups_and_what_lies_in_them():
    c = compare([DOCS["d1"], DOCS["d3"]], _result(), _cues(), annotations=_annotations(), shared_only=True)
    assert c.result.unique == [] and [r.kind for r in c.rows] == ["group"]
    assert [x.text for x in c.shown_cues] == ["leader"]
    assert [(t.doc, t.start) for a in c.annotations for t in a.targets] == [("d3", 0)]


def test_the_cue_filter_decides_the_cues_on_the_pieces_and_refiltering_only_lays_out_again():
    docs = [DOCS["d1"], DOCS["d2"]]
    plain = compare(docs, _result(), _cues())
    assert [x.text for x in plain.shown_cues] == ["leader"]  # the neutral "says" is hidden by default
    every = CueFilter(include_hidden=True)
    direct = compare(docs, _result(), _cues(), every)
    assert [x.text for x in direct.shown_cues] == ["leader", "says"]
    again = plain.refiltered(every)
    assert again.rows == direct.rows and again.cue_filter == every
    labels_only = compare(docs, _result(), _cues(), CueFilter(frozenset({"reporting_verb"}), True))
    assert [x.text for x in labels_only.shown_cues] == ["says"]


def test_labels_for_articles_not_compared_and_rows_left_out_on_request():
    c = compare([DOCS["d1"], DOCS["d2"]], _result(), others=list(DOCS.values()), lay_out=False)
    assert c.rows == [] and c.note == ""
    assert c.labels == {"d1": "Daily", "d2": "Weekly", "d3": "Daily (d3)"}
    assert Comparison(note="too-few-selected").is_empty


def test_full_texts_are_one_row_per_article_with_the_cues_shown():
    c = compare([DOCS["d1"], DOCS["d3"]], _result(), _cues())
    rows = c.full_texts()
    assert [list(r.cells) for r in rows] == [["d1"], ["d3"]]
    assert "".join(p.text for p in rows[1].cells["d3"][0].pieces) == TEXTS["d3"]
    assert [p.cue.text for r in rows for p in r.cells[next(iter(r.cells))][0].pieces if p.cue] == ["leader", "Third"]

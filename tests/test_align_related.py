"""Related markers (issue 11) and the one restrict rule for every view (issue 14)."""

from __future__ import annotations

import numpy as np
import pytest

from tests.conftest import SEED_FILES
from workbench.align import AlignInput, align
from workbench.align.features import Unit
from workbench.align.related import related_marks
from workbench.comparison.restrict import restrict
from workbench.comparison.rows import build_rows
from workbench.core.models import AlignmentResult, Alignment, Document, Group, Related, Span
from workbench.nlp import analyse


def _unit(doc_rank: int, index: int) -> Unit:
    return Unit(f"d{doc_rank + 1}", doc_rank, index, index * 100, index * 100 + 90, "sentence")


def test_a_lead_resembling_two_groups_is_related_to_both():
    # d1 and d2 report fact X (units 0, 2) and fact Y (units 1, 3); d3's lead (unit 4) resembles both.
    units = [_unit(0, 0), _unit(0, 1), _unit(1, 0), _unit(1, 1), _unit(2, 0), _unit(2, 1)]
    clusters = [[0, 2], [1, 3]]
    pairs = (np.array([0, 1, 2, 3, 4]), np.array([4, 4, 5, 5, 5]), np.array([0.35, 0.25, 0.05, 0.1, 0.15]))
    marks = related_marks(units, clusters, pairs, floor=0.2, most=3)
    assert [(m.unit, m.cluster) for m in marks] == [(4, 0), (4, 1)]
    # below the floor, or excluded by the user's "unlink", it stays unique
    assert related_marks(units, clusters, pairs, floor=0.4, most=3) == []
    assert related_marks(units, clusters, pairs, floor=0.2, most=3, exclude={4}) == []
    assert len(related_marks(units, clusters, pairs, floor=0.2, most=1)) == 1


def test_a_grouped_passage_is_not_related_to_a_group_its_outlet_is_in():
    units = [_unit(0, 0), _unit(0, 1), _unit(1, 0), _unit(1, 1)]
    clusters = [[0, 2], [1, 3]]
    pairs = (np.array([0]), np.array([3]), np.array([0.5]))
    assert related_marks(units, clusters, pairs, floor=0.2, most=3) == []


@pytest.fixture(scope="module")
def seeds() -> tuple[list[AlignInput], AlignmentResult]:
    inputs = []
    for n, path in enumerate(SEED_FILES, start=1):
        text = path.read_text(encoding="utf-8")
        a = analyse(text, "de")
        inputs.append(AlignInput(f"d{n}", text, a.segments, a.tokens, "de"))
    return inputs, align(inputs)


def test_every_passage_is_in_a_group_unique_or_related(seeds):
    inputs, result = seeds
    gids = {g.id for g in result.groups}
    assert result.related, "the seeds have leads that sum up several facts"
    for r in result.related:
        assert r.groups and set(r.groups) <= gids
        assert r.span not in result.unique
    covered = [(m.doc, m.start, m.end) for g in result.groups for m in g.members]
    covered += [(u.doc, u.start, u.end) for u in result.unique] + [(r.span.doc, r.span.start, r.span.end) for r in result.related]
    for d in inputs:
        for seg in d.segments:
            if seg.kind == "boilerplate" or not d.text[seg.start : seg.end].strip():
                continue
            assert any(doc == d.doc and s <= seg.start < e for doc, s, e in covered), d.text[seg.start : seg.end]


def test_related_rows_are_shown_with_their_groups(seeds):
    inputs, result = seeds
    documents = [Document(d.doc, "x", d.text, outlet=d.doc) for d in inputs]
    rows = build_rows(documents, result)
    related_rows = [r for r in rows if r.kind == "related"]
    assert related_rows and all(r.related for r in related_rows)
    marked_cells = [p for r in rows if r.kind == "group" for ps in r.cells.values() for p in ps if p.related]
    assert len(related_rows) + len(marked_cells) >= 1


def _result() -> AlignmentResult:
    a1, b1, c1 = Span("d1", 0, 10), Span("d2", 0, 10), Span("d3", 0, 10)
    a2, b2 = Span("d1", 20, 30), Span("d2", 20, 30)
    lead = Span("d3", 20, 30)
    groups = [Group("g1", 0.5, [a1, b1, c1]), Group("g2", 0.4, [a2, b2])]
    alignments = [Alignment(a1, b1, "g1", 0.5), Alignment(a1, c1, "g1", 0.5), Alignment(a2, b2, "g2", 0.4)]
    return AlignmentResult(groups, alignments, [Span("d2", 40, 50)], ["d1", "d2", "d3"], "p",
                           [Related(lead, ["g2", "g1"], 0.3)])


def test_restrict_keeps_groups_of_two_chosen_outlets_and_their_related_markers():
    view = restrict(_result(), ["d1", "d3"])
    assert [g.id for g in view.groups] == ["g1"]
    assert [m.doc for m in view.groups[0].members] == ["d1", "d3"]
    assert Span("d1", 20, 30) in view.unique  # g2 fell apart: d1's passage is unique among d1 and d3
    assert [(r.span, r.groups) for r in view.related] == [(Span("d3", 20, 30), ["g1"])]
    assert [(a.a.doc, a.b.doc) for a in view.alignments] == [("d1", "d3")]


def test_restrict_turns_a_related_passage_unique_when_its_groups_go():
    view = restrict(_result(), ["d2", "d3"])
    assert [g.id for g in view.groups] == ["g1"]
    assert [r.groups for r in view.related] == [["g1"]]
    view = restrict(_result(), ["d3", "d2"])
    assert view.docs == ["d3", "d2"]
    only = restrict(AlignmentResult([], [], [], ["d1", "d3"], "p", [Related(Span("d3", 20, 30), ["g2"], 0.3)]), ["d1", "d3"])
    assert only.related == [] and only.unique == [Span("d3", 20, 30)]


def test_restrict_without_unique_keeps_groups_only():
    view = restrict(_result(), ["d1", "d2", "d3"], unique=False)
    assert view.unique == [] and view.related == [] and len(view.groups) == 2

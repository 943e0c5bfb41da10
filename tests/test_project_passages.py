"""The facade methods behind `workbench diff`, `merge` and `furniture` (the command line only parses and
prints): diffs of any two passages, merging groups, marking several passages at once."""

from __future__ import annotations

import shutil

import pytest

from workbench.core.errors import WorkbenchError
from workbench.core.models import Span
from workbench.project import Project


@pytest.fixture
def project(prepared_seeds, tmp_path):
    path = tmp_path / "p.wbproj"
    shutil.copy(prepared_seeds, path)
    with Project.open(path) as p:
        yield p


def test_diff_of_two_passages(project):
    a, b = project.document("d1").text[:80], project.document("d2").text[:60]
    diff = project.diff_passages(Span("d1", 0, 80), Span("d2", 0, 60))
    assert "".join(t for op, t in diff if op != 1) == a and "".join(t for op, t in diff if op != -1) == b
    same = project.diff_passages(Span("d1", 0, 80), Span("1", 0, 80))
    assert [op for op, _ in same] == [0]
    folded = project.diff_passages(Span("d1", 0, 80), Span("d1", 0, 80), ignore_case=True, ignore_punctuation=True)
    assert [op for op, _ in folded] == [0]


def test_diff_refuses_a_passage_beyond_the_text(project):
    end = len(project.document("d2").text)
    with pytest.raises(WorkbenchError, match=f"d2:0-{end + 1} lies beyond the end of the text"):
        project.diff_passages(Span("d1", 0, 10), Span("d2", 0, end + 1))
    with pytest.raises(WorkbenchError):
        project.diff_passages(Span("d1", 0, 10), Span("nope", 0, 5))


def test_merge_groups_stores_a_link_of_their_first_passages(project):
    first, second = project.alignment().groups[:2]
    correction_id = project.merge_groups([first.id, second.id], "same fact")
    stored = project.corrections()[-1]
    assert stored.id == correction_id and stored.kind == "link" and stored.note == "same fact"
    assert stored.spans == [first.members[0], second.members[0]]
    merged = project.align()

    def overlaps(span, group):
        return any(m.doc == span.doc and m.start < span.end and span.start < m.end for m in group.members)

    assert any(overlaps(first.members[0], g) and overlaps(second.members[0], g) for g in merged.groups)


def test_merge_groups_refuses_unknown_groups_and_an_unaligned_project(project, tmp_path):
    with pytest.raises(WorkbenchError, match="no group g998, g999 in the current alignment"):
        project.merge_groups(["g1", "g998", "g999"])
    assert project.corrections() == []
    with Project.open(tmp_path / "empty.wbproj", create=True) as empty, \
            pytest.raises(WorkbenchError, match="nothing aligned yet"):
        empty.merge_groups(["g1", "g2"])


def test_mark_furniture_all_checks_every_passage_first(project):
    end = len(project.document("d2").text)
    with pytest.raises(WorkbenchError, match="lies beyond the end of the text"):
        project.mark_furniture_all([Span("d1", 0, 20), Span("d2", 0, end + 5)], True)
    assert project.furniture_corrections() == [], "nothing is stored when one passage is wrong"
    done = project.mark_furniture_all([Span("1", 0, 20), Span("d2", 5, 9)], False, "kept")
    assert [span for _, span in done] == [Span("d1", 0, 20), Span("d2", 5, 9)]
    marks = project.furniture_corrections()
    assert [(c.id, c.kind, c.note) for c in marks] == [(done[0][0], "text", "kept"), (done[1][0], "text", "kept")]
    project.correct("unlink", [Span("d3", 0, 10)])
    assert len(project.furniture_corrections()) == 2 and len(project.corrections()) == 3


def test_align_params(project):
    params = Project.align_params(ignore_case=True)
    assert params.ignore_case and not params.ignore_punctuation and params.embedding_model is None
    assert project.align(params=params).params == params.fingerprint()

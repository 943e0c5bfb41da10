"""Annotations through the Project facade: annotate, filter, update, undo helpers, code system, linking, anchors."""

from __future__ import annotations

import shutil

import pytest

from workbench.core import ErrorCode, WorkbenchError
from workbench.core.annotation_models import Target
from workbench.core.models import Span
from workbench.project import Project
from workbench.store import ProjectStore


@pytest.fixture(scope="module")
def prepared(prepared_seeds):
    return prepared_seeds


@pytest.fixture
def project(prepared, tmp_path):
    path = tmp_path / "p.wbproj"
    shutil.copy(prepared, path)
    with Project.open(path) as p:
        yield p


def span_of(p: Project, doc: str, words: str) -> Span:
    i = p.document(doc).text.index(words)
    return Span(doc, i, i + len(words))


def test_annotate_filter_and_events(project):
    events = []
    project.subscribe(events.append)
    a = project.annotate([span_of(project, "d1", "Diktator")], "Wertende Bezeichnung", ["actor label", "Wertung"])
    assert (a.id, a.targets[0].quote, a.codes) == ("a1", "Diktator", ["actor label", "Wertung"])
    assert [(e.kind, e.docs) for e in events] == [("annotations-changed", ("d1",)), ("codes-changed", ())]
    b = project.annotate([span_of(project, "d2", "heiligen Krieg"), span_of(project, "d3", "heiligen Kampf")],
                         "Zitat", ["Quote drift", "WERTUNG"])
    assert b.codes == ["Quote drift", "Wertung"]  # an existing code is matched regardless of case
    assert [x.id for x in project.annotations(code="wertung")] == ["a1", "a2"]
    assert [x.id for x in project.annotations(code="quote drift")] == ["a2"]
    assert [x.id for x in project.annotations(doc="d3")] == ["a2"]
    assert [x.id for x in project.annotations(doc="001_45e3a0037ed7798c.txt")] == ["a2"]  # any document reference
    assert [x.id for x in project.annotations(text="diktator")] == ["a1"]  # quotes count
    assert [x.id for x in project.annotations(text="zitat", code="Wertung")] == ["a2"]
    assert [(c.name, c.uses) for c in project.codes()] == [("actor label", 1), ("Quote drift", 1), ("Wertung", 2)]


def test_update_keeps_what_is_not_given_and_undo_helpers_restore(project):
    a = project.annotate([span_of(project, "d1", "Diktator")], "erst", ["c1"])
    with ProjectStore.open(project.path) as store:  # a detached target, as a text edited outside Workbench leaves it
        store.save_annotation(a.note, a.codes, a.targets + [Target("d2", 0, 5, "xxxxx")], number=a.number,
                              created=a.created, modified=a.modified, replace=True)
    before = project.annotation(a.id)
    changed = project.update_annotation(a.id, note="später")
    assert changed.note == "später" and changed.codes == ["c1"]
    assert changed.targets == before.targets and changed.targets[1].detached  # kept as it was, not re-quoted
    assert changed.created == before.created
    recoded = project.update_annotation("a1", codes=["c2"], targets=[span_of(project, "d1", "Kremlchef")])
    assert recoded.codes == ["c2"] and [t.quote for t in recoded.targets] == ["Kremlchef"]
    assert project.restore_annotation(before) == before  # undo of the updates: exactly as it was
    gone = project.delete_annotation("a1")
    assert project.annotations() == []
    events = []
    project.subscribe(events.append)
    assert project.restore_annotation(gone) == before  # undo of the deletion: same id, timestamps, codes
    assert [e.kind for e in events] == ["annotations-changed"]
    project.remove_code("c1")
    again = project.restore_annotation(gone)  # a code removed meanwhile comes back
    assert again.codes == ["c1"]


def test_code_system_changes(project):
    project.annotate([span_of(project, "d1", "Diktator")], "", ["Label"])
    project.annotate([span_of(project, "d2", "Kremlchef")], "", ["Bezeichnung", "Label"])
    added = project.add_code("Quelle", "#00AA00", " Quellenangabe ")
    assert (added.colour, added.description, added.uses) == ("#00aa00", "Quellenangabe", 0)
    events = []
    project.subscribe(events.append)
    project.rename_code("Label", "Akteursbezeichnung")
    assert "codes-changed" in [e.kind for e in events]
    assert project.annotation("a1").codes == ["Akteursbezeichnung"]
    assert project.recolour_code("Akteursbezeichnung", "#FF0000").colour == "#ff0000"
    assert project.describe_code("Quelle", "wer zitiert wird").description == "wer zitiert wird"
    assert project.merge_codes("Akteursbezeichnung", "Bezeichnung") == 1
    assert project.annotation("a2").codes == ["Akteursbezeichnung"]
    assert [c.name for c in project.codes()] == ["Akteursbezeichnung", "Quelle"]
    for bad in (lambda: project.add_code("x", "rot"), lambda: project.recolour_code("Quelle", "#12345"),
                lambda: project.rename_code("Quelle", "akteursbezeichnung"), lambda: project.rename_code("nope", "x"),
                lambda: project.merge_codes("Quelle", "nope"), lambda: project.add_code("   ")):
        with pytest.raises(WorkbenchError) as err:
            bad()
        assert err.value.code is ErrorCode.BAD_VALUE and str(err.value)


def test_bad_annotations_are_refused_with_a_reason(project):
    length = len(project.document("d1").text)
    for spans, words in (([], "at least one"), ([Span("d1", 10, length + 5)], "not a passage"),
                         ([Span("d9", 0, 3)], "no document")):
        with pytest.raises(WorkbenchError) as err:
            project.annotate(spans, "n")
        assert words in str(err.value)
    with pytest.raises(WorkbenchError):
        project.annotation("x7")
    with pytest.raises(WorkbenchError):
        project.delete_annotation("a42")


def test_link_to_group_uses_cue_counterparts_then_the_word_diff(project):
    label = project.annotate([span_of(project, "d1", "Diktator")], "Bezeichnung für Kim")
    linked = project.link_to_group(label.id)
    quotes = {t.doc: t.quote for t in linked.targets}
    assert quotes["d1"] == "Diktator" and quotes["d2"] == "Präsident"  # the cue's counterpart in d2
    assert len(linked.targets) == len(set(quotes)) >= 3  # one passage per outlet of the group
    phrase = project.annotate([span_of(project, "d1", "heiligen Kampf zum Schutz seiner Souveränität")], "Zitat")
    quotes = {t.doc: t.quote for t in project.link_to_group(phrase.id).targets}
    assert quotes["d2"] == "heiligen Kampf zum Schutz seiner Souveränität"  # the same words, found by the diff
    assert quotes["d3"].startswith("heiligen Kampf")
    with pytest.raises(WorkbenchError) as err:
        project.link_to_group(phrase.id)  # every outlet of the group is a target already
    assert "no other outlet" in str(err.value)
    alone = project.annotate([span_of(project, "d4", "Raketenstartanlage zu einem")], "nur AP")
    with pytest.raises(WorkbenchError):
        project.link_to_group(alone.id)  # a passage no other outlet reports


def test_reanchor_moves_only_unique_quotes_and_reports_the_rest(project):
    text = project.document("d1").text
    right = span_of(project, "d1", "Kremlchef")
    shifted = Target("d1", right.start + 40, right.end + 40, "Kremlchef")
    ambiguous = Target("d1", 3, 11, "Russland")  # occurs many times: never guessed
    with ProjectStore.open(project.path) as store:  # stored detached, as a text edited outside Workbench leaves them
        a = store.save_annotation("n", [], [shifted, ambiguous])
    assert [t.detached for t in project.annotation(a.id).targets] == [True, True]
    assert text.count("Russland") > 1
    assert project.reanchor_annotations() == (1, 1)
    fixed = project.annotation(a.id)
    assert (fixed.targets[0].start, fixed.targets[0].detached) == (right.start, False)
    assert fixed.targets[1].detached and fixed.targets[1].start == 3

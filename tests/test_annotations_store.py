"""Annotations and codes in the store (schema v4): round trip, detached targets, code system, transactions."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
import sqlite_utils

from workbench.core import Analysis, ErrorCode, ExtractedArticle, Segment, StoreError
from workbench.core.annotation_models import PALETTE, Target, reanchor
from workbench.store import LATEST_VERSION, ProjectStore
from workbench.store import migrations, schema

TEXT = "Putin traf den Diktator Kim. Sie sprachen „lange“ über Raketen und 😀 Satelliten."


def add_doc(store: ProjectStore, text: str = TEXT, name: str = "a.txt") -> str:
    sha = hashlib.sha256(text.encode()).hexdigest()
    article = ExtractedArticle(text=text, source=name, sha256=sha, extractor="text", outlet="O")
    return store.add_document(article, Analysis([Segment(0, len(text), "sentence")], [], "test/1"), word_count=9).id


def target(text: str, word: str, doc: str = "d1") -> Target:
    i = text.index(word)
    return Target(doc, i, i + len(word), word)


def test_round_trip_with_codes_and_several_targets(project_path):
    with ProjectStore.open(project_path, create=True) as store:
        d1, d2 = add_doc(store), add_doc(store, TEXT.replace("Diktator", "Machthaber"), "b.txt")
        other = TEXT.replace("Diktator", "Machthaber")
        saved = store.save_annotation("loaded label", ["actor label", "Wertung"],
                                      [target(TEXT, "Diktator", d1), target(other, "Machthaber", d2)])
        assert saved.id == "a1" and saved.codes == ["actor label", "Wertung"]
    with ProjectStore.open(project_path) as store:
        (a,) = store.annotations()
        assert (a.note, a.codes) == ("loaded label", ["actor label", "Wertung"])
        assert [(t.doc, t.quote, t.detached) for t in a.targets] == [("d1", "Diktator", False), ("d2", "Machthaber", False)]
        assert a.created and a.modified == a.created
        codes = {c.name: c for c in store.codes()}
        assert codes["actor label"].colour == PALETTE[0] and codes["Wertung"].colour == PALETTE[1]
        assert codes["actor label"].uses == 1


def test_offsets_are_code_points_even_after_emoji(project_path):
    """SQLite's substr and Python slicing agree on code points, so the check does not drift after an emoji."""
    with ProjectStore.open(project_path, create=True) as store:
        add_doc(store)
        (a,) = [store.save_annotation("", [], [target(TEXT, "Satelliten")])]
        assert not a.targets[0].detached


def test_target_whose_quote_no_longer_matches_is_detached_not_moved(project_path):
    with ProjectStore.open(project_path, create=True) as store:
        add_doc(store)
        right = target(TEXT, "Diktator")
        shifted = Target("d1", right.start + 3, right.end + 3, "Diktator")  # as if the text had changed
        a = store.save_annotation("n", [], [right, shifted])
        assert [t.detached for t in a.targets] == [False, True]
        assert (a.targets[1].start, a.targets[1].end) == (shifted.start, shifted.end)  # reported, never silently moved
        assert a.detached == [a.targets[1]]
        moved = reanchor(TEXT, a.targets[1])
        assert (moved.start, moved.end, moved.detached) == (right.start, right.end, False)


def test_reanchor_only_when_the_quote_is_unique_nearby():
    text = "der Kim sagte. " * 3 + "Ende."
    lost = Target("d1", 1, 4, "Kim")  # "Kim" occurs three times: ambiguous
    assert reanchor(text, lost) is None
    assert reanchor(text, Target("d1", 1, 5, "Ende")).start == text.index("Ende")
    assert reanchor(text, Target("d1", 0, 3, "nirgends")) is None


def test_ids_are_never_reused_and_restore_keeps_the_id(project_path):
    with ProjectStore.open(project_path, create=True) as store:
        add_doc(store)
        first = store.save_annotation("eins", ["c"], [target(TEXT, "Kim")])
        second = store.save_annotation("zwei", [], [target(TEXT, "Putin")])
        store.delete_annotation(second.number)
        third = store.save_annotation("drei", [], [target(TEXT, "Raketen")])
        assert third.id == "a3"  # not a2 again: an undone deletion can bring a2 back
        back = store.save_annotation(second.note, second.codes, second.targets, number=second.number,
                                     created=second.created, modified=second.modified)
        assert back == second
        with pytest.raises(StoreError):
            store.save_annotation("x", [], [target(TEXT, "Kim")], number=first.number)  # taken
        with pytest.raises(StoreError):
            store.delete_annotation(99)


def test_code_system_rename_merge_recolour_remove(project_path):
    with ProjectStore.open(project_path, create=True) as store:
        add_doc(store)
        store.add_code("Wertung", "#123456", "wertende Sprache")
        with pytest.raises(StoreError):
            store.add_code("wertung", None)  # names are unique regardless of case
        a = store.save_annotation("", ["wertung", "Label"], [target(TEXT, "Diktator")])
        assert a.codes == ["Wertung", "Label"]  # the stored name wins
        b = store.save_annotation("", ["Label"], [target(TEXT, "Kim")])
        store.update_code("Label", new_name="Bezeichnung", colour="#abcdef")
        assert store.annotations([b.number])[0].codes == ["Bezeichnung"]
        with pytest.raises(StoreError) as err:
            store.update_code("Bezeichnung", new_name="Wertung")
        assert "merge" in str(err.value)
        assert store.merge_codes("Wertung", "Bezeichnung") == 2
        assert [x.codes for x in store.annotations()] == [["Wertung"], ["Wertung"]]
        assert [(c.name, c.colour, c.uses) for c in store.codes()] == [("Wertung", "#123456", 2)]
        with pytest.raises(StoreError):
            store.merge_codes("Wertung", "Wertung")
        store.remove_code("Wertung")
        assert store.codes() == [] and [x.codes for x in store.annotations()] == [[], []]
        with pytest.raises(sqlite3.IntegrityError):
            store.add_code("bad", "red")  # the schema checks colours too


def test_a_failed_change_leaves_nothing(project_path):
    with ProjectStore.open(project_path, create=True) as store:
        add_doc(store)
        with pytest.raises(StoreError) as err:
            store.save_annotation("n", ["c"], [target(TEXT, "Kim"), Target("d9", 0, 3, "Put")])
        assert err.value.code is ErrorCode.NO_SUCH_DOCUMENT
        with pytest.raises(sqlite3.IntegrityError):
            store.save_annotation("n", ["neu"], [target(TEXT, "Kim"), Target("d1", 5, 5, "")])  # empty target
        assert store.annotations() == [] and store.codes() == []  # the code "neu" went with the rollback


def test_deleting_a_document_takes_its_targets(project_path):
    with ProjectStore.open(project_path, create=True) as store:
        add_doc(store)
        d2 = add_doc(store, TEXT + " Mehr.", "b.txt")
        a = store.save_annotation("", [], [target(TEXT, "Kim"), target(TEXT, "Kim", d2)])
        store.delete_document(d2)
        assert [t.doc for t in store.annotations([a.number])[0].targets] == ["d1"]


def test_v3_project_with_data_migrates_to_annotations(tmp_path):
    path = tmp_path / "v3.wbproj"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    migrations.migrate(conn, target=3)
    db = sqlite_utils.Database(conn)
    db.execute("INSERT INTO documents (title, source, sha256, imported, word_count, text) VALUES "
               "('Alt', 'alt.txt', ?, 'x', 3, 'Ein alter Text.')", ["0" * 64])
    db.execute("INSERT INTO entities (name, aliases) VALUES ('Kim Jong Un', '[\"Kim\"]')")
    conn.close()
    with ProjectStore.open(path) as store:
        assert store.schema_version == LATEST_VERSION >= 4
        assert store.entities() == {"Kim Jong Un": ["Kim"]} and store.annotations() == []
        assert len(store.get_meta("project_uuid")) == 36
        a = store.save_annotation("alt", ["neu"], [Target("d1", 4, 9, "alter")])
        assert not a.targets[0].detached

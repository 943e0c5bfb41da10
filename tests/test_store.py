"""The project store: round trip, immutability, errors that change nothing, migrations."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from workbench.core import Analysis, ErrorCode, ExtractedArticle, Segment, StoreError, Token
from workbench.core.annotation_models import Target
from workbench.store import LATEST_VERSION, ProjectStore
from workbench.store import migrations, schema


def article(text: str = "Putin traf Kim. Sie sprachen lange.", **meta) -> ExtractedArticle:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return ExtractedArticle(text=text, source=meta.pop("source", "a.txt"), sha256=sha, extractor="text", **meta)


def analysis_of(text: str) -> Analysis:
    first = text.index(".") + 1
    segs = [Segment(0, first, "sentence"), Segment(first + 1, len(text), "sentence")]
    toks = [Token(0, 5, "Putin", "NE"), Token(6, 10, "treffen", "VVFIN"), Token(14, 15, ".", "$.", is_punct=True)]
    return Analysis(segments=segs, tokens=toks, pipeline="test/1")


def test_round_trip(project_path):
    text = "Putin traf Kim. Sie sprachen „lange“ über Raketen."
    with ProjectStore.open(project_path, create=True) as store:
        doc = store.add_document(article(text, title="T", outlet="O", published="2023-09-13"), analysis_of(text), word_count=8)
        assert doc.id == "d1"
    with ProjectStore.open(project_path) as store:
        doc = store.document("d1")
        assert doc.text == text
        assert (doc.title, doc.outlet, doc.published, doc.word_count) == ("T", "O", "2023-09-13", 8)
        assert doc.sha256 == hashlib.sha256(text.encode()).hexdigest()
        assert doc.imported and doc.extractor == "text"
        segs = store.segments("d1")
        assert [text[s.start : s.end] for s in segs] == ["Putin traf Kim.", "Sie sprachen „lange“ über Raketen."]
        stored = store.analysis("1")
        assert stored.pipeline == "test/1"
        assert stored.tokens == analysis_of(text).tokens
        assert store.schema_version == LATEST_VERSION


def test_text_is_immutable_but_metadata_editable(project_path):
    text = "Putin traf Kim. Sie sprachen lange."
    with ProjectStore.open(project_path, create=True) as store:
        store.add_document(article(text), analysis_of(text), word_count=6)
        with pytest.raises(sqlite3.DatabaseError, match="cannot be changed"):
            store.db.execute("UPDATE documents SET text = 'x' WHERE id = 1")
        doc = store.update_metadata("d1", title="Neu", outlet="Krone", published="2023-09")
        assert (doc.title, doc.outlet, doc.published) == ("Neu", "Krone", "2023-09")
        assert doc.text == text
        with pytest.raises(StoreError) as err:
            store.update_metadata("d1", published="13.9.2023")
        assert err.value.code is ErrorCode.BAD_VALUE
        with pytest.raises(StoreError):
            store.update_metadata("d1", text="anders")


def test_resolve_document_references(project_path):
    with ProjectStore.open(project_path, create=True) as store:
        text = "Putin traf Kim. Sie sprachen lange."
        store.add_document(article(text, source="krone.txt", title="Treffen"), analysis_of(text), word_count=6)
        assert store.resolve("d1") == store.resolve("1") == store.resolve("krone.txt") == store.resolve("Treffen") == "d1"
        with pytest.raises(StoreError) as err:
            store.resolve("d9")
        assert err.value.code is ErrorCode.NO_SUCH_DOCUMENT


def test_full_text_search(project_path):
    with ProjectStore.open(project_path, create=True) as store:
        for i, text in enumerate(["Kim feuerte Kurzstreckenraketen ab. Das ist neu.", "Putin sprach über Satelliten. Und mehr."]):
            store.add_document(article(text, source=f"{i}.txt"), analysis_of(text), word_count=5)
        hits = store.search("Satelliten")
        assert [h["doc"] for h in hits] == ["d2"]
        assert "[Satelliten]" in hits[0]["snippet"]
        assert store.search("kurzstreckenraketen")[0]["doc"] == "d1"
        assert store.search('"AND OR (') == []  # user input is quoted, never a syntax error
        assert store.search("   ") == []


def test_failed_write_leaves_nothing(project_path):
    text = "Putin traf Kim. Sie sprachen lange."
    bad = Analysis(segments=[Segment(5, 2, "sentence")] if False else [], tokens=[], pipeline="x")
    with ProjectStore.open(project_path, create=True) as store:
        broken = Analysis(segments=[Segment(0, 4, "not-a-kind")], tokens=[], pipeline="x")
        with pytest.raises(sqlite3.IntegrityError):
            store.add_document(article(text), broken, word_count=6)
        assert store.document_count() == 0
        assert store.db.execute("SELECT count(*) FROM segments").fetchone()[0] == 0
        store.add_document(article(text), bad, word_count=6)
        assert store.document_count() == 1


def test_missing_file_needs_create(tmp_path):
    with pytest.raises(StoreError) as err:
        ProjectStore.open(tmp_path / "nope.wbproj")
    assert err.value.code is ErrorCode.NOT_A_PROJECT
    assert not (tmp_path / "nope.wbproj").exists()


@pytest.mark.parametrize(
    "content, code",
    [
        (b"hello, I am a text file\n", ErrorCode.NOT_A_PROJECT),
        (b"", ErrorCode.NOT_A_PROJECT),
    ],
)
def test_not_a_project_is_left_alone(tmp_path, content, code):
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    with pytest.raises(StoreError) as err:
        ProjectStore.open(path)
    assert err.value.code is code
    assert "notes.txt" in str(err.value)
    assert path.read_bytes() == content


def test_other_sqlite_database_is_left_alone(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as err:
        ProjectStore.open(path, create=True)
    assert err.value.code is ErrorCode.NOT_A_PROJECT
    assert "another program" in str(err.value)
    assert path.read_bytes() == before


def test_newer_project_is_refused(project_path):
    ProjectStore.open(project_path, create=True).close()
    conn = sqlite3.connect(project_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    before = project_path.read_bytes()
    with pytest.raises(StoreError) as err:
        ProjectStore.open(project_path)
    assert err.value.code is ErrorCode.TOO_NEW
    assert "newer Workbench" in str(err.value)
    assert project_path.read_bytes() == before


def test_corrupt_project_is_refused(project_path):
    with ProjectStore.open(project_path, create=True) as store:
        text = "Putin traf Kim. Sie sprachen lange. " * 200
        store.add_document(article(text), analysis_of(text), word_count=6)
    data = bytearray(project_path.read_bytes())
    for i in range(4096, len(data), 7):  # scribble over everything after the first page
        data[i] = 0xA5
    project_path.write_bytes(bytes(data))
    before = project_path.read_bytes()
    with pytest.raises(StoreError) as err:
        ProjectStore.open(project_path)
    assert err.value.code in (ErrorCode.CORRUPT, ErrorCode.NOT_A_PROJECT)
    assert project_path.read_bytes() == before


def test_new_project_leaves_no_temporary_files(tmp_path):
    ProjectStore.open(tmp_path / "p.wbproj", create=True).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.wbproj"]


def _sample_row_for(version: int, db) -> None:
    """Data a project of ``version`` could hold; extend when a migration is added."""
    if version >= 1:
        db.execute(
            "INSERT INTO documents (title, source, sha256, imported, word_count, text) VALUES (?, ?, ?, ?, ?, ?)",
            ("Alt", "alt.txt", "0" * 64, "2026-01-01T00:00:00Z", 3, "Ein alter Text."),
        )
        db.execute("INSERT INTO segments (doc_id, idx, start, \"end\", kind) VALUES (1, 0, 0, 15, 'sentence')")
    if version >= 2:
        db.execute("INSERT INTO corrections (kind, spans, created) VALUES ('unlink', '[{\"doc\": \"d1\", \"start\": 0, \"end\": 15}]', 'x')")
    if version >= 3:
        db.execute("INSERT INTO cue_runs (id, fingerprint, lexicon_version, created) VALUES (1, 'f', 'lex/1', 'x')")
        db.execute(
            'INSERT INTO cues (doc_id, start, "end", text, category, cls, label, explanation, weight, speaker, shown, '
            "counterparts) VALUES (1, 4, 9, 'alter', 'evaluative', 'loaded', 'l', 'e.', 1.0, 'outlet', 1, '[]')"
        )
        db.execute("INSERT INTO entities (name, aliases) VALUES ('Kim Jong Un', '[\"Kim\"]')")
        db.execute("INSERT INTO lexicon_overrides (language, match, family, class, gloss, weight) "
                   "VALUES ('de', 'alt', 'evaluative', 'loaded', 'g', 0.5)")


@pytest.mark.parametrize("version", range(0, LATEST_VERSION))
def test_migrates_from_every_earlier_version(tmp_path, version):
    """A file at each earlier schema version opens, migrates, and keeps its data."""
    path = tmp_path / f"v{version}.wbproj"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    migrations.migrate(conn, target=version)
    import sqlite_utils

    _sample_row_for(version, sqlite_utils.Database(conn))
    conn.close()
    with ProjectStore.open(path) as store:
        assert store.schema_version == LATEST_VERSION
        if version >= 1:
            assert store.document("d1").text == "Ein alter Text."
            assert store.search("alter")[0]["doc"] == "d1"
        if version >= 2:
            assert store.corrections()[0].kind == "unlink"
        if version >= 3:
            cues, fingerprint, lexicon = store.load_cues()
            assert [(c.text, c.category) for c in cues] == [("alter", "evaluative")] and lexicon == "lex/1"
            assert store.entities() == {"Kim Jong Un": ["Kim"]} and store.lexicon_overrides()[0]["match"] == "alt"
        else:
            assert store.load_cues() is None and store.entities() == {}
        assert store.annotations() == [] and store.codes() == [] and store.get_meta("project_uuid")
        if version >= 1:
            assert store.save_annotation("n", ["c"], [Target("d1", 4, 9, "alter")]).targets[0].detached is False


def test_copy_to(project_path, tmp_path):
    text = "Putin traf Kim. Sie sprachen lange."
    with ProjectStore.open(project_path, create=True) as store:
        store.add_document(article(text), analysis_of(text), word_count=6)
        copy = store.copy_to(tmp_path / "copy.wbproj")
        with pytest.raises(StoreError):
            store.copy_to(project_path)
    with ProjectStore.open(copy) as other:
        assert other.document("d1").text == text

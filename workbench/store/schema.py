"""The project schema as ordered migrations.

``PRAGMA user_version`` holds the number of migrations applied. A migration
is a function that takes a sqlite-utils Database and changes it from version
``n - 1`` to version ``n``; they run in order, each inside the caller's
transaction. Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

APPLICATION_ID = 0x57424E43  # "WBNC": marks a SQLite file as a Workbench project
Migration = Callable[[sqlite_utils.Database], None]


def _v1_documents_segments_analyses(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT
        )"""
    )
    db.execute(
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            title TEXT,
            outlet TEXT,
            published TEXT,
            url TEXT,
            source TEXT,
            language TEXT,
            extractor TEXT,
            sha256 TEXT NOT NULL UNIQUE,
            author TEXT,
            imported TEXT NOT NULL,
            word_count INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL
        )"""
    )
    # Imported text is immutable: every span in the project points into it.
    db.execute(
        """
        CREATE TRIGGER documents_text_is_immutable
        BEFORE UPDATE OF text, sha256 ON documents
        WHEN NEW.text IS NOT OLD.text OR NEW.sha256 IS NOT OLD.sha256
        BEGIN
            SELECT RAISE(ABORT, 'the text of an imported document cannot be changed');
        END"""
    )
    db.execute(
        """
        CREATE TABLE segments (
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('headline', 'sentence', 'boilerplate')),
            PRIMARY KEY (doc_id, idx),
            CHECK (0 <= start AND start <= "end")
        )"""
    )
    db.execute(
        """
        CREATE TABLE analyses (
            doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            pipeline TEXT NOT NULL,
            tokens TEXT NOT NULL,
            created TEXT NOT NULL
        )"""
    )
    db.table("documents").enable_fts(
        ["title", "outlet", "text"], fts_version="FTS5", create_triggers=True, tokenize="unicode61 remove_diacritics 2"
    )


def _v2_alignment(db: sqlite_utils.Database) -> None:
    """The stored alignment (one current result) and the user's corrections to it."""
    db.execute(
        """
        CREATE TABLE alignment_runs (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            fingerprint TEXT NOT NULL,
            params TEXT NOT NULL,
            docs TEXT NOT NULL,
            created TEXT NOT NULL,
            seconds REAL
        )"""
    )
    db.execute(
        """
        CREATE TABLE groups (
            idx INTEGER PRIMARY KEY,
            gid TEXT NOT NULL UNIQUE,
            score REAL NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE group_members (
            group_idx INTEGER NOT NULL REFERENCES groups(idx) ON DELETE CASCADE,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        )"""
    )
    db.execute("CREATE INDEX group_members_doc ON group_members (doc_id, start)")
    db.execute(
        """
        CREATE TABLE alignments (
            group_idx INTEGER NOT NULL REFERENCES groups(idx) ON DELETE CASCADE,
            a_doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            a_start INTEGER NOT NULL,
            a_end INTEGER NOT NULL,
            b_doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            b_start INTEGER NOT NULL,
            b_end INTEGER NOT NULL,
            score REAL NOT NULL,
            diff TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE unique_spans (
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE corrections (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('link', 'unlink', 'split')),
            spans TEXT NOT NULL,
            note TEXT,
            created TEXT NOT NULL
        )"""
    )


def _v3_cues(db: sqlite_utils.Database) -> None:
    """Framing cues (with the lexicon version that made them), lexicon overrides, user entities."""
    db.execute(
        """
        CREATE TABLE cue_runs (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            fingerprint TEXT NOT NULL,
            lexicon_version TEXT NOT NULL,
            created TEXT NOT NULL,
            seconds REAL
        )"""
    )
    db.execute(
        """
        CREATE TABLE cues (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            category TEXT NOT NULL,
            cls TEXT NOT NULL,
            label TEXT NOT NULL,
            explanation TEXT NOT NULL,
            weight REAL NOT NULL,
            speaker TEXT NOT NULL,
            entity TEXT,
            shown INTEGER NOT NULL,
            counterparts TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX cues_doc ON cues (doc_id, start)")
    db.execute(
        """
        CREATE TABLE lexicon_overrides (
            id INTEGER PRIMARY KEY,
            language TEXT NOT NULL,
            match TEXT NOT NULL,
            family TEXT NOT NULL,
            class TEXT NOT NULL,
            gloss TEXT NOT NULL,
            pos TEXT NOT NULL DEFAULT '',
            weight REAL NOT NULL,
            UNIQUE (language, match, family)
        )"""
    )
    db.execute(
        """
        CREATE TABLE entities (
            name TEXT PRIMARY KEY,
            aliases TEXT NOT NULL
        )"""
    )


def _v4_annotations(db: sqlite_utils.Database) -> None:
    """Annotations (note, codes, targets anchored by offsets and quote), the code system, a project id.

    Annotation ids are never reused (AUTOINCREMENT), so an undone deletion
    can bring an annotation back under its old id. ``project_uuid`` names the
    project in exports (stable REFI-QDA GUIDs).
    """
    import uuid

    db.execute(
        """
        CREATE TABLE codes (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
            colour TEXT NOT NULL CHECK (length(colour) = 7 AND colour GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
            description TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            note TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE annotation_targets (
            annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            quote TEXT NOT NULL,
            PRIMARY KEY (annotation_id, idx),
            CHECK (0 <= start AND start < "end")
        )"""
    )
    db.execute("CREATE INDEX annotation_targets_doc ON annotation_targets (doc_id, start)")
    db.execute(
        """
        CREATE TABLE annotation_codes (
            annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            PRIMARY KEY (annotation_id, code_id)
        )"""
    )
    db.execute("CREATE INDEX annotation_codes_code ON annotation_codes (code_id)")
    db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('project_uuid', ?)", [str(uuid.uuid4())])


def _v5_furniture_corrections(db: sqlite_utils.Database) -> None:
    """Corrections may also mark a passage as page furniture ('furniture') or as article text ('text').

    SQLite cannot change a CHECK constraint, so the table is rebuilt: a new
    table, every row copied with its id, the old one dropped, the new one renamed.
    """
    db.execute(
        """
        CREATE TABLE corrections_v5 (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('link', 'unlink', 'split', 'furniture', 'text')),
            spans TEXT NOT NULL,
            note TEXT,
            created TEXT NOT NULL
        )"""
    )
    db.execute(
        "INSERT INTO corrections_v5 (id, kind, spans, note, created) "
        "SELECT id, kind, spans, note, created FROM corrections ORDER BY id"
    )
    db.execute("DROP TABLE corrections")
    db.execute("ALTER TABLE corrections_v5 RENAME TO corrections")


def _v6_related_spans(db: sqlite_utils.Database) -> None:
    """Passages marked related to groups of other outlets (a lead summing up several facts).

    The stored alignment of an older project has none; it is recomputed anyway,
    since the engine's fingerprint changed with them.
    """
    db.execute(
        """
        CREATE TABLE related_spans (
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            groups TEXT NOT NULL,
            score REAL NOT NULL
        )"""
    )


def _v7_german_cue_texts(db: sqlite_utils.Database) -> None:
    """Cue labels and explanations in German, and the German gloss of a project's lexicon entries.

    '' means "none": readers fall back to the English text. The stored cues of
    an older project are recomputed anyway, since the cue version changed.
    """
    db.execute("ALTER TABLE cues ADD COLUMN label_de TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE cues ADD COLUMN explanation_de TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE lexicon_overrides ADD COLUMN gloss_de TEXT NOT NULL DEFAULT ''")


MIGRATIONS: list[Migration] = [
    _v1_documents_segments_analyses,
    _v2_alignment,
    _v3_cues,
    _v4_annotations,
    _v5_furniture_corrections,
    _v6_related_spans,
    _v7_german_cue_texts,
]

LATEST_VERSION = len(MIGRATIONS)

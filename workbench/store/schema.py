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
    db["documents"].enable_fts(
        ["title", "outlet", "text"], fts_version="FTS5", create_triggers=True, tokenize="unicode61 remove_diacritics 2"
    )


MIGRATIONS: list[Migration] = [
    _v1_documents_segments_analyses,
]

LATEST_VERSION = len(MIGRATIONS)

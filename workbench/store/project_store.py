"""ProjectStore: the only class that reads and writes a project's SQLite file.

Everything above it (the Project facade, the CLI, the GUI workers) speaks in
core dataclasses; no SQL leaves this package.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from workbench.core.errors import ErrorCode, StoreError
from workbench.core.models import (
    CORRECTION_KINDS,
    FURNITURE_KINDS,
    AlignmentResult,
    Analysis,
    Correction,
    Cue,
    Document,
    ExtractedArticle,
    Segment,
    Span,
)
from workbench.core.annotation_models import Annotation, Code, Target
from workbench.store import alignment_tables, annotation_tables, backups, cue_tables, migrations
from workbench.store.rows import _document, _pack_tokens, _unpack_tokens, doc_key, fts_query_of
from workbench.store.opening import (connect, create_atomically, inspect_existing, plain_error, read_only_message,
                                     writable)

_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
EDITABLE_FIELDS = ("title", "outlet", "published", "url", "author", "language")
_DOC_COLUMNS = "id, title, outlet, published, url, source, language, extractor, sha256, author, imported, word_count"


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class ProjectStore:
    """An open project file."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool = False) -> None:
        self.path = path
        self._conn = conn
        self.read_only = read_only  # the file or its folder cannot be written: every change is refused plainly
        self.backups = False  # take rotating backups (see maybe_backup); set by open
        self._last_backup: datetime | None = None
        self.db = sqlite_utils.Database(conn)
        # the stored cues as last read or written, keyed by their run (see load_cues)
        self._cues_memo: tuple[tuple | None, tuple[list[Cue], str, str]] | None = None

    # -- opening ---------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, create: bool = False, backups: bool = True) -> ProjectStore:
        """Open (and if asked, create) a project; migrate it to the latest schema. ``backups``: keep rotating
        backups (``maybe_backup``; not for throw-away projects); an existing project is backed up on opening.

        Raises StoreError with a clear message for a missing file (unless
        ``create``), a file that is not a project, is too new, or is corrupt.
        """
        path = Path(path)
        store = cls._open(path, create)
        store.backups = backups
        store.maybe_backup()
        return store

    @classmethod
    def _open(cls, path: Path, create: bool) -> ProjectStore:
        if not path.exists() or (create and path.stat().st_size == 0 and path.suffix == ".wbproj"):
            if not create:
                raise StoreError(ErrorCode.NOT_A_PROJECT, f"{path.name}: no such project file")
            if path.exists():
                path.unlink()  # an empty placeholder (e.g. from a file dialog) becomes the project
            create_atomically(path, migrations.initialise)
        version = inspect_existing(path)
        read_only = not writable(path)
        if read_only and version < migrations.LATEST_VERSION:
            raise StoreError(ErrorCode.READ_ONLY, read_only_message(path.name) + ": it needs updating to this "
                             "version of Workbench first")
        conn = connect(path, read_only=read_only)
        try:
            if not read_only:
                conn.execute("PRAGMA journal_mode = WAL")  # autocommit connection: allowed here
                migrations.migrate(conn)
        except sqlite3.OperationalError as exc:
            conn.close()
            plain = plain_error(exc, path.name)
            raise (plain or StoreError(ErrorCode.CORRUPT, f"{path.name}: is damaged ({exc})")) from exc
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(ErrorCode.CORRUPT, f"{path.name}: is damaged ({exc})") from exc
        except BaseException:
            conn.close()
            raise
        return cls(path, conn, read_only)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self._conn.execute("PRAGMA user_version").fetchone()[0]

    def copy_to(self, target: str | Path) -> Path:
        """A consistent copy of the project (SQLite online backup), written atomically."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise StoreError(ErrorCode.BAD_VALUE, f"{target.name}: is this project itself")

        def build(conn: sqlite3.Connection) -> None:
            self._conn.backup(conn)

        if target.exists():
            target.unlink()
        create_atomically(target, build)
        return target

    # -- backups (store/backups.py) ----------------------------------------
    def maybe_backup(self) -> None:
        """Back the project up when it has none yet, or its newest backup is over ``backups.INTERVAL`` seconds old
        and the project changed since. A backup that cannot be made (no room, no data folder) stops nothing."""
        if not self.backups or self._conn.in_transaction:
            return
        uuid = self.get_meta("project_uuid")
        if uuid is None:
            return
        if self._last_backup is None:
            found = backups.backups_in(backups.folder_of(uuid))
            self._last_backup = found[0].taken if found else None
        last = self._last_backup
        if last is not None and ((datetime.now(timezone.utc) - last).total_seconds() < backups.INTERVAL
                                 or not backups.changed_since(self.path, last)):
            return
        self.take_backup()

    def take_backup(self) -> backups.Backup | None:
        """A backup now (None if it could not be made)."""
        uuid = self.get_meta("project_uuid")
        try:
            made = backups.take(self._conn, self.path, uuid) if uuid else None
        except (OSError, sqlite3.Error):
            return None
        if made is not None:
            self._last_backup = made.taken
        return made

    @staticmethod
    def list_backups(path: str | Path) -> list[backups.Backup]:
        """The backups of the project at ``path``, newest (number 1) first; found by the path if the file is lost."""
        return backups.list_for(Path(path))

    @classmethod
    def restore_backup(cls, path: str | Path, number: int) -> backups.Backup:
        """Put backup ``number`` (see ``list_backups``) in place of the project at ``path``; the current file is
        backed up first. Refused while another program has the project open."""

        def keep_current() -> None:
            with cls._open(Path(path), create=False) as current:
                current.backups = True
                current.take_backup()

        return backups.restore(Path(path), number, keep_current)

    # -- transactions ----------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[sqlite_utils.Database]:
        """One write transaction; nested calls share it via savepoints.

        BEGIN IMMEDIATE takes the write lock up front, so two processes
        queue instead of failing half-way through. SQLite's errors on writing
        (read-only file, full disk, locked by another program) roll the whole
        transaction back and become one plain StoreError (``plain_error``).
        """
        if self._conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        if self.read_only:
            raise StoreError(ErrorCode.READ_ONLY, read_only_message(self.path.name))
        self.maybe_backup()
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if self._conn.in_transaction:  # a failed COMMIT (full disk) leaves the transaction open
                self._conn.execute("ROLLBACK")
            plain = plain_error(exc, self.path.name)
            if plain is None:
                raise
            raise plain from exc

    # -- documents -------------------------------------------------------
    def find_by_sha(self, sha256: str) -> str | None:
        row = self._conn.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        return doc_key(row[0]) if row else None

    def add_document(self, article: ExtractedArticle, analysis: Analysis, *, word_count: int) -> Document:
        """Store one article with its analysis, all or nothing; StoreError DUPLICATE (the message names the
        document) when the same text is in the project already, e.g. stored meanwhile by another process."""
        with self.write():  # under the write lock: no other process can store the same text in between
            existing = self.find_by_sha(article.sha256)
            if existing:
                raise StoreError(ErrorCode.DUPLICATE, f"already in the project as {existing}")
            table = self.db.table("documents")
            table.insert(
                {
                    "title": article.title,
                    "outlet": article.outlet,
                    "published": article.published,
                    "url": article.url,
                    "source": article.source,
                    "language": article.language,
                    "extractor": article.extractor,
                    "sha256": article.sha256,
                    "author": article.author,
                    "imported": now_iso(),
                    "word_count": word_count,
                    "text": article.text,
                }
            )
            doc_id = table.last_pk
            assert doc_id is not None  # set by the insert above
            self._write_analysis(doc_id, analysis)
        return self.document(doc_key(doc_id))

    def set_analysis(self, key: str, analysis: Analysis) -> None:
        with self.write():
            self._write_analysis(self._rowid(key), analysis)

    def _write_analysis(self, doc_id: int, analysis: Analysis) -> None:
        self._conn.execute("DELETE FROM segments WHERE doc_id = ?", (doc_id,))
        self._conn.executemany(
            'INSERT INTO segments (doc_id, idx, start, "end", kind) VALUES (?, ?, ?, ?, ?)',
            [(doc_id, i, s.start, s.end, s.kind) for i, s in enumerate(analysis.segments)],
        )
        self._conn.execute(
            "INSERT OR REPLACE INTO analyses (doc_id, pipeline, tokens, created) VALUES (?, ?, ?, ?)",
            (doc_id, analysis.pipeline, _pack_tokens(analysis.tokens), now_iso()),
        )

    def documents(self) -> list[Document]:
        """All documents in import order, without their text (cheap for big projects)."""
        rows = self._conn.execute(f"SELECT {_DOC_COLUMNS} FROM documents ORDER BY id").fetchall()
        return [_document(row, text="") for row in rows]

    def document(self, key: str) -> Document:
        rowid = self._rowid(key)
        row = self._conn.execute(f"SELECT {_DOC_COLUMNS}, text FROM documents WHERE id = ?", (rowid,)).fetchone()
        return _document(row[:-1], text=row[-1])

    def document_count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def resolve(self, ref: str) -> str:
        """Turn what a user typed (d3, 3, a source file name, a title) into a document id."""
        ref = ref.strip()
        number = ref[1:] if ref[:1] in "dD" else ref
        if number.isdigit():
            found = self._conn.execute("SELECT id FROM documents WHERE id = ?", (int(number),)).fetchone()
            if found:
                return doc_key(found[0])
        for column in ("source", "title"):
            rows = self._conn.execute(f"SELECT id FROM documents WHERE {column} = ?", (ref,)).fetchall()
            if len(rows) == 1:
                return doc_key(rows[0][0])
        raise StoreError(ErrorCode.NO_SUCH_DOCUMENT, f"{self.path.name}: no document '{ref}' (try `workbench list`)")

    def _rowid(self, key: str) -> int:
        return int(self.resolve(key)[1:])

    def update_metadata(self, key: str, **fields: str | None) -> Document:
        """Change editable metadata; the text and its hash can never change."""
        unknown = set(fields) - set(EDITABLE_FIELDS)
        if unknown:
            raise StoreError(
                ErrorCode.BAD_VALUE,
                f"cannot edit {', '.join(sorted(unknown))}: editable fields are {', '.join(EDITABLE_FIELDS)}",
            )
        published = fields.get("published")
        if published and not _DATE.fullmatch(published):
            raise StoreError(ErrorCode.BAD_VALUE, f"'{published}' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY")
        rowid = self._rowid(key)
        with self.write():
            self.db.table("documents").update(rowid, {k: (v.strip() or None) if v else None for k, v in fields.items()})
        return self.document(key)

    def delete_document(self, key: str) -> None:
        rowid = self._rowid(key)
        with self.write():
            self._conn.execute("DELETE FROM documents WHERE id = ?", (rowid,))

    # -- analyses --------------------------------------------------------
    def segments(self, key: str) -> list[Segment]:
        rowid = self._rowid(key)
        rows = self._conn.execute(
            'SELECT start, "end", kind FROM segments WHERE doc_id = ? ORDER BY idx', (rowid,)
        ).fetchall()
        return [Segment(start=s, end=e, kind=k, doc=doc_key(rowid)) for s, e, k in rows]

    def headline_lines(self, max_chars: int = 200) -> list[tuple[str, int, int, str]]:
        """(doc, start, end, text) of every headline segment of at most ``max_chars`` characters, in one
        query: what finding lines that recur across documents needs, without reading whole texts."""
        rows = self._conn.execute(
            'SELECT s.doc_id, s.start, s."end", substr(d.text, s.start + 1, s."end" - s.start) FROM segments s '
            'JOIN documents d ON d.id = s.doc_id WHERE s.kind = \'headline\' AND s."end" - s.start <= ? '
            'ORDER BY s.doc_id, s.idx', (max_chars,)
        ).fetchall()
        # substr stops at a NUL character: a line that came back short is cut again in Python
        return [(doc_key(d), s, e, t if len(t) == e - s else annotation_tables.text_at(self._conn, d, s, e))
                for d, s, e, t in rows]

    def analysis(self, key: str) -> Analysis | None:
        rowid = self._rowid(key)
        row = self._conn.execute("SELECT pipeline, tokens FROM analyses WHERE doc_id = ?", (rowid,)).fetchone()
        if row is None:
            return None
        return Analysis(segments=self.segments(key), tokens=_unpack_tokens(row[1]), pipeline=row[0])

    def segments_version(self) -> tuple:
        """A value that changes whenever the documents, their analyses or the furniture marks change,
        whoever changed them (this connection, the GUI's worker, the CLI): one cheap query."""
        return self._conn.execute(
            "SELECT (SELECT count(*) FROM analyses), (SELECT group_concat(doc_id || ':' || created) FROM analyses), "
            "(SELECT group_concat(id) FROM corrections WHERE kind IN ('furniture', 'text'))"
        ).fetchone()

    def pipelines(self) -> dict[str, str]:
        """Which pipeline produced each document's analysis."""
        rows = self._conn.execute("SELECT doc_id, pipeline FROM analyses").fetchall()
        return {doc_key(d): p for d, p in rows}

    # -- alignment -------------------------------------------------------
    def save_alignment(self, result: AlignmentResult, fingerprint: str, seconds: float) -> None:
        with self.write():
            alignment_tables.save_alignment(self._conn, result, fingerprint, now_iso(), seconds)

    def load_alignment(self) -> tuple[AlignmentResult, str] | None:
        return alignment_tables.load_alignment(self._conn)

    def alignment_fingerprint(self) -> str | None:
        """The stored alignment's fingerprint, without reading the alignment."""
        row = self._conn.execute("SELECT fingerprint FROM alignment_runs WHERE id = 1").fetchone()
        return row[0] if row else None

    def cue_fingerprint(self) -> str | None:
        """The stored cues' fingerprint, without reading the cues."""
        run = cue_tables.run_key(self._conn)
        return run[0] if run else None

    def add_correction(self, kind: str, spans: list[Span], note: str | None = None) -> int:
        if kind not in CORRECTION_KINDS:
            raise StoreError(ErrorCode.BAD_VALUE, f"unknown correction '{kind}': use {', '.join(CORRECTION_KINDS)}")
        if kind in FURNITURE_KINDS and len(spans) != 1:
            raise StoreError(ErrorCode.BAD_VALUE, f"a '{kind}' correction marks exactly one passage")
        for span in spans:
            self._rowid(span.doc)
        with self.write():
            return alignment_tables.add_correction(self._conn, kind, spans, note, now_iso())

    def corrections(self) -> list[Correction]:
        return alignment_tables.corrections(self._conn)

    def furniture_marks(self) -> list[tuple[int, Span, bool]]:
        """(correction id, span, is furniture) of the furniture / text corrections, in id order."""
        return alignment_tables.furniture_marks(self._conn)

    def remove_correction(self, correction_id: int) -> None:
        with self.write():
            if not alignment_tables.remove_correction(self._conn, correction_id):
                raise StoreError(ErrorCode.BAD_VALUE, f"no correction #{correction_id} (see `workbench corrections`)")

    # -- cues, lexicon overrides, entities ---------------------------------
    def save_cues(self, cues: list[Cue], fingerprint: str, lexicon_version: str, seconds: float) -> None:
        with self.write():
            cue_tables.save_cues(self._conn, cues, fingerprint, lexicon_version, now_iso(), seconds)
        self._cues_memo = (cue_tables.run_key(self._conn), (list(cues), fingerprint, lexicon_version))

    def load_cues(self) -> tuple[list[Cue], str, str] | None:
        """The stored cues; read once per stored run (a large comparison holds thousands of cues with their
        counterparts, and an export asks for them more than once). Callers must not change the cues."""
        run = cue_tables.run_key(self._conn)
        memo = self._cues_memo
        if run is not None and memo is not None and memo[0] == run:
            cues, fingerprint, version = memo[1]
            return list(cues), fingerprint, version
        loaded = cue_tables.load_cues(self._conn)
        self._cues_memo = (run, loaded) if loaded is not None else None
        return (list(loaded[0]), loaded[1], loaded[2]) if loaded is not None else None

    def lexicon_overrides(self) -> list[dict]:
        return cue_tables.overrides(self._conn)

    def set_lexicon_overrides(self, rows: list[dict]) -> None:
        """Add or replace override rows, all or nothing."""
        with self.write():
            for row in rows:
                cue_tables.set_override(self._conn, row)

    def remove_lexicon_override(self, language: str, match: str, family: str) -> None:
        with self.write():
            if not cue_tables.remove_override(self._conn, language, match, family):
                raise StoreError(ErrorCode.BAD_VALUE, f"no override '{match}' ({family}, {language})")

    def entities(self) -> dict[str, list[str]]:
        return cue_tables.entities(self._conn)

    def set_entity(self, name: str, aliases: list[str]) -> None:
        with self.write():
            cue_tables.set_entity(self._conn, name, aliases)

    def remove_entity(self, name: str) -> None:
        with self.write():
            if not cue_tables.remove_entity(self._conn, name):
                raise StoreError(ErrorCode.BAD_VALUE, f"no entity '{name}' (see `workbench entities`)")

    # -- annotations and the code system (annotation_tables checks and raises) --
    def annotations(self, numbers: list[int] | None = None) -> list[Annotation]:
        return annotation_tables.load_annotations(self._conn, numbers)

    def save_annotation(self, note: str, codes: list[str], targets: list[Target], *, number: int | None = None,
                        created: str | None = None, modified: str | None = None, replace: bool = False) -> Annotation:
        """Create (a new id, or ``number`` to restore one), or with ``replace`` rewrite, one annotation."""
        for t in targets:
            self._rowid(t.doc)
        with self.write():
            number = annotation_tables.save_annotation(self._conn, number, note, codes, targets, created, modified,
                                                       replace, now_iso())
        return self.annotations([number])[0]

    def delete_annotation(self, number: int) -> None:
        with self.write():
            annotation_tables.delete_annotation(self._conn, number)

    def codes(self) -> list[Code]:
        return annotation_tables.codes(self._conn)

    def add_code(self, name: str, colour: str | None, description: str = "") -> None:
        with self.write():
            annotation_tables.add_code(self._conn, name, colour, description, now_iso())

    def update_code(self, name: str, *, new_name: str | None = None, colour: str | None = None,
                    description: str | None = None) -> None:
        with self.write():
            annotation_tables.update_code(self._conn, name, new_name, colour, description)

    def merge_codes(self, keep: str, other: str) -> int:
        with self.write():
            return annotation_tables.merge_codes(self._conn, keep, other)

    def remove_code(self, name: str) -> None:
        with self.write():
            annotation_tables.remove_code(self._conn, name)

    # -- search ----------------------------------------------------------
    def search(self, query: str, limit: int = 50) -> list[dict]:
        """Full-text search; each hit has the document id, title and a snippet."""
        if not query.strip():
            return []
        fts_query = fts_query_of(query)
        sql = """
            SELECT documents.id, documents.title, documents.outlet,
                   snippet(documents_fts, 2, '[', ']', ' … ', 12) AS snippet
            FROM documents_fts JOIN documents ON documents.id = documents_fts.rowid
            WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts) LIMIT ?"""
        rows = self._conn.execute(sql, (fts_query, limit)).fetchall()
        return [{"doc": doc_key(i), "title": t, "outlet": o, "snippet": s} for i, t, o, s in rows]

    # -- meta ------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.write():
            self._conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

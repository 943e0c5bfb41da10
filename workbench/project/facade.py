"""The Project facade: what the CLI and the GUI call.

It ties the stages together (ingest -> nlp -> store) and tells subscribers
what changed. It holds no state of its own beyond the open store: the truth
lives in the project file. Its parts live beside it: ``base`` (the store,
events, documents), ``aligning``, ``framing``, ``annotating`` and ``exporting``.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from workbench.core.errors import ErrorCode, IngestError
from workbench.core.models import Document, ExtractedArticle, ImportOutcome, ImportReport
from workbench.core.events import EventKind
from workbench.core.work import Cancel, Progress
from workbench.project.exporting import ExportMixin
from workbench.store import EDITABLE_FIELDS, ProjectStore
from workbench.store.backups import Backup

IMPORT_CHUNK = 64  # articles read and analysed together (bounded memory, shared worker pool)


class Project(ExportMixin):
    """One project file: its documents, alignment, cues, annotations and exports.

    The parts it is made of: ``ProjectBase`` (store, events, documents), ``AlignmentMixin``,
    ``FramingMixin``, ``AnnotationMixin`` and ``ExportMixin``, each building on the ones before.
    """

    EDITABLE_FIELDS = EDITABLE_FIELDS  # the metadata ``update_metadata`` changes (the text never changes)

    # -- life cycle --------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, create: bool = False) -> Project:
        return cls(ProjectStore.open(path, create=create))

    @classmethod
    def temporary(cls) -> Project:
        """A throw-away project (for ``workbench compare`` without ``--project``)."""
        folder = Path(tempfile.mkdtemp(prefix="workbench-"))
        return cls(ProjectStore.open(folder / "comparison.wbproj", create=True, backups=False), temporary=folder)

    # -- backups (store/backups.py: rotating, in the user's data folder) -------
    @staticmethod
    def backups(path: str | Path) -> list[Backup]:
        """The backups of the project at ``path``, newest (number 1) first; found even when its file is lost."""
        return ProjectStore.list_backups(path)

    @staticmethod
    def restore_backup(path: str | Path, number: int) -> Backup:
        """Put backup ``number`` in place of the (closed) project at ``path``, keeping the current file as a
        backup first; refused while another program has it open."""
        return ProjectStore.restore_backup(path, number)

    def take_backup(self) -> Backup | None:
        """A backup now (besides those taken on opening and every ten minutes of changes)."""
        return self._store.take_backup()

    def copy_to(self, target: str | Path) -> Path:
        """Save a copy of the project under another name (this one stays open)."""
        return self._store.copy_to(target)

    def close(self) -> None:
        self._store.close()
        if self._temporary is not None:
            for f in sorted(self._temporary.iterdir()):
                f.unlink()
            self._temporary.rmdir()
            self._temporary = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- documents ---------------------------------------------------------
    def update_metadata(self, ref: str, **fields: str | None) -> Document:
        doc = self._store.update_metadata(self._store.resolve(ref), **fields)
        self._emit(EventKind.DOCUMENT_CHANGED, [doc.id])
        return doc

    def search(self, query: str, limit: int = 50) -> list[dict]:
        """Full-text hits; each also gives ``start``/``end`` of the first matching word in the text."""
        hits = self._store.search(query, limit=limit)
        words = [w.strip('"*()') for w in query.split()]
        words = [w for w in words if w and w.upper() not in ("AND", "OR", "NOT", "NEAR")]
        pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE) if words else None
        for hit in hits:
            m = pattern.search(self._store.document(hit["doc"]).text) if pattern else None
            hit["start"], hit["end"] = (m.start(), m.end()) if m else (0, 0)
        return hits

    # -- import ------------------------------------------------------------
    def import_sources(
        self,
        args: Iterable[str],
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        workers: int | None = None,
    ) -> ImportReport:
        """Import files, folders and URLs; each article in its own transaction.

        Bad input is reported per source and never stops the rest.
        """
        from workbench.export.comparison_io import is_comparison_file
        from workbench.ingest import collect

        args = list(args)
        report = ImportReport()
        for path in [a for a in args if is_comparison_file(a)]:
            self._import_comparison_into(path, report, progress, workers)
        collected = collect([a for a in args if not is_comparison_file(a)])
        for skipped in collected.skipped:  # links out of a folder, FIFOs, unreadable subfolders
            report.outcomes.append(ImportOutcome(skipped.source, "error", skipped.reason, code=skipped.code.value))
        sources = collected.sources
        total = len(sources)
        done = 0
        for first in range(0, total, IMPORT_CHUNK):
            if cancel and cancel():
                report.cancelled = True
                break
            chunk = sources[first : first + IMPORT_CHUNK]
            articles = self._read_chunk(chunk, report, progress, done, total)
            done += len(chunk)
            if not self._store_articles(articles, report, progress, done, total, cancel, workers):
                report.cancelled = True
                break
        if progress:
            progress(done, total, "")
        added = [o.doc_id for o in report.imported if o.doc_id]
        if added:
            self._emit(EventKind.DOCUMENTS_ADDED, added)
        return report

    def _import_comparison_into(self, path: str, report: ImportReport, progress: Progress | None,
                                workers: int | None) -> None:
        """A comparison JSON brings its articles, metadata and annotations (see AnnotationMixin)."""
        result = self.import_comparison(path, progress=progress, workers=workers)
        report.outcomes += result.outcomes
        extra = "".join(
            f", {n} {what}"
            for n, what in ((result.reanchored, "passages re-anchored"), (result.detached, "passages detached"),
                            (result.dropped, "passages without their article"))
            if n
        )
        report.notes.append(
            f"{path}: {sum(o.status == 'imported' for o in result.outcomes)} articles imported, "
            f"{result.annotations_added} annotations imported, {result.annotations_present} already present{extra}"
        )

    def _read_chunk(self, chunk: list[str], report: ImportReport, progress: Progress | None, done: int,
                    total: int) -> list[tuple[str, ExtractedArticle]]:
        from workbench.ingest import read_source
        from workbench.ingest.manifest import manifest_entry

        articles: list[tuple[str, ExtractedArticle]] = []
        seen: dict[str, str] = {}
        for i, source in enumerate(chunk):
            if progress:
                progress(done + i, total, f"reading {source}")
            try:
                article = read_source(source)
            except IngestError as exc:
                report.outcomes.append(ImportOutcome(source, "error", exc.reason, code=exc.code.value))
                continue
            existing = self._store.find_by_sha(article.sha256)
            twin = seen.get(article.sha256)
            if existing or twin:
                reason = f"already in the project as {existing}" if existing else f"same content as {twin}"
                report.outcomes.append(ImportOutcome(source, "duplicate", reason, existing, ErrorCode.DUPLICATE.value))
                continue
            seen[article.sha256] = source
            if not source.startswith(("http://", "https://")):
                for key, value in manifest_entry(source).items():
                    setattr(article, key, value)
            articles.append((source, article))
        return articles

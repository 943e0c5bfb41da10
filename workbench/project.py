"""The Project facade: what the CLI and the GUI call.

It ties the stages together (ingest -> nlp -> store) and tells subscribers
what changed. It holds no state of its own beyond the open store: the truth
lives in the project file.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from workbench.annotating import AnnotationMixin
from workbench.comparison import AlignmentMixin
from workbench.framing import FramingMixin
from workbench.core.errors import ErrorCode, IngestError, WorkbenchError
from workbench.core.models import Analysis, Document, ExtractedArticle, ImportOutcome, ImportReport, Segment
from workbench.store import ProjectStore

Progress = Callable[[int, int, str], None]  # (done, total, what is being done)
Cancel = Callable[[], bool]
Listener = Callable[["ProjectEvent"], None]

IMPORT_CHUNK = 64  # articles read and analysed together (bounded memory, shared worker pool)


@dataclass(frozen=True)
class ProjectEvent:
    """Something changed: ``kind`` is documents-added, document-changed, document-removed,
    alignment-changed, corrections-changed, cues-changed, lexicon-changed, entities-changed,
    annotations-changed or codes-changed."""

    kind: str
    docs: tuple[str, ...] = ()


class Project(AlignmentMixin, FramingMixin, AnnotationMixin):
    def __init__(self, store: ProjectStore, temporary: Path | None = None) -> None:
        self.store = store
        self._listeners: list[Listener] = []
        self._temporary = temporary
        self._furniture: tuple[object, dict[str, list]] | None = None  # (what it was made from, doc -> marks)

    # -- life cycle --------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, create: bool = False) -> Project:
        return cls(ProjectStore.open(path, create=create))

    @classmethod
    def temporary(cls) -> Project:
        """A throw-away project (for ``workbench compare`` without ``--project``)."""
        folder = Path(tempfile.mkdtemp(prefix="workbench-"))
        return cls(ProjectStore.open(folder / "comparison.wbproj", create=True), temporary=folder)

    @property
    def path(self) -> Path:
        return self.store.path

    def copy_to(self, target: str | Path) -> Path:
        """Save a copy of the project under another name (this one stays open)."""
        return self.store.copy_to(target)

    def close(self) -> None:
        self.store.close()
        if self._temporary is not None:
            for f in sorted(self._temporary.iterdir()):
                f.unlink()
            self._temporary.rmdir()
            self._temporary = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- events ------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _emit(self, kind: str, docs: Iterable[str]) -> None:
        event = ProjectEvent(kind, tuple(docs))
        for listener in list(self._listeners):
            listener(event)

    # -- documents ---------------------------------------------------------
    def documents(self) -> list[Document]:
        return self.store.documents()

    def document(self, ref: str) -> Document:
        return self.store.document(self.store.resolve(ref))

    def segments(self, ref: str) -> list[Segment]:
        """The document's segments as everything downstream sees them: the pipeline's, with the
        project's furniture decisions applied (lines recurring across outlets, the user's marks)."""
        key = self.store.resolve(ref)
        return self._with_furniture(key, self.store.segments(key))

    def analysis(self, ref: str) -> Analysis | None:
        """The stored analysis with the project's furniture decisions applied to its segments."""
        key = self.store.resolve(ref)
        analysis = self.store.analysis(key)
        if analysis is None:
            return None
        return Analysis(segments=self._with_furniture(key, analysis.segments), tokens=analysis.tokens,
                        pipeline=analysis.pipeline)

    def analyses(self, keys: list[str]) -> dict[str, Analysis | None]:
        """``analysis`` for many documents: the project's furniture decisions are looked up once, not once
        per document (that lookup asks the store whether anything changed, which costs more with every
        document)."""
        marks = self._furniture_marks()
        out: dict[str, Analysis | None] = {}
        for ref in keys:
            key = self.store.resolve(ref)
            analysis = self.store.analysis(key)
            out[ref] = None if analysis is None else Analysis(
                segments=self._with_furniture(key, analysis.segments, marks), tokens=analysis.tokens,
                pipeline=analysis.pipeline)
        return out

    def _with_furniture(self, key: str, segments: list[Segment], known: dict[str, list] | None = None) -> list[Segment]:
        from workbench.nlp.furniture import apply_marks

        marks = (known if known is not None else self._furniture_marks()).get(key)
        if not marks:
            return segments
        doc = self.store.document(key)
        return apply_marks(doc.text, segments, marks, doc.language or "und")

    def _furniture_marks(self) -> dict[str, list]:
        """Per document: furniture by recurrence across the project, then the user's marks (later wins).

        Cached until the documents, their analyses or the marks change (here, or
        through another connection: the GUI's worker, the CLI), which one cheap
        query tells.
        """
        from workbench.nlp.furniture import Mark, recurring_furniture

        made_from = self.store.segments_version()
        if self._furniture is None or self._furniture[0] != made_from:
            marks = recurring_furniture(self.store.headline_lines(),
                                        lambda doc: (self.store.document(doc).text, self.store.segments(doc)))
            for _, span, furniture in self.store.furniture_marks():
                marks.setdefault(span.doc, []).append(Mark(span.start, span.end, furniture))
            self._furniture = (made_from, marks)
        return self._furniture[1]

    def update_metadata(self, ref: str, **fields: str | None) -> Document:
        doc = self.store.update_metadata(self.store.resolve(ref), **fields)
        self._emit("document-changed", [doc.id])
        return doc

    def remove_document(self, ref: str) -> None:
        key = self.store.resolve(ref)
        self.store.delete_document(key)
        self._emit("document-removed", [key])

    def search(self, query: str, limit: int = 50) -> list[dict]:
        """Full-text hits; each also gives ``start``/``end`` of the first matching word in the text."""
        hits = self.store.search(query, limit=limit)
        words = [w.strip('"*()') for w in query.split()]
        words = [w for w in words if w and w.upper() not in ("AND", "OR", "NOT", "NEAR")]
        pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE) if words else None
        for hit in hits:
            m = pattern.search(self.store.document(hit["doc"]).text) if pattern else None
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
        from workbench.ingest import collect_sources

        args = list(args)
        report = ImportReport()
        for path in [a for a in args if is_comparison_file(a)]:
            self._import_comparison_into(path, report, progress, workers)
        sources = collect_sources([a for a in args if not is_comparison_file(a)])
        total = len(sources)
        done = 0
        for first in range(0, total, IMPORT_CHUNK):
            if cancel and cancel():
                report.cancelled = True
                break
            chunk = sources[first : first + IMPORT_CHUNK]
            articles = self._read_chunk(chunk, report, progress, done, total)
            done += len(chunk)
            if not self._store_chunk(articles, report, progress, done, total, cancel, workers):
                report.cancelled = True
                break
        if progress:
            progress(done, total, "")
        added = [o.doc_id for o in report.imported if o.doc_id]
        if added:
            self._emit("documents-added", added)
        return report

    def _import_comparison_into(self, path: str, report: ImportReport, progress, workers) -> None:
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

    def _read_chunk(self, chunk, report, progress, done, total) -> list[tuple[str, ExtractedArticle]]:
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
            existing = self.store.find_by_sha(article.sha256)
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

    def _store_chunk(self, articles, report, progress, done, total, cancel, workers) -> bool:
        from workbench.nlp import Cancelled

        if not articles:
            return True
        try:
            analyses = analyse_cached([(a.text, a.language or "und") for _, a in articles], workers, cancel)
        except Cancelled:
            return False
        for (source, article), analysis in zip(articles, analyses, strict=True):
            if progress:
                progress(done, total, f"storing {source}")
            if not article.title:
                article.title = default_title(article.text, analysis.segments)
            words = sum(1 for t in analysis.tokens if not t.is_punct)
            try:
                doc = self.store.add_document(article, analysis, word_count=words)
            except WorkbenchError as exc:
                report.outcomes.append(ImportOutcome(source, "error", exc.message, code=exc.code.value))
                continue
            except Exception as exc:  # e.g. a duplicate imported by another process meanwhile
                reason = f"could not be stored ({exc})"
                report.outcomes.append(ImportOutcome(source, "error", reason, code=ErrorCode.CORRUPT.value))
                continue
            report.outcomes.append(ImportOutcome(source, "imported", doc_id=doc.id))
        return True

    # -- analyses ----------------------------------------------------------
    def refresh_analyses(self, progress: Progress | None = None, workers: int | None = None) -> list[str]:
        """Re-run the text pipeline for documents analysed by another pipeline version."""
        from workbench.nlp import pipeline_id

        stale = []
        stored = self.store.pipelines()
        for doc in self.store.documents():
            if stored.get(doc.id) != pipeline_id(doc.language or "und"):
                stale.append(doc.id)
        for i, key in enumerate(stale):
            if progress:
                progress(i, len(stale), f"analysing {key}")
            doc = self.store.document(key)
            (analysis,) = analyse_cached([(doc.text, doc.language or "und")], workers or 1)
            self.store.set_analysis(key, analysis)
        if stale:
            self._emit("document-changed", stale)
        return stale


def default_title(text: str, segments: list[Segment], limit: int = 90) -> str:
    """A title for an article that brought none: its first headline, else its first sentence."""
    candidates = [s for s in segments if s.kind == "headline"] or [s for s in segments if s.kind == "sentence"]
    title = text[candidates[0].start : candidates[0].end] if candidates else text.strip()
    title = " ".join(title.split())
    if len(title) > limit:
        title = title[: limit - 1].rsplit(" ", 1)[0] + "…"
    return title


def analyse_cached(items: list[tuple[str, str]], workers: int | None = None, cancel=None) -> list[Analysis]:
    """``nlp.analyse_many``, reading and filling the user's analysis cache (``store.analysis_cache``).

    A text this machine analysed before, in any project, with the same
    language and pipeline version, is not analysed again: when every text is
    found, spaCy and HanTa are not even loaded.
    """
    from workbench.nlp import analyse_many, pipeline_id
    from workbench.store.analysis_cache import cache_key, shipped, user_cache

    cache = user_cache()
    keys = [cache_key(text, language, pipeline_id(language)) for text, language in items]
    found = cache.get(list(dict.fromkeys(keys)))
    bundled = shipped([key for key in keys if key not in found])  # the demo articles come analysed
    if bundled:
        cache.put(bundled)
        found.update(bundled)
    todo = [n for n, key in enumerate(keys) if key not in found]
    if todo:
        fresh = analyse_many([items[n] for n in todo], workers=workers, cancel=cancel)
        made = {keys[n]: analysis for n, analysis in zip(todo, fresh, strict=True)}
        cache.put(made)
        found.update(made)
    return [found[key] for key in keys]

"""What every part of the Project facade stands on: the open store, change events, the documents as the
stages downstream see them (with the project's furniture decisions), and storing analysed articles.

The parts (aligning, framing, annotating, exporting) build on this class and call its protected
helpers, never each other's.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.core.errors import ErrorCode, WorkbenchError
from workbench.core.events import EventKind
from workbench.core.models import Analysis, Document, ExtractedArticle, ImportOutcome, ImportReport, Segment
from workbench.core.work import Cancel, Cancelled, Progress
from workbench.store import ProjectStore

if TYPE_CHECKING:
    from workbench.align import AlignInput
    from workbench.nlp.furniture import Mark

Listener = Callable[["ProjectEvent"], None]


@dataclass(frozen=True)
class ProjectEvent:
    """Something changed: ``kind`` says what (an ``EventKind``, equal to its string, e.g. "cues-changed"),
    ``docs`` in which documents (empty when it concerns the whole project)."""

    kind: EventKind
    docs: tuple[str, ...] = ()


def fingerprint(*parts: object) -> str:
    """What a stored result was made from, in one string: the SHA-256 of ``parts`` as sorted JSON."""
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


class ProjectBase:
    """The open store, the listeners, and the documents as every stage reads them."""

    def __init__(self, store: ProjectStore, temporary: Path | None = None) -> None:
        self._store = store
        self._listeners: list[Listener] = []
        self._temporary = temporary
        self._furniture: tuple[object, dict[str, list[Mark]]] | None = None  # (what it was made from, doc -> marks)

    @property
    def path(self) -> Path:
        return self._store.path

    # -- events ------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _emit(self, kind: EventKind, docs: Iterable[str]) -> None:
        event = ProjectEvent(kind, tuple(docs))
        for listener in list(self._listeners):
            listener(event)

    # -- documents ---------------------------------------------------------
    def documents(self) -> list[Document]:
        return self._store.documents()

    def document(self, ref: str) -> Document:
        return self._store.document(self._store.resolve(ref))

    def segments(self, ref: str) -> list[Segment]:
        """The document's segments as everything downstream sees them: the pipeline's, with the
        project's furniture decisions applied (lines recurring across outlets, the user's marks)."""
        key = self._store.resolve(ref)
        return self._with_furniture(key, self._store.segments(key))

    def analysis(self, ref: str) -> Analysis | None:
        """The stored analysis with the project's furniture decisions applied to its segments."""
        key = self._store.resolve(ref)
        analysis = self._store.analysis(key)
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
            key = self._store.resolve(ref)
            analysis = self._store.analysis(key)
            out[ref] = None if analysis is None else Analysis(
                segments=self._with_furniture(key, analysis.segments, marks), tokens=analysis.tokens,
                pipeline=analysis.pipeline)
        return out

    def _align_inputs(self, keys: Sequence[str], words_only_of: Collection[str] | None = None) -> list[AlignInput]:
        """Each document as the engines read it: text, language, and its analysis with the project's
        furniture decisions; a document that has no analysis stops the work with a plain message.

        ``words_only_of``: read only these documents' analyses, and only for their words (their segments as
        stored: furniture decisions change segments, not words); the others come without segments and
        tokens."""
        from workbench.align import AlignInput

        if words_only_of is None:
            analyses = self.analyses(list(keys))
        else:
            analyses = {key: self._store.analysis(key) if key in words_only_of else Analysis([], [], "") for key in keys}
        inputs = []
        for key in keys:
            doc = self._store.document(key)
            analysis = analyses[key]
            if analysis is None:
                raise WorkbenchError(ErrorCode.PIPELINE, f"{key} has not been analysed; re-import it")
            inputs.append(AlignInput(key, doc.text, analysis.segments, analysis.tokens, doc.language or "und"))
        return inputs

    def _with_furniture(self, key: str, segments: list[Segment], known: dict[str, list[Mark]] | None = None) -> list[Segment]:
        from workbench.nlp.furniture import apply_marks

        marks = (known if known is not None else self._furniture_marks()).get(key)
        if not marks:
            return segments
        doc = self._store.document(key)
        return apply_marks(doc.text, segments, marks, doc.language or "und")

    def _furniture_marks(self) -> dict[str, list[Mark]]:
        """Per document: furniture by recurrence across the project, then the user's marks (later wins).

        Cached until the documents, their analyses or the marks change (here, or
        through another connection: the GUI's worker, the CLI), which one cheap
        query tells.
        """
        from workbench.nlp.furniture import Mark, recurring_furniture

        made_from = self._store.segments_version()
        if self._furniture is None or self._furniture[0] != made_from:
            marks = recurring_furniture(self._store.headline_lines(),
                                        lambda doc: (self._store.document(doc).text, self._store.segments(doc)))
            for _, span, furniture in self._store.furniture_marks():
                marks.setdefault(span.doc, []).append(Mark(span.start, span.end, furniture))
            self._furniture = (made_from, marks)
        return self._furniture[1]

    # -- storing analysed articles -------------------------------------------
    def _store_articles(self, articles: list[tuple[str, ExtractedArticle]], report: ImportReport,
                        progress: Progress | None, done: int, total: int, cancel: Cancel | None,
                        workers: int | None) -> bool:
        """Analyse ``articles`` (source, article) and store each in its own transaction, reporting each in
        ``report``; False when cancelled before anything was stored."""
        if not articles:
            return True
        items = [(a.text, a.language or "und") for _, a in articles]
        try:
            analyses: list[Analysis | Exception] = list(analyse_cached(items, workers, cancel))
        except Cancelled:
            return False
        except Exception:  # noqa: BLE001 - one text broke the batch: analyse one at a time, so only it fails
            analyses = []
            for item in items:
                try:
                    analyses.extend(analyse_cached([item], 1, cancel))
                except Cancelled:
                    return False
                except Exception as exc:  # noqa: BLE001 - reported for this source, the others go on
                    analyses.append(exc)
        for (source, article), analysis in zip(articles, analyses, strict=True):
            if progress:
                progress(done, total, f"storing {source}")
            if isinstance(analysis, Exception):
                detail = " ".join(str(analysis).split())[:160] or type(analysis).__name__
                report.outcomes.append(ImportOutcome(source, "error", f"its text could not be analysed ({detail})",
                                                     code=ErrorCode.PIPELINE.value))
                continue
            if not article.title:
                article.title = default_title(article.text, analysis.segments)
            words = sum(1 for t in analysis.tokens if not t.is_punct)
            try:
                doc = self._store.add_document(article, analysis, word_count=words)
            except WorkbenchError as exc:
                if exc.code is ErrorCode.DUPLICATE:  # another process (a second import) stored it meanwhile
                    report.outcomes.append(ImportOutcome(source, "duplicate", exc.message,
                                                         self._store.find_by_sha(article.sha256), exc.code.value))
                else:
                    report.outcomes.append(ImportOutcome(source, "error", exc.message, code=exc.code.value))
                continue
            except Exception as exc:  # noqa: BLE001 - reported for this source, the others go on
                reason = f"could not be stored ({exc})"
                report.outcomes.append(ImportOutcome(source, "error", reason, code=ErrorCode.CORRUPT.value))
                continue
            report.outcomes.append(ImportOutcome(source, "imported", doc_id=doc.id))
        return True


def default_title(text: str, segments: list[Segment], limit: int = 90) -> str:
    """A title for an article that brought none: its first headline, else its first sentence."""
    candidates = [s for s in segments if s.kind == "headline"] or [s for s in segments if s.kind == "sentence"]
    title = text[candidates[0].start : candidates[0].end] if candidates else text.strip()
    title = " ".join(title.split())
    if len(title) > limit:
        title = title[: limit - 1].rsplit(" ", 1)[0] + "…"
    return title


def analyse_cached(items: list[tuple[str, str]], workers: int | None = None,
                   cancel: Cancel | None = None) -> list[Analysis]:
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

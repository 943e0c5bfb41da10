"""Writing a project's comparison: the HTML report or worksheet, the comparison JSON, CSV and QDPX, with the
annotations and cues; the part of the Project facade that hands its data to ``workbench.export``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from workbench.core.errors import ErrorCode, WorkbenchError
from workbench.core.files import write_atomically
from workbench.core.models import CUE_CATEGORIES, AlignmentResult, Cue, Span
from workbench.project.annotating import AnnotationMixin
from workbench.core.work import Progress
from workbench.project.framing import FramingMixin

if TYPE_CHECKING:
    from workbench.align import AlignParams


class ExportMixin(FramingMixin, AnnotationMixin):
    """Exports of the comparison with its cues and annotations."""

    def export(self, path: str, fmt: str | None = None, *, outlets: list[str] | None = None,
               cues: list[str] | None = None, excerpts: bool = False, worksheet: bool = False,
               cues_as_codes: bool = False, language: str | None = None, title: str | None = None,
               furniture: bool = False, full_texts: bool | None = None, level: str = "II",
               own_tasks: Iterable[str] = (), params: AlignParams | None = None, all_cues: bool = False,
               progress: Progress | None = None) -> dict:
        """Write the comparison as html (a report, or a ``worksheet``), json, csv (a folder, or a .zip) or
        qdpx, aligning and detecting cues first if needed. ``outlets``: documents to show (default all);
        ``cues``: families to include (None all, [] none); ``excerpts``: only passages several outlets
        share (html, csv); ``furniture``: also list the page furniture left out of the comparison
        (html, csv; json always has it among the segments); ``full_texts``: the articles in full at the end of
        the HTML (default: in a report, not in a worksheet); ``level`` ("I" or "II") and ``own_tasks`` shape a
        worksheet's tasks. ``params`` (AlignParams): how to align and diff (default: the defaults); ``all_cues``: also
        the cues hidden by default (neutral variants, density). Returns what was written."""
        from workbench import __version__
        from workbench.align import DiffOptions
        from workbench.comparison import CueFilter, compare
        from workbench.export.bundle import ExportBundle, default_title, event_topic, export_format, language_of
        from workbench.export.report_html import WIDE_COLUMNS
        from workbench.export.wording import words
        from workbench.export.writing import write_export

        fmt = export_format(path, fmt, excerpts)
        if level not in ("I", "II"):
            raise WorkbenchError(ErrorCode.BAD_VALUE, f"unknown level '{level}': use I (Sekundarstufe I) or II")
        for family in cues or []:
            if family not in CUE_CATEGORIES:
                raise WorkbenchError(ErrorCode.BAD_VALUE, f"unknown cue family '{family}': use {', '.join(CUE_CATEGORIES)} or none")
        every = [d.id for d in self._store.documents()]
        comparable = len(every) > 1  # one article alone is exported without groups and cues
        result = self.align(params=params, progress=progress) if comparable else AlignmentResult([], [], [], every, "")
        diff_options = DiffOptions(ignore_case=params.ignore_case, ignore_punctuation=params.ignore_punctuation) \
            if params is not None else DiffOptions()
        keys = list(dict.fromkeys(self._store.resolve(o) for o in outlets)) if outlets else list(result.docs)
        if any(k not in result.docs for k in keys):
            raise WorkbenchError(ErrorCode.BAD_VALUE, f"{', '.join(k for k in keys if k not in result.docs)}: not aligned")
        found = self.detect_cues(progress=progress) if cues != [] and comparable else []
        families = frozenset(cues) if cues is not None else frozenset(CUE_CATEGORIES) | {c.category for c in found}
        docs = [self._store.document(k) for k in keys]
        comparison = compare(docs, result, found, CueFilter(families, include_hidden=all_cues), diff_options,
                             self._store.annotations(), shared_only=excerpts, lay_out=fmt == "html")
        language = language or language_of(docs)
        bundle = ExportBundle(title or default_title(comparison.labels, worksheet, language), f"workbench {__version__}",
                              self._store.get_meta("project_uuid") or self.path.name, comparison, self._store.codes(),
                              language, worksheet, cues_as_codes, level=level,
                              own_tasks=[t.strip() for t in own_tasks if t.strip()], cue_families=cues)
        if fmt == "json":
            bundle.segments = {k: self.segments(k) for k in keys}
        if furniture and fmt in ("html", "csv"):
            bundle.furniture = {k: [Span(k, s.start, s.end) for s in self.segments(k) if s.kind == "boilerplate"]
                                for k in keys}
        if fmt == "html":
            wanted = (not worksheet and len(docs) <= WIDE_COLUMNS) if full_texts is None else full_texts
            bundle.full_texts = comparison.full_texts() if wanted and not excerpts else []
            bundle.label_table = self.label_table() if comparable else {}
            topic = "" if title else event_topic(bundle.label_table, keys, docs, language)
            if topic:  # the event, not the first outlets' names or one outlet's headline
                bundle.title = f"{words(language)['worksheet' if worksheet else 'comparison']}: {topic}"
        return write_export(bundle, path, fmt)

    def comparison_json(self, result: AlignmentResult, cues: list[dict] | None = None) -> dict:
        """The comparison JSON (contract) for ``result``."""
        from workbench.export.comparison_json import comparison_dict

        documents = [self._store.document(k) for k in result.docs]
        segments = {d.id: self.segments(d.id) for d in documents}
        return comparison_dict(documents, segments, result, cues=cues)

    def write_comparison(
        self, result: AlignmentResult, path: str, fmt: str = "html", title: str | None = None,
        params: AlignParams | None = None, cues: list[Cue] | None = None,
    ) -> None:
        """Write the comparison of ``result``'s documents atomically: JSON (the contract, with ``cues``), or
        the HTML report (the one `export --format html` writes; ``params`` give its diff options)."""
        if fmt == "json":
            body = json.dumps(self.comparison_json(result, [c.to_json() for c in cues or []]), ensure_ascii=False, indent=1)
            write_atomically(path, body)
        elif fmt == "html":
            self.export(path, "html", outlets=list(result.docs), cues=None if cues is None or cues else [],
                        title=title, params=params)
        else:
            raise WorkbenchError(ErrorCode.BAD_VALUE, f"unknown format '{fmt}': use json or html")

"""Framing cues for a project: the part of the Project facade that runs the cue detectors.

Cues are computed over the current alignment (quote and factual variants
need aligned passages) and stored with the lexicon version that produced
them; they are recomputed only when the alignment, the lexicon (shipped or
the project's overrides) or the user's entities change.
"""

from __future__ import annotations

import csv
import time
from pathlib import Path

from workbench.core.errors import ErrorCode, WorkbenchError
from workbench.core.models import CUE_CATEGORIES, Cue
from workbench.core.events import EventKind
from workbench.core.work import Cancel, Progress
from workbench.project.base import fingerprint
from workbench.project.comparing import AlignmentMixin

LEXICON_COLUMNS = ("match", "family", "class", "gloss", "pos", "weight")
LEXICON_COLUMNS_DE = LEXICON_COLUMNS + ("gloss_de",)  # the optional 7th column: the gloss in German
LEXICON_FAMILIES = ("actor_label", "event_label", "reporting_verb", "evaluative", "hedge", "attribution")


class FramingMixin(AlignmentMixin):
    """Framing cues over the alignment, the project's lexicon entries and its entities."""

    def detect_cues(
        self,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        force: bool = False,
    ) -> list[Cue]:
        """Detect (or fetch the stored) cues over the current alignment."""
        from workbench.cues import detect_cues, lexicon_version

        result = self.alignment() or self.align(progress=progress, cancel=cancel)
        alignment_fingerprint = self._store.alignment_fingerprint()
        overrides = self._store.lexicon_overrides()
        entities = self._store.entities()
        docs = [self._store.document(k) for k in result.docs]
        languages = {d.language or "und" for d in docs}
        version = lexicon_version(languages, overrides)
        made_from = fingerprint(version, alignment_fingerprint or "", entities)
        if not force and self._store.cue_fingerprint() == made_from:
            stored = self._store.load_cues()
            if stored and stored[1] == made_from:
                return stored[0]
        inputs = self._align_inputs(result.docs)  # with the project's furniture decisions
        if progress:
            progress(0, 1, "detecting framing cues")
        started = time.perf_counter()
        cues = detect_cues(inputs, result, overrides or None, entities=entities or None)
        if cancel and cancel():
            earlier = self._store.load_cues()
            return earlier[0] if earlier else []
        self._store.save_cues(cues, made_from, version, time.perf_counter() - started)
        if progress:
            progress(1, 1, "")
        self._emit(EventKind.CUES_CHANGED, result.docs)
        return cues

    def cues(self, categories: list[str] | None = None, include_hidden: bool = False) -> list[Cue]:
        """Stored cues (detecting them first if needed), optionally of some categories only."""
        for c in categories or []:
            if c not in CUE_CATEGORIES:
                raise WorkbenchError(ErrorCode.BAD_VALUE, f"unknown cue category '{c}': use {', '.join(CUE_CATEGORIES)}")
        stored = self._store.load_cues()
        cues = stored[0] if stored else self.detect_cues()
        return [c for c in cues if (include_hidden or c.shown) and (not categories or c.category in categories)]

    def label_table(self) -> dict:
        """For each actor, which labels each outlet uses and how often."""
        from workbench.cues import actor_label_table

        cues = self.cues(include_hidden=True)
        result = self.alignment()
        keys = result.docs if result else [d.id for d in self._store.documents()]
        labelled = {c.span.doc for c in cues if c.category == "actor_label" and c.entity and c.speaker == "outlet"}
        # only the documents with labels, and only their words (the table reads lemmas)
        return actor_label_table(cues, self._align_inputs(keys, words_only_of=labelled))

    # -- the project's own lexicon entries ---------------------------------
    def import_lexicon(self, path: str, language: str = "de") -> int:
        """Add or replace lexicon entries from a TSV with the shipped columns; all or nothing."""
        rows = read_lexicon_tsv(Path(path), language)
        self._store.set_lexicon_overrides(rows)
        self._emit(EventKind.LEXICON_CHANGED, [])
        return len(rows)

    def lexicon_overrides(self) -> list[dict]:
        return self._store.lexicon_overrides()

    def export_lexicon(self, path: str, language: str = "de") -> int:
        """Write the project's entries of ``language`` as a TSV that ``import_lexicon`` reads back."""
        rows = [r for r in self._store.lexicon_overrides() if r["language"] == language]
        write_lexicon_tsv(Path(path), rows)
        return len(rows)

    def remove_lexicon_override(self, match: str, family: str, language: str = "de") -> None:
        self._store.remove_lexicon_override(language, match, family)
        self._emit(EventKind.LEXICON_CHANGED, [])

    # -- entities ------------------------------------------------------------
    def entities(self) -> dict[str, list[str]]:
        return self._store.entities()

    def add_entity(self, name: str, aliases: list[str]) -> None:
        name = " ".join(name.split())
        if not name:
            raise WorkbenchError(ErrorCode.BAD_VALUE, "an entity needs a name")
        known = self._store.entities().get(name, [])
        self._store.set_entity(name, sorted(set(known) | {a.strip() for a in aliases if a.strip()}))
        self._emit(EventKind.ENTITIES_CHANGED, [])

    def merge_entities(self, keep: str, other: str) -> None:
        """Treat ``other`` as another name of ``keep`` (e.g. "Kim" into "Kim Jong Un")."""
        known = self._store.entities()
        aliases = set(known.get(keep, [])) | set(known.get(other, [])) | {other}
        self._store.set_entity(keep, sorted(aliases - {keep}))
        if other in known:
            self._store.remove_entity(other)
        self._emit(EventKind.ENTITIES_CHANGED, [])

    def remove_entity(self, name: str) -> None:
        self._store.remove_entity(name)
        self._emit(EventKind.ENTITIES_CHANGED, [])


def read_lexicon_tsv(path: Path, language: str) -> list[dict]:
    """Rows of a lexicon TSV (the shipped format); a bad line stops the import with its number."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise WorkbenchError(ErrorCode.UNREADABLE, f"{path.name}: cannot be read as UTF-8 text ({exc})") from exc
    body = [(n, line) for n, line in enumerate(lines, start=1) if line.strip() and not line.startswith("#")]
    if body and body[0][1].split("\t")[0].strip() == "match":
        body = body[1:]
    rows = []
    for n, line in body:
        cols = next(csv.reader([line], delimiter="\t"))
        if len(cols) not in (len(LEXICON_COLUMNS), len(LEXICON_COLUMNS_DE)):
            raise WorkbenchError(ErrorCode.BAD_VALUE, f"{path.name}, line {n}: needs {len(LEXICON_COLUMNS)} tab-separated columns ({', '.join(LEXICON_COLUMNS)}), optionally a 7th (gloss_de)")
        cells = dict(zip(LEXICON_COLUMNS_DE, (c.strip() for c in cols)))
        cells.setdefault("gloss_de", "")
        if cells["family"] not in LEXICON_FAMILIES:
            raise WorkbenchError(ErrorCode.BAD_VALUE, f"{path.name}, line {n}: unknown family '{cells['family']}'")
        try:
            weight = float(cells["weight"])
        except ValueError as exc:
            raise WorkbenchError(ErrorCode.BAD_VALUE, f"{path.name}, line {n}: weight must be a number") from exc
        if not 0.0 <= weight <= 1.0:
            raise WorkbenchError(ErrorCode.BAD_VALUE, f"{path.name}, line {n}: weight must be between 0 and 1 (0 disables)")
        row: dict[str, str | float] = {**cells, "weight": weight, "match": cells["match"].casefold(), "language": language}
        rows.append(row)
    if not rows:
        raise WorkbenchError(ErrorCode.EMPTY, f"{path.name}: no lexicon entries")
    return rows


def write_lexicon_tsv(path: Path, rows: list[dict]) -> None:
    """Rows in the shipped format: the header and seven columns (gloss_de last)."""
    def cell(value) -> str:
        return " ".join(str(value if value is not None else "").split())  # no tabs or line breaks inside a cell

    lines = ["\t".join(LEXICON_COLUMNS_DE)]
    for r in rows:
        weight = float(r.get("weight") or 0)
        lines.append("\t".join([cell(r.get("match")), cell(r.get("family")), cell(r.get("class")), cell(r.get("gloss")),
                                cell(r.get("pos")), f"{weight:g}", cell(r.get("gloss_de"))]))
    try:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError as exc:
        raise WorkbenchError(ErrorCode.BAD_VALUE, f"{path.name}: cannot be written ({exc})") from exc

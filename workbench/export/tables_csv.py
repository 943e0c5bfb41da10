"""The comparison as CSV tables for R or pandas: one row per item, spans as doc/start/end plus the text.

``tables(bundle)`` returns file name -> CSV text (UTF-8, header row, no
BOM, CRLF between rows as RFC 4180 has it); the facade writes them into a folder or a zip. related.csv lists passages
related to groups of other outlets (not omissions). With excerpts, passages
only one outlet reports (unique.csv) and related ones are left out, and so are cues and
annotation targets outside the passages several outlets share.

Every text cell that a spreadsheet would read as a formula (it begins with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return) gets a leading ``'`` as OWASP advises against CSV injection; numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
import zipfile

from workbench.comparison.rows import group_centres
from workbench.export.bundle import ExportBundle

COLUMNS = {
    "documents.csv": ("doc", "outlet", "title", "published", "url", "author", "language", "words", "source", "sha256"),
    "groups.csv": ("group", "score", "doc", "outlet", "start", "end", "reference", "text"),
    "unique.csv": ("doc", "outlet", "start", "end", "text"),
    "related.csv": ("doc", "outlet", "start", "end", "groups", "score", "text"),
    "cues.csv": ("doc", "outlet", "start", "end", "text", "category", "class", "label", "explanation", "speaker",
                 "entity", "counterparts"),
    "annotations.csv": ("annotation", "note", "codes", "doc", "outlet", "start", "end", "quote", "detached", "created",
                        "modified"),
    "codes.csv": ("code", "colour", "description", "uses"),
    "furniture.csv": ("doc", "outlet", "start", "end", "text"),
}


def tables(bundle: ExportBundle) -> dict[str, str]:
    texts = {d.id: d.text for d in bundle.documents}
    outlet = {d.id: d.outlet or "" for d in bundle.documents}
    centres = group_centres(bundle.result)
    rows: dict[str, list[tuple]] = {name: [] for name in COLUMNS if name != "furniture.csv"}
    for d in bundle.documents:
        rows["documents.csv"].append((d.id, d.outlet, d.title, d.published, d.url, d.author, d.language, d.word_count,
                                      d.source, d.sha256))
    for g in bundle.result.groups:
        centre = centres.get(g.id, g.members[0])
        for m in g.members:
            rows["groups.csv"].append((g.id, round(g.score, 3), m.doc, outlet[m.doc], m.start, m.end, int(m == centre),
                                       texts[m.doc][m.start : m.end]))
    if not bundle.excerpts:
        for u in bundle.result.unique:
            rows["unique.csv"].append((u.doc, outlet[u.doc], u.start, u.end, texts[u.doc][u.start : u.end]))
        for r in bundle.result.related:
            rows["related.csv"].append((r.span.doc, outlet[r.span.doc], r.span.start, r.span.end, " ".join(r.groups),
                                        round(r.score, 3), texts[r.span.doc][r.span.start : r.span.end]))
    else:
        del rows["unique.csv"]
        del rows["related.csv"]
    for c in bundle.cues:
        elsewhere = " | ".join(f"{s.doc}:{s.start}-{s.end} {t}" for s, t in c.counterparts)
        rows["cues.csv"].append((c.span.doc, outlet[c.span.doc], c.span.start, c.span.end, c.text, c.category, c.cls,
                                 c.label, c.explanation, c.speaker, c.entity, elsewhere))
    for note in bundle.annotations:
        for t in note.targets:
            rows["annotations.csv"].append((note.id, note.note, "; ".join(note.codes), t.doc, outlet.get(t.doc, ""),
                                            t.start, t.end, t.quote, int(t.detached), note.created, note.modified))
    for code in bundle.codes:
        rows["codes.csv"].append((code.name, code.colour, code.description, code.uses))
    if bundle.furniture:  # only on request
        rows["furniture.csv"] = [(s.doc, outlet[s.doc], s.start, s.end, texts[s.doc][s.start:s.end])
                                 for spans in bundle.furniture.values() for s in spans]
    return {name: _csv(COLUMNS[name], body) for name, body in rows.items()}


def zipped(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in files.items():
            zf.writestr(name, body.encode("utf-8"))
    return buffer.getvalue()


def _csv(header: tuple[str, ...], body: list[tuple]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180; and a CR inside a cell is then quoted too
    writer.writerow(header)
    writer.writerows([_cell(v) for v in row] for row in body)
    return out.getvalue()


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    """A cell as written: None empty, text that a spreadsheet would run as a formula neutralised with a
    leading quote (``=HYPERLINK(...)`` becomes ``'=HYPERLINK(...)``), numbers unchanged."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value

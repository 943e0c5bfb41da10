"""The HTML report and worksheet: one self-contained file, safe with untrusted article text.

Article text, titles, outlet names and notes are untrusted. The template
engine escapes every value (autoescape), the page carries no script at all,
and its Content-Security-Policy forbids scripts, network requests of any
kind, and any style but our own inline stylesheet (allowed by its hash), so
even markup that slipped through could neither run nor load anything.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from workbench.comparison.restrict import passages
from workbench.core.models import CUE_CATEGORIES, cue_text
from workbench.core.resources import resource_path
from workbench.export.bundle import ExportBundle, coverage
from workbench.export.marks import mark_rows, number_annotations
from workbench.export.profile import framing_profile, profile_svg
from workbench.export.wording import CUE_COLOURS, CUE_LINES, cue_names, words
from workbench.export.worksheet import cues_by_family, rows_for_tasks, tasks

CSP = ("default-src 'none'; style-src 'sha256-{digest}'; img-src 'none'; font-src 'none'; connect-src 'none'; "
       "media-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'")


def environment() -> Environment:
    return Environment(loader=FileSystemLoader(str(resource_path("templates"))), autoescape=True,
                       trim_blocks=True, lstrip_blocks=True)


@dataclass
class NoteView:
    number: int
    text: str
    codes: list[dict]
    quotes: list[dict]


# More outlets than this and the side-by-side table becomes a list per row (only the outlets that report
# it), the coverage matrix a count per row and per outlet, the label table a list per actor; the framing
# profile and the full texts are left out. A table of 1,000 columns is no reading matter (and its page
# would weigh hundreds of megabytes).
WIDE_COLUMNS = 12
COUNTERPARTS_LISTED = 6  # in the list of cues, each cue's wording elsewhere: this many, then "and n more"


def render_report(bundle: ExportBundle) -> str:
    """The report (or, with ``bundle.worksheet``, the worksheet) as one HTML page."""
    env = environment()
    w = words(bundle.language)
    names = cue_names(bundle.language)
    code_class = {c.name: f"code-{i}" for i, c in enumerate(bundle.codes)}
    css = env.get_template("report.css.j2").render(code_colours=[(code_class[c.name], c.colour) for c in bundle.codes],
                                                   cue_colours=CUE_COLOURS, cue_lines=CUE_LINES)
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")

    matrix = coverage(bundle)
    task_list = tasks(bundle, matrix, bundle.language) if bundle.worksheet else []
    noted = [t for a in bundle.annotations for t in a.targets]
    shown_rows = rows_for_tasks(bundle.rows, task_list, noted) if bundle.worksheet else bundle.rows
    numbers = number_annotations(bundle.annotations, shown_rows, bundle.full_texts)
    seen: set[int] = set()
    rows = [_with_cue_view(r, names, bundle.worksheet, bundle.language) for r in mark_rows(shown_rows, bundle.annotations, numbers, seen)]
    texts = [_with_cue_view(r, names, bundle.worksheet, bundle.language) for r in mark_rows(bundle.full_texts, bundle.annotations, numbers, seen)]
    cue_numbers = {} if bundle.worksheet else _number_cues(rows + texts)
    wide = len(bundle.documents) > WIDE_COLUMNS
    order = [d.id for d in bundle.documents]
    filled = {r.id: [(d, bundle.labels[d], r.cells[d]) for d in order if r.cells.get(d)] for r in rows} if wide else {}
    notes = {numbers[a.id]: _note_view(a, numbers[a.id], bundle, code_class) for a in bundle.annotations}
    present = {c.category for c in bundle.cues}
    context = {
        "lang": bundle.language,
        "title": bundle.title,
        "generator": bundle.generator,
        "csp": CSP.format(digest=digest),
        "css": Markup(css),  # our own stylesheet: no value from any article goes into it
        "worksheet": bundle.worksheet,
        "excerpts": bundle.excerpts,
        "w": w,
        "summary": _summary(bundle, w, len(notes)),
        "documents": [_document_view(d, bundle.labels[d.id]) for d in bundle.documents],
        "columns": [(d.id, bundle.labels[d.id]) for d in bundle.documents],
        "labels": bundle.labels,
        "rows": rows,
        "texts": texts,
        "notes": notes,
        "other_notes": sorted(n for n in notes if n not in seen),
        "coverage": matrix,
        "covered": {d: sum(1 for r in matrix if d in r["docs"]) for d in bundle.doc_ids},
        "only_here": {d: sum(1 for u in bundle.result.unique if u.doc == d) for d in bundle.doc_ids},
        "label_rows": _label_rows(bundle),
        "profile": None if bundle.worksheet or wide else _profile(bundle),
        "wide": wide,
        "filled": filled,
        "cue_groups": _cue_groups(bundle, names, cue_numbers),
        "families": [(f, names[f]) for f in CUE_CATEGORIES if f in present],
        "codes": [{"name": c.name, "cls": code_class[c.name], "description": c.description} for c in bundle.codes
                  if c.uses],
        "tasks": task_list,
        "key": bundle.key,
        "furniture": {d: [" ".join(bundle.documents[i].text[s.start:s.end].split()) for s in spans]
                      for i, d in enumerate(bundle.doc_ids) for spans in [bundle.furniture.get(d, [])] if spans},
    }
    return env.get_template("report.html.j2").render(**context)


def safe_url(url: str | None) -> str | None:
    """Only http(s) addresses become links; anything else (javascript:, data:) stays text."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def _document_view(d, label: str) -> dict:
    return {"label": label, "title": d.title or "", "published": d.published or "", "url": safe_url(d.url),
            "source": d.url or d.source or ""}


def _summary(bundle: ExportBundle, w: dict, notes: int) -> str:
    groups = sum(1 for r in bundle.rows if r.kind == "group")
    if bundle.excerpts:
        return w["summary_excerpts"].format(groups=groups)
    unique = sum(1 for r in bundle.rows if r.kind == "unique")
    return w["summary"].format(groups=groups, unique=unique, notes=notes)


def _with_cue_view(row, names: dict[str, str], worksheet: bool, language: str = "en"):
    """Cue class and hover text for each marked piece (no hover text on worksheets: it would give answers away)."""
    for cell in row.cells.values():
        for p in cell:
            for m in p.pieces:
                if m.cue is not None:
                    m.cue_family = m.cue.category if m.cue.category in CUE_CATEGORIES else "other"
                    m.cue_title = None if worksheet else \
                        f"{names.get(m.cue.category, m.cue.category)}: {cue_text(m.cue, language)[1]}"
    return row


def _note_view(a, number: int, bundle: ExportBundle, code_class: dict[str, str]) -> NoteView:
    quotes = [{"quote": t.quote, "outlet": bundle.labels.get(t.doc, t.doc), "detached": t.detached} for t in a.targets]
    codes = [{"name": c, "cls": code_class.get(c, "")} for c in a.codes]
    return NoteView(number, a.note, codes, quotes)


def _label_rows(bundle: ExportBundle) -> list[tuple[str, dict[str, str]]]:
    out = []
    for entry in bundle.label_table.get("entities", []):
        cells = {doc: ", ".join(f"{label} ×{n}" if n > 1 else label for label, n in labels.items())
                 for doc, labels in entry["labels"].items() if doc in bundle.labels and labels}
        if cells:
            out.append((entry["entity"], cells))
    return out


def _profile(bundle: ExportBundle) -> Markup | None:
    """The framing profile as inline SVG (escaped by ``profile_svg``); None with fewer than two outlets."""
    if len(bundle.documents) < 2:
        return None
    counts = None
    if bundle.excerpts:  # cues only in the shared passages: count their words, not the whole articles'
        counts = {d: 0 for d in bundle.doc_ids}
        texts = {d.id: d.text for d in bundle.documents}
        for doc, spans in passages(bundle.result).items():
            if doc in counts:
                counts[doc] = sum(len(texts[doc][s.start:s.end].split()) for s in spans)
    families = CUE_CATEGORIES if bundle.cue_families is None else bundle.cue_families
    profile = framing_profile(bundle.documents, bundle.cues, bundle.label_table, bundle.labels, counts, families)
    return Markup(profile_svg(profile, bundle.language))  # our own markup: every text in it is escaped


def _cue_key(c) -> tuple:
    return c.span.doc, c.span.start, c.span.end, c.category


def _number_cues(rows) -> dict[tuple, int]:
    """Each highlighted cue's note number, in reading order (row by row, outlet by outlet); the number is
    printed after the cue's first piece and before its explanation in the list of cues, so the
    explanation is there in print and on touch screens, not only on hover."""
    numbers: dict[tuple, int] = {}
    for row in rows:
        for cell in row.cells.values():
            for p in cell:
                for m in p.pieces:
                    if m.cue is not None and _cue_key(m.cue) not in numbers:
                        numbers[_cue_key(m.cue)] = len(numbers) + 1
                        m.cue_number = numbers[_cue_key(m.cue)]
    return numbers


def _cue_groups(bundle: ExportBundle, names: dict[str, str], numbers: dict[tuple, int] | None = None
                ) -> list[tuple[str, str, list[dict]]]:
    out = []
    for family, cues in cues_by_family(bundle).items():
        items = []
        for c in cues:
            others = [f"{bundle.labels[s.doc]}: {t}" for s, t in c.counterparts if s.doc in bundle.labels]
            elsewhere = "; ".join(others[:COUNTERPARTS_LISTED])
            if len(others) > COUNTERPARTS_LISTED:
                elsewhere += " " + words(bundle.language)["and_more"].format(n=len(others) - COUNTERPARTS_LISTED)
            items.append({"text": c.text, "outlet": bundle.labels.get(c.span.doc, c.span.doc),
                          "explanation": cue_text(c, bundle.language)[1], "counterparts": elsewhere,
                          "number": (numbers or {}).get(_cue_key(c))})
        out.append((family if family in CUE_CATEGORIES else "other", names.get(family, family), items))
    return out

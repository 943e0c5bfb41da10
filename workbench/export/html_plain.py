"""The plain comparison HTML written by `workbench compare`: one self-contained file.

Article text is untrusted: the template engine escapes every piece
(autoescape), and a Content-Security-Policy forbids any script.
"""

from __future__ import annotations

from jinja2 import Environment, FileSystemLoader, select_autoescape

from workbench import __version__
from workbench.core.models import Document
from workbench.core.resources import resource_path
from workbench.export import wording


def environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(resource_path("templates"))),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


CUE_NAMES = wording.CUE_NAMES["en"]  # one list of family names for every export


def render_plain(documents: list[Document], rows: list, labels: dict[str, str], title: str = "Comparison") -> str:
    """``rows`` come from workbench.align.rows.build_rows."""
    present = {p.cue.category for r in rows for cell in r.cells.values() for ps in cell for p in ps.pieces if p.cue}
    template = environment().get_template("comparison_plain.html.j2")
    languages = {d.language for d in documents if d.language}
    return template.render(
        title=title,
        generator=f"workbench {__version__}",
        lang=languages.pop() if len(languages) == 1 else "und",
        documents=documents,
        labels=labels,
        rows=rows,
        n_groups=sum(1 for r in rows if r.kind == "group"),
        n_unique=sum(1 for r in rows if r.kind == "unique"),
        n_related=sum(1 for r in rows if r.kind == "related"),
        cue_families=[(k, v) for k, v in CUE_NAMES.items() if k in present],
        cue_colours=wording.CUE_COLOURS,
        cue_lines=wording.CUE_LINES,
    )

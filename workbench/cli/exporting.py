"""The export command: the comparison of a project with its annotations as html, json, csv or qdpx."""

from __future__ import annotations

import click

from workbench.cli.group import cli
from workbench.cli.options import PROJECT, QUIET, fail_cleanly, open_project
from workbench.core.errors import ErrorCode, WorkbenchError
from workbench.core.models import CUE_CATEGORIES


@cli.command("export")
@PROJECT
@click.option("--format", "-f", "fmt", type=click.Choice(["html", "json", "csv", "qdpx"]), default=None,
              help="Format (default: from -o: .html, .json, .zip or a folder = csv, .qdpx).")
@click.option("--output", "-o", required=True, help="File (or, for csv, folder or .zip) to write.")
@click.option("--outlets", default=None, metavar="d1,d3,...", help="Only these documents, in this order.")
@click.option("--cues", "cue_families", default=None, metavar="FAMILY,...|none",
              help=f"Cue families to highlight and export (default all; none for none): {', '.join(CUE_CATEGORIES)}.")
@click.option("--excerpts", is_flag=True, help="Only passages several outlets share: no unique passages, "
              "no full texts (html, csv; for copyright-conscious sharing).")
@click.option("--worksheet", is_flag=True, help="HTML for teachers: tasks, highlights behind 'show' toggles, "
              "an answer key.")
@click.option("--cues-as-codes", is_flag=True, help="QDPX: cue families become codes, cues coded selections.")
@click.option("--lang", "language", type=click.Choice(["de", "en"]), default=None,
              help="Language of headings and tasks (default: that of most articles).")
@click.option("--title", default=None, help="Title of the report.")
@click.option("--level", type=click.Choice(["I", "II"]), default="II", show_default=True,
              help="Worksheet: Sekundarstufe I (fewer, simpler tasks) or II (all tasks).")
@click.option("--task", "own_tasks", multiple=True, metavar="TEXT",
              help="Worksheet: a task of your own (repeatable), added before the closing question.")
@click.option("--full-texts/--no-full-texts", "full_texts", default=None,
              help="The articles in full at the end of the HTML (default: in a report, not in a worksheet).")
@click.option("--furniture", is_flag=True, help="Also list the page furniture left out of the comparison "
              "(html: a section; csv: furniture.csv).")
@QUIET
@fail_cleanly
def export_cmd(project: str, fmt: str | None, output: str, outlets: str | None, cue_families: str | None,
               excerpts: bool, worksheet: bool, cues_as_codes: bool, language: str | None, title: str | None,
               level: str, own_tasks: tuple[str, ...], full_texts: bool | None, furniture: bool,
               quiet: bool) -> None:
    """Export the comparison of PROJECT with its annotations: html, json, csv or qdpx (REFI-QDA).

    Aligns and detects cues first if needed. HTML is one self-contained
    file (no script, no network), readable on a phone and printable.
    Example: workbench export my.wbproj -o lesson.html --outlets d1,d2,d5 --worksheet
    """
    if worksheet and (fmt or ("html" if output.lower().endswith((".html", ".htm")) else "")) != "html":
        raise click.UsageError("--worksheet makes an HTML file: use -o NAME.html")
    families = _families(cue_families)
    refs = [o.strip() for o in outlets.split(",") if o.strip()] if outlets else None
    with open_project(project) as proj:
        summary = proj.export(output, fmt, outlets=refs, cues=families, excerpts=excerpts, worksheet=worksheet,
                              cues_as_codes=cues_as_codes, language=language, title=title, furniture=furniture,
                              full_texts=full_texts, level=level, own_tasks=own_tasks)
    if not quiet:
        skipped = f", {summary['skipped']} detached passages left out" if summary.get("skipped") else ""
        click.echo(f"wrote {output} ({summary['format']}): {summary['documents']} articles, {summary['groups']} "
                   f"groups, {summary['cues']} cues, {summary['annotations']} annotations{skipped}", err=True)
        if summary.get("teacher"):
            click.echo(f"wrote {summary['teacher']}: the teacher's version, with the answer key", err=True)


def _families(value: str | None) -> list[str] | None:
    if value is None:
        return None
    if value.strip().lower() == "none":
        return []
    families = [f.strip() for f in value.split(",") if f.strip()]
    unknown = [f for f in families if f not in CUE_CATEGORIES]
    if unknown:
        raise WorkbenchError(ErrorCode.BAD_VALUE, f"unknown cue family {', '.join(unknown)}: use "
                             f"{', '.join(CUE_CATEGORIES)}, or none")
    return families

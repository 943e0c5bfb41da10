"""Command-line commands for annotations, the code system and exports (registered in cli.py).

``register`` also teaches ``workbench import`` to read a comparison JSON
(documents, metadata and annotations); every other source goes to the
import command as before.
"""

from __future__ import annotations


import click

from workbench.core.errors import ErrorCode, WorkbenchError
from workbench.core.models import CUE_CATEGORIES, Span


def register(cli: click.Group, fail_cleanly, open_project, dump) -> None:
    project_arg = click.argument("project", type=click.Path(dir_okay=False))

    @cli.command("annotate")
    @project_arg
    @click.argument("doc")
    @click.argument("start", type=int)
    @click.argument("end", type=int)
    @click.option("--note", default="", help="The note (free text).")
    @click.option("--code", "codes", multiple=True, help="A code (repeatable); new codes join the code system.")
    @click.option("--group", is_flag=True, help="Also mark the same passage in the other outlets of its group.")
    @click.option("--json", "as_json", is_flag=True, help="Print the annotation as JSON (the contract's object).")
    @fail_cleanly
    def annotate_cmd(project: str, doc: str, start: int, end: int, note: str, codes: tuple[str, ...], group: bool,
                     as_json: bool) -> None:
        """Annotate the passage START-END (code points, end exclusive) of DOC with a note and codes.

        Example: workbench annotate my.wbproj d1 120 128 --note "loaded label" --code "actor label" --group
        """
        with open_project(project) as proj:
            annotation = proj.annotate([Span(doc, start, end)], note, list(codes))
            if group:
                annotation = proj.link_to_group(annotation.id)
            outlets = _outlets(proj)
        if as_json:
            dump(annotation.to_json())
            return
        _print_annotation(annotation, outlets)

    @cli.command("annotations")
    @project_arg
    @click.option("--code", default=None, help="Only annotations with this code.")
    @click.option("--doc", default=None, help="Only annotations with a passage in this document.")
    @click.option("--text", default=None, help="Only annotations whose note or quotes contain this text.")
    @click.option("--delete", "delete", default=None, metavar="ID", help="Delete the annotation ID (a3).")
    @click.option("--group", "group", default=None, metavar="ID",
                  help="Link annotation ID to the same passage in the other outlets of its group.")
    @click.option("--reanchor", is_flag=True,
                  help="Move detached passages to where their quote is, when it occurs once nearby.")
    @click.option("--json", "as_json", is_flag=True,
                  help="Print JSON: id, note, codes, targets [{doc, start, end, quote}], created, modified.")
    @fail_cleanly
    def annotations_cmd(project: str, code: str | None, doc: str | None, text: str | None, delete: str | None,
                        group: str | None, reanchor: bool, as_json: bool) -> None:
        """List the annotations of PROJECT (filtered by code, document or text), or change them.

        A passage whose quoted text no longer matches the article at its
        offsets is shown as DETACHED; --reanchor moves it only when the quote
        occurs exactly once nearby.
        """
        with open_project(project) as proj:
            if delete:
                gone = proj.delete_annotation(delete)
                click.echo(f"deleted {gone.id}", err=True)
            if group:
                proj.link_to_group(group)
            if reanchor:
                moved, left = proj.reanchor_annotations()
                click.echo(f"{moved} passages re-anchored, {left} still detached", err=True)
            items = proj.annotations(code=code, doc=doc, text=text)
            outlets = _outlets(proj)
        if as_json:
            dump([a.to_json() for a in items])
            return
        if not items:
            click.echo("no annotations", err=True)
        for a in items:
            _print_annotation(a, outlets)

    @cli.command("codes")
    @project_arg
    @click.option("--add", default=None, metavar="NAME", help="Add a code (with --colour and --description).")
    @click.option("--colour", "--color", "colour", default=None, metavar="#RRGGBB", help="Colour of the code added.")
    @click.option("--description", default=None, help="Description of the code added.")
    @click.option("--rename", nargs=2, default=None, metavar="OLD NEW", help="Rename a code (annotations follow).")
    @click.option("--merge", nargs=2, default=None, metavar="KEEP OTHER", help="Recode OTHER as KEEP and remove OTHER.")
    @click.option("--recolour", "--recolor", "recolour", nargs=2, default=None, metavar="NAME #RRGGBB",
                  help="Give a code another colour.")
    @click.option("--describe", nargs=2, default=None, metavar="NAME TEXT", help="Change a code's description.")
    @click.option("--remove", default=None, metavar="NAME", help="Remove a code (and take it off every annotation).")
    @click.option("--json", "as_json", is_flag=True, help="Print the code system as JSON.")
    @fail_cleanly
    def codes_cmd(project: str, add: str | None, colour: str | None, description: str | None,
                  rename: tuple[str, str] | None, merge: tuple[str, str] | None, recolour: tuple[str, str] | None,
                  describe: tuple[str, str] | None, remove: str | None, as_json: bool) -> None:
        """List or change the code system of PROJECT: the codes annotations carry (name, colour, description)."""
        if (colour or description) and not add:
            raise click.UsageError("--colour and --description go with --add (use --recolour / --describe otherwise)")
        with open_project(project) as proj:
            if add:
                proj.add_code(add, colour, description or "")
            if rename:
                proj.rename_code(*rename)
            if merge:
                n = proj.merge_codes(*merge)
                click.echo(f"merged '{merge[1]}' into '{merge[0]}' ({n} annotations)", err=True)
            if recolour:
                proj.recolour_code(*recolour)
            if describe:
                proj.describe_code(*describe)
            if remove:
                proj.remove_code(remove)
            codes = proj.codes()
        if as_json:
            dump([c.to_json() for c in codes])
            return
        if not codes:
            click.echo("no codes yet: add one with --add, or give --code to `workbench annotate`", err=True)
        width = max((len(c.name) for c in codes), default=0)
        for c in codes:
            click.echo(f"{c.name:<{width}}  {c.colour}  {c.uses:>3}  {c.description}".rstrip())

    @cli.command("export")
    @project_arg
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
    @click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
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


def _outlets(proj) -> dict[str, str]:
    return {d.id: d.outlet or d.title or d.id for d in proj.documents()}


def _print_annotation(a, outlets: dict[str, str]) -> None:
    codes = f"  [{', '.join(a.codes)}]" if a.codes else ""
    click.echo(f"{a.id}{codes}  {a.note}".rstrip())
    for t in a.targets:
        quote = " ".join(t.quote.split())
        quote = quote if len(quote) <= 70 else quote[:69] + "…"
        state = "  DETACHED: the text there has changed" if t.detached else ""
        click.echo(f"    {t.doc}:{t.start}-{t.end}  „{quote}“  ({outlets.get(t.doc, t.doc)}){state}")

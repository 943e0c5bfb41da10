"""Commands for annotations and the code system: annotate, annotations, codes."""

from __future__ import annotations

import click

from workbench.cli.group import cli
from workbench.cli.options import PROJECT, dump, fail_cleanly, open_project, outlet_names
from workbench.core.models import Span


@cli.command("annotate")
@PROJECT
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
    if not 0 <= start < end:
        raise click.BadParameter(f"START ({start}) must be at least 0 and less than END ({end})",
                                 param_hint="START END")
    with open_project(project) as proj:
        annotation = proj.annotate([Span(doc, start, end)], note, list(codes))
        if group:
            annotation = proj.link_to_group(annotation.id)
        outlets = outlet_names(proj)
    if as_json:
        dump(annotation.to_json())
        return
    _print_annotation(annotation, outlets)


@cli.command("annotations")
@PROJECT
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
        outlets = outlet_names(proj)
    if as_json:
        dump([a.to_json() for a in items])
        return
    if not items:
        click.echo("no annotations", err=True)
    for a in items:
        _print_annotation(a, outlets)


@cli.command("codes")
@PROJECT
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


def _print_annotation(a, outlets: dict[str, str]) -> None:
    codes = f"  [{', '.join(a.codes)}]" if a.codes else ""
    click.echo(f"{a.id}{codes}  {a.note}".rstrip())
    for t in a.targets:
        quote = " ".join(t.quote.split())
        quote = quote if len(quote) <= 70 else quote[:69] + "…"
        state = "  DETACHED: the text there has changed" if t.detached else ""
        click.echo(f"    {t.doc}:{t.start}-{t.end}  „{quote}“  ({outlets.get(t.doc, t.doc)}){state}")

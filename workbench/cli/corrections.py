"""Commands that correct an alignment: link, unlink, split and merge passages and groups, mark page
furniture, list and remove corrections."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from workbench.cli.aligning import summary
from workbench.cli.group import cli
from workbench.cli.options import NOTE, PROJECT, QUIET, dump, fail_cleanly, open_project, parse_span
from workbench.core.models import AlignmentResult, Span

if TYPE_CHECKING:
    from workbench.project import Project


def _realign(proj: Project) -> AlignmentResult | None:
    """Align again when the project was aligned before (applying the correction just stored)."""
    return proj.align() if proj.alignment() is not None else None


def _stored(correction_id: int, kind: str, result: AlignmentResult | None, quiet: bool) -> None:
    if not quiet:
        click.echo(f"correction #{correction_id} ({kind}) stored" + (f"; {summary(result)}" if result else ""))


def _correction(kind: str, project: str, passages: tuple[str, ...], note: str | None, quiet: bool) -> None:
    spans = [parse_span(p) for p in passages]
    with open_project(project) as proj:
        correction_id = proj.correct(kind, spans, note)
        result = _realign(proj)
    _stored(correction_id, kind, result, quiet)


@cli.command("link")
@PROJECT
@click.argument("passages", nargs=-1, required=True)
@NOTE
@QUIET
@fail_cleanly
def link_cmd(project: str, passages: tuple[str, ...], note: str | None, quiet: bool) -> None:
    """Put passages in one group (merging their groups). PASSAGES are DOC:START-END, e.g. d1:120-260 d2:40-190."""
    if len(passages) < 2:
        raise click.UsageError("link needs at least two passages")
    _correction("link", project, passages, note, quiet)


@cli.command("unlink")
@PROJECT
@click.argument("passages", nargs=-1, required=True)
@NOTE
@QUIET
@fail_cleanly
def unlink_cmd(project: str, passages: tuple[str, ...], note: str | None, quiet: bool) -> None:
    """Take passages out of their groups (they become unique). PASSAGES are DOC:START-END."""
    _correction("unlink", project, passages, note, quiet)


@cli.command("split")
@PROJECT
@click.argument("passages", nargs=-1, required=True)
@NOTE
@QUIET
@fail_cleanly
def split_cmd(project: str, passages: tuple[str, ...], note: str | None, quiet: bool) -> None:
    """Split a group: the given passages leave it and form a group of their own. PASSAGES are DOC:START-END."""
    _correction("split", project, passages, note, quiet)


@cli.command("merge")
@PROJECT
@click.argument("groups", nargs=-1, required=True)
@NOTE
@QUIET
@fail_cleanly
def merge_cmd(project: str, groups: tuple[str, ...], note: str | None, quiet: bool) -> None:
    """Merge groups of the current alignment, e.g. `workbench merge my.wbproj g3 g7` (stored as a link)."""
    if len(groups) < 2:
        raise click.UsageError("merge needs at least two groups")
    with open_project(project) as proj:
        correction_id = proj.merge_groups(list(groups), note)
        result = _realign(proj)
    _stored(correction_id, "link", result, quiet)


@cli.command("furniture")
@PROJECT
@click.argument("passages", nargs=-1)
@click.option("--furniture", "as_furniture", is_flag=True,
              help="The passages are page furniture (cookie banners, share buttons, photo credits...).")
@click.option("--text", "as_text", is_flag=True,
              help="The passages are article text, though the pipeline took them for furniture.")
@click.option("--list", "list_marks", is_flag=True, help="List the furniture and text marks instead.")
@click.option("--json", "as_json", is_flag=True, help="With --list: print the marks as JSON.")
@NOTE
@QUIET
@fail_cleanly
def furniture_cmd(project: str, passages: tuple[str, ...], as_furniture: bool, as_text: bool, list_marks: bool,
                  as_json: bool, note: str | None, quiet: bool) -> None:
    """Mark passages as page furniture (--furniture) or as article text (--text).

    Page furniture (cookie banners, share buttons, photo credits...) is
    left out of the comparison. PASSAGES are DOC:START-END, e.g.
    `workbench furniture my.wbproj d2:0-45 --furniture`. The text itself
    never changes: each mark is a correction, replayed on every
    re-alignment (undo one with `workbench corrections --remove N`).
    `--list [--json]` shows the marks.
    """
    if list_marks:
        if passages or as_furniture or as_text or note:
            raise click.UsageError("--list takes no passages, --furniture, --text or --note")
        _list_marks(project, as_json)
        return
    if as_json:
        raise click.UsageError("--json goes with --list")
    if not passages:
        raise click.UsageError("give the passages to mark (DOC:START-END ...), or --list")
    if as_furniture == as_text:
        raise click.UsageError("say what the passages are: either --furniture or --text (exactly one of them)")
    spans = [parse_span(p) for p in passages]
    with open_project(project) as proj:
        done = proj.mark_furniture_all(spans, as_furniture, note)
        result = _realign(proj)
    if not quiet:
        kind = "furniture" if as_furniture else "article text"
        for correction_id, span in done:
            click.echo(f"marked {_passage(span)} as {kind} (correction #{correction_id})")
        if result:
            click.echo(f"re-aligned: {summary(result)}")


def _list_marks(project: str, as_json: bool) -> None:
    with open_project(project) as proj:
        marks = proj.furniture_corrections()
    rows = [{"id": c.id, "doc": s.doc, "start": s.start, "end": s.end, "furniture": c.kind == "furniture",
             "note": c.note} for c in marks for s in c.spans]
    if as_json:
        dump(rows)
        return
    if not rows:
        click.echo("no furniture or text marks", err=True)
    for r in rows:
        kind = "furniture" if r["furniture"] else "text"
        click.echo(f"#{r['id']} {kind:<9} {r['doc']}:{r['start']}-{r['end']}" + (f"  ({r['note']})" if r["note"] else ""))


@cli.command("corrections")
@PROJECT
@click.option("--remove", type=int, default=None, help="Remove the correction with this number.")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@fail_cleanly
def corrections_cmd(project: str, remove: int | None, as_json: bool) -> None:
    """List the corrections of PROJECT: link, unlink, split, furniture and text marks (or remove one with --remove N)."""
    with open_project(project) as proj:
        if remove is not None:
            proj.remove_correction(remove)
            click.echo(f"correction #{remove} removed; run `workbench align` to apply")
            return
        items = proj.corrections()
    if as_json:
        dump([c.to_json() for c in items])
        return
    if not items:
        click.echo("no corrections", err=True)
    for c in items:
        spans = " ".join(_passage(s) for s in c.spans)
        click.echo(f"#{c.id} {c.kind:<9} {spans}" + (f"  ({c.note})" if c.note else ""))


def _passage(span: Span) -> str:
    return f"{span.doc}:{span.start}-{span.end}"

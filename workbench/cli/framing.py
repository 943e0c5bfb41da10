"""Commands for framing cues, the actor-label table, lexicon overrides and entities."""

from __future__ import annotations

import click

from workbench.cli.group import cli
from workbench.cli.options import PROJECT, dump, fail_cleanly, open_project, outlet_names
from workbench.core.models import CUE_CATEGORIES


@cli.command("cues")
@PROJECT
@click.option("--category", "-c", "categories", multiple=True, type=click.Choice(CUE_CATEGORIES),
              help="Only this family (repeatable).")
@click.option("--all", "include_hidden", is_flag=True, help="Include neutral variants and cues hidden to keep the density low.")
@click.option("--force", is_flag=True, help="Detect again even if nothing changed.")
@click.option("--json", "as_json", is_flag=True, help="Print cues as JSON (the comparison JSON's cue objects).")
@fail_cleanly
def cues_cmd(project: str, categories: tuple[str, ...], include_hidden: bool, force: bool, as_json: bool) -> None:
    """List the framing cues of PROJECT (aligning and detecting first if needed).

    Families: quote_variant, actor_label, event_label, reporting_verb,
    evaluative, hedge, attribution, factual_variant. Each cue has a short
    label, an explanation a teacher can read out, and its counterparts in
    the other outlets.
    """
    with open_project(project) as proj:
        if force:
            proj.detect_cues(force=True)
        cues = proj.cues(list(categories) or None, include_hidden=include_hidden)
        texts = {d.id: d for d in proj.documents()}
    if as_json:
        dump([c.to_json() for c in cues])
        return
    if not cues:
        click.echo("no cues", err=True)
    for c in cues:
        outlet = texts[c.span.doc].outlet or c.span.doc
        hidden = "" if c.shown else " (hidden)"
        click.echo(f"{c.span.doc}:{c.span.start}-{c.span.end}  {c.category:<15} {c.text!r}  [{c.cls}]{hidden}  {outlet}")
        click.echo(f"    {c.explanation}")
        if c.counterparts:
            click.echo("    elsewhere: " + "; ".join(f"{s.doc} {t!r}" for s, t in c.counterparts[:6]))


@cli.command("labels")
@PROJECT
@click.option("--json", "as_json", is_flag=True, help="Print the table as JSON.")
@fail_cleanly
def labels_cmd(project: str, as_json: bool) -> None:
    """Print the actor-label table: for each actor, the labels each outlet uses and how often."""
    with open_project(project) as proj:
        table = proj.label_table()
        outlets = outlet_names(proj)
    if as_json:
        dump(table)
        return
    entries = table.get("entities", [])
    if not entries:
        click.echo("no actor labels found: the articles name no known actor with a label (add one with "
                   "`workbench entities PROJECT --add NAME --alias ...`)", err=True)
    width = 28
    for entry in entries:
        click.echo(entry["entity"])
        for doc, labels in entry["labels"].items():
            if labels:
                shown = ", ".join(f"{label} ×{n}" if n > 1 else label for label, n in labels.items())
                name = outlets.get(doc, doc)
                name = name if len(name) <= width else name[: width - 1].rstrip() + "…"
                click.echo(f"    {name:<{width}} {shown}")


@cli.command("lexicon")
@PROJECT
@click.option("--import", "import_path", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Add or replace entries from a TSV with the shipped columns (match, family, class, gloss, pos, weight, "
                   "optionally gloss_de).")
@click.option("--export", "export_path", type=click.Path(dir_okay=False), default=None,
              help="Write the project's entries of --language to a TSV (seven columns, gloss_de last).")
@click.option("--language", default="de", show_default=True, help="Language of the imported entries.")
@click.option("--remove", nargs=2, metavar="MATCH FAMILY", default=None, help="Remove one of the project's entries.")
@fail_cleanly
def lexicon_cmd(project: str, import_path: str | None, export_path: str | None, language: str,
                remove: tuple[str, str] | None) -> None:
    """Show, extend or override the cue lexicon for PROJECT (weight 0 disables a shipped entry)."""
    with open_project(project) as proj:
        if import_path:
            n = proj.import_lexicon(import_path, language)
            click.echo(f"{n} lexicon entries stored; cues are detected again on next use")
        if remove:
            proj.remove_lexicon_override(remove[0], remove[1], language)
            click.echo(f"removed {remove[0]} ({remove[1]})")
        if export_path:
            n = proj.export_lexicon(export_path, language)
            click.echo(f"{n} lexicon entries written to {export_path}")
        rows = proj.lexicon_overrides()
    if not import_path and not remove and not export_path:
        if not rows:
            click.echo("the project uses the shipped lexicon as it is", err=True)
        for r in rows:
            click.echo(f"{r['language']}  {r['match']:<24} {r['family']:<15} {r['class']:<18} {r['weight']:.2f}  {r['gloss']}")


@cli.command("entities")
@PROJECT
@click.option("--add", "add", default=None, metavar="NAME", help="Add an actor (with --alias for its other names).")
@click.option("--alias", "aliases", multiple=True, help="Another name of the actor given with --add (repeatable).")
@click.option("--merge", nargs=2, metavar="KEEP OTHER", default=None, help="Treat OTHER as another name of KEEP.")
@click.option("--remove", default=None, metavar="NAME", help="Forget a user-defined actor.")
@fail_cleanly
def entities_cmd(project: str, add: str | None, aliases: tuple[str, ...], merge: tuple[str, str] | None,
                 remove: str | None) -> None:
    """List, add or merge the actors whose labels the actor-label table compares."""
    with open_project(project) as proj:
        if add:
            proj.add_entity(add, list(aliases))
        if merge:
            proj.merge_entities(merge[0], merge[1])
        if remove:
            proj.remove_entity(remove)
        known = proj.entities()
    if not known:
        click.echo("no user-defined actors; actors are found from proper names", err=True)
    for name, names in known.items():
        click.echo(f"{name}: {', '.join(names) if names else '(no other names)'}")

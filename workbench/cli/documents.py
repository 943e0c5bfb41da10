"""Commands for the articles of a project: import, list, show, search, edit, backups."""

from __future__ import annotations

import sys

import click

from workbench.cli.group import cli
from workbench.cli.options import PROJECT, clear_progress, cut, dump, fail_cleanly, open_project, progress_printer


@cli.command("import")
@PROJECT
@click.argument("sources", nargs=-1, required=True)
@click.option("--workers", type=int, default=None, help="Processes for the text pipeline (default: all cores).")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
@fail_cleanly
def import_cmd(project: str, sources: tuple[str, ...], workers: int | None, quiet: bool) -> None:
    """Import articles (files, folders, URLs) into PROJECT, creating it if needed.

    Plain text in any common encoding, HTML saved from news sites, DOCX, PDF
    with a text layer and Markdown; folders are searched recursively. A
    comparison JSON (from `workbench export --format json`) brings its
    articles, their metadata and its annotations. Each file that cannot be
    imported gets one line naming it and the reason; the rest go in. Exit
    status 1 when any source failed.
    """
    with open_project(project, create=True) as proj:
        report = proj.import_sources(sources, progress=progress_printer(quiet), workers=workers)
    clear_progress(quiet)
    for outcome in report.outcomes:
        if outcome.status == "error":
            click.echo(f"error: {outcome.source}: {outcome.reason}", err=True)
        elif outcome.status == "duplicate" and not quiet:
            click.echo(f"skipped: {outcome.source}: {outcome.reason}", err=True)
        elif not quiet:
            click.echo(f"imported {outcome.doc_id}: {outcome.source}")
    if not quiet:
        for note in report.notes:
            click.echo(note, err=True)
        click.echo(
            f"{len(report.imported)} imported, {len(report.duplicates)} already present, {len(report.failed)} failed",
            err=True,
        )
    if not report.ok:
        sys.exit(1)


@cli.command("list")
@PROJECT
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of document objects (without text).")
@fail_cleanly
def list_cmd(project: str, as_json: bool) -> None:
    """List the articles in PROJECT: id, title, outlet, date, language, words, source."""
    with open_project(project) as proj:
        docs = proj.documents()
    if as_json:
        dump([d.to_json(with_text=False) for d in docs])
        return
    rows = [("id", "title", "outlet", "date", "lang", "words", "source")]
    for d in docs:
        rows.append((d.id, cut(d.title, 48), cut(d.outlet, 24), d.published or "", d.language or "", str(d.word_count), d.source or ""))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        click.echo("  ".join(c.ljust(w) if i != 5 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))).rstrip())


@cli.command("show")
@PROJECT
@click.argument("doc")
@click.option("--segments", is_flag=True, help="Also show the segments (headline / sentence / boilerplate).")
@click.option("--json", "as_json", is_flag=True, help="Print the document object with its text (and segments).")
@fail_cleanly
def show_cmd(project: str, doc: str, segments: bool, as_json: bool) -> None:
    """Show one article of PROJECT. DOC is its id (d3), number, source file name or title."""
    with open_project(project) as proj:
        document = proj.document(doc)
        segs = proj.segments(document.id) if segments else []
    if as_json:
        data = document.to_json()
        if segments:
            data["segments"] = [{"start": s.start, "end": s.end, "kind": s.kind} for s in segs]
        dump(data)
        return
    for label, value in (
        ("id", document.id), ("title", document.title), ("outlet", document.outlet),
        ("published", document.published), ("url", document.url), ("author", document.author),
        ("source", document.source), ("language", document.language), ("words", document.word_count),
        ("extractor", document.extractor), ("sha256", document.sha256), ("imported", document.imported),
    ):
        if value not in (None, ""):
            click.echo(f"{label:>9}: {value}")
    click.echo("")
    if segments:
        for i, s in enumerate(segs):
            text = " ".join(document.text[s.start : s.end].split())
            click.echo(f"{i:>3} {s.kind:<11} {s.start:>6}-{s.end:<6} {text}")
    else:
        click.echo(document.text)


@cli.command("search")
@PROJECT
@click.argument("query")
@click.option("--limit", default=50, show_default=True, help="At most this many hits.")
@click.option("--json", "as_json", is_flag=True, help="Print hits as JSON.")
@fail_cleanly
def search_cmd(project: str, query: str, limit: int, as_json: bool) -> None:
    """Full-text search over the articles in PROJECT (words, "exact phrases", prefix*)."""
    with open_project(project) as proj:
        hits = proj.search(query, limit=limit)
    if as_json:
        dump(hits)
        return
    if not hits:
        click.echo("no matches", err=True)
    for h in hits:
        click.echo(f"{h['doc']}  {cut(h['title'], 50)}\n     {' '.join(h['snippet'].split())}")


@cli.command("edit")
@PROJECT
@click.argument("doc")
@click.option("--title", default=None, help="New title.")
@click.option("--outlet", default=None, help="New outlet name.")
@click.option("--published", default=None, help="New publication date (YYYY-MM-DD).")
@click.option("--url", default=None, help="New URL.")
@click.option("--author", default=None, help="New author.")
@click.option("--language", default=None, help="New language code (de, en, ...).")
@fail_cleanly
def edit_cmd(project: str, doc: str, **fields: str | None) -> None:
    """Edit the metadata of one article (the text itself never changes). An empty value clears a field."""
    from workbench.project import Project

    changes = {k: v for k, v in fields.items() if v is not None and k in Project.EDITABLE_FIELDS}
    if not changes:
        raise click.UsageError("give at least one of --title, --outlet, --published, --url, --author, --language")
    with open_project(project) as proj:
        document = proj.update_metadata(doc, **changes)
    click.echo(f"{document.id}: " + ", ".join(f"{k} = {getattr(document, k)!r}" for k in changes))


@cli.command("backups")
@PROJECT
@click.option("--restore", type=int, default=None, metavar="N", help="Put backup N back in place of PROJECT "
              "(the current file becomes a backup first).")
@fail_cleanly
def backups_cmd(project: str, restore: int | None) -> None:
    """List the backups of PROJECT, newest first, or restore one with --restore N.

    Backups are taken when a project is opened and every 10 minutes while it
    changes; the last 10 are kept in your data folder (not beside the
    project), so they survive the project file being lost or damaged.
    """
    from workbench.project import Project

    if restore is not None:
        done = Project.restore_backup(project, restore)
        click.echo(f"{project}: restored backup {done.number} of {_local(done.taken)}")
        return
    found = Project.backups(project)
    if not found:
        click.echo(f"{project}: no backups yet", err=True)
        return
    for b in found:
        click.echo(f"{b.number:>3}  {_local(b.taken)}  {_size(b.size):>9}")


def _local(when) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"

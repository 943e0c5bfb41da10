"""The command line: a thin shell over the Project facade.

It parses arguments, calls the library, and turns domain errors into one
clear line on stderr (exit status 1) instead of a traceback.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps

import click

from workbench import __version__
from workbench.core.errors import WorkbenchError
from workbench.store import EDITABLE_FIELDS

PROJECT = click.argument("project", type=click.Path(dir_okay=False))


def _fail_cleanly(func: Callable) -> Callable:
    @wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except WorkbenchError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)

    return wrapper


def _open(path: str, create: bool = False):
    from workbench.project import Project

    return Project.open(path, create=create)


def _dump(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="workbench")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Workbench: compare how news outlets report the same event.

    Without a command, the desktop app opens. A project is one file (e.g.
    my.wbproj) holding the imported articles and everything computed from
    them. Every change is stored at once.
    """
    if ctx.invoked_subcommand is None:
        cli_gui.open_gui()


@cli.command("import")
@PROJECT
@click.argument("sources", nargs=-1, required=True)
@click.option("--workers", type=int, default=None, help="Processes for the text pipeline (default: all cores).")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
@_fail_cleanly
def import_cmd(project: str, sources: tuple[str, ...], workers: int | None, quiet: bool) -> None:
    """Import articles (files, folders, URLs) into PROJECT, creating it if needed.

    Plain text in any common encoding, HTML saved from news sites, DOCX, PDF
    with a text layer and Markdown; folders are searched recursively. A
    comparison JSON (from `workbench export --format json`) brings its
    articles, their metadata and its annotations. Each file that cannot be
    imported gets one line naming it and the reason; the rest go in. Exit
    status 1 when any source failed.
    """
    show_progress = not quiet and sys.stderr.isatty()

    def progress(done: int, total: int, what: str) -> None:
        if show_progress:
            click.echo(f"\r[{done}/{total}] {what[:60]:<60}", err=True, nl=False)

    with _open(project, create=True) as proj:
        report = proj.import_sources(sources, progress=progress, workers=workers)
    if show_progress:
        click.echo("\r" + " " * 72 + "\r", err=True, nl=False)
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
@_fail_cleanly
def list_cmd(project: str, as_json: bool) -> None:
    """List the articles in PROJECT: id, title, outlet, date, language, words, source."""
    with _open(project) as proj:
        docs = proj.documents()
    if as_json:
        _dump([d.to_json(with_text=False) for d in docs])
        return
    rows = [("id", "title", "outlet", "date", "lang", "words", "source")]
    for d in docs:
        rows.append((d.id, _cut(d.title, 48), _cut(d.outlet, 24), d.published or "", d.language or "", str(d.word_count), d.source or ""))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        click.echo("  ".join(c.ljust(w) if i != 5 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))).rstrip())


@cli.command("show")
@PROJECT
@click.argument("doc")
@click.option("--segments", is_flag=True, help="Also show the segments (headline / sentence / boilerplate).")
@click.option("--json", "as_json", is_flag=True, help="Print the document object with its text (and segments).")
@_fail_cleanly
def show_cmd(project: str, doc: str, segments: bool, as_json: bool) -> None:
    """Show one article of PROJECT. DOC is its id (d3), number, source file name or title."""
    with _open(project) as proj:
        document = proj.document(doc)
        segs = proj.segments(document.id) if segments else []
    if as_json:
        data = document.to_json()
        if segments:
            data["segments"] = [{"start": s.start, "end": s.end, "kind": s.kind} for s in segs]
        _dump(data)
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
@_fail_cleanly
def search_cmd(project: str, query: str, limit: int, as_json: bool) -> None:
    """Full-text search over the articles in PROJECT (words, "exact phrases", prefix*)."""
    with _open(project) as proj:
        hits = proj.search(query, limit=limit)
    if as_json:
        _dump(hits)
        return
    if not hits:
        click.echo("no matches", err=True)
    for h in hits:
        click.echo(f"{h['doc']}  {_cut(h['title'], 50)}\n     {' '.join(h['snippet'].split())}")


@cli.command("edit")
@PROJECT
@click.argument("doc")
@click.option("--title", default=None, help="New title.")
@click.option("--outlet", default=None, help="New outlet name.")
@click.option("--published", default=None, help="New publication date (YYYY-MM-DD).")
@click.option("--url", default=None, help="New URL.")
@click.option("--author", default=None, help="New author.")
@click.option("--language", default=None, help="New language code (de, en, ...).")
@_fail_cleanly
def edit_cmd(project: str, doc: str, **fields: str | None) -> None:
    """Edit the metadata of one article (the text itself never changes). An empty value clears a field."""
    changes = {k: v for k, v in fields.items() if v is not None and k in EDITABLE_FIELDS}
    if not changes:
        raise click.UsageError("give at least one of --title, --outlet, --published, --url, --author, --language")
    with _open(project) as proj:
        document = proj.update_metadata(doc, **changes)
    click.echo(f"{document.id}: " + ", ".join(f"{k} = {getattr(document, k)!r}" for k in changes))


@cli.command("backups")
@PROJECT
@click.option("--restore", type=int, default=None, metavar="N", help="Put backup N back in place of PROJECT "
              "(the current file becomes a backup first).")
@_fail_cleanly
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


from workbench import cli_align, cli_cues, cli_evaluate, cli_export, cli_gui  # noqa: E402  (commands registered on the group above)

cli_align.register(cli, _fail_cleanly, _open, _dump)
cli_cues.register(cli, _fail_cleanly, _open, _dump)
cli_export.register(cli, _fail_cleanly, _open, _dump)
cli_evaluate.register(cli, _fail_cleanly, _open, _dump)
cli_gui.register(cli, _fail_cleanly, _open, _dump)


def _cut(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def main() -> None:
    """The console entry point. After the command, the process ends at once: the exit handlers run and the
    streams are flushed, but the interpreter does not tear down every module and object one by one (a
    tenth of a second after a comparison, for nothing)."""
    try:
        cli(prog_name="workbench")
        code: object = 0
    except SystemExit as done:
        code = done.code
    _end(code)


def _end(code: object) -> None:
    import atexit
    import os

    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code or 0)

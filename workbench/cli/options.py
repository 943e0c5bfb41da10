"""What every command shares: the PROJECT argument and common options, opening the project, printing JSON
and progress, parsing passages, and turning a library error into one line on stderr with exit status 1.

Commands use these and call the ``Project`` facade; they do no library work themselves.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, Any

import click

from workbench.core.errors import ErrorCode, WorkbenchError
from workbench.core.models import Span
from workbench.core.work import Progress

if TYPE_CHECKING:
    from workbench.project import Project


PROJECT = click.argument("project", type=click.Path(dir_okay=False))
QUIET = click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
NOTE = click.option("--note", default=None, help="Why (kept with the correction).")

_SPAN = re.compile(r"^(?P<doc>[^:]+):(?P<start>\d+)[-:](?P<end>\d+)$")


def fail_cleanly(func: Callable) -> Callable:
    """A library error (``WorkbenchError``) becomes ``error: <message>`` on stderr and exit status 1."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except WorkbenchError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)

    return wrapper


def open_project(path: str, create: bool = False) -> Project:
    from workbench.project import Project

    return Project.open(path, create=create)


def dump(data: object) -> None:
    """``data`` as indented JSON on stdout (what every ``--json`` prints)."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def progress_printer(quiet: bool) -> Progress:
    """A ``progress(done, total, what)`` that rewrites one line on stderr, when stderr is a terminal and not
    ``quiet``; otherwise it prints nothing."""
    show = not quiet and sys.stderr.isatty()

    def report(done: int, total: int, what: str) -> None:
        if show:
            click.echo(f"\r[{done}/{total}] {what[:60]:<60}", err=True, nl=False)

    return report


def clear_progress(quiet: bool) -> None:
    """Blank the progress line ``progress_printer(quiet)`` wrote."""
    if not quiet and sys.stderr.isatty():
        click.echo("\r" + " " * 72 + "\r", err=True, nl=False)


def parse_span(text: str) -> Span:
    """``d3:120-260`` -> Span("d3", 120, 260)."""
    m = _SPAN.match(text.strip())
    if not m or int(m["start"]) >= int(m["end"]):
        raise WorkbenchError(ErrorCode.BAD_VALUE, f"'{text}' is not a passage: write DOC:START-END, e.g. d3:120-260")
    return Span(m["doc"], int(m["start"]), int(m["end"]))


def cut(text: str | None, width: int) -> str:
    """``text`` on one line, at most ``width`` characters (an ellipsis where it was cut)."""
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def outlet_names(proj: Project) -> dict[str, str]:
    """Document id -> its outlet, else its title, else the id."""
    return {d.id: d.outlet or d.title or d.id for d in proj.documents()}

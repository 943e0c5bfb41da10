"""Commands that open the desktop app: `gui` and `demo`.

Qt is imported only when one of them runs, so the rest of the command line
starts without it.
"""

from __future__ import annotations

import sys

import click

from workbench.cli.group import cli
from workbench.cli.options import fail_cleanly


def _run(**kwargs) -> None:
    from workbench.ui.app import run

    sys.exit(run(**kwargs))


SCREENSHOT = click.option(
    "--screenshot", metavar="FILE.png", default=None, type=click.Path(dir_okay=False),
    help="Render the main window with the comparison showing, write it as PNG and exit (works without a display).")


@cli.command("gui")
@click.argument("project", required=False, type=click.Path(dir_okay=False))
@SCREENSHOT
@fail_cleanly
def gui_cmd(project: str | None, screenshot: str | None) -> None:
    """Open the desktop app, on PROJECT if given (created if it does not exist), else on the last project."""
    _run(project=project, screenshot=screenshot)


@cli.command("demo")
@SCREENSHOT
@fail_cleanly
def demo_cmd(screenshot: str | None) -> None:
    """Open the desktop app on a temporary project with the bundled demo articles, imported and aligned."""
    _run(demo=True, screenshot=screenshot)


def open_gui() -> None:
    """What `workbench` without a command does: open the app on the last project."""
    _run()

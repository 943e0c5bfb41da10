"""The ``workbench`` command group; the command modules add their commands to it."""

from __future__ import annotations

import click

from workbench import __version__


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
        from workbench.cli.desktop import open_gui

        open_gui()

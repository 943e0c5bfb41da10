"""The console entry point (``workbench``, ``python -m workbench``): run the command, then end the process
at once."""

from __future__ import annotations

import sys

from workbench.cli.group import cli


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

"""The command line (click), in the style of sqlite-utils: a thin shell over the ``Project`` facade.

``group`` holds the ``workbench`` group; each topic module adds its commands to it at import:
``documents`` (import, list, show, search, edit, backups), ``aligning`` (align, compare, diff),
``corrections`` (link, unlink, split, merge, furniture, corrections), ``framing`` (cues, labels, lexicon,
entities), ``annotating`` (annotate, annotations, codes), ``exporting`` (export), ``evaluating``
(evaluate) and ``desktop`` (gui, demo). ``options`` is what they share: the PROJECT argument, common
options, progress printing, and library errors turned into one line on stderr with exit status 1.
``entry.main`` is the console entry point.
"""

from workbench.cli import aligning, annotating, corrections, desktop, documents, evaluating, exporting, framing  # noqa: F401
from workbench.cli.entry import main
from workbench.cli.group import cli

__all__ = ["cli", "main"]

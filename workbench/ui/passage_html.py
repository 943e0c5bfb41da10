"""Passages as the small HTML subset QTextDocument renders (Qt-free, escaped here).

Pieces come from ``workbench.align.rows`` ("" plain, "changed" differs from
the reference). Framing cues will add their own piece kinds; ``PIECE_STYLES``
is where their marks go.
"""

from __future__ import annotations

from html import escape

from workbench.align.rows import Passage, Piece
from workbench.ui.theme import Colours


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def piece_style(kind: str, colours: Colours) -> str:
    if kind == "changed":
        return f"background-color:{colours.changed_bg}; color:{colours.changed_fg};"
    return ""


def pieces_html(pieces: list[Piece], colours: Colours) -> str:
    out = []
    for piece in pieces:
        style = piece_style(piece.kind, colours)
        text = _text(piece.text)
        out.append(f'<span style="{style}">{text}</span>' if style else text)
    return "".join(out)


def cell_html(passages: list[Passage], colours: Colours) -> str:
    """One cell: its passages, separated by a gap mark when an outlet split the fact."""
    parts = [pieces_html(p.pieces, colours) for p in passages]
    gap = f' <span style="color:{colours.empty_fg};">[…]</span> '
    return gap.join(parts)


def cell_text(passages: list[Passage]) -> str:
    return " […] ".join("".join(piece.text for piece in p.pieces) for p in passages)


def colour_swatch(colour: str, text: str, fg: str = "") -> str:
    fg_style = f" color:{fg};" if fg else ""
    return f'<span style="background-color:{colour};{fg_style}">&nbsp;{escape(text)}&nbsp;</span>'

"""Passages as the small HTML subset QTextDocument renders (Qt-free, escaped here).

Pieces come from ``workbench.align.rows`` ("" plain, "changed" differs from
the reference; ``piece.cue`` the framing cue it belongs to). A cue becomes a
link (``cue:doc:start:end:family:shown``) in the text colour; its coloured
underline is painted over the laid-out text (``cue_marks``), because rich
text cannot draw a thick, coloured, dashed line. ``emphasis`` spans (a
chosen cue and its counterparts) get a background.
"""

from __future__ import annotations

from html import escape

from workbench.align.rows import Passage, Piece
from workbench.core.models import Cue, Span
from workbench.ui.theme import Colours


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def cue_href(cue: Cue) -> str:
    s = cue.span
    return f"cue:{s.doc}:{s.start}:{s.end}:{cue.category}:{int(cue.shown)}"


def parse_cue_href(href: str) -> tuple[Span, str, bool] | None:
    """(span, family, shown) of a ``cue:`` link, None for any other link."""
    if not href.startswith("cue:"):
        return None
    try:
        doc, start, end, family, shown = href[4:].rsplit(":", 4)
        return Span(doc, int(start), int(end)), family, shown == "1"
    except ValueError:
        return None


def piece_style(kind: str, colours: Colours) -> str:
    if kind == "changed":
        return f"background-color:{colours.changed_bg}; color:{colours.changed_fg};"
    return ""


def _piece_html(text: str, kind: str, cue: Cue | None, emphasised: bool, colours: Colours) -> str:
    style = piece_style(kind, colours)
    if emphasised:
        style = f"background-color:{colours.cue_focus_bg}; color:{colours.text_fg};"
    body = _text(text)
    if cue is not None:
        colour = "" if "color:" in style else f"color:{colours.text_fg};"
        tip = escape(f"{cue.label}: {cue.explanation}", quote=True)
        return (f'<a href="{cue_href(cue)}" title="{tip}" style="{style}{colour} text-decoration:none;">'
                f"{body}</a>")
    return f'<span style="{style}">{body}</span>' if style else body


def pieces_html(pieces: list[Piece], colours: Colours, start: int = 0,
                emphasis: list[tuple[int, int]] | tuple = ()) -> str:
    """The pieces of a passage starting at offset ``start``; ``emphasis`` (offsets) gets a background."""
    out = []
    offset = start
    for piece in pieces:
        end = offset + len(piece.text)
        cuts = sorted({offset, end} | {x for a, b in emphasis for x in (a, b) if offset < x < end})
        for a, b in zip(cuts, cuts[1:]):
            marked = any(ea <= a and b <= eb for ea, eb in emphasis)
            out.append(_piece_html(piece.text[a - offset:b - offset], piece.kind, piece.cue, marked, colours))
        offset = end
    return "".join(out)


def passage_html(passage: Passage, colours: Colours, emphasis: list[Span] | tuple = ()) -> str:
    mine = [(s.start, s.end) for s in emphasis if s.doc == passage.span.doc
            and s.start < passage.span.end and passage.span.start < s.end]
    return pieces_html(passage.pieces, colours, passage.span.start, mine)


def cell_html(passages: list[Passage], colours: Colours, emphasis: list[Span] | tuple = ()) -> str:
    """One cell: its passages, separated by a gap mark when an outlet split the fact."""
    parts = [passage_html(p, colours, emphasis) for p in passages]
    gap = f' <span style="color:{colours.empty_fg};">[…]</span> '
    return gap.join(parts)


def cell_text(passages: list[Passage]) -> str:
    return " […] ".join("".join(piece.text for piece in p.pieces) for p in passages)


def colour_swatch(colour: str, text: str, fg: str = "") -> str:
    fg_style = f" color:{fg};" if fg else ""
    return f'<span style="background-color:{colour};{fg_style}">&nbsp;{escape(text)}&nbsp;</span>'

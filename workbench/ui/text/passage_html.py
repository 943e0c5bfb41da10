"""Passages as the small HTML subset QTextDocument renders (Qt-free, escaped here).

Pieces come from ``workbench.comparison.rows`` ("" plain, "changed" differs from
the reference; ``piece.cue`` the framing cue it belongs to). A cue becomes a
link (``cue:doc:start:end:family:shown``) in the text colour; its coloured
underline is painted over the laid-out text (``cue_marks``), because rich
text cannot draw a thick, coloured, dashed line. ``emphasis`` spans (a
chosen cue and its counterparts) get a background.
"""

from __future__ import annotations

import re

from html import escape

from workbench.comparison.rows import Passage, Piece
from workbench.core.models import Cue, Span, cue_text
from workbench.ui import i18n
from workbench.ui.text.annotation_marks import NoteMark, marks_in, tint
from workbench.ui.theme import Colours


_BLANK_LINES = re.compile(r"[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)+[ \t\u00a0]*")


def line_breaks(escaped: str, single: str = "<br>") -> str:
    """Line ends as HTML: a run of blank lines (some articles have four in a row) is one paragraph break."""
    return _BLANK_LINES.sub("<br><br>", escaped).replace("\n", single)


def _text(text: str) -> str:
    return line_breaks(escape(text))


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
    if kind == "removed":
        return f"background-color:{colours.removed_bg}; color:{colours.changed_fg};"
    return ""


def _piece_html(text: str, kind: str, cue: Cue | None, emphasised: bool, colours: Colours,
                note: NoteMark | None = None) -> str:
    style = piece_style(kind, colours)
    if note is not None:  # an annotated passage: a tint of its code's colour
        fg = f" color:{colours.changed_fg};" if kind in ("changed", "removed") else ""
        style = f"background-color:{tint(note.colour, colours.dark)};{fg}"
    if emphasised:
        style = f"background-color:{colours.cue_focus_bg}; color:{colours.text_fg};"
    body = _text(text)
    if cue is not None:
        colour = "" if "color:" in style else f"color:{colours.text_fg};"
        label, explanation = cue_text(cue, i18n.current())
        tip = escape(f"{label}: {explanation}" + (f"\n{note.tip}" if note else ""), quote=True)
        return (f'<a href="{cue_href(cue)}" title="{tip}" style="{style}{colour} text-decoration:none;">'
                f"{body}</a>")
    if note is not None:
        return f'<span title="{escape(note.tip, quote=True)}" style="{style}">{body}</span>'
    return f'<span style="{style}">{body}</span>' if style else body


def pieces_html(pieces: list[Piece], colours: Colours, start: int = 0,
                emphasis: list[tuple[int, int]] | tuple = (), notes: list[NoteMark] | tuple = (),
                anchor: str = "") -> str:
    """The pieces of a passage starting at offset ``start``; ``emphasis`` (offsets) gets a background,
    ``notes`` (annotated spans) a tint; with ``anchor`` (a document id) every piece starts with a named
    anchor ``s:doc:offset`` so selected text can be mapped back to offsets."""
    out = []
    offset = start
    for piece in pieces:
        end = offset + len(piece.text)
        edges = {x for a, b in emphasis for x in (a, b)} | {x for m in notes for x in (m.span.start, m.span.end)}
        cuts = sorted({offset, end} | {x for x in edges if offset < x < end})
        for a, b in zip(cuts, cuts[1:]):
            marked = any(ea <= a and b <= eb for ea, eb in emphasis)
            note = next((m for m in notes if m.span.start <= a and b <= m.span.end), None)
            if anchor:
                out.append(f'<a name="s:{anchor}:{a}"></a>')
            out.append(_piece_html(piece.text[a - offset:b - offset], piece.kind, piece.cue, marked, colours, note))
        offset = end
    return "".join(out)


def passage_html(passage: Passage, colours: Colours, emphasis: list[Span] | tuple = (),
                 notes: list[NoteMark] | tuple = (), anchors: bool = False) -> str:
    s = passage.span
    mine = [(e.start, e.end) for e in emphasis if e.doc == s.doc and e.start < s.end and s.start < e.end]
    return pieces_html(passage.pieces, colours, s.start, mine, marks_in(list(notes), s.doc, s.start, s.end),
                       s.doc if anchors else "")


def cell_html(passages: list[Passage], colours: Colours, emphasis: list[Span] | tuple = (),
              notes: list[NoteMark] | tuple = ()) -> str:
    """One cell: its passages, separated by a gap mark when an outlet split the fact; a ✎ when annotated."""
    parts = [passage_html(p, colours, emphasis, notes) for p in passages]
    gap = f' <span style="color:{colours.empty_fg};">[…]</span> '
    found = [m for p in passages for m in marks_in(list(notes), p.span.doc, p.span.start, p.span.end)]
    if found:
        tips = escape("\n".join(dict.fromkeys(m.tip for m in found)), quote=True)
        parts[0] = f'<span title="{tips}" style="color:{found[0].colour};">✎</span> ' + parts[0]
    related = list(dict.fromkeys(g for p in passages for g in p.related))
    if related:
        parts[-1] += f' <span style="color:{colours.empty_fg};">≈ {escape(", ".join(related))}</span>'
    return gap.join(parts)


def cell_text(passages: list[Passage]) -> str:
    return " […] ".join("".join(piece.text for piece in p.pieces) for p in passages)


def colour_swatch(colour: str, text: str, fg: str = "") -> str:
    fg_style = f" color:{fg};" if fg else ""
    return f'<span style="background-color:{colour};{fg_style}">&nbsp;{escape(text)}&nbsp;</span>'

"""Annotations as marks on text, and selected text back to offsets (Qt-free).

A mark is a target of an annotation that still matches its text (detached
targets are listed, never drawn), in the colour of the annotation's first
code. Views draw it as a light tint of that colour. Rich text collapses
white space and turns line breaks into separators, so a position in a view
is mapped back to an offset of the article by walking both texts from the
nearest anchor, matching everything but white space.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.models import Span

NO_CODE_COLOUR = "#e0b000"  # an annotation without a code


@dataclass(frozen=True)
class NoteMark:
    span: Span
    colour: str  # #rrggbb of the first code
    tip: str  # the annotation's id, codes and note
    annotation: str  # its id ("a3")


def marks_from(annotations, codes) -> list[NoteMark]:
    colours = {c.name.casefold(): c.colour for c in codes}
    out = []
    for a in annotations:
        colour = next((colours[c.casefold()] for c in a.codes if c.casefold() in colours), NO_CODE_COLOUR)
        tip = f"{a.id}" + (f" [{', '.join(a.codes)}]" if a.codes else "") + (f": {a.note}" if a.note else "")
        for t in a.targets:
            if not t.detached:
                out.append(NoteMark(t.span, colour, tip, a.id))
    return out


def tint(colour: str, dark: bool = False, strength: float = 0.35) -> str:
    """``colour`` mixed into the base (white, or near-black on a dark theme)."""
    base = (31, 31, 31) if dark else (255, 255, 255)
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(b + (c - b) * strength) for c, b in zip(rgb, base)]
    return "#" + "".join(f"{x:02x}" for x in mixed)


def marks_in(marks: list[NoteMark], doc: str, start: int, end: int) -> list[NoteMark]:
    return [m for m in marks if m.span.doc == doc and m.span.start < end and start < m.span.end]


def walk_offset(shown: str, source: str, offset: int) -> int:
    """The offset in ``source`` reached after ``shown`` (rendered from ``source[offset:]``) was read."""
    j = offset
    for ch in shown:
        if ch.isspace() or ch in "\u2028\u2029\xa0":
            while j < len(source) and source[j].isspace():
                j += 1
            continue
        while j < len(source) and source[j].isspace():
            j += 1
        j = min(len(source), j + 1)
    return j


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``..``end`` without white space at either edge."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end

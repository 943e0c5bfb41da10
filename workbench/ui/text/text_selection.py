"""Selected rich text back to a passage of an article: ``Span(doc, start, end)``.

The views put named anchors into their HTML where article text begins
(reading view: ``o{offset}``; detail pane: ``s:{doc}:{offset}`` before each
piece). A selection edge is mapped from the nearest anchor before it,
walking the shown and the article text together (``walk_offset``), and kept
inside the passage that anchor belongs to (``bounds``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextEdit

from workbench.core.models import Span
from workbench.ui.text.annotation_marks import trimmed, walk_offset

Anchor = tuple[int, str, int]  # position in the view, document id, offset in its text


def anchors(document: QTextDocument, parse: Callable[[str], tuple[str, int] | None]) -> list[Anchor]:
    out = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            for name in fragment.charFormat().anchorNames():
                parsed = parse(name)
                if parsed is not None:
                    out.append((fragment.position(), parsed[0], parsed[1]))
        block = block.next()
    return sorted(out)


def selected_span(browser: QTextEdit, parse: Callable[[str], tuple[str, int] | None],
                  text_of: Callable[[str], str],
                  bounds: Callable[[str, int], tuple[int, int]] | None = None) -> Span | None:
    """The article passage selected in ``browser``, or None (nothing selected, or no article text)."""
    cursor = browser.textCursor()
    if not cursor.hasSelection():
        return None
    a, b = cursor.selectionStart(), cursor.selectionEnd()
    found = anchors(browser.document(), parse)
    if not found:
        return None
    plain = browser.document().toPlainText()
    texts: dict[str, str] = {}

    def text(doc: str) -> str:
        if doc not in texts:
            texts[doc] = text_of(doc)
        return texts[doc]

    def limits(doc: str, offset: int) -> tuple[int, int]:
        return bounds(doc, offset) if bounds else (0, len(text(doc)))

    def walk(anchor: Anchor, pos: int) -> int:
        at, doc, offset = anchor
        return min(walk_offset(plain[at:pos], text(doc), offset), limits(doc, offset)[1])

    before = [x for x in found if x[0] <= a]
    start_anchor = before[-1] if before else None
    if start_anchor is None or (start := walk(start_anchor, a)) >= limits(start_anchor[1], start_anchor[2])[1]:
        after = [x for x in found if x[0] > a and x[0] < b]  # the selection begins outside the text
        if not after:
            return None
        start_anchor, start = after[0], after[0][2]
    doc = start_anchor[1]
    end_anchor = [x for x in found if x[0] <= b and x[1] == doc][-1]
    end = walk(end_anchor, b)
    start, end = trimmed(text(doc), start, end)
    return Span(doc, start, end) if start < end else None


def parse_detail_anchor(name: str) -> tuple[str, int] | None:
    """``s:doc:offset`` (detail pane)."""
    if not name.startswith("s:"):
        return None
    doc, _, offset = name[2:].rpartition(":")
    return (doc, int(offset)) if doc and offset.isdigit() else None


def reading_anchor_parser(doc: str) -> Callable[[str], tuple[str, int] | None]:
    """``o{offset}`` (reading view of ``doc``)."""
    def parse(name: str) -> tuple[str, int] | None:
        return (doc, int(name[1:])) if name[:1] == "o" and name[1:].isdigit() else None

    return parse

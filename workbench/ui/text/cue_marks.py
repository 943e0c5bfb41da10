"""Framing-cue underlines, painted over laid-out rich text in the family's colour.

Cues are links (``cue:…``, see ``passage_html``); after the text is drawn,
each cue fragment gets a thick line under it on every line it spans: solid,
dashed, dotted or double as in the HTML export. Neutral variants (shown only
on request) get a thin line. ``CueTextBrowser`` does the same for the detail
pane and the reading view and reports clicks on cues.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPointF, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QTextDocument, QTextLine
from PySide6.QtWidgets import QTextBrowser

from workbench.ui.text.passage_html import parse_cue_href
from workbench.ui.theme import CUE_LINES, LIGHT, Colours

_PEN_STYLES = {"dashed": Qt.PenStyle.DashLine, "dotted": Qt.PenStyle.DotLine}


def cue_pen(colour: str, family: str, shown: bool, width: float) -> QPen:
    c = QColor(colour)
    if not shown:
        c.setAlpha(150)
    pen = QPen(c, width if shown else 1.0)
    pen.setStyle(_PEN_STYLES.get(CUE_LINES.get(family, ""), Qt.PenStyle.SolidLine))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def paint_cue_lines(painter: QPainter, doc: QTextDocument, colours: Colours, clip: QRectF | None = None) -> None:
    """Underline every cue link of ``doc`` (document coordinates; only blocks meeting ``clip``)."""
    layout = doc.documentLayout()
    width = 2.0 if doc.defaultFont().pointSizeF() < 14 else 3.0
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        if clip is not None and rect.bottom() < clip.top():
            block = block.next()
            continue
        if clip is not None and rect.top() > clip.bottom():
            break
        text_layout = block.layout()
        origin = rect.topLeft() - text_layout.boundingRect().topLeft()
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            parsed = parse_cue_href(fragment.charFormat().anchorHref())
            if parsed is None:
                continue
            _span, family, shown = parsed
            start = fragment.position() - block.position()
            end = start + fragment.length()
            pen = cue_pen(colours.cue(family), family, shown, width)
            double = CUE_LINES.get(family) == "double" and shown
            first = text_layout.lineForTextPosition(start)
            if not first.isValid():
                continue
            for n in range(first.lineNumber(), text_layout.lineCount()):
                line = text_layout.lineAt(n)
                if line.textStart() >= end:
                    break
                a, b = max(start, line.textStart()), min(end, line.textStart() + line.textLength())
                if a >= b:
                    continue
                x1, x2 = _x(line, a), _x(line, b)
                y = origin.y() + line.y() + line.ascent() + min(2.0, max(1.0, line.descent() - width))
                left, right = origin.x() + min(x1, x2), origin.x() + max(x1, x2)
                if double:
                    thin = QPen(pen)
                    thin.setWidthF(1.0)
                    painter.setPen(thin)
                    painter.drawLine(QPointF(left, y - 0.5), QPointF(right, y - 0.5))
                    painter.drawLine(QPointF(left, y + 2.0), QPointF(right, y + 2.0))
                else:
                    painter.setPen(pen)
                    painter.drawLine(QPointF(left, y + width / 2 - 0.5), QPointF(right, y + width / 2 - 0.5))
        block = block.next()
    painter.restore()


class CueTextBrowser(QTextBrowser):
    """A text browser that underlines cue links and sorts clicked links into cues and the rest."""

    cueClicked = Signal(str)  # the cue: link
    linkClicked = Signal(str)  # any other link

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.colours: Colours = LIGHT
        self.anchorClicked.connect(self._anchor)

    def _anchor(self, url: QUrl) -> None:
        text = url.toString()
        if parse_cue_href(text) is not None:
            self.cueClicked.emit(text)
        else:
            self.linkClicked.emit(text)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        painter.translate(-dx, -dy)
        clip = QRectF(event.rect()).translated(dx, dy)
        paint_cue_lines(painter, self.document(), self.colours, clip)
        painter.end()


def _x(line: QTextLine, position: int) -> float:
    """Where ``position`` is drawn on ``line``: Qt's stubs say cursorToX returns object; it is (x, position)."""
    return cast(tuple[float, int], line.cursorToX(position))[0]

"""PassageDelegate: paints a cell's passages as wrapped rich text (QTextDocument), framing cues underlined."""

from __future__ import annotations

from collections import OrderedDict
from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFont, QPainter, QPalette, QPen, QTextDocument, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip

from workbench.core.models import cue_text
from workbench.ui import i18n
from workbench.ui.models.comparison_model import EMPTY_MARK, Roles
from workbench.ui.text.cue_marks import paint_cue_lines
from workbench.ui.text.passage_html import parse_cue_href
from workbench.ui.theme import LIGHT, Colours

PADDING = 6
CACHE_CELLS = 2500  # laid-out cells kept; enough for several screens
REAP_PER_TICK = 150


class PassageDelegate(QStyledItemDelegate):
    """Keeps the most recently used cells laid out (QTextDocument); the view asks it for row heights."""

    cueClicked = Signal(QModelIndex, str)  # the cell, the cue: link clicked in it

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._docs: OrderedDict[tuple[int, int], QTextDocument] = OrderedDict()
        self._dying: list[QTextDocument] = []
        self._reaper = QTimer(self)
        self._reaper.setInterval(0)
        self._reaper.timeout.connect(self._reap)
        self.font = QFont()
        self.empty_colour = QColor("#8a8a8a")
        self.colours: Colours = LIGHT

    def clear(self) -> None:
        """Forget every laid-out cell; the old ones are freed a few at a time (freeing is not free)."""
        if self._docs:
            self._dying.extend(self._docs.values())
            self._docs = OrderedDict()
            self._reaper.start()

    def _reap(self) -> None:
        del self._dying[-REAP_PER_TICK:]
        if not self._dying:
            self._reaper.stop()

    def set_font(self, font: QFont) -> None:
        self.font = QFont(font)
        self.clear()

    def _document(self, index: QModelIndex | QPersistentModelIndex, width: int) -> QTextDocument | None:
        html = index.data(Roles.Html)
        if not html:
            return None
        key = (index.row(), index.column())
        doc = self._docs.get(key)
        if doc is not None:
            self._docs.move_to_end(key)
        else:
            doc = QTextDocument()
            doc.setDocumentMargin(0)
            doc.setDefaultFont(self.font)
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            doc.setDefaultTextOption(option)
            doc.setHtml(html)
            self._docs[key] = doc
            if len(self._docs) > CACHE_CELLS:
                self._docs.popitem(last=False)
        inner = max(40, width - 2 * PADDING)
        if doc.textWidth() != inner:
            doc.setTextWidth(inner)
        return doc

    def height_for(self, index: QModelIndex | QPersistentModelIndex, width: int) -> int:
        doc = self._document(index, width)
        if doc is None:
            return 0
        return int(doc.size().height()) + 2 * PADDING

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = max(option.rect.width(), 200)
        return QSize(width, max(self.height_for(index, width), 24))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        rect = option.rect
        painter.fillRect(rect, option.palette.base())  # over the style's row highlight
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if background is not None:
            painter.fillRect(rect, background)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            tint = QColor(option.palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(45)
            painter.fillRect(rect, tint)
        doc = self._document(index, rect.width())
        if doc is None:
            painter.setPen(self.empty_colour)
            painter.setFont(self.font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, EMPTY_MARK)
        else:
            painter.translate(rect.left() + PADDING, rect.top() + PADDING)
            clip = QRectF(0, 0, rect.width() - 2 * PADDING, rect.height() - 2 * PADDING)
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.Text))
            context.clip = clip
            doc.documentLayout().draw(painter, context)
            paint_cue_lines(painter, doc, self.colours)
        painter.restore()
        if selected:
            painter.save()
            pen = QPen(option.palette.color(QPalette.ColorRole.Highlight))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
            painter.restore()

    # -- framing cues in a cell ----------------------------------------------------------
    def anchor_at(self, index: QModelIndex, rect, pos) -> str:
        """The link under ``pos`` (view coordinates) in the cell drawn in ``rect``, or ""."""
        doc = self._document(index, rect.width())
        if doc is None:
            return ""
        local = QPointF(pos) - QPointF(rect.left() + PADDING, rect.top() + PADDING)
        return doc.documentLayout().anchorAt(local)

    def editorEvent(self, event, model, option, index) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            href = self.anchor_at(index, option.rect, event.position())
            if parse_cue_href(href) is not None:
                self.cueClicked.emit(index, href)
        return super().editorEvent(event, model, option, index)

    def helpEvent(self, event, view, option, index) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            href = self.anchor_at(index, option.rect, event.pos())
            parsed = parse_cue_href(href)
            cue = index.model().comparison.find_cue(parsed[0], parsed[1]) if parsed else None
            if cue is not None:
                hint = escape(self.tr("Click for the details and the other outlets' wording."))
                label, explanation = cue_text(cue, i18n.current())
                QToolTip.showText(event.globalPos(), f"<b>{escape(cue.text)}</b> — {escape(label)}<br>"
                                  f"{escape(explanation)}<br><i>{hint}</i>", view)
                return True
        return super().helpEvent(event, view, option, index)

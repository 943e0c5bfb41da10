"""SearchPanel: full-text search over every article of the project; a hit jumps to its passage."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QStyle, QStyledItemDelegate, QVBoxLayout, QWidget

HTML_ROLE = Qt.ItemDataRole.UserRole + 1


def hit_html(hit: dict) -> str:
    """The hit's outlet and title, then its snippet with the matched words in bold."""
    head = escape(" · ".join(x for x in (hit.get("outlet"), hit.get("title")) if x))
    snippet = escape(" ".join(hit["snippet"].split())).replace("[", "<b>").replace("]", "</b>")
    return f"<span style='font-weight:600'>{head}</span><br>{snippet}"


class SearchResultsModel(QAbstractListModel):
    """A thin adapter over the hits of ``Project.search``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hits: list[dict] = []

    def set_hits(self, hits: list[dict]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> dict:
        return self._hits[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            snippet = " ".join(hit["snippet"].split())
            head = " · ".join(x for x in (hit.get("outlet"), hit.get("title")) if x)
            return f"{head}\n{snippet}"
        if role == HTML_ROLE:
            return hit_html(hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Enter or double-click: show this passage")
        if role == Qt.ItemDataRole.UserRole:
            return hit["doc"]
        return None

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class HitDelegate(QStyledItemDelegate):
    """Two lines of rich text per hit (title, snippet with the match in bold)."""

    def _document(self, option, index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(4)
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(100, option.rect.width()))
        return doc

    def sizeHint(self, option, index) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(200, 2 * line + 10)

    def paint(self, painter, option, index) -> None:
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        doc = self._document(option, index)  # keep it alive while its layout draws
        doc.documentLayout().draw(painter, context)
        painter.restore()


class SearchPanel(QWidget):
    hitActivated = Signal(str, int)  # doc, offset of the first matching word

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.session = session
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(self.tr("Search all articles: words, \"exact phrase\", prefix*"))
        self.field.setClearButtonEnabled(True)
        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setAlternatingRowColors(True)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _: self._timer.start())
        self.field.returnPressed.connect(self.run)
        self.results.activated.connect(self._activated)
        session.projectChanged.connect(self.run)
        self.run()

    def focus_field(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def run(self) -> None:
        self._timer.stop()
        query = self.field.text()
        if self.session.project is None:
            self.model.set_hits([])
            self.status.setText(self.tr("Open a project to search its articles."))
            return
        hits = self.session.search(query)
        self.model.set_hits(hits)
        if not query.strip():
            self.status.setText(self.tr("Type to search every article of the project."))
        elif not hits:
            self.status.setText(self.tr("No matches."))
        else:
            self.status.setText(self.tr("{n} matching articles; press Enter on one to show the passage.")
                                .format(n=len(hits)))

    def _activated(self, index) -> None:
        hit = self.model.hit(index.row())
        self.hitActivated.emit(hit["doc"], int(hit.get("start", 0)))

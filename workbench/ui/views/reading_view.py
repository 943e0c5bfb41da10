"""ReadingView: one article in full, with its passages and framing cues marked; back to the comparison from any of them."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from workbench.core.models import Document, Segment, Span, cue_text
from workbench.ui import i18n
from workbench.ui.text.annotation_marks import tint, walk_offset
from workbench.ui.controllers.commands import FurnitureCommand
from workbench.comparison.model import Comparison
from workbench.ui.text.cue_marks import CueTextBrowser
from workbench.ui.text.passage_html import cue_href, line_breaks
from workbench.ui.text.text_selection import anchors, reading_anchor_parser, selected_span
from workbench.ui.theme import LIGHT, Colours


class ReadingBrowser(CueTextBrowser):
    """The reading view's text: its standard context menu also offers "Mark as page furniture / article text".

    Whoever shows the context menu (the annotation controller) builds it
    with ``createStandardContextMenu(pos)``, ``pos`` in viewport coordinates.
    """

    def __init__(self, view: ReadingView) -> None:
        super().__init__(view)
        self._view = view

    def createStandardContextMenu(self, pos: QPoint | None = None) -> QMenu:  # noqa: N802 (Qt's name)
        menu = super().createStandardContextMenu() if pos is None else super().createStandardContextMenu(pos)
        self._view.add_furniture_actions(menu, pos)
        return menu


class ReadingView(QWidget):
    backRequested = Signal()
    passageClicked = Signal(str, int)  # doc, offset: show it in the comparison
    cueClicked = Signal(str)  # the cue: link of a framing cue

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("readingView")
        self.session = session
        self.colours: Colours = LIGHT
        self.doc_id: str | None = None
        self.focus: Span | None = None
        self.notes: list = []  # NoteMark: annotated spans, tinted (set by the annotations controller)
        self.back = QPushButton(self.tr("◀ Back to the comparison"))
        self.back.clicked.connect(self.backRequested)
        self.chooser = QComboBox()
        self.chooser.setMinimumContentsLength(30)
        self.chooser.activated.connect(lambda i: self.show_document(self.chooser.itemData(i)))
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.browser = ReadingBrowser(self)
        self.browser.setObjectName("readingBrowser")
        self.browser.linkClicked.connect(self._anchor)
        self.browser.cueClicked.connect(self.cueClicked)
        bar = QHBoxLayout()
        bar.addWidget(self.back)
        bar.addWidget(self.chooser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.info)
        layout.addWidget(self.browser, 1)
        session.documentsChanged.connect(self._documents_changed)
        session.comparisonChanged.connect(self._rerender)
        self._documents_changed()

    def set_text_font(self, font: QFont) -> None:
        self.browser.setFont(font)
        self.browser.document().setDefaultFont(font)

    def _documents_changed(self) -> None:
        self.chooser.clear()
        for d in self.session.documents():
            label = " · ".join(x for x in (d.outlet, d.title) if x) or d.id
            self.chooser.addItem(f"{d.id}  {label}", d.id)
        if self.doc_id is not None:
            found = self.chooser.findData(self.doc_id)
            if found < 0:
                self.doc_id = None
                self._show_empty()
            else:
                self.chooser.setCurrentIndex(found)
                self._rerender()
        elif self.chooser.count():
            self.show_document(self.chooser.itemData(0))  # the article the selector shows, not an empty page
        else:
            self._show_empty()

    def _show_empty(self) -> None:
        self.info.clear()
        hint = self.tr("Choose an article above, or use “read in context” on any passage of the comparison.")
        self.browser.setHtml(f'<p style="color:{self.colours.empty_fg};">{escape(hint)}</p>')

    def show_document(self, doc: str | None, focus: Span | None = None) -> None:
        if doc is None or self.session.project is None:
            return
        self.doc_id = doc
        self.focus = focus
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(doc)))
        self._rerender()

    def _rerender(self) -> None:
        if self.doc_id is None or self.session.project is None:
            return
        try:
            document = self.session.project.document(self.doc_id)
            segments = self.session.project.segments(self.doc_id)
        except Exception:  # the document was removed meanwhile
            self.doc_id = None
            self._show_empty()
            return
        bits = [b for b in (document.outlet, document.published, document.language, document.source) if b]
        self.info.setText(f"<b>{escape(document.title or document.id)}</b><br>{escape(' · '.join(bits))}")
        self.browser.colours = self.colours
        self.browser.setHtml(self.article_html(document, segments, self.session.comparison))
        if self.focus is not None:
            self.browser.scrollToAnchor(f"o{self.focus.start}")

    def article_html(self, document: Document, segments: list[Segment], comparison: Comparison) -> str:
        text, doc = document.text, document.id
        c = self.colours
        marks: list[tuple[int, int, str, str, str]] = []  # start, end, style, link, tool tip
        for s in segments:
            if s.kind == "headline":
                marks.append((s.start, s.end, "font-weight:bold;", "", ""))
            elif s.kind == "boilerplate":
                marks.append((s.start, s.end, f"color:{c.boilerplate_fg};", "", ""))
        for row in comparison.rows:
            for p in row.cells.get(doc, []):
                bg = c.unique_bg if row.kind == "unique" else c.grouped_bg
                marks.append((p.span.start, p.span.end, f"background-color:{bg};",
                              f"passage:{doc}:{p.span.start}", ""))
        cues = comparison.doc_cues(doc)
        language = i18n.current()
        for cue in reversed(cues):  # where cues overlap, the earlier (then longer) one wins, as in the comparison
            label, explanation = cue_text(cue, language)
            marks.append((cue.span.start, cue.span.end, "", cue_href(cue), f"{label}: {explanation}"))
        for note in self.notes:
            if note.span.doc == doc:
                marks.append((note.span.start, note.span.end,
                              f"background-color:{tint(note.colour, c.dark)};", "", ""))
        if self.focus is not None:
            marks.append((self.focus.start, self.focus.end, f"background-color:{c.focus_bg};", "", ""))
        newline = "<br>" if "\n\n" in text else "<br><br>"  # one paragraph per line: leave air between them
        cuts = sorted({0, len(text)} | {m[0] for m in marks} | {m[1] for m in marks})
        out = []
        for a, b in zip(cuts, cuts[1:]):
            if a >= b:
                continue
            style, link, tip = "", "", ""
            for start, end, mark_style, mark_link, mark_tip in marks:
                if start <= a and b <= end:
                    style += mark_style
                    link, tip = (mark_link, mark_tip) if mark_link else (link, tip)
            chunk = line_breaks(escape(text[a:b]), newline)
            anchor = f'<a name="o{a}"></a>'
            if link:
                title = f' title="{escape(tip, quote=True)}"' if tip else ""
                colour = c.boilerplate_fg if f"color:{c.boilerplate_fg}" in style else c.text_fg
                chunk = f'<a href="{link}"{title} style="color:{colour}; text-decoration:none;">{chunk}</a>'
            out.append(f'{anchor}<span style="{style}">{chunk}</span>' if style else anchor + chunk)
        legend = escape(self.tr("Shaded: passages other outlets also report (click to compare); "
                                "green: only this outlet reports it; grey: page furniture (captions, credits, buttons), "
                                "left out of the comparison (right-click to correct)."))
        if cues:
            legend += "<br>" + escape(self.tr("Underlined: framing cues, coloured by family as in the legend "
                                              "(click one for its explanation)."))
        elif comparison.cues:
            legend += "<br>" + escape(self.tr("No framing cues are marked in this article (with the current filters)."))
        return f'<p style="color:{c.empty_fg};"><small>{legend}</small></p><div style="line-height:130%;">{"".join(out)}</div>'

    def set_notes(self, notes: list) -> None:
        self.notes = list(notes)
        bar = self.browser.verticalScrollBar().value()
        focus, self.focus = self.focus, None  # stay where the reader is
        self._rerender()
        self.focus = focus
        self.browser.verticalScrollBar().setValue(bar)

    # -- page furniture -------------------------------------------------------------------
    def furniture_span(self, pos: QPoint | None = None) -> Span | None:
        """What a furniture mark acts on: the selected text, else the segment under ``pos`` (viewport
        coordinates; default: the text cursor)."""
        project = self.session.project
        if self.doc_id is None or project is None:
            return None
        doc = self.doc_id
        text = project.document(doc).text
        span = selected_span(self.browser, reading_anchor_parser(doc), lambda _doc: text)
        if span is not None:
            return span
        position = self.browser.cursorForPosition(pos).position() if pos is not None else self.browser.textCursor().position()
        before = [a for a in anchors(self.browser.document(), reading_anchor_parser(doc)) if a[0] <= position]
        if not before:  # the legend above the article
            return None
        at, _doc, offset = before[-1]
        offset = walk_offset(self.browser.document().toPlainText()[at:position], text, offset)
        while offset < len(text) and text[offset].isspace():  # between two segments: the next one
            offset += 1
        segment = next((s for s in project.segments(doc) if s.start <= offset < s.end), None)
        return Span(doc, segment.start, segment.end) if segment is not None else None

    def _marker(self, span: Span | None, furniture: bool) -> Callable[[], None]:
        return lambda: self.mark_furniture(span, furniture)

    def add_furniture_actions(self, menu: QMenu, pos: QPoint | None = None) -> None:
        span = self.furniture_span(pos)
        menu.addSeparator()
        for furniture, label in ((True, self.tr("Mark as page furniture")), (False, self.tr("Mark as article text"))):
            action = menu.addAction(label, self._marker(span, furniture))
            action.setObjectName("markFurniture" if furniture else "markText")
            action.setEnabled(span is not None)

    def mark_furniture(self, span: Span | None, furniture: bool) -> None:
        """Mark ``span`` as page furniture (or as article text), undoably; the comparison is re-aligned."""
        if span is not None and self.session.project is not None:
            self.session.undo_stack.push(FurnitureCommand(self.session, [span], furniture))

    def _anchor(self, link: str) -> None:
        parts = link.split(":")
        if parts[0] == "passage" and len(parts) == 3:
            self.passageClicked.emit(parts[1], int(parts[2]))

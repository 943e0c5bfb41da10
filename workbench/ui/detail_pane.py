"""GroupDetailPane: every compared outlet's version of one group, diffed against the reference."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser

from workbench.align.rows import Row
from workbench.ui.comparison_data import Comparison
from workbench.ui.passage_html import pieces_html
from workbench.ui.theme import LIGHT, Colours


class GroupDetailPane(QTextBrowser):
    readRequested = Signal(str, int, int)  # doc, start, end

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("groupDetailPane")
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._anchor)
        self.colours: Colours = LIGHT
        self.row: Row | None = None
        self.show_nothing()

    def show_nothing(self, hint: str | None = None) -> None:
        self.row = None
        text = hint or self.tr("Click a passage in the comparison to see every outlet's version of it here.")
        self.setHtml(f'<p style="color:{self.colours.empty_fg};">{escape(text)}</p>')

    def show_row(self, comparison: Comparison, row: Row) -> None:
        self.row = row
        self.setHtml(self.row_html(comparison, row))

    def row_html(self, comparison: Comparison, row: Row) -> str:
        c = self.colours
        have = comparison.reporting(row)
        total = len(comparison.docs)
        if row.kind == "unique":
            title = self.tr("Only {outlet} reports this").format(outlet=escape(comparison.label(have[0]))) if have else ""
        else:
            title = self.tr("Group {id}: reported by {n} of {total} outlets").format(id=row.id, n=len(have), total=total)
        out = [f"<h3>{title}</h3>"]
        if row.kind != "unique":
            out.append(f'<p style="color:{c.empty_fg};">' + escape(self.tr(
                "Highlighted words differ from the reference passage (marked ◆).")) + "</p>")
        read = escape(self.tr("read in context"))
        cues = escape(self.tr("Framing cues"))
        for n, doc in enumerate(comparison.doc_ids):
            label = escape(comparison.label(doc))
            head = f'<b style="color:{c.outlet(n)};">{label}</b>'
            passages = row.cells.get(doc, [])
            if not passages:
                missing = escape(self.tr("no corresponding passage (omitted)"))
                out.append(f'<p>{head}: <i style="color:{c.empty_fg};">{missing}</i></p>')
                continue
            for p in passages:
                mark = " ◆" if p.reference else ""
                link = f'<a href="read:{p.span.doc}:{p.span.start}:{p.span.end}">{read}</a>'
                body = pieces_html(p.pieces, c)
                out.append(f"<p>{head}{mark} &nbsp;<small>{link}</small><br>{body}</p>")
        out.append("<hr>")
        out.append(f"<p><b>{cues}</b></p>")
        out.append(f'<p style="color:{c.empty_fg};">' + escape(self.tr(
            "Not available yet: once framing-cue detection is added, the words that frame this passage "
            "(labels for actors and events, reporting verbs, hedges, evaluations) will be listed here "
            "with an explanation and their counterparts in the other outlets.")) + "</p>")
        return "".join(out)

    def _anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("read:"):
            _, doc, start, end = text.split(":")
            self.readRequested.emit(doc, int(start), int(end))

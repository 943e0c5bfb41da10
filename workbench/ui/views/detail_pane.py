"""GroupDetailPane: every compared outlet's version of one group, diffed against the reference,
its framing cues, and the card of a chosen cue (what it is, who speaks, what the other outlets wrote)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal

from workbench.comparison.rows import Row
from workbench.core.models import Cue, cue_text
from workbench.ui import i18n
from workbench.comparison.model import Comparison
from workbench.ui.text.cue_marks import CueTextBrowser
from workbench.ui.text.cue_names import class_name, family_title, speaker_name
from workbench.ui.text.passage_html import cue_href, passage_html

QUOTE_CHARS = 90  # a counterpart longer than this (a whole passage) is shortened


def _shortened(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return escape(text if len(text) <= limit else text[: limit - 1].rstrip() + "…")


def _quoted(text: str, limit: int = QUOTE_CHARS) -> str:
    return i18n.quoted(_shortened(text, limit))


class GroupDetailPane(CueTextBrowser):
    readRequested = Signal(str, int, int)  # doc, start, end
    gotoRequested = Signal(str, int, int)  # a counterpart: doc, start, end
    cueClosed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("groupDetailPane")
        self.linkClicked.connect(self._link)
        self.row: Row | None = None
        self.cue: Cue | None = None
        self.notes: list = []  # NoteMark: annotated spans, tinted (set by the annotations controller)
        self.comparison: Comparison | None = None
        self.show_nothing()

    def show_nothing(self, hint: str | None = None) -> None:
        self.row, self.cue = None, None
        text = hint or self.tr("Click a passage in the comparison to see every outlet's version of it here.")
        self.setHtml(f'<p style="color:{self.colours.empty_fg};">{escape(text)}</p>')

    def show_row(self, comparison: Comparison, row: Row | None, cue: Cue | None = None) -> None:
        """The group ``row`` (if any), with the card of ``cue`` (if any) above it."""
        self.row, self.cue, self.comparison = row, cue, comparison
        parts = [self.cue_html(comparison, cue)] if cue is not None else []
        if row is not None:
            parts.append(self.row_html(comparison, row))
        self.setHtml("<hr>".join(parts))

    # -- the chosen cue ------------------------------------------------------------------
    def cue_html(self, comparison: Comparison, cue: Cue) -> str:
        c = self.colours
        colour = c.cue(cue.category)
        muted = f'style="color:{c.empty_fg};"'
        head = f'<span style="color:{colour}; font-weight:bold;">■ {escape(family_title(cue.category))}</span>'
        if not cue.shown:  # why the card of a cue the text does not highlight is open
            if cue.speaker != "outlet":
                why = self.tr("(the quoted speaker's words: not highlighted)")
            elif cue.cls == "neutral":
                why = self.tr("(a neutral variant: shown for contrast)")
            else:
                why = self.tr("(not highlighted by default)")
            head += f" <small {muted}>{escape(why)}</small>"
        facts = [(self.tr("Outlet"), escape(comparison.label(cue.span.doc))),
                 (self.tr("Class"), escape(class_name(cue.cls))),
                 (self.tr("Speaking"), escape(speaker_name(cue.speaker)))]
        if cue.entity:
            facts.append((self.tr("Refers to"), escape(cue.entity)))
        table = "".join(f'<tr><td {muted}>{name}:&nbsp;</td><td>{value}</td></tr>' for name, value in facts if value)
        label, explanation = cue_text(cue, i18n.current())
        out = [f"<p>{head}</p>",
               f"<p><b><big>{_quoted(cue.text)}</big></b> — {escape(label)}</p>",
               f'<table cellspacing="0" cellpadding="1">{table}</table>',
               f"<p>{escape(explanation)}</p>",
               "<p><b>" + escape(self.tr("In the other outlets")) + "</b></p>"]
        if cue.counterparts:
            items = []
            order = {d: n for n, d in enumerate(comparison.doc_ids)}
            for span, text in sorted(cue.counterparts, key=lambda cp: (order.get(cp[0].doc, 99), cp[0].start)):
                n = order.get(span.doc)
                outlet_colour = c.outlet(n) if n is not None else c.empty_fg
                link = f'<a href="goto:{span.doc}:{span.start}:{span.end}">{_shortened(text)}</a>'
                items.append(f'<li><b style="color:{outlet_colour};">{escape(comparison.label(span.doc))}</b>: {link}</li>')
            out.append("<ul>" + "".join(items) + "</ul>")
            hint = escape(self.tr("Click one to show it in the comparison."))
            out.append(f"<p {muted}><small>{hint}</small></p>")
        else:
            none = escape(self.tr("No counterpart in the other outlets."))
            out.append(f"<p {muted}>{none}</p>")
        s = cue.span
        read = escape(self.tr("read in context"))
        close = escape(self.tr("close"))
        out.append(f'<p><small><a href="read:{s.doc}:{s.start}:{s.end}">{read}</a> · '
                   f'<a href="close-cue:">{close}</a></small></p>')
        return "".join(out)

    # -- the group -------------------------------------------------------------------------
    def row_html(self, comparison: Comparison, row: Row) -> str:
        c = self.colours
        have = comparison.reporting(row)
        total = len(comparison.docs)
        if row.kind == "unique":
            title = self.tr("Only {outlet} reports this").format(outlet=escape(comparison.label(have[0]))) if have else ""
        elif row.kind == "related":
            title = self.tr("{outlet}: related to rows {rows}, which other outlets report").format(
                outlet=escape(comparison.label(have[0])) if have else "", rows=escape(", ".join(row.related)))
        else:
            title = self.tr("Group {id}: reported by {n} of {total} outlets").format(id=row.id, n=len(have), total=total)
        out = [f"<h3>{title}</h3>"]
        if row.kind == "group":
            out.append(f'<p style="color:{c.empty_fg};">' + escape(self.tr(
                "Highlighted words differ from the reference passage (marked ◆).")) + "</p>")
        read = escape(self.tr("read in context"))
        emphasis = [self.cue.span] + [s for s, _ in self.cue.counterparts] if self.cue else []
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
                body = passage_html(p, c, emphasis, self.notes, anchors=True)
                out.append(f'<p style="line-height:125%;">{head}{mark} &nbsp;<small>{link}</small><br>{body}</p>')
        out.append(self.cue_list_html(comparison, row))
        return "".join(out)

    def cue_list_html(self, comparison: Comparison, row: Row) -> str:
        c = self.colours
        out = ["<p><b>" + escape(self.tr("Framing cues in this group")) + "</b></p>"]
        items = []
        for doc in comparison.doc_ids:
            for p in row.cells.get(doc, []):
                for cue in comparison.cues_in(p.span):
                    dot = f'<span style="color:{c.cue(cue.category)};">●</span>'
                    link = f'<a href="{cue_href(cue)}">{_quoted(cue.text, 40)}</a>'
                    items.append(f"<li>{dot} {link} <small>{escape(comparison.label(doc))} · "
                                 f"{escape(cue_text(cue, i18n.current())[0])}</small></li>")
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            out.append(f'<p style="color:{c.empty_fg};"><small>' + escape(self.tr(
                "Underlined words are framing cues; click one for its explanation and the other outlets' wording."))
                + "</small></p>")
        else:
            out.append(f'<p style="color:{c.empty_fg};">' + escape(self.tr(
                "No framing cues are marked in this group (with the current filters).")) + "</p>")
        return "".join(out)

    def set_notes(self, notes: list) -> None:
        """New annotation marks: the shown group is drawn again with them."""
        self.notes = list(notes)
        if self.comparison is not None and (self.row is not None or self.cue is not None):
            bar = self.verticalScrollBar().value()
            self.show_row(self.comparison, self.row, self.cue)
            self.verticalScrollBar().setValue(bar)

    def _link(self, text: str) -> None:
        kind, _, rest = text.partition(":")
        if kind in ("read", "goto"):
            doc, start, end = rest.rsplit(":", 2)
            (self.readRequested if kind == "read" else self.gotoRequested).emit(doc, int(start), int(end))
        elif kind == "close-cue":
            self.cueClosed.emit()

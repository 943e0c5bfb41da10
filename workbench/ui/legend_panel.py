"""LegendPanel: what the colours mean, and the filters that change them."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from workbench.ui.passage_html import colour_swatch
from workbench.ui.theme import LIGHT, Colours


def bound_checkbox(action: QAction) -> QCheckBox:
    """A check box that mirrors a checkable action both ways (the action stays the one source)."""
    box = QCheckBox(action.text().replace("&", ""))
    box.setToolTip(action.toolTip())
    box.setChecked(action.isChecked())
    box.toggled.connect(action.setChecked)
    action.toggled.connect(box.setChecked)
    return box


class LegendPanel(QWidget):
    def __init__(self, filter_actions: list[QAction], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("legendPanel")
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        filters = QGroupBox(self.tr("Filters"))
        box_layout = QVBoxLayout(filters)
        for action in filter_actions:
            box_layout.addWidget(bound_checkbox(action))
        cues = QGroupBox(self.tr("Framing cues"))
        cue_layout = QVBoxLayout(cues)
        note = QLabel(self.tr("Not available yet. Cue families (actor and event labels, reporting verbs, hedges, "
                              "evaluations, attributions, quote and factual variants) will be switched on and off "
                              "here."))
        note.setWordWrap(True)
        note.setEnabled(False)
        cue_layout.addWidget(note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.legend)
        layout.addWidget(filters)
        layout.addWidget(cues)
        layout.addStretch(1)
        self.set_colours(LIGHT)

    def set_colours(self, c: Colours) -> None:
        rows = [
            (colour_swatch(c.changed_bg, self.tr("words"), c.changed_fg), self.tr("differ from the reference passage")),
            (colour_swatch(c.reference_bg, self.tr("cell")), self.tr("the reference passage of its group")),
            (colour_swatch(c.unique_bg, self.tr("cell")), self.tr("only this outlet reports it")),
            (f'<span style="color:{c.empty_fg};">&nbsp;—&nbsp;</span>', self.tr("no such passage in this outlet (omission)")),
            ("<b>3/5</b>", self.tr("row header: how many outlets report it")),
        ]
        self.legend.setText("<table cellspacing='3'>" + "".join(
            f"<tr><td>{mark}</td><td>{text}</td></tr>" for mark, text in rows) + "</table>")

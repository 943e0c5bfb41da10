"""LegendPanel: what the colours mean, and the filters that change them (diff options, cue families)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QAction, QPainter
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from workbench.ui.text.cue_marks import cue_pen
from workbench.ui.text.passage_html import colour_swatch
from workbench.ui.theme import CUE_LINES, LIGHT, Colours


def bound_checkbox(action: QAction) -> QCheckBox:
    """A check box that mirrors a checkable action both ways (the action stays the one source)."""
    box = QCheckBox(action.text().replace("&", ""))
    box.setToolTip(action.toolTip())
    box.setChecked(action.isChecked())
    box.toggled.connect(action.setChecked)
    action.toggled.connect(box.setChecked)
    return box


class CueSwatch(QWidget):
    """A short line drawn as the family's cues are underlined."""

    def __init__(self, family: str, parent=None) -> None:
        super().__init__(parent)
        self.family = family
        self.colours: Colours = LIGHT
        self.setFixedSize(QSize(26, 16))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        y = self.height() / 2 + 2
        pen = cue_pen(self.colours.cue(self.family), self.family, True, 2.5)
        if CUE_LINES.get(self.family) == "double":
            pen.setWidthF(1.0)
            painter.setPen(pen)
            painter.drawLine(QPointF(2, y - 1.5), QPointF(self.width() - 2, y - 1.5))
            painter.drawLine(QPointF(2, y + 1.5), QPointF(self.width() - 2, y + 1.5))
        else:
            painter.setPen(pen)
            painter.drawLine(QPointF(2, y), QPointF(self.width() - 2, y))
        painter.end()


class LegendPanel(QWidget):
    def __init__(self, filter_actions: list[QAction], cue_actions: dict[str, QAction], hidden_action: QAction,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("legendPanel")
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        filters = QGroupBox(self.tr("Filters"))
        box_layout = QVBoxLayout(filters)
        for action in filter_actions:
            box_layout.addWidget(bound_checkbox(action))
        cues = QGroupBox(self.tr("Framing cues"))
        cues.setObjectName("cueFamilies")
        grid = QGridLayout(cues)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(1)
        grid.setColumnStretch(1, 1)
        self.swatches: list[CueSwatch] = []
        self.boxes: dict[str, QCheckBox] = {}
        self.counts: dict[str, QLabel] = {}
        self.hints: list[QLabel] = []
        row = 0
        for family, action in cue_actions.items():
            swatch = CueSwatch(family)
            box = bound_checkbox(action)
            box.setObjectName(f"cueBox_{family}")
            count = QLabel()
            count.setEnabled(False)
            hint = QLabel(action.toolTip())
            hint.setWordWrap(True)
            self.hints.append(hint)
            hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # wraps to the dock's width
            font = hint.font()
            font.setPointSizeF(max(6.0, font.pointSizeF() - 1))
            hint.setFont(font)
            grid.addWidget(swatch, row, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(box, row, 1)
            grid.addWidget(count, row, 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(hint, row + 1, 1, 1, 2)
            grid.setRowMinimumHeight(row + 2, 4)
            self.swatches.append(swatch)
            self.boxes[family] = box
            self.counts[family] = count
            row += 3
        self.hidden_box = bound_checkbox(hidden_action)
        self.hidden_box.setObjectName("cueBox_hidden")
        grid.addWidget(self.hidden_box, row, 0, 1, 3)
        note = QLabel(self.tr("Click an underlined word for its explanation and the other outlets' wording."))
        note.setWordWrap(True)
        self.hints.append(note)
        note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        grid.addWidget(note, row + 1, 0, 1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.legend)
        layout.addWidget(cues)
        layout.addWidget(filters)
        layout.addStretch(1)
        self.set_colours(LIGHT)

    def set_counts(self, counts: dict[str, int]) -> None:
        """How many cues of each family the comparison has (with the neutral-variant setting)."""
        for family, label in self.counts.items():
            n = counts.get(family, 0)
            label.setText(str(n) if n else "–")
            label.setToolTip(self.tr("{n} in the compared articles").format(n=n))

    def set_colours(self, c: Colours) -> None:
        for swatch in self.swatches:
            swatch.colours = c
            swatch.update()
        for hint in self.hints:
            hint.setStyleSheet(f"color: {c.empty_fg};")
        rows = [
            (colour_swatch(c.changed_bg, self.tr("words"), c.changed_fg), self.tr("differ from the reference passage")),
            (colour_swatch(c.removed_bg, self.tr("words"), c.changed_fg),
             self.tr("in the reference: replaced or left out by another outlet")),
            (colour_swatch(c.reference_bg, self.tr("cell")), self.tr("the reference passage of its group")),
            (colour_swatch(c.unique_bg, self.tr("cell")), self.tr("only this outlet reports it")),
            (colour_swatch(c.cue_focus_bg, self.tr("words"), c.text_fg),
             self.tr("the framing cue you chose, and its counterparts")),
            (f'<span style="color:{c.empty_fg};">&nbsp;—&nbsp;</span>', self.tr("no such passage in this outlet (omission)")),
            (f'<span style="color:{c.empty_fg};">≈&nbsp;g3</span>',
             self.tr("related to row g3: other outlets report part of this (not an omission)")),
            ("<b>3/5</b>", self.tr("row header: how many outlets report it")),
        ]
        self.legend.setText("<table cellspacing='3'>" + "".join(
            f"<tr><td>{mark}</td><td>{text}</td></tr>" for mark, text in rows) + "</table>")

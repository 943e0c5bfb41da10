"""FramingProfileView: the framing profile of the compared outlets (the Overview's third tab).

A thin adapter over ``workbench.export.profile``: the same SVG as the HTML
report, drawn by ``QSvgRenderer`` at the width of the tab, its aspect ratio
kept, in a scroll area. The picture brings its own white card and black text,
so it reads the same in the light and the dark palette.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from workbench.export.profile import FramingProfile, framing_profile, profile_svg
from workbench.comparison.model import Comparison

MAX_WIDTH = 1400  # past this the picture stops growing (its text would only get bigger)
MIN_WIDTH = 860  # below this its smallest text would be too small to read: the tab scrolls instead


def ui_language() -> str:
    """The language of the profile's words: that of the interface (set by ``i18n.install``)."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


class ProfileChart(QWidget):
    """An SVG drawn at the widget's width, as tall as its aspect ratio asks."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("profileChart")
        self.renderer = QSvgRenderer(self)
        self.renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def load(self, svg: str) -> bool:
        ok = self.renderer.load(QByteArray(svg.encode("utf-8"))) if svg else self.renderer.load(QByteArray())
        self.updateGeometry()
        self.update()
        return ok

    def _ratio(self) -> float:
        box = self.renderer.viewBoxF()
        return box.height() / box.width() if self.renderer.isValid() and box.width() > 0 else 0.0

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(min(width, MAX_WIDTH) * self._ratio()) + 1

    def sizeHint(self) -> QSize:
        return QSize(900, self.heightForWidth(900))

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_WIDTH, self.heightForWidth(MIN_WIDTH))

    def paintEvent(self, event) -> None:
        if not self.renderer.isValid():
            return
        width = min(self.width(), MAX_WIDTH)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.renderer.render(painter, QRectF(0, 0, width, width * self._ratio()))
        painter.end()


class FramingProfileView(QScrollArea):
    """Cues per 1,000 words by family for each compared outlet, and the labels each gives the main actors."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("framingProfileView")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.profile: FramingProfile | None = None
        self.svg = ""
        body = QWidget()
        layout = QVBoxLayout(body)
        self.hint = QLabel(self.tr(
            "How often each outlet uses each family of framing cues, per 1,000 words, and the labels it gives the "
            "actors most often named. Neutral variants and the words of quoted speakers do not count. Counts are "
            "small: compare several events before generalising."))
        self.hint.setWordWrap(True)
        self.empty = QLabel(self.tr("Nothing compared yet."))
        self.chart = ProfileChart()
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)
        layout.addWidget(self.chart)
        layout.addStretch(1)
        self.setWidget(body)
        self.empty.hide()

    def set_comparison(self, comparison: Comparison) -> None:
        if comparison.is_empty or len(comparison.docs) < 2:
            self.profile, svg = None, ""
        else:
            self.profile = framing_profile(comparison.docs, comparison.cues, comparison.actor_labels, comparison.labels)
            svg = profile_svg(self.profile, ui_language())
        self.empty.setVisible(not svg)
        self.chart.setVisible(bool(svg))
        if svg != self.svg:
            self.svg = svg
            self.chart.load(svg)

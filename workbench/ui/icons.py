"""Line icons from resources/icons, drawn in the palette's text colour (so they suit light and dark)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from workbench.core.resources import resource_path

INK = "#000000"  # the colour the SVG files are drawn in; replaced when loading
SIZES = (16, 24, 32, 48)


def _pixmap(svg: str, colour: str, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.replace(INK, colour).encode()))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def icon(name: str, palette: QPalette) -> QIcon | None:
    """The icon ``name`` in the colours of ``palette`` (None when there is no such file)."""
    path = resource_path("icons", f"{name}.svg")
    if not path.exists():
        return None
    svg = path.read_text(encoding="utf-8")
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText).name()
    result = QIcon()
    for size in SIZES:
        result.addPixmap(_pixmap(svg, normal, size), QIcon.Mode.Normal)
        result.addPixmap(_pixmap(svg, disabled, size), QIcon.Mode.Disabled)
    return result

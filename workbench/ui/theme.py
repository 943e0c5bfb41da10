"""Light and dark palettes, and the colours the comparison uses in each."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from workbench.export.wording import CUE_COLOURS
from workbench.export.wording import CUE_LINES as EXPORT_CUE_LINES

THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Colours:
    """Colours for text marks; chosen for contrast on the palette's base colour."""

    dark: bool
    changed_bg: str  # words that differ from the reference passage
    changed_fg: str
    removed_bg: str  # words of the reference that another outlet replaces or leaves out
    reference_bg: str  # the passage the others are compared with
    unique_bg: str  # a passage no other compared outlet reports
    empty_fg: str  # the "—" of an omission
    focus_bg: str  # the passage jumped to in the reading view
    grouped_bg: str  # passages that run parallel elsewhere (reading view)
    boilerplate_fg: str
    outlets: tuple[str, ...]  # one colour per column, for headers and the coverage matrix
    text_fg: str = "#1a1a1a"  # the palette's text colour (links inside passages keep it)
    cue_focus_bg: str = "#a5e9f3"  # a chosen framing cue and its counterparts
    cues: tuple[tuple[str, str], ...] = ()  # (family, colour) of the framing-cue underlines

    def outlet(self, index: int) -> str:
        return self.outlets[index % len(self.outlets)]

    def cue(self, family: str) -> str:
        return dict(self.cues).get(family, self.empty_fg)


# Cue colours: the HTML exports' (workbench/export/wording.py, resources/templates/report.css.j2), so the app and
# the exports agree; a test checks that they still match. On a dark base the same hues, lighter.
CUE_COLOURS_LIGHT = tuple(CUE_COLOURS.items())  # exactly the exports' colours
CUE_COLOURS_DARK = (
    ("quote_variant", "#a78bfa"), ("actor_label", "#f87171"), ("event_label", "#fb923c"),
    ("reporting_verb", "#60a5fa"), ("evaluative", "#f472b6"), ("hedge", "#2dd4bf"),
    ("attribution", "#a3e635"), ("factual_variant", "#e5e7eb"),
)
# How the line is drawn, as in the export: solid, dashed, dotted or double.
CUE_LINES = EXPORT_CUE_LINES


LIGHT = Colours(
    dark=False,
    changed_bg="#ffd966",
    changed_fg="#000000",
    removed_bg="#f6c9c4",
    reference_bg="#dde9f6",  # blue: the reference ...
    unique_bg="#d9f0d0",  # ... green: only this outlet (told apart at a glance, also in the legend)
    empty_fg="#6e6e6e",
    focus_bg="#ffe699",
    grouped_bg="#e8eef7",
    boilerplate_fg="#8a8a8a",
    outlets=("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"),
    text_fg="#1a1a1a",
    cues=CUE_COLOURS_LIGHT,
)

DARK = Colours(
    dark=True,
    changed_bg="#7a5c00",
    changed_fg="#ffffff",
    removed_bg="#6e2c28",
    reference_bg="#243a52",
    unique_bg="#20402a",
    empty_fg="#c4c4c4",  # the omission mark must stand out on the dark base
    focus_bg="#6b5400",
    grouped_bg="#2a3342",
    boilerplate_fg="#8f8f8f",
    outlets=("#6baed6", "#fc8d8d", "#74c476", "#bcbddc", "#fdae6b", "#6fd6e0", "#c49c94", "#f2a6d6"),
    text_fg="#e6e6e6",
    cue_focus_bg="#1d5963",
    cues=CUE_COLOURS_DARK,
)


def _dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#2b2b2b"), QColor("#1f1f1f"), QColor("#e6e6e6")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#262626"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#3a3a3a"))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9a9a9a"))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#353535"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.BrightText, QColor("#ff6b6b"))
    p.setColor(QPalette.ColorRole.Link, QColor("#7fb2ff"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#3d6fb6"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return p


def _light_palette() -> QPalette:
    p = QPalette()
    p.setColor(QPalette.ColorRole.Window, QColor("#f3f3f3"))
    p.setColor(QPalette.ColorRole.WindowText, QColor("#1a1a1a"))
    p.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f7f7"))
    p.setColor(QPalette.ColorRole.Text, QColor("#1a1a1a"))
    p.setColor(QPalette.ColorRole.Button, QColor("#ececec"))
    p.setColor(QPalette.ColorRole.ButtonText, QColor("#1a1a1a"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffdc"))
    p.setColor(QPalette.ColorRole.ToolTipText, QColor("#1a1a1a"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#808080"))
    p.setColor(QPalette.ColorRole.Link, QColor("#1a5fb4"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#3d7fd6"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return p


_SYSTEM_PALETTE: QPalette | None = None


def apply_theme(app: QApplication, name: str) -> Colours:
    """Apply ``name`` (system, light or dark) to the application; returns the mark colours."""
    global _SYSTEM_PALETTE
    if _SYSTEM_PALETTE is None:
        _SYSTEM_PALETTE = QPalette(app.palette())
    if name in ("light", "dark"):
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
        app.setPalette(_dark_palette() if name == "dark" else _light_palette())
    else:
        app.setPalette(_SYSTEM_PALETTE)
    return colours_for(app.palette())


def colours_for(palette: QPalette) -> Colours:
    base = DARK if palette.color(QPalette.ColorRole.Base).lightness() < 128 else LIGHT
    return replace(base, text_fg=palette.color(QPalette.ColorRole.Text).name())

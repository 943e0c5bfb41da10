"""The legend's cell swatches can be told apart, and the omission mark stands out, in both palettes."""

from __future__ import annotations

import pytest

from workbench.ui.theme import DARK, LIGHT

BASES = {False: "#ffffff", True: "#1f1f1f"}  # the view's base colour in the light and the dark palette


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _rgb(colour: str) -> tuple[float, float, float]:
    return tuple(_linear(int(colour[k:k + 2], 16) / 255) for k in (1, 3, 5))


def luminance(colour: str) -> float:
    r, g, b = _rgb(colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def lab(colour: str) -> tuple[float, float, float]:
    r, g, b = _rgb(colour)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def delta_e(a: str, b: str) -> float:
    return sum((p - q) ** 2 for p, q in zip(lab(a), lab(b))) ** 0.5


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_reference_and_unique_cells_differ_and_the_omission_mark_is_readable(colours):
    assert delta_e(colours.reference_bg, colours.unique_bg) >= 10  # it was about 5 in the light palette
    assert contrast(colours.empty_fg, BASES[colours.dark]) >= 4.5

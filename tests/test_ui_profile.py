"""The Overview's framing-profile tab on the seeds (offscreen)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from workbench.ui._testsupport import *  # noqa: F403 (fixtures)
from workbench.ui._testsupport import wait_idle


def test_the_overview_shows_the_framing_profile_of_the_compared_outlets(main_window, seeded_project, qtbot):
    window = main_window
    profile = window.overview.profile
    assert window.overview.tabText(2) == "Framing profile" and not profile.svg
    assert window.session.open(seeded_project)
    wait_idle(qtbot, window)
    window.tabs.setCurrentWidget(window.overview)
    window.overview.setCurrentWidget(profile)
    root = ET.fromstring(profile.svg)
    bars = [r for r in root.iter("{http://www.w3.org/2000/svg}rect") if r.get("class") == "bar"]
    assert len({r.get("data-doc") for r in bars}) == len(window.session.comparison.docs) == 5
    assert [o.doc for o in profile.profile.outlets] == window.session.comparison.doc_ids
    assert "Kim Jong Un" in profile.svg and "Diktator" in profile.svg
    chart = profile.chart
    assert chart.renderer.isValid() and chart.isVisible()
    qtbot.waitUntil(lambda: chart.height() > 100)
    box = chart.renderer.viewBoxF()
    assert abs(chart.height() - min(chart.width(), 1400) * box.height() / box.width()) < 3  # aspect ratio kept
    image = chart.grab().toImage()
    assert image.pixelColor(min(chart.width(), 1400) // 2, 8).name() == "#ffffff"  # its own white card, in any palette

"""Help → Guide: offline, English and German, with the shortcuts from the actions and links that act."""

from __future__ import annotations

import pytest

from workbench.ui._testsupport import *  # noqa: F403 (fixtures)
from workbench.ui._testsupport import wait_idle
from workbench.ui.dialogs.guide import guide_html

SECTIONS = ("rows", "dash", "cues", "correct", "annotate", "export", "profile")


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_guide_has_every_section_in_both_languages(language):
    html = guide_html(language)
    for section in SECTIONS:
        assert f'id="{section}"' in html, section
    assert "workbench:demo" in html and "workbench:import" in html
    assert ("Machthaber" in html) and ("Baikonur" in html)  # examples from the demo articles


def test_help_guide_opens_with_the_shortcuts_and_its_demo_link_opens_the_demo(main_window, qtbot):
    from PySide6.QtCore import QUrl

    window = main_window
    assert window.actions_["guide"] in window.menuBar().actions()[-1].menu().actions()
    window.actions_["guide"].trigger()
    dialog = window.guide
    text = dialog.browser.toPlainText()
    assert "five-minute tour" in text or "Tour in fünf Minuten" in text
    assert "Ctrl+I" in text and "Ctrl+E" in text  # shortcuts come from the actions
    dialog.browser.anchorClicked.emit(QUrl("workbench:demo"))
    wait_idle(qtbot, window)
    assert window.session.temporary and len(window.session.documents()) == 5

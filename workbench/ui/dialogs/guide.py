"""Help → Guide: a five-minute tour, the keyboard shortcuts and how to read the framing profile, offline.

The text is data (``resources/guide/guide_<lang>.html``, English and German); the
shortcut table is made from the window's actions, so it never goes out of date.
Links ``workbench:demo`` and ``workbench:import`` start those actions.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from workbench.core.resources import resource_path
from workbench.ui import i18n

SHORTCUT_ACTIONS = ("new", "open", "import_files", "export", "find", "annotate", "undo", "redo", "next_group",
                    "previous_group", "read", "back", "link", "unlink", "split", "merge", "view_comparison",
                    "view_reading", "view_overview", "zoom_in", "zoom_out", "guide")


def guide_html(language: str) -> str:
    path = resource_path("guide", f"guide_{language}.html")
    if not path.is_file():
        path = resource_path("guide", "guide_en.html")
    return path.read_text(encoding="utf-8")


class GuideDialog(QDialog):
    def __init__(self, window, parent=None) -> None:
        super().__init__(parent or window)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Workbench Guide"))
        self.resize(760, 720)
        self.window_ = window
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        language = i18n.choose_language(window.settings.view_str("language", ""))
        self.browser.setHtml(guide_html(language) + self.shortcuts_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def shortcuts_html(self) -> str:
        rows = []
        for name in SHORTCUT_ACTIONS:
            action = self.window_.actions_.get(name)
            if action is None or action.shortcut().isEmpty():
                continue
            label = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
            key = action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)
            rows.append(f"<tr><td><b>{escape(key)}</b></td><td>{escape(label)}</td></tr>")
        heading = escape(self.tr("Keyboard shortcuts"))
        return f"<h2 id='keys'>{heading}</h2><table cellspacing='4'>{''.join(rows)}</table>"

    def _link(self, url: QUrl) -> None:
        target = url.toString()
        actions = {"workbench:demo": "demo", "workbench:import": "import_files"}
        if target in actions:
            self.accept()
            self.window_.actions_[actions[target]].trigger()
        elif target.startswith("#"):
            self.browser.scrollToAnchor(target[1:])

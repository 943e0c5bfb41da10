"""ComparisonPage: the comparison table, or a hint saying why there is nothing to show yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QStackedWidget, QToolButton, QVBoxLayout, QWidget

from workbench.ui.models.comparison_model import ComparisonModel
from workbench.ui.views.comparison_view import ComparisonView
from workbench.ui.text.step_names import step_text


class ComparisonPage(QStackedWidget):
    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ComparisonModel(self)
        self.view = ComparisonView(self.model)
        self.hint = QLabel()
        self.hint.setObjectName("comparisonHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setMargin(20)
        self.bar = QProgressBar()  # long first work (importing the demo): how far it is
        self.bar.setObjectName("comparisonProgress")
        self.bar.setMaximumWidth(420)
        self.bar.setVisible(False)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self._button_row: list[QToolButton] = []
        self.empty = QWidget()
        layout = QVBoxLayout(self.empty)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(self.buttons)
        layout.addStretch(1)
        self.addWidget(self.empty)
        self.addWidget(self.view)
        session.progress.connect(self.show_progress)

    def set_actions(self, actions: list) -> None:
        """Buttons under the hint (new, open, import, demo) for the first steps."""
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.buttons.addWidget(button)
            self._button_row.append(button)
        self.buttons.addStretch(1)

    def hint_text(self) -> str:
        s = self.session
        note = s.comparison.note
        if s.project is None:
            return self.tr("No project open.\n\nCreate a project (File → New Project) or open one — "
                           "or simply drop a few articles about the same event onto this window.")
        if s.loading or (s.runner is not None and s.runner.busy):
            return (s.runner.current_label() if s.runner is not None else "") + "…"
        if note == "too-few-documents":
            return self.tr("Import at least two articles about the same event to compare them:\n"
                           "File → Import Files, or drop files or a folder onto this window.")
        if note == "too-few-selected":
            return self.tr("Tick at least two articles in the Documents panel to compare them.")
        if note == "nothing-aligned":
            return self.tr("These articles have no passages to compare.")
        return self.tr("Nothing to show yet.")

    def show_progress(self, label: str, done: int, total: int, what: str) -> None:
        """While the comparison area waits for its first results: what is being done, and how far."""
        if self.currentWidget() is not self.empty or self.session.project is None:
            return
        if total > 0 and done < total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
            self.bar.setFormat(self.tr("%v of %m"))
            self.bar.setVisible(True)
            detail = f"\n{step_text(what)}" if what else ""
            self.hint.setText(f"{label}… " + self.tr("{done} of {total}").format(done=done, total=total) + detail)
        else:
            self.bar.setVisible(False)

    def _busy(self) -> bool:
        return self.session.runner is not None and self.session.runner.busy

    def refresh(self) -> None:
        comparison = self.session.comparison
        if comparison.is_empty:
            self.hint.setText(self.hint_text())
            self.bar.setVisible(self.bar.isVisible() and self._busy())
            starting = self.session.project is None or comparison.note == "too-few-documents"
            for button in self._button_row:
                button.setVisible(starting and not self.session.loading and not self._busy())
            self.setCurrentWidget(self.empty)
        else:
            self.setCurrentWidget(self.view)

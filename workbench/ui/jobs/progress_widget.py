"""ProgressWidget: what the worker is doing, how far it got, and a Cancel button (in the status bar)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from workbench.ui.text.step_names import step_text


class ProgressWidget(QWidget):
    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("progressWidget")
        self.session = session
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setFixedWidth(180)
        self.bar.setTextVisible(False)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("cancelButton")
        self.cancel.clicked.connect(session.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        session.progress.connect(self._progress)
        session.busyChanged.connect(self._busy)
        self._busy(False)

    def _progress(self, label: str, done: int, total: int, what: str) -> None:
        self.label.setText(label + "…")
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)
        if what:
            step = step_text(what)
            self.label.setToolTip(step)
            self.bar.setToolTip(step)

    def _busy(self, busy: bool) -> None:
        self.setVisible(busy)
        if busy:
            self.bar.setRange(0, 0)
            runner = self.session.runner
            self.label.setText((runner.current_label() if runner else "") + "…")

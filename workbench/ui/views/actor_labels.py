"""The actor-label table: how each outlet names the people, states and groups of the story.

``ActorLabelModel`` is a thin table adapter over ``Comparison.actor_labels``
(``Project.label_table``): one row per actor and label, one column per
compared outlet, the number of uses in each cell. ``ActorLabelsPanel`` shows
it with the actions that add, merge and remove actors (undoable; the cues are
then recomputed in the worker).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMenu, QTableView, QToolButton,
                               QVBoxLayout, QWidget)

from workbench.ui.dialogs import actor_dialogs
from workbench.ui.controllers.commands import EntityCommand
from workbench.comparison.model import Comparison
from workbench.ui.text.cue_names import class_name
from workbench.ui.theme import LIGHT, Colours

ACTOR, LABEL, KIND = range(3)
FIXED = 3  # columns before the outlets
USE_ROLE = Qt.ItemDataRole.UserRole + 1  # (actor, doc, label) of a count cell
KIND_HUES = {"loaded_negative": "#dc2626", "loaded_positive": "#16a34a", "ideological": "#7c3aed", "leaning": "#0891b2",
             "colloquial": "#ea580c"}  # the tint of a count says what kind of label it is (neutral: grey)


@dataclass
class LabelLine:
    entity: str
    label: str
    counts: dict[str, int] = field(default_factory=dict)  # doc -> uses
    first: bool = False  # the first line of its actor
    cls: str = ""  # the lexicon class of the label (e.g. loaded_negative)


def label_lines(comparison: Comparison) -> list[LabelLine]:
    """The table's rows: per actor (most used first), its labels in the compared outlets, most used first."""
    docs = comparison.doc_ids
    lines: list[LabelLine] = []
    for entry in comparison.actor_labels:
        entity, per_doc = entry["entity"], entry["labels"]
        totals: dict[str, dict[str, int]] = {}
        for doc in docs:
            for label, n in per_doc.get(doc, {}).items():
                totals.setdefault(label, {})[doc] = n
        ordered = sorted(totals.items(), key=lambda kv: (-sum(kv[1].values()), kv[0].casefold()))
        for n, (label, counts) in enumerate(ordered):
            uses = next((u for d in counts for u in comparison.label_uses(entity, d, label)[:1]), None)
            lines.append(LabelLine(entity, label, counts, n == 0, uses.cls if uses else ""))
    return lines


class ActorLabelModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._comparison = Comparison()
        self._lines: list[LabelLine] = []
        self._colours: Colours = LIGHT

    def set_comparison(self, comparison: Comparison, colours: Colours | None = None) -> None:
        self.beginResetModel()
        self._comparison = comparison
        self._lines = label_lines(comparison)
        if colours is not None:
            self._colours = colours
        self.endResetModel()

    @property
    def comparison(self) -> Comparison:
        return self._comparison

    def line(self, row: int) -> LabelLine:
        return self._lines[row]

    def doc(self, column: int) -> str | None:
        return self._comparison.doc_ids[column - FIXED] if column >= FIXED else None

    def blocks(self) -> list[tuple[int, int]]:
        """(first row, number of rows) of each actor."""
        starts = [n for n, line in enumerate(self._lines) if line.first] + [len(self._lines)]
        return [(a, b - a) for a, b in zip(starts, starts[1:])]

    def entities(self) -> list[str]:
        return [line.entity for line in self._lines if line.first]

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() or not self._lines:
            return 0
        return FIXED + len(self._comparison.doc_ids)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._lines) or not 0 <= index.column() < self.columnCount():
            return None
        line, column = self._lines[index.row()], index.column()
        doc = self.doc(column)
        count = line.counts.get(doc, 0) if doc else 0
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ACTOR:
                return line.entity
            if column == LABEL:
                return line.label
            if column == KIND:
                return class_name(line.cls)
            return str(count) if count else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if doc is None:
                aliases = self._comparison.entities.get(line.entity)
                return self.tr("Also called: {names}").format(names=", ".join(aliases)) if aliases else None
            if not count:
                return self.tr("{outlet} does not call {actor} “{label}”").format(
                    outlet=self._comparison.label(doc), actor=line.entity, label=line.label)
            return self.tr("{outlet} calls {actor} “{label}” {n}× — click to show the first use").format(
                outlet=self._comparison.label(doc), actor=line.entity, label=line.label, n=count)
        if role == Qt.ItemDataRole.TextAlignmentRole and doc is not None:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ACTOR:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.BackgroundRole and count:
            colour = QColor(KIND_HUES.get(line.cls, "#8a8a8a"))
            colour.setAlpha(min(170, 45 + 30 * count))
            return colour
        if role == Qt.ItemDataRole.FontRole and column == ACTOR:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == KIND:
            return QColor(KIND_HUES.get(line.cls, self._colours.empty_fg))
        if role == USE_ROLE and count:
            return (line.entity, doc, line.label)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if section >= FIXED:
            doc = self._comparison.doc_ids[section - FIXED]
            if role == Qt.ItemDataRole.DisplayRole:
                return self._comparison.label(doc)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(self._colours.outlet(section - FIXED))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Actor"), self.tr("Label"), self.tr("Kind"))[section]
        return None


class ActorLabelsPanel(QWidget):
    labelActivated = Signal(str, str, str)  # actor, doc, label: show its first use

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("actorLabelsPanel")
        self.session = session
        self.model = ActorLabelModel(self)
        self.intro = QLabel(self.tr(
            "How each outlet names the people, states and groups of the story, in its own words (quotations are "
            "left out). Click a number to see the first use. If one actor appears under two names, merge them; "
            "add an actor the detection missed."))
        self.intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("actorLabelTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.buttons = QHBoxLayout()
        self._actions: list = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def set_actions(self, actions: list) -> None:
        """Add, merge and remove actor: as buttons under the table and in its context menu."""
        self._actions = list(actions)
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self._update_actions()

    def set_comparison(self, comparison: Comparison, colours: Colours) -> None:
        self.model.set_comparison(comparison, colours)
        self.table.clearSpans()
        for first, rows in self.model.blocks():
            if rows > 1:
                self.table.setSpan(first, ACTOR, rows, 1)
        header = self.table.horizontalHeader()
        if self.model.columnCount():
            header.setSectionResizeMode(ACTOR, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
            for c in range(FIXED, self.model.columnCount()):
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        if self.model.rowCount():
            self.empty.hide()
        else:
            self.empty.setText(self.tr("No actor labels found in the compared articles.") if comparison.docs
                               else self.tr("Nothing compared yet."))
            self.empty.show()
        self._update_actions()

    def _update_actions(self) -> None:
        comparison = self.model.comparison
        ready = self.session.project is not None and bool(comparison.docs)
        names = self.actor_names()
        for action in self._actions:
            name = action.objectName()
            if name.endswith("merge_actors"):
                action.setEnabled(ready and len(names) >= 2)
            elif name.endswith("remove_actor"):
                action.setEnabled(ready and bool(comparison.entities))
            else:
                action.setEnabled(ready)

    # -- which actors ------------------------------------------------------------------------
    def actor_names(self) -> list[str]:
        names = self.model.entities()
        return names + sorted(n for n in self.model.comparison.entities if n not in names)

    def selected_actors(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
        current = self.table.currentIndex()
        if not rows and current.isValid():
            rows = [current.row()]
        return list(dict.fromkeys(self.model.line(r).entity for r in rows))

    def _clicked(self, index) -> None:
        use = index.data(USE_ROLE) if index.isValid() else None
        if use:
            self.labelActivated.emit(*use)

    def _context_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addActions(self._actions)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # -- the user's edits (undoable) --------------------------------------------------------------
    def add_actor(self) -> None:
        answer = actor_dialogs.ask_new_actor(self)
        if answer:
            self.session.undo_stack.push(EntityCommand.add(self.session, *answer))

    def merge_actors(self) -> None:
        chosen = self.selected_actors()
        answer = actor_dialogs.ask_merge(self, self.actor_names(), *(chosen + ["", ""])[:2])
        if answer and answer[0] != answer[1]:
            self.session.undo_stack.push(EntityCommand.merge(self.session, *answer))

    def remove_actor(self) -> None:
        defined = sorted(self.model.comparison.entities)
        chosen = next((n for n in self.selected_actors() if n in defined), "")
        name = actor_dialogs.ask_remove(self, defined, chosen)
        if name:
            self.session.undo_stack.push(EntityCommand.remove(self.session, name))

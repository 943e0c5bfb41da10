"""What the app remembers between runs (QSettings, INI format in the user's config folder).

Tests point QSettings at a temporary folder with ``QSettings.setPath``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Workbench"
APPLICATION = "Workbench"
MAX_RECENT = 10


def _key(path: str | Path) -> str:
    return hashlib.sha1(str(Path(path).resolve()).encode()).hexdigest()[:16]


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)

    # -- typed access -----------------------------------------------------
    def _bool(self, key: str, default: bool) -> bool:
        value = self.store.value(key, default)
        return value in (True, "true", "1", 1) if not isinstance(value, bool) else value

    def _int(self, key: str, default: int) -> int:
        try:
            value = self.store.value(key, default)
            return int(value) if isinstance(value, (str, bytes, int, float)) else default
        except (TypeError, ValueError):
            return default

    def _list(self, key: str) -> list[str]:
        value = self.store.value(key, [])
        if value in (None, ""):
            return []
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]

    # -- projects ----------------------------------------------------------
    def recent_projects(self) -> list[str]:
        return [p for p in self._list("projects/recent") if Path(p).exists()]

    def add_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        recent = [p for p in self._list("projects/recent") if p != path]
        self.store.setValue("projects/recent", ([path] + recent)[:MAX_RECENT])

    def clear_recent(self) -> None:
        self.store.setValue("projects/recent", [])

    @property
    def last_project(self) -> str | None:
        value = self.store.value("projects/last", "")
        return str(value) if value and Path(str(value)).exists() else None

    @last_project.setter
    def last_project(self, path: str | Path | None) -> None:
        self.store.setValue("projects/last", str(Path(path).resolve()) if path else "")

    def selection(self, path: str | Path) -> list[str] | None:
        key = f"selection/{_key(path)}"
        return self._list(key) if self.store.contains(key) else None

    def set_selection(self, path: str | Path, docs: list[str]) -> None:
        self.store.setValue(f"selection/{_key(path)}", list(docs))

    # -- window --------------------------------------------------------------
    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        return self.store.value("window/geometry"), self.store.value("window/state")

    def set_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)

    # -- view ----------------------------------------------------------------
    def view_bool(self, name: str, default: bool = False) -> bool:
        return self._bool(f"view/{name}", default)

    def set_view(self, name: str, value) -> None:
        self.store.setValue(f"view/{name}", value)

    def view_int(self, name: str, default: int = 0) -> int:
        return self._int(f"view/{name}", default)

    def view_list(self, name: str, default: list[str] | None = None) -> list[str] | None:
        key = f"view/{name}"
        return self._list(key) if self.store.contains(key) else default

    def view_str(self, name: str, default: str = "") -> str:
        value = self.store.value(f"view/{name}", default)
        return str(value) if value is not None else default

    def sync(self) -> None:
        self.store.sync()

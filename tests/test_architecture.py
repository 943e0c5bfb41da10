"""Boundaries the architecture promises (docs/architecture.md): Qt only in workbench/ui, core on the standard
library, SQLite only in the store, no module over 500 lines, the import-linter contracts."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "workbench"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize(
    "module", sorted(p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts)
)
def test_no_qt_outside_ui(module):
    qt = {n for n in _imports(PACKAGE / module) if n.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"}}
    assert not qt, f"{module} imports {qt}; Qt belongs in workbench/ui"


def test_core_uses_only_the_standard_library():
    allowed = set(sys.stdlib_module_names) | {"workbench"}
    for path in (PACKAGE / "core").rglob("*.py"):
        for name in _imports(path):
            top = name.split(".")[0]
            assert top in allowed, f"{path.name} imports {name}"
            if top == "workbench":
                assert name.startswith("workbench.core"), f"{path.name} imports {name}"


def test_only_the_store_talks_to_sqlite():
    """The one exception is the user's analysis cache, which is part of the store package too."""
    for path in PACKAGE.rglob("*.py"):
        if "store" in path.relative_to(PACKAGE).parts:
            continue
        sql = {n for n in _imports(path) if n.split(".")[0] in {"sqlite3", "sqlite_utils"}}
        assert not sql, f"{path.relative_to(PACKAGE)} imports {sql}; SQLite belongs in workbench/store"


def test_no_module_over_500_lines():
    long = {p.relative_to(PACKAGE).as_posix(): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500}
    assert not long, long


def test_the_architecture_document_names_every_package():
    doc = (PACKAGE.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    packages = [p for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()]
    missing = [f"workbench/{p.name}" for p in packages if f"`workbench/{p.name}" not in doc]
    missing += [f"ui/{p.name}/" for p in (PACKAGE / "ui").iterdir()
                if (p / "__init__.py").is_file() and f"`ui/{p.name}/`" not in doc]
    assert not missing, missing


def test_import_linter_contracts():
    exe = Path(sys.executable).with_name("lint-imports")
    if not exe.exists():
        pytest.fail("import-linter is not installed: pip install -e '.[test]'")
    result = subprocess.run([str(exe)], cwd=PACKAGE.parent, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr

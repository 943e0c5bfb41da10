"""Shared fixtures. GUI tests run without a display."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "test.wbproj"

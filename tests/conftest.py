"""Shared fixtures. GUI tests run without a display."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Analyses are cached per user (store/analysis_cache.py): the tests use a cache of their own.
os.environ.setdefault("WORKBENCH_CACHE_DIR", tempfile.mkdtemp(prefix="workbench-test-cache-"))
# Backups go to the user's data folder (store/backups.py): the tests use one of their own, never the real home.
os.environ.setdefault("WORKBENCH_DATA_DIR", tempfile.mkdtemp(prefix="workbench-test-data-"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "test.wbproj"


@pytest.fixture(scope="session")
def prepared_seeds(tmp_path_factory) -> Path:
    """The seeds imported, aligned and with cues detected, once per test run (copy it before changing it)."""
    from workbench.project import Project

    path = tmp_path_factory.mktemp("prepared") / "seeds.wbproj"
    with Project.open(path, create=True) as p:
        p.import_sources([str(SEEDS)], workers=1)
        p.align()
        p.detect_cues()
    return path

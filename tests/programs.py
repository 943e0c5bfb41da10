"""Outside programs some tests need (Chromium, desktop-file-validate, appstreamcli).

Where a program is missing the test is skipped with a reason that says what to
install, so the README's test command passes on a bare machine. CI installs
the programs and sets ``WORKBENCH_REQUIRE_PROGRAMS=1``: there a missing
program fails the test instead, so CI always runs them.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REQUIRE = "WORKBENCH_REQUIRE_PROGRAMS"


def require_program(*names: str, install: str, env: str | None = None) -> str:
    """The path of the first of ``names`` found (or ``$env``); skip (fail under CI) when none is."""
    candidates = [os.environ.get(env) if env else None, *(shutil.which(n) for n in names)]
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return candidate
    reason = f"{names[0]} is not installed ({install})"
    if os.environ.get(REQUIRE) == "1":
        pytest.fail(f"{reason}; {REQUIRE}=1 demands it")
    pytest.skip(reason)

"""A process killed in the middle of an import leaves a project that opens, whole documents only."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing

from workbench.project import Project
from tests.conftest import ROOT

SCRIPT = """
import sys
from workbench.project import Project
with Project.open(sys.argv[1], create=True) as p:
    p.import_sources([sys.argv[2]], workers=1)
"""


def test_killed_import_leaves_whole_documents(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for i in range(300):
        text = seeds[i % 5].read_text(encoding="utf-8")
        (folder / f"a{i:03d}.txt").write_text(f"Meldung {i}.\n\n{text}", encoding="utf-8")
    path = tmp_path / "p.wbproj"
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, str(path), str(folder)], cwd=ROOT)
    deadline = time.time() + 60
    while time.time() < deadline:  # wait until some documents are in, then kill without warning
        if path.exists():
            try:
                with sqlite3.connect(path, timeout=1) as conn:
                    if conn.execute("SELECT count(*) FROM documents").fetchone()[0] >= 3:
                        break
            except sqlite3.Error:
                pass
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Project.open(path) as project:
        docs = project.documents()
        assert 0 < len(docs) < 300
        for doc in docs:
            analysis = project.analysis(doc.id)
            assert analysis is not None and analysis.segments and analysis.tokens
        with closing(sqlite3.connect(path)) as conn:  # the file itself, read beside the open project
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        report = project.import_sources([str(folder)], workers=1)  # the rest can be imported afterwards
        assert report.ok and len(project.documents()) == 300

"""Two processes writing one project at once: both succeed, nothing is corrupted."""

from __future__ import annotations

import multiprocessing as mp
import sqlite3

from workbench.store import ProjectStore
from tests.test_store import analysis_of, article


def _writer(path: str, prefix: str, n: int) -> int:
    store = ProjectStore.open(path, create=True)
    try:
        for i in range(n):
            text = f"{prefix} {i}: Putin traf Kim. Sie sprachen lange über Nummer {i}."
            store.add_document(article(text, source=f"{prefix}{i}.txt"), analysis_of(text), word_count=10)
            store.update_metadata(f"{prefix}{i}.txt", outlet=prefix)
    finally:
        store.close()
    return n


def test_two_processes_write_one_project(tmp_path):
    path = str(tmp_path / "shared.wbproj")
    ctx = mp.get_context("spawn")
    with ctx.Pool(2) as pool:
        results = pool.starmap(_writer, [(path, "A", 40), (path, "B", 40)])
    assert results == [40, 40]
    with ProjectStore.open(path) as store:
        assert store.document_count() == 80
        outlets = [d.outlet for d in store.documents()]
        assert outlets.count("A") == 40 and outlets.count("B") == 40
        assert store.db.execute("SELECT count(*) FROM segments").fetchone()[0] == 160
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()

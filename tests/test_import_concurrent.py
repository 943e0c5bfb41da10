"""Two imports of the same files at once, in two processes (issue 16, item 13): no raw UNIQUE error;
whichever stores an article first has it, the other reports it as already in the project."""

from __future__ import annotations

import multiprocessing as mp
import time
from pathlib import Path

from workbench.project import Project
from tests.conftest import ROOT


def _import(path: str, folder: str, go: str) -> list[tuple[str, str, str]]:
    while not Path(go).exists():  # both start together, so both read the files before either stores one
        time.sleep(0.01)
    with Project.open(path, create=True) as project:
        report = project.import_sources([folder], workers=1)
    return [(Path(o.source).name, o.status, o.reason or "") for o in report.outcomes]


def test_two_processes_importing_the_same_files(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for i in range(8):
        (folder / f"a{i}.txt").write_text(f"Meldung {i}.\n\n" + seeds[i % 5].read_text(encoding="utf-8"),
                                          encoding="utf-8")
    path = tmp_path / "p.wbproj"
    with Project.open(path, create=True):
        pass
    go = tmp_path / "go"
    ctx = mp.get_context("spawn")
    with ctx.Pool(2) as pool:
        pending = pool.starmap_async(_import, [(str(path), str(folder), str(go))] * 2)
        time.sleep(0.5)
        go.touch()
        reports = pending.get(timeout=240)
    names = sorted(p.name for p in folder.iterdir())
    for report in reports:
        assert sorted(name for name, _, _ in report) == names
        for name, status, reason in report:
            assert "UNIQUE" not in reason and "could not be stored" not in reason, (name, reason)
            assert status in ("imported", "duplicate"), (name, status, reason)
            if status == "duplicate":
                assert reason.startswith("already in the project as d"), reason
    imported = [name for report in reports for name, status, _ in report if status == "imported"]
    assert sorted(imported) == names  # each file imported exactly once, by one of the two
    with Project.open(path) as project:
        docs = project.documents()
        assert sorted(Path(d.source or "").name for d in docs) == names
        for doc in docs:
            assert project.analysis(doc.id) is not None


def test_the_store_refuses_a_text_another_connection_stored_meanwhile(tmp_path):
    import pytest

    from workbench.core.errors import ErrorCode, StoreError
    from workbench.store import ProjectStore
    from tests.test_store import analysis_of, article

    path = str(tmp_path / "p.wbproj")
    text = "Putin traf Kim. Sie sprachen lange über die Lage."
    with ProjectStore.open(path, create=True) as first, ProjectStore.open(path) as second:
        assert first.find_by_sha(article(text).sha256) is None and second.find_by_sha(article(text).sha256) is None
        doc = first.add_document(article(text), analysis_of(text), word_count=8)
        with pytest.raises(StoreError) as caught:
            second.add_document(article(text, source="again.txt"), analysis_of(text), word_count=8)
        assert caught.value.code is ErrorCode.DUPLICATE
        assert str(caught.value) == f"already in the project as {doc.id}"
        assert second.document_count() == 1

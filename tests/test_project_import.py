"""Import end to end through the Project facade: seeds, bad input, duplicates, metadata."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.project import Project
from tests.conftest import SEED_FILES


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    path = tmp_path_factory.mktemp("p") / "seeds.wbproj"
    with Project.open(path, create=True) as project:
        report = project.import_sources([str(SEED_FILES[0].parent)], workers=1)
    return path, report


def test_seeds_import_byte_for_byte(seeded):
    path, report = seeded
    assert report.ok and len(report.imported) == 5
    with Project.open(path) as project:
        docs = project.documents()
        assert [d.source for d in docs] == [p.name for p in SEED_FILES]
        for doc, seed in zip(docs, SEED_FILES):
            full = project.document(doc.id)
            assert full.text == seed.read_bytes().decode("utf-8")
            assert full.language == "de"
            assert full.word_count > 300


def test_seed_manifest_metadata_applied(seeded):
    path, _ = seeded
    manifest = json.loads((SEED_FILES[0].parent / "manifest.json").read_text(encoding="utf-8"))["documents"]
    with Project.open(path) as project:
        for doc in project.documents():
            entry = manifest[doc.source]
            assert doc.title == entry["title"]
            assert doc.outlet == entry["outlet"]
            assert doc.published == entry["published"]


def test_segments_and_tokens_are_stored(seeded):
    path, _ = seeded
    with Project.open(path) as project:
        for doc in project.documents():
            analysis = project.analysis(doc.id)
            full = project.document(doc.id)
            assert analysis is not None and analysis.segments and analysis.tokens
            assert {s.kind for s in analysis.segments} <= {"headline", "sentence", "boilerplate"}
            for t in analysis.tokens[:50]:
                assert full.text[t.start : t.end].strip()


def test_duplicates_are_skipped(seeded, tmp_path):
    path, _ = seeded
    copy = tmp_path / "again.txt"
    copy.write_bytes(SEED_FILES[1].read_bytes())
    with Project.open(path) as project:
        report = project.import_sources([str(copy), str(SEED_FILES[2])], workers=1)
        assert report.ok
        assert [o.status for o in report.outcomes] == ["duplicate", "duplicate"]
        assert "already in the project as d2" in report.outcomes[0].reason
        assert len(project.documents()) == 5


def test_bad_input_is_reported_and_the_rest_imported(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "table.xlsx").write_bytes(b"PK\x03\x04junk")
    (folder / "script.html").write_text("<html><body><script>alert(1)</script></body></html>", encoding="utf-8")
    (folder / "good.txt").write_text("Putin traf Kim am Mittwoch. Sie sprachen über Raketen und Satelliten.\n", encoding="cp1252")
    events = []
    with Project.open(tmp_path / "p.wbproj", create=True) as project:
        project.subscribe(events.append)
        report = project.import_sources([str(folder)], workers=1)
        assert not report.ok
        statuses = {Path(o.source).name: o.status for o in report.outcomes}
        assert statuses == {
            "binary.txt": "error", "empty.txt": "error", "good.txt": "imported", "script.html": "error", "table.xlsx": "error",
        }
        for o in report.failed:
            assert o.reason and o.code
        assert [d.source for d in project.documents()] == ["good.txt"]
        assert project.documents()[0].title == "Putin traf Kim am Mittwoch."
    assert [e.kind for e in events] == ["documents-added"]


def test_cancel_stops_before_anything_half_done(tmp_path):
    with Project.open(tmp_path / "p.wbproj", create=True) as project:
        report = project.import_sources([str(p) for p in SEED_FILES], workers=1, cancel=lambda: True)
        assert report.cancelled and not report.ok
        assert project.documents() == []


def test_progress_is_reported(tmp_path):
    seen = []
    with Project.open(tmp_path / "p.wbproj", create=True) as project:
        project.import_sources([str(SEED_FILES[0])], workers=1, progress=lambda d, t, w: seen.append((d, t)))
    assert seen[-1] == (1, 1)


def test_metadata_edit_emits_event(seeded):
    path, _ = seeded
    events = []
    with Project.open(path) as project:
        project.subscribe(events.append)
        doc = project.update_metadata("d3", outlet="Unbekannt")
        assert doc.outlet == "Unbekannt"
        project.update_metadata("d3", outlet="")
        assert project.document("d3").outlet is None
    assert [e.docs for e in events] == [("d3",), ("d3",)]

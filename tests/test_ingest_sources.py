"""collect_sources: folders expanded, litter and the seeds manifest skipped."""

from __future__ import annotations

import json
import os
from pathlib import Path

from workbench.ingest import collect_sources


def touch(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folder_expanded_recursively_and_sorted(tmp_path: Path) -> None:
    for name in ["b.txt", "A.html", "sub/c.docx", "sub/deeper/d.pdf", "tabelle.xlsx", "Z/e.md"]:
        touch(tmp_path / name)
    for name in [".hidden.txt", ".git/config", "sub/.DS_Store", "Thumbs.db", "sub/desktop.ini", "~$bericht.docx"]:
        touch(tmp_path / name)
    found = [os.path.relpath(path, tmp_path) for path in collect_sources([str(tmp_path)])]
    expected = ["A.html", "b.txt", "sub/c.docx", "sub/deeper/d.pdf", "tabelle.xlsx", "Z/e.md"]
    assert found == [name.replace("/", os.sep) for name in expected]


def test_seeds_manifest_is_skipped_other_manifests_kept(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    touch(seeds / "manifest.json", json.dumps({"schema": "workbench-manifest/1", "documents": []}))
    touch(seeds / "000.txt")
    other = tmp_path / "other"
    touch(other / "manifest.json", json.dumps({"name": "some web app"}))
    touch(other / "broken" / "manifest.json", "{not json")
    assert collect_sources([str(seeds)]) == [str(seeds / "000.txt")]
    assert collect_sources([str(other)]) == [str(other / "broken" / "manifest.json"), str(other / "manifest.json")]


def test_files_urls_and_missing_paths_kept_as_given(tmp_path: Path) -> None:
    hidden = touch(tmp_path / ".versteckt.txt")
    args = ["https://example.org/a?b=1", str(hidden), str(tmp_path / "fehlt.txt"), "HTTP://EXAMPLE.ORG/X"]
    assert collect_sources(args) == args


def test_repeats_are_dropped(tmp_path: Path) -> None:
    path = touch(tmp_path / "a.txt")
    assert collect_sources([str(path), str(tmp_path), str(path)]) == [str(path)]


def test_real_seeds_folder() -> None:
    seeds = Path(__file__).parent.parent / "seeds"
    found = collect_sources([str(seeds)])
    assert found == sorted(str(path) for path in seeds.glob("*.txt"))

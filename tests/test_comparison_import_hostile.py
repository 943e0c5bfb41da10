"""A comparison JSON is checked in full before anything is written (issue 16, items 6 and 8): hostile files
are refused with one line and leave the project as it was, checksums are computed from the text, control
characters are cleaned as in every import (offsets follow), and the size limit holds for these texts too."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path

import pytest

from workbench.core.errors import WorkbenchError
from workbench.project import Project, annotating

TEXT_A = "Putin traf Kim in Wladiwostok. Der Diktator sprach lange über Raketen."
TEXT_B = "Kim reiste mit dem Zug nach Russland. Dort traf er Putin zu Gesprächen."


def comparison(**changes) -> dict:
    i = TEXT_A.index("Diktator")
    data = {
        "schema": "workbench-comparison/1",
        "documents": [
            {"id": "d1", "text": TEXT_A, "outlet": "A", "language": "de", "sha256": "x"},
            {"id": "d2", "text": TEXT_B, "outlet": "B", "language": "de"},
        ],
        "annotations": [{"note": "Wertung", "codes": ["Akteur"], "targets": [
            {"doc": "d1", "start": i, "end": i + 8, "quote": "Diktator"}]}],
        "codes": [{"name": "Akteur", "colour": "#aa0000", "description": ""}],
    }
    data.update(changes)
    return data


def write(tmp_path: Path, data: dict | str, name: str = "c.json") -> str:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")  # lone surrogates as \u escapes
    return str(path)


def with_target(**target) -> dict:
    data = comparison()
    data["annotations"][0]["targets"][0].update(target)
    return data


def with_note(note: str) -> dict:
    data = comparison()
    data["annotations"][0]["note"] = note
    return data


def with_text(text: str) -> dict:
    data = comparison()
    data["documents"][1]["text"] = text
    return data


HOSTILE = {
    "codes is a number": (comparison(codes=5), "codes should be a list, not a number (5)"),
    "documents is an object": (comparison(documents={"d1": 1}), "documents should be a list"),
    "infinite offset": (json.dumps(with_target(end=float("inf"))), "should be a whole number, not a number (inf)"),
    "offset 2**64": (with_target(end=2**64), "bad target"),
    "negative offset": (with_target(start=-1), "bad target -1.."),
    "end before start": (with_target(start=20, end=10), "bad target 20..10"),
    "beyond the text": (with_target(end=len(TEXT_A) + 1), "bad target"),
    "fractional offset": (with_target(start=1.5), "should be a whole number"),
    "lone surrogate in a text": (with_text("Kim \ud800 reiste."), "lone surrogate"),
    "lone surrogate in a note": (with_note("Wert\udfffung"), "lone surrogate"),
    "code named NUL": (comparison(codes=[{"name": "\x00"}]), "a code needs a name"),
    "code named nothing": (comparison(codes=[{"name": "  "}]), "a code needs a name"),
    "annotation code is a number": (with_note("x") | {"annotations": [{"codes": [5], "targets": []}]},
                                    "codes 1 should be text"),
    "two documents, one id": (comparison(documents=[comparison()["documents"][0]] * 2), "the same id"),
    "nested 100,000 deep": ('{"schema": "workbench-comparison/1", "groups": ' + "[" * 100_000 + "]" * 100_000 + "}",
                            "nested too deeply"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_comparison_is_refused_in_one_line_and_changes_nothing(case, tmp_path, project_path):
    data, message = HOSTILE[case]
    path = write(tmp_path, data)
    with Project.open(project_path, create=True) as p:
        with pytest.raises(WorkbenchError) as err:
            p.import_comparison(path, workers=1)
        assert message in str(err.value) and "c.json" in str(err.value) and "\n" not in str(err.value)
        assert (p.documents(), p.codes(), p.annotations()) == ([], [], [])


def test_a_text_over_the_limit_is_refused(tmp_path, project_path, monkeypatch):
    monkeypatch.setattr(annotating, "_max_chars", lambda: 70)
    with Project.open(project_path, create=True) as p:
        with pytest.raises(WorkbenchError, match=r"document 2 \(d2\) is too long \(71 characters; the limit is 70\)"):
            p.import_comparison(write(tmp_path, comparison()), workers=1)
        assert p.documents() == []


def test_a_forged_checksum_is_recomputed_and_poisons_nothing(tmp_path, project_path):
    forged = comparison(annotations=[], codes=[])
    forged["documents"] = [{"id": "d1", "text": TEXT_A, "language": "de",
                            "sha256": hashlib.sha256(TEXT_B.encode()).hexdigest()}]
    real = comparison(annotations=[], codes=[])
    real["documents"] = [{"id": "d9", "text": TEXT_B, "language": "de"}]
    with Project.open(project_path, create=True) as p:
        p.import_comparison(write(tmp_path, forged, "forged.json"), workers=1)
        assert p.document("d1").sha256 == hashlib.sha256(TEXT_A.encode()).hexdigest()
        second = p.import_comparison(write(tmp_path, real, "real.json"), workers=1)
        assert [o.status for o in second.outcomes] == ["imported"]
        assert p.document("d2").text == TEXT_B


def test_control_characters_are_cleaned_and_offsets_follow(tmp_path, project_path):
    text = "Erster\x00 Satz.\r\nDer \x01Diktator\x7f sprach.\x0bEnde."
    i = text.index("Diktator")
    data = comparison(codes=[{"name": "Ak\x00teur"}])
    data["documents"] = [{"id": "d1", "text": text, "language": "de", "outlet": "Blatt\x02"}]
    data["annotations"] = [{"note": "No\x00tiz", "codes": ["Ak\x00teur"], "targets": [
        {"doc": "d1", "start": i - 1, "end": i + 9, "quote": "\x01Diktator\x7f"},
        {"doc": "d1", "start": 6, "end": 7, "quote": "\x00"}]}]
    with Project.open(project_path, create=True) as p:
        report = p.import_comparison(write(tmp_path, data), workers=1)
        stored = p.document("d1")
        assert stored.text == "Erster Satz.\nDer Diktator sprach.\nEnde." and stored.outlet == "Blatt"
        assert stored.sha256 == hashlib.sha256(stored.text.encode()).hexdigest()
        (a,) = p.annotations()
        assert (a.note, a.codes, report.detached) == ("Notiz", ["Akteur"], 0)
        assert [(t.quote, t.detached) for t in a.targets] == [("Diktator", False)]
        assert stored.text[a.targets[0].start : a.targets[0].end] == "Diktator"


def test_an_exported_comparison_still_round_trips(tmp_path, project_path):
    data = comparison()
    with Project.open(project_path, create=True) as p:
        report = p.import_comparison(write(tmp_path, copy.deepcopy(data)), workers=1)
        assert report.ok and report.annotations_added == 1 and not report.detached
        assert [c.name for c in p.codes()] == ["Akteur"]

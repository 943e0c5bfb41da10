"""JSON, CSV and REFI-QDA exports, importing a comparison JSON (round trip), atomic writes, and the CLI."""

from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from workbench.cli import cli
from workbench.core.models import Span
from workbench.project import Project
from tests.conftest import ROOT, SEEDS


XSD = ROOT / "tests" / "data" / "qdpx" / "Project-mrt2019.xsd"
QDA = "{urn:QDA-XML:project:1.0}"


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("formats") / "seeds.wbproj"
    with Project.open(path, create=True) as p:
        p.import_sources([str(SEEDS)], workers=1)
        p.align()
        p.detect_cues()
        p.add_code("Akteursbezeichnung", "#aa0000", "wie Personen benannt werden")
        i = p.document("d1").text.index("Diktator")
        p.link_to_group(p.annotate([Span("d1", i, i + 8)], "Wertung „Diktator“", ["Akteursbezeichnung"]).id)
        j = p.document("d4").text.index("Raketenstartanlage")
        p.annotate([Span("d4", j, j + 18)], "", ["Ort", "Akteursbezeichnung"])
    return path


@pytest.fixture
def project(prepared, tmp_path) -> Path:
    path = tmp_path / "p.wbproj"
    shutil.copy(prepared, path)
    return path


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_json_is_the_contract_with_annotations_and_codes(project, tmp_path):
    out = tmp_path / "c.json"
    result = run("export", project, "-o", out)
    assert result.exit_code == 0 and "wrote" in result.output and "2 annotations" in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "workbench-comparison/1"
    assert {"documents", "segments", "groups", "alignments", "unique", "cues", "annotations"} <= set(data)
    texts = {d["id"]: d["text"] for d in data["documents"]}
    first = data["annotations"][0]
    assert set(first) == {"id", "note", "codes", "targets", "created", "modified"}
    assert first["note"] == "Wertung „Diktator“" and first["codes"] == ["Akteursbezeichnung"]
    for a in data["annotations"]:
        for t in a["targets"]:
            assert texts[t["doc"]][t["start"] : t["end"]] == t["quote"]
    for c in data["cues"]:
        assert texts[c["doc"]][c["start"] : c["end"]] == c["text"] and c["shown"]
    assert {"name": "Ort", "colour": "#1f77b4", "description": ""} in data["codes"]  # first free palette colour
    narrow = json.loads((tmp_path / "n.json").read_text() if run("export", project, "-o", tmp_path / "n.json",
                        "--outlets", "d1,d2", "--cues", "none").exit_code == 0 else "{}")
    assert [d["id"] for d in narrow["documents"]] == ["d1", "d2"] and narrow["cues"] == []
    assert {m["doc"] for g in narrow["groups"] for m in g["members"]} <= {"d1", "d2"}
    assert [len(a["targets"]) for a in narrow["annotations"]] == [2]  # d3's target and the d4-only note left out


def test_csv_folder_and_zip(project, tmp_path):
    assert run("export", project, "--format", "csv", "-o", tmp_path / "tables").exit_code == 0
    files = sorted(p.name for p in (tmp_path / "tables").iterdir())
    assert files == ["annotations.csv", "codes.csv", "cues.csv", "documents.csv", "groups.csv", "related.csv",
                     "unique.csv"]
    with Project.open(project) as p:
        texts = {d.id: p.document(d.id).text for d in p.documents()}
        group_ids = {g.id for g in p.alignment().groups}
    related = list(csv.DictReader((tmp_path / "tables" / "related.csv").open(encoding="utf-8", newline="")))
    assert related and all(set(r["groups"].split()) <= group_ids for r in related)
    assert all(texts[r["doc"]][int(r["start"]) : int(r["end"])] == r["text"] for r in related)
    groups = list(csv.DictReader((tmp_path / "tables" / "groups.csv").open(encoding="utf-8", newline="")))
    assert list(groups[0]) == ["group", "score", "doc", "outlet", "start", "end", "reference", "text"]
    for row in groups:
        assert texts[row["doc"]][int(row["start"]) : int(row["end"])] == row["text"]
    notes = list(csv.DictReader((tmp_path / "tables" / "annotations.csv").open(encoding="utf-8", newline="")))
    assert len(notes) == 4 and notes[0]["quote"] == "Diktator" and notes[0]["codes"] == "Akteursbezeichnung"
    assert notes[-1]["codes"] == "Ort; Akteursbezeichnung" and notes[0]["detached"] == "0"
    raw = (tmp_path / "tables" / "cues.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and "Süddeutsche Zeitung".encode() in raw
    assert run("export", project, "-o", tmp_path / "t.zip", "--excerpts").exit_code == 0
    with zipfile.ZipFile(tmp_path / "t.zip") as zf:
        assert "unique.csv" not in zf.namelist() and "related.csv" not in zf.namelist()
        assert "groups.csv" in zf.namelist()
        rows = list(csv.DictReader(io.StringIO(zf.read("annotations.csv").decode("utf-8"))))
    assert {r["annotation"] for r in rows} == {"a1"}  # the note on a passage only AP has is not an excerpt


def _qde(path: Path) -> tuple[etree._ElementTree, dict[str, bytes]]:
    with zipfile.ZipFile(path) as zf:
        return etree.parse(io.BytesIO(zf.read("project.qde"))), {n: zf.read(n) for n in zf.namelist() if n != "project.qde"}


def test_qdpx_validates_against_the_refi_qda_schema(project, tmp_path):
    result = run("export", project, "-o", tmp_path / "p.qdpx", "--cues-as-codes")
    assert result.exit_code == 0, result.output
    tree, sources = _qde(tmp_path / "p.qdpx")
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    assert schema.validate(tree), schema.error_log
    root = tree.getroot()
    assert root.tag == f"{QDA}Project"
    codes = {c.get("name"): c for c in root.iter(f"{QDA}Code")}
    assert codes["Akteursbezeichnung"].get("color") == "#aa0000" and codes["Framing cues"].get("isCodable") == "false"
    assert {"actor_label", "hedge"} <= {c.get("name") for c in codes["Framing cues"]}
    assert sorted(n.split("/")[0] for n in sources) == ["sources"] * 5
    texts = {}
    for source in root.iter(f"{QDA}TextSource"):
        name = source.get("plainTextPath").removeprefix("internal://")
        body = sources[f"sources/{name}"]
        assert not body.startswith(b"\xef\xbb\xbf") and b"\r" not in body
        texts[source.get("guid")] = body.decode("utf-8")
        for sel in source.iter(f"{QDA}PlainTextSelection"):
            assert 0 <= int(sel.get("startPosition")) < int(sel.get("endPosition")) <= len(texts[source.get("guid")])
    diktator = [s for s in root.iter(f"{QDA}PlainTextSelection") if s.get("name", "").startswith("a1:")]
    (source,) = [s for s in root.iter(f"{QDA}TextSource") if diktator[0] in s.iter()]
    start, end = int(diktator[0].get("startPosition")), int(diktator[0].get("endPosition"))
    assert texts[source.get("guid")][start:end] == "Diktator"  # positions are code points of exactly that text
    coded = [c.get("targetGUID") for c in diktator[0].iter(f"{QDA}CodeRef")]
    assert coded == [codes["Akteursbezeichnung"].get("guid")]
    assert [n.find(f"{QDA}PlainTextContent").text for n in root.iter(f"{QDA}Note")] == ["Wertung „Diktator“"]
    run("export", project, "-o", tmp_path / "again.qdpx", "--cues-as-codes")
    again, _ = _qde(tmp_path / "again.qdpx")
    guids = lambda t: sorted(e.get("guid") for e in t.iter() if e.get("guid"))  # noqa: E731
    assert guids(again) == guids(tree)  # stable: uuid5 of the project and each item's id


def test_import_round_trip_keeps_documents_and_annotations(project, tmp_path):
    first = tmp_path / "first.json"
    assert run("export", project, "-o", first).exit_code == 0
    other = tmp_path / "other.wbproj"
    result = run("import", other, first)
    assert result.exit_code == 0, result.output
    assert "5 articles imported, 2 annotations imported" in result.output
    second = tmp_path / "second.json"
    assert run("export", other, "-o", second).exit_code == 0
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    keys = ("id", "title", "outlet", "published", "url", "source", "language", "sha256", "text", "author")
    assert [{k: d[k] for k in keys} for d in a["documents"]] == [{k: d[k] for k in keys} for d in b["documents"]]
    assert a["annotations"] == b["annotations"]  # ids, notes, codes, targets, timestamps
    assert a["codes"] == b["codes"]
    assert a["groups"] == b["groups"] and len(a["cues"]) == len(b["cues"])  # recomputed, the same
    again = run("import", other, first)
    assert again.exit_code == 0 and "0 annotations imported, 2 already present" in again.output
    assert again.output.count("already in the project as") == 5


def test_import_reanchors_moved_quotes_and_keeps_lost_ones_detached(project, tmp_path):
    out = tmp_path / "c.json"
    run("export", project, "-o", out, "--outlets", "d1,d2")
    data = json.loads(out.read_text(encoding="utf-8"))
    target = data["annotations"][0]["targets"][0]
    target["start"] += 25
    target["end"] += 25  # offsets off, quote right: found once nearby
    data["annotations"][0]["targets"][1]["quote"] = "kommt nirgends vor"
    data["documents"][1]["text"] += "\nNachtrag."  # a different text: a new document, offsets still valid
    data["documents"][1]["sha256"] = "0" * 64
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with Project.open(tmp_path / "fresh.wbproj", create=True) as p:
        report = p.import_comparison(str(out), workers=1)
        assert report.ok and (report.reanchored, report.detached, report.annotations_added) == (1, 1, 1)
        (a,) = p.annotations()
        assert (a.targets[0].quote, a.targets[0].detached) == ("Diktator", False)
        assert p.document("d1").text[a.targets[0].start : a.targets[0].end] == "Diktator"
        assert a.targets[1].detached and a.targets[1].quote == "kommt nirgends vor"


def test_cli_import_mixes_comparisons_and_files_and_reports_bad_json(project, tmp_path):
    out = tmp_path / "c.json"
    run("export", project, "-o", out, "--outlets", "d1,d2")
    target = tmp_path / "mixed.wbproj"
    result = run("import", target, out, SEEDS / "004_d429acaccbe4d770.txt", "--workers", "1")
    assert result.exit_code == 0, result.output
    assert "imported d3:" in result.output and "1 annotations imported" in result.output
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema": "workbench-comparison/1", "documents": [{"id": "d1"}]}', encoding="utf-8")
    bad = run("import", target, broken)
    assert bad.exit_code == 1 and "broken.json: document 1 has no id or no text" in bad.output


def test_export_errors_and_atomic_writes(project, tmp_path, monkeypatch):
    assert run("export", project, "-o", tmp_path / "x.json", "--excerpts").exit_code == 1
    wrong = run("export", project, "-o", tmp_path / "x.html", "--cues", "hedge,frames")
    assert wrong.exit_code == 1 and "unknown cue family frames" in wrong.output
    assert run("export", project, "-o", tmp_path / "x.json", "--worksheet").exit_code == 2
    assert run("export", project, "-o", tmp_path / "x.txt").exit_code == 1
    assert run("export", project, "-o", tmp_path / "x.html", "--outlets", "d1,d9").exit_code == 1
    page = tmp_path / "keep.html"
    page.write_text("old", encoding="utf-8")
    import workbench.export.report_html as report_html

    def broken(bundle):
        raise RuntimeError("disk full")

    monkeypatch.setattr(report_html, "render_report", broken)
    with Project.open(project) as p, pytest.raises(RuntimeError):
        p.export(str(page))
    assert page.read_text(encoding="utf-8") == "old"
    monkeypatch.undo()
    with Project.open(project) as p:
        p.export(str(page))
        p.export(str(tmp_path / "keep.qdpx"))
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(x.name for x in tmp_path.iterdir() if x.name.startswith(".")) == []  # no temp files left


def test_a_single_article_exports_without_groups(tmp_path):
    with Project.open(tmp_path / "one.wbproj", create=True) as p:
        p.import_sources([str(SEEDS / "001_45e3a0037ed7798c.txt")], workers=1)
        p.annotate([Span("d1", 20, 61)], "Schlagzeile", ["Titel"])
        assert p.export(str(tmp_path / "one.qdpx"))["annotations"] == 1
        p.export(str(tmp_path / "one.html"))
        data = json.loads((tmp_path / "one.json").read_text() if p.export(str(tmp_path / "one.json")) else "{}")
    assert data["groups"] == [] and data["annotations"][0]["targets"][0]["quote"].startswith("Kim unterstützt")
    assert "Schlagzeile" in (tmp_path / "one.html").read_text(encoding="utf-8")

"""Exports other programs accept, whatever the texts hold (issue 16, items 9, 10, 12): CSV cells that a
spreadsheet would run as formulas are neutralised, QDPX holds only characters XML allows and is checked
before it is written, and a NUL character in a text detaches nothing."""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from workbench.comparison import compare
from workbench.core import Analysis, ExtractedArticle, Segment
from workbench.core.annotation_models import Annotation, Code, Target
from workbench.core.errors import WorkbenchError
from workbench.core.models import AlignmentResult, Document, Span
from workbench.export import qdpx
from workbench.export.bundle import ExportBundle
from workbench.export.tables_csv import tables
from workbench.project import Project
from workbench.store import ProjectStore
from tests.conftest import ROOT

XSD = ROOT / "tests" / "data" / "qdpx" / "Project-mrt2019.xsd"
STAMP = "2024-05-01T10:00:00Z"
NUL_TEXT = "Erster Satz.\x00" + "x" * 9000 + " Der Diktator sprach\x01 lange. Ende."


def bundle(docs: list[Document], annotations: list[Annotation] = (), codes: list[Code] = ()) -> ExportBundle:
    result = AlignmentResult([], [], [Span(d.id, 0, len(d.text)) for d in docs], [d.id for d in docs], "")
    return ExportBundle("t", "workbench test", "uuid-1", compare(docs, result, annotations=annotations, lay_out=False),
                        list(codes))


def test_csv_cells_that_would_be_formulas_are_neutralised():
    doc = Document("d1", "=1+1 steht hier. -5 Grad.", title="+1+1", outlet="=HYPERLINK(\"http://x\",\"y\")",
                   author="@SUM(A1)", url="\tlink", published="\rx", word_count=5)
    note = Annotation("a1", "-2 minus", ["=code", "Ort"], [Target("d1", 0, 4, "=1+1")], STAMP, STAMP)
    files = tables(bundle([doc], [note], [Code("=code", "#123456", "@desc", 1)]))
    rows = {name: list(csv.DictReader(io.StringIO(body, newline=""))) for name, body in files.items()}
    d = rows["documents.csv"][0]
    assert d["outlet"] == "'=HYPERLINK(\"http://x\",\"y\")" and d["title"] == "'+1+1" and d["author"] == "'@SUM(A1)"
    assert d["url"] == "'\tlink" and d["published"] == "'\rx" and d["words"] == "5"  # numbers stay numbers
    u = rows["unique.csv"][0]
    assert u["text"] == "'=1+1 steht hier. -5 Grad." and u["start"] == "0"
    a = rows["annotations.csv"][0]
    assert a["note"] == "'-2 minus" and a["quote"] == "'=1+1" and a["codes"] == "'=code; Ort"
    assert rows["codes.csv"][0]["code"] == "'=code" and rows["codes.csv"][0]["description"] == "'@desc"


def test_qdpx_leaves_out_what_xml_forbids_and_keeps_offsets(tmp_path):
    text = "Ein\x01 Text\x00 mit \x1f Steuerzeichen und einem Diktator."
    doc = Document("d1", text, title="Titel\x02", outlet="Blatt\x0b", sha256="s")
    i = text.index("Diktator")
    note = Annotation("a1", "Notiz\x01 mit\x00 Null", ["Wer\x03tung"], [Target("d1", i, i + 8, "Diktator")], STAMP, STAMP)
    data, counts = qdpx.build_qdpx(bundle([doc], [note], [Code("Wer\x03tung", "#aa0000", "Be\x07schreibung")]))
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        tree = etree.parse(io.BytesIO(zf.read("project.qde")))  # lxml refuses what is not well-formed
        source = next(zf.read(n) for n in zf.namelist() if n.startswith("sources/")).decode("utf-8")
    assert etree.XMLSchema(etree.parse(str(XSD))).validate(tree)
    assert len(source) == len(text) and source[i : i + 8] == "Diktator" and "\x00" not in source
    xml = etree.tostring(tree, encoding="unicode")
    assert "Notiz mit Null" in xml and 'name="Wertung"' in xml and "Beschreibung" in xml and counts["selections"] == 1


def test_qdpx_refuses_what_would_not_parse(monkeypatch):
    def broken(bundle):
        return b"<Project><unclosed></Project>", {}, {}

    monkeypatch.setattr(qdpx, "project_xml", broken)
    with pytest.raises(WorkbenchError, match="well-formed XML"):
        qdpx.build_qdpx(bundle([Document("d1", "Text.")]))


def _add(store: ProjectStore, text: str) -> str:
    article = ExtractedArticle(text=text, source="nul.txt", sha256=hashlib.sha256(text.encode()).hexdigest(),
                               extractor="text", outlet="O")
    analysis = Analysis([Segment(0, 12, "headline"), Segment(13, len(text), "sentence")], [], "test/1")
    return store.add_document(article, analysis, word_count=9).id


def test_a_nul_character_detaches_nothing_and_qdpx_keeps_the_annotation(project_path: Path, tmp_path: Path):
    with ProjectStore.open(project_path, create=True) as store:
        _add(store, NUL_TEXT)
    with Project.open(project_path) as p:
        i = NUL_TEXT.index("Diktator")
        a = p.annotate([Span("d1", i, i + 8)], "nach dem NUL", ["Wertung"])
        assert not a.detached and not p.annotation(a.id).detached
        assert p.document("d1").text == NUL_TEXT
        summary = p.export(str(tmp_path / "nul.qdpx"))
    assert summary["selections"] == 1 and summary["skipped"] == 0
    with zipfile.ZipFile(tmp_path / "nul.qdpx") as zf:
        etree.parse(io.BytesIO(zf.read("project.qde")))

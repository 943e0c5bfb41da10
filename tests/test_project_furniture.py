"""Furniture through the facade: recurring lines and the user's marks reach alignment, cues and exports."""

from __future__ import annotations

from workbench.core.models import Span
from workbench.project import Project

A = ("Putin empfängt Kim im Kosmodrom\n\nJetzt den Morgen-Newsletter bestellen\n\n"
     "Kremlchef Wladimir Putin hat Nordkoreas Machthaber Kim Jong Un im Kosmodrom Wostotschny empfangen. "
     "Die beiden sprachen nach Angaben des Kremls fünf Stunden lang. "
     "Kim dürfte Munition liefern, vermuten Experten.\n")
B = ("Kim trifft Putin\n\nJetzt den Morgen-Newsletter bestellen\n\n"
     "Russlands Präsident Wladimir Putin hat den nordkoreanischen Staatschef Kim Jong Un im Kosmodrom Wostotschny "
     "empfangen. Die Gespräche dauerten laut Kreml etwa zwei Stunden.\n")


def make(tmp_path) -> Project:
    for name, text in (("a.txt", A), ("b.txt", B)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    project = Project.open(tmp_path / "p.wbproj", create=True)
    report = project.import_sources([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert report.ok
    return project


def kind_of(project: Project, doc: str, needle: str) -> str:
    text = project.document(doc).text
    at = text.index(needle)
    return next(s.kind for s in project.segments(doc) if s.start <= at < s.end)


def covered(result, doc: str, start: int, end: int) -> bool:
    spans = [m for g in result.groups for m in g.members] + list(result.unique)
    return any(m.doc == doc and m.start < end and start < m.end for m in spans)


def test_a_line_recurring_in_several_outlets_is_furniture_everywhere(tmp_path):
    with make(tmp_path) as project:
        d1, d2 = [d.id for d in project.documents()]
        assert kind_of(project, d1, "Newsletter") == kind_of(project, d2, "Newsletter") == "boilerplate"
        assert kind_of(project, d1, "Putin empfängt Kim") == "headline"
        result = project.align()
        start = A.index("Jetzt den")
        assert not covered(result, d1, start, start + 30)
        assert all(s.kind != "boilerplate" or "Newsletter" in A[s.start:s.end] for s in project.analysis(d1).segments)


def test_marking_a_sentence_as_furniture_takes_it_out_of_alignment_and_cues_until_marked_as_text(tmp_path):
    with make(tmp_path) as project:
        d1 = project.documents()[0].id
        start = A.index("Kim dürfte")
        end = A.index("Experten.") + len("Experten.")
        assert kind_of(project, d1, "Kim dürfte") == "sentence"
        assert any(c.span.doc == d1 and start <= c.span.start < end for c in project.detect_cues())

        mark = project.mark_furniture(Span(d1, start, end), furniture=True)
        assert kind_of(project, d1, "Kim dürfte") == "boilerplate"
        result = project.align()
        assert not covered(result, d1, start, end)
        assert not any(c.span.doc == d1 and start <= c.span.start < end for c in project.detect_cues())
        exported = project.comparison_json(result)
        assert {"doc": d1, "start": start, "end": end, "kind": "boilerplate"} in exported["segments"]

        project.mark_furniture(Span(d1, start, end), furniture=False)
        assert kind_of(project, d1, "Kim dürfte") == "sentence"
        project.remove_correction(mark)
        assert kind_of(project, d1, "Kim dürfte") == "sentence"
        assert covered(project.align(), d1, start, end)


def test_marks_survive_reopening(tmp_path):
    with make(tmp_path) as project:
        d1 = project.documents()[0].id
        start = A.index("Die beiden")
        project.mark_furniture(Span(d1, start, start + 20), furniture=True)
    with Project.open(tmp_path / "p.wbproj") as again:
        assert kind_of(again, d1, "Die beiden") == "boilerplate"


def test_exports_list_furniture_only_on_request(tmp_path):
    with make(tmp_path) as project:
        plain = tmp_path / "plain.html"
        project.export(str(plain))
        assert "Newsletter" not in plain.read_text(encoding="utf-8").split('id="texts"')[0]
        listed = tmp_path / "listed.html"
        project.export(str(listed), furniture=True)
        html = listed.read_text(encoding="utf-8")
        section = html.split('id="furniture"')[1].split("</section>")[0]
        assert "Jetzt den Morgen-Newsletter bestellen" in section
        project.export(str(tmp_path / "tables"), "csv", furniture=True)
        assert "Newsletter" in (tmp_path / "tables" / "furniture.csv").read_text(encoding="utf-8")
        project.export(str(tmp_path / "plain_tables"), "csv")
        assert not (tmp_path / "plain_tables" / "furniture.csv").exists()


"""The HTML export: report and worksheet content, options, self-containment, and untrusted article text."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import lxml.html
import pytest

from workbench.core.models import Span
from workbench.project import Project
from tests.conftest import SEEDS

SCRIPT = "<script>document.title='pwned'</script>"
IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned',1)\">"
PAYLOAD = f"Das Weiße Haus warnte: {SCRIPT} und {IMG} sowie </style><style>body{{display:none}}</style> zum Schluss."


@pytest.fixture(scope="module")
def seeds_project(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("html") / "seeds.wbproj"
    with Project.open(path, create=True) as p:
        p.import_sources([str(SEEDS)], workers=1)
        p.align()
        p.detect_cues()
        text = p.document("d1").text
        i = text.index("Diktator")
        a = p.annotate([Span("d1", i, i + 8)], "Wertende Bezeichnung für Kim", ["Akteursbezeichnung"])
        p.link_to_group(a.id)
        j = p.document("d4").text.index("Raketenstartanlage")
        p.annotate([Span("d4", j, j + 18)], "Nur AP nennt den Ort so.", ["Ort"])
    return path


def make_evil_project(folder: Path) -> Path:
    """Two seed articles carrying markup and script in their text, title, outlet and URL, plus a note."""
    source = folder / "articles"
    source.mkdir(parents=True)
    seeds = sorted(SEEDS.glob("*.txt"))[:2]
    for n, seed in enumerate(seeds):
        (source / f"evil{n}.txt").write_text(seed.read_text(encoding="utf-8") + "\n\n" + PAYLOAD + "\n", encoding="utf-8")
    manifest = {"schema": "workbench-manifest/1", "documents": {
        "evil0.txt": {"outlet": f"Evil {IMG}", "title": f"</style>{SCRIPT}<b>bold</b>", "published": "2023-09-13",
                      "url": "javascript:document.title='pwned'"},
        "evil1.txt": {"outlet": "Zweite <i>Zeitung</i>", "title": "Harmlos", "url": "https://example.org/a?x=1&y=<2>"}}}
    (source / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    path = folder / "evil.wbproj"
    with Project.open(path, create=True) as p:
        p.import_sources([str(source)], workers=1)
        p.align()
        text = p.document("d1").text
        i = text.index(SCRIPT)
        p.annotate([Span("d1", i, i + len(SCRIPT))], f"Notiz mit {SCRIPT} und {IMG}", [f"code {IMG}"])
    return path


@pytest.fixture(scope="module")
def evil_project(tmp_path_factory) -> Path:
    return make_evil_project(tmp_path_factory.mktemp("evil"))


_COMPOUND = re.compile(r"([\w*-]*)((?:[.#][\w-]+|\[[\w-]+(?:=[^\]]+)?\])*)")


def select(tree, css: str) -> list:
    """A small CSS subset (tag.class#id[attr=value], descendant and child combinators, commas) as XPath."""
    paths = []
    for alternative in css.split(","):
        xpath, axis = ".", "//"
        for token in alternative.replace(">", " > ").split():
            if token == ">":
                axis = "/"
                continue
            tag, rest = _COMPOUND.fullmatch(token).groups()
            tests = []
            for part in re.findall(r"[.#][\w-]+|\[[^\]]+\]", rest):
                if part[0] == ".":
                    tests.append(f"contains(concat(' ', normalize-space(@class), ' '), ' {part[1:]} ')")
                elif part[0] == "#":
                    tests.append(f"@id='{part[1:]}'")
                else:
                    name, _, value = part[1:-1].partition("=")
                    tests.append(f"@{name}={value.strip(chr(34))!r}" if value else f"@{name}")
            xpath += f"{axis}{tag or '*'}" + "".join(f"[{t}]" for t in tests)
            axis = "//"
        paths.append(xpath)
    return tree.xpath(" | ".join(paths))


def export(project: Path, out: Path, **options) -> str:
    with Project.open(project) as p:
        p.export(str(out), **options)
    return out.read_text(encoding="utf-8")


def test_report_shows_articles_comparison_notes_coverage_and_labels(seeds_project, tmp_path):
    page = export(seeds_project, tmp_path / "r.html")
    tree = lxml.html.fromstring(page)
    assert tree.get("lang") == "de"
    articles = [td.text_content() for td in select(tree, "table.articles td")]
    assert "Kronen Zeitung" in articles and "2023-09-13" in articles and "Kim unterstützt Putin im „heiligen Krieg“" in articles
    headings = [th.text_content() for th in select(tree, "table.cmp thead th")][1:]
    assert headings[:2] == ["Süddeutsche Zeitung", "Kronen Zeitung"] and len(headings) == 5
    assert select(tree, "table.cmp span.changed") and select(tree, "table.cmp div.reference")
    assert select(tree, "table.cmp mark.cue.cue-actor_label") and select(tree, "table.cmp tr.unique")
    related = select(tree, "table.cmp div.related-mark")  # leads that sum up facts: linked to their rows
    assert related and "verwandt mit den Zeilen" in related[0].text_content()
    assert all(a.get("href").startswith("#g") for a in select(tree, "table.cmp div.related-mark a"))
    markers = [a.get("href") for a in select(tree, "table.cmp sup.marker a")]
    # Numbered in reading order: the reference outlet's rows first (the label note, linked in 3 outlets),
    # then what only another outlet reports (AP's place name).
    assert markers == ["#note-1", "#note-1", "#note-1", "#note-2"]
    note = tree.get_element_by_id("note-1").text_content()
    assert "Wertende Bezeichnung für Kim" in note and "Akteursbezeichnung" in note
    assert "Diktator" in note and "Kronen Zeitung" in note
    assert "Nur AP nennt den Ort so." in tree.get_element_by_id("note-2").text_content()
    matrix = select(tree, "table.matrix tbody tr")
    with Project.open(seeds_project) as p:
        assert len(matrix) == len(p.alignment().groups)
    assert "●" in matrix[0].text_content()
    labels = select(tree, "section.labels table")[0].text_content()
    assert "Kim Jong Un" in labels and "Diktator" in labels
    assert select(tree, "section.cue-list h3") and select(tree, "section.full-texts article.fulltext")
    assert len(select(tree, "article.fulltext")) == 5


def test_page_is_self_contained_and_script_free(seeds_project, tmp_path):
    page = export(seeds_project, tmp_path / "r.html")
    tree = lxml.html.fromstring(page)
    assert not select(tree, "script, link, img, iframe, object, embed, base, form")
    assert not [e for e in tree.iter() if isinstance(e.tag, str) and (e.get("src") or e.get("srcset"))]
    for a in select(tree, "a"):
        assert a.get("href").startswith(("#", "http://", "https://"))
    (style,) = select(tree, "style")
    css = style.text
    assert "url(" not in css and "@import" not in css
    csp = select(tree, 'meta[http-equiv="Content-Security-Policy"]')[0].get("content")
    assert "default-src 'none'" in csp and "script-src" not in csp.replace("default-src", "")
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in csp  # the one stylesheet is allowed by its hash, nothing else
    assert not [e for e in tree.iter() if isinstance(e.tag, str) and e.get("style")]  # inline styles would be blocked
    assert "@media (max-width: 720px)" in css and "@media print" in css  # stacks on phones; prints
    assert "size: A4 landscape" in css and "table-layout: fixed" in css and "overflow-wrap: anywhere" in css


def test_options_outlets_cues_and_excerpts(seeds_project, tmp_path):
    page = export(seeds_project, tmp_path / "o.html", outlets=["d2", "d1"], cues=["hedge"], language="en")
    tree = lxml.html.fromstring(page)
    assert [th.text_content() for th in select(tree, "table.cmp thead th")][1:] == ["Kronen Zeitung", "Süddeutsche Zeitung"]
    families = {c for m in select(tree, "mark.cue") for c in m.get("class").split() if c.startswith("cue-")}
    assert families == {"cue-hedge"}
    assert "Side by side" in page and tree.get("lang") == "en"
    assert "Associated Press" not in select(tree, "table.cmp")[0].text_content()
    none = lxml.html.fromstring(export(seeds_project, tmp_path / "n.html", cues=[]))
    assert not select(none, "mark.cue")
    full = lxml.html.fromstring(export(seeds_project, tmp_path / "f.html"))
    short = lxml.html.fromstring(export(seeds_project, tmp_path / "e.html", excerpts=True))
    assert not select(short, "tr.unique") and not select(short, "section.full-texts")
    assert len(select(short, "tr.group")) == len(select(full, "tr.group"))
    assert [a.get("href") for a in select(short, "table.cmp sup.marker a")] == ["#note-1"] * 3  # the AP-only note left out
    full_text = "\n".join(e.text_content() for e in select(full, "table.cmp td.cell"))
    short_text = "\n".join(e.text_content() for e in select(short, "table.cmp td.cell"))
    assert "Raketenstartanlage" in full_text and "Raketenstartanlage" not in short_text


def test_worksheet_hides_highlights_and_has_tasks_and_answers(seeds_project, tmp_path):
    page = export(seeds_project, tmp_path / "w.html", worksheet=True)
    tree = lxml.html.fromstring(page)
    toggles = select(tree, "body > input.toggle[type=checkbox]")
    assert [t.get("id") for t in toggles] == ["show-diff", "show-cues", "show-notes"] and not any(t.get("checked") for t in toggles)
    assert {lab.get("for") for lab in select(tree, ".toolbar label")} == {"show-diff", "show-cues", "show-notes"}
    css = select(tree, "style")[0].text
    assert ".worksheet .hideable .changed { background: none; }" in css
    assert "#show-diff:checked ~ main .hideable .changed" in css and "#show-cues:checked ~ main .hideable mark.cue" in css
    assert not [m for m in select(tree, "mark.cue") if m.get("title")]  # no answers on hover
    tasks = [li.text_content() for li in select(tree, "section.tasks ol.tasks > li")]
    assert any("Welche Wörter verwenden die einzelnen Medien für Kim Jong Un" in t for t in tasks)
    assert any("Welche Medien berichten Folgendes, und welche lassen es weg?" in t for t in tasks)
    assert any("Verben, mit denen Zitate eingeleitet werden" in t for t in tasks)
    assert select(tree, "section.tasks table.fill") and select(tree, "section.tasks .lines span")
    assert not select(tree, "details.answers") and "Diktator (" not in page  # the students' sheet has no key
    teacher = lxml.html.fromstring((tmp_path / "w-lehrkraft.html").read_text(encoding="utf-8"))
    (answers,) = select(teacher, "details.answers")
    assert answers.get("open") is not None and select(answers, "summary")[0].text_content() == "Lösungen"
    key = answers.text_content()
    assert "berichtet von:" in key and "weggelassen von:" in key and "Diktator" in key
    assert select(answers, "table.labels") and select(answers, "table.matrix") and select(answers, "ol.cues")
    english = export(seeds_project, tmp_path / "w_en.html", worksheet=True, language="en")
    assert "Which words does each outlet use for Kim Jong Un" in english
    assert "Answer key" in (tmp_path / "w_en-teacher.html").read_text(encoding="utf-8")


def test_untrusted_text_is_never_markup(evil_project, tmp_path):
    page = export(evil_project, tmp_path / "evil.html")
    worksheet = export(evil_project, tmp_path / "evil_ws.html", worksheet=True)
    for html in (page, worksheet):
        assert "<script" not in html.lower() and "<img" not in html.lower() and "<b>" not in html
        assert html.count("<style>") == 1 and html.count("</style>") == 1  # ours; the article's is text
        tree = lxml.html.fromstring(html)
        assert not select(tree, "script, img, b, i")
        handlers = [(e.tag, k) for e in tree.iter() if isinstance(e.tag, str) for k in e.attrib if k.lower().startswith("on")]
        assert handlers == []
        shown = tree.text_content()
        assert SCRIPT in shown and IMG in shown and "</style><style>body{display:none}</style>" in shown
        assert f"Evil {IMG}" in shown and f"</style>{SCRIPT}<b>bold</b>" in shown
        hrefs = [a.get("href") for a in select(tree, "a")]
        assert not [h for h in hrefs if h.lower().startswith("javascript")]
        assert "https://example.org/a?x=1&y=<2>" in hrefs  # a real URL stays a link, escaped in the attribute
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in page
    assert re.search(r'data-outlet="Evil &lt;img src=x onerror=&#34;document', page)  # attribute values escaped too


def test_both_sides_of_a_diff_are_marked(seeds_project, tmp_path):
    """The reference passage shows which of its words another outlet replaces or leaves out (it used to show none)."""
    tree = lxml.html.fromstring(export(seeds_project, tmp_path / "r.html"))
    assert select(tree, "table.cmp div.reference span.removed") and select(tree, "table.cmp span.changed")
    css = select(tree, "style")[0].text
    assert ".removed { background: var(--removed); }" in css and ".worksheet .hideable .removed" in css


def test_a_german_worksheet_has_no_english_class_names_nor_file_names(seeds_project, tmp_path):
    page = export(seeds_project, tmp_path / "w.html", worksheet=True)
    teacher = (tmp_path / "w-lehrkraft.html").read_text(encoding="utf-8")
    key = teacher.split('id="answers"')[1].split('class="answers-extra"')[0]  # the printed key (cue explanations: issue 12)
    for english in ("loaded_negative", "negative)", "intensifier", "emphatic", "hedge", "(adverb)"):
        assert english not in key, english
    from workbench.export.worksheet import CLASS_NAMES_DE

    assert any(f"({name})" in key for name in CLASS_NAMES_DE.values())
    assert ".txt" not in page.split('id="tasks"')[0]
    assert 'id="texts"' not in page  # full texts only on request in a worksheet
    assert 'id="texts"' in export(seeds_project, tmp_path / "w2.html", worksheet=True, full_texts=True)


def test_the_title_names_the_event_not_the_first_outlets(seeds_project, tmp_path):
    tree = lxml.html.fromstring(export(seeds_project, tmp_path / "w.html", worksheet=True))
    assert select(tree, "h1")[0].text_content() == "Arbeitsblatt: Kim Jong Un und Wladimir Putin, 13.09.2023"
    own = lxml.html.fromstring(export(seeds_project, tmp_path / "o.html", title="Meine Stunde"))
    assert select(own, "h1")[0].text_content() == "Meine Stunde"


def test_worksheet_level_and_the_teachers_own_tasks(seeds_project, tmp_path):
    def tasks(page: str) -> list[str]:
        return [li.text_content() for li in select(lxml.html.fromstring(page), "section.tasks ol.tasks > li")]

    full = tasks(export(seeds_project, tmp_path / "ii.html", worksheet=True))
    basic = tasks(export(seeds_project, tmp_path / "i.html", worksheet=True, level="I",
                         own_tasks=["Sucht eine Überschrift, die ihr selbst schreiben würdet.", " "]))
    assert len(basic) < len(full)
    assert any("Überschrift, die ihr selbst" in t for t in basic)
    assert "Sachlichsten" in basic[-1] or "sachlichsten" in basic[-1]  # own tasks come before the closing question
    with pytest.raises(Exception, match="unknown level"):
        export(seeds_project, tmp_path / "x.html", worksheet=True, level="III")


def test_two_outlets_report_only_rows_both_share(seeds_project, tmp_path):
    """Issue 14: the report for d1 and d3 counts the groups both outlets are in, as the app does."""
    from workbench.comparison.restrict import restrict

    page = export(seeds_project, tmp_path / "two.html", outlets=["d1", "d3"], language="de")
    tree = lxml.html.fromstring(page)
    rows = select(tree, "table.cmp tr.group")
    assert rows and all(len([td for td in row.findall("td")[1:] if "filled" in td.get("class", "")]) == 2
                        for row in rows)
    with Project.open(seeds_project) as p:
        view = restrict(p.alignment(), ["d1", "d3"])
    assert len(rows) == len(view.groups)
    assert f"{len(view.groups)} Gruppen paralleler Passagen" in page


def test_each_cue_has_a_numbered_note_with_its_explanation(seeds_project, tmp_path):
    """Issue 14: the explanation is visible in print and on touch screens, not only as hover text."""
    import re

    page = export(seeds_project, tmp_path / "r.html")
    refs = re.findall(r'<sup class="cue-ref"><a href="#cue-(\d+)">\1</a></sup>', page)
    assert refs and [int(n) for n in refs] == list(range(1, len(refs) + 1))  # numbered in reading order
    for n in refs[:5]:
        item = re.search(rf'<li id="cue-{n}" value="{n}"><q>[^<]+</q> <span class="where">\([^)]+\)</span> ([^<]+)', page)
        assert item and len(item.group(1)) > 20, n
    sheet = export(seeds_project, tmp_path / "w.html", worksheet=True)
    assert 'class="cue-ref"' not in sheet  # a worksheet would give the answers away


def test_a_wide_comparison_lists_each_rows_outlets_instead_of_a_table(tmp_path):
    """More outlets than WIDE_COLUMNS: no table of mostly empty columns, no full texts unless asked."""
    from workbench.export.report_html import WIDE_COLUMNS

    folder = tmp_path / "many"
    folder.mkdir()
    n = WIDE_COLUMNS + 2
    for k in range(n):
        (folder / f"a{k:02d}.txt").write_text(
            f"Bericht {k} über den Gipfel\n\nDer Kanzler traf am Montag den Präsidenten in Berlin. "
            f"Sie sprachen über Handel und Klima. Meldung Nummer {k} nennt weitere {k + 3} Punkte der Agenda.\n",
            encoding="utf-8")
    project = tmp_path / "many.wbproj"
    with Project.open(project, create=True) as p:
        p.import_sources([str(folder)])
    page = export(project, tmp_path / "wide.html")
    assert 'class="stack' in page and 'class="cell empty"' not in page
    assert 'id="texts"' not in page and 'id="profile"' not in page
    assert page.count('<span class="outlet">') >= n  # every outlet's passage named where it stands
    full = export(project, tmp_path / "full.html", full_texts=True)
    assert 'id="texts"' in full

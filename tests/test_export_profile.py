"""The framing profile: cues per 1,000 words by family and the actors' labels, as numbers, as SVG and in the report."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import lxml.html
import pytest

from workbench.core.models import CUE_CATEGORIES, Cue, Document, Span
from workbench.export.profile import framing_profile, profile_svg
from workbench.export.wording import CUE_COLOURS
from tests.test_export_html import IMG, evil_project, export, seeds_project, select  # noqa: F401 (fixtures)

SVG = "{http://www.w3.org/2000/svg}"


def _cue(doc: str, start: int, category: str, shown: bool = True, speaker: str = "outlet", entity: str | None = None):
    return Cue(Span(doc, start, start + 3), "abc", category, "label", "explanation", speaker=speaker, entity=entity,
               shown=shown)


@pytest.fixture
def small():
    docs = [Document("d1", "x", outlet="Blatt A", word_count=500), Document("d2", "y", outlet="Blatt <B> & Co", word_count=2000)]
    cues = [_cue("d1", 0, "hedge"), _cue("d1", 10, "hedge"), _cue("d1", 20, "actor_label", entity="Kim"),
            _cue("d1", 30, "evaluative", speaker="quoted"),  # a quoted speaker's words: not the outlet's framing
            _cue("d1", 40, "quote_variant", speaker="quoted"),  # how the outlet renders a quotation: counts
            _cue("d2", 0, "hedge"), _cue("d2", 10, "reporting_verb", shown=False),  # hidden: not counted
            _cue("d3", 0, "hedge")]  # not compared
    table = {"entities": [
        {"entity": "Kim Jong Un", "labels": {"d1": {"Diktator": 2, "Duo des Grauens": 1}, "d2": {"Staatschef": 1}}},
        {"entity": "Wladimir Putin", "labels": {"d2": {"Präsident": 1}}},
        {"entity": "Japan", "labels": {"d3": {"Land": 5}}}]}  # only in an outlet not compared
    return docs, cues, table


def test_cues_per_thousand_words_by_family_and_the_labels_per_actor(small):
    docs, cues, table = small
    profile = framing_profile(docs, cues, table)
    assert profile.families == CUE_CATEGORIES == tuple(CUE_COLOURS)
    a, b = profile.outlets
    assert (a.label, a.words, b.label, b.words) == ("Blatt A", 500, "Blatt <B> & Co", 2000)
    assert a.rate("hedge") == pytest.approx(4.0) and b.rate("hedge") == pytest.approx(0.5)
    assert a.rate("actor_label") == pytest.approx(2.0) and a.rate("quote_variant") == pytest.approx(2.0)
    assert a.counts["evaluative"] == 0 and b.counts["reporting_verb"] == 0
    assert (a.total, b.total) == (4, 1) and profile.top_rate == pytest.approx(4.0)
    assert [x.entity for x in profile.actors] == ["Kim Jong Un", "Wladimir Putin"]
    assert profile.actors[0].labels == {"d1": [("Diktator", 2), ("Duo des Grauens", 1)], "d2": [("Staatschef", 1)]}
    # Column headings, word counts of excerpts, chosen families and the table's entity list are taken as given.
    narrowed = framing_profile(docs, cues, table["entities"], {"d1": "A"}, {"d1": 250}, ["hedge", "quote_variant"],
                               top_actors=1)
    assert narrowed.families == ("quote_variant", "hedge") and narrowed.outlets[0].label == "A"
    assert narrowed.outlets[0].rate("hedge") == pytest.approx(8.0) and len(narrowed.actors) == 1


def test_the_svg_is_well_formed_escaped_and_has_one_bar_per_outlet_and_family_with_cues(small):
    docs, cues, table = small
    profile = framing_profile(docs, cues, table)
    for language, heading in (("en", "Cues per 1,000 words"), ("de", "Hinweise je 1.000 Wörter")):
        svg = profile_svg(profile, language)
        root = ET.fromstring(svg)  # well-formed XML
        assert root.tag == f"{SVG}svg" and root.get("viewBox").startswith("0 0 1000 ")
        assert "<script" not in svg and "href" not in svg and "url(" not in svg and "style=" not in svg
        bars = [(r.get("data-doc"), r.get("data-family"), r.get("fill")) for r in root.iter(f"{SVG}rect")
                if r.get("class") == "bar"]
        expected = [(o.doc, f, CUE_COLOURS[f]) for o in profile.outlets for f in profile.families if o.counts[f]]
        assert sorted(bars) == sorted(expected) and len(bars) == 4
        texts = [t.text for t in root.iter(f"{SVG}text")]
        assert any(heading in (t or "") for t in texts)
        assert "Blatt <B> & Co" in texts and "&lt;B&gt; &amp; Co" in svg  # escaped, and read back as text
        assert "Diktator ×2, Duo des Grauens" in texts and "Staatschef" in texts
        assert all(int(t.get("font-size")) >= 10 for t in root.iter(f"{SVG}text"))
        assert ("4,0 (2)" if language == "de" else "4.0 (2)") in texts
    empty = profile_svg(framing_profile(docs, [], {}), "en")
    assert not [r for r in ET.fromstring(empty).iter(f"{SVG}rect") if r.get("class") == "bar"]


def test_the_report_has_the_profile_in_english_and_german_but_a_worksheet_does_not(seeds_project, tmp_path):  # noqa: F811
    for language, heading in (("de", "Framing-Profil"), ("en", "Framing profile")):
        tree = lxml.html.fromstring(export(seeds_project, tmp_path / f"r-{language}.html", language=language))
        (section,) = select(tree, "section#profile")
        assert section.find("h2").text_content() == heading
        assert "1,000" in section.text_content() or "1.000" in section.text_content()
        assert select(tree, "nav.contents a[href=#profile]")
        (svg,) = [e for e in section.iter() if isinstance(e.tag, str) and e.tag.endswith("svg")]
        bars = [r for r in svg.iter() if isinstance(r.tag, str) and r.tag.endswith("rect") and r.get("class") == "bar"]
        assert len({r.get("data-doc") for r in bars}) == 5 and len(bars) > 20
        assert "Diktator" in svg.text_content() and "Kim Jong Un" in svg.text_content()
    # Families left out of the export are left out of the chart; a worksheet has no profile (it would give answers).
    page = export(seeds_project, tmp_path / "hedges.html", cues=["hedge"])
    families = {r.get("data-family") for r in lxml.html.fromstring(page).iter("rect") if r.get("class") == "bar"}
    assert families == {"hedge"}
    assert not select(lxml.html.fromstring(export(seeds_project, tmp_path / "w.html", worksheet=True)), "section#profile")
    excerpts = lxml.html.fromstring(export(seeds_project, tmp_path / "x.html", excerpts=True))
    assert select(excerpts, "section#profile svg")


def test_untrusted_outlet_names_stay_text_in_the_profile(evil_project, tmp_path):  # noqa: F811 (fixture)
    page = export(evil_project, tmp_path / "evil.html")
    tree = lxml.html.fromstring(page)
    (svg,) = select(tree, "section#profile svg")
    assert not [e for e in svg.iter() if isinstance(e.tag, str) and e.tag.split("}")[-1] in ("img", "script")]
    assert f"Evil {IMG}"[:20] in svg.text_content()

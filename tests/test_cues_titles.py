"""Titles learned from the texts: "Bundeskanzler Olaf Scholz" teaches that a later "der Kanzler" names Scholz."""

from __future__ import annotations

from workbench.align import AlignInput, align
from workbench.cues import actor_label_table, detect_cues
from workbench.nlp import analyse

TEXTS = [
    "Bundeskanzler Olaf Scholz hat Finanzminister Christian Lindner entlassen. Der Kanzler sprach von "
    "einem schweren Vertrauensbruch. Nach der Entlassung Lindners tagte die Fraktion am Mittwochabend.",
    "Der Sozialdemokrat Olaf Scholz hat FDP-Chef Christian Lindner entlassen. Am Mittwochabend Scholz "
    "zu widersprechen, wagte niemand. Der gefeuerte Finanzminister will nun Neuwahlen.",
    "Kanzler Olaf Scholz entlässt Christian Lindner. Wirtschaftsminister Robert Habeck bleibt im Amt, "
    "der Finanzminister geht.",
]


# neutral sentences, so that the density limit (one highlight per ten words) does not decide
FILLER = " Die Sitzung im Regierungsviertel dauerte bis tief in die Nacht und endete ohne eine weitere Erklärung." * 3


def _cues():
    docs = []
    for n, text in enumerate(TEXTS, 1):
        text += FILLER
        a = analyse(text, "de")
        docs.append(AlignInput(f"d{n}", text, a.segments, a.tokens, "de"))
    return docs, detect_cues(docs, align(docs))


def _detect(texts: list[str], language: str = "de", filler: str = FILLER):
    docs = []
    for n, text in enumerate(texts, 1):
        text += filler
        a = analyse(text, language)
        docs.append(AlignInput(f"d{n}", text, a.segments, a.tokens, language))
    return detect_cues(docs, align(docs))


def test_titles_before_names_and_their_standalone_uses_name_the_person():
    docs, cues = _cues()
    labels = {(c.span.doc, c.text): c.entity for c in cues if c.category == "actor_label"}
    assert labels[("d1", "Bundeskanzler")] == "Olaf Scholz"
    assert labels[("d1", "Finanzminister")] == "Christian Lindner"
    assert labels[("d1", "Kanzler")] == "Olaf Scholz"  # standalone, its head learned from "Bundeskanzler"
    assert labels[("d2", "Sozialdemokrat")] == "Olaf Scholz"
    assert labels[("d2", "FDP-Chef")] == "Christian Lindner"
    assert labels[("d2", "gefeuerte Finanzminister")] == "Christian Lindner"  # the adjective is part of the label
    assert labels[("d3", "Finanzminister")] == "Christian Lindner"


def test_genitives_abstract_and_time_nouns_are_no_titles():
    _, cues = _cues()
    texts = {c.text for c in cues if c.category == "actor_label"}
    assert not texts & {"Entlassung", "Mittwochabend", "Fraktion"}


def test_roles_that_differ_between_outlets_are_highlighted_the_title_most_use_is_not():
    docs, cues = _cues()
    shown = {(c.span.doc, c.text) for c in cues if c.category == "actor_label" and c.shown}
    # Scholz is "Bundeskanzler"/"Kanzler" in d1 and d3, "Sozialdemokrat" in d2; Lindner "Finanzminister" in d1
    # and d3, "FDP-Chef" in d2: the exceptions are highlighted, the title most outlets use is not
    assert {("d2", "Sozialdemokrat"), ("d2", "FDP-Chef")} <= shown
    assert not {("d1", "Bundeskanzler"), ("d3", "Kanzler"), ("d3", "Finanzminister")} & shown
    table = {e["entity"]: e["labels"] for e in actor_label_table(cues, docs)["entities"]}
    assert "Sozialdemokrat" in table["Olaf Scholz"]["d2"] and "Bundeskanzler" in table["Olaf Scholz"]["d1"]
    assert "Finanzminister" in table["Christian Lindner"]["d3"]  # hidden highlights stay in the table


def test_an_exceptional_title_outside_a_shared_row_is_highlighted_once_per_outlet():
    texts = ["Vizekanzler Robert Habeck bleibt im Amt. Der Vizekanzler will weiterregieren.",
             "Wirtschaftsminister Robert Habeck hat sich geäußert.",
             "Wirtschaftsminister Robert Habeck schweigt vorerst. Am Abend sprach Vizekanzler Robert Habeck doch."]
    cues = _detect(texts)
    habeck = [(c.span.doc, c.text, c.shown) for c in cues if c.category == "actor_label"
              and c.entity == "Robert Habeck"]
    # two outlets each way: both titles are the choice to compare, each at its first use in each outlet
    assert habeck == [("d1", "Vizekanzler", True), ("d1", "Vizekanzler", False), ("d2", "Wirtschaftsminister", True),
                      ("d3", "Wirtschaftsminister", True), ("d3", "Vizekanzler", True)]


def test_an_actor_every_outlet_names_by_one_title_keeps_it_plain():
    texts = ["Wirtschaftsminister Robert Habeck bleibt im Amt. Er will weiterregieren.",
             "Wirtschaftsminister Robert Habeck hat sich geäußert. Er bleibt.",
             "Der Wirtschaftsminister Robert Habeck schweigt vorerst."]
    cues = _detect(texts)
    labels = [c for c in cues if c.category == "actor_label" and c.entity == "Robert Habeck"]
    assert len(labels) == 3 and not any(c.shown for c in labels)


def test_a_name_run_holding_two_names_is_split_where_a_known_name_begins():
    """"die Band Exo Donald Trump": a band's name glued to a person's; "in dem Land Trump" (two headlines run
    together): a country noun is no title."""
    cues = _detect(["US-Präsident Donald Trump traf Kim Jong Un an der Grenze. Donald Trump lächelte.",
                    "Die koreanische Band Exo Donald Trump und seiner Tochter ein Album überreichten. Erster "
                    "US-Präsident in dem Land Trump und Kim treffen sich.",
                    "Donald Trump betrat als erster US-Präsident Nordkorea."])
    entities = {c.entity for c in cues if c.category == "actor_label"}
    assert not any("Exo" in (e or "") for e in entities), entities
    assert not {c.text for c in cues if c.category == "actor_label"} & {"Land", "Landes"}


def test_an_honorific_is_no_part_of_a_name_and_western_leaders_are_others():
    texts = ["Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow. Mr Putin praised Mr Xi.",
             "Vladimir Putin welcomed Xi Jinping, sending a message to Western leaders. The two leaders talked.",
             "Xi Jinping and Vladimir Putin signed a statement. Mr Putin said the talks were useful."]
    cues = _detect(texts, "en", filler="")
    labels = {c.text: c.entity for c in cues if c.category == "actor_label" and c.span.doc == "d2"}
    assert "Mr" not in " ".join(e or "" for e in labels.values()), labels
    western = [c for c in cues if c.category == "actor_label" and c.span.doc == "d2" and c.span.start ==
               texts[1].index("leaders")]
    assert all(not c.entity for c in western), western

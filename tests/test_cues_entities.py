"""Who the texts name: persons, places and their forms (``workbench.cues.entities``)."""

from __future__ import annotations


def test_a_surname_the_tagger_read_as_a_common_noun_joins_its_first_name():
    from workbench.align import AlignInput
    from workbench.cues.entities import EntityIndex, misread_surnames
    from workbench.cues.textview import build_view
    from workbench.nlp import analyse

    texts = ["Mehrere Krisengespräche von Bundeskanzler Olaf Scholz (SPD), Vizekanzler Robert Habeck (Grüne) und "
             "Lindner waren zuvor ohne Entscheidung zu Ende gegangen.",
             "Am Mittwochabend trafen sich der Sozialdemokrat Scholz, der grüne Wirtschaftsminister Robert Habeck "
             "und FDP-Chef Lindner zum Krisengipfel im Kanzleramt.",
             "Wirtschaftsminister Habeck von den Grünen räumte ein, es sei eine unpopuläre Regierung gewesen. "
             "Dass Nordkorea Artilleriemunition liefert, ist bekannt. Nordkorea schweigt. Nordkorea "
             "Artilleriemunition zu unterstellen, wäre falsch."]
    views = []
    for n, text in enumerate(texts):
        a = analyse(text, "de")
        views.append(build_view(AlignInput(f"d{n}", text, a.segments, a.tokens, "de"), n))
    # "Habeck" (tagged as a noun) follows "Robert" twice and never an article; "Nordkorea" stands alone
    # elsewhere, so "Artilleriemunition" after it is no surname
    assert misread_surnames(views) == {"habeck"}
    index = EntityIndex(views)
    assert index.kind("Robert Habeck") == "person"
    assert len(index.entities["Robert Habeck"].mentions) == 3  # "Wirtschaftsminister Habeck" too

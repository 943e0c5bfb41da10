"""Where reported speech ends (``cues/speech_clauses.py``): an evaluation after the clause a verb of saying
reports is the outlet's again, and highlighted as its choice (issue 12, "who speaks")."""

from __future__ import annotations

from tests.test_cues_precision import _detect as _detect_de
from tests.test_cues_precision import _detect_lang


def _detect(texts: list[str], language: str = "de"):
    """German texts with the precision tests' filler (enough words for the density limit), English ones as they are."""
    return _detect_de(texts) if language == "de" else _detect_lang(texts, language)


def _speaker(cues, text: str) -> str:
    return next(c.speaker for c in cues if c.category == "evaluative" and c.text == text)


def test_a_relative_clause_after_the_speech_tag_is_the_outlets():
    cues = _detect(["Das sei gut, sagte Macron vor den Studierenden, die den französischen Präsidenten wie einen "
                    "Rockstar empfingen."])
    assert _speaker(cues, "Rockstar") == "outlet"


def test_a_relative_clause_closed_before_the_cue_leaves_it_in_the_reported_words():
    cues = _detect(["Modi sagte, für jemanden, der an Menschlichkeit glaube, tue es weh zu sehen, wenn unschuldige "
                    "Kinder getötet werden."])
    assert _speaker(cues, "unschuldige") == "quoted"


def test_a_second_predicate_after_a_clause_final_verb_of_saying_is_the_outlets_unless_it_is_a_speech_act():
    cues = _detect(["Dieses Mal hat Orbán mit Putin rund drei Stunden gesprochen und eine dramatische Reiseroute "
                    "gewählt.",
                    "Merz hat wenige Sätze auf Deutsch gesagt und sich für den freundlichen Empfang bedankt."])
    assert _speaker(cues, "dramatische") == "outlet"
    assert _speaker(cues, "freundlichen") == "quoted"  # the thanks are Merz's words


def test_a_dash_after_the_verb_of_saying_opens_the_outlets_clause_but_a_pair_of_dashes_closes_again():
    cues = _detect(["Die Politiker versprachen sich faire Beziehungen - es ging ruhig und gesittet zu.",
                    "Trump versprach über Verfügungen des Präsidenten – umstrittene Anordnungen – noch am selben "
                    "Tag die brutale Zensur zu verbieten."])
    assert _speaker(cues, "gesittet") == "outlet"
    assert _speaker(cues, "umstrittene") == "outlet"  # inside the outlet's insertion
    assert _speaker(cues, "brutale") == "quoted"  # after it, the promise goes on


def test_a_subjunctive_governs_only_its_own_clause():
    cues = _detect(["Was Bestandteil dieses Abkommens sei, blieb dabei vollkommen unklar.",
                    "Auch beim Handel äußerte sich Trump zuversichtlich: Dieser sei zwar aus dem Lot geraten.",
                    "Lindner habe egoistisch gehandelt."])
    assert _speaker(cues, "vollkommen") == "outlet"
    assert _speaker(cues, "zuversichtlich") == "outlet"
    assert _speaker(cues, "egoistisch") == "quoted"


def test_erwarten_of_awaiting_a_person_is_no_verb_of_saying():
    cues = _detect(["Am Dienstagmorgen dann erwartete ihn vor dem Palast eine prunkvolle Zeremonie.",
                    "Die Regierung erwartet von Nordkorea nun konkrete Schritte."])
    verbs = {c.text for c in cues if c.category == "reporting_verb"}
    assert "erwartete" not in verbs and "erwartet" in verbs
    assert _speaker(cues, "prunkvolle") == "outlet"


def test_a_visitor_awaited_at_a_place_is_no_verb_of_saying():
    cues = _detect(["Am Abend wird Macron in Berlin erwartet, wo er Scholz trifft. Selenskyj wurde um 14 Uhr Ortszeit "
                    "im Weißen Haus erwartet.",
                    "In Berlin wird erwartet, dass Macron den Kanzler trifft."])
    verbs = [(c.span.doc, c.text) for c in cues if c.category == "reporting_verb"]
    assert ("d1", "erwartet") not in verbs and ("d2", "erwartet") in verbs


def test_drohen_of_what_impends_is_no_verb_of_saying():
    cues = _detect(["Bislang mied Putin Länder, in denen ihm eine Verhaftung droht. Die Lage droht zu eskalieren. "
                    "Damit drohen ihnen bis zu 15 Tage Haft.",
                    "Biden droht Russland mit Sanktionen. Er drohte ihm mit Konsequenzen."])
    verbs = [(c.span.doc, c.text) for c in cues if c.category == "reporting_verb"]
    assert not [v for d, v in verbs if d == "d1"], verbs
    assert [v for d, v in verbs if d == "d2"] == ["droht", "drohte"], verbs


def test_english_press_fears_pressing_and_rejecting_an_act_are_no_verbs_of_saying():
    cues = _detect(["Moscow had no other way than to press on with its offensive. The visit raised fears of an "
                    "invasion and eased fears of a rift. Leaders discussed the most pressing issues. Lawmakers "
                    "rejected the decree. The plan was rejected by Kyiv.",
                    "Pressed by a reporter, Trump said it was fine. Macron pressed Xi to act. The West fears an "
                    "invasion. Moscow rejected the accusations."], "en")
    verbs = [(c.span.doc, c.text) for c in cues if c.category == "reporting_verb"]
    assert not [v for d, v in verbs if d == "d1" and v.casefold().startswith(("press", "fear", "reject"))], verbs
    assert {"Pressed", "pressed", "fears", "rejected"} <= {v for d, v in verbs if d == "d2"}, verbs


def test_english_narration_after_a_verb_of_saying():
    cues = _detect(["\u201cIt is heart-wrenching,\u201d the PM said as President Putin heard him with rapt attention. "
                    "Macron appealed to Xi Jinping, who received an effusive welcome from Putin, to help. "
                    "Trump said both sides will set up teams to revive negotiations, a goal that has been elusive for "
                    "years. Putin said the visit saw the leaders strengthen their ties - not to mention a blossoming "
                    "personal friendship.",
                    "Modi said under Putin's leadership, India-Russia relations have strengthened and have scaled "
                    "new heights."], "en")
    for word in ("rapt", "effusive", "elusive", "blossoming"):
        assert _speaker(cues, word) == "outlet", word
    assert _speaker(cues, "scaled new heights") == "quoted"  # a hyphen inside a word is no dash


def _label_voices(cues) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for c in cues:
        if c.category == "actor_label":
            out.setdefault(c.text, []).append(c.speaker)
    return out


def test_a_label_one_person_gives_another_is_that_persons_word():
    cues = _detect(["Trump bezeichnete Selenskyj als Diktator. Der Kremlchef reiste ab.",
                    "Putin reiste ab. Der Diktator Kim Jong Un kam an."])
    voices = _label_voices(cues)
    assert sorted(voices["Diktator"]) == ["outlet", "quoted"]  # Trump's word in d1, the outlet's in d2
    assert voices["Kremlchef"] == ["outlet"]


def test_english_labels_in_a_frame_of_naming_are_the_namers_but_not_after_a_preposition():
    cues = _detect(["Last week Trump accused Zelensky of being a dictator. Putin left.",
                    "Trump called for talks with a dictator. Zelensky met Trump."], "en")
    voices = {c.span.doc: c.speaker for c in cues if c.category == "actor_label" and c.text == "dictator"}
    assert voices == {"d1": "quoted", "d2": "outlet"}


def test_a_verb_of_saying_joined_by_a_hyphen_and_a_double_hyphen_dash():
    cues = _detect(["But the self-proclaimed master dealmaker left Hanoi on Thursday empty-handed and humbled. "
                    "Yoon vowed to eradicate anti-state forces.",
                    "Macron said students should become \u201cfree, rational individuals\u201d -- another stark "
                    "contrast with the rigid education in China."], "en")
    verbs = {c.text for c in cues if c.category == "reporting_verb"}
    assert "proclaimed" not in verbs and "state" not in verbs  # parts of "self-proclaimed", "anti-state"
    assert _speaker(cues, "empty-handed and humbled") == "outlet"
    assert _speaker(cues, "stark") == "outlet"


def test_wohl_that_affirms_or_tells_of_well_being_is_no_hedge():
    cues = _detect(["Die Probleme spürt man sehr wohl in der Ukraine. Kim fühlt sich in Moskau wohl. Merz wird wohl "
                    "dabei sein.",
                    "Die Probleme spürt man in der Ukraine. Kim ist in Moskau. Merz ist dabei."])
    hedges = [c for c in cues if c.category == "hedge"]
    assert [(c.span.doc, c.text) for c in hedges] == [("d1", "wohl")]
    assert hedges[0].span.start > 60  # the last one: "Merz wird wohl dabei sein"


def test_a_participle_between_von_and_its_noun_names_a_thing():
    cues = _detect(["Das Treffen war kürzer als die von Trump erwarteten drei Stunden.",
                    "Trump erwartet ein kurzes Treffen."])
    verbs = [(c.span.doc, c.text) for c in cues if c.category == "reporting_verb"]
    assert ("d1", "erwarteten") not in verbs and ("d2", "erwartet") in verbs, verbs


def test_a_modal_in_an_indirect_question_holds_no_claim_open():
    cues = _detect(["The allies try to gauge how far Russia could deepen support. Analysts asked whether Kim might "
                    "visit. Russia could deepen support.",
                    "The allies met. Russia supports Kim."], "en")
    hedges = [c for c in cues if c.category == "hedge" and c.span.doc == "d1"]
    assert [c.text for c in hedges] == ["could"] and hedges[0].span.start > 80, [(c.text, c.span) for c in hedges]

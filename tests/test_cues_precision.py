"""Cues a scholar accepts: who speaks, word sense, balanced quotations, whole quotations (issue 12)."""

from __future__ import annotations

from workbench.align import AlignInput, align
from workbench.cues import detect_cues
from workbench.nlp import analyse
from workbench.nlp.quotes import quoted_ranges

FILLER = " Die Sitzung im Regierungsviertel dauerte bis tief in die Nacht und endete ohne eine weitere Erklärung." * 3


def _detect(texts: list[str]):
    docs = []
    for n, text in enumerate(texts, 1):
        text += FILLER
        a = analyse(text, "de")
        docs.append(AlignInput(f"d{n}", text, a.segments, a.tokens, "de"))
    return detect_cues(docs, align(docs))


def test_an_evaluation_inside_reported_thanks_is_the_speakers():
    cues = _detect(["Über einen Übersetzer bedankte sich Kim bei Putin für den herzlichen Empfang.",
                    "Kim dankte Putin für den warmen Empfang. Das abgeschottete Land ist arm."])
    herzlich = next(c for c in cues if c.text == "herzlichen")
    assert herzlich.speaker == "quoted" and not herzlich.shown
    assert next(c for c in cues if c.text.startswith("abgeschottete")).speaker == "outlet"  # the outlet names the country


def test_a_hedging_modal_in_indirect_speech_is_the_speakers_but_the_outlets_hedges_stay():
    cues = _detect(["Es sei eine Grundlage geschaffen worden, auf der beide Staaten sich etablieren könnten, "
                    "sagte Kim.", "Der mutmaßliche Täter sei festgenommen worden, sagte ein Sprecher."])
    modal = next(c for c in cues if c.text == "könnten")
    assert modal.speaker == "quoted" and not modal.shown
    outlets = next(c for c in cues if c.category == "hedge" and c.text.startswith("mutmaßlich"))
    assert outlets.speaker == "outlet" and outlets.shown


def test_a_modal_before_a_postposed_speech_tag_is_the_speakers_and_one_airport_is_no_dispute():
    cues = _detect(["Auf dem Wege der Gespräche könnte man zu Garantien gelangen, sagte er. Xi landete auf dem "
                    "Flughafen Moskau-Wnukowo.", "Xi landete am Montag auf dem Flughafen Wnukowo.",
                    "Die Maschine aus Peking landete auf dem Flughafen Wnukowo."])
    modal = next(c for c in cues if c.text == "könnte")
    assert modal.speaker == "quoted" and not modal.shown
    assert not [c for c in cues if c.category == "factual_variant"]


def test_two_quotations_sharing_only_the_outlets_words_around_them_are_no_pair():
    cues = _detect(["Die beiden Staatsoberhäupter führten am Dienstag einen „offenen und fruchtbaren“ Dialog in Moskau.",
                    "„Wir sind immer für Frieden und Dialog“, versicherte Xi am Dienstag in Moskau."])
    assert not [c for c in cues if c.category == "quote_variant"], [c.text for c in cues]


def test_a_word_an_indirect_rendering_only_moves_is_no_change():
    cues = _detect_lang(['Yoon said: "We will accept the national assembly\'s request and lift the martial law through the '
                         'cabinet meeting."', "Right after the president's address, the Cabinet approved the lifting of "
                         "martial law, officials said. Yoon did not apologise."], "en")  # a rendering needs a speaker
    marked = [c for c in cues if c.category == "quote_variant" and c.span.doc == "d2"]
    # the whole rendering is highlighted; the word that differs is "approved", not "Cabinet approved the"
    # ("cabinet" is in the quotation too)
    assert [c.text for c in marked] == ["the Cabinet approved the lifting of martial law"], marked
    assert marked[0].explanation.endswith("Different here: “approved”."), marked[0].explanation


def test_a_modal_before_a_quotation_and_a_long_speech_tag_after_it_is_the_speakers():
    cues = _detect(["Die im Februar vorgelegten Vorschläge könnten als „Grundlage einer friedlichen Lösung dienen“, "
                    "sagte Putin nach den Verhandlungen mit Xi im Kreml."])
    modal = next(c for c in cues if c.text == "könnten")
    assert modal.speaker == "quoted" and not modal.shown


def test_an_english_modal_in_reported_speech_or_after_a_speakers_colon_is_the_speakers():
    cues = _detect_lang(["Putin: China peace plan could be basis to end war\n\nChina's peace plan for Ukraine could be "
                         "used as a basis to end the war, Vladimir Putin has said. Mr Putin said the plan could be put "
                         "forward when the West is ready, but the talks could still fail."], "en")
    modals = [(c.speaker, c.shown) for c in cues if c.text == "could"]
    assert modals[:3] == [("quoted", False)] * 3 and modals[3] == ("outlet", True), modals
    german = _detect(["Sollte er die Abstimmung - wie zu erwarten - verlieren, könnte es im März zu Neuwahlen kommen."])
    assert next(c for c in german if c.text == "könnte").speaker == "outlet"  # "wie zu erwarten" reports no clause


def test_an_adverb_describing_the_speech_stays_the_outlets():
    cues = _detect(["Der Sprecher sagte auf eine Frage allerdings lediglich: „Wir kooperieren in vielen Bereichen.“"])
    assert next(c for c in cues if c.text.startswith("lediglich") or c.text.endswith("lediglich")).speaker == "outlet"


def test_annehmen_is_a_hedge_only_with_a_clause():
    cues = _detect(["Bei dem Treffen wurde keinerlei Dokument angenommen. Die Resolution wurde angenommen.",
                    "Experten nehmen an, dass Waffen geliefert werden. Es wird angenommen, dass er bleibt."])
    hits = {(c.span.doc, c.text) for c in cues if "genommen" in c.text or "nehmen" in c.text}
    assert not any(doc == "d1" for doc, _ in hits), hits
    assert any(doc == "d2" for doc, _ in hits), hits


def test_a_stray_opening_mark_opens_no_quotation():
    text = "Er sprach von „Kooperation und unterstützt die Sache. Dann: „Wir sind bereit“, sagte er."
    assert [text[a:b] for a, b in quoted_ranges(text)] == ["Wir sind bereit"]
    doubled = "Peskow nannte es „„Kooperation in sensiblen Bereichen““."
    assert [doubled[a:b] for a, b in quoted_ranges(doubled)] == ["Kooperation in sensiblen Bereichen"]


def test_quote_variants_cover_the_whole_quotation_and_skip_function_words():
    cues = _detect([
        "Kim sagte: „Russland hat sich zu einem heiligen Kampf gegen die hegemonialen Kräfte erhoben.“",
        "Kim sagte: „Russland hat sich zu einem heiligen Krieg gegen die hegemonialen Kräfte erhoben.“",
        "Der Papst sagte: „Der Friede sei mit euch allen.“ Er lächelte.",
        "Der Papst sagte: „Der Friede sei mit euch.“ Er lächelte.",
    ])
    variants = [c for c in cues if c.category == "quote_variant"]
    kampf = next(c for c in variants if c.span.doc == "d1")
    assert kampf.text.startswith("Russland hat sich") and kampf.text.endswith("erhoben.")
    assert "Different here: „Kampf“" in kampf.explanation and "Anders als anderswo: „Kampf“" in kampf.explanation_de
    assert not [c for c in variants if c.span.doc in ("d3", "d4")]  # "allen" only: a function word


def _voices(cues, text: str, category: str | None = None) -> list[tuple[str, bool]]:
    """(speaker, shown) of the cues on ``text`` (of ``category``), in the order of the text."""
    found = [c for c in cues if c.text == text and (category is None or c.category == category)]
    return [(c.speaker, c.shown) for c in sorted(found, key=lambda c: (c.span.doc, c.span.start))]


def _label_entity(cues, text: str) -> str | None:
    """Whom the actor label written ``text`` is credited to."""
    return next(c for c in cues if c.category == "actor_label" and c.text == text).entity


def _detect_lang(texts: list[str], language: str):
    docs = []
    for n, text in enumerate(texts, 1):
        a = analyse(text, language)
        docs.append(AlignInput(f"d{n}", text, a.segments, a.tokens, language))
    return detect_cues(docs, align(docs))


def test_a_detail_most_outlets_agree_on_is_flagged_once_on_the_outlier():
    cues = _detect([
        "Putin empfing Kim auf dem Weltraumbahnhof Wostotschny in der Amur-Region.",
        "Der Präsident empfing Kim auf dem Weltraumbahnhof Wostotschny in der Amur-Region.",
        "Der Kremlchef traf Kim auf dem Weltraumbahnhof Wostotschny in der Amur-Region.",
        "Putin empfing Kim auf dem Weltraumbahnhof Baikonur in der Amur-Region.",
    ])
    flagged = [c for c in cues if c.category == "factual_variant"]
    assert [c.span.doc for c in flagged] == ["d4"] and "Baikonur" in flagged[0].text
    assert {cp[0].doc for cp in flagged[0].counterparts} == {"d1", "d2", "d3"}


def test_english_judgements_in_reported_speech_are_the_speakers():
    """English text is untagged: after "said" the reported words are the speaker's; after "praised" only what
    follows "as" is ("praised Russia's brutal war" is the outlet naming what was praised)."""
    cues = _detect_lang([
        "Kim praised the brutal war against Ukraine as a sacred fight. Peskov said the meeting was a cordial one.",
        "Kim praised the war against Ukraine as a holy war. The talks were cordial, officials said.",
    ], "en")
    speaker = {(c.span.doc, c.text): c.speaker for c in cues if c.category == "evaluative"}
    assert speaker[("d1", "brutal")] == "outlet"
    assert speaker[("d1", "sacred")] == speaker[("d2", "holy")] == "quoted"
    assert speaker[("d1", "cordial")] == speaker[("d2", "cordial")] == "quoted"


def test_a_place_noun_the_tagger_reads_as_part_of_the_name_still_names_a_kind():
    """ "am Weltraumbahnhof Wostotschny" after a long name: the tagger reads "Weltraumbahnhof" as a name part
    in every article; the lemma table knows it as a common noun ("Bahnhofes"), so the places are compared."""
    cues = _detect([
        "Kremlchef Wladimir Putin hat Nordkoreas Diktator Kim Jong Un am Weltraumbahnhof Wostotschny empfangen.",
        "Der Kreml-Chef Wladimir Putin hat den nordkoreanischen Machthaber Kim Jong Un am Weltraumbahnhof "
        "Baikonur empfangen.",
        "Russlands Präsident Wladimir Putin hat den nordkoreanischen Staatschef Kim Jong Un am Weltraumbahnhof "
        "Wostotschny empfangen.",
    ])
    flagged = {c.span.doc: c.text for c in cues if c.category == "factual_variant"}
    assert "Baikonur" in flagged["d2"] and "Wostotschny" in flagged["d1"]


def test_the_lemma_table_tells_common_nouns_from_names():
    from workbench.nlp.lemma_table import inflects_as_noun

    assert all(inflects_as_noun(w, "de") for w in ("Weltraumbahnhof", "Region", "Trägerrakete", "Halbinsel"))
    assert not any(inflects_as_noun(w, "de") for w in ("Wladimir", "Wostotschny", "Baikonur", "Scholz", "Baumann", "Reiner", "Walter",
                                                       "Friedrich", "Olaf", "Kim"))
    assert not inflects_as_noun("Airport", "en")  # only German endings are listed


def test_departure_and_arrival_days_are_no_dispute_but_durations_are():
    cues = _detect([
        "Kim war am Dienstag mit seinem gepanzerten Zug aus Pjöngjang abgereist. Die Gespräche dauerten rund "
        "fünf Stunden.",
        "Kim kam am Mittwoch mit seinem gepanzerten Zug aus Pjöngjang an. Die Gespräche dauerten etwa zwei "
        "Stunden.",
    ])
    flagged = {c.text for c in cues if c.category == "factual_variant"}
    assert not flagged & {"am Dienstag", "am Mittwoch"}
    assert {"rund fünf Stunden", "etwa zwei Stunden"} <= flagged  # the whole phrase, qualifier included


def test_crowd_sizes_in_words_and_digits_are_compared_past_their_adjectives():
    cues = _detect([
        "Auf dem Petersplatz warteten am Abend mehrere Zehntausend Gläubige auf den neuen Papst.",
        "Auf dem Petersplatz warteten am Abend mehr als 100.000 jubelnde Gläubige auf den neuen Papst.",
    ])
    flagged = {c.text for c in cues if c.category == "factual_variant"}
    assert any(t.startswith("mehrere Zehntausend") for t in flagged)
    assert any(t.startswith("mehr als 100.000") for t in flagged)


def test_english_number_words_are_compared():
    cues = _detect_lang([
        "At least twelve people were killed when the plane crashed into a hostel. Rescue teams searched the site.",
        "About ten people were killed when the plane crashed into a hostel. Rescue teams searched the site.",
    ], "en")
    flagged = {c.text for c in cues if c.category == "factual_variant"}
    # with the qualifier, and with what the count says (a toll: "were killed")
    assert {"At least twelve people were killed", "About ten people were killed"} <= flagged, flagged


def test_a_metonym_before_another_persons_title_labels_no_one():
    cues = _detect_lang([
        "North Korean leader Kim Jong Un met Russian President Vladimir Putin. Kremlin spokesman Dmitry Peskov "
        "said the talks went well. The Kremlin wants weapons.",
        "Kim Jong Un met Vladimir Putin at the cosmodrome. The two leaders talked for hours.",
    ], "en")
    kremlin = [c for c in cues if c.category == "actor_label" and c.text == "Kremlin"]
    assert len(kremlin) == 1  # "The Kremlin wants", not "Kremlin spokesman"


def test_same_wording_same_visibility_across_outlets():
    from workbench.core.models import Cue, Span
    from workbench.cues.visibility import _same_choice_same_visibility

    def cue(doc, start, text, weight, shown=True, category="attribution"):
        return Cue(Span(doc, start, start + len(text)), text, category, "", "", cls="vague", weight=weight,
                   shown=shown)

    a = cue("d1", 0, "officials", 0.6)
    b = cue("d2", 0, "officials", 0.6, shown=False)  # hidden by the density limit in d2
    weak = cue("d2", 50, "reportedly", 0.5, category="hedge")
    _same_choice_same_visibility([a, b, weak], [b])
    assert a.shown and b.shown and not weak.shown


def test_a_plural_label_names_both_actors():
    cues = _detect(["Der russische Präsident Wladimir Putin hat Nordkoreas Machthaber Kim Jong Un empfangen. "
                    "Kritiker sprechen von einer Allianz der Diktatoren."])
    allianz = next(c for c in cues if c.text == "Allianz der Diktatoren")  # the whole label, one cue
    assert set(allianz.entity.split(" & ")) == {"Wladimir Putin", "Kim Jong Un"}
    assert not [c for c in cues if c.text == "Diktatoren"]


def test_a_group_named_by_what_it_shares_is_one_label_for_both_actors():
    cues = _detect(["Der russische Präsident Wladimir Putin hat Nordkoreas Machthaber Kim Jong Un empfangen. Das Duo "
                    "des Grauens plant neue Waffengeschäfte. Ein Genosse aus Pjöngjang jubelt."])
    duo = next(c for c in cues if c.text == "Duo des Grauens")
    assert duo.category == "actor_label" and duo.cls == "loaded_negative" and duo.shown
    assert set(duo.entity.split(" & ")) == {"Wladimir Putin", "Kim Jong Un"}
    assert not [c for c in cues if c.text == "Grauens"]
    assert next(c for c in cues if c.text == "Genosse").cls == "ideological"


def test_a_topic_kicker_is_no_source_and_loud_is_no_according_to():
    cues = _detect(["Koalitionskrise: „Zu oft hat er mein Vertrauen gebrochen“\n\nEin lauter Eklat mit Trump "
                    "als Verstärker. Laut Experten ist das neu.",
                    "Kreml-Sprecher: „Sensible Bereiche“\n\nDie Gespräche dauerten lange."])
    sources = {c.text for c in cues if c.category == "attribution"}
    assert "Koalitionskrise:" not in sources and not any("lauter" in s for s in sources)
    assert any(s.startswith("Laut Experten") for s in sources) and "Kreml-Sprecher:" in sources


def test_numbers_of_different_details_in_one_row_are_no_dispute():
    cues = _detect([
        "Merz wurde im zweiten Wahlgang mit 325 Stimmen zum Bundeskanzler gewählt. Zuvor hatte er im ersten "
        "Wahlgang nur 310 Stimmen erhalten.",
        "Im ersten Wahlgang erhielt Merz nur 310 Stimmen. Erst im zweiten Wahlgang wurde er mit 325 Stimmen "
        "gewählt.",
        "Um 18.07 Uhr stieg weißer Rauch aus dem Schornstein der Kapelle auf.",
        "Um 18.09 Uhr quoll weißer Rauch aus dem Schornstein der Kapelle.",
    ])
    flagged = {c.text for c in cues if c.category == "factual_variant"}
    assert not flagged & {"325 Stimmen", "310 Stimmen"}
    assert {"18.07 Uhr", "18.09 Uhr"} <= flagged


def test_quote_fragments_differing_in_case_or_outlet_words_are_no_variant():
    cues = _detect([
        "Lindner wirft Scholz einen „kalkulierten Bruch“ der Ampel vor. Die FDP verlässt die Regierung.",
        "Lindner spricht von einem „kalkuliertem Bruch“ der Koalition. Die FDP verlässt die Regierung.",
        "Der Papst rief: „Brücken bauen“. Die Menge jubelte laut.",
        "Der Papst sagte, man solle „Brücken zu bauen“ versuchen. Die Menge jubelte laut.",
    ])
    assert not [c for c in cues if c.category == "quote_variant"]


def test_a_seat_of_power_label_names_the_countrys_leader():
    cues = _detect([
        "Wladimir Putin empfing den Gast in Russland am Kosmodrom. Putin sprach lange über Raketen für Russland.",
        "Kim Jong Un traf Wladimir Putin in Russland. Der Kremlchef zeigte dem Gast die Anlage. Der Kreml-Chef "
        "lachte. Russland und Putin feiern, Putin lobt Russland.",
    ])
    kreml = {c.text: c.entity for c in cues if c.category == "actor_label" and c.text.startswith("Kreml")}
    assert kreml == {"Kremlchef": "Wladimir Putin", "Kreml-Chef": "Wladimir Putin"}, kreml


def test_a_possessive_place_names_the_leader_where_in_tells_where_he_is_and_a_verb_is_no_name():
    cues = _detect([
        "Wladimir Putin empfing Gäste in Russland. Putin sprach lange über Russland und lobte Russland.",
        "Nach der Visite in Nordkorea war Russlands Staatschef in Vietnam zu Besuch. Putin traf dort Vertreter "
        "Vietnams. Die Machthaber Russlands und Nordkoreas eint vor allem eines: Waffen.",
    ])
    chef = next(c for c in cues if c.text == "Staatschef")
    assert chef.entity == "Wladimir Putin", chef.entity
    assert not any(c.entity and "eint" in c.entity for c in cues)  # the verb "eint", tagged as a name, is none


def test_a_judging_adjective_before_a_persons_name_is_a_loaded_label_and_english_hedges_of_appearance():
    cues = _detect_lang(["Russian President Vladimir Putin came bearing gifts for the despotic Kim Jong Un in "
                         "Pyongyang. Kim Jong Un thanked Putin. Kim Jong Un and Putin signed a treaty.",
                         "Kim Jong Un welcomed Putin. The deal is seen as a landmark moment. Putin spoke, in an apparent warning to the West, of a "
                         "possible arms arrangement. The talks took place at the historic Bourn-Roth Estate."], "en")
    label = next(c for c in cues if c.text == "despotic Kim Jong Un")
    assert label.category == "actor_label" and label.cls == "loaded_negative" and label.entity == "Kim Jong Un"
    hedges = {c.text for c in cues if c.category == "hedge"}
    assert {"is seen as", "apparent", "possible"} <= hedges, hedges
    assert not any(c.category == "actor_label" and "Bourn-Roth" in c.text for c in cues)


def test_a_place_after_a_persons_name_is_no_part_of_it():
    cues = _detect(["Kaum verlässt Chinas Staatschef Xi Jinping Moskau, droht Medwedew. Xi Jinping war drei Tage in "
                    "Moskau.", "Der chinesische Präsident Xi Jinping landete in Moskau. In Moskau empfing ihn Putin.",
                    "Xi Jinping und Putin sprachen in Moskau. Moskau und Peking rücken zusammen, sagt ein Moskauer "
                    "Experte."])  # "Moskauer": the adjective that tells a place
    chef = next(c for c in cues if c.text == "Staatschef")
    assert chef.entity == "Xi Jinping", chef.entity


def test_an_indefinite_label_names_someone_other_than_the_topic_and_an_estate_is_no_person():
    cues = _detect_lang(["Kim Jong Un arrived by train. President Donald Trump flew for 20 hours to Hanoi. But the "
                         "dealmaker left empty-handed, unable to coax an erratic and reclusive dictator into giving up "
                         "his arsenal.", "Donald Trump and Kim Jong Un met in Hanoi. Kim Jong Un smiled."], "en")
    dictator = next(c for c in cues if c.category == "actor_label" and c.text.endswith("dictator"))
    assert dictator.entity == "Kim Jong Un", dictator.entity
    estate = _detect_lang(["Joe Biden and Xi Jinping met at the Filoli Estate. The leaders talked for hours.",
                           "Joe Biden welcomed Xi Jinping at the Filoli Estate on Wednesday."], "en")
    leaders = next(c for c in estate if c.text == "leaders")
    assert "Filoli" not in (leaders.entity or ""), leaders.entity


def test_the_kremlin_resolves_to_the_country_not_to_a_city_with_an_adjective():
    cues = _detect(["Der Kreml lobte den Besuch. Ein Moskauer Experte sprach von einem Erfolg für Russland.",
                    "Russland und China rücken zusammen. Die russische Regierung empfing Xi in Moskau.",
                    "In Moskau sprach Xi mit Putin. Russland sucht Partner."])
    kreml = next(c for c in cues if c.text == "Kreml")
    assert kreml.entity == "Russland", kreml.entity


def test_a_title_the_texts_give_one_person_names_him_where_in_tells_where_he_is():
    cues = _detect(["Bundeskanzler Olaf Scholz traf Xi Jinping. Kanzler Olaf Scholz sprach über Handel.",
                    "Chinas Präsident Xi Jinping empfing Kanzler Olaf Scholz. Termine mit dem chinesischen Machthaber Xi "
                    "Jinping sind selten. Es ist der zweite Besuch des Kanzlers in Peking."])
    kanzler = next(c for c in cues if c.text == "Kanzlers")
    assert kanzler.entity == "Olaf Scholz", kanzler.entity


def test_a_deputy_is_not_the_leader_and_the_table_names_the_head_noun():
    from workbench.cues import actor_label_table

    texts = ["US-Vize-Präsidentin Kamala Harris warnte Nordkorea. Angesichts dessen haben die Präsidenten der "
             "USA und Südkoreas gewarnt. Der russische Präsidialamtssprecher Dmitri Peskow sagte nichts.",
             "Kamala Harris sprach in Washington. Dmitri Peskow schwieg in Moskau."]
    docs = []
    for n, text in enumerate(texts, 1):
        text += FILLER
        a = analyse(text, "de")
        docs.append(AlignInput(f"d{n}", text, a.segments, a.tokens, "de"))
    cues = detect_cues(docs, align(docs))
    plural = next(c for c in cues if c.text == "Präsidenten")
    assert "Kamala Harris" not in (plural.entity or "")
    table = {e["entity"]: e["labels"] for e in actor_label_table(cues, docs)["entities"]}
    assert "Präsidialamtssprecher" in table.get("Dmitri Peskow", {}).get("d1", {}), table


def test_a_government_as_institution_names_no_one_and_all_ministers_are_many():
    cues = _detect(["Bundeskanzler Olaf Scholz entließ Finanzminister Christian Lindner. Die FDP zieht alle ihre "
                    "Minister aus der Regierung zurück. Lindner bleibt nicht in der Regierung."])
    by_text = {}
    for c in cues:
        if c.category == "actor_label":
            by_text.setdefault(c.text, []).append(c.entity)
    assert all(e is None for e in by_text.get("Regierung", [None]))
    assert "Christian Lindner" not in by_text.get("Minister", [])


def test_an_english_title_of_several_words_is_no_part_of_the_name():
    cues = _detect_lang([
        "Indian Prime Minister Narendra Modi visited the site. British Prime Minister Keir Starmer sent condolences.",
        "Narendra Modi met the families. Keir Starmer spoke in London.",
    ], "en")
    named = [(c.text, c.entity) for c in cues if c.category == "actor_label"]
    assert ("Prime Minister", "Narendra Modi") in named and ("Prime Minister", "Keir Starmer") in named, named


def test_a_possessive_label_names_someone_other_than_its_owner():
    cues = _detect(["US-Präsident Donald Trump empfing Wolodymyr Selenskyj. Vizepräsident JD Vance stritt mit "
                    "Selenskyj. Ähnlich äußert sich Vance, der seinem Präsidenten zur Seite springt. Donald Trump "
                    "lobte Vance."])
    assert _label_entity(cues, "Präsidenten") == "Donald Trump"


def test_a_question_headline_is_one_cue_over_the_whole_question_and_how_questions_are_none():
    cues = _detect(["Nach dem Eklat: Wer hat ihn verraten?\n\nMerz scheiterte im ersten Wahlgang.",
                    "Wie geht es weiter mit Friedrich Merz?\n\nMerz scheiterte im ersten Wahlgang."])
    questions = [(c.span.doc, c.text) for c in cues if c.cls == "question_headline"]
    assert questions == [("d1", "Wer hat ihn verraten?")], questions


def test_one_title_in_every_outlet_of_a_row_stays_plain_whatever_its_inflection():
    from workbench.core.models import AlignmentResult, Cue, Group, Span
    from workbench.cues.visibility import _same_head, show_role_contrasts

    assert _same_head("präsident", "präsidenten") and _same_head("kanzler", "bundeskanzler")
    assert _same_head("kollege", "amtskollegen") and not _same_head("präsident", "staatschef")
    assert _same_head("kadrinal", "kardinal") and not _same_head("rat", "rot")  # a typing slip in a long word

    def label(doc, text, shown=True):
        return Cue(Span(doc, 10, 10 + len(text)), text, "actor_label", "", "", cls="neutral", entity="Wladimir Putin",
                   shown=shown, speaker="outlet")

    a, b = label("d1", "Präsidenten"), label("d2", "Präsident")  # shown for a loaded label elsewhere
    group = Group("g1", 0.5, [Span("d1", 0, 80), Span("d2", 0, 80)])
    show_role_contrasts([a, b], AlignmentResult([group], [], [], ["d1", "d2"], ""))
    assert not a.shown and not b.shown
    c, d = label("d1", "Präsident", shown=False), label("d2", "Staatschef", shown=False)
    show_role_contrasts([c, d], AlignmentResult([group], [], [], ["d1", "d2"], ""))
    assert c.shown and d.shown  # split evenly: both sides of the contrast


def test_a_hyphenated_first_name_the_tagger_reads_as_an_adjective_is_a_name():
    cues = _detect(["Der gefeuerte Finanzminister Christian Lindner erhält von Deutschlands Präsident Frank-Walter "
                    "Steinmeier seine Entlassungsurkunde. Lindner sagte, er sei enttäuscht."])
    assert {c.text: c.entity for c in cues if c.category == "actor_label"}["Präsident"] == "Frank-Walter Steinmeier"


def test_words_added_after_a_quotation_outside_its_marks_are_part_of_the_variant():
    cues = _detect([
        "Der Minister sprach von einem „gerechten Kampf gegen die fremden Mächte“, den sein Land führe.",
        "Der Minister sagte, sein Land werde im „gerechten Krieg“ gegen den Westen helfen.",
    ])
    variant = next(c for c in cues if c.category == "quote_variant" and c.span.doc == "d2")
    assert variant.text.endswith("gegen den Westen"), variant.text
    assert "„gegen den Westen“ stands outside the quotation marks, and no other rendering quotes it" \
        in variant.explanation
    assert "außerhalb der Anführungszeichen" in variant.explanation_de
    # the quotation is named by its own words, the added ones after it: no stray closing mark inside
    assert "quoted here as „gerechten Krieg“ and elsewhere" in variant.explanation
    assert "hier als „gerechten Krieg“ zitiert" in variant.explanation_de


def test_an_appearance_the_outlet_denies_is_its_own_evaluation():
    cues = _detect(["Putin und Kim lächeln in die Kameras. Sie wirken friedlich, sind es aber nicht. Die beiden "
                    "scheinen zufrieden, und sie sind es auch."])
    denied = [c for c in cues if c.category == "evaluative" and c.text.startswith("wirken")]
    assert [c.text for c in denied] == ["wirken friedlich, sind es aber nicht"]
    assert denied[0].speaker == "outlet" and denied[0].shown and "Urteil" in denied[0].explanation_de
    assert not [c for c in cues if c.text.startswith("scheinen zufrieden")]
    english = _detect_lang(["They look peaceful, but they are not. The talks went on.", "The talks went on."], "en")
    assert any(c.text == "look peaceful, but they are not" for c in english)



def test_the_polarity_supplement_adds_attributive_evaluations_and_yields_to_the_hand_written_lexicon():
    from workbench.core.resources import resource_path
    from workbench.cues.lexicon import load_lexicon

    lex = load_lexicon("de")
    assert not lex.problems, lex.problems[:3]
    entries = {(e.match, e.family): e for e in lex.entries}
    assert entries[("hektisch", "evaluative")].pos == "ADJ"  # attributive and adverbial; predicative is excluded
    assert ("gut", "evaluative") not in entries  # everyday words are left out
    assert entries[("brutal", "evaluative")].weight > 0.5  # the hand-written entry wins
    licence = resource_path("lexicons", "LICENSE-de_polarity").read_text(encoding="utf-8")
    assert "German Polarity Lexicon" in licence and "Apache License" in licence
    cues = _detect(["Vor dem Kanzleramt bricht hektische Betriebsamkeit aus. Die Lage ist hektisch."])
    hits = [(c.text, c.category) for c in cues if c.text.startswith("hektisch")]
    assert hits == [("hektische", "evaluative")], hits


def test_an_event_named_by_its_drama_is_a_dramatising_event_label_compounds_too():
    cues = _detect(["Merz erlebt eine historische Wahlschlappe. Es ist ein Debakel, sagen Beobachter. Die Abgeordneten "
                    "schweigen.", "Merz fällt im ersten Wahlgang durch. Die Abgeordneten schweigen."])
    names = {c.text: c for c in cues if c.category == "event_label"}
    assert names["Wahlschlappe"].cls == "dramatising" and names["Debakel"].cls == "dramatising"
    assert "judges the event" in names["Debakel"].explanation
    assert names["Debakel"].label_de == "dramatisierender Name für das Ereignis"


def test_english_speech_tags_of_institutions_are_sourcing_and_people_s_are_not():
    filler = " Journalists waited outside the airport for many hours without any further statement." * 4
    text = ("The plane crashed shortly after take-off, local police said. Fire service officials told AFP that 30 "
            "bodies were found. \"We are devastated,\" said the airline. The man told reporters he was lucky. "
            "Authorities are yet to confirm the cause. There was a single confirmed survivor, Ramesh said.")
    cues = _detect_lang([text + filler, "The plane crashed near the airport." + filler], "en")
    sources = {c.text for c in cues if c.category == "attribution"}
    assert {"local police said", "Fire service officials told AFP", "said the airline"} <= sources, sources
    assert not sources & {"The man told", "yet to confirm", "single confirmed", "Ramesh said"}, sources


def test_vivid_reporting_verbs_and_an_addressee_is_no_source():
    cues = _detect(["„Er hat sich herausgeputzt“, trötet Trump. Lindner schlägt prompt zurück und wettert gegen Scholz.",
                    "Baumann, der die Fraktion führt, hielt Merz vor, dass seine Regierung instabil sei."])
    verbs = {c.text: c.cls for c in cues if c.category == "reporting_verb" and c.shown}
    assert verbs.get("trötet") == "metaphor" and verbs.get("schlägt") == "metaphor", verbs
    assert not [c for c in cues if c.category == "attribution" and "Merz" in c.text]


def test_nationalities_and_indefinite_labels_take_no_part_in_role_contrasts():
    from workbench.core.models import AlignmentResult, Cue, Group, Span
    from workbench.cues.visibility import show_role_contrasts

    texts = {"d1": "Gewählt wurde der US-Amerikaner Robert Prevost, ein US-amerikanischer Geistlicher.",
             "d2": "Gewählt wurde der Kardinal Robert Prevost. Dass ein designierter Kanzler scheitert, ist neu."}

    def label(doc, word, shown=False):
        start = texts[doc].index(word)
        return Cue(Span(doc, start, start + len(word)), word, "actor_label", "", "", cls="neutral",
                   entity="Robert Prevost", shown=shown, speaker="outlet")

    a, b, c = label("d1", "US-Amerikaner"), label("d2", "Kardinal"), label("d2", "Kanzler")
    group = Group("g1", 0.5, [Span("d1", 0, len(texts["d1"])), Span("d2", 0, len(texts["d2"]))])
    show_role_contrasts([a, b, c], AlignmentResult([group], [], [], ["d1", "d2"], ""), texts, lambda: {"amerikanisch"})
    assert not a.shown and not b.shown and not c.shown


def test_a_label_after_an_indefinite_article_names_someone_only_when_said_of_them():
    cues = _detect(["Friedrich Merz scheiterte im ersten Wahlgang. Dass ein designierter Kanzler scheitert, ist neu. "
                    "Merz ist ein gescheiterter Kanzler. Kim Jong Un, ein Diktator, lacht."])
    assert [(c.text, c.entity) for c in cues if c.category == "actor_label"] == [
        ("Kanzler", None), ("Kanzler", "Friedrich Merz"), ("Diktator", "Kim Jong Un")]


def test_plural_labels_name_a_list_of_persons_but_not_a_single_name_after_them():
    cues = _detect(["Wladimir Putin empfing Kim Jong Un. Wolodymyr Selenskyj kritisierte, dass Donald Trump und seine "
                    "Vorgänger Wladimir Putin nicht aufgehalten hätten. Die beiden Machthaber Wladimir Putin und Kim "
                    "Jong Un lachten. Der Machthaber Kim Jong Un lachte."])
    labels = [(c.text, c.entity) for c in cues if c.category == "actor_label"]
    assert ("Machthaber", "Wladimir Putin & Kim Jong Un") in labels and ("Machthaber", "Kim Jong Un") in labels
    assert not any(text == "Vorgänger" and entity for text, entity in labels), labels


def test_a_conclusion_drawn_from_signs_is_a_hedge():
    cues = _detect(["Die Wahl des Ortes legt nahe, dass Kim Hilfe sucht. Die Bilder deuten darauf hin, dass es kalt war.",
                    "Kim sucht Hilfe. Es war kalt."])
    hedges = {c.text for c in cues if c.category == "hedge" and c.span.doc == "d1"}
    assert {"legt", "deuten"} <= hedges, hedges


def test_two_sourcing_cues_side_by_side_are_one_attribution():
    cues = _detect(["Auf die Frage nach Satelliten wurde Putin von russischen Staatsmedien mit den Worten zitiert: "
                    "„Deshalb sind wir hierher gekommen.“",
                    "Putin sagte: „Deshalb sind wir hierher gekommen.“"])
    sources = [c for c in cues if c.category == "attribution" and c.span.doc == "d1"]
    assert [(c.text, c.cls) for c in sources] == [("Staatsmedien mit den Worten zitiert", "state_media")], sources


def test_an_outlet_that_names_both_days_disputes_neither():
    """English is untagged, so the verbs cannot tell "declared … on Tuesday" from "lifted … early Wednesday";
    an outlet that names both days in its text disputes neither."""
    cues = _detect_lang([
        "South Korea's president lifted the martial law early Wednesday. Lawmakers had voted against the decree. "
        "He had declared it on Tuesday night in a televised address.",
        "South Korea's president declared martial law on Tuesday night. Lawmakers voted against the decree within "
        "hours.",
        "South Korea's president lifted the martial law early Wednesday after lawmakers voted against the decree.",
    ], "en")
    assert not [c.text for c in cues if c.category == "factual_variant" and c.span.doc == "d1"]


def test_english_speech_verbs_need_speech():
    """Untagged English: "amid a dispute" is a noun and "declared martial law" a proclamation; "denied that …"
    and ", he declared." introduce speech."""
    cues = _detect_lang([
        "The president declared martial law amid a dispute with the opposition. He denied that troops were "
        "deployed. \"We will protect democracy,\" he declared.",
        "The president imposed martial law during a row with the opposition. He said troops were not deployed.",
    ], "en")
    verbs = [c.text for c in cues if c.category == "reporting_verb" and c.span.doc == "d1"]
    assert "dispute" not in verbs and verbs.count("declared") == 1 and "denied" in verbs, verbs


def test_english_titles_name_their_holder():
    """Untagged English: "President Yoon" teaches that "the president" is Yoon; "the leader of Yoon's own party"
    and "the prime minister's office" name someone else than the story's president."""
    a = ("South Korean President Yoon Suk Yeol declared martial law on Tuesday. The move was denounced by the "
         "opposition and the leader of Yoon's own conservative party. The Cabinet approved the motion, the prime "
         "minister's office said.")
    b = ("South Korean President Yoon Suk Yeol declared martial law on Tuesday. Opposition leader Lee Jae-myung "
         "called it illegal. The president later lifted it.")
    labels = {(c.span.doc, c.text): c.entity for c in _detect_lang([a, b], "en") if c.category == "actor_label"}
    assert labels[("d2", "president")] == "Yoon Suk Yeol"
    assert labels[("d1", "leader")] is None and labels[("d1", "prime minister")] is None
    third = ("South Korean President Yoon Suk Yeol declared martial law. The country's military dictatorship ended "
             "in 1987. The move was condemned by the leader of his own party.")
    other = {c.text: c.entity for c in _detect_lang([third, b], "en")
             if c.category == "actor_label" and c.span.doc == "d1"}
    assert other.get("dictatorship") is None and other.get("leader") is None, other
    assert labels[("d2", "leader")] == "Lee Jae-myung"  # the English tokenizer splits the hyphen; the name is whole
    era = _detect_lang([a + " It recalled an era of authoritarian leaders.", b], "en")
    assert [c.entity for c in era if c.text.endswith("leaders")] == [None]  # a bare plural names no one


def test_open_questions_and_explainer_subheads_hedge_nothing():
    cues = _detect(["Was weiß man über den Täter?\n\nDie Motive des Mannes sind noch unklar. Der Mann soll Arzt sein.",
                    "Waffen für Russland?\n\nDer Mann ist Arzt. Die Motive sind unbekannt."])
    hedges = [(c.span.doc, c.text) for c in cues if c.category == "hedge"]
    assert ("d1", "unklar") not in hedges and not any(t.startswith("Was weiß") for _, t in hedges), hedges
    assert ("d1", "soll") in hedges and ("d2", "Waffen für Russland?") in hedges, hedges


def test_english_officials_are_a_source_only_when_they_say_something():
    cues = _detect_lang([
        "The White House was in contact with South Korean officials. The decree was lifted, officials said.",
        "The White House spoke to the government in Seoul. The decree was lifted, the government said.",
    ], "en")
    sources = [c.span.start for c in cues if c.category == "attribution" and c.span.doc == "d1"]
    assert len(sources) == 1, sources


def test_a_count_of_others_is_no_rival_number():
    cues = _detect_lang([
        "At least 265 people were killed on Thursday when the plane crashed into a hostel in Ahmedabad.",
        "Besides the passengers and crew, at least 24 people were killed on Thursday when the plane crashed into "
        "a hostel in Ahmedabad.",
    ], "en")
    assert not [c.text for c in cues if c.category == "factual_variant"]


def test_an_attack_called_an_accident_is_played_down_but_a_plane_crash_is_not():
    attack = _detect(["Ein Auto ist in den Weihnachtsmarkt gerast. Die Behörden sprechen von einem Anschlag.",
                      "Ein Auto ist in den Weihnachtsmarkt gerast. Nach dem Unfall wurde der Fahrer festgenommen."])
    shown = {(c.span.doc, c.text, c.cls) for c in attack if c.category == "event_label" and c.shown}
    assert ("d2", "Unfall", "minimising") in shown, shown
    crash = _detect(["Das Flugzeug ist kurz nach dem Start abgestürzt. Die Ursache des Unglücks ist unklar.",
                     "Das Flugzeug ist kurz nach dem Start abgestürzt. Nach dem Unfall wurden Trümmer gefunden."])
    assert not [c.text for c in crash if c.category == "event_label" and c.shown and c.text == "Unfall"]
    english = _detect_lang(["A car drove into the Christmas market. Police called it a terror attack.",
                            "A car drove into the Christmas market. After the accident the driver was arrested."],
                           "en")
    shown = {(c.span.doc, c.text, c.cls) for c in english if c.category == "event_label" and c.shown}
    assert ("d1", "terror attack", "dramatising") in shown and ("d2", "accident", "minimising") in shown, shown


def test_a_title_of_a_place_with_the_person_in_apposition():
    """ "Der Ministerpräsident von Sachsen-Anhalt, Reiner Haseloff": the person, not the land (one hyphenated
    word is a place, not a person's name), and "Reiner" is a first name, not a compound noun."""
    cues = _detect(["Der Ministerpräsident von Sachsen-Anhalt, Reiner Haseloff (CDU), sagte, weitere Tote könnten "
                    "nicht ausgeschlossen werden. Brandenburgs Ministerpräsident Dietmar Woidke reagierte bestürzt.",
                    "Ministerpräsident Reiner Haseloff sprach von zwei Toten."])
    labels = [(c.span.doc, c.entity) for c in cues if c.category == "actor_label" and c.text == "Ministerpräsident"]
    assert labels == [("d1", "Reiner Haseloff"), ("d1", "Dietmar Woidke"), ("d2", "Reiner Haseloff")], labels


def test_whose_spokesman_is_no_disputed_detail():
    cues = _detect(["Der Vorfall wurde vom Regierungssprecher von Sachsen-Anhalt, Matthias Schuppe, bestätigt.",
                    "Der Vorfall wurde vom Stadtsprecher von Magdeburg, Michael Reif, bestätigt."])
    assert not [c.text for c in cues if c.category == "factual_variant"]


def test_english_titles_of_the_story_and_their_holders():
    cues = _detect_lang([
        "National Assembly Speaker Woo Won Shik declared the decree invalid. Lee Jae-myung, leader of the liberal "
        "Democratic Party, called it illegal, according to Flight Radar. India's aviation minister said nothing.",
        "Speaker Woo Won Shik spoke. Opposition leader Lee Jae-myung called it illegal.",
    ], "en")
    labels = {(c.span.doc, c.text): c.entity for c in cues if c.category == "actor_label"}
    assert labels[("d1", "Speaker")] == "Woo Won Shik" and labels[("d1", "leader")] == "Lee Jae-myung", labels
    assert labels[("d1", "minister")] is None, labels


def test_an_earlier_attack_named_in_passing_is_no_label_of_this_one():
    cues = _detect(["Ein Auto raste in den Weihnachtsmarkt. Die Tat geschah acht Jahre nach dem Terroranschlag auf "
                    "den Berliner Weihnachtsmarkt. Die Polizei spricht von einem Anschlag.",
                    "Ein Auto raste in den Weihnachtsmarkt. Die Behörden sprechen von einem Terroranschlag."])
    shown = [(c.span.doc, c.text) for c in cues if c.category == "event_label" and c.shown]
    assert ("d1", "Terroranschlag") not in shown and ("d2", "Terroranschlag") in shown, shown


def test_the_two_comrades_are_the_two_leaders():
    """ "die beiden Genossen" names the report's two leaders; "die Genossen" alone stays the party's members."""
    cues = _detect(["Kremlchef Wladimir Putin empfing Kim Jong Un. Die beiden Genossen stießen auf die Freundschaft "
                    "an. Die Genossen der Partei jubelten."])
    labels = [(c.text, c.entity) for c in cues if c.category == "actor_label" and c.text == "Genossen"]
    assert [(text, set((entity or "").split(" & "))) for text, entity in labels] == [
        ("Genossen", {"Kim Jong Un", "Wladimir Putin"}), ("Genossen", {""})], labels


def test_crisis_minimises_only_in_a_text_about_a_war():
    cues = _detect(["Merz soll Europa aus der Krise führen. Der Bundestag wählt am Dienstag.",
                    "Im Krieg gegen die Ukraine spricht Moskau von einer Krise. Der Bundestag wählt am Dienstag."])
    shown = {(c.span.doc, c.text) for c in cues if c.category == "event_label" and c.shown}
    assert ("d1", "Krise") not in shown and ("d2", "Krise") in shown, shown


def test_a_crisis_named_by_a_place_minimises_where_another_report_tells_of_the_war():
    """ "die Ukraine-Krise" in a report that names no war itself is the minimising name where another outlet tells
    of the war; a crisis of something other than a place ("Fentanyl-Krise") or of a government stays plain."""
    cues = _detect(["Scholz sprach mit Xi über die Ukraine-Krise und die Fentanyl-Krise. Scholz reiste danach "
                    "in die Ukraine.",
                    "Scholz sprach mit Xi über den Krieg in der Ukraine. Russland greift die Ukraine seit 2022 an."])
    shown = {(c.span.doc, c.text) for c in cues if c.category == "event_label" and c.shown}
    assert ("d1", "Ukraine-Krise") in shown and ("d1", "Fentanyl-Krise") not in shown, shown
    calm = _detect(["Scholz sprach mit Xi über die Ukraine-Krise. Scholz reiste danach in die Ukraine.",
                    "Scholz sprach mit Xi über die Lage in der Ukraine."])
    assert not [c.text for c in calm if c.category == "event_label" and c.shown and "Krise" in c.text]


def test_a_crisis_of_another_domain_or_of_a_place_at_peace_names_no_war():
    filler = " The delegations met in the morning and talked about trade, climate and travel for hours." * 4
    cues = _detect_lang(["Russia's invasion of Ukraine goes on." + filler + " Fentanyl has fueled an opioid overdose "
                         "crisis in America." + filler + " The leaders met amid economic and security tensions." + filler
                         + " Xi spoke about the conflict in Ukraine." + filler,
                         "The war in Ukraine was discussed." + filler], "en")  # (filler: no highlight is too dense)
    shown = [c.text for c in cues if c.category == "event_label" and c.shown and c.span.doc == "d1"]
    assert "crisis" not in shown and "tensions" not in shown and "conflict" in shown, shown


def test_a_kinship_noun_is_no_title():
    """ "dessen Großvater Friedrich", "Kims Vater Kim Jong Il": a relation to someone else, not a label the outlet
    gives the person (and "Friedrich" alone is no name of Friedrich Merz)."""
    cues = _detect(["Bundeskanzler Friedrich Merz schenkte Trump die Geburtsurkunde von dessen Großvater Friedrich. "
                    "Kims Vater Kim Jong Il reiste einst nach Peking.",
                    "Kanzler Friedrich Merz traf Trump. Machthaber Kim Jong Un reiste nach Peking."])
    labels = {c.text for c in cues if c.category == "actor_label"}
    assert not labels & {"Großvater", "Vater"}, labels


def test_a_closed_compound_of_a_place_and_a_conflict_plays_the_war_down():
    """ "der Ukrainekonflikt" is "Ukraine-Konflikt" written as one word; "die Finanzkrise" names no war."""
    cues = _detect(["Scholz sprach über den Ukrainekonflikt und die Finanzkrise. Russland führt Krieg in der Ukraine.",
                    "Scholz sprach über den Ukraine-Konflikt. Russland führt seit 2022 Krieg gegen die Ukraine."])
    shown = {(c.span.doc, c.text) for c in cues if c.category == "event_label" and c.shown}
    assert ("d1", "Ukrainekonflikt") in shown and ("d1", "Finanzkrise") not in shown, shown


def test_a_plain_title_of_the_pair_contrasts_only_with_a_loaded_label_of_the_pair():
    """ "die beiden Staatschefs" is no choice against another outlet's "Diktator" for one of them; it is against
    "die beiden Autokraten"."""
    one = _detect(["Kremlchef Wladimir Putin empfing Kim Jong Un. Die beiden Staatschefs sprachen lange.",
                   "Präsident Wladimir Putin empfing den Diktator Kim Jong Un. Sie sprachen lange."])
    assert not [c.text for c in one if c.category == "actor_label" and c.shown and c.text == "Staatschefs"]
    pair = _detect(["Präsident Wladimir Putin empfing Kim Jong Un. Die beiden Staatschefs sprachen lange.",
                    "Präsident Wladimir Putin empfing Kim Jong Un. Die beiden Autokraten sprachen lange."])
    assert [c.text for c in pair if c.category == "actor_label" and c.shown and c.text == "Staatschefs"]


def test_a_first_name_read_as_a_noun_is_no_title_of_its_bearer():
    cues = _detect(["Kuba:Wie Barack Obama die letzten Reste des Kalten Kriegs begräbt\n\nUS-Präsident Barack Obama "
                    "sprach in Havanna.",
                    "Präsident Barack Obama sprach in Havanna. Der Diktator Raúl Castro hörte zu."])
    assert "Barack" not in {c.text for c in cues if c.category == "actor_label"}


def test_historic_of_a_place_or_a_document_is_no_valuation():
    cues = _detect(["Merz schenkte Trump die historische Geburtsurkunde. Touristen flanierten durch die historischen "
                    "Gassen. Es war ein historischer Besuch."])
    assert [c.text for c in cues if c.category == "evaluative" and c.text.startswith("histor")] == ["historischer"]
    text = "The talks took place at the historic Hotel Metropole. It was a historic meeting."
    english = _detect_lang([text], "en")
    assert [c.span.start for c in english if c.category == "evaluative" and c.text == "historic"] == [
        text.rindex("historic")]


def test_a_topic_before_a_headline_colon_is_no_source():
    """ "Syrien: Putin und Trump vereinbaren Feuerpause" is about Syria; "Kreml: Putin ist bereit" is the Kremlin's."""
    cues = _detect(["Syrien: Putin und Trump vereinbaren Feuerpause\n\nWladimir Putin und Donald Trump trafen sich "
                    "in Hamburg. Die Feuerpause in Syrien beginnt am Sonntag.",
                    "Kreml: Putin ist zu Gesprächen bereit\n\nWladimir Putin und Donald Trump trafen sich in "
                    "Hamburg."])
    prefixes = [(c.span.doc, c.text) for c in cues if c.cls == "source_prefix"]
    assert ("d1", "Syrien:") not in prefixes and ("d2", "Kreml:") in prefixes, prefixes


def test_a_modal_in_a_reported_threat_is_the_speakers_but_not_one_of_looming():
    cues = _detect(["Mehrfach drohte Trump dem Regime in Pjöngjang, die USA könnten das Land auslöschen. Obwohl ihm "
                    "genau das in der Mongolei drohen könnte, reiste Putin."])
    modals = [(c.text, c.speaker) for c in cues if c.category == "hedge" and c.text.startswith("könnt")]
    assert ("könnten", "quoted") in modals and ("könnte", "outlet") in modals, modals


def test_a_question_after_a_headline_colon_makes_its_prefix_a_topic():
    cues = _detect(["Kuba:Wie Barack Obama die letzten Reste des Kalten Kriegs begräbt\n\nBarack Obama besuchte "
                    "Havanna. Raúl Castro empfing ihn.",
                    "Obama in Havanna\n\nBarack Obama besuchte Havanna. Raúl Castro empfing ihn."])
    assert not [c.text for c in cues if c.cls == "source_prefix"]


def test_cold_words_of_the_weather_are_no_evaluation():
    cues = _detect(["Die Vereidigung fand wegen eisiger Kälte drinnen statt. Die Beziehungen sind frostig."])
    assert [c.text for c in cues if c.category == "evaluative" and c.text in ("eisiger", "frostig")] == ["frostig"]


def test_an_english_speech_noun_after_a_possessive_is_no_reporting_verb():
    text = "The island's government rejects Beijing's claims of sovereignty. Beijing claims the island as its own."
    cues = _detect_lang([text], "en")
    assert [c.span.start for c in cues if c.category == "reporting_verb" and c.text == "claims"] == [
        text.rindex("claims")]


def test_a_quotation_with_a_word_written_apart_is_no_variant():
    cues = _detect(["\"Wir stehen an der Seite der Ukraine - so lange, wie das nötig ist\", sagt Scholz einmal mehr.",
                    "\"Wir stehen an der Seite der Ukraine, solange wie das nötig ist\", sagte Scholz."])
    assert not [c.text for c in cues if c.category == "quote_variant"]


def test_a_reporting_verb_in_indirect_speech_is_the_speakers():
    cues = _detect(["Abe begrüßte die Erklärung, betonte aber, er erwarte von Nordkorea nun konkrete Schritte."])
    verbs = {c.text: c.speaker for c in cues if c.category == "reporting_verb"}
    assert verbs.get("erwarte") in (None, "quoted") and verbs.get("betonte") == "outlet", verbs


def test_a_judgement_after_finden_es_is_the_subjects():
    cues = _detect(["Trump lobte Merz. Er findet es auch großartig, dass Merz nicht Angela Merkel ist."])
    judged = {c.text: c.speaker for c in cues if c.category == "evaluative"}
    assert judged.get("großartig") in (None, "quoted"), judged


def test_an_english_verb_after_said_he_is_the_speakers():
    cues = _detect_lang(["Zelensky angered Trump when he said he did not believe the deal would deter Russia. Trump "
                         "said he expected the process to begin very quickly."], "en")
    verbs = {c.text: c.speaker for c in cues if c.category == "reporting_verb"}
    assert verbs.get("believe") in (None, "quoted") and verbs.get("expected") in (None, "quoted"), verbs


def test_an_english_verb_in_a_that_clause_of_saying_is_the_speakers():
    """"The foreign ministry said in a statement that Beijing and Moscow believe …": the ministry's verb; "told Putin
    that … and urged …" opens a second predicate of the outlet's sentence."""
    cues = _detect_lang(["China's foreign ministry said in a statement that Beijing and Moscow believe that the charter "
                         "must be observed. Modi told Putin that war cannot solve problems and urged peace talks."], "en")
    verbs = {c.text: c.speaker for c in cues if c.category == "reporting_verb"}
    assert verbs.get("believe") in (None, "quoted"), verbs
    assert verbs.get("urged") == "outlet", verbs


def test_a_conflict_named_by_a_place_needs_a_war_named_at_that_place():
    """ "der Nordkorea-Konflikt" beside the Korean War of 1950 and the army of another country plays no war down."""
    cues = _detect(["China und Nordkorea kamen sich näher. In den Nordkorea-Konflikt ist Bewegung gekommen. Die "
                    "nordkoreanische Führung reiste nach Peking, in Nordkorea blieb es ruhig.",
                    "Seit dem Koreakrieg sind die Länder verbündet. Russland führt Krieg in der Ukraine. Nordkorea "
                    "schickte Soldaten."])
    assert not [c.text for c in cues if c.category == "event_label" and c.shown and "Konflikt" in c.text]


def test_a_number_in_words_in_roman_or_in_digits_is_one_rendering():
    cues = _detect_lang(["\"You're gambling with World War Three,\" Trump told Zelensky.",
                         "\"You're gambling with World War III,\" Trump told Zelensky."], "en")
    assert not [c.text for c in cues if c.category == "quote_variant"]


def test_an_english_modal_in_a_fear_without_that_is_the_fears():
    cues = _detect_lang(["A military build-up has raised fears it could soon march into Ukraine. The talks could "
                         "fail, Macron said."], "en")
    modals = [(c.text, c.speaker) for c in cues if c.category == "hedge" and c.text == "could"]
    assert modals and modals[0][1] == "quoted", modals


def test_a_compass_demonym_is_no_person_in_english():
    a = ("Russian President Vladimir Putin hosted North Korean dictator Kim Jong Un on Wednesday. The two autocrats "
         "discussed military cooperation, the Kremlin said.")
    b = "Russian President Vladimir Putin met North Korean leader Kim Jong Un on Wednesday."
    labels = {c.text: c.entity for c in _detect_lang([a, b], "en") if c.category == "actor_label"}
    assert labels["autocrats"] == "Vladimir Putin & Kim Jong Un", labels


def test_adverbial_evaluations_count_predicative_and_indirect_speech_ones_do_not():
    cues = _detect(["Merz ist im ersten Wahlgang spektakulär gescheitert. Die Lage ist hektisch. Lindner habe "
                    "egoistisch gehandelt, sagte Scholz. Trump forderte Selenskyj auf, dankbar zu sein."])
    shown = {c.text for c in cues if c.category == "evaluative" and c.shown}
    assert "spektakulär" in shown and not shown & {"hektisch", "egoistisch", "dankbar"}, shown


def test_soll_with_a_verb_of_state_is_hearsay_with_an_event_verb_a_plan():
    text = "Der Name soll schon feststehen. Die Wahl soll im März stattfinden. Scholz soll das gesagt haben."
    hedges = [c.span.start for c in _detect([text]) if c.category == "hedge"]
    assert hedges == [text.index("soll schon"), text.index("soll das")], hedges


def test_unklar_of_an_open_question_is_no_hedge():
    cues = _detect(["Dementsprechend war zunächst unklar, wie weiter verfahren werden sollte. "
                    "Wann erneut abgestimmt wird, ist unklar.",
                    "Unklar bleibt, ob die Linke zugestimmt hat. Es ist unklar, ob er bleibt."])
    hedges = [(c.span.doc, c.text) for c in cues if c.category == "hedge" and "nklar" in c.text]
    assert not any(doc == "d1" for doc, _ in hedges), hedges
    assert sum(doc == "d2" for doc, _ in hedges) == 2, hedges


def test_guillemets_open_the_way_the_text_uses_them():
    # the page lost the first opening mark; the other quotations must not be read inside out
    text = ("Der Friede sei mit euch allen»: Mit diesem Ruf begrüsste er die Menge. Er fuhr fort: «Ich hoffe auf "
            "Frieden.» Anders als sein Vorgänger trug er die Mozetta. «Gott liebt euch alle», sagte er.")
    assert [text[a:b] for a, b in quoted_ranges(text)] == ["Ich hoffe auf Frieden.", "Gott liebt euch alle"]
    german = "Er sagte: »Wir kommen« und ging. Dann: »Ja«, sagte sie."
    assert [german[a:b] for a, b in quoted_ranges(german)] == ["Wir kommen", "Ja"]


def test_a_subjunctive_in_a_later_clause_leaves_the_main_clause_to_the_outlet():
    cues = _detect(["In Wahrheit hatte Selenskyj lediglich versucht, klarzumachen, dass Putin nicht zu trauen sei.",
                    "Lindner habe egoistisch gehandelt."])
    assert next(c for c in cues if "lediglich" in c.text).speaker == "outlet"
    assert next(c for c in cues if "egoistisch" in c.text).speaker == "quoted"


def test_a_quotation_the_page_cut_off_runs_to_the_end():
    text = "Die FT sah einen «beispiellosen Fehler», der «ein schwerer Schlag für den CDU-Politiker wa\n"
    assert [text[a:b] for a, b in quoted_ranges(text)] == ["beispiellosen Fehler",
                                                           "ein schwerer Schlag für den CDU-Politiker wa"]
    stray = "Er sagte: „Wir kommen. Dann ging er."  # a stray mark before a sentence's end opens nothing
    assert quoted_ranges(stray) == []


def test_the_medium_a_statement_was_given_to_is_sourcing_in_english():
    cues = _detect_lang([
        "The plane crashed after take-off. Ramesh told India TV that he jumped out. Fire service officials told "
        "AFP that 200 bodies were found. He told reporters he was fine. A witness told the Hindustan Times the "
        "noise was loud.",
        "The plane crashed shortly after take-off. Officials told The Associated Press that the toll was rising.",
    ], "en")
    sources = {c.text for c in cues if c.category == "attribution"}
    assert {"told India TV", "Fire service officials told AFP", "A witness told the Hindustan Times",
            "Officials told The Associated Press"} <= sources  # a capitalised plural source opening the sentence too
    assert not any("reporters" in s for s in sources)  # "told reporters" names no medium
    channel = next(c for c in cues if c.text == "told India TV")
    assert "medium" in channel.explanation and "Medium" in channel.explanation_de


def test_the_medium_a_statement_was_given_to_is_sourcing_in_german():
    cues = _detect([
        "Die Lage sei ernst, sagte Rubio dem US-Sender CNN. Trump sprach am Freitag im Interview mit dem Sender "
        "\"Fox News\" über Selenskyj. Johnson gratulierte auf der Plattform X dem neuen Papst.",
        "Der Sender berichtete live über das Treffen im Weißen Haus.",
    ])
    sources = {c.text for c in cues if c.category == "attribution"}
    assert any(s.endswith("dem US-Sender CNN") for s in sources)
    assert {'im Interview mit dem Sender "Fox News"', "auf der Plattform X"} <= sources
    assert not any(c.span.doc == "d2" for c in cues if c.category == "attribution")  # a medium not named


def test_a_medium_in_the_genitive_is_no_statements_channel():
    cues = _detect(["Das Weiße Haus ließ versehentlich Reporter der russischen Nachrichtenagentur Tass ins Oval "
                    "Office.", "Reporter waren im Oval Office."])
    assert not [c.text for c in cues if c.category == "attribution" and "Tass" in c.text]


def test_one_promise_rendered_by_different_verbs_is_highlighted_in_the_row():
    """"stellte … in Aussicht" (held out the prospect) beside "sicherte … zu" (assured) in parallel passages:
    how firm the promise sounds is each outlet's choice; the same verb alone stays a plain reporting verb."""
    cues = _detect([
        "Die Ministerin besuchte die Flutgebiete am Montag. Dort stellte sie den Landwirten rasche Hilfen beim "
        "Wiederaufbau der Höfe in Aussicht.",
        "Die Ministerin besuchte die Flutgebiete am Montag. Sie hat den Landwirten rasche Hilfen beim "
        "Wiederaufbau der Höfe zugesichert.",
        "Die Ministerin besuchte die Flutgebiete am Montag. Sie hat den Landwirten rasche Hilfen beim "
        "Wiederaufbau der Höfe zugesagt."])
    promises = {(c.span.doc, c.text): c.shown for c in cues if c.category == "reporting_verb"}
    assert promises == {("d1", "in Aussicht"): True, ("d2", "zugesichert"): True, ("d3", "zugesagt"): True}, promises
    plain = _detect([
        "Die Ministerin besuchte die Flutgebiete am Montag. Sie hat den Landwirten rasche Hilfen beim "
        "Wiederaufbau der Höfe zugesichert.",
        "Die Ministerin besuchte die Flutgebiete am Montag. Sie hat den Bauern schnelle Hilfen beim "
        "Wiederaufbau der Höfe zugesichert."])
    assert [c.shown for c in plain if c.category == "reporting_verb"] == [False, False]
    elsewhere = _detect(["Eine Einigung ist nicht in Aussicht, sagte er.", "Eine Lösung ist weiter nicht in Sicht."])
    assert not [c for c in elsewhere if "Aussicht" in c.text]


def test_an_event_does_not_speak():
    """"ein Gipfel, der die Interessen … unterstreicht": the verb of stressing has an event as its subject (the
    antecedent of the relative clause) and reports no speech; "ein Sprecher, der … unterstrich" does."""
    cues = _detect(["Beide trafen sich zu einem Gipfel, der die gemeinsamen Interessen der Länder unterstreicht.",
                    "Es äußerte sich ein Sprecher, der die gemeinsamen Interessen der Länder unterstrich."])
    verbs = {(c.span.doc, c.text) for c in cues if c.category == "reporting_verb"}
    assert ("d1", "unterstreicht") not in verbs and ("d2", "unterstrich") in verbs, verbs


def test_a_judgement_someone_holds_is_theirs():
    """"Südkorea hält dies für eine Provokation": the evaluation after "hält … für" (or "bezeichnete … als",
    "nannte") is the subject's, reported, not the outlet's; the outlet's own "Provokation" stays its own."""
    cues = _detect(["Nordkorea feuerte zwei Raketen ab. Südkorea hält dies für eine Provokation.",
                    "Nordkorea feuerte zwei Raketen ab. Das ist eine Provokation."])
    found = {(c.span.doc, c.text): c.speaker for c in cues if c.category == "evaluative"}
    assert found.get(("d1", "Provokation")) == "quoted" and found.get(("d2", "Provokation")) == "outlet", found


def test_a_quotation_with_one_word_changed_is_a_variant_even_with_few_content_words():
    """"Zu oft hat er mein Vertrauen gebrochen" / "… missbraucht": two content words, one shared, is too little
    evidence by words alone; the shape of the whole sentence (function words included) says it is one quotation.
    A short quotation ("Das ist falsch") has too little shape."""
    cues = _detect(["Der Kanzler entlässt den Minister. Er klingt kämpferischer als sonst. „Zu oft hat er mein "
                    "Vertrauen gebrochen.“",
                    "Die Koalition ist am Ende. Laut Teilnehmern der jüngsten Gespräche in der Regierungszentrale ist "
                    "das Verhältnis der Parteien zerrüttet: \"Zu oft hat er mein Vertrauen missbraucht\", …"])
    variants = {(c.span.doc, c.text) for c in cues if c.category == "quote_variant"}
    assert ("d1", "Zu oft hat er mein Vertrauen gebrochen.") in variants, variants
    assert ("d2", "Zu oft hat er mein Vertrauen missbraucht") in variants, variants
    short = _detect(["Er sagte: „Das ist falsch.“ Dann ging er.", "Sie sagte: „Das ist richtig.“ Dann blieb sie."])
    assert not [c for c in short if c.category == "quote_variant"]


def test_the_rarer_plain_names_of_one_attack_are_highlighted():
    """Most outlets say "Anschlag", one "Amokfahrt", one "Attacke": the rarer names are a choice; the word most
    use stays plain (no loaded name of that head here to contrast it with)."""
    tail = " Der Fahrer wurde festgenommen."
    cues = _detect(["Nach dem Anschlag auf den Weihnachtsmarkt herrscht Trauer." + tail,
                    "Der Anschlag auf den Weihnachtsmarkt erschüttert die Stadt." + tail,
                    "Nach dem Anschlag in Magdeburg beginnen die Ermittlungen." + tail,
                    "Die Amokfahrt von Magdeburg erschüttert das Land." + tail,
                    "Die Weihnachtsmarkt-Attacke erschüttert die Stadt." + tail])
    shown = {(c.span.doc, c.text) for c in cues if c.category == "event_label" and c.shown}
    assert shown == {("d4", "Amokfahrt"), ("d5", "Weihnachtsmarkt-Attacke")}, shown


def test_information_of_a_named_medium_and_eyewitnesses_are_sources():
    cues = _detect(["Nach Informationen der Deutschen Presse-Agentur war der Mann bekannt. Ein Augenzeuge sagte, "
                    "das Auto sei sehr schnell gewesen."])
    sources = {(c.text, c.cls) for c in cues if c.category == "attribution"}
    assert ("Nach Informationen der Deutschen Presse-Agentur", "named_source") in sources, sources
    assert any(text.startswith("Augenzeuge") and cls == "vague" for text, cls in sources), sources
    english = _detect_lang(["The car drove into the crowd at high speed, eyewitnesses said on Friday."], "en")
    assert [c.text for c in english if c.category == "attribution"] == ["eyewitnesses said"]


def test_not_ruling_out_and_assuming():
    """"Weitere Tote könnten nicht ausgeschlossen werden" hedges the claim; "Haseloff schloss … nicht aus" and
    "die Ermittler gehen davon aus" report someone's stance with a speculative verb (as "vermuten" does)."""
    cues = _detect(["Weitere Tote könnten nicht ausgeschlossen werden. Haseloff schloss weitere Todesfälle nicht aus. "
                    "Die Ermittler gehen davon aus, dass er allein handelte. Von dem Mann ging keine Gefahr aus."])
    found = {(c.category, c.cls, c.text) for c in cues}
    assert ("hedge", "modal", "könnten nicht ausgeschlossen") in found, found
    assert ("reporting_verb", "speculative", "schloss weitere Todesfälle nicht") in found, found
    assert ("reporting_verb", "speculative", "gehen davon") in found, found
    assert not [t for _, _, t in found if "ging" in t], found  # "ausgehen von" of a danger: no assumption


def test_a_political_leaning_labels_the_person_or_group_it_describes():
    cues = _detect(["Der konservative Politiker Friedrich Merz sprach lange. Die konservative Partei jubelte. "
                    "Er gilt als konservativ. Die liberale Demokratie sei in Gefahr, sagte Merz."])
    leaning = [(c.text, c.entity) for c in cues if c.category == "actor_label" and c.cls == "leaning"]
    assert leaning == [("konservative", "Friedrich Merz"), ("konservative", None)], leaning
    english = _detect_lang(["South Korea's rightwing president Yoon Suk Yeol declared martial law. Lee Jae-myung, "
                            "leader of the liberal Democratic Party, condemned it. President Yoon later lifted it."],
                           "en")
    labels = [(c.text, c.cls, c.entity, c.shown) for c in english if c.category == "actor_label"]
    assert ("rightwing", "leaning", "Yoon Suk Yeol", True) in labels, labels
    assert ("liberal", "leaning", None, True) in labels, labels
    # the leaning is itself the difference: the plain title makes no contrast with it
    assert not [t for t, cls, _, shown in labels if cls == "neutral" and shown], labels


def test_a_named_medium_and_the_channel_of_a_statement_are_sources():
    cues = _detect_lang(["Several Democrats had urged him to quit, the New York Times reported on Sunday. On Thursday "
                         "The Gateway Pundit reported the news first. Harris said in a statement she was honoured. "
                         "The Clintons said they were proud. Mr. Biden, in a post on X, thanked his staff."], "en")
    sources = [c.text for c in cues if c.category == "attribution"]
    assert "the New York Times reported" in sources and "The Gateway Pundit reported" in sources, sources
    assert "in a statement" in sources and "in a post" in sources, sources
    assert not [s for s in sources if "Clintons" in s], sources  # a family, not a medium


def test_quotations_sharing_only_a_name_render_no_common_statement():
    cues = _detect_lang(["Trump wrote on Truth Social: \"MAKE AMERICA GREAT AGAIN!\" He then left the stage.",
                         "His running mate said the campaign stood for \"America first\". He then left the stage."],
                        "en")
    assert not [c.text for c in cues if c.category == "quote_variant"]


def test_raging_and_fuming_are_vivid_speech_verbs():
    cues = _detect(["„Das ist eine Unverschämtheit“, tobt der CDU-Chef. Merz zürnt: „Sie haben versagt.“ "
                    "Wie Bundestagspräsidentin Bärbel Bas bekanntgab, stimmten 207 Abgeordnete dafür."])
    found = {(c.category, c.text) for c in cues}
    assert ("reporting_verb", "tobt") in found and ("reporting_verb", "zürnt") in found, found
    assert ("attribution", "Wie Bundestagspräsidentin Bärbel Bas bekanntgab") in found, found


def test_the_rarer_namings_of_a_withdrawal_are_marked():
    """Most reports say the candidate "dropped out"; one "quits the race", one "ended his bid": marked names.
    "Troops withdrew" names no withdrawal from a race (nothing left is named)."""
    tail = " He endorsed his deputy. Troops withdrew from the square."
    cues = _detect_lang(["The president dropped out of the race on Sunday." + tail,
                         "The president dropped out of the presidential race." + tail,
                         "On Sunday the president dropped out of the race." + tail,
                         "Biden quits the race after weeks of pressure." + tail,
                         "The president ended his reelection bid on Sunday." + tail], "en")
    marked = {(c.span.doc, c.text) for c in cues if c.category == "event_label" and c.cls == "marked_name"}
    assert marked == {("d4", "quits"), ("d5", "ended his reelection bid")}, marked


def test_what_a_vote_decides_is_no_reporting_verb():
    cues = _detect_lang(["Lawmakers voted to reject military rule on Wednesday. The minister rejected the "
                         "accusation, calling it baseless."], "en")
    verbs = [c.text for c in cues if c.category == "reporting_verb"]
    assert "rejected" in verbs and "reject" not in verbs, verbs


def test_a_hyphenated_title_before_a_name_is_no_part_of_it():
    """"Vice-President Kamala Harris": "President" is a title, so the name is Kamala Harris, not
    "Vice-President Kamala Harris" (an actor of its own in the label table)."""
    cues = _detect_lang(["Biden quits the race. He endorsed Vice-President Kamala Harris, who thanked him.",
                         "President Joe Biden ended his reelection bid and endorsed Vice President Kamala Harris."],
                        "en")
    labels = {(c.span.doc, c.text, c.entity) for c in cues if c.category == "actor_label"}
    assert ("d1", "President", "Kamala Harris") in labels, labels
    assert not [e for _, _, e in labels if e and "Vice" in e], labels


def test_soll_geben_of_victims_is_hearsay_not_a_plan():
    cues = _detect(["Es soll zwei Todesopfer geben. Für die Angehörigen soll es eine Anlaufstelle geben."])
    hedges = [c for c in cues if c.category == "hedge" and c.text == "soll"]
    assert len(hedges) == 1 and hedges[0].span.start == 3, [(c.text, c.span.start) for c in hedges]


def test_gilt_als_at_the_end_of_its_clause_is_hearsay_too():
    cues = _detect(["Nach der Zustimmung des Bundespräsidenten, die als Formsache gilt, folgt die Wahl. "
                    "Als Kind galt er als schüchtern."])
    hedges = [c.text for c in cues if c.category == "hedge"]
    assert "als Formsache gilt" in hedges and not [h for h in hedges if h.startswith("Als Kind")], hedges


def test_scharf_of_criticism_intensifies_but_not_of_a_knife():
    cues = _detect(["Merz kritisierte Scholz scharf. Das Messer in der Küche ist scharf geschliffen worden."])
    found = [c.text for c in cues if c.category == "evaluative" and c.text.startswith("scharf")]
    assert found == ["scharf"], found


def test_the_channel_of_a_statement_in_german_and_a_platform_post():
    cues = _detect(["„Das ist furchtbar“, sagte Woidke in einer Mitteilung der Staatskanzlei. Merz schrieb in einem "
                    "Beitrag auf Facebook, er sei enttäuscht."])
    sources = [c.text for c in cues if c.category == "attribution"]
    assert "in einer Mitteilung" in sources and "in einem Beitrag auf Facebook" in sources, sources
    english = _detect_lang(["Trump posted on his Truth Social network that Biden was unfit. The post on X went "
                            "viral within minutes of its publication on Sunday."], "en")
    assert [c.text for c in english if c.category == "attribution"] == ["posted on his Truth Social network"]


def test_wie_x_bestaetigte_and_schildern_name_their_source():
    cues = _detect(["Wie ein Regierungssprecher am Abend bestätigte, wurde der Fahrer festgenommen. Wie Augenzeugen "
                    "schildern, raste das Auto in die Menge."])
    sources = [c.text for c in cues if c.category == "attribution"]
    assert "Wie ein Regierungssprecher am Abend bestätigte" in sources and "Wie Augenzeugen schildern" in sources, sources


def test_provisional_and_unconfirmed_reports_and_inverted_hearsay():
    cues = _detect(["Nach bisherigen Erkenntnissen handelte der Mann allein. Der Name wurde offiziell noch nicht "
                    "bestätigt. Es gebe viele Verletzte, hieß es bei den Rettungsdiensten. Bei der Abstimmung "
                    "votierten 207 Abgeordnete für Scholz, wie Bundestagspräsidentin Bärbel Bas bekannt gab."])
    found = {(c.category, c.text) for c in cues}
    assert ("hedge", "Nach bisherigen Erkenntnissen") in found and ("hedge", "nicht bestätigt") in found, found
    assert ("attribution", "hieß es") in found, found
    assert ("attribution", "wie Bundestagspräsidentin Bärbel Bas bekannt gab") in found, found


def test_an_english_spokesperson_is_a_source():
    english = _detect_lang(["Kremlin spokesman Dmitry Peskov said the talks went well. At the Pentagon, spokesman "
                            "Maj Gen Pat Ryder said the situation was being monitored closely."], "en")
    assert [c.text for c in english if c.category == "attribution"] == ["spokesman", "spokesman"]


def test_the_manner_of_speaking_is_a_loaded_reporting_verb_only_beside_speech():
    cues = _detect(["„Raus hier“, sagte Trump aufgebracht. Die aufgebrachte Menge zog danach vor das Rathaus. "
                    "Der Friede sei mit euch, sagte Leo XIV. eindringlich vor der Menge auf dem Petersplatz."])
    manner = [(c.text, c.cls) for c in cues if c.category == "reporting_verb" and c.cls != "neutral"]
    assert ("aufgebracht", "emotive") in manner and ("eindringlich", "emphatic") in manner, manner
    assert not [c for c in cues if c.text.startswith("aufgebrachte")], "an angry crowd says nothing"
    english = _detect_lang(["\"Get out,\" Trump said angrily on Friday. Biden bluntly told reporters that he would "
                            "stay in the race until the very end."], "en")
    loaded = [c.text for c in english if c.category == "reporting_verb" and c.cls != "neutral"]
    assert loaded == ["angrily", "bluntly"], loaded
    # the adverb is no part of the speaker: "Biden bluntly told" is no institution speaking
    assert not [c for c in english if c.category == "attribution"], [c.text for c in english]


def test_english_sources_through_a_possessive_an_adverb_and_the_us():
    cues = _detect_lang(["The decree was lifted, the prime minister's office said on Wednesday. The US said it was "
                         "watching the situation closely. Indian media also reported that the toll had risen. The "
                         "prime minister said he was saddened by the news."], "en")
    sources = [c.text for c in cues if c.category == "attribution"]
    assert sources == ["the prime minister's office said", "The US said", "Indian media also reported"], sources


def test_a_name_one_outlet_spells_differently_is_flagged_on_that_outlet():
    cues = _detect(["Ministerpräsident Reiner Haseloff sprach von einer Tragödie für die Stadt.",
                    "Reiner Haseloff besuchte am Abend den Ort des Anschlags in der Stadt.",
                    "Der Regierungschef Reiner Haseloff zeigte sich erschüttert über die Tat.",
                    "Ministerpräsident Rainer Haseloff sprach von einer Katastrophe für die Stadt.",
                    "Wolodymyr Selenskyj traf Donald Trump. Wolodymyr Selenskij reiste später ab."])
    spelled = [(c.span.doc, c.text) for c in cues if c.category == "factual_variant" and "Haseloff" in c.text]
    assert spelled == [("d4", "Rainer Haseloff")], spelled
    cue = next(c for c in cues if c.text == "Rainer Haseloff")
    assert [t for _, t in cue.counterparts] == ["Reiner Haseloff"] * 3
    assert "Reiner Haseloff" in cue.explanation_de and "Schreibweise" in cue.explanation_de
    # an ending that differs is transliteration or inflection, not a misspelling
    assert not [c for c in cues if c.category == "factual_variant" and "Selensk" in c.text]


def test_a_slip_in_a_place_name_and_two_swapped_letters_are_flagged_on_the_outlet_that_has_them():
    cues = _detect(["Wladimir Putin landete in der Nacht in Pjöngjang zu seinem Staatsbesuch.",
                    "Der Kremlchef Wladimir Putin wurde in Pjöngjang mit Jubel empfangen.",
                    "In Pjöngjang unterzeichneten Wladimir Putin und Kim einen Vertrag.",
                    "Waldimir Putin wurde in Pjönjang unter Jubel empfangen."])
    spelled = sorted((c.span.doc, c.text) for c in cues if c.category == "factual_variant")
    assert spelled == [("d4", "Pjönjang"), ("d4", "Waldimir Putin")], spelled
    # one outlet's other place, with no majority writing it the other way, is no slip
    other = _detect(["Der Gipfel fand in Hanoi statt.", "Die Delegation flog weiter nach Hanoi.",
                     "Zuvor war sie in Danang gelandet."])
    assert not [c for c in other if c.category == "factual_variant"]


def test_a_misspelt_name_the_tagger_reads_as_a_foreign_word_is_flagged():
    cues = _detect(["Der Staatsbesuch des chinesischen Präsidenten Xi Jinping in Moskau begann.",
                    "Der Besuch des chinesischen Präsidenten Xi Jinping in Moskau dauerte drei Tage.",
                    "Die Reise des chinesischen Präsidenten Xi Jinping in Moskau war lange geplant.",
                    "Am Dienstag beim Staatsbesuch des chinesischen Präsidenten Xi Jingping in Moskau."])
    spelled = [(c.span.doc, c.text) for c in cues if c.category == "factual_variant"]
    assert spelled == [("d4", "Xi Jingping")], spelled


def _marked_names(texts: list[str]) -> list[tuple[str, str]]:
    return [(c.span.doc, c.text) for c in _detect(texts) if c.category == "event_label" and c.cls == "marked_name"]


def test_the_rarer_name_of_a_quarrel_is_a_marked_name_that_alignment_does_not_use():
    from workbench.align.lexicon import paraphrases
    marked = _marked_names(["Im Weißen Haus kam es zum Streit zwischen Trump und Selenskyj vor laufenden Kameras.",
                            "Der Streit zwischen Trump und Selenskyj vor laufenden Kameras schockierte Europa.",
                            "Nach dem Streit reiste Selenskyj vorzeitig aus Washington ab.",
                            "Die Auseinandersetzung zwischen Trump und Selenskyj vor laufenden Kameras schockierte "
                            "Europa."])
    assert marked == [("d4", "Auseinandersetzung")], marked
    lexicon = paraphrases("de")
    assert "quarrel" in lexicon.naming["streit"] and "streit" not in lexicon.single


def test_a_marked_name_is_highlighted_at_its_first_use_in_a_report():
    """ "Reise" three times in one report, where most say "Besuch", is one choice: highlighted once, kept all."""
    cues = _detect(["Orbán ist zu Besuch in Moskau. Der Besuch überraschte die EU.",
                    "Orbán ist zu Besuch in Moskau. Putin lobte den Besuch.",
                    "Seine Reise nach Moskau nennt Orbán eine Friedensmission. Die Reise ärgert Brüssel. Mit der Reise "
                    "ändert er nichts."])
    reise = [c.shown for c in cues if c.category == "event_label" and c.cls == "marked_name" and c.text == "Reise"]
    assert reise == [True, False, False], reise


def test_a_compound_of_two_plain_names_is_the_same_name():
    """ "Gipfeltreffen" beside "Treffen" and "Gipfel" names nothing new; "Spitzentreffen" does."""
    marked = _marked_names(["Das Treffen von Trump und Kim in Hanoi endete ohne Einigung.",
                            "Das Treffen von Trump und Kim in Hanoi endete vorzeitig.",
                            "Beim Gipfeltreffen von Trump und Kim in Hanoi gab es keine Einigung.",
                            "Das Spitzentreffen von Trump und Kim in Hanoi endete ohne Erklärung."])
    assert marked == [("d4", "Spitzentreffen")], marked


def test_a_second_name_many_reports_use_is_plain_too():
    """ "Gipfel" in three reports beside "Treffen" in four is a second plain name, not a choice of three outlets;
    "Spitzentreffen" in one report stays one."""
    marked = _marked_names(["Das Treffen von Trump und Kim in Hanoi endete ohne Einigung.",
                            "Das Treffen von Trump und Kim in Hanoi endete vorzeitig.",
                            "Das Treffen von Trump und Kim in Hanoi brachte nichts.",
                            "Das Treffen von Trump und Kim in Hanoi war kurz. Der Gipfel war teuer.",
                            "Der Gipfel von Trump und Kim in Hanoi endete ohne Erklärung.",
                            "Der Gipfel von Trump und Kim in Hanoi scheiterte.",
                            "Das Spitzentreffen von Trump und Kim in Hanoi endete ohne Erklärung."])
    assert marked == [("d7", "Spitzentreffen")], marked


def test_a_name_placed_at_another_time_names_another_event():
    """ "Der zweite Gipfel im Februar scheiterte" names an earlier summit, not the reported meeting; "Spitzentreffen"
    names it."""
    marked = _marked_names(["Das Treffen von Trump und Kim in Panmunjom dauerte eine Stunde. Der zweite Gipfel im "
                            "Februar scheiterte.",
                            "Das Treffen von Trump und Kim in Panmunjom kam überraschend. Beim letzten Gipfel in Hanoi "
                            "gab es keine Einigung.",
                            "Das Spitzentreffen von Trump und Kim in Panmunjom dauerte eine Stunde."])
    assert marked == [("d3", "Spitzentreffen")], marked


def test_quotations_sharing_only_a_word_of_degree_render_no_common_statement():
    """ "das komplette Vertrauen" and "komplett einvernehmlich agieren" are two statements, not two renderings."""
    cues = _detect(["US-Präsident Joe Biden sagte: \"Deutschland hat das komplette Vertrauen der USA. Es gibt keinen "
                    "Zweifel an der Partnerschaft\". Die Nato sei einig.",
                    "Der SPD-Politiker sagte aber, man werde bei den Sanktionen „komplett einvernehmlich agieren“. Die "
                    "Nato sei einig.",
                    "Biden spricht Berlin das volle Vertrauen aus. Die Nato sei einig."])
    assert not [c.text for c in cues if c.category == "quote_variant"]


def test_the_place_of_an_insertion_the_other_side_has_elsewhere_is_no_difference():
    """ "gegen den Einsatz von oder die Drohung mit Atomwaffen" against "Drohungen mit dem Einsatz von Atomwaffen":
    the inserted words are moved, not new, and the words around them are shared: nothing to highlight."""
    cues = _detect(["Biden und Xi haben russische Drohungen mit dem Einsatz von Atomwaffen in der Ukraine verurteilt.",
                    "Die beiden Präsidenten hätten ihre Ablehnung „gegen den Einsatz von oder die Drohung mit Atomwaffen "
                    "in der Ukraine“ bekräftigt, hieß es.",
                    "Biden und Xi haben russische Drohungen mit dem Einsatz von Atomwaffen in der Ukraine verurteilt."])
    assert not [c.text for c in cues if c.category == "quote_variant" and "Atomwaffen" in c.text], \
        [c.text for c in cues if c.category == "quote_variant"]


def test_sollte_opening_a_clause_is_a_condition_not_hearsay():
    cues = _detect(["Sollte Putin über Scholz' Haltung gerätselt haben, wurde er nun aufgeklärt. Der Kanzler soll "
                    "das gesagt haben."])
    hedges = [c.text for c in cues if c.category == "hedge"]
    assert "Sollte" not in hedges and "soll" in hedges, hedges


def test_the_source_an_outlet_cites_is_no_disputed_detail():
    cues = _detect(["Der Zug rollte am Montag in Peking ein, berichtete die japanische Nachrichtenagentur Kyodo.",
                    "Der Zug rollte am Montag in Peking ein, berichtete die Nachrichtenagentur Xinhua.",
                    "Der Zug rollte am Montag in Peking ein, meldete die Nachrichtenagentur Yonhap."])
    assert not [c.text for c in cues if c.category == "factual_variant"]


def test_a_shared_verb_of_telling_makes_no_happening_of_two_days():
    """The day a spokesman spoke is no rival of the day a ceasefire begins; one morning told in two parts is."""
    two_days = _detect(["In Hamburg solle die Waffenruhe für den Südwesten Syriens am Sonntag beginnen, sagte "
                        "Tillerson.",
                        "In Hamburg sei die Waffenruhe für den Südwesten Syriens vereinbart worden, sagte ein "
                        "Sprecher am Freitag."])
    assert not [c.text for c in two_days if c.category == "factual_variant"]
    one_day = _detect(["Man habe zwei Raketen im Gebiet um Pjöngjang registriert, teilte der Generalstab in Seoul am "
                       "Mittwochmorgen mit.",
                       "Das Militär habe am Mittwochvormittag zwei Raketen im Gebiet um Pjöngjang erfasst, teilte der "
                       "Generalstab in Seoul mit."])
    assert {c.text for c in one_day if c.category == "factual_variant"} == {"am Mittwochmorgen",
                                                                            "am Mittwochvormittag"}


def test_unclear_of_what_will_happen_is_an_open_question():
    cues = _detect_lang(["The talks ended early. It now remains unclear if a deal will survive. It is unclear "
                         "whether any students were inside the building."], "en")
    hedges = [c.span.start for c in cues if c.category == "hedge" and c.text == "unclear"]
    assert len(hedges) == 1, hedges


def test_a_quotation_differing_only_in_a_capital_letter_is_no_variant():
    cues = _detect(["Biden sicherte zu, \"dass wir alles in unserer Macht Stehende tun werden\", sagte er.",
                    "Biden sicherte zu, \"dass wir alles in unserer Macht stehende tun werden\", sagte er."])
    assert not [c.text for c in cues if c.category == "quote_variant"]


def test_an_english_sentence_sharing_only_names_with_a_quotation_renders_none_of_it():
    cues = _detect_lang(["Chinese President Xi Jinping and his U.S. counterpart, Joe Biden, met on Monday in Bali.",
                         "\"I've made it clear to Chinese President Xi Jinping that China has an obligation to try,\" "
                         "Biden said in Bali.",
                         "Indian PM Modi told Putin that he arrived in Moscow. Putin thanked Modi."], "en")
    assert not [(c.span.doc, c.text) for c in cues if c.category == "quote_variant" and c.span.doc != "d2"], \
        [(c.span.doc, c.text) for c in cues if c.category == "quote_variant"]


def test_a_quotation_of_one_word_renders_no_long_statement_of_someone_else():
    """Trump's "ein paar Fehler" is no rendering of McCain's long statement that ends in "ein tragischer Fehler"."""
    cues = _detect(["Trump sagte, beide Seiten hätten \"ein paar Fehler\" gemacht. Das Treffen dauerte zwei Stunden.",
                    "„Die Pressekonferenz in Helsinki wird sich ins Gedächtnis der Menschen als einer der "
                    "schmachvollsten Auftritte eines amerikanischen Präsidenten einprägen. Der Helsinki-Gipfel war ein "
                    "tragischer Fehler“, hieß es in einer Erklärung. Das Treffen dauerte zwei Stunden."])
    assert not [c.text for c in cues if c.category == "quote_variant"]


def test_a_degree_word_and_its_adjective_are_one_highlight():
    cues = _detect(["Nordkorea testete äußerst provokative Raketen. Das weitgehend abgeschottete und arme Land "
                    "gilt als potenzieller Lieferant von Munition für Russland."])
    evaluations = [c.text for c in cues if c.category == "evaluative"]
    assert "äußerst provokative" in evaluations and "abgeschottete und arme" in evaluations, evaluations
    assert "äußerst" not in evaluations and "arme" not in evaluations, evaluations


def test_the_two_men_name_the_pair_and_images_are_sources():
    cues = _detect(["Auf offiziellen Fotos war zu sehen, dass Putin Kim begleitete. Die beiden Männer begannen ihr "
                    "Treffen mit einer Besichtigung. Ein 50-jähriger Mann fuhr in die Menge.",
                    "Putin traf Kim. Der Diktator Kim kam mit dem Zug."])
    assert ("actor_label", "Männer") in {(c.category, c.text) for c in cues}
    assert not [c for c in cues if c.text == "Mann"]
    assert "Auf offiziellen Fotos war zu sehen" in [c.text for c in cues if c.category == "attribution"]


def test_an_english_prediction_or_belief_with_its_source_left_open_is_a_hedge():
    cues = _detect_lang(["Harris is expected to present a more active challenge to Trump in the autumn. Troops "
                         "believed to be part of the martial law forces entered the parliament building."], "en")
    hedges = [c.text for c in cues if c.category == "hedge"]
    assert hedges == ["is expected to", "believed to be"], hedges
    # the verb inside the hedge is not a second highlight
    assert not [c for c in cues if c.category == "reporting_verb" and c.shown], [c.text for c in cues]


def test_idioms_of_heated_speech_are_vivid_reporting_verbs():
    cues = _detect(["Dann platzt Trump der Kragen. Trump redet sich danach in Rage. Vance fiel ihm ins Wort und "
                    "kritisierte ihn. Das Hemd hatte einen weißen Kragen."])
    vivid = [c.text for c in cues if c.category == "reporting_verb" and c.cls == "metaphor"]
    assert vivid == ["platzt Trump der Kragen", "redet sich danach in Rage", "fiel ihm ins Wort"], vivid


def test_the_rarer_namings_of_a_reversal_are_marked():
    """Most reports say the president "lifted" martial law; one says he "backed down", one calls it his
    "reversal". "The army lifted the barrier" names no decision, so it is no reversal."""
    tail = " Lawmakers had voted against the decree in the early hours of Wednesday morning."
    cues = _detect_lang(["President Yoon lifted martial law on Wednesday." + tail,
                         "Yoon lifted martial law after the vote." + tail,
                         "The president lifted martial law hours later." + tail,
                         "Yoon backed down and ended martial law after the vote." + tail,
                         "Yoon's reversal of martial law came six hours later." + tail,
                         "The army lifted the barrier outside parliament. Yoon lifted martial law." + tail], "en")
    marked = {(c.span.doc, c.text) for c in cues if c.category == "event_label" and c.cls == "marked_name"}
    assert ("d4", "backed down") in marked and ("d5", "reversal") in marked, marked
    assert not [d for d, t in marked if "lift" in t], marked


def test_the_rarer_namings_of_a_coalitions_end_are_marked():
    """Most reports say the coalition "ist am Ende"; one says it "zerbricht", one names the "Koalitionsbruch".
    "Am Ende ist es Scholz, der …" (in the end) names no end of the coalition."""
    tail = " Scholz entließ den Finanzminister am Mittwochabend in Berlin nach langen Beratungen."
    cues = _detect(["Die Ampel-Koalition ist am Ende." + tail,
                    "Die Ampelkoalition ist nach drei Jahren am Ende." + tail,
                    "Die Koalition ist am Ende, sagte ein Sprecher." + tail,
                    "Die Koalition aus SPD, Grünen und FDP zerbricht." + tail,
                    "Scholz sprach über den Koalitionsbruch. Am Ende ist es Scholz, der die Koalition beendet." + tail])
    marked = {(c.span.doc, c.text) for c in cues if c.category == "event_label" and c.cls == "marked_name"}
    assert marked == {("d4", "zerbricht"), ("d5", "Koalitionsbruch")}, marked


def test_german_media_are_sources_only_where_they_say_something():
    cues = _detect(["Das berichten mehrere Medien übereinstimmend. Als Erste meldete die «Bild»-Zeitung den "
                    "Rücktritt. In den sozialen Medien kursierten Gerüchte. Selenskyj widersprach Trump vor den "
                    "amerikanischen Medien."])
    sources = [c.text for c in cues if c.category == "attribution"]
    assert sources == ["berichten mehrere Medien", "Bild»-Zeitung"], sources  # "Das berichten …": a speech tag


def test_an_institutions_name_is_no_persons_and_speaks_as_a_source():
    cues = _detect_lang(["At least 200 people died, CNN News-18 TV channels said on Thursday. India's Civil "
                         "Aviation said the plane was lost shortly after take-off from Ahmedabad."], "en")
    sources = [c.text for c in cues if c.category == "attribution"]
    assert sources == ["CNN News-18 TV channels said", "India's Civil Aviation said"], sources


def test_an_english_speech_tag_after_a_comma_with_a_quantified_source():
    cues = _detect_lang(["The plane crashed near the airport on Thursday, reported multiple media outlets. A single "
                         "confirmed survivor was found in the wreckage by rescuers late in the evening."], "en")
    assert [c.text for c in cues if c.category == "attribution"] == ["reported multiple media outlets"]


def test_a_platform_is_the_channel_of_a_statement_only_beside_a_verb_of_saying():
    english = _detect_lang(["Modi wrote on social media that he was heartbroken by the crash. A video on X showed "
                            "the smoke above the hostel in the afternoon."], "en")
    assert [c.text for c in english if c.category == "attribution"] == ["on social media"]
    german = _detect(["Das sei furchtbar, schreibt Neumann auf X. Ein Auto fuhr in die Menge."])
    assert [c.text for c in german if c.category == "attribution"] == ["auf X."]


def test_a_supposed_state_and_provisional_knowledge_are_hedges():
    cues = _detect_lang(["The plane, which would have been fully loaded, crashed after take-off. As of press time, "
                         "200 people had died. He said he would address the nation later this week."], "en")
    assert [c.text for c in cues if c.category == "hedge"] == ["would have been", "As of press time"]


def test_a_document_or_a_forecast_named_in_a_wie_frame_is_the_source():
    cues = _detect(["Wie aus einer Veröffentlichung des Deutschen Bundestags hervorgeht, stimmten 394 Abgeordnete "
                    "dagegen. Wie die KP vorhergesagt hatte, verlor Scholz. Er ging als Sieger aus der Wahl hervor."])
    sources = [c.text for c in cues if c.category == "attribution"]
    assert sources == ["Wie aus einer Veröffentlichung des Deutschen Bundestags hervorgeht",
                       "Wie die KP vorhergesagt"], sources


def test_a_verb_that_presents_the_content_as_fact_is_shown_unless_negated():
    cues = _detect_lang(["Air India confirmed that only one of the 242 people on board survived. Authorities are yet "
                         "to confirm the cause of the crash. A single confirmed survivor was taken to hospital."], "en")
    factive = [c.text for c in cues if c.category == "reporting_verb" and c.cls == "factive"]
    assert factive == ["confirmed"], factive
    assert next(c for c in cues if c.cls == "factive").shown
    german = _detect(["Haseloff bestätigt, dass der Fahrer festgenommen wurde. Gerüchte hätten sich nicht bestätigt."])
    assert [c.text for c in german if c.cls == "factive"] == ["bestätigt"]


def test_labels_not_credited_to_agents_deputies_or_an_office_sought():
    german = _detect(["Scholz hatte eine von SPD und Grünen getragene Regierung angestrebt. Die Grünen und die SPD "
                      "stimmten zu."])
    assert [c.entity for c in german if c.text == "Regierung"] == [None]
    english = _detect_lang(["President Joe Biden ended his campaign and threw his support behind his vice president, "
                            "Kamala Harris, to become the Democratic nominee for president of the United States. "
                            "Biden endorsed Vice President Kamala Harris on Sunday."], "en")
    credited = [(c.text, c.entity) for c in english if c.category == "actor_label"]
    assert ("president", "Joe Biden") not in credited, credited
    assert ("President", "Joe Biden") in credited, credited


def test_a_person_only_one_outlet_quotes_is_its_informant():
    cues = _detect_lang(["Narendra Modi visited the site on Friday. \u201cWe called every student,\u201d Dr Parikh said. "
                         "Modi said he was heartbroken.",
                         "Narendra Modi visited Ahmedabad. Modi said the loss was immense."], "en")
    sources = [(c.span.doc, c.text) for c in cues if c.category == "attribution"]
    assert sources == [("d1", "Dr Parikh said")], sources


def test_contradictory_information_is_a_hedge_but_contradictory_statements_are_not():
    cues = _detect(["Informationen über die Opfer kommen widersprüchlich an. Merz machte widersprüchliche Aussagen."])
    assert [c.text for c in cues if c.category == "hedge"] == ["Informationen über die Opfer kommen widersprüchlich"]


def test_criticising_presents_a_statement_as_blame():
    cues = _detect(["Merz kritisierte die Regierung am Mittwoch im Bundestag. Scholz sagte, er sei zuversichtlich."])
    verbs = {(c.text, c.cls) for c in cues if c.category == "reporting_verb"}
    assert ("kritisierte", "emotive") in verbs and ("sagte", "neutral") in verbs, verbs


def test_witnesses_in_the_plural_are_a_source():
    cues = _detect(["Zeugen sprechen von panischen Szenen auf dem Markt. Das Zeug lag auf der Straße."])
    assert [c.text for c in cues if c.category == "attribution"] == ["Zeugen"]


def test_an_outcome_presented_as_expected_or_intended_is_an_evaluation_not_speech():
    german = _detect(["Scholz hat am Montag wie erwartet die Abstimmung verloren. Er verfehlte wie beabsichtigt die "
                      "Mehrheit. Dann geschah, was kaum jemand erwartet hatte. Experten erwarten eine Neuwahl."])
    found = {(c.category, c.text) for c in german if c.shown}
    assert ("evaluative", "wie erwartet") in found and ("evaluative", "wie beabsichtigt") in found, found
    assert ("evaluative", "kaum jemand erwartet") in found, found
    assert ("reporting_verb", "erwartet") not in found, found  # no speech in "wie erwartet"
    assert ("reporting_verb", "erwarten") in found, found  # a forecast by experts stays a reporting verb
    english = _detect_lang(["Scholz lost the vote on Monday, as expected. Predictably, the opposition cheered. His "
                            "defeat had been widely expected for weeks."], "en")
    assert {c.text.casefold() for c in english if c.category == "evaluative"} >= {"as expected", "predictably"}
    assert [c.text for c in english if c.category == "hedge"] == ["been widely expected"]  # no one said who expected it


def test_a_label_glued_to_a_name_or_in_a_closed_compound_labels_the_person():
    cues = _detect(["Nach dem Gipfel in Alaska zwischen Russen-Machthaber Wladimir Putin und US-Präsident Donald Trump "
                    "ließ der Kremldespot das nicht auf sich sitzen. Der Handschlag zwischen den Präsidenten Russlands "
                    "und der USA dauerte lange.",
                    "Wladimir Putin, Präsident Russlands, traf Donald Trump, Präsident der USA, in Alaska."])
    labels = {(c.text, c.entity) for c in cues if c.category == "actor_label" and c.span.doc == "d1"}
    assert ("Russen-Machthaber", "Wladimir Putin") in labels, labels  # the label, no part of the name
    assert ("Kremldespot", "Wladimir Putin") in labels, labels
    assert ("Präsidenten", "Wladimir Putin & Donald Trump") in labels, labels  # of Russia and of the USA


def test_obvious_concessions_are_no_hedge_but_an_evident_agreement_is():
    cues = _detect(["Trump brachte Putin zurück, ohne ihm offensichtliche Zugeständnisse abzuringen. Offenbar gab es "
                    "eine Einigung."])
    assert [c.text for c in cues if c.category == "hedge"] == ["Offenbar"]


def test_quotations_of_two_different_people_are_no_renderings_of_one_statement():
    cues = _detect(['Russland und die USA hätten nun ein "Abkommen" erzielt, so Wladimir Putin. Donald Trump lobte das '
                    'Treffen.',
                    '"Es gibt keinen Deal, bis es einen Deal gibt", sagte US-Präsident Donald Trump. Wladimir Putin '
                    'schwieg.',
                    '"Kein Deal, bis ein Deal erzielt ist", sagte Donald Trump nach dem Treffen mit Wladimir '
                    'Putin.'])
    variants = {(c.span.doc, c.text) for c in cues if c.category == "quote_variant"}
    assert not any(doc == "d1" for doc, _ in variants), variants  # Putin's word, not Trump's
    assert any(doc in ("d2", "d3") for doc, _ in variants), variants  # Trump's two renderings stay a pair


def test_the_name_before_a_relative_clause_of_saying_speaks_the_quotation_after_it():
    """"… was pushed back by Trump, who said Zelensky was „…“": Trump speaks (a name after "by" is otherwise no
    speaker, and Zelensky, named as well, would leave the sentence without one)."""
    from workbench.cues.quote_speakers import speaker
    from workbench.cues.entities import EntityIndex
    from tests.test_cues_count_claims import _inputs
    from workbench.cues.textview import build_view
    text = ('Zelensky said that the United States would "feel it" one day, a remark that was pushed back by Donald '
            'Trump, who said Zelensky was "in no position to dictate what we are going to feel".')
    docs = _inputs([text, "Donald Trump met Volodymyr Zelensky. Donald Trump and Volodymyr Zelensky argued."], "en")
    views = [build_view(d, k) for k, d in enumerate(docs)]
    index = EntityIndex(views)
    v = views[0]
    late = [t for t in v.toks if t.quoted and t.start > text.index("in no position")]
    early = [t for t in v.toks if t.quoted and t.start < text.index("one day")]
    assert speaker(v, index, late) == "Donald Trump"
    assert speaker(v, index, early) != "Donald Trump"  # the words before the clause are not his


def test_unusual_and_completely_are_intensifiers_but_an_absolute_majority_is_none():
    cues = _detect(["Ungewöhnlicherweise sprach Putin zuerst. Was vereinbart wurde, blieb vollkommen unklar. Merz "
                    "verfehlte die absolute Mehrheit."])
    assert {c.text for c in cues if c.category == "evaluative"} == {"Ungewöhnlicherweise", "vollkommen"}


def test_words_with_sharp_s_match_though_lemmas_write_ss():
    """The lemma table and case folding write "ss" for "ß" ("äußerte" -> "äussern"): word lists in the code must
    too, or "äußerte sich anerkennend" is no manner of speech and "dreißig Minuten" no number."""
    cues = _detect(["Dann äußerte sich der US-Präsident anerkennend über Putin. Putin schmeichelte ihm. Putin redete "
                    "vage von einer Übereinkunft."])
    manner = {(c.text, c.cls) for c in cues if c.category == "reporting_verb"}
    assert {("anerkennend", "emotive"), ("schmeichelte", "emotive"), ("vage", "distancing")} <= manner, manner
    from workbench.cues.quantities import number_word
    assert number_word("dreissig") == "30"


def test_the_rarer_name_of_the_press_appearance_after_talks_is_a_marked_name():
    marked = _marked_names(["Nach dem Treffen gaben Trump und Putin eine Pressekonferenz ohne Fragen.",
                            "Die Pressekonferenz von Trump und Putin dauerte nur wenige Minuten.",
                            "Auf der Pressekonferenz in Anchorage lobte Putin seinen Gastgeber.",
                            "Auf einer Pressebegegnung nach dem Treffen gaben sich Trump und Putin optimistisch."])
    assert marked == [("d4", "Pressebegegnung")], marked


def test_a_source_inside_a_compound_and_a_source_slot_that_ends_at_its_noun():
    cues = _detect(["Die Gespräche dauerten nach Kremlangaben drei Stunden. Im Zentrum stand laut offiziellen Angaben "
                    "die Zukunft der Ukraine. Laut Angaben der Polizei blieb es ruhig."])
    sources = [c.text for c in cues if c.category == "attribution"]
    assert sources == ["nach Kremlangaben", "laut offiziellen Angaben", "Laut Angaben der Polizei"], sources


def test_sources_titles_and_verbs_of_a_state_visit():
    cues = _detect(["China und Russland sind nach Worten von Xi Jinping für eine politische Lösung. Zudem gibt es "
                    "Vorwürfe, China liefere Rüstungsgüter. Putin sagte nach chinesischen Agenturberichten, beide "
                    "Länder seien Partner. Ihrer Meinung nach ist Peking entschlossen. Er erinnerte daran, dass der "
                    "Handel wuchs. Putin signalisiert Verhandlungsbereitschaft. Nach seinen ersten Worten ging er."])
    found = {(c.category, c.text) for c in cues}
    for expected in [("attribution", "nach Worten von"), ("attribution", "gibt es Vorwürfe"),
                     ("attribution", "nach chinesischen Agenturberichten"), ("attribution", "Ihrer Meinung nach"),
                     ("reporting_verb", "erinnerte daran"), ("reporting_verb", "signalisiert")]:
        assert expected in found, (expected, found)
    assert not any(c.category == "attribution" and "ersten Worten" in c.text for c in cues)  # "after", not a source


def test_a_chinese_name_with_its_family_name_first_and_a_label_between_two():
    cues = _detect(["Chinas Staats- und Parteichef Xi Jinping empfing Wladimir Putin. Xi lobte den Gast.",
                    "Xi Jinping und Wladimir Putin sprachen lange. Es war eine Zurschaustellung von Intimität zwischen "
                    "den Autokraten. Xi sagte wenig.",
                    "Xi Jinping begrüßte Putin in Peking. Xi und Putin unterzeichneten eine Erklärung."])
    credited = {(c.text, c.entity) for c in cues if c.category == "actor_label"}
    assert ("Parteichef", "Xi Jinping") in credited, credited  # "Jinping" read as a noun is his given name
    assert any(text == "Autokraten" and entity and "Xi Jinping" in entity and "Wladimir Putin" in entity
               for text, entity in credited), credited


def test_a_hyphenated_first_name_spelt_differently_is_flagged():
    texts = ["Bundespräsident Frank-Walter Steinmeier löste den Bundestag auf.",
             "Frank-Walter Steinmeier muss nun entscheiden.",
             "Der Kanzler geht zu Bundespräsident Franz-Walter Steinmeier."]
    flagged = [(c.span.doc, c.text) for c in _detect(texts) if c.category == "factual_variant"]
    assert flagged == [("d3", "Franz-Walter")], flagged


def test_the_rarer_english_name_of_a_meeting_is_marked_in_untagged_text():
    cues = _detect_lang(["Biden and Xi held a meeting in Woodside on Wednesday.",
                         "The meeting of Biden and Xi lasted four hours.",
                         "After the meeting, Biden spoke to reporters.",
                         "Biden and Xi held a summit near San Francisco. They want to meet again."], "en")
    marked = [(c.span.doc, c.text) for c in cues if c.category == "event_label" and c.cls == "marked_name"]
    assert marked == [("d4", "summit")], marked


def test_english_word_senses_of_appear_and_could_and_quotes_sharing_only_a_title():
    cues = _detect_lang(["Mr Biden appeared for a rare news conference. Xi appeared to agree. It was the most "
                         "definitive remark the president could offer. The deal could collapse.",
                         "Biden said: \u201cHe\u2019s a dictator.\u201d The talks lasted four hours.",
                         "Biden said they must talk \u201cleader to leader.\u201d The talks lasted four hours."], "en")
    hedges = [(c.span.doc, c.text) for c in cues if c.category == "hedge"]
    assert hedges == [("d1", "appeared"), ("d1", "could")], hedges  # "appeared to agree", "could collapse"
    assert not [c for c in cues if c.category == "quote_variant"]  # a title shared is no common statement


def test_the_temperature_of_a_relationship_is_an_evaluation():
    english = _detect_lang(["The talks were a sign that frosty relations between the superpowers have started to thaw. "
                            "They sought a way forward for the strained ties."], "en")
    assert {c.text for c in english if c.category == "evaluative"} >= {"frosty", "thaw", "strained"}
    german = _detect(["Die Beziehungen der beiden Länder sind seit Jahren angespannt, zuletzt geradezu frostig."])
    found = {c.text for c in german if c.category == "evaluative"}
    assert "angespannt" in found and any(t.endswith("frostig") for t in found), found


def test_a_persons_demeanour_and_idioms_of_outcome_are_evaluations():
    german = _detect(["Trump entgegnet mit einem müden Lächeln. Er verlässt den Gipfel mit leeren Händen.",
                      "Der CDU-Chef blickt wie versteinert. Putin spielt weiter auf Zeit.",
                      "Die Bundeswehr will Truppen nach Litauen verlegen. Das sorgte für Aufsehen."])
    found = {(c.span.doc, c.text, c.cls) for c in german if c.category == "evaluative"}
    assert {("d1", "mit einem müden Lächeln", "demeanour"), ("d1", "mit leeren Händen", "negative"),
            ("d2", "wie versteinert", "demeanour"), ("d2", "spielt weiter auf Zeit", "negative")} <= found, found
    assert not any(text == "verlegen" for _, text, _ in found)  # the verb "verlegen" (to move troops) is none
    english = _detect_lang(["A grim-faced Xi came away empty-handed.", "Biden, visibly tired, played for time."], "en")
    found = {(c.span.doc, c.text, c.cls) for c in english if c.category == "evaluative"}
    assert {("d1", "grim-faced", "demeanour"), ("d2", "visibly", "demeanour")} <= found, found


def _found(texts: list[str], language: str = "de") -> set[tuple[str, str]]:
    """(family, text) of every cue found in ``texts``."""
    cues = _detect(texts) if language == "de" else _detect_lang(texts, language)
    return {(c.category, c.text) for c in cues}


def test_idioms_of_deeds_delight_and_rank_are_evaluations():
    german = _detect(["Am Mittwoch haben beide ihren Worten Taten folgen lassen. Die Moderatorin überschlägt sich "
                      "fast vor Begeisterung.", "Für Putin ist Kim nur ein Juniorpartner. Ein Schönheitsfehler bleibt."])
    found = {(c.span.doc, c.text) for c in german if c.category == "evaluative"}
    assert {("d1", "Taten folgen lassen"), ("d1", "überschlägt sich fast vor Begeisterung"), ("d2", "Juniorpartner"),
            ("d2", "Schönheitsfehler")} <= found, found


def test_words_of_praise_doubt_and_views_left_open():
    cues = _detect(["Überschattet wird das Treffen vom Krieg. Die beiden Staatsoberhäupter haben Lobeshymnen in den Zeitungen "
                    "veröffentlicht. Putin bezweifelt die "
                    "Bereitschaft Kiews.", "Die Reise wird als wichtige Unterstützung für Putin gesehen. Beide wollen "
                    "ihre selbst erklärte Freundschaft ausbauen."])
    found = {(c.category, c.text) for c in cues}
    assert {("evaluative", "Überschattet"), ("evaluative", "Lobeshymnen"), ("reporting_verb", "bezweifelt"),
            ("hedge", "wird als wichtige Unterstützung für Putin gesehen"), ("hedge", "selbst erklärte")} <= found, found


def test_names_of_powers_and_of_taiwan_and_a_place_noun_is_no_persons_title():
    cues = _detect(["Die beiden Großmächte trafen sich zum Krisengipfel im Ferienort Nusa Dua. Die Beziehungen sind auf "
                    "dem Tiefpunkt.", "Peking betrachtet den demokratischen Inselstaat als abtrünniges Gebiet. Die "
                    "Supermächte sprachen im Ferienort Nusa Dua versöhnlich."])
    found = {(c.category, c.text) for c in cues}
    assert {("actor_label", "Großmächte"), ("event_label", "Krisengipfel"), ("evaluative", "Tiefpunkt"),
            ("actor_label", "Inselstaat"), ("actor_label", "abtrünniges Gebiet"), ("actor_label", "Supermächte"),
            ("evaluative", "versöhnlich")} <= found, found
    assert not any(c.text == "Ferienort" for c in cues)  # a place noun before a two-word place is no title
    assert next(c for c in cues if c.text == "abtrünniges Gebiet").entity is None  # a land's label is no person's


def test_english_words_of_bombardment_outrage_grief_and_bonhomie():
    cues = _detect_lang(["A flurry of missile strikes hit Kyiv. The hug caused outrage on social media. A dazed and "
                         "sobbing mother waited outside.", "A massive Russian missile barrage struck the city. Images "
                         "displayed bonhomie between the two leaders."], "en")
    found = {(c.category, c.text) for c in cues}
    assert {("event_label", "flurry"), ("event_label", "barrage"), ("evaluative", "caused outrage"),
            ("evaluative", "bonhomie")} <= found, found
    assert any(c.category == "evaluative" and "sobbing" in c.text for c in cues), found


def test_idioms_of_confusion_failure_and_lecturing():
    found = _found(["Die Ankündigung stiftet Verwirrung. Die Delegation musste unverrichteter Dinge abreisen.",
                    "Xi unterwies Scholz in Geschichte. Er sprach von der Spirale der Gewalt, schrieb er im Onlinedienst X."])
    assert {("evaluative", "stiftet Verwirrung"), ("evaluative", "unverrichteter Dinge"),
            ("reporting_verb", "unterwies"), ("evaluative", "Spirale der Gewalt")} <= found, found


def test_english_words_of_pomp_swagger_and_downtoning():
    found = _found(["The visit showed off Beijing's new diplomatic swagger amid imperial palace pageantry. Mr Xi "
                    "barely mentioned Ukraine.", "Putin charged that the West wanted war. China is hardly a "
                    "neutral party, and the visit was a grandiose display."], "en")
    assert {("evaluative", "swagger"), ("evaluative", "pageantry"), ("evaluative", "barely"),
            ("reporting_verb", "charged that"), ("evaluative", "hardly"), ("evaluative", "grandiose")} <= found, found


def test_english_lengths_of_talks_with_for_spend_and_hours_of_talks_are_read():
    texts = ["President Biden spent four hours in a meeting with President Xi on Wednesday.",
             "Mr Biden spoke to reporters after roughly four hours of talks at the estate.",
             "The two leaders met for about two hours on the outskirts of San Francisco.",
             "In their first meeting in a year, the two leaders spoke for four hours.",
             "Biden and Xi have concluded four hours of talks."]
    flagged = [(c.span.doc, c.text) for c in _detect_lang(texts, "en") if c.category == "factual_variant"]
    assert flagged == [("d3", "about two hours")], flagged  # the four others agree on four hours ("roughly" too)
    texts[0] = "President Biden spent more than four hours in a meeting with President Xi on Wednesday."
    flagged = [(c.span.doc, c.text) for c in _detect_lang(texts, "en") if c.category == "factual_variant"]
    assert ("d1", "more than four hours") in flagged and ("d2", "roughly four hours") in flagged \
        and ("d3", "about two hours") in flagged, flagged  # "more than four" is told otherwise: no majority is left
    german = _detect(["Putin und Kim sprachen rund fünf Stunden lang miteinander.", "Das Treffen dauerte fünf Stunden.",
                      "Die Gespräche dauerten zwei Stunden.", "Putin sprach zwei Stunden lang über den Krieg."])
    flagged = {c.span.doc for c in german if c.category == "factual_variant"}
    assert "d1" in flagged and "d4" not in flagged, flagged  # a speech of two hours is no length of the talks


def test_english_media_and_informants_as_sources():
    texts = ["The two sides agreed to cooperate on fentanyl, Reuters reported. It is a major cause of overdoses.",
             "The New York Post is reporting that Secretary Blinken winced.",
             "The Washington Post quoted military leaders as saying martial law will remain in effect.",
             "Earlier, US Deputy Secretary of State Kurt Campbell said the United States was watching with concern.",
             "Families will give DNA samples, state health secretary Dhananjay Dwivedi said.",
             "Indian home minister Amit Shah confirmed the toll. The quoted remarks were false. Biden reported progress."]
    sources = {(c.span.doc, c.text) for c in _detect_lang(texts, "en") if c.category == "attribution"}
    assert {("d1", "Reuters reported"), ("d2", "The New York Post is reporting"), ("d3", "The Washington Post quoted"),
            ("d4", "Kurt Campbell said"), ("d5", "Dhananjay Dwivedi said")} <= sources, sources
    assert not [s for s in sources if s[0] == "d6"], sources  # a minister confirming is a factive verb; a person reports


def test_a_changed_person_or_a_doubled_word_makes_two_quotations_differ():
    cues = _detect(["Trump sprach von großen Veränderungen. „Ich bin sehr stolz auf das, was heute hier passiert ist“, "
                    "so der US-Präsident. Diese Schritte werden „sehr, sehr schnell beginnen“, sagte Trump.",
                    "„Wir sind sehr stolz darauf, was heute passiert ist“, sagte Trump. Als Ergebnis des Gipfels zwischen "
                    "US-Präsident Donald Trump und Machthaber Kim Jong Un soll die Abrüstung nach Worten Trumps "
                    "„sehr schnell beginnen“."])
    variants = {(c.span.doc, c.text) for c in cues if c.category == "quote_variant"}
    assert ("d1", "Ich bin sehr stolz auf das, was heute hier passiert ist") in variants, variants
    assert ("d2", "Wir sind sehr stolz darauf, was heute passiert ist") in variants, variants
    assert ("d1", "sehr, sehr schnell beginnen") in variants, variants  # Kim (after "zwischen … und") says nothing


def test_lengths_of_the_handshake_and_fractions_of_an_hour_are_read():
    cues = _detect(["Der historische Handschlag dauerte 13 Sekunden. Trump und Kim unterhielten sich 48 Minuten unter "
                    "vier Augen.",
                    "15 Sekunden dauert der Handschlag. Das Gespräch dauerte eine knappe Dreiviertelstunde.",
                    "Die Pressekonferenz begann 30 Sekunden zu spät. Das Einzelgespräch dauerte 41 Minuten."])
    flagged = {(c.span.doc, c.text) for c in cues if c.category == "factual_variant"}
    assert {("d1", "13 Sekunden"), ("d2", "15 Sekunden"), ("d1", "48 Minuten"), ("d2", "Dreiviertelstunde"),
            ("d3", "41 Minuten")} <= flagged, flagged
    assert not any(text == "30 Sekunden" for _, text in flagged)  # no handshake, nothing lasted


def test_smiles_moods_and_the_history_books_are_evaluations():
    german = _detect(["Trump grinst zurück. Ein US-Präsident in Bestlaune.",
                      "Es sind Szenen für die Geschichtsbücher. Dieser Handschlag geht in die Geschichte ein!",
                      "Wenig später zelebrieren Trump und Kim einen Händedruck. In Anchorage wird ein Treffen inszeniert."])
    found = {(c.span.doc, c.text) for c in german if c.category == "evaluative"}
    assert {("d1", "grinst"), ("d2", "für die Geschichtsbücher"), ("d3", "zelebrieren"), ("d3", "inszeniert")} <= found
    assert any(d == "d2" and t.startswith("geht in die Geschichte") for d, t in found), found


def test_expected_in_a_comparison_is_no_reporting_verb():
    cues = _detect(["Trump sagte, die Gespräche seien deutlich besser verlaufen als erwartet. Experten erwarten eine Einigung."])
    speculative = [c.text for c in cues if c.category == "reporting_verb" and c.cls == "speculative"]
    assert speculative == ["erwarten"], speculative


def test_self_celebration_and_vows_are_loaded_reporting_verbs():
    cues = _detect(["Trump feiert sich in einer langen Pressekonferenz. Kim gelobte, die Vergangenheit hinter sich zu lassen."])
    verbs = {(c.text, c.cls) for c in cues if c.category == "reporting_verb"}
    assert {("feiert sich", "metaphor"), ("gelobte", "emphatic")} <= verbs, verbs


def test_a_summit_named_as_a_show_or_a_marathon_is_dramatised():
    cues = _detect(["USA und Nordkorea unterzeichnen Vereinbarung: Trumps Gipfel-Show. Der Handshake-Marathon zwischen "
                    "Trump und dem Diktator dauerte lange."])
    labels = {(c.text, c.cls) for c in cues if c.category == "event_label"}
    assert {("Gipfel-Show", "dramatising"), ("Handshake-Marathon", "dramatising")} <= labels, labels


def test_a_person_named_by_age_is_an_actor_label_of_its_own():
    german = _detect(["Friedrich Merz ist gescheitert. Der 69-Jährige erlebte eine Schmach. Abgeordnete verweigerten dem "
                      "69-jährigen Sauerländer die Stimme.",
                      "Der Streit zwischen Donald Trump (78) und dem Präsidenten eskalierte. Es war das Jahr des "
                      "75-jährigen Jubiläums und des 70-jährigen Krieges."])
    ages = {(c.span.doc, c.text, c.entity) for c in german if c.category == "actor_label" and c.cls == "age"}
    assert {("d1", "Der 69-Jährige", "Friedrich Merz"), ("d2", "Trump (78)", "Donald Trump")} <= ages, ages
    assert any(t == "dem 69-jährigen Sauerländer" for _, t, _ in ages), ages
    assert not any("Jubiläums" in t or "Krieges" in t for _, t, _ in ages), ages  # the age of a thing
    english = _detect_lang(["Joe Biden quit the race. The 81-year-old president said it was best for his party.",
                            "Biden, 81, said he was acting in the best interest of his party."], "en")
    ages = {(c.span.doc, c.text) for c in english if c.category == "actor_label" and c.cls == "age"}
    assert {("d1", "The 81-year-old president"), ("d2", "Biden, 81")} <= ages, ages
    assert not [c for c in english if c.category == "actor_label" and c.cls == "neutral" and c.text == "president"]


def test_how_a_person_looked_is_demeanour():
    cues = _detect(["Beide wirkten dabei ernst und etwas angespannt. Die Sanktionen wirken erst in Jahren, die Lage ist ernst."])
    found = [(c.text, c.cls) for c in cues if c.category == "evaluative"]
    assert ("wirkten dabei ernst und etwas angespannt", "demeanour") in found, found
    assert not any("Sanktionen" in t or t.endswith("ist ernst") for t, _ in found), found


def test_general_judging_words_of_quarrels_and_mistakes():
    cues = _detect(["Es gibt Momente, da fliegen die Fetzen. Schon zu Beginn gab es erste Sticheleien.",
                    "Das Weiße Haus ließ versehentlich Reporter hinein. Die Folgen sind unabsehbar."])
    found = {c.text for c in cues if c.category == "evaluative"}
    assert {"fliegen die Fetzen", "Sticheleien", "versehentlich", "unabsehbar"} <= found, found


def test_english_chaos_tears_and_uncharted_territory():
    cues = _detect_lang(["The decision plunges the Democratic Party into chaos, leaving the race in uncharted territory. "
                         "Staff burst into tears when they saw his letter.",
                         "The plane crashed, plunging into a building. Firefighters arrived."], "en")
    found = {(c.span.doc, c.text, c.cls) for c in cues if c.category == "evaluative"}
    assert ("d1", "plunges the Democratic Party into chaos", "negative") in found, found
    assert ("d1", "burst into tears", "demeanour") in found, found
    assert not [f for f in found if f[0] == "d2"], found  # a plane plunging is no judgement


def test_the_rarer_names_of_talks_ending_without_result_are_marked():
    texts = ["Trump and Kim cut short their summit in Hanoi. They had no deal.",
             "The summit was cut short after the talks failed over sanctions.",
             "Trump cut short the talks on Thursday and flew home.",
             "The unexpected collapse of talks was a setback for the president.",
             "The meeting ended in a stalemate. Trump said he had to walk."]
    marked = {(c.span.doc, c.text) for c in _detect_lang(texts, "en")
              if c.category == "event_label" and c.cls == "marked_name"}
    assert {("d4", "collapse"), ("d5", "stalemate")} <= marked, marked
    assert not any(t.casefold() == "cut short" for _, t in marked), marked  # what most reports say


def test_english_verbs_of_justifying_blaming_and_framing():
    cues = _detect_lang(["\u201cSometimes you have to walk,\u201d Trump reasoned at a news conference. Critics have panned the summit.",
                         "Trump cast the lack of deal as a short-term disappointment. The most likely reason is the engine."],
                        "en")
    verbs = {(c.span.doc, c.text) for c in cues if c.category == "reporting_verb"}
    assert {("d1", "reasoned"), ("d1", "panned"), ("d2", "cast the lack of deal as")} <= verbs, verbs
    assert not any(t == "reason" for _, t in verbs), verbs  # the noun


def test_a_genitive_name_after_a_name_is_another_person():
    cues = _detect(["Nordkoreas Machthaber Kim Jong-un traf US-Präsident Donald Trump. Trump lobte Kim.",
                    "Zudem habe Kim Jong-un Trumps Einladung ins Weiße Haus angenommen. Der Machthaber Kim Jong-un "
                    "lächelte."])
    entities = {c.entity for c in cues if c.category == "actor_label" and c.entity}
    assert "Kim Jong-un Trumps" not in entities, entities


def test_a_bare_age_names_only_a_person_named_just_before():
    cues = _detect(["Olaf Scholz kündigte Hilfe an. Die Polizei ging von einem Einzeltäter aus. Der 50-Jährige wurde "
                    "festgenommen."])
    ages = [(c.text, c.entity) for c in cues if c.category == "actor_label" and c.cls == "age"]
    assert ages == [("Der 50-Jährige", None)], ages


def test_a_bare_age_names_the_person_the_comparison_gives_that_age():
    cues = _detect(["Bundespräsident Frank-Walter Steinmeier (68) hat US-Präsident Joe Biden (81) ausgezeichnet.",
                    "Frank-Walter Steinmeier begrüßte Joe Biden vor seinem Amtssitz. Anschließend trug sich der "
                    "81-Jährige ins Gästebuch ein.",
                    "Joe Biden traf Frank-Walter Steinmeier. Der 75-Jährige sprach von Freundschaft."])
    ages = {(c.span.doc, c.text, c.entity) for c in cues if c.category == "actor_label" and c.cls == "age"}
    assert ("d2", "der 81-Jährige", "Joe Biden") in ages, ages  # not Steinmeier, the person named last
    assert ("d3", "Der 75-Jährige", None) in ages, ages  # Steinmeier is 68: no one known is 75
    d2 = next(c for c in cues if c.text == "der 81-Jährige")
    assert "Joe Biden" in d2.explanation and "Joe Biden" in d2.explanation_de


def test_one_hour_clock_spans_and_lengths_compared_with_the_plan():
    cues = _detect(["Die beiden äußerten sich nach einem mehr als einstündigen Gespräch.",
                    "Das Treffen unter vier Augen dauerte etwa zwei Stunden - doppelt so lange wie geplant.",
                    "Kim sagte nach den zweistündigen Gesprächen, es sei gut gelaufen.",
                    "Das Gespräch dauerte zwei Stunden, sagte der Kreml.",
                    "Zuerst führten die beiden Staatschefs von 14 Uhr bis 17 Uhr ein Gespräch unter vier Augen."])
    flagged = {(c.span.doc, c.text) for c in cues if c.category == "factual_variant"}
    assert ("d1", "mehr als einstündigen Gespräch") in flagged, flagged
    assert ("d5", "von 14 Uhr bis 17 Uhr") in flagged, flagged
    assert not [f for f in flagged if f[0] in ("d2", "d3", "d4")], flagged  # two hours: what most say


def test_restraint_no_smile_and_making_clear():
    cues = _detect(["Obwohl es ein historisches Treffen ist, wirken beide Staatschefs verhalten. Wenig Kommunikation, "
                    "kein Lächeln. Bei dem Treffen machte Putin deutlich, dass Moskau ein Ziel hat."])
    found = {(c.text, c.cls) for c in cues if c.category in ("evaluative", "reporting_verb")}
    assert {("wirken beide Staatschefs verhalten", "demeanour"), ("kein Lächeln", "demeanour"),
            ("machte Putin deutlich", "emphatic")} <= found, found


def test_an_english_participle_before_a_noun_is_no_verb_of_speech():
    cues = _detect_lang(["The highly touted and much publicized meeting ended in a stalemate. Trump touted his ties with Kim."],
                        "en")
    starts = [c.span.start for c in cues if c.category == "reporting_verb" and c.text == "touted"]
    assert len(starts) == 1 and starts[0] > 60, starts  # only "Trump touted"


def test_an_eagerly_awaited_event_is_built_up():
    german = _detect(["Das mit großer Spannung erwartete Aufeinandertreffen von Putin und Kim begann am Mittwoch."])
    assert any(c.category == "evaluative" and c.text == "mit großer Spannung erwartete" for c in german)
    english = _detect_lang(["The much-anticipated second summit between Trump and Kim ended without a deal."], "en")
    assert any(c.category == "evaluative" and c.text == "much-anticipated" for c in english)


def test_an_english_title_of_several_words_is_one_label():
    cues = _detect_lang(["Secretary of State Mike Pompeo added that progress had been made.",
                         "Pompeo said the talks were good."], "en")
    labels = [(c.text, c.entity) for c in cues if c.category == "actor_label"]
    assert ("Secretary of State", "Mike Pompeo") in labels, labels


def test_a_title_with_a_judging_adjective_is_one_loaded_label():
    german = _detect(["Der autoritäre Staatschef Kim Jong Un traf Putin. Kim lächelte."])
    labels = [(c.text, c.cls, c.entity) for c in german if c.category == "actor_label"]
    assert ("autoritäre Staatschef", "loaded_negative", "Kim Jong Un") in labels, labels
    assert not [c for c in german if c.category == "evaluative" and c.text == "autoritäre"]
    english = _detect_lang(["Trump has cultivated ties with the young despotic leader, the President insisted.",
                            "Kim Jong Un met Trump."], "en")
    assert any(c.category == "actor_label" and c.text == "despotic leader" and c.shown for c in english)


def test_muesste_is_a_hedge_only_of_likelihood_not_of_necessity():
    """"Das müsste reichen" weighs a likelihood; "Dann müssten die Sanktionen fallen" (mostly reported speech)
    states a necessity."""
    cues = _detect(["Die Mittel müssten bis zum Winter reichen, heißt es in Moskau.",
                    "Er müsste davon gewusst haben, schreibt die Zeitung.",
                    "Dann müssten die Sanktionen fallen, sagte Kim.",
                    "Die anderen Gäste würden nach Hause fahren müssten, schrieb der Kommentator."])
    hedges = {(c.span.doc, c.text) for c in cues if c.category == "hedge"}
    assert ("d1", "müssten") in hedges and ("d2", "müsste") in hedges, hedges
    assert not {h for h in hedges if h[0] in ("d3", "d4")}, hedges


def test_general_evaluative_words_of_news_narration():
    english = _detect_lang(["The congenial tone drew a swift rebuke from senators.",
                            "The collapse of the talks was a setback for the president and sparked outrage at home."],
                           "en")
    words = {c.text for c in english if c.category == "evaluative"}
    assert {"congenial", "swift", "setback", "outrage"} <= words, words
    german = _detect(["In einem symbolträchtigen Akt betrat er das Land, ein Rückschlag für seine Gegner."])
    assert {"symbolträchtigen", "Rückschlag"} <= {c.text for c in german if c.category == "evaluative"}


def test_nahelegen_with_a_person_beside_it_is_an_insinuation_not_a_hedge():
    cues = _detect(["Beim Empfang legte Putin am Freitag nahe, Orban spreche für den Europäischen Rat.",
                    "Die Entscheidung, sich im Kosmodrom zu treffen, legt nahe, dass Kim Technik sucht."])
    hedges = {(c.span.doc, c.text) for c in cues if c.category == "hedge"}
    assert not any(doc == "d1" for doc, _ in hedges), hedges
    assert any(doc == "d2" for doc, _ in hedges), hedges


def test_as_soon_as_possible_is_no_hedge_and_a_villa_is_no_title():
    english = _detect_lang(["Modi told Putin they need to find a path to peace as soon as possible.",
                            "A possible deal on oil was discussed."], "en")
    assert {(c.span.doc, c.text) for c in english if c.category == "hedge"} == {("d2", "possible")}
    german = _detect(["Die Präsidenten trafen sich in der prächtigen Villa La Grange am Genfersee.",
                      "In der Villa La Grange sprachen sie vier Stunden.", "Die Villa La Grange liegt in einem Park."])
    assert not any(c.category == "actor_label" and "Villa" in c.text for c in german)


def test_german_words_of_a_frozen_relationship_staging_and_praise():
    cues = _detect(["Nach Monaten der diplomatischen Eiszeit trafen sich die beiden im durchchoreografierten Gipfel.",
                    "Xi würdigte die engen Beziehungen. Ein hochrangiger US-Regierungsbeamter berichtete davon."])
    found = {(c.category, c.text) for c in cues}
    assert ("evaluative", "Eiszeit") in found and ("evaluative", "durchchoreografierten") in found, found
    assert ("reporting_verb", "würdigte") in found and ("attribution", "US-Regierungsbeamter") in found, found


def test_english_verbs_of_joking_confessing_and_joining_a_debate():
    cues = _detect_lang(["“That’s true,” quipped Trump after the talks.",
                         "Mr Putin, too, came clean about his wish. House speaker Paul Ryan also weighed in, stating "
                         "that Russia is not an ally."], "en")
    verbs = {c.text for c in cues if c.category == "reporting_verb"}
    assert {"quipped", "came clean", "weighed in"} <= verbs, verbs


def test_german_words_of_pomp_deadlock_praise_and_sidelining():
    cues = _detect(["Der Gast wurde mit allen Ehren und mit viel Pomp empfangen, es folgte eine prunkvolle Parade.",
                    "Die festgefahrenen Verhandlungen sollen weitergehen. Der Minister war nur eine Randfigur.",
                    "Der Präsident fand lobende Worte. Dann hielt er einen langen Monolog."])
    found = {(c.category, c.text) for c in cues}
    assert {("evaluative", "mit allen Ehren"), ("evaluative", "Pomp"), ("evaluative", "prunkvolle"),
            ("evaluative", "festgefahrenen"), ("evaluative", "Randfigur"), ("evaluative", "lobende"),
            ("event_label", "Monolog")} <= found, found


def test_german_words_of_cosiness_vagueness_sabotage_and_trade_wars():
    cues = _detect(["Trump ist auf Kuschelkurs. Im Handelskrieg hat Trump nach eigenen Worten einen Durchbruch "
                    "erzielt, den er euphorisch hinausposaunt hat.",
                    "Trump und Xi trafen sich in Busan. Peking hatte die Gespräche zuvor torpediert."])
    found = {(c.text, c.category) for c in cues if c.shown}
    assert {("Kuschelkurs", "evaluative"), ("Handelskrieg", "event_label"), ("nach eigenen Worten", "attribution"),
            ("Durchbruch", "evaluative"), ("euphorisch", "evaluative"), ("hinausposaunt", "reporting_verb"),
            ("torpediert", "evaluative")} <= found, found


def test_english_words_of_heated_talks():
    cues = _detect_lang(["The talks ended in a heated exchange and testy remarks. The blowup came fast.",
                         "Trump met Zelensky on Friday. 'Make a deal,' Trump yelled at his guest."], "en")
    found = {(c.text, c.category) for c in cues}
    assert {("heated", "evaluative"), ("testy", "evaluative"), ("blowup", "event_label"),
            ("yelled", "reporting_verb")} <= found, found


def test_a_plain_title_shown_in_contrast_is_highlighted_at_its_first_use_in_each_text():
    cues = _detect(["US-Präsident Donald Trump empfing Merz. Der US-Präsident lobte den Gast. Später sprach der "
                    "US-Präsident über Zölle.",
                    "Der Faschist Donald Trump empfing Merz im Weißen Haus."])
    titles = [c for c in cues if c.category == "actor_label" and c.span.doc == "d1" and "Präsident" in c.text]
    assert len(titles) == 3 and all(c.entity == "Donald Trump" for c in titles), titles
    assert [c.shown for c in sorted(titles, key=lambda c: c.span.start)] == [True, False, False]


def test_a_plain_title_contrasts_only_with_another_outlets_loaded_label():
    cues = _detect(["Bundeskanzler Olaf Scholz und US-Präsident Joe Biden trafen sich in Berlin. Die beiden Staatsmänner "
                    "lachten.",
                    "Am Abend sprach Präsident Joe Biden im Kanzleramt über die Ukraine und die Nato."])
    titles = {(c.span.doc, c.text): c.shown for c in cues if c.category == "actor_label" and c.entity == "Joe Biden"}
    assert titles == {("d1", "US-Präsident"): False, ("d2", "Präsident"): True}, titles  # d1's own "Staatsmänner"
    judged = _detect(["Merz dankte dem faschistischen US-Präsidenten Donald Trump im Weißen Haus."])
    assert any(c.text == "faschistischen US-Präsidenten" and c.cls == "loaded_negative" for c in judged), judged


def test_an_english_surname_once_alone_keeps_its_full_name_and_a_lost_comma_makes_no_person():
    cues = _detect_lang([
        "Chinese President Xi Jinping met Biden in Bali. \"I told [Chinese President] Xi [Jinping] that China must "
        "act,\" Biden said. They spoke about the island of Taiwan North Korean nuclear missile tests.",
        "The dictator Xi Jinping told Biden that Taiwan is a red line. Xi spoke for three hours.",
        "Xi Jinping Joe Biden\n\nBiden said Chinese President Xi Jinping was clear with him."], "en")
    labels = {(c.text, c.entity) for c in cues if c.category == "actor_label"}
    assert ("President", "Xi Jinping") in labels and ("dictator", "Xi Jinping") in labels, labels
    assert not any(c.entity and "Korean" in c.entity for c in cues), labels


def test_an_english_adverb_of_likelihood_in_a_reported_that_clause_is_the_speakers():
    cues = _detect_lang(["Pompeo told reporters shortly before departing South Korea that a new round of talks would "
                         "likely happen in July. The talks will likely resume soon.",
                         "Trump met Kim at the border on Sunday."], "en")
    assert _voices(cues, "likely", "hedge") == [("quoted", False), ("outlet", True)]


def test_a_common_name_joins_no_compound_written_once():
    cues = _detect(["Kurzeinschätzung des SRF-China-Korrespondenten Box Trump und Xi Jinping trafen sich in Busan. "
                    "China senkt die Zölle. China kauft Sojabohnen.",
                    "US-Präsident Donald Trump und Chinas Staatschef Xi Jinping trafen sich. Es war das erste Treffen "
                    "der beiden Staatschefs seit 2019. China lobte das Treffen."])
    pair = next(c for c in cues if c.text == "Staatschefs")
    assert pair.entity == "Donald Trump & Xi Jinping", pair.entity


def test_a_name_written_without_its_accent_is_no_other_spelling():
    cues = _detect(["Obama wurde von Kubas Außenminister Bruno Rodriguez am Flughafen abgeholt.",
                    "Am Flughafen empfing ihn Außenminister Bruno Rodríguez.",
                    "Außenminister Bruno Rodríguez holte Obama am Flughafen ab."])
    assert not any(c.category == "factual_variant" and "Rodr" in c.text for c in cues), \
        [(c.text, c.category) for c in cues]


def test_a_modal_in_the_clause_of_a_fear_is_the_fears_and_an_event_named_in_indirect_speech_the_speakers():
    cues = _detect(["Putin hat Soldaten zusammengezogen, was im Westen die Befürchtung schürt, dass die Armee "
                    "einmarschieren könnte. Die Armee könnte bald einmarschieren. Putin „riskiere“ diese Pipeline im "
                    "Falle einer Invasion, sagte Sullivan. Die Nato will die Ukraine vor einer Invasion schützen.",
                    "Biden sprach zwei Stunden mit Putin über die Lage an der Grenze."])
    assert _voices(cues, "könnte") == [("quoted", False), ("outlet", True)]
    assert _voices(cues, "Invasion") == [("quoted", False), ("outlet", True)]


def test_an_event_named_before_a_closing_speech_tag_is_named_by_the_speaker():
    cues = _detect(["Die USA würden jede Aktion ergreifen, um eine russische Invasion in der Ukraine zu verhindern, "
                    "sagte der Nationale Sicherheitsberater der USA, Jake Sullivan. Die Nato fürchtet eine Invasion.",
                    "Biden sprach zwei Stunden mit Putin über die Lage an der Grenze."])
    assert _voices(cues, "Invasion") == [("quoted", False), ("outlet", True)]


def test_a_nationality_adjective_finds_the_leader_learned_under_another_name_of_the_country():
    cues = _detect(["US-Präsident Joe Biden ist nach Berlin gekommen. Dass der amerikanische Präsident das tut, ist "
                    "ein Abschiedsgeschenk an Kanzler Olaf Scholz. Amerika bleibt ein Partner.",
                    "US-Präsident Joe Biden traf Kanzler Olaf Scholz in Berlin. Die USA und Deutschland sind Partner."])
    label = next(c for c in cues if c.text == "Präsident" and c.span.doc == "d1")
    assert label.entity == "Joe Biden", label.entity


def test_a_title_is_no_surname_and_a_first_name_read_once_as_a_noun_stays_a_name():
    cues = _detect(["US-Präsident Barack Obama traf Kubas Staatschef Raúl Castro in Havanna. Obama sprach lange.",
                    "Wie Barack Obama sagte, traf er Kubas Staatschef Raúl Castro. Der US-Präsident lobte Kuba.",
                    "Kubas Staatschef Raúl Castro empfing US-Präsident Barack Obama. Kuba öffnet sich."])
    labels = {(c.text, c.entity) for c in cues if c.category == "actor_label"}
    assert ("Staatschef", "Raúl Castro") in labels and ("US-Präsident", "Barack Obama") in labels, labels


def test_a_name_opening_with_a_point_of_the_compass_is_no_person():
    cues = _detect(["Biden drohte, die Pipeline Nord Stream 2 zu stoppen. Die Pipeline Nord Stream 2 ist fertig.",
                    "Scholz nannte die Pipeline Nord Stream 2 nicht. Nord Stream 2 bleibt umstritten."])
    assert not any(c.category == "actor_label" and c.entity and "Nord" in c.entity for c in cues), \
        [(c.text, c.entity) for c in cues if c.category == "actor_label"]


def test_a_name_written_with_and_without_its_accent_is_one_person():
    cues = _detect(["Kubas Staatschef Raúl Castro empfing US-Präsident Barack Obama in Havanna.",
                    "Staatschef Raul Castro begrüßte US-Präsident Barack Obama am Flughafen nicht.",
                    "Der Staatschef sprach mit Obama. Castro lobte den Besuch."])
    entities = {c.entity for c in cues if c.category == "actor_label" and c.text == "Staatschef"}
    assert len(entities) == 1 and None not in entities, entities


def test_a_title_before_an_accented_name_in_the_genitive_is_someone_of_his():
    cues = _detect(["Der Pressechef Orbáns bestätigte die Reise. Ministerpräsident Viktor Orbán reiste nach Moskau.",
                    "Viktor Orbán traf Putin in Moskau. Orbán sprach von Frieden."])
    assert not any(c.text == "Pressechef" and c.entity == "Viktor Orbán" for c in cues), \
        [(c.text, c.entity) for c in cues if c.category == "actor_label"]


def _corpus_event(name: str):
    from pathlib import Path

    folder = Path(__file__).parent / "data" / "corpus" / name
    docs = []
    for n, path in enumerate(sorted(folder.glob("*.txt")), 1):
        text = path.read_text(encoding="utf-8")
        a = analyse(text, "en")
        docs.append(AlignInput(f"d{n}", text, a.segments, a.tokens, "en"))
    return detect_cues(docs, align(docs))


def test_english_seats_pairs_and_plurals_name_the_right_leaders():
    # Helsinki 2018: "Presidents Donald Trump and Vladimir Putin say …" (RFE/RL), "refusing to condemn the Kremlin"
    # (Politico), "both men broke into brief smiles as the Kremlin chief handed over the souvenir" (AFP, beside a
    # "FIFA World Cup"); a title-case headline "Putin-Trump Meeting Proves Russia's …" must not swallow "Russia"
    labels = {(c.span.doc, c.text, c.entity) for c in _corpus_event("en-trump-putin-helsinki-2018")
              if c.category == "actor_label"}
    assert ("d6", "Presidents", "Donald Trump & Vladimir Putin") in labels, labels
    assert ("d1", "Kremlin", "Vladimir Putin") in labels, labels
    assert ("d11", "Kremlin chief", "Vladimir Putin") in labels, labels
    assert ("d11", "men", "Donald Trump & Vladimir Putin") in labels, labels
    # Modi in Moscow: "India-Russia" (a pair of names) holds neither; "the Indian prime minister" is Modi
    labels = {(c.span.doc, c.text, c.entity) for c in _corpus_event("en-modi-putin-moscow-2024")
              if c.category == "actor_label"}
    assert ("d4", "prime minister", "Narendra Modi") in labels, labels
    assert ("d6", "Kremlin", "Vladimir Putin") in labels, labels  # "since the Kremlin launched its campaign"
    assert not any(t == "Kremlin" and d == "d4" for d, t, _ in labels), labels  # "talks at the Kremlin": a place
    # Panmunjom: "the North Korean dictator" is Kim, not Moon of the Koreas
    labels = {(c.span.doc, c.text, c.entity) for c in _corpus_event("en-trump-kim-panmunjom-2019")
              if c.category == "actor_label"}
    assert ("d4", "dictator", "Kim Jong Un") in labels, labels

def test_the_one_told_is_no_speaker_of_a_quotation():
    cues = _detect_lang(['It began with Mr Vance telling Mr Zelensky: "Mr President, with respect. I think it is '
                         'disrespectful for you to come to the Oval Office to try to litigate this."',
                         'Vance told Zelensky, "I think it is disrespectful for you to come to the Oval Office to '
                         'litigate this in front of the American media."'], "en")
    assert [c for c in cues if c.category == "quote_variant"], [c.text for c in cues]


def test_british_and_american_spellings_of_one_quotation_are_no_variant():
    cues = _detect_lang(['Biden wrote: "It has been the greatest honour of my life to serve as your President."',
                         'Biden wrote: "It has been the greatest honor of my life to serve as your President."',
                         'KCNA said the talks made "a new breakthrough in the denuclearisation of the peninsula".',
                         'KCNA said the talks made "a new breakthrough in the denuclearization of the peninsula".'],
                        "en")
    assert not [c.text for c in cues if c.category == "quote_variant"]


def test_a_name_in_brackets_after_a_label_is_its_bearer_and_the_card_shows_the_contrast():
    cues = _detect(["Würde der alte Hase Wladimir Putin den Novizen (Trump) ausmanövrieren? Donald Trump und Wladimir "
                    "Putin trafen sich in Hamburg.",
                    "Am Abend sprach US-Präsident Donald Trump in Hamburg über Handel."])
    novize = next(c for c in cues if c.text == "Novizen")
    assert novize.entity == "Donald Trump", novize.entity
    plain = [c for c in cues if c.span.doc == "d2" and c.category == "actor_label" and c.entity == "Donald Trump"
             and c.shown]
    assert plain and all(any(text == "Novizen" for _, text in c.counterparts) for c in plain), plain


def test_a_seat_of_power_as_a_place_is_no_label_and_title_words_open_no_name():
    cues = _detect_lang(["Macron began talks with Mr Putin in the Kremlin. The Kremlin said the talks were useful. "
                         "They met in the Grand Kremlin Palace. Kremlin Spokesman Dmitry Peskov told journalists the "
                         "talks would be long. Vladimir Putin thanked Macron.",
                         "Russian President Vladimir Putin received Emmanuel Macron at the Kremlin on Monday. Kremlin "
                         "sources called the meeting long. Putin and Macron spoke for five hours."], "en")
    kremlin = [(c.span.doc, c.entity) for c in cues if c.category == "actor_label" and c.text == "Kremlin"]
    assert kremlin == [("d1", "Vladimir Putin")], kremlin  # only "The Kremlin said"
    german = _detect(["Putin empfing Macron im Kreml. Der Kreml teilte mit, die Gespräche seien lang gewesen. Vor dem "
                      "Kreml warteten Journalisten. Wladimir Putin dankte Emmanuel Macron."])
    assert [c.text for c in german if c.category == "actor_label" and c.text == "Kreml"] == ["Kreml"]


def test_a_spokesman_teaches_no_leader_of_his_country():
    cues = _detect(["Der russische Präsident Wladimir Putin reiste in die Mongolei. Kremlsprecher Dmitri Peskow sagte, "
                    "der Besuch sei lange geplant. Der Kremlchef wurde mit Ehren empfangen.",
                    "Wladimir Putin traf Narendra Modi. Kremlsprecher Dmitri Peskow sagte, es gebe nichts zu "
                    "ergänzen. Die beiden Präsidenten lachten. Modi dankte Putin.",
                    "Narendra Modi und Wladimir Putin sprachen lange."])
    labels = {(c.span.doc, c.text, c.entity) for c in cues if c.category == "actor_label"}
    assert ("d1", "Kremlchef", "Wladimir Putin") in labels, labels  # not the spokesman Peskow
    assert ("d2", "Präsidenten", "Wladimir Putin & Narendra Modi") in labels or \
        ("d2", "Präsidenten", "Narendra Modi & Wladimir Putin") in labels, labels


def test_a_label_before_unter_sich_names_several():
    cues = _detect(["Machthaber unter sich\nWladimir Putin und Kim Jong Un treffen sich am Weltraumbahnhof. Kim Jong Un "
                    "reiste mit dem Zug an. Wladimir Putin empfing ihn."])
    label = next(c for c in cues if c.text == "Machthaber")
    assert set((label.entity or "").split(" & ")) == {"Wladimir Putin", "Kim Jong Un"}, label.entity


def test_a_country_before_a_persons_name_is_no_part_of_it():
    cues = _detect(["Modi umarmte Putin. Der Präsident der Ukraine Wolodymyr Selenskyj kritisierte das. Die Ukraine "
                    "protestierte. Wolodymyr Selenskyj sprach von einem Schlag.",
                    "Wolodymyr Selenskyj nannte die Umarmung eine Enttäuschung. Die ukrainische Regierung schwieg."])
    assert any(c.text == "Präsident" and c.entity == "Wolodymyr Selenskyj" for c in cues), \
        [(c.text, c.entity) for c in cues if c.category == "actor_label"]


def test_a_title_in_the_genitive_after_a_spokesman_is_not_the_spokesmans():
    cues = _detect(["Der russische Präsident Wladimir Putin sprach mit Joe Biden. Dem Sender sagte der Pressesprecher des "
                    "russischen Präsidenten Dmitri Peskow am Mittwoch, das Gespräch sei offen gewesen."])
    title = next(c for c in cues if c.text == "Präsidenten")
    assert title.entity == "Wladimir Putin", title.entity


def test_a_title_is_credited_to_no_place_but_a_country():
    cues = _detect_lang(["Mr Macron was the first top western leader to meet Putin. The talks were held in the Joint "
                         "Statement Hall. Vladimir Putin and Emmanuel Macron met. The president of Joint Statement Hall "
                         "spoke."], "en")
    assert not any(c.category == "actor_label" and c.entity and "Joint Statement" in c.entity for c in cues)
    german = _detect(["Der japanische Premierminister begrüßte das Treffen. Japan und Südkorea reagierten. Wladimir Putin "
                      "traf Kim Jong Un. Die japanische Regierung schwieg."])
    assert any(c.text == "Premierminister" and c.entity == "Japan" for c in german), \
        [(c.text, c.entity) for c in german if c.category == "actor_label"]


def test_the_president_after_another_officials_name_is_the_president_named_last():
    cues = _detect_lang(["President Vladimir Putin met President Donald Trump in Helsinki. Putin praised Trump. House "
                         "speaker Paul Ryan also weighed in, stating that the president must appreciate that Russia is "
                         "not our ally."], "en")
    title = [c for c in cues if c.text == "president"]
    assert title and title[-1].entity == "Donald Trump", [(c.text, c.entity) for c in cues if c.category == "actor_label"]


def test_a_modal_after_a_colon_that_opens_what_someone_signals_is_theirs():
    cues = _detect(["„Es ist besser, miteinander zu reden“, sagt die Kanzlerin und signalisiert: Nach den frostigen "
                    "Monaten könnte jetzt Tauwetter einsetzen. Die Lage bleibt schwierig, doch es könnte besser werden."])
    modals = [(c.text, c.speaker) for c in cues if c.category == "hedge" and c.text == "könnte"]
    assert modals == [("könnte", "quoted"), ("könnte", "outlet")], modals


def test_a_name_between_commas_after_a_label_is_its_bearer_but_not_a_speaker():
    cues = _detect_lang(["President Donald Trump met the country's dictator, Kim Jong Un, in the demilitarized zone. "
                         "Trump and Kim Jong Un shook hands.",
                         "The dictator, Kim Jong Un said, wants peace. Donald Trump smiled."], "en")
    first = next(c for c in cues if c.span.doc == "d1" and c.text == "dictator")
    assert first.entity == "Kim Jong Un", first.entity


def test_the_head_of_a_label_of_several_words_with_of_is_the_word_before_it():
    cues = _detect_lang(["Vladimir Putin arrived in Pyongyang. Kim Jong Un greeted Vladimir Putin at the airport. "
                         "Talks between the two delegations began, and the heads of state are expected to meet alone."],
                        "en")
    heads = next(c for c in cues if c.text == "heads of state")
    names = (heads.entity or "").split(" & ")
    assert len(names) == 2 and "Vladimir Putin" in names and any("Jong Un" in n for n in names), heads.entity


def test_a_genitive_singular_title_is_no_plural_and_a_plural_of_one_place_names_no_leader():
    cues = _detect(["Selenskyj kritisierte den Besuch des indischen Premierministers Narendra Modi in Moskau. Wladimir "
                    "Putin empfing Narendra Modi."])
    title = next(c for c in cues if c.text == "Premierministers")
    assert title.entity == "Narendra Modi", title.entity
    english = _detect_lang(["Donald Trump spoke. Nearly half of the country's Democratic governors have announced their "
                            "support for Kamala Harris. Kamala Harris thanked them."], "en")
    assert not any(c.text == "governors" and c.entity for c in english), \
        [(c.text, c.entity) for c in english if c.category == "actor_label"]


def test_a_weak_noun_after_der_is_a_plural_naming_the_pair():
    cues = _detect(["Joe Biden und Xi Jinping trafen sich auf Bali. Das sagte Biden nach einem Treffen der Präsidenten "
                    "auf der Insel. Xi Jinping schwieg."])
    label = next(c for c in cues if c.text == "Präsidenten")
    assert set((label.entity or "").split(" & ")) == {"Joe Biden", "Xi Jinping"}, label.entity


def test_a_country_named_by_a_judging_description_is_a_label_of_that_country():
    cues = _detect_lang([
        "North Korea fired two missiles on Sunday. North Korean leader Kim Jong Un watched the launch. "
        "Donald Trump became the first US president to set foot in the reclusive country. "
        "State media said the lavish state dinner went well.",
        "North Korea fired missiles on Sunday. Kim Jong Un met Donald Trump at the border in North Korea."], "en")
    labels = {c.text: c for c in cues if c.category == "actor_label" and c.cls == "loaded_negative"}
    assert "reclusive country" in labels
    assert labels["reclusive country"].entity == "North Korea" and labels["reclusive country"].shown
    assert "instead of its name" in labels["reclusive country"].explanation  # no "a title would be neutral"
    assert "statt mit seinem Namen" in labels["reclusive country"].explanation_de
    assert not any(c.text == "reclusive" for c in cues)  # one highlight, not an evaluation beside a label
    assert not any("state dinner" in c.text for c in cues)  # "state" modifies "dinner": no country named
    de = _detect([
        "Nordkorea hat am Sonntag zwei Raketen abgefeuert. Wegen der nordkoreanischen Raketentests haben die "
        "Vereinten Nationen Sanktionen gegen das isolierte Land verhängt.",
        "Nordkorea hat am Sonntag Raketen abgefeuert. Kim Jong Un sah zu."])
    found = [c for c in de if c.text == "isolierte Land"]
    assert found and found[0].category == "actor_label" and found[0].entity == "Nordkorea"


def test_a_titled_official_who_is_no_protagonist_is_a_named_source():
    cues = _detect(["Trump und Putin trafen sich in Hamburg. Die Verhandlungen seien schwierig gewesen, sagte "
                    "US-Außenminister Rex Tillerson nach dem Treffen. Dies sagte UN-Sprecher Stéphane Dujarric. "
                    "Das Treffen sei gut gewesen, sagte US-Präsident Donald Trump.",
                    "Trump und Putin trafen sich in Hamburg. Donald Trump lobte Wladimir Putin."])
    sources = {c.text for c in cues if c.category == "attribution"}
    assert "sagte US-Außenminister Rex Tillerson" in sources
    assert "sagte UN-Sprecher Stéphane Dujarric" in sources
    assert not any("Trump" in s for s in sources)  # a protagonist's speech tag is a plain one


def test_an_english_titled_official_who_is_no_protagonist_is_a_named_source():
    cues = _detect_lang(["Trump and Putin met in Helsinki on Monday. The talks were constructive, Secretary of State "
                         "Mike Pompeo said after the meeting. Trump said the talks went well. Police Commissioner "
                         "G.S. Malik told The Associated Press that the meeting was calm.",
                         "Trump and Putin met in Helsinki on Monday. Donald Trump praised Vladimir Putin. Mike Pompeo "
                         "was there."] + ["Trump and Putin met in Helsinki on Monday."] * 3, "en")  # Pompeo: 2 of 5
    sources = [c.text for c in cues if c.category == "attribution"]
    assert "Mike Pompeo said" in sources, sources  # named in both reports: no informant, an official
    assert not any(s.startswith("Trump") for s in sources)
    assert any(s.endswith("told The Associated Press") for s in sources), sources  # the medium stays in the cue


def test_an_institution_or_a_country_speaks_as_a_source_before_or_after_its_verb():
    cues = _detect(["Putin und Scholz trafen sich in Moskau. Zuvor teilte das russische Militär mit, Truppen würden "
                    "abgezogen. Dann sagte die Kanzlerin nichts mehr. Das ukrainische Außenministerium teilte mit, es "
                    "protestiere. Die Ukraine erklärte, sie sei besorgt. Die Bundesregierung betonte die Einheit. "
                    "Zudem werfen die US-Geheimdienste Russland Einmischung vor.",
                    "Putin und Scholz trafen sich in Moskau. Putin lobte Scholz. Die Ukraine protestierte."])
    sources = [c.text for c in cues if c.category == "attribution"]
    assert sources == ["teilte das russische Militär", "Das ukrainische Außenministerium", "Die Ukraine",
                       "Die Bundesregierung"], sources
    # a preposed source leaves the verb its own cue; an accusing verb after an adverb stays the verb's
    # ("protestierte" of the second report is a verb of protest; "es protestiere" is the ministry's own word)
    assert sorted(c.text for c in cues if c.category == "reporting_verb" and c.shown) == ["betonte", "lobte",
                                                                                          "protestierte", "werfen"]


def test_a_call_named_differently_is_a_marked_name_only_where_the_event_is_a_call():
    call = _detect(["Joe Biden und Wladimir Putin sprachen beim Videogipfel über die Ukraine.",
                    "Der Videogipfel von Joe Biden und Wladimir Putin dauerte zwei Stunden.",
                    "Im Videotelefonat warnte Joe Biden Wladimir Putin. Danach hielt Biden eine Telefonkonferenz mit "
                    "Angela Merkel und Emmanuel Macron ab."])
    # the other call, with other leaders, is no name of this one
    assert [c.text for c in call if c.category == "event_label" and c.cls == "marked_name"] == ["Videotelefonat"]
    meeting = _detect(["Trump und Putin trafen sich beim Gipfel in Hamburg. Zuvor hatte es Telefonate gegeben.",
                       "Der Gipfel von Trump und Putin dauerte zwei Stunden.",
                       "Beim Gipfel lobte Trump Putin."])
    assert not [c.text for c in meeting if c.category == "event_label" and c.cls == "marked_name"]  # other calls


def test_an_office_speaks_as_a_source_and_a_spokesperson_every_report_quotes_as_a_party():
    cues = _detect(["Putin und Modi trafen sich in Moskau. Ein Sprecher des Kremls erklärte, das Treffen sei gut "
                    "gewesen. Kremlsprecher Dmitri Peskow sagte, es gebe Fortschritte.",
                    "Putin und Modi trafen sich in Moskau. Der Kremlsprecher Dmitri Peskow lobte das Treffen."])
    sources = [c.text for c in cues if c.category == "attribution" and c.span.doc == "d1"]
    assert sources == ["Ein Sprecher des Kremls"], sources  # Peskow, quoted in both, speaks for the Kremlin


def test_english_days_of_two_acts_are_no_dispute_but_one_act_on_two_days_is():
    """Untagged English: the verbs are read through the lemma table; a welcome and a departure, or a statement
    and a greeting, are two happenings on two days; one meeting on two days is a dispute."""
    two_acts = _detect_lang(["Putin warmly welcomed Xi Jinping to the Kremlin in Moscow on Monday after his long trip.",
                             "Xi Jinping left the Kremlin in Moscow on Wednesday after his long trip."], "en")
    assert not [c.text for c in two_acts if c.category == "factual_variant"]
    said_and_greeted = _detect_lang([
        "Macron said on Thursday during his state visit to China that he counted on Xi Jinping.",
        "Macron was greeted by a huge crowd during his state visit to China on Friday, with hopes on Xi Jinping."],
        "en")
    assert not [c.text for c in said_and_greeted if c.category == "factual_variant"]
    one_act = _detect_lang(["Putin warmly welcomed Xi Jinping to the Kremlin in Moscow on Monday after his long trip.",
                            "Putin warmly welcomed Xi Jinping to the Kremlin in Moscow on Tuesday after his long trip."],
                           "en")
    assert {c.text for c in one_act if c.category == "factual_variant"} == {"on Monday", "on Tuesday"}


def test_a_likelihood_asked_about_is_no_hedge():
    cues = _detect(["Wie wahrscheinlich ist eine Verhaftung von Präsident Putin? Eine Verhaftung ist wahrscheinlich "
                    "nicht zu erwarten."])
    assert [c.text for c in cues if c.category == "hedge"] == ["wahrscheinlich"]
    assert not [c for c in cues if c.category == "hedge" and c.span.start < 30]
    english = _detect_lang(["How likely is an arrest of President Putin? An arrest is likely to be avoided."], "en")
    assert [c.text for c in english if c.category == "hedge" and c.span.start < 40] == []


def test_english_narration_after_reported_words_is_the_outlets_again():
    """After a participle of the outlet's (", raising the prospect …", ", underscoring …") or "but has …", the
    evaluative words are the outlet's; ", saying it was illegal" still reports the speaker's."""
    cues = _detect_lang([
        "Putin told Macron Moscow would “do everything to find compromises,” raising the prospect of de-escalating the "
        "volatile situation. Putin says he is prepared to keep negotiating but has offered a stark warning over war. "
        "Biden hosted Scholz to coordinate a response, underscoring the intense unease in the West. The party called "
        "the move a coup, saying it was illegal."], "en")
    outlet, speaker = [("outlet", True)], [("quoted", False)]
    assert {w: _voices(cues, w) for w in ("volatile", "stark", "unease", "illegal")} == {
        "volatile": outlet, "stark": outlet, "unease": outlet, "illegal": speaker}


def test_an_evaluation_in_a_postposed_speech_tag_describes_the_speaking():
    """", sagte Trump euphorisch": the outlet describes how it was said; the words said stay the speaker's."""
    cues = _detect(["Das Treffen sei ein großartiger Erfolg gewesen, sagte Trump euphorisch, während das Flugzeug "
                    "ruckelte. Nach dem Gespräch erklärten er und Putin, einen konstruktiven Dialog geführt zu haben."])
    assert _voices(cues, "euphorisch") == [("outlet", True)]
    assert _voices(cues, "großartiger") == [("quoted", False)]
    assert _voices(cues, "konstruktiven") == [("quoted", False)]


def test_the_topic_a_speaker_spoke_about_is_in_the_outlets_words():
    cues = _detect(["Währenddessen äußerte sich auch FPÖ-Chef Herbert Kickl zu dem brisanten Vorfall in Deutschland. "
                    "Trump sprach von einem sehr spezifischen historischen Augenblick."])
    assert _voices(cues, "brisanten") == [("outlet", True)]
    assert _voices(cues, "historischen") == [("quoted", False)]


def test_a_name_before_a_hyphen_makes_no_shared_stem_of_two_renderings():
    from workbench.cues.quote_words import WordSimilarity

    words = WordSimilarity("de")
    assert words.sim("ukraine-solidaritätsgipfel", "ukraine") == 0.0
    assert words.strict("ukraine-solidaritätsgipfel", "ukraine") == 0.0
    assert words.sim("minderheiten-rechte", "minderheitenrechte") >= 0.7  # one compound, written two ways
    assert words.sim("verhandlungen", "verhandlungsweg") == 0.7


def test_small_noise_of_the_wider_sample():
    """An open question after "Unklar war," (German "was" asks, it is no English copula), a negated report, a
    "could" of purpose, and one name written with and without a hyphen."""
    german = _detect(["Unklar war, was ohnehin lange geplante Geschäftsvorhaben waren, die nur besiegelt wurden."])
    assert not [c.text for c in german if c.category == "hedge"]
    english = _detect_lang(["He has information on other facilities, which have not been reported by media. Kim "
                            "pulled over so Kim could take the wheel. The deal could collapse soon."], "en")
    assert not [c for c in english if c.category == "attribution"]
    hedges = [c for c in english if c.category == "hedge"]
    assert len(hedges) == 1 and hedges[0].span.start > 100  # "The deal could collapse" only
    hyphen = _detect(["Biden traf Xi am Vorabend des G-20-Gipfels auf der Insel Bali.",
                      "Biden traf Xi am Vorabend des G20-Gipfels auf der Insel Bali.",
                      "Biden traf Xi am Vorabend des G20-Gipfels auf der Insel Bali."])
    assert not [c.text for c in hyphen if c.category == "factual_variant"]


def test_sourcing_and_hedges_of_german_news_prose():
    """Frames of sourcing the lexicon lacked, and "weiter" the pipeline joins to the verb as a particle."""
    for text, found in [("Die Gespräche seien konstruktiv gewesen, hieß es weiter.", "hieß es"),
                        ("Nach Ansicht des Strafgerichtshofs ist das ein Verstoß.", "Nach Ansicht des Strafgerichtshofs"),
                        ("Seiner Ansicht nach ist das ein Verstoß.", "Ansicht nach"),
                        ("Nach chinesischer Darstellung ist das ein Verstoß.", "Nach chinesischer Darstellung"),
                        ("Den Angaben nach ist das ein Verstoß.", "Angaben nach"),
                        ("Aus dem Weißen Haus verlautet, das sei ein Verstoß.", "verlautet"),
                        ("Es wird damit gerechnet, dass Putin kommt.", "Es wird damit gerechnet")]:
        cues = _detect([text])
        assert found in [c.text for c in cues if c.category == "attribution"], text
    for text, found in [("Das ist höchstwahrscheinlich ein Verstoß.", "höchstwahrscheinlich"),
                        ("Das ist anscheinend ein Verstoß.", "anscheinend")]:
        assert found in [c.text for c in _detect([text]) if c.category == "hedge"], text
    english = _detect_lang(["The talks were also reported to have covered trade. Yoon is known to have kept it "
                            "secret. It became known that Putin would travel. As is known to all, the sky is blue."],
                           "en")
    assert [c.text for c in english if c.category in ("hedge", "attribution")] == [
        "were also reported to", "is known to have", "It became known"]


def test_hard_lines_and_big_words_are_the_outlets_judgement():
    for text, found in [("Trump blieb bei seiner harten Linie.", "harten Linie"),
                        ("Putin fährt einen harten Kurs gegen die Ukraine.", "harten Kurs"),
                        ("Biden kam mit großen Worten nach Berlin.", "großen Worten"),
                        ("Die Vorschläge sind vermutlich nicht neu.", "vermutlich")]:
        assert found in [c.text for c in _detect([text])], text


def test_verbs_of_saying_the_lexicon_lacked_and_their_other_senses():
    for text, found in [("Kim wiederholte am Montag seine Forderung.", "wiederholte"),
                        ("Obama warb in Havanna für mehr Freiheitsrechte.", "warb"),
                        ("Die Ministerin bemängelte die fehlenden Zusagen.", "bemängelte")]:
        assert found in [c.text for c in _detect([text]) if c.category == "reporting_verb"], text
    assert not [c for c in _detect(["Am Freitag wiederholt sich dieser historische Tag."])
                if c.category == "reporting_verb"]
    english = _detect_lang(["Biden repeated that the policy had not changed. Trump even questioned whether Ukraine "
                            "wanted peace. Trump and Vance lit into the leader. It is now in question."], "en")
    assert [c.text for c in english if c.category == "reporting_verb"] == ["repeated", "questioned whether",
                                                                           "lit into"]
    manner = _detect(['Robert Habeck kommentiert die Abstimmung bitterböse: "Die Ampel wird noch als '
                      'Stabilitätsanker gelten."'])
    assert _voices(manner, "bitterböse") == [("outlet", True)]  # how he commented, not what he said


def test_welcomes_and_rebuffs_as_the_outlets_evaluation():
    english = _detect_lang(["China rolled out the red carpet for Putin. Xi was noncommittal and Russia was unmoved. "
                            "The envoy poured cold water on the plan. Relations are at an all-time low. Guests walked "
                            "along the red carpet."], "en")
    assert [c.text for c in english if c.category == "evaluative"] == [
        "rolled out the red carpet", "noncommittal", "unmoved", "poured cold water", "all-time low"]
    german = _detect(["Die Mongolei rollt den Roten Teppich für Putin aus. Die Gäste gingen über den roten Teppich."])
    assert [c.text for c in german if c.category == "evaluative"] == ["rollt den Roten Teppich"]


def test_more_evaluations_of_news_prose_and_the_press_is_no_verb():
    german = _detect(["Nach längerer Funkstille trafen sie sich. Der Streit um Taiwan bleibt ein Zankapfel. Der Kanzler "
                      "redet Klartext und gibt sich lässig. Das Treffen wurde kurzerhand abgesagt."])
    assert [c.text for c in german if c.category == "evaluative"] == ["Funkstille", "Zankapfel", "Klartext", "lässig",
                                                                       "kurzerhand"]
    english = _detect_lang(["What should have been a normal press pool spray before the high-stakes meeting turned "
                            "into a row. Biden pressed Xi on human rights. Macron was mobbed by students."], "en")
    assert [c.text for c in english if c.category == "reporting_verb"] == ["pressed"]
    assert [c.text for c in english if c.category == "evaluative"] == ["high-stakes", "mobbed"]


def test_english_media_and_documents_as_sources():
    cues = _detect_lang(["Macron said it, the BBC reports. Reuters reported Putin accused the West. It will harm "
                         "prosperity, the readout added. \"This is the form,\" the statement reads. Several reports "
                         "said so. Local media reports said the talks ended."], "en")
    assert [c.text for c in cues if c.category == "attribution"] == [
        "the BBC reports", "Reuters reported", "the readout added", "the statement reads", "Several reports",
        "Local media reports said"]


def test_german_circles_estimates_and_quoted_words_as_sources():
    for text, found in [("Aus Verhandlungskreisen verlautete, das sei falsch.", "Verhandlungskreisen verlautete"),
                        ("Nach UN-Schätzungen starben 500 Menschen.", "Nach UN-Schätzungen"),
                        ("„Das ist falsch“, wird Orbán zitiert.", "wird Orbán zitiert"),
                        ("Wie Kreml-Sprecher Dmitri Peskow erklärt hatte, ist das falsch.",
                         "Wie Kreml-Sprecher Dmitri Peskow erklärt")]:
        assert [c.text for c in _detect([text]) if c.category == "attribution"] == [found], text


def test_dramatising_names_of_news_prose():
    german = _detect(["Die Wahl wurde zur Achterbahnfahrt. Für Merz war es ein Hinterhalt. Der Ampel-Crash kam "
                      "am Abend."])
    assert [c.text for c in german if c.category == "event_label"] == ["Achterbahnfahrt", "Hinterhalt", "Ampel-Crash"]
    english = _detect_lang(["The meeting ended in a heated exchange and a war of words."], "en")
    assert [c.text for c in english if c.category == "event_label"] == ["heated exchange", "war of words"]


def test_softening_phrases_are_hedges():
    cues = _detect(["Die Gespräche verliefen mehr oder weniger offen. Orbán ist im Grunde der einzige, der mit Putin "
                    "spricht. China ist im Prinzip zu Gesprächen bereit."])
    assert [c.text for c in cues if c.category == "hedge"] == ["mehr oder weniger", "im Grunde", "im Prinzip"]


def test_demeanour_and_display_of_news_prose():
    cues = _detect(["Biden sprach gewohnt hölzern. Ein geheimnisvoller Zug rollte nach Peking. Der Papst sprach "
                    "mit brüchiger Stimme zu tosendem Applaus."])
    assert [c.text for c in cues if c.category == "evaluative"] == ["hölzern", "geheimnisvoller", "brüchiger",
                                                                     "tosendem"]


def test_english_sources_that_indicate_and_interviews_with_a_medium():
    cues = _detect_lang(["Sources indicate that the talks were cut short. He said so during an interview with Fox "
                         "News."], "en")
    assert [c.text for c in cues if c.category == "attribution"] == ["Sources", "interview with Fox News"]


def test_a_probability_right_after_the_subjunctive_of_indirect_speech_is_the_speakers():
    cues = _detect(["Peskow sagte, man werde erneut sprechen. Dies werde jedoch höchstwahrscheinlich ein Ferngespräch "
                    "sein. Das Treffen wird wahrscheinlich im Mai stattfinden."])
    assert _voices(cues, "höchstwahrscheinlich") == [("quoted", False)]
    assert _voices(cues, "wahrscheinlich") == [("outlet", True)]


def test_verbs_of_giving_in_and_pushing_back():
    english = _detect_lang(["Biden finally relented and quit. Zelenskyy pushed back against the claim. The deadline "
                            "was pushed back."], "en")
    assert [c.text for c in english if c.category == "reporting_verb"] == ["relented", "pushed back against"]


def test_more_german_verbs_of_saying():
    cues = _detect(["Merkel mahnte Reformen an. Der Minister wandte ein, das sei zu teuer. Scholz bilanzierte am "
                    "Abend, die Reise sei ein Erfolg gewesen."])
    assert [(c.text, c.cls) for c in cues if c.category == "reporting_verb"] == [
        ("mahnte", "directive"), ("wandte", "refuting"), ("bilanzierte", "neutral")]


def test_a_closed_compound_ending_in_a_judging_noun_judges():
    cues = _detect(["Die russische Staatspropaganda sprach von Schreckenspropaganda des Westens."])
    assert [c.text for c in cues if c.category == "evaluative"] == ["Staatspropaganda", "Schreckenspropaganda"]


def test_a_spokesperson_after_an_adverb_is_a_source_with_the_office_he_speaks_for():
    """ "…, schreibt beispielsweise ein Sprecher des ukrainischen Außenministeriums": the whole source, its office
    included; a noun after an adverb that is the verb's object is none ("kündigte zugleich weitere Übungen an")."""
    cues = _detect(["Die Mongolei trage eine Mitverantwortung, schreibt beispielsweise ein Sprecher des ukrainischen "
                    "Außenministeriums auf Telegram.",
                    "Die Gespräche seien konstruktiv gewesen, sagte zudem der Sprecher des Präsidenten.",
                    "Putin lobte die Gespräche, kündigte zugleich aber weitere Militärübungen an."])
    sources = [(c.span.doc, c.text) for c in cues if c.category == "attribution"]
    assert sources == [("d1", "schreibt beispielsweise ein Sprecher des ukrainischen Außenministeriums"),
                       ("d2", "sagte zudem der Sprecher des Präsidenten")], sources


def test_a_verb_of_speech_in_a_title_case_headline_is_found():
    """ "Biden Hails …", "Trump Slams …": in a title-case headline the capitals mark no names."""
    cues = _detect_lang(['Biden Hails "Real Progress" After Talks With Xi\n\nBiden met Xi in Woodside for talks.',
                         'Trump Slams Zelensky In Heated Oval Office Meeting\n\nTrump met Zelensky in the Oval Office.'],
                        "en")
    verbs = [(c.span.doc, c.text) for c in cues if c.category == "reporting_verb"]
    assert verbs == [("d1", "Hails"), ("d2", "Slams")], verbs


def test_an_opening_participle_reports_only_up_to_its_comma():
    """ "Heralded by the Kremlin as a show of support, Mr Xi's visit featured carefully staged pomp": the show of
    support is the Kremlin's word, the staged pomp the outlet's."""
    cues = _detect_lang(["Heralded by the Kremlin as a show of support from its most powerful friend, Mr Xi's visit to "
                         "Moscow featured carefully staged pomp and ceremony. Xi left on Wednesday."], "en")
    speakers = {c.text: c.speaker for c in cues if c.category == "evaluative"}
    assert speakers.get("staged pomp") == "outlet", speakers


def test_sourcing_frames_with_an_extended_attribute_or_a_finding_name_their_source():
    """ "laut einer vom Kreml veröffentlichten Mitteilung" (the attribute inside the source), "Nach Erkenntnissen der
    US-Geheimdienste" (an attribution, not the hedge "nach bisherigen Erkenntnissen"), "Nach Einschätzung Trumps",
    "dem Totenschein zu entnehmen"; rumours and someone else's name ("wie er es selbst nannte") hedge."""
    cues = _detect(["Die Nato stationiere dort Angriffswaffen, sagte Putin laut einer vom Kreml veröffentlichten "
                    "Mitteilung.",
                    "Nach Erkenntnissen der US-Geheimdienste hat sich Russland in den Wahlkampf eingemischt.",
                    "Nach Einschätzung Trumps hat der Gipfel die Beziehungen verbessert. Das ist dem Totenschein zu "
                    "entnehmen.",
                    "Doch nun gibt es Gerüchte, Kim weile in China. Er reiste auf eine Friedensmission, wie er es "
                    "selbst nannte.",
                    "Nach bisherigen Erkenntnissen war der Fahrer allein."])
    found = [(c.span.doc, c.category, c.text) for c in cues if c.category in ("attribution", "hedge")]
    assert found == [("d1", "attribution", "laut einer vom Kreml veröffentlichten Mitteilung"),
                     ("d2", "attribution", "Nach Erkenntnissen der US-Geheimdienste"),
                     ("d3", "attribution", "Nach Einschätzung Trumps"), ("d3", "attribution", "zu entnehmen"),
                     ("d4", "hedge", "Gerüchte"), ("d4", "hedge", "wie er es selbst nannte"),
                     ("d5", "hedge", "Nach bisherigen Erkenntnissen")], found


def test_the_outlets_narration_takes_over_after_an_infinitive_clause_or_a_new_main_clause():
    """ ", ohne die umstrittene Pipeline wörtlich zu nennen" and "… und auch bei CNN gelingt ihm ein eloquenter
    Auftritt" are the outlet's words; "…, die Ukraine müsse die brutale Offensive beenden" is still Putin's."""
    cues = _detect(["Scholz sprach von konkreten Sanktionsplänen, ohne die umstrittene Pipeline wörtlich zu nennen.",
                    "Zwar sagt Biden viel Freundliches über ihn und auch bei CNN gelingt ihm ein eloquenter Auftritt.",
                    "Putin sagte, Russland sei bereit und die Ukraine müsse die brutale Offensive beenden."])
    speakers = {c.text: c.speaker for c in cues if c.category == "evaluative"}
    assert speakers == {"umstrittene": "outlet", "eloquenter": "outlet", "brutale": "quoted"}, speakers


def test_a_manner_phrase_after_an_english_speech_tag_is_the_outlets():
    """ "“…,” Putin said, in an awkward change of subject": the outlet describes the speaking."""
    cues = _detect_lang(['"Speaking about having the ball in our court in Syria," Putin said, in an awkward change of '
                         'subject.', "Putin said, in a statement, that the brutal offensive would end."], "en")
    speakers = {c.text: c.speaker for c in cues if c.category == "evaluative"}
    assert speakers == {"awkward": "outlet", "brutal": "quoted"}, speakers


def test_what_a_verb_of_showing_shows_is_named_by_the_outlet():
    """ "unterstreicht Moskau erneut seinen martialischen Kurs": Moscow shows it by its acts; the word is the outlet's."""
    cues = _detect(["Während Europäer mit Trump verhandelten, unterstreicht Moskau erneut seinen martialischen Kurs."])
    speakers = {c.text: c.speaker for c in cues if c.category == "evaluative"}
    assert speakers == {"martialischen": "outlet"}, speakers


def test_what_a_verb_in_a_subordinate_clause_reports_ends_with_that_clause():
    """ "Die Zeitung, die dies berichtet hatte, erhielt massive Drohungen": the threats are the outlet's words; "Wie
    Biden berichtete, führten beide …" reports what follows."""
    cues = _detect(["Die Zeitung „Nowaja Gaseta“, die dies berichtet hatte, erhielt massive Drohungen aus Tschetschenien.",
                    "Wie Biden auf X berichtete, führten beide brutale Debatten über Taiwan."])
    speakers = {c.text: c.speaker for c in cues if c.category == "evaluative"}
    assert speakers == {"massive": "outlet", "brutale": "quoted"}, speakers
    english = _detect_lang(['In wrapping up what he called a "deeply productive" summit in Helsinki, Trump issued an '
                            "extraordinary show of trust for a leader."], "en")
    assert {c.text: c.speaker for c in english if c.category == "evaluative"}.get("extraordinary") == "outlet"


def test_a_phrase_of_manner_after_a_verb_of_speech_is_the_outlets():
    """ "wehrte sich Trump mit scharfen Worten gegen den Vorwurf": how he spoke, in the outlet's words."""
    cues = _detect(["Nach der Pressekonferenz wehrte sich Trump mit scharfen Worten gegen den Vorwurf.",
                    "Putin sprach mit der brutalen Armee."])
    speakers = {(c.span.doc, c.text): c.speaker for c in cues if c.category == "evaluative"}
    assert speakers == {("d1", "scharfen"): "outlet", ("d2", "brutalen"): "quoted"}, speakers


def test_hearsay_soll_is_the_outlets_hedge_also_in_a_sentence_of_speech():
    """ "Das soll Xi als Gleichnis … genutzt haben": the outlet marks hearsay; "Der Waffenstillstand solle ab Sonntag
    gelten" in indirect speech is the speaker's plan."""
    cues = _detect(["Zum Abschluss gab es ein Essen. Das soll Xi als Gleichnis genutzt haben: Alle sollten mit am Tisch "
                    "sitzen, aber keiner auf der Speisekarte stehen, wurde er zitiert.",
                    "Lawrow sagte, der Waffenstillstand solle ab Sonntag gelten."])
    hedges = {(c.span.doc, c.text): c.speaker for c in cues if c.category == "hedge"}
    assert hedges.get(("d1", "soll")) == "outlet" and hedges.get(("d2", "solle"), "quoted") == "quoted", hedges


def test_a_modal_in_the_clause_a_verb_of_saying_reports_is_the_speakers_however_long_the_clause():
    """ "erklärte Putin unmissverständlich, was die Aufnahme der Ukraine in die NATO zur Folge haben könnte" and
    "erklärte aber, die Beziehungen … könnten nur erblühen" (the "aber" belongs to the speech tag): the speaker's."""
    cues = _detect(["Auf die Bemerkung eines Journalisten erklärte Putin unmissverständlich, was die Aufnahme der "
                    "Ukraine in die NATO zur Folge haben könnte.",
                    "Obama lobte Castro, erklärte aber, die Beziehungen zwischen den beiden Staaten könnten nur "
                    "erblühen, wenn es Fortschritte gebe.",
                    "Macron sagte, die Lage sei ernst. Ein Krieg könnte folgen."])
    hedges = {c.span.doc: c.speaker for c in cues if c.category == "hedge"}
    assert hedges == {"d1": "quoted", "d2": "quoted", "d3": "outlet"}, hedges


def test_a_word_of_possibility_before_a_noun_holds_no_claim_open():
    """ "Über mögliche Sanktionen spreche man nicht öffentlich": sanctions that may come; "Eine Einigung ist möglich"
    hedges the claim."""
    cues = _detect(["Über mögliche Sanktionen sprach Sullivan nicht öffentlich. Sein möglicher Nachfolger schwieg.",
                    "Eine Einigung im Handelsstreit ist nach Angaben aus Peking möglich."])
    hedges = [(c.span.doc, c.text) for c in cues if c.category == "hedge"]
    assert hedges == [("d2", "möglich")], hedges


def test_an_estimate_before_the_subjunctive_verb_and_a_modal_after_a_long_unpunctuated_tag_are_the_speakers():
    """ "betont, dass Sicherheit in Europa nur mit Russland möglich sei" and "Putin said several proposals put forward
    by French leader Emmanuel Macron at talks on Monday could form a basis": the speakers' estimates."""
    cues = _detect(["Scholz hat betont, dass Sicherheit in Europa nur mit Russland möglich sei."])
    assert [c.speaker for c in cues if c.category == "hedge"] == ["quoted"]
    english = _detect_lang(["Putin said several proposals put forward by French leader Emmanuel Macron at talks on "
                            "Monday could form a basis for moving forward."], "en")
    assert [c.speaker for c in english if c.category == "hedge"] == ["quoted"]


def test_a_label_after_with_names_the_one_talked_with_not_the_subject():
    """ "Dass ein EU-Regierungschef mit dem Aggressor über Wege zum Frieden spricht": the aggressor is Putin, whom
    Orbán (the topic) talks with."""
    cues = _detect(["Viktor Orbán reiste nach Moskau und traf Wladimir Putin. Putin lobte den Besuch. Orbán sprach "
                    "von einer Friedensmission. Allein die Tatsache, dass ein EU-Regierungschef mit dem Aggressor "
                    "über Wege zum Frieden spricht, dient Putin."])
    assert _label_entity(cues, "Aggressor") == "Wladimir Putin"
    # ... also where the topic is the other one: the actor of the clause is the office's holder, not the topic
    cues = _detect(["Orbán traf Putin in Moskau. Putin lobte Orbán. Allein die Tatsache, dass ein EU-Regierungschef "
                    "mit dem Aggressor über Wege zum Frieden spricht, dient Putins Darstellung.",
                    "Ungarns Regierungschef Viktor Orbán hat Russlands Präsident Wladimir Putin in Moskau getroffen."])
    assert _label_entity(cues, "Aggressor") == "Wladimir Putin"


def test_ministerpraesident_and_premierminister_are_one_office_in_a_row():
    """ "der ungarische Ministerpräsident Viktor Orbán" beside "der ungarische Premierminister Viktor Orbán": one
    office under two names, no role contrast to highlight."""
    cues = _detect(["Der ungarische Ministerpräsident Viktor Orbán ist zu Gesprächen mit Putin in Moskau eingetroffen.",
                    "Der ungarische Premierminister Viktor Orbán ist zu Gesprächen mit Putin in Moskau eingetroffen.",
                    "Der ungarische Ministerpräsident Viktor Orbán ist zu Gesprächen mit Putin nach Moskau gereist."])
    shown = [c.text for c in cues if c.category == "actor_label" and c.shown]
    assert not [t for t in shown if t.endswith(("präsident", "minister"))], shown


def test_a_medium_named_and_described_is_a_source():
    """ "…, Russia's RIA Novosti news agency reported": a medium, not a person, though its name is two capitalised
    words; "Local media reports said" stays one vague source."""
    cues = _detect_lang(["Putin arrived in Pyongyang early on Wednesday for a state visit, Russia's RIA Novosti news "
                         "agency reported.", "Local media reports said there were no survivors."], "en")
    sources = [(c.span.doc, c.text) for c in cues if c.category == "attribution"]
    assert sources == [("d1", "Russia's RIA Novosti news agency reported"), ("d2", "Local media reports said")], sources


def test_a_platform_beside_a_separated_verb_of_telling_is_a_channel():
    """ "„…“, teilte Modi auf X mit": the statement's channel, though the verb is split ("mitteilen")."""
    cues = _detect(["„Ich freue mich auf die Gespräche“, teilte Modi auf X mit."])
    assert [c.text for c in cues if c.category == "attribution"] == ["auf X"]


def test_a_long_name_of_a_medium_is_read_as_the_subject():
    """ "North Korea's Korean Central News Agency reported that …": seven words, longer than other subjects read
    without a parser, but closed by a medium's word."""
    cues = _detect_lang(["North Korea's Korean Central News Agency reported that Chairman Kim had arrived on time."],
                        "en")
    assert [c.text for c in cues if c.category == "attribution"] == ["North Korea's Korean Central News Agency reported"]


def test_a_quoted_name_a_pronoun_and_the_words_of_someone_are_sources():
    cues = _detect(["China ist laut «Handelsblatt» mittlerweile Russlands wichtigster Handelspartner. Während Putin "
                    "redete, hörte der indische Premier zu, so der «Spiegel».",
                    "Die Sprecherin äußerte sich am Abend. Ihr zufolge war das Gipfeltreffen gut. Die Abrüstung soll "
                    "nach Worten des russischen Präsidenten Wladimir Putin sehr schnell beginnen. Nach Auffassung von "
                    "US-Geheimdiensten haben Hacker die Wahl beeinflusst."])
    sources = {c.text for c in cues if c.category == "attribution"}
    assert {"laut «Handelsblatt»", "so der «Spiegel»", "Ihr zufolge",
            "nach Worten des russischen Präsidenten Wladimir Putin"} <= sources
    assert any(s.startswith("Nach Auffassung von") for s in sources)


def test_a_document_as_source_and_a_limiting_at_least():
    cues = _detect(["Beide Staaten wollen den Krieg beenden. Das geht aus der gemeinsamen Erklärung hervor, die Kim "
                    "und Moon unterzeichneten. Im Handel zeigte sich Trump zumindest öffentlich versöhnlich."])
    assert any(c.category == "attribution" and c.text == "geht aus der gemeinsamen Erklärung" for c in cues)
    assert any(c.category == "hedge" and c.text == "zumindest" and c.shown for c in cues)


def test_harsh_and_sharp_intensify_only_criticism_and_doubling_down_is_emphatic():
    cues = _detect_lang(["Donald Trump had harsh words for President Joe Biden on Sunday. Biden then doubled down on "
                         "his commitment. Putin referred to the sharp increase in trade with India."], "en")
    assert any(c.category == "evaluative" and c.text == "harsh" for c in cues)
    assert any(c.category == "reporting_verb" and c.text == "doubled down" for c in cues)
    assert not any(c.text == "sharp" for c in cues)  # a sharp increase is no criticism


def test_a_seat_of_power_or_its_press_office_saying_something_is_a_source():
    cues = _detect(["Russland und China vertiefen ihre Beziehungen. Der Kreml hatte im Vorfeld der Reise mitgeteilt, "
                    "Putin mache einen Besuch. Das Gespräch sei sachlich gewesen, teilte der Kreml anschließend mit. "
                    "Der Pressedienst des Kremls meldete, Putin habe telefoniert. Das hat der Kreml mitgeteilt.",
                    "Putin traf Xi in Moskau, der russischen Hauptstadt. Russland ist groß. Putin sagte, es sei gut. "
                    "Während die Europäer verhandelten, unterstreicht Moskau erneut seinen martialischen Kurs."])
    sources = {c.text for c in cues if c.category == "attribution"}
    assert {"Der Kreml", "teilte der Kreml", "Der Pressedienst des Kremls", "der Kreml"} <= sources
    assert not any(c.category == "actor_label" and c.text.startswith("Kreml") and c.span.doc == "d1" for c in cues)
    assert "unterstreicht Moskau" not in sources  # a verb with an object of its own is no speech tag


def test_an_accusation_in_the_passive_without_an_accuser_leaves_the_source_open():
    cues = _detect(["Pjöngjang wird vorgeworfen, Russland mit Munition zu beliefern. Dem Land wird von der "
                    "Regierung in Kiew vorgeworfen, Raketen zu liefern."])
    vague = [c for c in cues if c.category == "attribution" and c.cls == "vague"]
    assert [c.text for c in vague] == ["wird vorgeworfen"]
    assert "Vorwurf" in vague[0].explanation_de and "accusation" in vague[0].explanation


def test_a_government_named_by_its_seat_and_an_institution_demanding_are_sources():
    cues = _detect(["Die Ukraine und Russland streiten. Die Regierung in Kiew wirft den russischen Behörden vor, "
                    "Kinder zu verschleppen. Das russische Außenministerium forderte Berlin auf, die Lieferungen zu "
                    "stoppen. Westliche Staaten werfen China vor, Russland zu helfen."])
    sources = {c.text for c in cues if c.category == "attribution"}
    assert {"Die Regierung in Kiew", "Das russische Außenministerium", "Westliche Staaten"} <= sources


def test_per_names_a_source_only_before_a_name():
    cues = _detect_lang(["China is willing to help, per Politico. Prices rose by three per cent."], "en")
    sources = [c.text for c in cues if c.category == "attribution"]
    assert sources == ["per Politico"]


def test_it_became_known_leaves_the_source_open():
    cues = _detect(["Später wurde bekannt, dass die beiden Länder ihre Gespräche fortsetzen. Der Name des neuen "
                    "Papstes ist bekannt."])
    assert [c.text for c in cues if c.category == "attribution"] == ["wurde bekannt, dass"]


def test_revealing_is_a_marked_verb_of_saying():
    cues = _detect(["Putin verriet nur so viel: Der Vertrag sei ein Durchbruch."])
    assert any(c.category == "reporting_verb" and c.text == "verriet" and c.shown for c in cues)


def test_a_short_quotation_only_partly_found_in_a_long_statement_renders_no_statement():
    old = " The talks were held in the old imperial palace. Some old agreements were renewed."
    cues = _detect_lang([
        "‘Old friend’ arrives for a state visit." + old,
        "“In the new journey ahead, China is willing to continue being a good neighbor, friend and partner with Russia, "
        "constantly strengthening the generations-long friendship between the two peoples,” Xi told Putin." + old,
        "Putin arrived in Beijing." + old], "en")
    assert not [c.text for c in cues if c.category == "quote_variant"]


def test_a_changed_word_next_to_a_shared_one_in_a_long_statement_is_a_variant():
    war = " Russland führt seit 2022 Krieg gegen die Ukraine. Nordkorea könnte Munition für den Krieg liefern."
    cues = _detect(["Kim sprach von einem „heiligen Krieg“ gegen den Westen." + war,
                    "Russland habe sich „zu einem heiligen Kampf zum Schutz seiner Souveränität und Sicherheit“ erhoben, "
                    "sagte Kim Jong Un." + war, "Der Krieg dauert an." + war])
    assert "heiligen Krieg“ gegen den Westen" in {c.text for c in cues if c.category == "quote_variant"}, \
        [c.text for c in cues if c.category == "quote_variant"]
    cues = _detect_lang(['He called the partnership "specially privileged." He also thanked Modi.',
                         "Putin awarded Modi the order “for his outstanding service in the development of a particularly "
                         "privileged strategic partnership between the Russian Federation and the Republic of India”."],
                        "en")
    assert [c.text for c in cues if c.category == "quote_variant" and c.span.doc == "d1"], \
        [c.text for c in cues if c.category == "quote_variant"]


def test_a_rendering_that_got_its_marks_from_an_identical_one_is_shown_beside_the_one_that_differs():
    """Rule 3 of quote_variants: d1's quotation is identical to d2's, which differs from d3's; d1's card lists
    d3's rendering, not only d2's identical one."""
    from workbench.cues.quote_pairs import Pair
    from workbench.cues.quote_renderings import other_sides as _other_sides, partner_docs as _partner_docs

    twin = Pair(["d1 words"], ["d2 words"], "d1", "d2", True)  # type: ignore[list-item]
    differing = Pair(["d2 words"], ["d3 words"], "d2", "d3", True)  # type: ignore[list-item]
    partners = _partner_docs("d1", [twin, differing])
    assert _other_sides(twin, "d1", partners) == [(["d2 words"], "d2")]
    assert _other_sides(differing, "d1", partners) == [(["d3 words"], "d3")]
    assert _other_sides(Pair(["d3 words"], ["d2 words"], "d3", "d2", True), "d1",  # type: ignore[list-item]
                        partners) == [(["d3 words"], "d3")]


def test_an_event_noun_before_a_name_is_no_title_and_furniture_holds_no_cue():
    """A headline that lost its colon ("Videogipfel zur Ukraine-Krise Joe Biden droht …") had made "Ukraine-Krise"
    Joe Biden's title in every report naming the crisis; a caption the segmenter set apart showed a label."""
    from tests.test_cues_count_claims import _inputs
    from workbench.align import align
    from workbench.cues import detect_cues
    texts = ["Videogipfel zur Ukraine-Krise Joe Biden droht Wladimir Putin mit Konsequenzen\n\nUS-Präsident Joe Biden "
             "hat Kremlchef Wladimir Putin mit Konsequenzen gedroht. Die USA haben vor einer Eskalation in der "
             "Ukraine-Krise gewarnt.",
             "US-Präsident Joe Biden hat Präsident Wladimir Putin mit Konsequenzen gedroht. Biden warnte vor einer "
             "Eskalation in der Ukraine-Krise."]
    docs = _inputs(texts, "de")
    cues = detect_cues(docs, align(docs))
    assert not [c for c in cues if c.category == "actor_label" and "Krise" in c.text]
    assert [c for c in cues if c.category == "event_label" and c.text == "Ukraine-Krise"]



def test_no_cue_stands_in_the_page_furniture():
    from tests.test_cues_count_claims import _inputs
    from workbench.core.models import Cue, Span
    from workbench.cues.detect import _off_furniture
    from workbench.cues.textview import build_view
    text = ("Biden droht Putin\n\nUS-Präsident Joe Biden und sein russischer Kollege Wladimir Putin beim Videogipfel. "
            "Foto: dpa/Mikhail Metzel\n\nUS-Präsident Joe Biden hat seinem russischen Kollegen gedroht.")
    view = build_view(_inputs([text], "de")[0], 0)
    assert any(s.kind == "boilerplate" for s in view.sentences)
    def cue(phrase: str, nth: int = 0) -> Cue:
        start = text.index(phrase, text.index(phrase) + 1) if nth else text.index(phrase)
        return Cue(Span("d1", start, start + len(phrase)), phrase, "actor_label", "label", "")
    kept = _off_furniture([cue("russischer Kollege"), cue("russischen Kollegen")], [view])
    assert [c.text for c in kept] == ["russischen Kollegen"]


def test_times_places_abstract_nouns_and_page_items_before_a_name_are_no_titles():
    from workbench.cues.titles import _role_word
    for word in ("mal", "video", "körper", "massnahme", "themen", "outfitwahl", "militärstützpunkt", "joint",
                 "ukraine-krise"):
        assert not _role_word(word), word
    for word in ("bundeskanzler", "kreml-chef", "präsident", "staatschef", "admiral"):
        assert _role_word(word), word


def test_a_day_and_a_date_are_no_age():
    from workbench.cues.ages import _ENGLISH
    pattern = _ENGLISH[2]
    assert not pattern.search("hosting Zelensky at the White House on Friday, Saturday, 28, Trump accused")
    assert pattern.search("said Biden, 81, on Sunday").group() == "Biden, 81,"


def test_polarity_adjectives_that_name_a_category_are_no_judgement():
    from tests.test_cues_count_claims import _inputs
    from workbench.align import align
    from workbench.cues import detect_cues
    texts = ["Damit sei das humanitäre Völkerrecht gestärkt, ein Jahr vor dem regulären Ende der Amtszeit. Beide "
             "sprachen sich für ein atomwaffenfreies Korea aus, berichten mehrere Medien übereinstimmend.",
             "Beide Präsidenten sprachen sich für eine Denuklearisierung aus. Das spektakulär gescheiterte Treffen "
             "blieb ohne Ergebnis."]
    docs = _inputs(texts, "de")
    evaluative = [c.text for c in detect_cues(docs, align(docs)) if c.category == "evaluative"]
    assert not {"humanitäre", "regulären", "atomwaffenfreies", "übereinstimmend"} & set(evaluative), evaluative
    assert "spektakulär" in evaluative, evaluative


def test_the_source_of_tensions_is_no_anonymous_source():
    from tests.test_cues_count_claims import _inputs
    from workbench.align import align
    from workbench.cues import detect_cues
    text = ("Beide Länder wollen alle Feindseligkeiten, die Quelle militärischer Spannungen sind, einstellen. Eine "
            "Quelle im Kreml sagte, das Treffen sei gut verlaufen.")
    docs = _inputs([text, "Beide Länder wollen die Feindseligkeiten einstellen. Das Treffen verlief gut."], "de")
    starts = [c.span.start for c in detect_cues(docs, align(docs)) if c.category == "attribution" and c.span.doc == "d1"]
    assert starts == [text.index("Quelle im Kreml")], starts


def test_a_noun_of_a_quality_after_a_verb_of_saying_is_its_object_not_its_speaker():
    from tests.test_cues_count_claims import _inputs
    from workbench.align import align
    from workbench.cues import detect_cues
    text = ("Im Oval Office gaben sich beide Regierungschefs professionell, betonten die Wichtigkeit der "
            "transatlantischen Beziehungen. „Das ist gut“, sagte ein Sprecher des Außenministeriums.")
    docs = _inputs([text, "Merkel und Trump trafen sich im Weißen Haus. Trump dankte Merkel."], "de")
    sources = [c.text for c in detect_cues(docs, align(docs)) if c.category == "attribution"]
    assert sources == ["sagte ein Sprecher des Außenministeriums"], sources


def test_a_name_the_tagger_reads_as_a_noun_is_a_name_where_it_is_tagged_as_one_elsewhere():
    from tests.test_cues_count_claims import _inputs
    from workbench.cues.name_words import misread_surnames
    from workbench.cues.textview import build_view
    texts = ["Kurz vor dem Empfang durch Xi hatte Macron auf Chinesisch im Kurznachrichtendienst Twitter geschrieben.",
             "Frankreichs Präsident Emmanuel Macron ist in Peking. Macron traf Xi Jinping. Danach sprach Macron."]
    views = [build_view(d, k) for k, d in enumerate(_inputs(texts, "de"))]
    misread = [t for t in views[0].toks if t.surface == "Macron" and t.tag_is("NN")]
    assert all(t.lemma in misread_surnames(views) for t in misread), misread


def test_a_quoted_name_in_a_detail_keeps_its_closing_mark():
    """A factual detail or its counterpart ending in a quoted name shows the closing mark too ('vom Typ "Angara"')."""
    from workbench.cues.factual import closed

    text = 'eine Trägerrakete vom Typ "Angara" und mehr'
    end = text.index('"', text.index('"') + 1)
    assert closed(text, text.index("Trägerrakete"), end) == end + 1
    assert closed("eine vom Typ „Angara“.", 5, len("eine vom Typ „Angara")) == len("eine vom Typ „Angara“")
    plain = "vom Typ Angara und mehr"
    assert closed(plain, 4, len("vom Typ Angara")) == len("vom Typ Angara")


def test_a_plain_or_minimising_event_name_after_ohne_or_kein_names_nothing_that_happened():
    filler = " Die Delegationen sprachen am Morgen lange über Handel, Klima und Reisen." * 3
    cues = _detect(["Im Krieg gegen die Ukraine verläuft das Treffen ohne große Zwischenfälle." + filler
                    + " Es gab keinen Eklat." + filler,
                    "Im Krieg gegen die Ukraine gab es einen Zwischenfall." + filler + " Es gab einen Eklat." + filler])
    shown = [(c.span.doc, c.text) for c in cues if c.category == "event_label" and c.shown]
    assert ("d1", "Zwischenfälle") not in shown and ("d1", "Eklat") in shown, shown


def test_sogenannt_before_a_name_and_historic_of_examples_and_concerns_are_no_valuation():
    filler = " Die Delegationen sprachen am Morgen lange über Handel, Klima und Reisen." * 3
    cues = _detect(["Trump unterzeichnete sogenannte Executive Orders." + filler + " Sie verwies auf den sogenannten "
                    "Fall Lisa." + filler + " Der Ort liefert historische Beispiele." + filler + " Die sogenannte "
                    "«Pressekonferenz» dauerte zehn Minuten." + filler,
                    "Trump unterzeichnete Anordnungen." + filler + " Die Pressekonferenz dauerte zehn Minuten." + filler])
    words = [c.text for c in cues if c.category == "evaluative" and c.span.doc == "d1"]
    assert words == ["sogenannte"], words  # only the one before a quotation mark


def test_places_of_one_kind_qualified_by_two_countries_are_two_places():
    """ "in der vietnamesischen Hauptstadt Hanoi" (the summit) and "in der nordkoreanischen Hauptstadt Pjöngjang"
    (a liaison office) are no disputed detail; an unqualified slot still disputes ("Weltraumbahnhof Baikonur")."""
    cues = _detect(["Trump und Kim trafen sich in der vietnamesischen Hauptstadt Hanoi. Ein Büro in der "
                    "nordkoreanischen Hauptstadt Pjöngjang sei denkbar.",
                    "Trump und Kim trafen sich in der vietnamesischen Hauptstadt Hanoi. Das Treffen endete früh.",
                    "Trump und Kim trafen sich in der vietnamesischen Hauptstadt Hanoi. Kim reiste mit dem Zug."])
    assert not [c.text for c in cues if c.category == "factual_variant"], [c.text for c in cues]


def test_evaluative_idioms_of_political_reporting():
    """Idioms and images that judge an outcome or a relationship, general German news usage."""
    for text, words in (("Mit Müh und Not hat Merz es doch noch geschafft.", "Mit Müh und Not"),
                        ("Die Pressekonferenz verlief nicht ganz reibungslos.", "nicht ganz reibungslos"),
                        ("Das ist eine Rolle rückwärts beim Klimaschutz.", "Rolle rückwärts"),
                        ("Die Koalition steht vor einem Scherbenhaufen.", "Scherbenhaufen"),
                        ("Putin umgarnt den Gast mit einem Bruderkuss.", "Bruderkuss"),
                        ("Die Waffenbrüderschaft der beiden Länder wächst.", "Waffenbrüderschaft")):
        cues = _detect([text, "Kim und Putin trafen sich am Mittwoch in Russland."])
        assert any(c.text == words and c.category == "evaluative" for c in cues), (text, cues)
    cues = _detect(["Das Treffen war ein Schaulaufen der Autokraten.", "Kim und Putin trafen sich am Mittwoch."])
    assert any(c.text == "Schaulaufen" and c.category == "event_label" for c in cues)


def test_english_evaluative_idioms_of_political_reporting():
    for text, words in (("It is a marriage of convenience between two outcasts.", "marriage of convenience"),
                        ("The two men are brothers in arms.", "brothers in arms"),
                        ("Kim cozied up to Putin at the launch site.", "cozied up"),
                        ("Critics called the meeting a charade full of empty promises.", "charade"),
                        ("It was a slap in the face for Washington.", "slap in the face"),
                        ("The parliament will rubber-stamp the treaty.", "rubber-stamp")):
        cues = _detect_lang([text, "Kim and Putin met on Wednesday in Russia."], "en")
        assert any(c.text == words and c.category == "evaluative" for c in cues), (text, cues)

"""Counts told differently across the comparison: the dead, the injured, the people on board, the years since
the last time (issue 12)."""

from __future__ import annotations

from workbench.align import AlignInput, align
from workbench.cues import detect_cues
from workbench.cues.textview import build_view
from workbench.cues.count_claims import claims
from workbench.nlp import analyse


def _inputs(texts: list[str], language: str) -> list[AlignInput]:
    docs = []
    for n, text in enumerate(texts, 1):
        a = analyse(text, language)
        docs.append(AlignInput(f"d{n}", text, a.segments, a.tokens, language))
    return docs


def _claims(text: str, language: str = "de") -> list[tuple[str, str]]:
    return [(c.key, c.value) for c in claims(build_view(_inputs([text], language)[0], 0))]


def _flagged(texts: list[str], language: str = "de", category: str = "factual_variant") -> dict[str, list[str]]:
    """The texts of the cues of ``category`` per document."""
    docs = _inputs(texts, language)
    out: dict[str, list[str]] = {}
    for c in detect_cues(docs, align(docs)):
        if c.category == category:
            out.setdefault(c.span.doc, []).append(c.text)
    return out


def test_what_a_number_counts():
    assert _claims("Zudem wurden mindestens 60 Personen verletzt, 15 von ihnen schwer.") == [("injured", "60")]
    assert _claims("Haseloff spricht von zwei Toten, mehr als 70 sind verletzt.") == [("dead", "2"), ("injured", "70")]
    assert _claims("Es gab über 60 Verletzte, darunter 15 Schwerstverletzte.") == [("injured", "60"),
                                                                                ("severely injured", "15")]
    assert _claims("Inzwischen ist die Zahl der Toten auf fünf gestiegen.") == [("dead", "5")]
    assert _claims("Dabei wurden vier Menschen getötet und 205 weitere verletzt.") == [("dead", "4")]
    assert _claims("Es wurden zwischen 60 und 80 Personen verletzt.") == [("injured", "60"), ("injured", "80")]
    # an earlier event's toll, a vote, a year
    assert _claims("Beim Anschlag 2016 wurden zwölf Menschen getötet.") == []
    assert _claims("In geheimer Wahl haben ihm mindestens 18 die Gefolgschaft verweigert.") == []


def test_what_a_number_counts_in_english():
    assert _claims("At least 30 people were killed when the plane crashed.", "en") == [("dead", "30")]
    assert _claims("Air India said 241 people onboard a flight to London have been killed.", "en") == [("dead", "241")]
    assert _claims("The plane carried 230 passengers and 12 crew members on board.", "en") == []
    assert _claims("She said the death toll was more than 240, revising down a previous toll of 294.", "en") == [
        ("dead", "240"), ("dead", "294")]
    assert _claims("Only one of the 242 passengers onboard survived; another 20 were injured.", "en") == [
        ("on board", "242")]


def test_the_outlier_toll_is_flagged_with_the_majority_as_counterparts():
    tail = " Der Fahrer wurde festgenommen, die Polizei sperrte die Innenstadt ab."
    flagged = _flagged([
        "Ein Auto raste in den Weihnachtsmarkt. Mindestens 60 Menschen wurden verletzt." + tail,
        "Auf dem Weihnachtsmarkt wurden nach Angaben der Polizei 60 Personen verletzt." + tail,
        "Es gab über 60 Verletzte, als ein Wagen in die Menge fuhr." + tail,
        "Medienberichten zufolge sind bis zu 80 Personen verletzt worden." + tail,
    ])
    assert list(flagged) == ["d4"] and flagged["d4"] == ["bis zu 80 Personen verletzt"], flagged


def test_an_outlet_telling_the_old_and_the_new_toll_disputes_neither():
    flagged = _flagged([
        "Zunächst war von zwei Toten die Rede. Inzwischen ist die Zahl der Toten auf fünf gestiegen.",
        "Bei der Amokfahrt gab es zwei Tote, sagte der Ministerpräsident am Abend.",
    ])
    assert not flagged, flagged
    disputed = _flagged([
        "Bei der Amokfahrt wurden fünf Menschen getötet, sagte die Polizei.",
        "Bei der Amokfahrt gab es zwei Tote, sagte der Ministerpräsident am Abend.",
    ])
    assert set(disputed) == {"d1", "d2"}, disputed


def test_the_years_since_the_last_time():
    assert _claims("This marks the first time in 44 years that martial law has been declared.", "en") == [
        ("first time in years", "44")]
    assert _claims("Damit wurde zum ersten Mal seit 44 Jahren das Kriegsrecht verhängt.") == [
        ("first time in years", "44")]
    assert _claims("Seit 30 Jahren lebt er in Deutschland.") == []
    flagged = _flagged(["Martial law was declared for the first time in 44 years, the agency said.",
                        "It is the first time in 45 years that martial law was declared, the agency said."], "en")
    assert flagged == {"d1": ["44 years"], "d2": ["45 years"]}, flagged


def test_a_crowd_that_greets():
    # the lemmas fold "ß": "begrüßten" is "begrüssen"
    assert _claims("In Pjöngjang begrüßten Hunderttausende Menschen mit Fahnen die Delegation.") == [
        ("crowd", "100000s")]
    assert _claims("Kim was greeted by thousands of people at the airport.", "en") == [("crowd", "1000s")]


def test_a_crowd_and_vague_figures():
    assert _claims("Auf dem Petersplatz jubelten zehntausende Katholiken.") == [("crowd", "10000s")]
    assert _claims("Er sprach vor mehr als 100.000 jubelnden Gläubigen.") == [("crowd", "100000")]
    assert _claims("Der Papst grüßte vom Balkon zu mehreren Zehntausend Gläubigen.") == [("crowd", "10000s")]
    assert _claims("Thousands of people gathered outside parliament.", "en") == [("crowd", "1000s")]
    assert _claims("Die Firma hat 300 Mitarbeiter.") == []
    tail = " Der neue Papst trat um 19.13 Uhr auf die Loggia."
    flagged = _flagged(["Auf dem Petersplatz jubelten zehntausende Katholiken." + tail,
                        "Für die Zehntausenden Menschen auf dem Platz gab es kein Halten mehr, sie jubelten." + tail,
                        "Rund 40.000 Gläubige jubelten auf dem Petersplatz." + tail,
                        "Er sprach vor mehr als 100.000 jubelnden Gläubigen." + tail])
    assert list(flagged) == ["d4"], flagged  # "Zehntausende" and 40,000 agree; 100,000 does not


def test_how_long_the_talks_lasted():
    """Issue 11's example: the talks lasted "rund fünf Stunden" in one report, "etwa zwei Stunden" in another,
    in passages the alignment keeps apart."""
    assert _claims("Die Gespräche dauerten rund fünf Stunden.") == [("duration of the meeting", "300")]
    assert _claims("The meeting ended after 120 minutes.", "en") == [("duration of the meeting", "120")]
    assert _claims("Zwei Stunden später reiste Kim mit dem Zug ab.") == []
    assert _claims("Die Zugfahrt dauerte 20 Stunden.") == []  # no meeting named
    flagged = _flagged(["Putin empfing Kim im Kosmodrom. Die Gespräche dauerten rund fünf Stunden.",
                        "Nach Angaben des Kremls dauerte das Treffen etwa zwei Stunden. Danach gab es ein Essen."])
    assert flagged == {"d1": ["rund fünf Stunden"], "d2": ["etwa zwei Stunden"]}, flagged


def test_lengths_of_talks_named_by_other_words_held_in_private_or_counted_from_their_start():
    """Talks named only beside their length ("Unterhaltung", "Telefonat", "Termin"), held in private ("unter vier
    Augen", "one on one"), met with a verb whose particle stands apart, given as time for a visitor, counted from the
    talks' start to their end, or told as an English attribute in the singular ("a 40 minute private talk")."""
    meeting = "duration of the meeting"
    assert _claims("Nach Angaben eines Beraters dauerte die Unterhaltung mehr als zweieinhalb Stunden.") == [
        (meeting, "150>")]
    assert _claims("Die Äußerungen erfolgten nach einem zweistündigen Telefonat der beiden Präsidenten.") == [
        (meeting, "120")]
    assert _claims("Die Sitzung dauerte 2 Stunden und 45 Minuten und war für die Presse nicht zugänglich.") == [
        (meeting, "165")]
    assert _claims("The session lasted about three hours.", "en") == [(meeting, "180")]
    assert _claims("Vier Stunden sprechen die beiden unter vier Augen.") == [(meeting, "240")]
    assert _claims("In Moskau kommen Putin und Macron fast sechs Stunden lang zusammen.") == [(meeting, "360<")]
    assert _claims("Chinas Staatschef Xi nimmt sich drei Stunden Zeit für Kanzler Scholz.") == [(meeting, "180")]
    assert _claims("Er nimmt sich zwei Stunden Zeit für die Lektüre.") == []
    assert _claims("Zwei Stunden nach Beginn des Treffens war alles vorbei.") == [(meeting, "120")]
    assert _claims("Biden and Xi wrapped up their summit around four hours after the talks began.", "en") == [
        (meeting, "240")]
    assert _claims("Protests erupted two hours after the summit began.", "en") == []
    assert _claims("Trump and Kim met one on one for roughly 45 minutes.", "en") == [(meeting, "45")]
    # past an insertion between commas
    assert _claims("Über zwei Stunden, länger als geplant, saßen die beiden Präsidenten alleine zusammen.") == [
        (meeting, "120>")]
    assert _claims("Trump and Kim met one on one, joined only by translators, for roughly 45 minutes.", "en") == [
        (meeting, "45")]
    assert _claims("Zwei Stunden, nachdem das Treffen begonnen hatte, reiste Kim ab.") == []
    assert _claims("Asked after a 40 minute private talk if he had invited Kim, Trump said yes.", "en") == [
        (meeting, "40")]
    # the planned length beside the real one, and a first part of the talks, are no account of the talks
    assert _claims("Anstatt der geplanten sechs bis sieben Stunden Verhandlungsmarathon dauerte der Termin nur 2 "
                   "Stunden und 45 Minuten.") == [(meeting, "165")]
    assert _claims("Das Treffen begann mit einer Stunde in großer Runde, dann folgte ein Essen.") == []


def test_lengths_of_the_talks_told_as_hours_and_minutes_adjectives_and_of_the_press_appearance():
    meeting = "duration of the meeting"
    assert _claims("Die Unterredungen dauerten etwa 2 Stunden und 45 Minuten.") == [(meeting, "165")]
    assert _claims("Nach nur 2 Stunden und 45 Minuten war der Ukraine-Gipfel in Alaska zwischen Putin und Trump "
                   "beendet.") == [(meeting, "165")]
    assert _claims("Auf einer Pressebegegnung nach dem etwa dreistündigen Treffen gaben sie sich optimistisch.") == [
        (meeting, "180")]
    assert _claims("Nach weniger als drei Stunden Gespräch traten sie auf.") == [(meeting, "180<")]  # a little less
    # the meeting named in the sentence before a sentence opening with "Nach …"
    assert _claims("Das Treffen blieb ohne Ergebnis. Nach zwei Stunden und 45 Minuten traten beide vor die "
                   "Presse.") == [(meeting, "165")]
    # the press appearance has a length of its own; a planned length is no account of the talks
    press = "duration of the press appearance"
    assert _claims("Die Pressekonferenz dauerte rund zwölf Minuten.") == [(press, "12")]
    assert _claims("Nach nur ein paar Minuten ist die Pressekonferenz beendet.") == [(press, "1s")]
    assert _claims("Der Kreml war von sechs- bis siebenstündigen Gesprächen ausgegangen.") == []
    assert _claims("Die Gespräche sollten nach Plan sieben Stunden dauern, geplant war ein Essen.") == []
    flagged = _flagged(["Die Unterredungen dauerten etwa 2 Stunden und 45 Minuten. Die Pressekonferenz dauerte rund "
                        "zwölf Minuten.",
                        "Nach dem etwa dreistündigen Treffen traten sie vor die Presse. Nach nur ein paar Minuten "
                        "ist die Pressekonferenz beendet."])
    assert flagged == {"d1": ["etwa 2 Stunden und 45 Minuten", "rund zwölf Minuten"],
                       "d2": ["etwa dreistündigen Treffen", "nur ein paar Minuten"]}, flagged


def test_vote_counts():
    assert _claims("Bei der Abstimmung votierten 207 Abgeordnete für Scholz, 394 gegen ihn und 116 enthielten "
                   "sich.") == [("votes for", "207"), ("votes against", "394")]
    assert _claims("Es gab 116 Enthaltungen, die restlichen 394 Abgeordneten stimmten mit Nein.") == [
        ("votes abstain", "116"), ("votes against", "394")]
    assert _claims("Im zweiten Wahlgang erhielt Merz 325 Ja-Stimmen.") == [("votes for, round 2", "325")]
    # what was needed, a party's members, a part of the house: no count of the vote
    assert _claims("Scholz hätte mindestens 367 Stimmen benötigt.") == []
    assert _claims("Alle 88 FDP-Abgeordneten stimmten gegen Scholz.") == []
    assert _claims("The resolution passed with 18 lawmakers of the ruling party voting in favor.", "en") == []
    tail = " Danach ging Scholz zum Bundespräsidenten."
    flagged = _flagged(["207 Abgeordnete stimmten für Scholz, 394 gegen ihn." + tail,
                        "Für Scholz stimmten 207 Abgeordnete, 394 Abgeordnete votierten mit Nein." + tail,
                        "Es stimmten 207 Abgeordnete für ihn und 394 gegen ihn." + tail,
                        "Doch es kam wie geplant, 390 Abgeordnete stimmten gegen Scholz." + tail])
    assert list(flagged) == ["d4"] and flagged["d4"][0].startswith("390 Abgeordnete"), flagged


def test_a_count_without_its_round_is_left_out_where_the_reports_number_the_rounds():
    flagged = _flagged(["Im ersten Wahlgang erhielt Merz nur 310 Stimmen. Er war enttäuscht.",
                        "Im zweiten Wahlgang erhielt Merz 325 Stimmen. Er war erleichtert.",
                        "Merz bekam nur 310 Stimmen. Er war enttäuscht.",
                        "Mit 325 Stimmen wurde Merz gewählt. Er war erleichtert."])
    assert not flagged, flagged


def test_a_journey_to_the_meeting_is_not_the_meeting():
    assert _claims("Die Zugfahrt zum Treffen dauerte 20 Stunden.") == []
    assert _claims("Kim's train journey to the summit lasted 20 hours.", "en") == []


def test_the_day_of_the_meeting_is_compared_where_the_meeting_is_the_event():
    assert _claims("Trump und Putin treffen am Dienstag in Alaska zu einem Gipfeltreffen zusammen.") == [
        ("day of the meeting", "dienstag")]
    assert _claims("Es ist noch Freitagvormittag, als das Treffen in Anchorage beginnt.") == [
        ("day of the meeting", "freitag")]
    assert _claims("Biden and Xi met on Sunday in Woodside for their summit.", "en") == [("day of the meeting", "sunday")]
    # an arrival, an announcement, or the day as a subject: no day of the meeting
    assert _claims("Kim traf am Dienstag zum Treffen mit Putin ein.") == []
    assert _claims("Am Montag kündigte der Kreml das Treffen an.") == []
    assert _claims("In Europa nähert sich der Samstag, als das Treffen beginnt.") == []
    # a weekday in a clause of its own verb without the meeting is another thing's day
    assert _claims("Die Waffenruhe solle am Sonntag beginnen, sagte Tillerson nach dem Treffen.") == []
    assert _claims("Xi werde Kim treffen, berichtete das Fernsehen am Montag.") == []
    flagged = _flagged(["Trump und Putin treffen am Dienstag in Alaska zu einem Gipfeltreffen zusammen.",
                        "Das Treffen von Trump und Putin in Alaska begann am Freitag.",
                        "Der Gipfel in Alaska endete ohne Ergebnis."])
    assert flagged == {"d1": ["am Dienstag"], "d2": ["am Freitag"]}, flagged
    # a story whose event is no meeting: two meetings on two days dispute nothing
    assert _flagged(["Die Koalition zerbrach. Am Mittwochabend trafen sich Scholz und Lindner zum Krisengipfel.",
                     "Die Koalition ist am Ende. Scholz trifft am Donnerstag mit Merz zusammen.",
                     "Die Koalition ist gescheitert.", "Die Ampel ist zerbrochen."]) == {}


def test_soldiers_counted_where_they_are_stationed_or_whither_they_are_sent():
    assert _claims("The US has 28,500 troops stationed in South Korea.", "en") == [("troops stationed", "28500")]
    assert _claims("The situation did not affect the more than 27,000 US service members stationed there.",
                   "en") == [("troops stationed", "27000")]
    assert _claims("Nordkorea hat 10.000 Soldaten nach Russland geschickt.") == [("troops sent", "10000")]
    assert _claims("Bei der Parade marschierten 10.000 Soldaten.") == []  # neither stationed nor sent
    flagged = _flagged(["Washington has 28,500 troops stationed in South Korea to guard against the North.",
                        "More than 27,000 US service members are stationed in South Korea, the Pentagon said."], "en")
    assert flagged == {"d1": ["28,500 troops"], "d2": ["More than 27,000 US service members"]}, flagged


def test_soldiers_massed_at_a_place_and_numbers_written_in_groups_of_three():
    """Troops massed at a border count as stationed there ("zusammengezogen", "the buildup of"); "100 000" and
    "130 000 Mann" are one number each, past a lower-case nationality ("100.000 russische Soldaten")."""
    stationed = "troops stationed"
    assert _claims("Putin hat fast 100 000 Soldaten an der Grenze zusammengezogen.") == [(stationed, "100000")]
    assert _claims("130 000 Mann sind dort zusammengezogen.") == [(stationed, "130000")]
    assert _claims("Inzwischen seien weit mehr als 100.000 russische Soldaten dort stationiert.") == [
        (stationed, "100000")]
    assert _claims("The crisis has risen with Russia's buildup of an estimated 130,000 troops along its border.",
                   "en") == [(stationed, "130000")]
    assert _claims("Es wurden 2 000 Menschen verletzt.") == [("injured", "2000")]  # no year
    assert _claims("Im Jahr 2000 wurden 12 Menschen getötet.") == []
    flagged = _flagged(["Russland hat an der Grenze zur Ukraine zehntausende Soldaten zusammengezogen.",
                        "Putin hat fast 100 000 Soldaten an der Grenze zum Nachbarland zusammengezogen."])
    assert flagged == {"d1": ["zehntausende Soldaten"], "d2": ["fast 100 000 Soldaten"]}, flagged
    # the same in one row of the alignment: "2 000" against "1000", not "000" against "1000"
    tail = " Putin empfing Kim im Kosmodrom Wostotschny. Die Gespräche drehten sich um Satelliten."
    assert _flagged(["Kims Zug legte rund 2 000 Kilometer bis nach Russland zurück." + tail,
                     "Kims Zug legte rund 2000 Kilometer bis nach Russland zurück." + tail]) == {}
    flagged = _flagged(["Kims Zug legte rund 2 000 Kilometer bis nach Russland zurück." + tail,
                        "Kims Zug legte rund 1000 Kilometer bis nach Russland zurück." + tail])
    assert flagged == {"d1": ["rund 2 000 Kilometer"], "d2": ["rund 1000 Kilometer"]}, flagged


def test_a_toll_told_by_a_verb_before_its_number():
    assert _claims("Russian missiles struck Kyiv, killing at least 38 people.", "en") == [("dead", "38")]
    assert _claims("Der Angriff tötete mindestens 36 Zivilisten.") == [("dead", "36")]
    assert _claims("The two leaders met 38 people in Moscow.", "en") == []  # no verb of killing or hurting
    flagged = _flagged(["A barrage of Russian missiles hit Kyiv on Monday, killing at least 38 people.",
                        "The strikes on Kyiv on Monday killed at least 31 people, officials said."], "en")
    assert flagged == {"d1": ["at least 38 people"], "d2": ["at least 31 people"]}, flagged



def test_a_length_told_a_little_less_or_more_or_as_some_hours_is_told_differently():
    """"knapp drei Stunden" and "gut drei Stunden" are two accounts of one meeting, "drei Stunden" and "etwa drei
    Stunden" one; "mehrere Stunden" says not how many. Lengths of one number support each other: none of them is a
    majority the others are measured against."""
    meeting = "duration of the meeting"
    assert _claims("Die beiden trafen sich gut drei Stunden lang zu Gesprächen.") == [(meeting, "180>")]
    assert _claims("Nach dem knapp zweistündigen Gespräch reiste Kim ab.") == [(meeting, "120<")]
    assert _claims("Es war ein mehr als 50 Minuten dauerndes Gespräch.") == [(meeting, "50>")]
    assert _claims("Bei dem mehrstündigen Treffen ging es um Sanktionen.") == [(meeting, "some hours")]
    assert _claims("Die beiden hatten sich mehrere Stunden lang unterhalten.") == [(meeting, "some hours")]
    assert _claims("Für knapp drei Stunden zogen sich die beiden zu Gesprächen zurück.") == [(meeting, "180<")]
    assert _claims("Trump spoke after holding a two-hour one-on-one meeting with Putin.", "en") == [(meeting, "120")]
    assert _claims("Trump held two hours of closed-door talks with Putin.", "en") == [(meeting, "120")]
    assert _claims("Biden's multihour summit with Xi led to progress.", "en") == [(meeting, "some hours")]
    assert _claims("A two-hour drive took them to the meeting.", "en") == []
    flagged = _flagged(["Das Treffen dauerte knapp drei Stunden.", "Das Treffen dauerte gut drei Stunden.",
                        "Das Treffen dauerte etwa drei Stunden.", "Das Treffen dauerte drei Stunden."])
    assert flagged == {"d1": ["knapp drei Stunden"], "d2": ["gut drei Stunden"], "d3": ["etwa drei Stunden"],
                       "d4": ["drei Stunden"]}, flagged
    assert _flagged(["Das Treffen dauerte etwa drei Stunden.", "Das Treffen dauerte drei Stunden."]) == {}


def test_lengths_told_with_halves_decimals_one_hour_and_a_noun_after_the_unit():
    meeting = "duration of the meeting"
    assert _claims("Das Treffen von Trump und Putin hatte etwa 2,5 Stunden gedauert.") == [(meeting, "150")]
    assert _claims("Die Begegnung zwischen Trump und Xi dauerte gut eineinhalb Stunden.") == [(meeting, "90>")]
    assert _claims("Nach chinesischen Angaben dauerte das Treffen rund eine Stunde und 40 Minuten.") == [
        (meeting, "100")]  # not 40 minutes
    assert _claims("Statt der geplanten halben Stunde tagten Trump und Putin zwei Stunden und 15 Minuten.") == [
        (meeting, "135")]  # the plan is named, but the length is what happened
    assert _claims("Es wurde ein Gespräch von zwei Stunden und 16 Minuten Dauer.") == [(meeting, "136")]
    assert _claims("Vier Stunden sitzen Scholz und Putin im Kreml zusammen.") == [(meeting, "240")]
    assert _claims("Biden and Xi held a three hour meeting in Bali.", "en") == [(meeting, "180")]
    assert _claims("Biden and Xi sat down for the three-and-a-half-hour meeting.", "en") == [(meeting, "210")]
    assert _claims("The two leaders talked for close to an hour.", "en") == [(meeting, "60<")]
    assert _claims("Trump said after a meeting of nearly one hour at the truce village.", "en") == [(meeting, "60<")]
    assert _claims("A journey of three hours took them to the summit.", "en") == []
    assert _claims("Der Gipfel endete schon nach 3 Stunden, 21 Minuten.") == [(meeting, "201")]
    # German puts the verb of speaking after the length, also at the end of the clause
    assert _claims("Zuvor hatten Macron und Putin fast sechs Stunden an einem riesigen Tisch im Kreml bis in die "
                   "frühe Nacht miteinander gesprochen.") == [(meeting, "360<")]
    assert _claims("Dieses Mal hat Orbán mit Putin rund drei Stunden gesprochen.") == [(meeting, "180")]
    assert _claims("Putin und Xi hätten am Montag viereinhalb Stunden über die Ukraine gesprochen.") == [
        (meeting, "270")]
    assert _claims("Der Minister hat drei Stunden über die Lage gesprochen.") == []  # one speaker: no talks
    # the length of the first part of the talks is no length of the talks
    assert _claims("Die beiden Präsidenten hatten zunächst etwa eineinhalb Stunden zusammen mit ihren Außenministern "
                   "gesprochen, später dann noch eine Stunde.") == []
    assert _flagged(["Biden and Xi held a three hour meeting in Bali.",
                     "Biden and Xi held a two-hour meeting in Bali."], "en") == {
        "d1": ["a three hour meeting"], "d2": ["a two-hour meeting"]}  # shown with the meeting's noun


def test_a_time_most_outlets_give_alike_in_one_row_is_flagged_only_where_it_differs():
    """"7.35 Uhr" in four reports and "7 Uhr" in one: the one is flagged, with the others as counterparts."""
    line = "Heute Morgen um {} ist der Bischof von Rom, Franziskus, in das Haus des Vaters zurückgekehrt, teilte der Vatikan mit."
    tail = " Der Papst war zuletzt schwer krank. Am Ostersonntag hatte er noch den Segen erteilt."
    flagged = _flagged([line.format("7.35 Uhr") + tail, line.format("7.35 Uhr") + tail, line.format("7.35 Uhr") + tail,
                        line.format("7 Uhr") + tail])
    assert flagged == {"d4": ["7 Uhr"]}, flagged


def test_figures_far_apart_count_different_things_and_one_rounded_is_the_same():
    found = _flagged([
        "Die beiden Präsidenten schlossen in Peking Wirtschaftsabkommen von neun Milliarden Dollar. Ross sprach danach "
        "mit Reportern.",
        "Die beiden Präsidenten schlossen in Peking Wirtschaftsabkommen von 250 Milliarden Dollar. Ross sprach danach "
        "mit Reportern.",
        "Die beiden Präsidenten schlossen in Peking Wirtschaftsabkommen von 20 Milliarden Dollar. Ross sprach danach "
        "mit Reportern.",
    ])
    assert "d2" not in found and found.get("d1") == ["neun Milliarden"], found  # 9 and 20 may be one figure
    rounded = _flagged([
        "Der Kongress stimmt über zusätzliche 44,9 Milliarden Dollar für die Ukraine ab. Selenskyj sprach vorher.",
        "Der Kongress stimmt über zusätzliche, knapp 45 Milliarden Dollar für die Ukraine ab. Selenskyj sprach vorher.",
    ])
    assert rounded == {}, rounded

"""Segmenter: gold boundaries for the seeds, and hand-made German and English cases."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from workbench.core.resources import seeds_dir
from workbench.nlp import segment

GOLD_DIR = Path(__file__).parent / "data" / "segments"
SEEDS = sorted(p.name for p in seeds_dir().glob("*.txt"))


def pairs(text: str, language: str = "de") -> list[tuple[str, str]]:
    return [(s.kind, text[s.start:s.end]) for s in segment(text, language)]


def furniture_of(text: str, language: str = "de") -> list[str]:
    return [t for k, t in pairs(text, language) if k == "boilerplate"]


def texts(text: str, language: str = "de") -> list[str]:
    return [t for _, t in pairs(text, language)]


def assert_covers(text: str, language: str = "de") -> None:
    """Trimmed, ordered, non-overlapping, and every non-space character in one segment."""
    owner = [0] * len(text)
    last_end = 0
    for seg in segment(text, language):
        assert last_end <= seg.start < seg.end <= len(text)
        assert not text[seg.start].isspace() and not text[seg.end - 1].isspace()
        assert seg.kind in ("headline", "sentence", "boilerplate")
        for i in range(seg.start, seg.end):
            owner[i] += 1
        last_end = seg.end
    for i, ch in enumerate(text):
        assert owner[i] == 1 or (ch.isspace() and owner[i] == 0), (i, text[max(0, i - 20):i + 20])


# -- gold ----------------------------------------------------------------------


def test_every_seed_has_gold() -> None:
    assert SEEDS and [p.stem for p in sorted(GOLD_DIR.glob("*.json"))] == [Path(s).stem for s in SEEDS]


@pytest.mark.parametrize("name", SEEDS)
def test_seed_matches_gold(name: str) -> None:
    text = (seeds_dir() / name).read_text(encoding="utf-8")
    gold = [(d["kind"], d["text"]) for d in json.loads((GOLD_DIR / (Path(name).stem + ".json")).read_text("utf-8"))]
    assert pairs(text) == gold


@pytest.mark.parametrize("name", SEEDS)
def test_seed_coverage(name: str) -> None:
    assert_covers((seeds_dir() / name).read_text(encoding="utf-8"))


def test_coverage_on_random_text() -> None:
    rng = random.Random(7)
    alphabet = ["Wort", "wort", "Dr.", "z.B.", "„", "“", '"', "«", "»", ".", "?", "!", "…", ",", " ", " ", " ",
                "\n", "\n\n", "\xa0", "13.", "Putin", "dpa", "Kommentare", "\r\n", "—", "Im Video:"]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) + rng.choice(["", " "]) for _ in range(rng.randint(0, 60)))
        assert_covers(text)
        assert_covers(text, "en")


def test_empty_and_blank() -> None:
    assert segment("", "de") == []
    assert segment(" \n\n \xa0\n", "de") == []


# -- quotation marks -------------------------------------------------------------


def test_closing_quote_stays_with_its_sentence() -> None:
    text = ("„Russland hat sich zu einem heiligen Kampf erhoben“, sagte der Präsident. "
            "„Dies ist unser neues Kosmodrom.“ Über einen Übersetzer bedankte sich Kim.")
    assert texts(text) == [
        "„Russland hat sich zu einem heiligen Kampf erhoben“, sagte der Präsident.",
        "„Dies ist unser neues Kosmodrom.“",
        "Über einen Übersetzer bedankte sich Kim.",
    ]


def test_quote_then_attribution_with_commas_is_one_sentence() -> None:
    text = "„Ich freue mich, Sie zu sehen“, sagte Putin, als er Kim die Hand schüttelte. Dann gingen sie."
    assert texts(text) == ["„Ich freue mich, Sie zu sehen“, sagte Putin, als er Kim die Hand schüttelte.",
                           "Dann gingen sie."]


def test_question_in_quote_followed_by_comma() -> None:
    assert texts("„Wo ist er?“, fragte sie. Niemand wusste es.") == [
        "„Wo ist er?“, fragte sie.", "Niemand wusste es."]


def test_attributed_multi_sentence_quote_is_one_sentence() -> None:
    """A quotation the sentence goes on after (", so Kim", "sagte Putin") is one sentence of the outlet's text."""
    text = "„Wir stehen zusammen. Wir werden siegen“, so Kim. Putin nickte."
    assert texts(text) == ["„Wir stehen zusammen. Wir werden siegen“, so Kim.", "Putin nickte."]
    text = "«Wir haben keine Eile. Dafür ist Zeit.» sagte Putin. Kim nickte."
    assert texts(text) == ["«Wir haben keine Eile. Dafür ist Zeit.» sagte Putin.", "Kim nickte."]
    text = '"We got scared. We ran," he said. "Then it fell," Dr Parikh said. The end.'
    assert texts(text, "en") == ['"We got scared. We ran," he said.', '"Then it fell," Dr Parikh said.', "The end."]


def test_standalone_or_colon_introduced_quote_splits() -> None:
    text = "Er sagte: „Wir stehen zusammen. Wir werden siegen“, wobei er lachte. „Es eilt. Es drängt.“ Dann ging er."
    assert texts(text) == ["Er sagte: „Wir stehen zusammen.", "Wir werden siegen“, wobei er lachte.", "„Es eilt.",
                           "Es drängt.“", "Dann ging er."]


def test_unbalanced_quote_protects_nothing() -> None:
    text = "„Wir stehen zusammen. Wir werden siegen, so Kim. Putin nickte."
    assert texts(text) == ["„Wir stehen zusammen.", "Wir werden siegen, so Kim.", "Putin nickte."]


def test_no_space_after_a_full_stop() -> None:
    text = "Das hat er gesagt.Der Kreml schwieg.133 Kardinäle wählten. Siehe z.B. Seite 3 und t-online.de heute."
    assert texts(text) == ["Das hat er gesagt.", "Der Kreml schwieg.", "133 Kardinäle wählten.",
                           "Siehe z.B. Seite 3 und t-online.de heute."]
    assert texts("The U.S. Army said.The plane fell.", "en") == ["The U.S. Army said.", "The plane fell."]


@pytest.mark.parametrize("open_, close", [("„", "“"), ('"', '"'), ("»", "«"), ("«", "»"), ("‚", "‘")])
def test_quote_styles(open_: str, close: str) -> None:
    text = f"Er sprach von einem {open_}heiligen Krieg{close}. {open_}Wir kommen wieder.{close} Dann ging er."
    assert texts(text) == [f"Er sprach von einem {open_}heiligen Krieg{close}.",
                           f"{open_}Wir kommen wieder.{close}", "Dann ging er."]


# -- abbreviations, numbers --------------------------------------------------------


def test_german_abbreviations_and_ordinals() -> None:
    text = ("Die Kosten betragen ca. 5 Mio. Euro, z. B. für Munition. "
            "Dr. Meier sprach u.a. mit Vertretern aus St. Petersburg bzw. Moskau, vgl. Nr. 5 des Vertrags. "
            "Das Treffen fand am 13. September statt. Es war das 3. Treffen seit 2019. "
            "Edith M. Lederer berichtete darüber. Dazu kamen Zucker, Mehl etc. für die Bevölkerung. "
            "Die Lieferung umfasst ca. 2 Mrd. Schuss. Das war im Jahr 2019. Danach kam Kim.")
    assert texts(text) == [
        "Die Kosten betragen ca. 5 Mio. Euro, z. B. für Munition.",
        "Dr. Meier sprach u.a. mit Vertretern aus St. Petersburg bzw. Moskau, vgl. Nr. 5 des Vertrags.",
        "Das Treffen fand am 13. September statt.",
        "Es war das 3. Treffen seit 2019.",
        "Edith M. Lederer berichtete darüber.",
        "Dazu kamen Zucker, Mehl etc. für die Bevölkerung.",
        "Die Lieferung umfasst ca. 2 Mrd. Schuss.",
        "Das war im Jahr 2019.",
        "Danach kam Kim.",
    ]


def test_us_prefix_and_dates() -> None:
    text = ("Das sagte ein Sprecher in Washington. US-Außenminister Blinken warnte am 13.09.2023 davor. "
            "Er wurde am 3. Oktober 2019 gewählt. Der Vertrag von 1953 gilt noch.")
    assert len(texts(text)) == 4


def test_english_abbreviations() -> None:
    text = ('Mr. Putin met Kim Jong Un on Wednesday. The U.S. State Department said it was watching. '
            '"We will discuss all issues," Putin said. Kim arrived at 10 a.m. local time. '
            "It was his No. 1 priority, said Edith M. Lederer of the AP. The talks lasted until 3 p.m. "
            "The leaders then toured the site. She said no. Then she left.")
    assert texts(text, "en") == [
        "Mr. Putin met Kim Jong Un on Wednesday.",
        "The U.S. State Department said it was watching.",
        '"We will discuss all issues," Putin said.',
        "Kim arrived at 10 a.m. local time.",
        "It was his No. 1 priority, said Edith M. Lederer of the AP.",
        "The talks lasted until 3 p.m.",
        "The leaders then toured the site.",
        "She said no.",
        "Then she left.",
    ]


# -- lines: headlines and paragraphs ---------------------------------------------------


def test_headlines_between_blank_lines() -> None:
    text = ("Putin empfängt Kim\n\nDer russische Präsident hat Kim empfangen. Er sagte etwas.\n\n"
            "Waffen gegen Technik?\n\nDas ist die Frage.\n\nWaffenlieferungen? Kreml-Sprecher: \"Sensible Bereiche\"\n")
    assert pairs(text) == [
        ("headline", "Putin empfängt Kim"),
        ("sentence", "Der russische Präsident hat Kim empfangen."),
        ("sentence", "Er sagte etwas."),
        ("headline", "Waffen gegen Technik?"),
        ("sentence", "Das ist die Frage."),
        ("headline", 'Waffenlieferungen? Kreml-Sprecher: "Sensible Bereiche"'),
    ]


def test_headlines_with_single_newlines() -> None:
    text = ("Treffen in Russland\nKim unterstützt Putin im „heiligen Krieg“\n"
            "Der Präsident sprach lange. Dann ging er.\nKreml: „Kooperation in sensiblen Bereichen“\n"
            "Das war alles.")
    assert pairs(text) == [
        ("headline", "Treffen in Russland"),
        ("headline", "Kim unterstützt Putin im „heiligen Krieg“"),
        ("sentence", "Der Präsident sprach lange."),
        ("sentence", "Dann ging er."),
        ("headline", "Kreml: „Kooperation in sensiblen Bereichen“"),
        ("sentence", "Das war alles."),
    ]


def test_one_sentence_paragraph_is_a_sentence() -> None:
    assert pairs("Titel ohne Punkt\n\nDie Streitkräfte hätten ihre Wachsamkeit erhöht.\n") == [
        ("headline", "Titel ohne Punkt"), ("sentence", "Die Streitkräfte hätten ihre Wachsamkeit erhöht.")]


def test_long_line_without_full_stop_is_not_a_headline() -> None:
    line = " ".join(["Wort"] * 40)
    assert pairs(line) == [("sentence", line)]


def test_hard_wrapped_paragraph_is_joined() -> None:
    text = ("Der russische Präsident Wladimir Putin hat den nordkoreanischen\n"
            "Machthaber Kim Jong Un am Mittwoch im Raumfahrtzentrum Wostotschny\n"
            "empfangen. Kim zeige großes Interesse an russischer Raketentechnik,\n"
            "sagte Putin.\n\nZweiter Absatz mit einem Satz.")
    assert pairs(text) == [
        ("sentence", "Der russische Präsident Wladimir Putin hat den nordkoreanischen\n"
                     "Machthaber Kim Jong Un am Mittwoch im Raumfahrtzentrum Wostotschny\nempfangen."),
        ("sentence", "Kim zeige großes Interesse an russischer Raketentechnik,\nsagte Putin."),
        ("sentence", "Zweiter Absatz mit einem Satz."),
    ]


def test_lower_case_continuation_joins_two_lines() -> None:
    text = "Der Kremlchef will von Nordkorea Waffen, im\nGegenzug stellt er Hilfe in Aussicht."
    assert texts(text) == [text]


# -- boilerplate ------------------------------------------------------------------------


def test_metadata_prefix_and_kicker() -> None:
    """A leading "date 2023-09" is metadata (boilerplate); the kicker after it is a headline."""
    assert pairs(" date 2023-09 Krieg in der Ukraine\n\nText folgt hier.") == [
        ("boilerplate", "date 2023-09"), ("headline", "Krieg in der Ukraine"), ("sentence", "Text folgt hier.")]


def test_german_boilerplate_lines() -> None:
    text = ("Putin empfängt Kim\n\nIm Video: Putin sagt Hilfe zu\n\nDer Präsident sprach. Kim hörte zu.\n\n"
            "Lesen Sie auch: Was Kim in Russland will\n\nMit Material von dpa und AFP\n\ndpa/AFP\n\n(AFP)\n\n"
            "Foto: Sergei Bobylev/dpa\n\nDPA\nrös")
    assert [k for k, _ in pairs(text)] == ["headline", "boilerplate", "sentence", "sentence"] + ["boilerplate"] * 7


def test_comment_section_makes_the_rest_boilerplate() -> None:
    body = "Der Präsident sprach lange über die Lage. " * 8
    text = (body + "\nKommentare\nDa dieser Artikel älter als 18 Monate ist, ist kein Kommentieren mehr möglich.\n"
            "Unsere Regeln finden Sie hier.\nBei Fragen schreiben Sie an forum@example.at.")
    kinds = [k for k, _ in pairs(text)]
    assert kinds == ["sentence"] * 8 + ["boilerplate"] * 4


def test_comment_menu_item_at_the_top_does_not_swallow_the_article() -> None:
    text = "Kommentare\n\nPutin empfängt Kim.\n\nEr sagte viel."
    assert pairs(text) == [("boilerplate", "Kommentare"), ("sentence", "Putin empfängt Kim."),
                           ("sentence", "Er sagte viel.")]


def test_sigil_only_at_the_end() -> None:
    assert pairs("Text hier.\n\nrös")[-1] == ("boilerplate", "rös")
    assert pairs("Text hier.\n\nwas\n\nMehr Text.")[1][0] != "boilerplate"


def test_reporter_credits() -> None:
    text = ("Er ging.\n\n—Litvinova berichtete aus Tallinn, Estland. Die Associated Press-Journalisten "
            "Jim Heintz in Tallinn; Edith M. Lederer bei den Vereinten Nationen trugen bei.")
    assert pairs(text)[1] == ("boilerplate", text.split("\n\n")[1])
    text = "Er ging. Die AP-Journalisten Jim Heintz und Dake Kang trugen zu diesem Bericht bei."
    assert pairs(text) == [("sentence", "Er ging."), ("boilerplate", text[9:])]


def test_english_boilerplate() -> None:
    text = ("Putin hosts Kim at spaceport\n\nPutin met Kim on Wednesday. They toured the site.\n\n"
            "WATCH: Putin and Kim tour the cosmodrome\n\nRead more: What Kim wants from Russia\n\n"
            "— Litvinova reported from Tallinn, Estonia. Associated Press writer Aamer Madhani in Washington "
            "contributed to this report.\n\n(Reporting by Guy Faulconbridge; Editing by Andrew Osborn)\n\n"
            "Comments\nComments are closed.")
    assert [k for k, _ in pairs(text, "en")] == ["headline", "sentence", "sentence"] + ["boilerplate"] * 6


# -- whole articles not among the seeds --------------------------------------------------


def test_dpa_style_article() -> None:
    text = ("Gipfel in Fernost\nPutin empfängt Kim – und verspricht Hilfe bei Satelliten\n\n"
            "Wostotschny (dpa) - Kremlchef Wladimir Putin hat Kim Jong Un empfangen. Das Treffen fand am "
            "13. September 2023 statt, also am 2. Tag der Reise. Es ging u. a. um Rüstung.\n"
            "»Ich freue mich«, sagte Putin. »Wir haben viel zu besprechen. Es gibt Zeit.«\n\n"
            "Was will Kim?\nNordkorea könnte ca. 1 Mio. Granaten liefern. US-Außenminister Antony J. Blinken "
            "warnte.\n\nStand: 13.09.2023, 14:32 Uhr\nVon Anna Muster und Max Beispiel\n"
            "© dpa-infocom, dpa:230913-99-123456/4\n")
    assert pairs(text) == [
        ("headline", "Gipfel in Fernost"),
        ("headline", "Putin empfängt Kim – und verspricht Hilfe bei Satelliten"),
        ("boilerplate", "Wostotschny (dpa) -"),
        ("sentence", "Kremlchef Wladimir Putin hat Kim Jong Un empfangen."),
        ("sentence", "Das Treffen fand am 13. September 2023 statt, also am 2. Tag der Reise."),
        ("sentence", "Es ging u. a. um Rüstung."),
        ("sentence", "»Ich freue mich«, sagte Putin."),
        ("sentence", "»Wir haben viel zu besprechen."),  # a quotation standing alone splits
        ("sentence", "Es gibt Zeit.«"),
        ("headline", "Was will Kim?"),
        ("sentence", "Nordkorea könnte ca. 1 Mio. Granaten liefern."),
        ("sentence", "US-Außenminister Antony J. Blinken warnte."),
        ("boilerplate", "Stand: 13.09.2023, 14:32 Uhr"),
        ("boilerplate", "Von Anna Muster und Max Beispiel"),
        ("boilerplate", "© dpa-infocom, dpa:230913-99-123456/4"),
    ]


def test_ap_style_article() -> None:
    text = ("Putin and Kim meet at Russian spaceport as Moscow looks for ammunition\n\n"
            "VOSTOCHNY COSMODROME, Russia (AP) — Russian President Vladimir Putin and North Korean leader "
            "Kim Jong Un met Wednesday. The U.S. has warned that a deal would violate U.N. sanctions.\n\n"
            '"We will discuss all issues without haste. There is time," Putin said.\n\n'
            "The talks began after Sept. 13 at 1 p.m. local time, St. Petersburg officials said.\n\n___\n\n"
            "Associated Press writers Jim Heintz in Tallinn, Estonia, and Hyung-jin Kim in Seoul "
            "contributed to this report.")
    assert [k for k, _ in pairs(text, "en")] == ["headline", "boilerplate"] + ["sentence"] * 4 + ["boilerplate"] * 2
    assert texts(text, "en")[1] == "VOSTOCHNY COSMODROME, Russia (AP) —"  # the dateline
    assert texts(text, "en")[4] == '"We will discuss all issues without haste. There is time," Putin said.'


def test_reporting_that_looks_like_furniture_stays_reporting() -> None:
    text = ("Auch die Sanktionen trugen dazu bei. Viele Faktoren trugen bei. "
            "Mehrere Reporter sagten, die Lage sei ernst.")
    assert [k for k, _ in pairs(text)] == ["sentence"] * 3
    long = ("Der Konzern verschärfte am Mittwoch seine Netiquette für Nutzer, die in Foren über den Krieg "
            "schreiben, und kündigte an, Verstöße schneller zu ahnden, weil sich Beschwerden gehäuft hätten. ") * 2
    assert [k for k, _ in pairs(long.strip())] == ["sentence"] * 2


def test_abbreviation_that_may_end_a_sentence() -> None:
    assert texts("Es gab Brot, Wasser usw. Die Lage blieb ruhig.") == ["Es gab Brot, Wasser usw.",
                                                                     "Die Lage blieb ruhig."]
    assert texts("Es gab Brot, Wasser usw. Dinge des Alltags.") == ["Es gab Brot, Wasser usw. Dinge des Alltags."]


def test_a_cut_off_last_paragraph_is_a_sentence_not_a_headline() -> None:
    text = "Trump empfängt Selenskyj\n\nDas Treffen begann ruhig. Dann eskalierte es.\n\nTrump redet sich in Rage und macht dem Präsidenten"
    assert [k for k, _ in pairs(text)] == ["headline", "sentence", "sentence", "sentence"]


def test_page_furniture_by_lexicon_and_shape() -> None:
    text = ("Direkt zum Inhalt wechseln\nEklat in Washington\n\nTrump schmeißt Selenskyj raus\n\n"
            "Würdigen sich keines Blickes: Selenskyj und Trump\n"
            "Würdigen sich keines Blickes: Selenskyj und Trump Foto: SAUL LOEB/AFP\n\n"
            "2 Min. Lesezeit\nWhatsapp\nFacebook\n\n"
            "Rom (dpa) - Der Eklat im Weißen Haus überschattet alles. Trump griff Selenskyj an. (dpa)\n\n"
            "Trending News\n\nSelenskyj verließ das Weiße Haus ohne Abkommen.\n\n"
            "Support from readers like you keeps this site open.\n")
    got = pairs(text)
    furniture = [t for k, t in got if k == "boilerplate"]
    assert furniture == ["Direkt zum Inhalt wechseln", "Würdigen sich keines Blickes: Selenskyj und Trump",
                         "Würdigen sich keines Blickes: Selenskyj und Trump Foto: SAUL LOEB/AFP", "2 Min. Lesezeit",
                         "Whatsapp", "Facebook", "Rom (dpa) -", "(dpa)", "Trending News",
                         "Support from readers like you keeps this site open."]
    assert ("headline", "Eklat in Washington") in got and ("sentence", "Trump griff Selenskyj an.") in got


def test_the_furniture_lexicon_is_data_and_a_bad_line_names_the_file(tmp_path) -> None:
    from workbench.nlp import boilerplate

    good = tmp_path / "ok.tsv"
    good.write_text("# comment\ndefine\tX\tfoo\tfoo\nline\t^{X}bar$\tfoobar\n", encoding="utf-8")
    assert boilerplate.load_patterns(good)["line"][0].match("FOOBAR")
    bad = tmp_path / "bad.tsv"
    bad.write_text("line\t(unclosed\tbroken\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.tsv:1"):
        boilerplate.load_patterns(bad)
    # the shipped lexicon is compiled on first use, not at import (a comparison whose analyses are all cached
    # never needs it); every scope of it compiles
    assert all(boilerplate.patterns(scope) for scope in boilerplate.SCOPES)


def test_colon_introduced_quote_that_closes_the_sentence_is_one_sentence() -> None:
    text = "Gefragt sagte Putin: „Wir werden alles ohne Eile besprechen. Es gibt Zeit.“ Dann ging er."
    assert texts(text) == ["Gefragt sagte Putin: „Wir werden alles ohne Eile besprechen. Es gibt Zeit.“", "Dann ging er."]


@pytest.mark.parametrize("line", [
    "Artikel teilen", "Lesedauer: 3 Min.", "1/3", "Gehe zur Galerie", "Feedback für die Redaktion",
    "Die Redaktion sichtet alle Zuschriften und behält sich vor, sie zu kürzen.",
    "VLADIMIR SMIRNOV / AFP / picturedesk.com", "— Anna Muster (@amuster) September 13, 2023", "Quelle: ZDFheute",
    "13.09.2023 Kommentare deaktiviert für Putin empfängt Kim",
    "Cookies helfen uns bei der Bereitstellung unserer Dienste. Durch die Nutzung erklären Sie sich damit "
    "einverstanden, dass wir Cookies setzen.",
    "Share this article", "Image: AFP via Getty Images", "Published 13 September 2023", "3 min read",
    "***", "Kim steigt in Wostotschny aus seinem Zug. [SCREEN CAPTURE]",
    "Kim steigt in Wostotschny aus seinem Zug. | Anthony Wallace/AFP via Getty Images",
    "Updated - July 22, 2024 12:04 am IST", "• July 22, 2024 00:01",
    "16.08.2025, 07:3616.08.2025, 07:36", "16. August 2025 | Lesezeit: 6 Min.",
    "Von t-online , aj Aktualisiert am 16.08.2025 - 03:55 Uhr", "sonnig18°",
    "Putin und Trump reichen sich die Hände. Ergebnisse gab es nicht. Bild: Jae C. Hong/AP/dpa",
    "Sendung: Bayern 2 Nachrichten, 16.05.2024 08:00 Uhr",
    "Xi and Biden take a walk on the Filoli estate in Woodside, California (REUTERS)",
    "- Francesca Chambers and Maureen Groppe", "Font Size:", "Powered by automated translation",
    "(RELATED: San Francisco Finally Cleans Up Streets)", "Skip to navigationSkip to contentSkip to footer",
    "President Joe Biden greets Chinese President Xi Jinping at the Filoli Estate. Courtesy the White House.",
    "US President Joe Biden and Chinese President Xi Jinping meet at Filoli estate in Woodside, California. AP",
])
def test_kinds_of_page_furniture_named_in_the_issue(line: str) -> None:
    text = (f"Putin empfängt Kim\n\nDer russische Präsident hat Kim empfangen. Die beiden sprachen lange.\n\n{line}\n\n"
            "Kim reiste mit dem Zug an. Er blieb mehrere Tage.\n")
    at = text.index(line)
    inside = [s.kind for s in segment(text, "de") if at <= s.start < at + len(line)]
    assert inside and all(k == "boilerplate" for k in inside), inside
    kinds = {t: k for k, t in pairs(text)}
    assert kinds["Kim reiste mit dem Zug an."] == "sentence" and kinds["Putin empfängt Kim"] == "headline"


def test_an_english_place_with_a_state_or_an_outlet_before_a_dash_is_a_dateline() -> None:
    for opening in ("Washington CNN —", "Washington DC -", "Woodside, California |"):
        text = (f"Biden quits the race\n\n{opening} President Joe Biden ended his reelection bid and endorsed Vice "
                "President Kamala Harris on Sunday. He will address the nation this week.\n")
        assert (opening, "boilerplate") in [(t, k) for k, t in pairs(text)], pairs(text)


def test_agency_datelines_sigils_pointers_and_repeated_captions_of_a_summit_page() -> None:
    text = ("Putin und Trump ohne Deal\n\n"
            "ANCHORAGE (dpa-AFX) - Nach ihren Gesprächen sind Putin und Trump in Alaska vor die Presse getreten. "
            "Fragen gab es keine. Hier lesen Sie einen Überblick. Eine Waffenruhe wurde nicht verkündet./mau/DP/zb\n")
    got = pairs(text)
    furniture = [t for k, t in got if k == "boilerplate"]
    assert furniture == ["ANCHORAGE (dpa-AFX) -", "Hier lesen Sie einen Überblick.", "/mau/DP/zb"], got
    assert ("sentence", "Eine Waffenruhe wurde nicht verkündet.") in got
    dts = ("Anchorage - US-Präsident Donald Trump und Russlands Präsident Wladimir Putin haben sich nach ihrem "
           "Treffen ungewöhnlich schweigsam gezeigt. Fragen waren nicht zugelassen.\n")
    assert pairs(dts)[0] == ("boilerplate", "Anchorage -")
    headline = "Video - Eskalation Trump - Selenskyj: Sie spielen mit dem dritten Weltkrieg, sagt Vance!\n"
    assert pairs(headline)[0][1].startswith("Video - Eskalation")  # a headline, not a dateline before a sentence
    caption = "Putin und Trump reichen sich vor der Presse die Hände. Ergebnisse hatten sie aber nicht zu verkünden."
    page = (f"  • Kein Deal: Treffen bleibt ohne Ergebnis\n\n{caption}\n{caption} Bild: Jae C. Hong/AP/dpa\n"
            f"Kein Deal: Treffen bleibt ohne Ergebnis\n\nTrump verlässt den Gipfel in Alaska mit leeren Händen. "
            "Putin nutzt den roten Teppich für eine Rückkehr aus der Isolation.\n")
    kinds = pairs(page)
    assert [k for k, t in kinds if t.startswith(("Putin und Trump reichen", "Ergebnisse hatten"))] == ["boilerplate"] * 4
    assert [k for k, t in kinds if t.endswith("Treffen bleibt ohne Ergebnis")] == ["headline", "boilerplate"], kinds


def test_an_agency_in_parentheses_and_a_teaser_repeated_with_its_full_stop() -> None:
    got = pairs("Putin bei Xi\n\n(Keystone-SDA) Zur Lösung des Krieges halten Moskau und Peking eine politische "
                "Einigung für geeignet. Beide Seiten sprachen lange.\n")
    assert ("boilerplate", "(Keystone-SDA)") in got, got
    teaser = "Putin ist zu einem Staatsbesuch in China eingetroffen. Es ist seine erste Auslandsreise seit dem Amtsantritt"
    got = pairs(f"{teaser}\n{teaser}.\nNach dem Gespräch unterzeichneten beide eine Erklärung.\n")
    assert [k for k, t in got if t.startswith("Putin ist")] == ["sentence", "boilerplate"], got


def test_a_date_before_a_one_word_dateline_and_a_video_notice_are_furniture() -> None:
    text = ("Trump und Kim beginnen Gipfeltreffen\n\n"
            "12.06.2018 Singapur. Mit einem historischen Handschlag haben Trump und Kim ihr Treffen begonnen. "
            "Beide wirkten dabei ernst.\n\nDieses Video ist nicht mehr verfügbar.\n\n"
            "Trump fasste seinem Gegenüber an die Schulter. Dann zogen sie sich zurück.\n")
    assert furniture_of(text) == ["12.06.2018", "Singapur.", "Dieses Video ist nicht mehr verfügbar."], pairs(text)
    assert ("sentence", "Am 12.06.2018 trafen sich beide.") in pairs("Am 12.06.2018 trafen sich beide. Es war heiß.\n")


def test_english_wire_furniture_of_a_summit_page() -> None:
    text = ("(4th LD) (US-NK summit) Trump, Kim fail to reach deal in Hanoi summit\n\nGo to Contents Go to Navigation\n\n"
            "All News 18:14 February 28, 2019\n\n(ATTN: UPDATES with details in paras 7-8)\n\nThe Associated Press\n\n"
            "HANOI, Vietnam–Talks between Trump and Kim collapsed on Thursday. Trump blamed the sanctions.\n\n"
            "CLICK HERE TO GET THE FOX BUSINESS APP\n\nPosted at 2:13 AM, Feb 28, 2019\n\n"
            "KCNA via KNS / AFP | A picture from North Korea's official news agency shows Kim.\n\n"
            "This AP photo shows President Donald Trump speaking to reporters.\n\n"
            "Also on rt.com We thought it wasn't a good thing to be signing anything\n\n"
            "The president left Hanoi early. He said he would meet Kim again.\n")
    furniture = furniture_of(text)
    for line in ("(4th LD) (US-NK summit)", "Go to Contents Go to Navigation", "All News 18:14 February 28, 2019",
                 "(ATTN: UPDATES with details in paras 7-8)", "The Associated Press", "HANOI, Vietnam–",
                 "CLICK HERE TO GET THE FOX BUSINESS APP", "Posted at 2:13 AM, Feb 28, 2019"):
        assert line in furniture, (line, furniture)
    assert any(t.startswith("KCNA via KNS / AFP |") for t in furniture), furniture
    assert any(t.startswith("This AP photo shows") for t in furniture), furniture
    assert any(t.startswith("Also on rt.com") for t in furniture), furniture
    assert ("sentence", "Talks between Trump and Kim collapsed on Thursday.") in pairs(text)


def test_german_page_furniture_of_agencies_broadcasts_and_paywalls() -> None:
    text = ("Kim und Putin beraten in Wladiwostok\n\nvon dpa\n\n25. April 2019, 16:40 Uhr\n\n"
            "Kim und Putin haben sich getroffen. Sie sprachen lange.\n\n"
            "tagesschau 20:00 Uhr, 25.04.2019, Ina Ruck, ARD Moskau\n\nDownload der Videodatei\n\n"
            "APA/AP/Alexander Zemlianichenko\n\nRUSSIA-NKOREA-DIPLOMACY\n\nⓒKBS News\n\n• Lesedauer: ca. 2.5 Min.\n\n"
            "Wenn Sie ein Abo haben, loggen Sie sich ein:\n\n"
            "Kim erreichte Wladiwostok am Mittwoch in seinem Zug. Er hofft auf einen nützlichen Besuch. (sda/dpa/afp/ap)\n")
    furniture = furniture_of(text)
    for line in ("von dpa", "25. April 2019, 16:40 Uhr", "tagesschau 20:00 Uhr, 25.04.2019, Ina Ruck, ARD Moskau",
                 "Download der Videodatei", "APA/AP/Alexander Zemlianichenko", "RUSSIA-NKOREA-DIPLOMACY", "ⓒKBS News",
                 "• Lesedauer: ca. 2.5 Min.", "Wenn Sie ein Abo haben, loggen Sie sich ein:", "(sda/dpa/afp/ap)"):
        assert line in furniture, (line, furniture)
    assert ("sentence", "Er hofft auf einen nützlichen Besuch.") in pairs(text)  # a source credit makes no caption


def test_a_gallery_of_picture_descriptions_is_furniture_but_one_present_tense_line_is_not() -> None:
    gallery = ("Gipfel in Oslo: Die Ministerinnen einigen sich\n\n"
               "Die Außenministerinnen trafen sich am Montag in Oslo und berieten über die Lage in der Arktis.\n\n"
               "Die beiden Ministerinnen stehen vor dem Rathaus.\n\n"
               "Delegationen aus beiden Ländern sitzen an einem langen Tisch zusammen.\n\n"
               "Die Gastgeberin hält eine Rede beim Abendessen.\n\n"
               "Am Abend reisten die Gäste weiter nach Stockholm.\n")
    assert furniture_of(gallery) == ["Die beiden Ministerinnen stehen vor dem Rathaus.",
                                     "Delegationen aus beiden Ländern sitzen an einem langen Tisch zusammen.",
                                     "Die Gastgeberin hält eine Rede beim Abendessen."], pairs(gallery)
    english = ("Leaders meet in Oslo\n\nThe two ministers met on Monday in Oslo.\n\n"
               "The ministers greet each other outside the city hall\n\nDelegates sit at a long table\n\n"
               "The talks ended after two hours.\n")
    assert furniture_of(english, "en") == ["The ministers greet each other outside the city hall",
                                           "Delegates sit at a long table"], pairs(english, "en")
    story = ("Ministerinnen einig\n\nDie Außenministerinnen trafen sich am Montag in Oslo.\n\n"
             "Die Gastgeberin spricht von einem Erfolg.\n\nDie beiden stehen nun vor schweren Entscheidungen.\n\n"
             "Am Abend reisten die Gäste weiter.\n")
    assert furniture_of(story) == [], pairs(story)  # speech ("spricht von"), and one present-tense line alone


def test_a_list_of_the_storys_names_standing_alone_is_a_caption() -> None:
    page = ("Kim Jong Un und Wladimir Putin\n\nAPA/AP/Alexander Zemlianichenko\n\nKim und Putin\n\n"
            "Gipfel in Wladiwostok\n\n"
            "Der russische Präsident Wladimir Putin und Nordkoreas Machthaber Kim Jong Un haben sich in Wladiwostok "
            "getroffen. Kim reiste mit dem Zug an.\n\n"
            "Emmanuel Macron, Xi Jinping und Ursula von der Leyen.\n\n"
            "Die Gespräche dauerten drei Stunden, sagte Putin danach. Auch Emmanuel Macron und Xi Jinping "
            "telefonierten, Ursula von der Leyen reiste nach Peking.\n\n"
            "Putins Hauptgast\n\nDer Hauptgast war Kim.\n")
    assert furniture_of(page) == ["Kim Jong Un und Wladimir Putin", "APA/AP/Alexander Zemlianichenko", "Kim und Putin",
                                  "Emmanuel Macron, Xi Jinping und Ursula von der Leyen."], pairs(page)
    english = ("Trump Meets Kim\n\nPresident Donald Trump met Kim Jong Un in Singapore.\n\n"
               "Trump and Kim\n\nThe talks lasted for five hours.\n")
    assert furniture_of(english, "en") == ["Trump and Kim"], pairs(english, "en")  # a title-case headline stays


def test_the_storys_names_and_what_they_do_in_a_picture_on_a_line_of_their_own_are_a_caption() -> None:
    page = ("Gipfel in Wladiwostok\n\nKim Jong-un und Wladimir Putin stehen nebeneinander.\n\n"
            "Der russische Präsident Wladimir Putin und Nordkoreas Machthaber Kim Jong-un haben sich in Wladiwostok "
            "getroffen. Kim Jong-un reiste mit dem Zug an.\n\n"
            "Putin und Kim: Lächeln für die Kameras\n\nDanach sprachen Putin und Kim drei Stunden lang.\n\n"
            "Putin steht unter Druck.\n\nAm Abend gab es ein Bankett.\n")
    assert furniture_of(page) == ["Kim Jong-un und Wladimir Putin stehen nebeneinander."], pairs(page)
    english = ("Modi in Moscow\n\nOn Monday, Narendra Modi met Vladimir Putin near Moscow.\n\n"
               "Vladimir Putin and Narendra Modi ride in golf cart during tour of president's residence\n\n"
               "The two leaders talked for hours.\n")
    assert furniture_of(english, "en") == [
        "Vladimir Putin and Narendra Modi ride in golf cart during tour of president's residence"], pairs(english, "en")


def test_an_agency_dateline_with_a_date_and_a_place_colon_opening_a_one_sentence_story() -> None:
    kcna = ("Pyongyang, March 1 (KCNA) -- Kim Jong Un met again with the President at a hotel in Hanoi "
            "on February 28 and held talks that lasted for several hours.\n")
    assert furniture_of(kcna, "en") == ["Pyongyang, March 1 (KCNA) --"], pairs(kcna, "en")
    smh = ("Washington: US President Joe Biden has announced he is withdrawing his bid for the White House, paving "
           "the way for his deputy to become the nominee of his party for the election in November this year.\n\n"
           "He said he would remain in his role until his term ends.\n")
    assert furniture_of(smh, "en") == ["Washington:"], pairs(smh, "en")
    heading = "Washington: Biden gibt auf\n\nDer Präsident zieht sich zurück. Er unterstützt seine Stellvertreterin.\n"
    assert "Washington:" not in furniture_of(heading), pairs(heading)  # a short first line is a heading


def test_page_furniture_of_a_state_visit_page_copyright_bylines_notices_dates_and_caption_markers() -> None:
    page = ("Putin und Kim schließen Beistandspakt\n"
            "Quelle: (c) Copyright Thomson Reuters 2024. Click For Restrictions - https://agency.reuters.com/x.html\n"
            "- von Ju-min Park und Josh Smith\n\n"
            "Seoul (Reuters) - Bei seinem ersten Besuch seit 24 Jahren hat Putin mit Kim einen Pakt geschlossen.\n\n"
            "Russlands Präsident Wladimir Putin (r) und Machthaber Kim Jong Un wollen die Partnerschaft stärken. "
            "Foto: Vladimir Smirnov/Pool/AP/dpa\n"
            "Russlands Präsident Wladimir Putin (r) und Machthaber Kim Jong Un wollen die Partnerschaft stärken.\n\n"
            "Bitte warten Sie während wir den Zugang überprüfen.\n\nTextgröße ändern:\n\n"
            "Peking/Pjöngjang. Wenn zwei Autokratien von einer neuen Ebene sprechen, ist das oft nur Rhetorik.\n\n"
            "Dieser Browser wird nicht mehr unterstützt\n"
            "Bitte wechseln Sie zu einem unterstützten Browser wie Chrome, Firefox, Safari oder Edge.\n\n"
            "19.06.2024\n\n19.06.2024Nach der Visite in Nordkorea war Putin in Vietnam zu Besuch.\n")
    assert furniture_of(page) == [
        "Quelle: (c) Copyright Thomson Reuters 2024. Click For Restrictions - https://agency.reuters.com/x.html",
        "- von Ju-min Park und Josh Smith", "Seoul (Reuters) -",
        "Russlands Präsident Wladimir Putin (r) und Machthaber Kim Jong Un wollen die Partnerschaft stärken.",
        "Foto: Vladimir Smirnov/Pool/AP/dpa",
        "Russlands Präsident Wladimir Putin (r) und Machthaber Kim Jong Un wollen die Partnerschaft stärken.",
        "Bitte warten Sie während wir den Zugang überprüfen.", "Textgröße ändern:", "Peking/Pjöngjang.",
        "Dieser Browser wird nicht mehr unterstützt",
        "Bitte wechseln Sie zu einem unterstützten Browser wie Chrome, Firefox, Safari oder Edge.",
        "19.06.2024", "19.06.2024"], pairs(page)


def test_english_wire_and_page_furniture_of_a_state_visit_and_a_press_release_dateline() -> None:
    page = ("World News\n\nSeoul, June 19\n\nLoading audio...\n\n"
            "PYONGYANG/MOSCOW — Russia and North Korea on Wednesday signed a comprehensive strategic partnership.\n\n"
            "Kim Jong Un takes the wheel of his new Aurus Senat, alongside Vladimir Putin. via REUTERS\n"
            "Kim Jong Un and Vladimir Putin went for a ride together in a limousine on Wednesday POOL/AFP via Getty "
            "Images\n\n"
            "Russia’s President Vladimir Putin, left, and North Korea’s leader Kim Jong Un give a press conference.\n\n"
            "Kim Jong Un and Vladimir Putin walk through a garden of the guest house in Pyongyang\n"
            "Kim Jong Un and Vladimir Putin walk through a garden of the guest house in Pyongyang. Picture: Alamy\n\n"
            "The two leaders then held talks for several hours in the capital.\n\n(RT.com)\n")
    furniture = furniture_of(page, "en")
    assert furniture == ["World News", "Seoul, June 19", "Loading audio...", "PYONGYANG/MOSCOW —",
                         "Kim Jong Un takes the wheel of his new Aurus Senat, alongside Vladimir Putin. via REUTERS",
                         "Kim Jong Un and Vladimir Putin went for a ride together in a limousine on Wednesday POOL/AFP "
                         "via Getty Images",
                         "Russia’s President Vladimir Putin, left, and North Korea’s leader Kim Jong Un give a press "
                         "conference.",
                         "Kim Jong Un and Vladimir Putin walk through a garden of the guest house in Pyongyang",
                         "Kim Jong Un and Vladimir Putin walk through a garden of the guest house in Pyongyang.",
                         "Picture: Alamy", "(RT.com)"], pairs(page, "en")
    german = ("Xi in Moskau\n\nPEKING, 22. März 2023 /PRNewswire/ -- Die Beziehungen zwischen China und Russland haben "
              "an Substanz gewonnen, heißt es in der Mitteilung des Senders.\n\n"
              "Der Besuch dauert drei Tage und endet am Mittwoch in Moskau.\n\n"
              "Der chinesische Staatschef Xi Jinping und der russische Präsident Wladimir Putin.\n"
              "Der chinesische Staatschef Xi Jinping und der russische Präsident Wladimir Putin.\nIMAGO/SNA\n\n"
              "Lesen Sie mit BILDplus, was Putin sich von China will.\n")
    assert furniture_of(german) == [
        "PEKING, 22. März 2023 /PRNewswire/ --",
        "Der chinesische Staatschef Xi Jinping und der russische Präsident Wladimir Putin.",
        "Der chinesische Staatschef Xi Jinping und der russische Präsident Wladimir Putin.", "IMAGO/SNA",
        "Lesen Sie mit BILDplus, was Putin sich von China will."], pairs(german)


def test_page_chrome_agency_and_capital_datelines_and_glued_credits_of_two_more_events() -> None:
    page = ("All news\n\nUS EditionChange\n\nSign up to our newslettersSupport Now\nMore\n\n"
            "MOSCOW, July 9. /TASS/. Russian President Vladimir Putin has presented an order to the Indian prime "
            "minister at the Kremlin.\n\n"
            "Indian Prime Minister Narendra Modi and Russian President Vladimir Putin Sergey Bobylev/POOL/TASS\n\n"
            "NEW DELHI: Prime Minister Narendra Modi was congratulated by the Russian president on his victory.\n\n"
            "Whether $5 or $50, every contribution counts.\n")
    assert furniture_of(page, "en") == [
        "All news", "US EditionChange", "Sign up to our newslettersSupport Now", "More", "MOSCOW, July 9. /TASS/.",
        "Indian Prime Minister Narendra Modi and Russian President Vladimir Putin Sergey Bobylev/POOL/TASS",
        "NEW DELHI:", "Whether $5 or $50, every contribution counts."], pairs(page, "en")
    german = ("Biden trifft Xi\n\n"
              "Biden und Xi treffen sich vor dem Gipfel Sandra Ratzow, ARD Singapur, Tagesschau um 12:00 Uhr, "
              "14.11.2022\n\nTill Fähnders Politischer Korrespondent für Südostasien. Folgen Ich folge\n\n"
              "Peking, China (ots/PRNewswire) -China und die Vereinigten Staaten einigten sich am Montag auf "
              "weitere Gespräche.\n\nUS-Präsident Joe Biden (l), trifft den chinesischen Präsidenten Xi Jinping "
              "vor dem Gipfel.\n")
    assert furniture_of(german) == [
        "Biden und Xi treffen sich vor dem Gipfel Sandra Ratzow, ARD Singapur, Tagesschau um 12:00 Uhr, 14.11.2022",
        "Till Fähnders Politischer Korrespondent für Südostasien. Folgen Ich folge",
        "Peking, China (ots/PRNewswire) -",
        "US-Präsident Joe Biden (l), trifft den chinesischen Präsidenten Xi Jinping vor dem Gipfel."], pairs(german)


def test_picture_services_consent_placeholders_site_titles_iso_dates_and_source_notes() -> None:
    page = ("Xi schlägt vier Grundsätze vor - Xinhua | German.news.cn\n\n"
            "2024-04-17 07:54:00| German.news.cn\n\n"
            "BEIJING, 16. April (Xinhua) -- Der chinesische Staatspräsident Xi Jinping hat am Dienstag vier Grundsätze "
            "vorgeschlagen.\n\n"
            "Der deutsche Bundeskanzler und Chinas Präsident sitzen sich bei einem Treffen gegenüber\n"
            "picturedesk.com/dpa/Michael Kappeler\n\n"
            "Hier wird Inhalt angezeigt, der zusätzliche Cookies setzt.\n\n"
            "Die Gespräche dauerten drei Stunden.\n\n(gemäß der Nachrichtenagentur Xinhua)\n\n"
            "Diese Meldung stammt aus dem folgenden Briefing des Dossiers Platz der Republik:\n")
    assert furniture_of(page) == [
        "- Xinhua | German.news.cn", "2024-04-17 07:54:00| German.news.cn", "BEIJING, 16. April (Xinhua) --",
        "Der deutsche Bundeskanzler und Chinas Präsident sitzen sich bei einem Treffen gegenüber",
        "picturedesk.com/dpa/Michael Kappeler", "Hier wird Inhalt angezeigt, der zusätzliche Cookies setzt.",
        "(gemäß der Nachrichtenagentur Xinhua)",
        "Diese Meldung stammt aus dem folgenden Briefing des Dossiers Platz der Republik:"], pairs(page)


def test_breadcrumb_trails_repeated_captions_consent_notices_and_lone_dates() -> None:
    page = ("Tagesblick\n\n"
            "Ein Handschlag an der Grenze\n\n"
            "Sie sind hier:\n\n"
            "Gipfel in Korea - Ein Handschlag an der Grenze\n\n"
            "Datum:\n\n"
            "Der Präsident überquerte am Sonntag die Grenze. Danach sprachen beide eine Stunde lang.\n\n"
            "Analyse zum Treffen an der Grenze\nAnalyse zum Treffen an der Grenze\nQuelle: dpa\n\n"
            "Die Gespräche sollen in zwei Wochen fortgesetzt werden, sagte ein Sprecher am Abend.\n\n"
            "30.6.2019 - 09:08\n\n"
            "Ein Klick für den Datenschutz\n\n"
            "Erst wenn Sie hier klicken, werden Bilder und andere Daten von Drittanbietern nachgeladen. Ihre "
            "IP-Adresse wird dabei an externe Server übertragen.\n\n"
            "Mehr zum Thema - Umfrage: Die Mehrheit begrüßt das Treffen\n")
    kinds = dict((t, k) for k, t in pairs(page))
    assert kinds["Ein Handschlag an der Grenze"] == "headline"  # the breadcrumb repeats it: the page's title
    assert furniture_of(page) == [
        "Tagesblick", "Sie sind hier:", "Gipfel in Korea - Ein Handschlag an der Grenze", "Datum:",
        "Analyse zum Treffen an der Grenze", "Analyse zum Treffen an der Grenze", "Quelle: dpa", "30.6.2019 - 09:08",
        "Ein Klick für den Datenschutz",
        "Erst wenn Sie hier klicken, werden Bilder und andere Daten von Drittanbietern nachgeladen. Ihre IP-Adresse "
        "wird dabei an externe Server übertragen.",
        "Mehr zum Thema - Umfrage: Die Mehrheit begrüßt das Treffen"], pairs(page)


def test_english_language_switch_live_blog_times_agency_credits_and_a_dateline_after_a_summary() -> None:
    page = ("English English हिन्दी Hindi বাংলা Bengali मराठी Marathi தமிழ் Tamil\n\n"
            "Leaders Say Talks in the Capital Went Well\n\n"
            "The two presidents said on Monday that their first summit had been useful and promised to meet again "
            "before the end of the year.\n\n"
            "The two presidents shake hands before their talks at the palace in the capital, Monday. (AP Photo)\n\n"
            "Helsinki: The two presidents met for more than four hours in the palace on Monday. They spoke of "
            "arms control.\n\n"
            "• 18:18\n\n06:52 GMT23 June 2021\n\n"
            "WASHINGTON (Sputnik) - The United Nations welcomed the talks on arms control on Monday evening.\n\n"
            "By RFE/RL\n\nSign up for The Daily's Free Newsletters\n\n"
            "From our morning briefing to a weekly digest, get the best news delivered directly to your inbox.\n\n"
            "Can't connect right now! retry\n\nworld\n\nfb-pixel Skip to main content\n")
    assert furniture_of(page, "en") == [
        "English English हिन्दी Hindi বাংলা Bengali मराठी Marathi தமிழ் Tamil",
        "The two presidents shake hands before their talks at the palace in the capital, Monday. (AP Photo)",
        "Helsinki:", "• 18:18", "06:52 GMT23 June 2021", "WASHINGTON (Sputnik) -", "By RFE/RL",
        "Sign up for The Daily's Free Newsletters",
        "From our morning briefing to a weekly digest, get the best news delivered directly to your inbox.",
        "Can't connect right now! retry", "world", "fb-pixel Skip to main content"], pairs(page, "en")


def test_bylines_with_place_or_mail_alt_texts_slugs_video_lengths_widget_errors_and_archive_notices() -> None:
    german = ("Gipfel in Moskau\n\nAnna Muster, Brüssel / ch media\n\nOnline seit gestern, 19.41 Uhr (Update: gestern, "
              "20.21 Uhr)\n\nMuster, Anna | 06. Juli 2024, 07:47 Uhr\n\n"
              "Der Premier steht vor Flaggen am Rednerpult und ist im Profil zu sehen\n\n"
              "Der Premier hat den Präsidenten am Freitag in Moskau getroffen, trotz der Kritik aus Brüssel. "
              "(sda/dpa/afp/ap)\n")
    assert furniture_of(german) == [
        "Anna Muster, Brüssel / ch media", "Online seit gestern, 19.41 Uhr (Update: gestern, 20.21 Uhr)",
        "Muster, Anna | 06. Juli 2024, 07:47 Uhr",
        "Der Premier steht vor Flaggen am Rednerpult und ist im Profil zu sehen", "(sda/dpa/afp/ap)"], pairs(german)
    english = ("Contact Us\n\nLeaders Meet in the Capital-Xinhua\n\nSUMMIT-LEADERS-PRESS CONFERENCE\n\n"
               "The president speaks during a press conference in the capital on June 12. (Xinhua/Li Wei)\n\n"
               "icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon chevron lefticon\n\n"
               "The leaders meeting face-to-face 0:37\n\n"
               "This story is no longer being updated. For the latest information, click here.\n\n"
               "- By ANNA MUSTER In the Capital newsdesk@example.com\n\n"
               "The president arrived earlier in the day for a two-day state visit.\n\n"
               "The visit is his first since the election in March.\n\n"
               "[READ: The full text of the joint statement]\n\nALSO SEE: Markets rise after the summit\n\n"
               "The leaders seemed to agree on the major issues (Reuters image, May 16, 2024)\n\n"
               "Something went wrong.\n\nPlease try again later.\n")
    assert furniture_of(english, "en") == [
        "Contact Us", "-Xinhua", "SUMMIT-LEADERS-PRESS CONFERENCE",
        "The president speaks during a press conference in the capital on June 12. (Xinhua/Li Wei)",
        "icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon chevron lefticon",
        "The leaders meeting face-to-face 0:37",
        "This story is no longer being updated. For the latest information, click here.",
        "- By ANNA MUSTER In the Capital newsdesk@example.com", "[READ: The full text of the joint statement]",
        "ALSO SEE: Markets rise after the summit",
        "The leaders seemed to agree on the major issues (Reuters image, May 16, 2024)", "Something went wrong.",
        "Please try again later."], pairs(english, "en")


def test_gallery_markers_copyright_footers_glued_credits_and_ticker_times() -> None:
    gallery = ("Treffen in Moskau\n\nDer Premier ist am Montag in Moskau eingetroffen und hat den Präsidenten getroffen.\n\n"
               "wladimir putin\n\nDer Gast teilt Bilder von seinem Besuch.\n\nwladimir putin\n\n"
               "Die beiden Staatschefs unterhalten sich, trinken Tee.\n\nwladimir putin\n\n"
               "Über den Angriff verliert der Gast keine Worte, sagte ein Sprecher am Abend in Kiew.\n\n"
               "Und nicht nur der Präsident der Ukraine beklagte die freundschaftlichen Gesten.\n\n© Euronews\n")
    found = furniture_of(gallery)
    assert found == ["wladimir putin", "Der Gast teilt Bilder von seinem Besuch.", "wladimir putin",
                     "Die beiden Staatschefs unterhalten sich, trinken Tee.", "wladimir putin", "© Euronews"], found
    page = ("dpa 08.07.2024 - 19:37 Uhr\n\nAnna Muster / t-online\n\n"
            "Foto: Saul Loeb / dpaNach monatelangen Spannungen kehren die Botschafter an ihren Einsatzort zurück.\n\n"
            "19:54 Der US-Präsident beendet die Pressekonferenz etwas abrupt.\n\n0:00 Anhören\n\n"
            "Anna Muster, Genf 16.06.2021, 22.38 Uhr\n\nSuch IconE-Mail IconMenü Icon\n\n"
            "Auf Facebook teilenAuf x.com teilenAuf Pinterest teilen\n\nt-online - Nachrichten für Deutschland\n\n"
            "Die beiden umarmen sich beim Empfang in Moskau herzlich. - kremlin.ru\n\nDeutsche Redaktion\n")
    assert furniture_of(page) == [
        "dpa 08.07.2024 - 19:37 Uhr", "Anna Muster / t-online", "Foto: Saul Loeb / dpa", "19:54", "0:00 Anhören",
        "Anna Muster, Genf 16.06.2021, 22.38 Uhr", "Such IconE-Mail IconMenü Icon",
        "Auf Facebook teilenAuf x.com teilenAuf Pinterest teilen", "t-online - Nachrichten für Deutschland",
        "Die beiden umarmen sich beim Empfang in Moskau herzlich. - kremlin.ru", "Deutsche Redaktion"], pairs(page)
    english = ("The two leaders are pictured in front of the hall in the capital on April 6, 2023. (Pool photo)(Kyodo)\n\n"
               "The president said the talks had been useful and would go on next month. (Read more Macron stories.)\n")
    assert furniture_of(english, "en") == [
        "The two leaders are pictured in front of the hall in the capital on April 6, 2023. (Pool photo)(Kyodo)",
        "(Read more Macron stories.)"], pairs(english, "en")


def test_live_ticker_pointers_and_controls_dates_glued_to_headlines_and_rubrics() -> None:
    page = ("27. April 2018, 11:04 Uhr Gipfeltreffen an der Grenze vereinbart\n\nUSA/China\n\n"
            "Von Anna Muster, Washington Artikel anhören\n\n"
            "Die beiden Präsidenten trafen sich am Freitag an der Grenze und sprachen zwei Stunden lang.\n\n"
            "Alle Entwicklungen live im Ticker:\n\nNeueste zuerst Älteste zuerst Das Wichtigste\n\n"
            "Neuen Beitrag anzeigen\n\n"
            "Alle Berichte, Analysen und Kommentare zum Gipfeltreffen finden Sie auf unserer Themenseite.\n")
    assert furniture_of(page) == [
        "27. April 2018, 11:04 Uhr", "USA/China", "Von Anna Muster, Washington Artikel anhören",
        "Alle Entwicklungen live im Ticker:", "Neueste zuerst Älteste zuerst Das Wichtigste", "Neuen Beitrag anzeigen",
        "Alle Berichte, Analysen und Kommentare zum Gipfeltreffen finden Sie auf unserer Themenseite."], pairs(page)


def test_caps_datelines_date_labels_agency_captions_and_pointers_to_video_and_stories() -> None:
    page = ("Aktualisiert am\n\nHANOI. Das Gipfeltreffen der beiden endete am Donnerstag vorzeitig und ohne eine "
            "Einigung.\n\nMauer des Kreml in Moskau, über dts Nachrichtenagentur\n\n"
            "Sehen Sie die Pressekonferenz der beiden hier in voller Länge.\n\n"
            "Lesen Sie auch Ukraine-Krise Das hat Putin in der Hinterhand\n\n"
            "• Foto: picture alliance/dpa/Deutsche Botschaft Moskau\n\n"
            "Die Gespräche dauerten vier Stunden. Mehr dazu lesen Sie hier.\n")
    assert furniture_of(page) == [
        "Aktualisiert am", "HANOI.", "Mauer des Kreml in Moskau, über dts Nachrichtenagentur",
        "Sehen Sie die Pressekonferenz der beiden hier in voller Länge.",
        "Lesen Sie auch Ukraine-Krise Das hat Putin in der Hinterhand",
        "• Foto: picture alliance/dpa/Deutsche Botschaft Moskau", "Mehr dazu lesen Sie hier."], pairs(page)


def test_a_byline_and_player_glued_to_a_title_and_a_video_pointer_inside_a_teaser() -> None:
    page = ("Annäherung in Kalifornien Xi zeigt Biden sein Auto Von Anna Muster, Washington Artikel anhören\n\n"
            "Der Kanzler ist zu Gesprächen in Moskau. Sehen Sie die Pressekonferenz hier in voller Länge.\n\n"
            "Die beiden sprachen vier Stunden lang über die Lage in der Ukraine und über Energie.\n")
    assert furniture_of(page) == ["Von Anna Muster, Washington Artikel anhören",
                                  "Sehen Sie die Pressekonferenz hier in voller Länge."], pairs(page)


def test_a_video_players_embedding_box_and_the_title_above_a_broadcast_credit() -> None:
    page = ("Gipfel in Peking\n\nDie beiden Präsidenten trafen sich am Freitag. Sie sprachen über Handel.\n\n"
            "Präsident besucht erstmals seit Jahren das Nachbarland\n"
            "tagesschau 20:00 Uhr, 03.05.2021, Anna Muster, ARD Peking\n\n"
            "Download der Videodatei\n\n"
            "Hinweis: Falls die Videodatei beim Klicken nicht automatisch gespeichert wird, klicken Sie rechts.\n\n"
            "Video einbetten\n\n"
            "Nutzungsbedingungen Embedding: Durch Anklicken erkennt der Nutzer die AGB an. Damit wird dem Nutzer "
            "die unentgeltliche Nutzung des Players eingeräumt. Der Nutzer erkennt die Verantwortung für die "
            "bereitgestellten Inhalte an.\n")
    assert furniture_of(page) == [
        "Präsident besucht erstmals seit Jahren das Nachbarland",
        "tagesschau 20:00 Uhr, 03.05.2021, Anna Muster, ARD Peking", "Download der Videodatei",
        "Hinweis: Falls die Videodatei beim Klicken nicht automatisch gespeichert wird, klicken Sie rechts.",
        "Video einbetten", "Nutzungsbedingungen Embedding: Durch Anklicken erkennt der Nutzer die AGB an.",
        "Damit wird dem Nutzer die unentgeltliche Nutzung des Players eingeräumt.",
        "Der Nutzer erkennt die Verantwortung für die bereitgestellten Inhalte an."], pairs(page)


def test_tips_ad_labels_agency_lists_two_word_datelines_and_tweets_in_the_other_language() -> None:
    page = ("Kanzler in Washington\n\n"
            "Neu Delhi: Der Premier ist am Montag zu einem zweitägigen Besuch eingetroffen. Er traf den Präsidenten.\n\n"
            "Lese-Tipp: Zehn Stunden voller Spannung in der Hauptstadt\n\nVideo-Tipp: Was der Präsident sagt\n\n"
            "Anzeige:\nEmpfehlungen unserer Partner\n\n"
            "Received a call from the president last night and he said that the talks went very well.\n\n"
            "Die Gespräche dauerten drei Stunden. Sie sollen fortgesetzt werden. (TT, APA, dpa)\n")
    assert furniture_of(page) == [
        "Neu Delhi:", "Lese-Tipp: Zehn Stunden voller Spannung in der Hauptstadt",
        "Video-Tipp: Was der Präsident sagt", "Anzeige:", "Empfehlungen unserer Partner",
        "Received a call from the president last night and he said that the talks went very well.",
        "(TT, APA, dpa)"], pairs(page)
    english = "The talks lasted four hours.\n\nDie Gespräche dauerten vier Stunden und waren gut für das Land.\n"
    assert furniture_of(english, "en") == ["Die Gespräche dauerten vier Stunden und waren gut für das Land."]


def test_a_short_subhead_between_story_paragraphs_is_no_section_label() -> None:
    page = ("Treffen am Rhein\n\nDie Kanzlerin empfing den Gast am Morgen. Beide sprachen lange.\n\n"
            "Eine heikle Mission\n\n"
            "Der Besuch galt als schwierig. Am Ende lobten sich beide gegenseitig.\n\nTrending News\n")
    assert "Eine heikle Mission" not in furniture_of(page)
    assert "Trending News" in furniture_of(page)


def test_short_lines_shown_twice_glued_breadcrumbs_summary_boxes_and_cookie_consent() -> None:
    page = ("Gipfel in Peking\n\nHomePolitikAuslandInternationale Politik\n\nAnna Muster\n\n20.6.2024\n\n"
            "Die beiden Präsidenten trafen sich am Freitag in Peking. Sie sprachen vier Stunden lang.\n\n"
            "Keine Zeit? blue News fasst für dich zusammen Die beiden Präsidenten sprachen in Peking vier Stunden "
            "lang über Handel.\n\n"
            "An dieser Stelle finden Sie einen externen Inhalt. Falls Sie einverstanden sind, können Sie alle "
            "Cookies zulassen und externe Inhalte direkt anzeigen.\n\n"
            "Anna Muster\n\n20.6.2024\n\nDer Besuch dauert bis Sonntag.\n")
    assert furniture_of(page) == [
        "HomePolitikAuslandInternationale Politik", "Anna Muster", "20.6.2024",
        "Keine Zeit? blue News fasst für dich zusammen",
        "An dieser Stelle finden Sie einen externen Inhalt. Falls Sie einverstanden sind, können Sie alle Cookies "
        "zulassen und externe Inhalte direkt anzeigen.", "Anna Muster", "20.6.2024"], pairs(page)


def test_a_title_shown_twice_stays_the_headline_and_a_repeated_sentence_stays_story() -> None:
    page = ("Putin in Peking\n\nPutin in Peking\n\nDie beiden Präsidenten trafen sich am Freitag.\n\n"
            "Es regnete.\n\nSie sprachen lange.\n\nEs regnete.\n")
    assert furniture_of(page) == ["Putin in Peking"], pairs(page)


def test_skip_links_box_toggles_recommendations_consent_placeholders_and_ticker_pointers() -> None:
    page = ("Zum Menü Zum Inhalt\n\nTrump-Xi-Treffen geht zu Ende\n\nWrite: 2025-10-30 13:29:15\n\n"
            "Trump und Xi trafen sich am Donnerstag in Busan. Das Treffen dauerte zwei Stunden.\n\n"
            "Von Peter Burghardt und Daniel Brössler, Washington/Berlin\n\n30.10.2025, 06:20 Uhr Artikel anhören\n\n"
            "Merz erklärte nach dem Treffen, es gebe Fortschritte. Alle Entwicklungen im Newsticker.\n\n"
            "Box aufklappen Box zuklappen\n\n- logo-icon\n\n"
            "An dieser Stelle hat unsere Redaktion Inhalte von Twitter / X eingebunden.\n\n"
            "Aufgrund Ihrer Datenschutz-Einstellungen wurden diese Inhalte nicht geladen.\n\n"
            "Unsere Empfehlung für Sie Treffen von Trump und Xi Einigung zu seltenen Erden Was die Vereinbarung "
            "bedeutet.\n\nAlles zum Thema Westdeutscher Rundfunk\n")
    assert furniture_of(page) == [
        "Zum Menü Zum Inhalt", "Write: 2025-10-30 13:29:15",
        "Von Peter Burghardt und Daniel Brössler, Washington/Berlin", "30.10.2025, 06:20 Uhr Artikel anhören",
        "Alle Entwicklungen im Newsticker.", "Box aufklappen Box zuklappen", "- logo-icon",
        "An dieser Stelle hat unsere Redaktion Inhalte von Twitter / X eingebunden.",
        "Aufgrund Ihrer Datenschutz-Einstellungen wurden diese Inhalte nicht geladen.",
        "Unsere Empfehlung für Sie Treffen von Trump und Xi Einigung zu seltenen Erden Was die Vereinbarung bedeutet.",
        "Alles zum Thema Westdeutscher Rundfunk"], pairs(page)


def test_english_ad_controls_bylines_with_agency_video_pointers_and_date_agency_datelines() -> None:
    page = ("Trump warns Zelensky in heated talks\n\n"
            "By Hadriana Lowenkron, Josh Wingrove and Jennifer A. Dlouhy Bloomberg News\n\n"
            "By contributor David Lynch, Caitlin Doherty and Helen Corbett, PA\n\nXinhua) 09:21, March 01, 2025\n\n"
            "Nov. 14 (UPI) -- President Trump met President Zelensky at the White House on Friday for talks.\n\n"
            "Hide AdAdvertisement\n\nHide AdThe meeting ended in a shouting match between the two presidents.\n\n"
            "You can see the final 10 minutes of that meeting in the following video.\n\n"
            "APTOPIX Trump Zelenskyy\n\nWith inputs from AFP\n\nRead next: Biden lands in Bali for G20 Summit\n\n"
            "Trump meets Zelensky at the White House on Feb. 28, 2025. (REUTERS)\n"
            "Trump meets Zelensky at the White House on Feb. 28, 2025. (REUTERS)\n\n"
            "Zelensky left the White House early, and the deal was not signed.\n")
    assert furniture_of(page, "en") == [
        "By Hadriana Lowenkron, Josh Wingrove and Jennifer A. Dlouhy Bloomberg News",
        "By contributor David Lynch, Caitlin Doherty and Helen Corbett, PA", "Xinhua) 09:21, March 01, 2025",
        "Nov. 14 (UPI) --", "Hide AdAdvertisement", "Hide Ad",
        "You can see the final 10 minutes of that meeting in the following video.", "APTOPIX Trump Zelenskyy",
        "With inputs from AFP", "Read next: Biden lands in Bali for G20 Summit",
        "Trump meets Zelensky at the White House on Feb. 28, 2025.", "(REUTERS)",
        "Trump meets Zelensky at the White House on Feb. 28, 2025.", "(REUTERS)"], pairs(page, "en")


def test_glued_credits_place_lists_agency_dates_enlarge_buttons_and_outlet_bylines() -> None:
    page = ("Macron in Peking\n\nEmmanuel Macron und Xi Jinping.\n"
            "Foto: REUTERSPeking, Berlin, Paris. Zufrieden applaudiert Xi Jinping, als die Verträge unterzeichnet "
            "werden.\n\n  • AFP - 6. Mai 2024, 19:30 Uhr\n\nBild vergrößern: Macron dankt Xi für die Unterstützung\n\n"
            "Von Euronews mit AP\n\nDer Präsident reist am Freitag nach Kanton weiter und trifft dort Studenten.\n")
    assert furniture_of(page) == [
        "Foto: REUTERS", "Peking, Berlin, Paris.", "• AFP - 6. Mai 2024, 19:30 Uhr",
        "Bild vergrößern: Macron dankt Xi für die Unterstützung", "Von Euronews mit AP"], pairs(page)


def test_english_picture_agency_captions_tweets_archive_notices_widgets_and_caption_labels() -> None:
    page = ("Trump steps into North Korea\n\nID : 536627\n\nThis article is more than 3 months old\n\n"
            "Michael Howie7 February 2022\n\nCOMMERCIAL BREAK\nSCROLL TO CONTINUE READING\n\n"
            "The meeting was the first since the talks in Hanoi. (RELATED: Why the Hanoi talks fell apart)\n\n"
            "PANMUNJOM, SOUTH KOREA - JUNE 30: A handout photo of Kim Jong Un and Donald Trump in the zone.\n\n"
            "Leaving South Korea after a wonderful meeting with Chairman Kim. — Donald J. Trump (@realDonaldTrump) "
            "June 30, 2019\n\nMacron met Putin in Moscow.(Sputnik/Kremlin via Reuters)\n\n"
            "Beta V.1.0 - Powered by automated translation\n\n"
            "We’re sorry, this feature is currently unavailable. Please try again later.\n\n"
            "Putin and Macron meet in the Kremlin in Moscow, RussiaImage source, EPA\nImage caption,\n"
            "Putin hinted that progress had been made\n\nKim welcomes Trump to North Korea – video\n\n"
            "Trump and Kim talked for almost an hour at the border on Sunday.\n")
    assert furniture_of(page, "en") == [
        "ID : 536627", "This article is more than 3 months old", "Michael Howie7 February 2022", "COMMERCIAL BREAK",
        "SCROLL TO CONTINUE READING", "(RELATED: Why the Hanoi talks fell apart)",
        "PANMUNJOM, SOUTH KOREA - JUNE 30: A handout photo of Kim Jong Un and Donald Trump in the zone.",
        "Leaving South Korea after a wonderful meeting with Chairman Kim. — Donald J. Trump (@realDonaldTrump) "
        "June 30, 2019", "Macron met Putin in Moscow.(Sputnik/Kremlin via Reuters)",
        "Beta V.1.0 - Powered by automated translation",
        "We’re sorry, this feature is currently unavailable. Please try again later.", "Image source, EPA",
        "Image caption,", "Putin hinted that progress had been made",
        "Kim welcomes Trump to North Korea – video"], pairs(page, "en")


def test_a_fact_box_title_and_toggle_glued_to_its_text() -> None:
    page = ("Gipfel in Busan\n\nTrump und Xi trafen sich am Donnerstag in Busan. Sie sprachen über Zölle.\n\n"
            "Kurzeinschätzung des SRF-China-Korrespondenten Box aufklappen Box zuklappen «Noch fehlen konkrete "
            "Fakten, was Trump und Xi genau verhandelt haben.»\n")
    assert furniture_of(page) == ["Kurzeinschätzung des SRF-China-Korrespondenten Box aufklappen Box zuklappen"], \
        pairs(page)


def test_video_teasers_lone_datelines_name_bylines_paywalls_and_tweet_authors() -> None:
    page = ("Selenskyj in Washington\n\nSehen Sie im Video: Selenskyj wirbt um Unterstützung. STORY: Am Ende seiner "
            "Rede überreicht der Präsident eine Fahne.\n\nFabian Fellmann , Florian Hassel\n\n"
            "Hamburg (dts Nachrichtenagentur) – Das Treffen von Trump und Putin dauerte mehr als zwei Stunden.\n\n"
            "Moskau - «Das alles führt zweifellos zu einer Verschärfung des Konflikts», sagte Kremlsprecher Peskow.\n\n"
            "Epoch Times7. Juli 2017\n\nBeitragslänge:\n\nBild nicht mehr verfügbar.\n\nPresident Obama @POTUS\n\n"
            "Anzeigen An dieser Stelle finden Sie einen externen Inhalt (Twitter).\n\n"
            "Hier geht es zu unserem G20-Newsblog\n\n"
            "Um den ganzen Artikel zu lesen, benötigen Sie ein Abonnement.\n")
    assert furniture_of(page) == [
        "Sehen Sie im Video: Selenskyj wirbt um Unterstützung. STORY:", "Fabian Fellmann , Florian Hassel",
        "Hamburg (dts Nachrichtenagentur) –", "Moskau -", "Epoch Times7. Juli 2017", "Beitragslänge:",
        "Bild nicht mehr verfügbar.", "President Obama @POTUS",
        "Anzeigen An dieser Stelle finden Sie einen externen Inhalt (Twitter).",
        "Hier geht es zu unserem G20-Newsblog", "Um den ganzen Artikel zu lesen, benötigen Sie ein Abonnement."], \
        pairs(page)


def test_share_appeals_date_labels_recommendations_newsletters_browser_notices_and_share_bars() -> None:
    page = ("Merkel bei Trump\n\nzur Navigation springen\n\nPubliziert: 17.03.2017 um 16:19 Uhr\n\n"
            "Veröffentlicht: Aktualisiert:\n\n"
            "Washington (AFP). Bundeskanzlerin Merkel und US-Präsident Trump haben sich im Weißen Haus getroffen.\n\n"
            "Gefällt Ihnen dieser Beitrag? Dann teilen Sie ihn bitte in den sozialen Medien.\n\n"
            "Das könnte dich auch noch interessieren:\n\nSZ-Plus-Abonnenten lesen auch:\n\n"
            "Newsletter zur Bundestagswahl Bestellen Sie hier den wöchentlichen Newsletter Jetzt anmelden\n\n"
            "Ihr Browser ist veraltet. Bitte aktualisieren Sie Ihren Browser auf die neueste Version.\n\n"
            "WhatsApp E-Mail LinkedIn Flipboard Pocket Drucken\n\nDie beiden sprachen über Handel und die Nato.\n")
    assert furniture_of(page) == [
        "zur Navigation springen", "Publiziert: 17.03.2017 um 16:19 Uhr", "Veröffentlicht: Aktualisiert:",
        "Washington (AFP).", "Gefällt Ihnen dieser Beitrag? Dann teilen Sie ihn bitte in den sozialen Medien.",
        "Das könnte dich auch noch interessieren:", "SZ-Plus-Abonnenten lesen auch:",
        "Newsletter zur Bundestagswahl Bestellen Sie hier den wöchentlichen Newsletter Jetzt anmelden",
        "Ihr Browser ist veraltet. Bitte aktualisieren Sie Ihren Browser auf die neueste Version.",
        "WhatsApp E-Mail LinkedIn Flipboard Pocket Drucken"], pairs(page)


def test_glued_datelines_ticker_pointers_correction_buttons_sigils_chips_and_reading_times() -> None:
    page = ("Trump vereidigt\n\nVon afp , dpa , mk , aj Aktualisiert am 21.01.2025 - 01:36 Uhr Lesedauer: 4 Min.\n\n"
            "Stand:\n\n× trump\n\nWeitere Meldungen\n\n"
            "Fulda (ots) -Besuche von US-Präsidenten in Berlin haben oft etwas Historisches an sich.\n\n"
            "Moskau, 8. Mai (Hibya) – Xi Jinping und Wladimir Putin trafen sich am Donnerstag im Kreml.\n\n"
            "Von REDAKTION | Aus Sicherheitsgründen fand die Vereidigung in der Rotunda des Kapitols statt.\n\n"
            "Trump ist als 47. Präsident vereidigt worden. PULS 24 berichtet live.\n\n"
            "+++ Hier im oe24-LIVE-Ticker lesen Sie alles zur Amtseinführung +++\n\n"
            "Fehler im Artikel gefunden? Jetzt melden.\n\n(vatican news - cs)\n")
    assert furniture_of(page) == [
        "Von afp , dpa , mk , aj Aktualisiert am 21.01.2025 - 01:36 Uhr Lesedauer: 4 Min.", "Stand:", "× trump",
        "Weitere Meldungen", "Fulda (ots) -", "Moskau, 8. Mai (Hibya) –", "Von REDAKTION |", "PULS 24 berichtet live.",
        "+++ Hier im oe24-LIVE-Ticker lesen Sie alles zur Amtseinführung +++",
        "Fehler im Artikel gefunden? Jetzt melden.", "(vatican news - cs)"], pairs(page)


def test_page_controls_in_a_bulleted_list_a_field_label_and_a_read_on_link_are_furniture() -> None:
    """Pages never seen before: a share button written as a list item ("• Share full article"), a video's field
    label above its value ("Videolänge:" above "31 min"), and the link to the rest of a teaser ("Continue
    reading..."). A list item that is a sentence stays one, and so does a line ending in a colon above the story."""
    page = ("Biden in Berlin\n\nKurz vor Ende seiner Amtszeit ist US-Präsident Biden in Berlin.\n\n"
            "Videolänge:\n31 min\n\n• Drucken\n\n• Biden trifft Scholz im Kanzleramt.\n\n"
            "Scholz sagte:\n\nDas Treffen war wichtig für beide Länder.\n\nContinue reading...\n")
    assert furniture_of(page) == ["Videolänge:", "31 min", "• Drucken", "Continue reading..."], pairs(page)
    english = ("Biden and Sunak agree on economic ties\n\nThe leaders met in Washington on Thursday.\n\n"
               "  • Share full article\n\nThey also spoke about Ukraine.\n")
    assert furniture_of(english, "en") == ["• Share full article"], pairs(english, "en")


def test_leaders_holding_talks_is_no_picture_description() -> None:
    """"hold talks" is what a headline says, not what a picture shows: two such lines in a row are no gallery."""
    page = ("Monday, May 16, 2022\n\nPrime Minister and Chinese President hold bilateral talks at Chequers\n\n"
            "Prime Minister and President hold talks on trade and security\n\n"
            "David Cameron and President Xi held talks at Chequers on Thursday. They spoke about trade.\n")
    assert furniture_of(page, "en") == ["Monday, May 16, 2022"], pairs(page, "en")


def test_a_pages_header_related_story_links_and_a_videos_title_are_furniture_and_its_headline_stays() -> None:
    """A page seen for the first time: numbered skip links, a date line with its time before the date, the
    headline between a section label and the date (a title of two content words sharing one with the story), the
    headings under "Zum Thema:", a video's title above its running time and an editor's initials."""
    page = ("1. Zum Inhalt springen\n  2. Zur Hauptnavigation springen\nPolitik\n\nHandschlag beim Fototermin\n\n"
            "06:30 24 Oktober 2019\n\n"
            "Seit Tagen war über ein Treffen der beiden Präsidenten Trump und Putin spekuliert worden. Nach dem "
            "Fototermin gingen beide getrennt zum Bankett des Gipfels.\n\n"
            "Treffen der Pazifikanrainer in Vietnam\n\n02:22\n\nuh/qu\n\nZum Thema:\n\n"
            "Merkel eröffnet G20-Gipfel in Hamburg\nDarüber sprach Trump mit Merkel vor G20-Gipfel\n")
    assert furniture_of(page) == ["1. Zum Inhalt springen", "2. Zur Hauptnavigation springen", "Politik",
                                  "06:30 24 Oktober 2019", "Treffen der Pazifikanrainer in Vietnam", "02:22", "uh/qu",
                                  "Zum Thema:", "Merkel eröffnet G20-Gipfel in Hamburg",
                                  "Darüber sprach Trump mit Merkel vor G20-Gipfel"], pairs(page)


def test_a_headline_naming_two_people_and_what_they_do_stays_the_headline_where_no_title_came_before() -> None:
    """A picture description without a full stop before the page's title is that title: the caption rule for names
    and a scene ("Kim Jong-un und Wladimir Putin stehen nebeneinander.") leaves it alone."""
    headline = ("SNA Radio\n\nPutin und Trump schütteln sich die Hand zum ersten Mal\n\n"
                "Die Präsidenten Wladimir Putin und Donald Trump haben sich am Rande des G20 in Hamburg begrüßt. "
                "Putin und Trump schüttelten einander die Hand.\n")
    assert ("headline", "Putin und Trump schütteln sich die Hand zum ersten Mal") in pairs(headline), pairs(headline)


def test_an_english_pages_gallery_counter_dateline_read_also_link_video_title_and_disclaimer_are_furniture() -> None:
    page = ("Back to Main page\nPutin, Trump shake hands at APEC summit\n\nNovember 10, 17:17 UTC+3 DANANG\n\n"
            "Image 1 of 4\n\n"
            "Russian President Vladimir Putin and his US counterpart Donald Trump have shaken hands and held a brief "
            "conversation at the APEC summit.\n\nRead also\n\nKremlin aide comments on Putin-Trump meeting\n\n"
            "Trump stood on Putin's right for the group photo and the two leaders shook hands.\n\n"
            "Trump, Putin chat at Asia summit\n02:51 - Source: CNN\n\n"
            "Disclaimer: No staff journalist was involved in creation of this content\n")
    assert furniture_of(page, "en") == [
        "Back to Main page", "November 10, 17:17 UTC+3 DANANG", "Image 1 of 4", "Read also",
        "Kremlin aide comments on Putin-Trump meeting", "Trump, Putin chat at Asia summit", "02:51 - Source: CNN",
        "Disclaimer: No staff journalist was involved in creation of this content"], pairs(page, "en")


def test_three_or_more_short_headings_after_the_storys_last_sentence_are_a_list_of_links() -> None:
    page = ("Xi in Berlin\n\nBerlin (dpa) - Der chinesische Staatschef Xi Jinping ist in Berlin mit Bundespräsident "
            "Joachim Gauck zusammengetroffen.\n\nXi wird von einer großen Wirtschaftsdelegation begleitet.\n\n"
            "Wirtschaftsdaten zu China\n\nNachrichtenagentur Xinhua auf Twitter\n\nMercator Institut für China-Studien\n")
    assert furniture_of(page)[-3:] == ["Wirtschaftsdaten zu China", "Nachrichtenagentur Xinhua auf Twitter",
                                       "Mercator Institut für China-Studien"], pairs(page)
    two = ("Xi in Berlin\n\nDer chinesische Staatschef Xi Jinping ist in Berlin mit Bundespräsident Joachim Gauck "
           "zusammengetroffen.\n\nDer Staatschef in Berlin\n\nGauck und Xi Jinping zusammengetroffen\n")
    assert furniture_of(two) == [], pairs(two)  # two headings at the end: not a list


def test_the_pages_title_above_its_lead_images_credit_stays_the_title() -> None:
    """A line above a photo credit is a caption, but not the page's title (the first heading that shares words with
    the story and describes no picture): "Ukraine-Krise: Steinmeier sucht das Gespräch mit Lawrow" over "Foto: …"."""
    page = ("20462\nHörertelefon: 08000 79 89 99 (gebührenfrei)\n\n"
            "Ukraine-Krise: Steinmeier sucht das Gespräch mit Lawrow\n\nFoto: Mueller\n\n"
            "Außenminister Frank-Walter Steinmeier spricht heute in Jekaterinburg mit seinem russischen Kollegen "
            "Sergej Lawrow über die Krise in der Ukraine. Lawrow lobte das Gespräch.\n")
    assert ("headline", "Ukraine-Krise: Steinmeier sucht das Gespräch mit Lawrow") in pairs(page), pairs(page)


def test_loading_notices_publishing_credits_newsroom_notes_and_logos_are_furniture() -> None:
    """Page parts met on pages outside the corpus: a loading notice, the publishing system's credit, an outlet's
    byline with editors' initials, its note on its newsroom and the mission-statement link glued to the title, a
    logo's alt text, an audio player with its length, an update label, a section label and an appeal to stay
    informed."""
    page = ("China today logo\n\nNachrichten werden geladen...\n\nVeröffentlicht mit CMS publizer®\n\n"
            "Mehr als 150 Journalistinnen und Journalisten berichten rund um die Uhr für Sie über das Geschehen in "
            "Deutschland und der Welt.\nZum journalistischen Leitbild von t-online.Heikler Besuch in Berlin\n\n"
            "Von t-online, hak, te\n\nLetzte Aktualisierung: 28.05.2025\n\nArtikel anhören • 1 Minute\n\n"
            "Der türkische Präsident Recep Tayyip Erdoğan ist am Freitag in Berlin eingetroffen. Er traf Scholz.\n")
    assert furniture_of(page) == [
        "China today logo", "Nachrichten werden geladen...", "Veröffentlicht mit CMS publizer®",
        "Mehr als 150 Journalistinnen und Journalisten berichten rund um die Uhr für Sie über das Geschehen in "
        "Deutschland und der Welt.", "Zum journalistischen Leitbild von t-online.", "Von t-online, hak, te",
        "Letzte Aktualisierung: 28.05.2025", "Artikel anhören • 1 Minute"], pairs(page)
    english = ("Putin, Trump share brief handshake at APEC summit\nTrending Photos\nDA NANG: Russian President "
               "Vladimir Putin and Donald Trump shook hands at the APEC summit in Vietnam.\nStay informed on all the "
               "latest news, real-time breaking news updates, and follow all the important headlines on Zee News.\n")
    assert "Trending Photos" in furniture_of(english, "en") and any(
        t.startswith("Stay informed") for t in furniture_of(english, "en")), pairs(english, "en")
    assert ("headline", "Trump unveils the summit logo") in pairs("Trump unveils the summit logo\n\nTrump showed "
                                                                 "the logo of the summit in Singapore on Monday.\n",
                                                                 "en")


def test_channel_appeals_feed_links_and_long_source_lines_are_furniture() -> None:
    page = ("Join our brand new verified AMN Telegram channel and get important news uncensored!\n\n"
            "Kim Jong Un greets Moon as he arrives for summit\n\nNorth Korean leader Kim Jong Un made a surprise "
            "appearance to welcome South Korean President Moon Jae-in to Pyongyang for their third summit this year. "
            "Continue reading Kim Jong Un greets Moon as he arrives By Kim Yoo-chul, Joint Press Corps\n\n"
            "Sources: Google (images); OpenStreetMap (Military Demarcation Line)\n\nThe leaders embraced while "
            "hundreds of North Koreans waving flags and flowers cheered.\n")
    assert furniture_of(page, "en") == [
        "Join our brand new verified AMN Telegram channel and get important news uncensored!",
        "Continue reading Kim Jong Un greets Moon as he arrives By Kim Yoo-chul, Joint Press Corps",
        "Sources: Google (images); OpenStreetMap (Military Demarcation Line)"], pairs(page, "en")


def test_subscription_appeals_see_also_links_and_numbered_ids_are_furniture() -> None:
    page = ("Kishida and Yoon appreciate close ties as shuttle diplomacy resumes\n\nPrime Minister Fumio Kishida "
            "spoke after a meeting with South Korean President Yoon Suk-yeol in Seoul on Sunday.\n\n"
            "In an era of both misinformation and information overload, Quality journalism is more important than "
            "ever.\nBy subscribing, you can help us get the story right.\n\nSUBSCRIBE NOW\n\n"
            "See also  Tammy Murphy, wife of New Jersey governor, has dropped out of the US Senate race\n")
    assert furniture_of(page, "en")[0].startswith("In an era of") and furniture_of(page, "en")[-1].startswith(
        "See also"), pairs(page, "en")
    german = ("23738:\n\nScholz, Duda und Macron beraten am Abend über Ukraine und Nato-Gipfel\n\nBundeskanzler Olaf "
              "Scholz will am Montagabend in Paris mit Emmanuel Macron und Andrzej Duda über die Lage beraten.\n")
    assert furniture_of(german) == ["23738:"], pairs(german)


def test_the_storys_names_and_where_a_picture_was_taken_without_a_verb_are_a_caption() -> None:
    page = ("Türkischer Präsident Erdogan trifft Putin in Sotschi\n\nErdogan und Putin bei Treffen in Moskau Anfang "
            "März\n\nDer türkische Präsident Recep Tayyip Erdogan besucht seinen russischen Kollegen Wladimir Putin "
            "am Mittwoch in Sotschi. Erdogan und Putin sprechen über Syrien.\n")
    assert furniture_of(page) == ["Erdogan und Putin bei Treffen in Moskau Anfang März"], pairs(page)
    verb = page.replace("Erdogan und Putin bei Treffen in Moskau Anfang März",
                        "Erdogan und Putin treffen sich in Moskau")
    assert furniture_of(verb) == [], pairs(verb)


WIDGET_LINES = {
    "en": ["Video Ad Feedback", "Advertisement - Scroll to continue", "Recommended Stories", "list of 3 items",
           "end of list", "Save articles for later", "This material may not be published, broadcast, rewritten or "
           "redistributed.", "Our Standards: The Thomson Reuters Trust Principles.", "Sign up here.", "Link Copied!",
           "Follow:", "See all topics", "Facebook Tweet Email", "This video can not be played", "Media caption,",
           "by Hyo-Ju Son hjson@donga.com."],
    "de": ["Bildquelle: picture alliance / dpa", "Empfehlungen", "Jetzt kommentieren", "Mehr aus dem Ressort",
           "Startseite", "Audio herunterladen", "Dieser Inhalt kann nicht angezeigt werden", "Hier geht es zum Artikel",
           "Newsletter abonnieren", "Mehr Videos", "Abspielen", "Kopiert!", "Kommentare öffnen", "Ausgewählte Artikel",
           "Anzeige | Preisvergleich"],
}


def test_common_page_controls_and_notices_are_furniture() -> None:
    """Widget lines of news pages in general (players, lists, rights notices, buttons), each between two story
    paragraphs."""
    stories = {"en": ("Putin and Kim met at the cosmodrome on Wednesday. The two leaders held talks for hours.",
                      "Kim travelled on by train on Thursday. He visited an aircraft factory."),
               "de": ("Putin und Kim trafen sich am Mittwoch auf dem Weltraumbahnhof. Die beiden sprachen lange.",
                      "Kim reiste am Donnerstag mit dem Zug weiter. Er besuchte eine Flugzeugfabrik.")}
    for language, lines in WIDGET_LINES.items():
        first, second = stories[language]
        for line in lines:
            page = f"Putin und Kim im Kosmodrom\n\n{first}\n\n{line}\n\n{second}\n"
            assert furniture_of(page, language) == [line], (line, pairs(page, language))


def test_one_name_beside_another_in_a_picture_and_leaders_walking_side_by_side_are_captions() -> None:
    page = ("Trump trifft Selenskyj\n\nDonald Trump steht neben Wolodymyr Selenskyj zwischen einer US-Fahne und "
            "einer Fahne der Ukraine vor dem Weißen Haus\n\nUS-Präsident Donald Trump hat Wolodymyr Selenskyj im "
            "Weißen Haus empfangen. Trump und Selenskyj sprachen über einen Frieden.\n")
    assert furniture_of(page) == ["Donald Trump steht neben Wolodymyr Selenskyj zwischen einer US-Fahne und einer "
                                  "Fahne der Ukraine vor dem Weißen Haus"], pairs(page)
    walk = ("Biden trifft Xi\n\nBiden und Xi gehen nebeneinander durch einen Park.\n\nUS-Präsident Joe Biden hat "
            "Chinas Staatschef Xi Jinping getroffen. Biden und Xi sprachen vier Stunden.\n")
    assert furniture_of(walk) == ["Biden und Xi gehen nebeneinander durch einen Park."], pairs(walk)

"""How many days a visit lasts, compared over the whole comparison (issue 12's factual variants)."""

from __future__ import annotations

from tests.test_cues_count_claims import _claims, _flagged

VISIT = "duration of the visit"


def test_a_visits_length_as_an_adjective_or_a_number_of_days():
    assert _claims("Macron ist heute zu einem dreitägigen Staatsbesuch in China eingetroffen.") == [(VISIT, "3")]
    assert _claims("Kim hatte im März drei Tage lang mit seiner Ehefrau einen inoffiziellen Besuch absolviert.") == [
        (VISIT, "3")]
    assert _claims("During his two-day visit, Mr Xi barely mentioned the Ukraine conflict.", "en") == [(VISIT, "2")]
    assert _claims("However, his late arrival has shortened the trip to a one-day visit.", "en") == [(VISIT, "1")]
    assert _claims("Xi’s visit, which will last for three days, has drawn scrutiny.", "en") == [(VISIT, "3")]
    assert _claims("Macron arrived in China for an official three-day visit.", "en") == [(VISIT, "3")]


def test_planned_earlier_unknown_and_tour_lengths_are_no_visits_length():
    assert _claims("Der geplante zweitägige Besuch wurde verkürzt.") == []
    assert _claims("Bei seinem letzten dreitägigen Besuch 2019 traf er Putin.") == []
    assert _claims("Biden wollte zu einem mehrtägigen Staatsbesuch nach Deutschland kommen.") == []
    assert _claims("Xi bricht zu einer fünftägigen Europareise auf.") == []
    assert _claims("Xi set off on a five-day European tour.", "en") == []
    assert _claims("Putin was originally scheduled to stay until Wednesday for a two-day state visit.", "en") == []
    assert _claims("Xi's visit three days ago was a success.", "en") == []


def test_the_outlier_visit_length_is_flagged():
    tail = " Die Gespräche drehten sich um Handel und um den Krieg in der Ukraine."
    flagged = _flagged(["Xi war am Montag zu einem dreitägigen Staatsbesuch in Moskau eingetroffen." + tail,
                        "Der dreitägige Besuch Xis soll die Beziehungen vertiefen." + tail,
                        "Xi kam zu einem dreitägigen Besuch nach Russland." + tail,
                        "Während seines zweitägigen Besuchs traf Xi auch den Regierungschef." + tail])
    assert flagged == {"d4": ["zweitägigen Besuchs"]}, flagged

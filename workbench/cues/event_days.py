"""The day the meeting took place, as each report gives it: "Trump und Putin treffen am Dienstag in Alaska
zusammen" in one report, "Freitagvormittag, als dieses Treffen beginnt" in another. Read by ``count_claims``,
which compares the days over the whole comparison like the other counts (a day most reports give is the
counterpart of the odd one, which alone is flagged; a report giving two days disputes neither).

A weekday counts when its sentence names the meeting (the paraphrase lexicon's meeting and talks concepts) with a
verb of meeting, beginning or ending ("treffen … zusammen", "fand statt", "ist … zu Ende gegangen", "met"), the
weekday stands in a phrase of time ("am Dienstag", "on Tuesday", "Freitagvormittag"), and the sentence tells of no
arrival, departure or announcement ("Kim war am Dienstag abgereist", "kam am Mittwoch an": two days, no dispute); a
weekday in a clause with a verb of its own and no word of the meeting is another thing's day ("Die Waffenruhe solle
am Sonntag beginnen, sagte Tillerson nach dem Treffen").
Days are compared only where the meeting is the reported event (``meeting_is_the_event``).
"""

from __future__ import annotations

from workbench.align.lexicon import paraphrases
from workbench.cues.durations import clause_tokens, names_meeting, sentence_tokens
from workbench.cues.quantities import day_forms
from workbench.cues.textview import DocView, Tok

_MEETING_VERBS = {"treffen", "zusammentreffen", "zusammenkommen", "stattfinden", "beginnen", "enden", "beenden",
                  "tagen", "verhandeln", "meet", "begin", "end", "hold", "held", "met", "began", "ended"}
_OTHER_ACTS = {"ankommen", "eintreffen", "abreisen", "anreisen", "landen", "ankündigen", "aufbrechen", "reisen",
               "fliegen", "abfliegen", "verlassen", "arrive", "arrived", "depart", "departed", "leave", "left", "land",
               "landed", "announce", "announced", "travel", "travelled", "traveled", "fly", "flew"}
_TIME_WORDS = {"am", "an", "on", "this", "last", "diesem", "vergangenen", "letzten"}


def day_claim(v: DocView, t: Tok) -> tuple[str, str, Tok] | None:
    """("day of the meeting", weekday, the token) when ``t`` gives the day the meeting took place, else None."""
    day = day_forms(v.language[:2]).get(t.fold)
    if day is None or t.fold == day + "s":
        return None  # "mittwochs": a habit, no date
    compound = t.fold != day  # "Freitagvormittag": a time phrase by itself
    if not compound and not (t.i > 0 and v.toks[t.i - 1].fold in _TIME_WORDS):
        return None  # "der Samstag nähert sich": the day as a subject, not when something happened
    sentence = sentence_tokens(v, t.sent)
    lemmas = {w.lemma for w in sentence} | {w.fold for w in sentence}
    if lemmas & _OTHER_ACTS or not names_meeting(v, sentence):
        return None
    if not (lemmas & _MEETING_VERBS or {"ende", "gehen"} <= lemmas):
        return None
    clause = [*clause_tokens(v, t.i - 1, -1, -1, _BOUNDARIES), t,
              *clause_tokens(v, t.i + 1, len(v.toks), 1, _BOUNDARIES)]
    if any(w.tag_is("VV") for w in clause) and not names_meeting(v, clause):
        return None  # "Die Waffenruhe solle am Sonntag beginnen, sagte Tillerson nach dem Treffen": another thing's day
    return "day of the meeting", day, t


_BOUNDARIES = {",", ";", ":", "–", "—"}


def meeting_is_the_event(views: list[DocView]) -> bool:
    """Most of the reports name a meeting ("Treffen", "Gipfel", "summit"): the meeting is the reported
    event, and the day it took place is a fact to compare. A story about a coalition's end that mentions two
    meetings on two days ("am Mittwochabend zum Krisengipfel", "trifft am Donnerstag Merz") disputes no day."""
    if not views:
        return False
    para = {lang: paraphrases(lang) for lang in {v.language[:2] for v in views}}
    naming = sum(1 for v in views if any("meet" in para[v.language[:2]].single.get(t.lemma, ()) for t in v.toks))
    return naming * 2 > len(views)

"""Two passages of one row: whether their times and numbers speak of one happening (``factual`` compares them only
then), and which flagged values most outlets give (only the others are flagged)."""

from __future__ import annotations

from workbench.core.models import Span
from workbench.cues.textview import DocView, Tok

_TELLING = {"sagen", "erklären", "mitteilen", "berichten", "melden", "betonen", "verkünden", "schreiben", "say", "tell",
            "report", "announce", "state", "write"}


def _full_verb(v: DocView, t: Tok) -> bool:
    """A full verb: tagged so in German; in untagged English a past form the lemma table takes back to another
    word ("welcomed", "left"), or an -ing form after a conjunction ("after meeting"; "a three-hour meeting" is a
    noun): how English reports tell what happened on a day ("welcomed Xi on Monday" / "Xi left Russia on
    Wednesday": two happenings)."""
    if t.pos:
        return t.tag_is("VV")
    if t.lemma == t.fold or not t.fold.isalpha():
        return False
    if t.fold.endswith("ing"):
        return t.i > 0 and v.toks[t.i - 1].fold in _ING_OPENERS
    return t.fold.endswith("ed") or t.fold in _IRREGULAR_PAST


_ING_OPENERS = {"after", "before", "while", "when", "since", "by", "upon", "on"}
# English past forms of verbs of happening and telling that do not end in -ed
_IRREGULAR_PAST = {"met", "left", "held", "began", "came", "went", "flew", "told", "said", "gave", "took", "made",
                   "saw", "spoke", "sent", "led", "won", "lost", "rose", "fell", "struck", "hit", "broke", "ran",
                   "brought", "sought", "wrote", "shook", "stood", "sat", "set", "put", "kept", "felt", "found"}


def same_scene(va: DocView, ma: Span, vb: DocView, mb: Span) -> bool:
    """For a time of day: both passages describe one scene, they share two nouns ("um 18.07 Uhr weißer
    Rauch aus dem Schornstein" / "um 18.09 Uhr quoll weißer Rauch aus dem Schornstein")."""
    nouns_a = {t.lemma for t in va.toks_between(ma.start, ma.end) if t.tag_is("NN") and not t.lemma == "uhr"}
    nouns_b = {t.lemma for t in vb.toks_between(mb.start, mb.end) if t.tag_is("NN") and not t.lemma == "uhr"}
    return len(nouns_a & nouns_b) >= 2


def same_event(va: DocView, ma: Span, vb: DocView, mb: Span, same_day: bool = True) -> bool:
    """Both passages tell of one happening: they share a full verb ("traf … ein" / "traf … ein"), or one of
    them has none. "Kim war am Dienstag abgereist" and "kam am Mittwoch an" give two dates, not a dispute; a
    shared verb of telling makes one happening only of one day told in two parts ("registriert, teilte der
    Generalstab am Mittwochmorgen mit" / "am Mittwochvormittag … erfasst, teilte der Generalstab mit"), not
    of two days ("…, sagte ein Sprecher am Freitag" / "Die Waffenruhe solle am Sonntag beginnen, sagte
    Tillerson")."""
    ignored = frozenset() if same_day else _TELLING
    said_a = {t.lemma for t in va.toks_between(ma.start, ma.end) if _full_verb(va, t)}
    said_b = {t.lemma for t in vb.toks_between(mb.start, mb.end) if _full_verb(vb, t)}
    verbs_a, verbs_b = said_a - ignored, said_b - ignored
    if (said_a and not verbs_a and verbs_b) or (said_b and not verbs_b and verbs_a):
        return False  # the day something was said against the day of another act ("said on Thursday" / "was greeted on Friday")
    return not verbs_a or not verbs_b or bool(verbs_a & verbs_b)


def majority(values: dict[tuple[str, int], str], rivals: dict[tuple[str, int], set[str]]) -> list[tuple[str, int]]:
    """The flagged details whose value at least three outlets give, twice as many as give any value it conflicts
    with ("7.35 Uhr" in four reports, "7 Uhr" in one: only the one is flagged, as for counts and named slots)."""
    docs: dict[str, set[str]] = {}
    for (doc, _), value in values.items():
        docs.setdefault(value, set()).add(doc)
    return [key for key, others in rivals.items()
            if len(docs[values[key]]) >= 3 and all(len(docs[values[key]]) >= 2 * len(docs[r]) for r in others)]

"""Senses of lexicon words that are not the lexicon's: "Am Freitag wiederholt sich dieser historische Tag" (a day comes
round again), not "wiederholte Kim" (he said it again); "the press pool", not "pressed Xi" (``speech_sense``); "über
mögliche Sanktionen", a measure that may come, not a claim held open (``possibility_sense``); "sehr wohl" affirms
(``wohl_sense``). "sogenannt" before a name introduces it (``introduces_a_name``); an event name after "ohne" names
nothing that happened (``denied_before``); a modal in an indirect question holds no claim open (``asked_whether``).
The matcher asks ``word_sense`` before it reports a match."""

from __future__ import annotations

from workbench.cues.textview import Tok

# verbs whose reflexive use is no speech ("wiederholt sich", "repeats itself")
_REFLEXIVE_NOT_SPEECH = {"wiederholen", "repeat"}
_REFLEXIVES = {"sich", "itself", "themselves"}


# nouns an English verb of speech forms a compound with, as a noun itself ("press conference", "press pool")
_COMPOUND_HEADS = {"conference", "conferences", "pool", "release", "releases", "secretary", "office", "briefing",
                   "corps", "room", "freedom", "officer", "aide", "team", "gallery", "card", "spray"}


# "erwarten" with a person right after it awaits someone ("Vor dem Palast erwartete ihn eine Zeremonie"), expects
# nothing that anyone said
_AWAITED = {"ihn", "uns", "euch", "mich", "dich"}


# prepositions of a place or a time a visitor is awaited at ("wird Macron in Berlin erwartet", "im Weißen Haus")
_AT = {"in", "im", "nach", "zu", "zum", "zur", "bei", "beim", "an", "am", "auf", "um"}
_PLACE_WORDS = ("NE", "NN", "ADJA", "CARD", "ART", "PROPN", "NOUN", "ADJ", "NUM", "DET")
# what may follow the participle of a visitor awaited: the end of the clause or its passive auxiliary
_AWAITED_AFTER = {"worden", "werden", "wird", "wurde"}


def _awaited_at(seq: list[Tok], p: int) -> bool:
    """"erwartet" right after a place or a time and closing its clause: a visitor awaited ("Am Abend wird Macron in
    Berlin erwartet, wo …", "wurde um 14 Uhr Ortszeit im Weißen Haus erwartet"), not a thing expected to happen
    ("In Berlin wird erwartet, dass …", "wird in Washington ein Durchbruch erwartet")."""
    after = seq[p + 1] if p + 1 < len(seq) else None
    if after is not None and not after.is_punct and after.fold not in _AWAITED_AFTER:
        return False
    if after is not None and after.surface == "," and p + 2 < len(seq) and seq[p + 2].fold in ("dass", "daß", "ob"):
        return False
    k = p - 1
    if k < 0 or not seq[k].tag_is("NE", "NN", "PROPN", "NOUN"):
        return False
    while k >= 0 and seq[k].tag_is(*_PLACE_WORDS) and not (seq[k].tag_is("ART", "DET") and k + 1 < p
                                                           and seq[k + 1].tag_is("NE", "PROPN")):
        k -= 1  # the place back to its preposition; an article before a name ends it ("Washington ein Durchbruch")
    return k >= 0 and seq[k].fold in _AT and seq[k].tag_is("APPR", "APPRART", "ADP")


# English "press" reports speech when someone is pressed to do something or on a matter, presses for it, or is
# pressed by someone ("pressed Xi to rein in Russia", "pressed Xi on human rights", "pressing for a ceasefire",
# "Pressed by a reporter, Trump said"), not "press on with its offensive", "press an offensive", "pressing issues"
_PRESS_COMPLEMENT = {"to", "for", "by", "on", "about", "over"}
_PRESS_WINDOW = 4


# German "drohen" of something that impends ("in denen ihm eine Verhaftung droht", "droht zu eskalieren", "Nun drohen
# vier Jahre neuer Extreme"), not of someone threatening ("droht Russland mit Sanktionen", "drohte ihm mit …")
_IMPENDING_PERSONS = {"ihm", "ihr", "ihnen", "uns", "mir", "dir", "euch"}
_IMPENDING_THINGS = {"gefahr", "haft", "haftstrafe", "strafe", "verhaftung", "festnahme", "auslieferung", "jahr",
                     "ungemach", "ärger", "pleite", "niederlage", "verlust", "krieg", "eskalation"}
_CLAUSE_WINDOW = 8


def _breaks(t: Tok) -> bool:
    """Punctuation that ends a clause."""
    return t.is_punct and t.surface in ",;:.!?"


def _impends(seq: list[Tok], p: int) -> bool:
    """Whether "drohen" at ``p`` tells of something impending: no "mit" in its clause, and an infinitive with "zu"
    after it, a person it impends on beside it, or a thing that impends in its clause."""
    lo, hi = p, p
    while lo > 0 and p - lo < _CLAUSE_WINDOW and not _breaks(seq[lo - 1]):
        lo -= 1
    while hi + 1 < len(seq) and hi - p < _CLAUSE_WINDOW and not _breaks(seq[hi + 1]):
        hi += 1
    clause = seq[lo:hi + 1]
    if any(t.fold == "mit" for t in clause):
        return False
    if p + 1 < len(seq) and seq[p + 1].fold == "zu":
        return True  # "droht zu eskalieren"
    if any(t.fold in _IMPENDING_PERSONS for t in seq[max(lo, p - 2):p + 3]):
        return True
    return any(t.lemma in _IMPENDING_THINGS for t in clause)


# English "reject" of a claim or a demand is a stance ("rejected the accusations", "has rejected those demands"); of
# an act or a document it is a vote or a refusal, no one speaking ("lawmakers rejected the decree", "it was rejected by
# both Ukraine and the West")
_REJECTED_ACTS = {"decree", "decrees", "plan", "plans", "proposal", "proposals", "deal", "deals", "bill", "bills",
                  "offer", "offers", "resolution", "motion", "law", "laws", "measure", "measures", "treaty", "budget"}
_PASSIVE = {"was", "were", "been", "being", "be", "is", "are"}


def _rejects_an_act(seq: list[Tok], p: int) -> bool:
    """"reject" in the passive, or with an act or a document among the three words after it."""
    if p > 0 and seq[p - 1].fold in _PASSIVE:
        return True
    return any(t.fold in _REJECTED_ACTS for t in seq[p + 1:p + 4])


_ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"}


def _attributive_with_agent(seq: list[Tok], p: int) -> bool:
    """A German participle between "von X" and its noun ("die von Trump erwarteten drei bis vier Stunden", "der von
    Biden angekündigte Besuch"): it names a thing, no one speaks."""
    return p >= 3 and seq[p - 2].fold == "von" and seq[p - 3].fold in _ARTICLES \
        and seq[p].fold.endswith(("te", "ten", "ter", "tes", "tem", "ene", "enen", "ener", "enes"))


def speech_sense(match: str, seq: list[Tok], p: int) -> bool:
    """Whether the verb at ``p`` of ``seq`` (a reporting-verb entry ``match``) is used of speech: not with a
    reflexive pronoun right after it ("wiederholt sich", "history repeats itself"), and not as the first part of
    an English noun compound ("a normal press pool spray", "a press conference"), "erwarten" not of awaiting a
    person ("erwartete ihn", "wird in Berlin erwartet"), "drohen" not of what impends ("ihm droht Haft"), "reject"
    not of an act or a document ("rejected the decree"), and "press" only with what someone is pressed to do."""
    if seq[p].fold == match and p + 1 < len(seq) and seq[p + 1].fold in _COMPOUND_HEADS:
        return False
    if match == "erwarten" and ((p + 1 < len(seq) and seq[p + 1].fold in _AWAITED) or _awaited_at(seq, p)):
        return False
    if match == "drohen" and _impends(seq, p):
        return False
    if _attributive_with_agent(seq, p):
        return False
    if match == "reject" and _rejects_an_act(seq, p):
        return False
    if match == "press":
        ahead = [t.fold for t in seq[p + 1:p + 1 + _PRESS_WINDOW]]
        return bool(ahead) and ahead[0] not in ("on", "ahead") and bool(_PRESS_COMPLEMENT & set(ahead))
    if match not in _REFLEXIVE_NOT_SPEECH:
        return True
    return not any(t.fold in _REFLEXIVES for t in seq[p + 1:p + 3])


# German words of possibility that hedge a claim when they qualify a statement ("Eine Einigung ist möglich",
# "möglicherweise"); before a noun they name a thing that may come ("mögliche Sanktionen", "eine mögliche Lösung",
# "sein möglicher Nachfolger"): no claim is held open (2 of 32 such uses on corpus gold hedges)
_POSSIBILITY = {"möglich", "potenziell", "potentiell", "eventuell", "denkbar"}


def possibility_sense(match: str, tok: Tok) -> bool:
    """Whether a hedge of possibility hedges: not as an attributive adjective."""
    return match not in _POSSIBILITY or not tok.tag_is("ADJA")


# "wohl" that affirms ("sehr wohl", "durchaus wohl": indeed) or tells of well-being ("fühlt sich wohl"), no hedge
_AFFIRMING_BEFORE = {"sehr", "durchaus"}
_WELL_BEING = {"fühlen", "befinden", "ergehen"}


def wohl_sense(seq: list[Tok], p: int) -> bool:
    """Whether "wohl" at ``p`` hedges ("wird wohl dabei sein"): not "sehr wohl", not "fühlt sich wohl"."""
    if p > 0 and seq[p - 1].fold in _AFFIRMING_BEFORE:
        return False
    return not any(t.lemma in _WELL_BEING for t in seq[max(0, p - 4):p])


def word_sense(family: str, match: str, seq: list[Tok], p: int) -> bool:
    """Whether the word at ``p`` is used in the sense its lexicon entry (``family``, ``match``) gives it."""
    if family == "reporting_verb":
        return speech_sense(match, seq, p)
    if family == "hedge":
        return possibility_sense(match, seq[p]) and (match != "wohl" or wohl_sense(seq, p))
    return True


_DENYING = {"ohne", "kein", "keine", "keinen", "keinem", "keiner", "keines", "without", "no"}
_DENIED_REACH = 2  # adjectives between the denying word and the name ("ohne größere Zwischenfälle")


def denied_before(seq: list[Tok], p: int) -> bool:
    """The name follows "ohne", "kein" or "without"/"no", adjectives between: the event it names did not happen."""
    for k in range(p - 1, max(-1, p - 2 - _DENIED_REACH), -1):
        t = seq[k]
        if t.fold in _DENYING:
            return True
        if t.is_punct or t.tag_is("ART", "APPR", "APPRART", "VV", "VA", "VM", "NN", "NE") or (
                not t.pos and t.capitalised):
            return False
    return False


def introduces_a_name(seq: list[Tok], p: int) -> bool:
    """"sogenannt" before a name or a foreign term introduces it ("den sogenannten Minsker Prozess", "sogenannte
    Executive Orders", "den sogenannten Fall Lisa"): no distance is taken; before a quotation mark or a common noun
    ("die sogenannte «Pressekonferenz»", "des sogenannten Westens") it keeps the word at arm's length."""
    if p + 1 >= len(seq):
        return False
    nxt = seq[p + 1]
    if nxt.tag_is("NE", "FM") or (nxt.tag_is("ADJA") and nxt.capitalised):
        return True
    return nxt.tag_is("NN") and p + 2 < len(seq) and seq[p + 2].tag_is("NE")


_ASKING = {"whether", "ob"}  # an indirect question the modal's clause is
_ASKING_REACH = 6


def asked_whether(seq: list[Tok], p: int) -> bool:
    """The modal stands in an indirect question: "whether"/"ob" or "how far"/"how much" opens its clause."""
    for k in range(p - 1, max(-1, p - 1 - _ASKING_REACH), -1):
        t = seq[k]
        if _breaks(t):
            return False
        if t.fold in _ASKING or (t.fold == "how" and k + 1 < p and seq[k + 1].fold in ("far", "much", "many")):
            return True
    return False

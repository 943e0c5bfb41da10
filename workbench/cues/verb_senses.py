"""Senses of lexicon words that are not the lexicon's: "Am Freitag wiederholt sich dieser historische Tag" (a day comes
round again), not "wiederholte Kim" (he said it again); "the press pool", not "pressed Xi" (``speech_sense``); "über
mögliche Sanktionen", a measure that may come, not a claim held open (``possibility_sense``). The matcher asks
``word_sense`` before it reports a match."""

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


def speech_sense(match: str, seq: list[Tok], p: int) -> bool:
    """Whether the verb at ``p`` of ``seq`` (a reporting-verb entry ``match``) is used of speech: not with a
    reflexive pronoun right after it ("wiederholt sich", "history repeats itself"), and not as the first part of
    an English noun compound ("a normal press pool spray", "a press conference"), and "erwarten" not of awaiting a
    person ("erwartete ihn")."""
    if seq[p].fold == match and p + 1 < len(seq) and seq[p + 1].fold in _COMPOUND_HEADS:
        return False
    if match == "erwarten" and p + 1 < len(seq) and seq[p + 1].fold in _AWAITED:
        return False
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


def word_sense(family: str, match: str, seq: list[Tok], p: int) -> bool:
    """Whether the word at ``p`` is used in the sense its lexicon entry (``family``, ``match``) gives it."""
    if family == "reporting_verb":
        return speech_sense(match, seq, p)
    if family == "hedge":
        return possibility_sense(match, seq[p])
    return True

"""Senses of lexicon verbs that are no speech: "Am Freitag wiederholt sich dieser historische Tag" (a day comes
round again), not "wiederholte Kim" (he said it again); "the press pool", not "pressed Xi". A verb of saying used reflexively in this sense is read
by ``speech_sense``; the matcher asks it before it reports a reporting verb."""

from __future__ import annotations

from workbench.cues.textview import Tok

# verbs whose reflexive use is no speech ("wiederholt sich", "repeats itself")
_REFLEXIVE_NOT_SPEECH = {"wiederholen", "repeat"}
_REFLEXIVES = {"sich", "itself", "themselves"}


# nouns an English verb of speech forms a compound with, as a noun itself ("press conference", "press pool")
_COMPOUND_HEADS = {"conference", "conferences", "pool", "release", "releases", "secretary", "office", "briefing",
                   "corps", "room", "freedom", "officer", "aide", "team", "gallery", "card", "spray"}


def speech_sense(match: str, seq: list[Tok], p: int) -> bool:
    """Whether the verb at ``p`` of ``seq`` (a reporting-verb entry ``match``) is used of speech: not with a
    reflexive pronoun right after it ("wiederholt sich", "history repeats itself"), and not as the first part of
    an English noun compound ("a normal press pool spray", "a press conference")."""
    if seq[p].fold == match and p + 1 < len(seq) and seq[p + 1].fold in _COMPOUND_HEADS:
        return False
    if match not in _REFLEXIVE_NOT_SPEECH:
        return True
    return not any(t.fold in _REFLEXIVES for t in seq[p + 1:p + 3])

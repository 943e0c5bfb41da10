"""Senses of lexicon verbs that are no speech: "Am Freitag wiederholt sich dieser historische Tag" (a day comes
round again), not "wiederholte Kim" (he said it again). A verb of saying used reflexively in this sense is read
by ``speech_sense``; the matcher asks it before it reports a reporting verb."""

from __future__ import annotations

from workbench.cues.textview import Tok

# verbs whose reflexive use is no speech ("wiederholt sich", "repeats itself")
_REFLEXIVE_NOT_SPEECH = {"wiederholen", "repeat"}
_REFLEXIVES = {"sich", "itself", "themselves"}


def speech_sense(match: str, seq: list[Tok], p: int) -> bool:
    """Whether the verb at ``p`` of ``seq`` (a reporting-verb entry ``match``) is used of speech: not with a
    reflexive pronoun right after it ("wiederholt sich", "history repeats itself")."""
    if match not in _REFLEXIVE_NOT_SPEECH:
        return True
    return not any(t.fold in _REFLEXIVES for t in seq[p + 1:p + 3])

"""Rejoin German separable verb particles with their verb.

In a main clause German splits particle verbs: "Kim räumte Fehler ein",
"das Militär feuerte zwei Raketen ab". Taggers lemmatise "räumte" to
"räumen", which means something else than "einräumen"; an outlet that writes
"räumte … ein" and one that writes "hat … eingeräumt" would not match. So
the lemma of the finite verb becomes particle + verb ("einräumen",
"abfeuern"); the particle token keeps its own lemma.

Which verb: STTS tags a separated particle PTKVZ; it belongs to the finite
full verb (VVFIN, or VVIMP in commands) of its clause, which stands before
it. We walk back from the particle to that verb, stopping at a sentence
boundary tag ($. covers . ! ? : ;) and skipping comma-delimited chunks that
open with a subordinating word (an inserted "als er kam," or "der lächelte,"
holds a verb of another clause). A finite auxiliary or modal met first means
the particle's clause has a verb of its own, so it joins no verb further back
(in "Castro entgegnete, ihm sei kein Land bekannt" the tagger's particle
"bekannt" is a predicate of "sei", not part of "entgegnete"). A preposition phrase such as "stellte … in
Aussicht" has no PTKVZ and stays "stellen".

Works on any STTS-tagged token sequence: HanTa's or a trained spaCy German
pipeline's ``tag_``.
"""

from __future__ import annotations

PARTICLE = "PTKVZ"
FINITE_FULL_VERBS = frozenset({"VVFIN", "VVIMP"})
FINITE_OTHER_VERBS = frozenset({"VAFIN", "VMFIN"})  # a clause's own finite verb: no full verb further back
# Words that open an embedded clause: subordinating conjunctions, relative
# and interrogative pronouns/adverbs, and "als"/"wie" (KOKOM, often a clause here).
SUBORDINATORS = frozenset({"KOUS", "KOUI", "KOKOM", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT"})
_OPEN_PUNCT = frozenset({"$("})


def _opens_embedded_clause(tags: list[str], start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` begin with a subordinator (after punctuation/preposition)."""
    i = start
    while i < end and tags[i] in _OPEN_PUNCT:
        i += 1
    if i < end and tags[i] == "APPR":  # "mit dem", "in deren"
        i += 1
    return i < end and tags[i] in SUBORDINATORS


def find_verb(tags: list[str], particle: int) -> int | None:
    """Index of the finite verb a separated particle belongs to, or None."""
    j = particle - 1
    while j >= 0:
        tag = tags[j]
        if tag == "$.":
            return None
        if tag in FINITE_FULL_VERBS:
            return j
        if tag in FINITE_OTHER_VERBS:
            return None
        if tag == "$,":
            # The chunk before this comma: does it open an embedded clause?
            k = j - 1
            while k >= 0 and tags[k] not in ("$,", "$."):
                k -= 1
            if k >= 0 and tags[k] == "$," and _opens_embedded_clause(tags, k + 1, j):
                j = k  # skip the embedded clause, continue before its opening comma
                continue
        j -= 1
    return None


def rejoin_particles(tags: list[str], lemmas: list[str]) -> list[str]:
    """Lemmas with each separated particle prefixed to its verb's lemma."""
    out = list(lemmas)
    for i, tag in enumerate(tags):
        if tag != PARTICLE:
            continue
        verb = find_verb(tags, i)
        if verb is None:
            continue
        particle = lemmas[i].casefold()
        if particle.isalpha() and not out[verb].casefold().startswith(particle):
            out[verb] = particle + out[verb]
    return out

"""Who says a quotation, where its sentence names one person as the speaker.

Two quotations are renderings of one statement only if one person said both: Putin's "Abkommen" ("… ein
"Abkommen" abgeschlossen, so Putin") is no rendering of Trump's "Es gibt keinen Deal, bis es einen Deal gibt",
however close "Deal" and "Abkommen" are. The speaker is the one person the sentence names outside the quotation
and not after a preposition ("so Putin", "sagte Trump", "Trump: „…“", "laut Trump"; "mit Wladimir Putin", "über
Selenskyj" name no speaker, nor does the second of two names after one: "zwischen Trump und Kim", nor the one
addressed in English: "Vance told Zelensky, “…”"). A name after a marker of sourcing ("laut Trump", "nach Worten
Trumps", "according to Biden"), or before a relative clause of saying ("… by Trump, who said Zelensky was …", for
the words after it), is the speaker whoever else the sentence names. A sentence naming no such person, or two, gives
no speaker, and the pair is kept.
"""

from __future__ import annotations

from workbench.cues.entities import EntityIndex
from workbench.cues.textview import DocView, Tok

# prepositions before a name that make it no speaker; "laut" and "according to" name one
_ENGLISH_PREPOSITIONS = {"with", "about", "to", "for", "against", "of", "on", "at", "by", "from", "between", "toward",
                         "towards", "over", "beside", "behind", "before", "after", "like", "than"}
_ADDRESSING = {"told", "tell", "tells", "telling", "asked", "asks", "asking", "urged", "urges", "warned", "warns",
               "reminded", "reminds", "assured", "assures", "interrupted", "interrupts"}  # English: the name after is the one addressed
_SPEAKER_PREPOSITIONS = {"laut", "according"}
_SPEAKER_NOUNS = {"wort", "worte", "worten", "angabe", "angaben", "ansicht", "meinung"}  # "nach Worten Trumps"
_AND = {"und", "and", "sowie", "oder", "or"}  # "zwischen Trump und Kim": the second name is after the preposition too
_LOOK_BACK = 3  # words between a preposition and the name (titles: "mit Russlands Präsident Wladimir Putin")


def _after_preposition(v: DocView, first: int, sent: int) -> bool:
    k, window = first - 1, first
    while k >= 0 and window - k <= _LOOK_BACK + 1:
        t = v.toks[k]
        if t.sent != sent or t.is_punct:
            return False
        if t.fold in _SPEAKER_PREPOSITIONS or t.fold in _SPEAKER_NOUNS:
            return False
        if t.tag_is("APPR", "APPRART", "ADP") or (not t.pos and t.fold in _ENGLISH_PREPOSITIONS | _ADDRESSING):
            return True  # ... or the one told: "Vance told Zelensky, “…”", "Mr Vance telling Mr Zelensky: “…”"
        if t.tag_is("VV", "VA", "VM", "VERB", "AUX") or t.fold in ("so", "said", "says"):
            return False
        if t.fold in _AND:
            window = k  # look on before the first conjunct
        k -= 1
    return False


_RELATIVE = {"who", "der", "die"}
_SAID = {"said", "says", "added", "sagte", "sagt", "erklärte", "erklärt", "meinte", "betonte"}


def _says_after(v: DocView, last: int, sent: int) -> bool:
    """The name is the antecedent of a relative clause of saying: "pushed back by Trump, who said …", "von Putin,
    der sagte …": the speaker, as after a marker of sourcing."""
    toks = [t for t in v.toks[last + 1:last + 5] if t.sent == sent]
    return len(toks) >= 3 and toks[0].surface == "," and toks[1].fold in _RELATIVE and toks[2].fold in _SAID


def _marked_speaker(v: DocView, first: int, sent: int) -> bool:
    """The name follows a marker of sourcing: "laut Trump", "nach Worten Trumps", "according to Biden"."""
    for k in range(first - 1, max(-1, first - 1 - _LOOK_BACK), -1):
        t = v.toks[k]
        if t.sent != sent or t.is_punct:
            return False
        if t.fold in _SPEAKER_PREPOSITIONS or t.fold in _SPEAKER_NOUNS:
            return True
    return False


def speaker(v: DocView, index: EntityIndex, toks: list[Tok]) -> str | None:
    """The one person the sentence of ``toks`` (a quotation or its indirect rendering) names as its speaker, or
    None."""
    if not toks:
        return None
    sent = toks[0].sent
    inside = {t.i for t in toks}
    found: set[str] = set()
    marked: set[str] = set()
    for t in v.sentences[sent].toks if 0 <= sent < len(v.sentences) else []:
        if t.i in inside or t.quoted:
            continue
        start = index.mention_starting(v.doc, t.i)
        if start is None:
            continue
        mention, name = start
        if index.kind(name) != "person" or any(i in inside for i in range(mention.first, mention.last + 1)):
            continue
        if _marked_speaker(v, mention.first, sent):
            marked.add(name)
        if toks[0].i > mention.last and _says_after(v, mention.last, sent):
            marked.add(name)  # "… by Trump, who said Zelensky was „…“": Trump speaks what follows
        if not _after_preposition(v, mention.first, sent):
            found.add(name)
    if len(marked) == 1:
        return next(iter(marked))
    return next(iter(found)) if len(found) == 1 else None

"""Where reported speech ends: the mood of German indirect speech, and the places after a verb of saying where
the outlet's narration takes over again (``reported`` asks these before it credits a word to a speaker).

After the verb the narration resumes at a participle clause after a comma, a contrast with a verb of the main
clause, an infinitive clause of the outlet's, a main clause after a conjunction (the rules of the eighteenth to
twentieth sessions, moved here), and, since the twenty-fourth session:

- a relative clause after a comma ("sagte Macron vor den Studierenden, die den französischen Präsidenten wie
  einen Rockstar empfingen"; "appealed to Xi Jinping, who received an effusive welcome"), or an apposition with one
  (", a goal that has been elusive for years"): it describes someone or something in the outlet's words;
- a second predicate after a verb of saying that closes its clause ("hat Orbán mit Putin drei Stunden gesprochen
  und eine dramatische Reiseroute gewählt");
- a dash ("versprachen sich faire Beziehungen - es ging ruhig und gesittet zu");
- an English clause of time right after the verb ("the PM said as President Putin heard him with rapt attention").

A subjunctive I governs only its own clause: one in a clause before the cue's ("Was Bestandteil des Abkommens sei,
blieb dabei vollkommen unklar": the main clause resumes with its own verb) or after a colon or dash ("äußerte sich
Trump zuversichtlich: Dieser sei …") does not make the cue reported speech.
"""

from __future__ import annotations

DOUBLE_QUOTE_MARKS = set("\"“”«»„")  # double quotation marks only: a single one is an apostrophe as often ("we’re")
DASHES = {"–", "—", "-", "--"}  # a dash, when it stands between spaces (see ``_joins``)


# Finite forms that are subjunctive I, the mood of German indirect speech, whenever a third person is the
# subject (the first person "ich habe" is told apart by the pronoun before it).
SUBJUNCTIVE_I = {"sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge", "verhalte"}


def third_person_subjunctive(t) -> bool:  # noqa: ANN001
    """A full verb's subjunctive I of the third person singular, its stem and "e" ("gebe", "riskiere" of "geben",
    "riskieren"); with "ich" beside it, the indicative (tested by the caller)."""
    return t.tag_is("VVFIN") and len(t.lemma) > 4 and t.lemma.endswith("en") and t.fold == t.lemma[:-2] + "e"


def subjunctive_verb(sent, k: int, full_verbs: bool = False) -> bool:  # noqa: ANN001 - the sentence's tokens
    """The word at ``k`` of ``sent`` is a subjunctive I: one of the common forms ("sei", "habe", "könne"), with
    ``full_verbs`` also a full verb's third person ("riskiere"); with "ich" beside it, it is the indicative."""
    t = sent[k]
    if not (t.fold in SUBJUNCTIVE_I or (full_verbs and third_person_subjunctive(t))) \
            or not t.tag_is("VAFIN", "VMFIN", "VVFIN"):
        return False
    return "ich" not in {sent[j].fold for j in (k - 1, k + 1) if 0 <= j < len(sent)}


_EN_AUXILIARIES = {"has", "have", "had", "is", "was", "were", "are"}
_MANNER_OPENERS = {"in", "with", "amid", "after", "before", "during", "as", "while"}


def english_back_to_narration(between) -> bool:  # noqa: ANN001 - untagged English tokens between the verb and the cue
    """The outlet's narration takes over again before the cue: a participle clause after a comma (""…,” raising
    the prospect of …", ", underscoring the intense unease …") or a contrast with a verb of the main clause ("says
    he is prepared to keep negotiating but has offered a stark warning")."""
    words = [t for t in between if t.surface not in DOUBLE_QUOTE_MARKS]  # ",” raising": the comma inside the quotation
    if len(words) >= 2 and words[0].surface == "," and words[1].fold in _MANNER_OPENERS \
            and not any(t.fold == "that" or t.surface in DOUBLE_QUOTE_MARKS for t in between[2:]):
        return True  # "“…,” Putin said, in an awkward change of subject": how he said it, in the outlet's words
    for k, t in enumerate(words[:-1]):
        nxt = words[k + 1]
        if t.surface == "," and nxt.fold.endswith("ing") and len(nxt.fold) > 5:
            return True
        if t.fold in ("but", "yet") and nxt.fold in _EN_AUXILIARIES:
            return True
    return False


_NARRATING_INFINITIVES = {"ohne", "statt", "anstatt"}  # ", ohne die umstrittene Pipeline zu nennen": the outlet's
_NEW_CLAUSE = {"und", "doch", "aber", "sondern"}


def german_back_to_narration(between) -> bool:  # noqa: ANN001 - tagged German tokens between the verb and the cue
    """The outlet's narration takes over again before the cue: an infinitive clause of its own after a comma
    ("sprach von … Sanktionsplänen, ohne die umstrittene Pipeline wörtlich zu nennen"), or a main clause of its own
    after a conjunction ("sagt Joe Biden viel Freundliches über ihn und auch bei CNN gelingt ihm ein eloquenter
    Auftritt"): a finite verb in the indicative right after the conjunction's first phrase, with no "dass" clause
    open before it."""
    for k, t in enumerate(between[:-1]):
        if t.surface == "," and between[k + 1].fold in _NARRATING_INFINITIVES:
            return True
        if t.fold in _NEW_CLAUSE and t.tag_is("KON") and not any(u.tag_is("KOUS", "PRELS", "PWS", "PWAV")
                                                                  for u in between[:k]):
            rest = between[k + 1:k + 6]
            verb = next((n for n, u in enumerate(rest) if u.tag_is("VVFIN", "VAFIN", "VMFIN")), None)
            if verb is not None and 0 < verb and not subjunctive_verb(rest, verb, full_verbs=True) \
                    and not any(u.is_punct for u in rest[:verb]):
                return True
    return False


def relative_clause(between) -> bool:  # noqa: ANN001 - tokens between the verb of saying and the cue
    """A relative clause opens after a comma between the verb and the cue (German tagged: a relative pronoun,
    perhaps after a preposition; English: "who", "which", "whose", "whom", or an apposition summing up what was
    said before its own relative clause: ", a goal that …")."""
    for k, t in enumerate(between[:-1]):
        if t.surface != ",":
            continue
        nxt = between[k + 1]
        if nxt.tag_is("APPR", "APPRART") and k + 2 < len(between):
            nxt = between[k + 2]
        if any(u.surface == "," for u in between[k + 1:]):
            continue  # the clause closed before the cue ("für jemanden, der an Menschlichkeit glaube, tue es weh")
        if nxt.tag_is("PRELS", "PRELAT") or (not nxt.pos and nxt.fold in ("who", "which", "whose", "whom")):
            return True
        if not nxt.pos and nxt.fold in ("a", "an") and any(u.fold in ("that", "which") for u in between[k + 3:k + 5]):
            return True  # an apposition summing up the sentence: ", a goal that has been elusive for years"
    return False


def second_predicate(said, between, speech_after: bool) -> bool:  # noqa: ANN001 - the verb of saying, the tokens after it
    """A verb of saying that closes its clause (a participle or an infinitive) with a conjunction right after it:
    what follows is a predicate of its own ("… gesprochen und eine dramatische Reiseroute gewählt"), unless that
    predicate is a speech act too (``speech_after``: "… gesagt und sich für den freundlichen Empfang bedankt")."""
    return said.tag_is("VVPP", "VVINF", "VVIZU") and bool(between) and between[0].tag_is("KON") and not speech_after


_EN_TIME = {"as", "while", "when"}
_EN_SUBJECTS = {"he", "she", "they", "it", "we", "the", "his", "her", "their"}


def english_time_clause(between) -> bool:  # noqa: ANN001 - untagged English tokens between the verb and the cue
    """An English clause of time right after the verb, with a subject of its own ("said as President Putin heard him
    with rapt attention"): the outlet tells what happened meanwhile."""
    return len(between) > 1 and between[0].fold in _EN_TIME and (between[1].capitalised or between[1].fold in _EN_SUBJECTS)


def dash_between(between) -> bool:  # noqa: ANN001
    """A dash opens a new clause between the verb and the cue; a pair of dashes closes an insertion again
    ("sagte - Zitat - „Millionen“ irregulärer Migranten")."""
    return sum(1 for k, t in enumerate(between) if t.surface in DASHES and not _joins(between, k)) % 2 == 1


def _joins(toks, k: int) -> bool:  # noqa: ANN001
    """The dash at ``k`` joins two words without spaces ("India-Russia", "Trump–Kim"): a hyphen, no clause mark."""
    return 0 < k < len(toks) - 1 and toks[k - 1].end == toks[k].start and toks[k].end == toks[k + 1].start


def clause_resumes(sent, after: int, before: int) -> bool:  # noqa: ANN001 - the sentence's tokens, two token indices
    """Between the two tokens a clause ends and another begins: a colon, semicolon or dash, or a comma right before a
    finite verb in the indicative (the main clause after a fronted one: "Was … sei, blieb …")."""
    toks = [t for t in sent if after < t.i < before]
    if dash_between(toks):
        return True
    for k, t in enumerate(toks):
        if t.surface in (";", ":"):
            return True
        if t.surface == "," and k + 1 < len(toks) and toks[k + 1].tag_is("VVFIN", "VAFIN", "VMFIN") \
                and not subjunctive_verb(toks, k + 1, full_verbs=True):
            return True
    return False


def punctuated_between(sent, after: int, before: int) -> bool:  # noqa: ANN001 - the sentence's tokens, two indices
    """A comma, semicolon, colon or dash stands between the two tokens (a later clause begins)."""
    toks = [t for t in sent if after < t.i < before]
    return any(t.surface in (",", ";", ":") or (t.surface in DASHES and not _joins(toks, k)) for k, t in enumerate(toks))

"""Who speaks: an evaluation inside reported speech is the speaker's, not the outlet's.

"Über einen Übersetzer bedankte sich Kim bei Putin für den herzlichen Empfang":
"herzlichen" is Kim's evaluation, reported; "Kim zeige großes Interesse …, sagte
Putin": Putin's. Such cues keep their family but are credited to the speaker
(``speaker`` "quoted", not highlighted), like words inside quotation marks.

A cue is in reported speech when its sentence is in the subjunctive of indirect speech ("Lindner habe
egoistisch gehandelt", "Selenskyj verhalte sich respektlos"; a subjunctive only in a clause after the cue's
does not count: "hatte lediglich versucht, klarzumachen, dass … zu trauen sei"), or when its sentence holds a speech act (a reporting
verb of the lexicon, or a verb of thanking or praising, which take the
speaker's words as their object, or a verb of judging with the word that opens the judgement: "Südkorea
hält dies für eine Provokation", "bezeichnete es als …", "nannte …", "called …") and the cue follows that verb in the same
clause chain (no ";" or ":" between), or precedes a postposed speech tag at the
end of the sentence (", sagte Putin."). After the verb only words of a noun
phrase (attributive adjectives, nouns) or of an infinitive clause ("forderte ihn auf, dankbar zu sein")
count: an adverb there ("sagte allerdings lediglich") is the outlet describing the speech. English text
comes untagged: there a word ending in "-ly" is taken for the adverb, and after "praised", "hailed" or
"thanked" only the words after "as" or "for" are the speaker's ("praised Russia's brutal war as a sacred
fight"), and the narration takes over again after a comma before a participle (", raising the prospect of …")
or at "but" before a verb of the main clause ("but has offered a stark warning"), or in a phrase of manner after
a postposed tag ("Putin said, in an awkward change of subject"); a verb of showing as such a
participle (", underscoring the intense unease") reports no one's words, nor does a German verb of showing with a
noun phrase as its object ("unterstreicht Moskau erneut seinen martialischen Kurs"). Other untagged text is left alone. A postposed tag may put its subject first (", officials
said."). Only evaluative words are moved, and a modal verb of hedging in a sentence of indirect speech ("Es sei
eine Grundlage geschaffen worden, auf der beide … könnten": the speaker's "könnten") or before a postposed speech
tag ("Die Vorschläge könnten als Grundlage dienen, sagte Putin"): a label, a loaded verb or a hedging word of the
outlet's ("mutmaßlich", "nach bisherigen Erkenntnissen") remains its choice of words. A reporting verb in the
subjunctive of indirect speech ("…, er erwarte von Nordkorea nun konkrete Schritte") is the speaker's too, as is a
probability adverb right after the subjunctive verb ("Dies werde jedoch höchstwahrscheinlich ein Ferngespräch sein",
"Eine atomwaffenfreie Halbinsel sei möglich"). An
evaluative word inside a postposed speech tag describes the speaking and stays the outlet's ("…, sagte Trump
euphorisch", "…, sagte Xi mit einem Lächeln"), as does one in the phrase naming what the speech was about
("äußerte sich Kickl zu dem brisanten Vorfall"; "sprach von einem historischen Augenblick" renders his words).
In German the narration takes over again in an infinitive clause of the outlet's after a comma (", ohne die
umstrittene Pipeline wörtlich zu nennen") and in a main clause of its own after a conjunction ("… und auch bei CNN
gelingt ihm ein eloquenter Auftritt": an indicative verb, no "dass" clause open), and a verb of saying in a
subordinate clause reports no further than that clause ("Die Zeitung, die dies berichtet hatte, erhielt massive
Drohungen"; "Wie X berichtete, …" reports what follows). A phrase of manner after the verb ("wehrte sich Trump mit
scharfen Worten") describes the speaking. The hearsay "soll" / "will" ("Das soll Xi als Gleichnis genutzt haben")
is always the outlet's hedge. A modal anywhere in a verb-final clause a German verb of saying opens ("erklärte
Putin, was die Aufnahme der Ukraine in die NATO zur Folge haben könnte") is the speaker's, and words of the speech
tag before its comma ("erklärte aber, …") open no contrast.
"""

from __future__ import annotations

from workbench.core.models import Cue
from workbench.cues.speech_clauses import (DOUBLE_QUOTE_MARKS, SUBJUNCTIVE_I, clause_resumes, dash_between,
                                          english_back_to_narration, english_time_clause, german_back_to_narration,
                                          punctuated_between, relative_clause, second_predicate, subjunctive_verb,
                                          third_person_subjunctive)
from workbench.cues.textview import DocView

_SPEECH_ACTS = {"danken", "bedanken", "loben", "würdigen", "preisen", "thank", "praise", "hail"}
# Verbs that report a judgement someone holds or voices, with the word that opens the judgement: "Südkorea
# hält dies für eine Provokation", "bezeichnete das Treffen als historisch", "called the crash a tragedy".
# The judgement after that word is the subject's, not the outlet's ("" : right after the verb).
_OPINION_FRAMES = {"halten": "für", "finden": "es", "bezeichnen": "als", "werten": "als", "einstufen": "als", "betrachten": "als",
                   "nennen": "", "call": "", "describe": "as", "consider": "", "deem": "", "regard": "as"}
_FRAME_OPENERS = {o for o in _OPINION_FRAMES.values() if o}
# Untagged English: verbs whose object is what they are about, not what was said ("praised Russia's brutal
# war"); only the words after "as" or "for" are the speaker's ("… as a sacred fight", "thanked … for the warm
# welcome").
_OBJECT_VERBS = {"praise", "hail", "thank"}
_LY_ADJECTIVES = {"holy", "unholy", "ugly", "friendly", "unfriendly", "lovely", "deadly", "costly", "elderly", "likely",
                  "unlikely", "lonely", "early", "daily", "silly", "cowardly", "ghastly", "beastly", "surly", "worldly"}
_FRAME_REACH = 8  # the word that opens the judgement follows the verb within this many tokens
_BREAKS = {";", ":"}
_TAG_WINDOW = 5  # a postposed speech tag ends the sentence within this many words
_TAG_SUBJECT = 3  # ... and its comma stands at most this many words before the verb (", officials said")
_TAG_AUXILIARIES = {"has", "had", "have", "was", "is", "hat", "hatte"}  # one more word: ", Vladimir Putin has said."
_TAG_REACH = 10  # a speech tag closing a sentence names its speaker in at most this many words
_MODAL_REACH = 12  # a modal this many words after a speech verb is in the clause it reports
_CONTRAST = {"but", "however", "yet", "aber", "doch", "jedoch", "allerdings"}
# English adverbs of likelihood: in a clause a verb of saying reports they hedge for the speaker, as a modal does
# ("Pompeo told reporters … that a new round of talks would likely happen")
_LIKELIHOOD = {"likely", "probably", "possibly", "perhaps", "maybe"}
# nouns of a held view: a modal in their "dass"/"that" clause is that view's, not the outlet's ("die Befürchtung
# schürt, dass die Armee einmarschieren könnte")
_ATTITUDES = {"befürchtung", "sorge", "angst", "furcht", "hoffnung", "erwartung", "vermutung", "spekulation",
              "fear", "concern", "worry", "hope", "expectation", "speculation"}
# verbs of saying that report a clause ("wie zu erwarten" reports none)
_SAYING = {"sagen", "erklären", "betonen", "mitteilen", "versichern", "entgegnen", "meinen", "warnen", "ankündigen",
           "signalisieren", "say", "tell", "state", "add", "insist", "claim", "warn", "announce", "stress", "note",
           "signal", "drohen", "threaten"}


def _speaker_prefix(sent, at: int) -> bool:  # noqa: ANN001 - the headline's tokens, the cue's token index
    """The headline opens with a speaker and a colon ("Putin: China peace plan could …") before the cue."""
    colon = next((k for k, t in enumerate(sent[:4]) if t.surface == ":"), None)
    return colon is not None and colon > 0 and sent[0].capitalised and sent[colon].i < at


def _speech_verbs(view: DocView, cues: list[Cue]) -> dict[int, list[int]]:
    """Sentence -> token indices of its speech verbs (``cues``: the reporting verbs of this document)."""
    out: dict[int, list[int]] = {}
    for c in cues:
        # a verb of manner ("stichelt … mit einem blöden Spruch") describes the speech; what follows is no content
        if c.category == "reporting_verb" and c.span.doc == view.doc:
            toks = view.toks_between(c.span.start, c.span.end)
            after = view.toks[toks[-1].i + 1] if toks and toks[-1].i + 1 < len(view.toks) else None
            if toks and (c.cls != "metaphor" or (after is not None and after.surface == ":")):  # "signalisiert: …"
                out.setdefault(toks[0].sent, []).append(toks[0].i)
    for t in view.toks:
        if t.quoted:
            continue
        if t.lemma in _SPEECH_ACTS:
            out.setdefault(t.sent, []).append(t.i)
        elif t.lemma in _OPINION_FRAMES:
            opener = _OPINION_FRAMES[t.lemma]
            if not opener:
                out.setdefault(t.sent, []).append(t.i)
                continue
            for u in view.toks[t.i + 1 : t.i + 1 + _FRAME_REACH]:
                if u.sent != t.sent or u.surface in _BREAKS or u.surface == ",":
                    break
                if u.fold == opener:
                    out.setdefault(t.sent, []).append(u.i)  # the judgement starts after "für" / "als"
                    break
    return out


def _in_attitude_clause(sent, at: int) -> bool:  # noqa: ANN001 - the sentence's tokens, the cue's token index
    """The word at ``at`` stands in the "dass"/"that" clause of a noun of a held view ("die Befürchtung …, dass …
    könnte"; "fears that … could"; in English also without "that": "fears it could"), with no sentence mark
    between."""
    for k, t in enumerate(sent):
        if t.i >= at:
            return False
        if t.lemma.casefold().rstrip("s") in _ATTITUDES or t.fold.rstrip("s") in _ATTITUDES:
            rest = [x for x in sent[k + 1:] if x.i < at]
            clause = next((j for j, x in enumerate(rest[:4]) if x.fold in ("dass", "that")), None)
            if clause is not None and not any(x.surface in (";", ":") for x in rest[clause:]):
                return True
            if 0 < len(rest) <= 3 and not any(x.is_punct for x in rest) and not sent[k].pos:
                return True  # English without "that": "raised fears it could soon march into Ukraine"
    return False


def _postposed_tag(sent, verb: int) -> bool:  # noqa: ANN001 - the sentence's tokens, the verb's token index
    """A speech tag closing its sentence after a comma (", sagte der Nationale Sicherheitsberater der USA, Jake
    Sullivan."): the words before it are what was said."""
    before = [t for t in sent if t.i < verb]
    after = [t for t in sent if t.i > verb and not t.is_punct]
    return bool(before) and before[-1].surface == "," and len(after) <= _TAG_REACH \
        and not any(t.surface in _BREAKS for t in sent)


def _reported_sentence(sent) -> bool:  # noqa: ANN001 - the sentence's tokens
    """A sentence of indirect speech: its verb is a subjunctive I ("Putin „riskiere“ die Pipeline im Falle einer
    Invasion"), also one the outlet put in quotation marks."""
    return any(subjunctive_verb(sent, k, full_verbs=True) for k in range(len(sent)))


def _subjunctive(sent, at: int) -> bool:  # noqa: ANN001 - the sentence's tokens, the cue's token index
    """A subjunctive I governs the word at ``at``: it stands before it ("Lindner habe egoistisch gehandelt"), or
    after it in the same clause ("Egoistisch habe er gehandelt"). One only in a later clause ("hatte lediglich
    versucht, klarzumachen, dass … nicht zu trauen sei") is the subordinate clause's, not the outlet's words', and so
    is one in a clause before the cue's that a new clause follows (``clause_resumes``)."""
    for k, t in enumerate(sent):
        if not subjunctive_verb(sent, k) or t.quoted:
            continue
        if t.i < at and not clause_resumes(sent, t.i, at):
            return True
        if t.i >= at and not punctuated_between(sent, at, t.i):
            return True
    return False


def _in_noun_phrase(v: DocView, tok) -> bool:  # noqa: ANN001
    """A word of a noun phrase (attributive adjective or noun), not an adverb describing the speech. English
    text comes untagged (no English tagger ships): there an "-ly" word is taken for the adverb, unless it is
    one of the adjectives that end so ("holy", "deadly")."""
    if v.tagged:  # an "attributive" adjective before punctuation qualifies no noun ("kommentiert … bitterböse:")
        after = next((t for t in v.toks[tok.i + 1:tok.i + 3] if t.surface not in DOUBLE_QUOTE_MARKS), None)
        return tok.tag_is("ADJA", "JJ", "NN") and not (tok.tag_is("ADJA") and (after is None or after.is_punct))
    return not tok.fold.endswith("ly") or tok.fold in _LY_ADJECTIVES


def _before_zu(v: DocView, tok) -> bool:  # noqa: ANN001
    """An adjective of an infinitive clause after a speech verb: "forderte ihn auf, dankbar zu sein"."""
    return any(t.fold == "zu" for t in v.toks[tok.i + 1: tok.i + 4] if t.sent == tok.sent)


_TOPIC_PREPOSITIONS = {"zu", "zum", "zur", "über"}  # "sprach von einem historischen Augenblick": his words
_PHRASE_INNER = ("ART", "ADJA", "PPOSAT", "PIAT", "PDAT", "ADV", "CARD")


def _topic_phrase(v: DocView, verb: int, at: int) -> bool:
    """The word at ``at`` stands in the phrase naming what the speech was about, right after its verb and
    subject ("äußerte sich Kickl zu dem brisanten Vorfall", "sprach über die schwierige Lage")."""
    k = at - 1
    while k > verb and v.toks[k].tag_is(*_PHRASE_INNER):
        k -= 1
    return k > verb and v.toks[k].fold in _TOPIC_PREPOSITIONS and v.toks[k].tag_is("APPR", "APPRART") \
        and not any(t.is_punct for t in v.toks[verb + 1:at])


_THIRD_PERSON = {"er", "sie", "es", "man"}


def _verb_of_indirect_speech(v: DocView, c: Cue) -> bool:
    """A verb in the subjunctive of indirect speech after a third-person pronoun ("betonte aber, er erwarte von
    Nordkorea nun konkrete Schritte"), or in English one whose pronoun follows a verb of saying ("he said he did not
    believe the deal would …"), is the reported speaker's verb, not the outlet's choice for the statement."""
    toks = v.toks_between(c.span.start, c.span.end)
    if len(toks) != 1 or not toks[0].i:
        return False
    t = toks[0]
    if not v.language.startswith("de"):
        before = v.toks[max(0, t.i - 5):t.i]
        pronoun = next((k for k in range(len(before) - 1, -1, -1) if before[k].fold in _EN_THIRD_PERSON), None)
        return (pronoun is not None and pronoun > 0 and before[pronoun - 1].fold in _EN_SAID
                and all(u.sent == t.sent and not u.is_punct for u in before[pronoun - 1:])) or _said_that(v, t)
    return t.lemma.endswith("en") and t.fold == t.lemma[:-1] and v.toks[t.i - 1].fold in _THIRD_PERSON


_EN_CLAUSE_OPENERS = {"what", "which", "who", "whom", "while", "when", "after", "before", "although", "though",
                      "because", "if", "since", "whereas"}  # not "as": "As Reuters reported, …" reports what follows


_MANNER_NOUNS = ("wort", "worte", "ton", "tonfall", "stimme", "nachdruck", "lächeln", "miene", "blick", "geste",
                 "vehemenz", "schärfe", "deutlichkeit")


def _manner_phrase(v: DocView, first) -> bool:  # noqa: ANN001 - the cue's first token
    """The cue is in a phrase of manner, "mit scharfen Worten", "mit ernster Miene": the outlet describing how
    something was said, not what."""
    k = first.i - 1
    while k >= 0 and v.toks[k].tag_is("ART", "ADJA", "ADV", "PIAT", "PPOSAT"):
        k -= 1
    if k < 0 or v.toks[k].fold != "mit":
        return False
    j = first.i
    while j < len(v.toks) and v.toks[j].sent == first.sent and v.toks[j].tag_is("ADJA", "ADJD", "ADV", "KON", "$,"):
        j += 1
    head = v.toks[j] if j < len(v.toks) else None
    return head is not None and head.tag_is("NN") and head.lemma.rsplit("-", 1)[-1].endswith(_MANNER_NOUNS)


def _reported_clause(between):  # noqa: ANN001, ANN201 - tagged tokens between a verb of saying and a modal
    """Where the clause a German verb of saying reports opens: after the speech tag's own words up to its comma
    ("erklärte aber, die Beziehungen … könnten nur erblühen": "aber" belongs to the tag, no contrast), and at the
    subordinator that opens it ("erklärte Putin unmissverständlich, was die Aufnahme der Ukraine in die NATO zur
    Folge haben könnte": the whole verb-final clause is reported, however long)."""
    comma = next((k for k, t in enumerate(between) if t.surface == ","), None)
    if comma is None or comma > _TAG_SUBJECT + 2 or any(t.surface in _BREAKS for t in between[:comma]):
        return between
    rest = between[comma + 1:]
    if rest and rest[0].tag_is("KOUS", "PWS", "PWAV", "PWAT") \
            and not any(t.tag_is("VVFIN", "VAFIN", "VMFIN") or t.surface in _BREAKS for t in rest[1:]):
        return rest[:1]  # a verb-final clause (an infinitive inserted with commas or not): the modal closes it
    return rest


def _subordinate_verb(v: DocView, verb: int) -> bool:
    """The verb of saying stands in a subordinate clause ("Die Zeitung, die dies berichtet hatte, erhielt …",
    "Während Merkel … betonte, wehrte sich Trump …", "In wrapping up what he called a “deeply productive” summit,
    Trump issued …"): what it reports ends with that clause, at the next comma ("Wie X berichtete, …" and "As X
    reported, …" report what follows)."""
    t = v.toks[verb]
    k = verb - 1
    while k >= 0 and v.toks[k].sent == t.sent and v.toks[k].surface != ",":
        k -= 1
    clause = [u for u in v.toks[k + 1:verb] if u.sent == t.sent and u.surface not in DOUBLE_QUOTE_MARKS]
    if v.tagged:
        opener = next((u for u in clause if not u.tag_is("APPR", "APPRART")), None)
        return opener is not None and opener.tag_is("PRELS", "PRELAT", "KOUS", "PWAV", "PWS") and opener.fold != "wie"
        # "Wie Biden berichtete, gehörten die Gespräche zu den konstruktivsten": the report follows
    return any(u.fold in _EN_CLAUSE_OPENERS for u in clause[-4:])


def _in_speech_tag(v: DocView, verb: int, at: int) -> bool:
    """The word at ``at`` stands in a speech tag after what was said, a few words after its verb and before any
    comma (", sagte Trump euphorisch, während …"); ", erklärten er und Putin, einen konstruktiven Dialog geführt zu
    haben" goes on to what was said."""
    said = v.toks[verb]
    if not (verb < at <= verb + _TAG_SUBJECT + 4) or said.lemma not in _SAYING or verb == 0 or said.fold.endswith("ing"):
        return False  # ", saying it was illegal": what was said follows
    return v.toks[verb - 1].surface == "," and not any(t.is_punct for t in v.toks[verb + 1:at])


def _estimate_in_reported_clause(v: DocView, c: Cue, first) -> bool:  # noqa: ANN001 - the cue's first token
    """A probability adverb right after the subjunctive verb of indirect speech ("Dies werde jedoch
    höchstwahrscheinlich ein Ferngespräch sein"), or right before it at the end of a clause ("dass Sicherheit in
    Europa nur mit Russland möglich sei"): the speaker's estimate, not the outlet's hedge."""
    if c.category != "hedge" or c.cls != "adverb" or not first.tag_is("ADV", "ADJD"):
        return False
    after = v.toks[first.i + 1] if first.i + 1 < len(v.toks) else None
    if after is not None and after.sent == first.sent and after.fold in SUBJUNCTIVE_I and after.tag_is("VAFIN", "VMFIN"):
        return True
    before = [t for t in v.toks[max(0, first.i - 3):first.i] if t.sent == first.sent and not t.tag_is("ADV", "KON")]
    return bool(before) and (third_person_subjunctive(before[-1]) or before[-1].fold in SUBJUNCTIVE_I)


_SHOWING_DE = {"unterstreichen", "demonstrieren", "verdeutlichen", "zeigen", "dokumentieren"}
_SHOWING = {"underscore", "underline", "highlight", "signal", "show", "reflect", "illustrate", "demonstrate", "mark"}


def _narrating_participle(v: DocView, verb: int) -> bool:
    """An English -ing verb of showing right after a comma: the outlet comments ("…, underscoring the unease");
    ", saying it was illegal" reports the subject's words."""
    t = v.toks[verb]
    return verb > 0 and t.fold.endswith("ing") and t.lemma in _SHOWING and v.toks[verb - 1].surface == ","


def _opening_participle(v: DocView, verb: int) -> bool:
    """An English participle opening its sentence ("Heralded by the Kremlin as …, the visit …", "Lauding Biden's
    career, the Clintons said …"): what it reports ends at the first comma."""
    t = v.toks[verb]
    return (verb == 0 or v.toks[verb - 1].sent != t.sent) and t.fold.endswith(("ed", "ing"))


_HEARSAY = {"soll", "sollen", "will", "wollen"}  # indicative: hearsay; "solle", "sollten" in indirect speech are deontic
_EN_THIRD_PERSON = {"he", "she", "they"}
_EN_SAID = {"said", "says", "say", "added", "insisted", "stressed", "claimed"}
_EN_TOLD = _EN_SAID | {"told", "stated", "announced"}
_EN_COORDINATORS = {"and", "but", "or"}


def _said_that(v: DocView, t) -> bool:  # noqa: ANN001 - the verb's token
    """English: the verb is the predicate of a "that" clause a verb of saying opens a few words before it ("the
    foreign ministry said in a statement that Beijing and Moscow believe that …", "told reporters that the North had
    demanded …"): the speaker's verb. Not after "and", "but" ("told Putin that “…” and urged …": a second predicate
    of the outlet's sentence), nor past punctuation or a quotation mark."""
    k = t.i - 1
    while k >= 0 and t.i - k <= 6 and v.toks[k].sent == t.sent and v.toks[k].fold != "that":
        if v.toks[k].is_punct or v.toks[k].surface in "“”\"‘’'":
            return False
        k -= 1
    if k < 1 or v.toks[k].fold != "that" or k == t.i - 1 or v.toks[t.i - 1].fold in _EN_COORDINATORS:
        return False
    return any(v.toks[j].fold in _EN_TOLD and v.toks[j].sent == t.sent for j in range(max(0, k - 5), k))


def credit_reported_speech(cues: list[Cue], views: dict[str, DocView]) -> None:
    by_doc: dict[str, list[Cue]] = {}
    for c in cues:
        if c.category == "reporting_verb":
            by_doc.setdefault(c.span.doc, []).append(c)
    verbs = {doc: _speech_verbs(v, by_doc.get(doc, [])) for doc, v in views.items()}
    for c in cues:
        if c.category == "reporting_verb" and c.speaker == "outlet" and c.span.doc in views \
                and _verb_of_indirect_speech(views[c.span.doc], c):
            c.speaker, c.shown = "quoted", False
            continue
        label = c.category == "event_label" and c.cls not in ("neutral", "marked_name")
        if (c.category not in ("evaluative", "hedge") and not label) or c.speaker != "outlet" \
                or c.span.doc not in views:
            continue
        v = views[c.span.doc]
        if not v.tagged and v.language != "en":
            continue
        toks = v.toks_between(c.span.start, c.span.end)
        if not toks:
            continue
        first = toks[0]
        if label:  # an event named in a sentence of indirect speech is named by the speaker
            sent_toks = v.sentences[first.sent].toks
            tagged_after = any(verb > first.i and v.toks[verb].lemma in _SAYING and _postposed_tag(sent_toks, verb)
                               for verb in verbs[c.span.doc].get(first.sent, ()))
            if first.kind != "headline" and (_reported_sentence(sent_toks) or tagged_after):
                c.speaker, c.shown = "quoted", False
            continue
        hearsay = c.cls == "reportative" and first.fold in _HEARSAY  # "Das soll Xi … genutzt haben": the outlet's
        modal = c.category == "hedge" and not hearsay and (first.tag_is("VMFIN") or c.cls == "modal"  # "könnten"
                                                           or (not v.tagged and first.fold in _LIKELIHOOD))
        sent = v.sentences[first.sent].toks
        if first.kind == "headline":
            if modal and _speaker_prefix(sent, first.i):  # "Putin: China peace plan could be basis to end war"
                c.speaker, c.shown = "quoted", False
            continue
        if c.category == "evaluative" and any(_in_speech_tag(v, verb, first.i) for verb in verbs[c.span.doc].get(
                first.sent, ())):
            continue  # "…, sagte Trump euphorisch", "…, sagte Xi mit einem Lächeln": the outlet describes the speaking
        if _subjunctive(sent, first.i):  # "Lindner habe egoistisch gehandelt": indirect speech, whoever said it
            if c.category == "evaluative" or modal or _estimate_in_reported_clause(v, c, first):
                c.speaker, c.shown = "quoted", False
            continue
        if c.category != "evaluative" and not modal:
            continue  # a hedge word ("mutmaßlich", "nach bisherigen Erkenntnissen") after a speech verb is the outlet's
        if modal and _in_attitude_clause(sent, first.i):
            c.speaker, c.shown = "quoted", False
            continue
        in_sentence = verbs[c.span.doc].get(first.sent, ())
        later = any(x > first.i for x in in_sentence)  # a verb of saying after the cue ("… und sich … bedankt")
        for verb in in_sentence:
            if not v.tagged and _narrating_participle(v, verb):
                continue  # "…, underscoring the intense unease": the outlet's comment, no one's speech
            if verb < first.i:
                between = v.toks[verb + 1:first.i]
                that = [k for k, t in enumerate(between) if t.fold == "that"]
                if modal and that:  # the reported clause opens at "that": "told reporters shortly before … that …"
                    between = between[that[-1]:]
                if modal and between and between[0].surface == ":":  # … or at a colon right after the verb:
                    between = between[1:]  # "sagt die Kanzlerin und signalisiert: Nach … könnte jetzt Tauwetter …"
                if modal and v.tagged:
                    between = _reported_clause(between)
                if modal:  # "Mr Putin said the peace plan could be put forward …", not "…, but talks could fail"
                    reach = 2 * _MODAL_REACH if not any(t.is_punct for t in between) else _MODAL_REACH
                    if v.toks[verb].lemma in _SAYING and 0 < len(between) <= reach and not any(
                            t.surface in _BREAKS or t.fold in _CONTRAST for t in between):
                        c.speaker, c.shown = "quoted", False
                        break
                    continue
                if v.tagged and _topic_phrase(v, verb, first.i):
                    continue  # "äußerte sich Kickl zu dem brisanten Vorfall": what he spoke about, in the outlet's words
                if not _in_noun_phrase(v, first) and not _before_zu(v, first) and not (
                        v.toks[verb].fold in _FRAME_OPENERS and first.tag_is("ADJD")):  # "findet es großartig"
                    continue  # "sagte allerdings lediglich": the outlet describing how it was said
                if not v.tagged and v.toks[verb].lemma in _OBJECT_VERBS and not any(t.fold in ("as", "for")
                                                                                   for t in between):
                    continue  # "praised Russia's brutal war": the outlet names what was praised; "as …" is Kim's
                comma = any(t.surface == "," for t in between)
                if not v.tagged and _opening_participle(v, verb) and comma:
                    continue  # "Heralded by the Kremlin as a show of support, Mr Xi's visit featured staged pomp"
                if v.tagged and german_back_to_narration(between):
                    continue
                if relative_clause(between) or dash_between(between) or (v.tagged and second_predicate(
                        v.toks[verb], between, later)) or (not v.tagged and english_time_clause(between)):
                    continue  # "…, die den Präsidenten wie einen Rockstar empfingen", "… gesprochen und eine dramatische …"
                if v.tagged and _manner_phrase(v, first):
                    continue  # "wehrte sich Trump mit scharfen Worten gegen den Vorwurf": how he spoke
                if comma and _subordinate_verb(v, verb):
                    continue  # "Die Zeitung, die dies berichtet hatte, erhielt massive Drohungen": the clause ended
                if v.tagged and v.toks[verb].lemma in _SHOWING_DE and not any(
                        t.tag_is("KOUS") or t.surface in _BREAKS or t.surface in DOUBLE_QUOTE_MARKS for t in between):
                    continue  # "unterstreicht Moskau erneut seinen martialischen Kurs": shown by acts, named by the outlet
                if not any(t.surface in _BREAKS for t in between) and not (not v.tagged and english_back_to_narration(between)):
                    c.speaker, c.shown = "quoted", False
                    break
            else:
                after = [t for t in sent if t.i >= verb and not t.is_punct]
                # ", sagte Putin." / ", officials said." / ", Peskov told reporters.": a comma opens the tag
                reach = _TAG_SUBJECT + (verb > 0 and v.toks[verb - 1].fold in _TAG_AUXILIARIES)  # "Putin has said"
                lead = [t for t in sent if verb - reach <= t.i < verb]
                closed = any(t.is_punct and t.surface in "\"“”»«" for t in lead)  # „…“, sagte Putin nach …
                if (len(after) <= _TAG_WINDOW or modal and closed) and any(t.surface == "," for t in lead) \
                        and not any(t.surface in _BREAKS for t in lead):
                    c.speaker, c.shown = "quoted", False
                    break

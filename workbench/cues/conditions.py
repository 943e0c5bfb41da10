"""Conditions some lexicon entries carry (lexicon README, matching contract rule 6).

- ``dürfen``, ``können``, ``müssen`` (hedge): only the subjunctive II forms
  (dürfte, könnte, müsste and their other persons). "darf", "kann", "muss"
  state permission, ability or necessity, not likelihood. "müsste" also needs a verb of state or of sufficing
  ("Das müsste reichen") or a perfect infinitive: with a verb of action it is a necessity ("Dann müssten die
  Sanktionen fallen"), mostly in indirect speech.
- ``sollen``, ``wollen`` (hedge, reportative): only with a perfect infinitive
  ("soll … gesagt haben", "will … gesehen haben"), and ``sollen`` also with a verb
  of state ("Der Name soll schon feststehen", "Er soll krank sein", "Es soll zwei Todesopfer geben"); "soll" of plans
  or purpose ("Die Wahl soll im März stattfinden") is no hedge, nor is "sollte" opening a clause, a condition
  ("Sollte Putin über Scholz gerätselt haben, …").
- ``so`` (attribution, postposed_so): see ``so_frames``.
- ``scharf``, ``harsh``, ``harshly``, ``sharp`` (evaluative, intensifier): only of criticism or speech ("kritisierte
  Scholz scharf", "scharfe Kritik", "scharfe Töne", "harsh words"), not of a knife or a "sharp increase".
- ``historisch``, ``historic`` (evaluative): not of a place, a thing or knowledge of the past ("die historischen
  Gassen", "the historic Hotel Metropole", "die historische Geburtsurkunde", "ein historischer Überblick");
  ``eisig``, ``frostig``, ``icy``, ``frosty`` not of the weather ("wegen eisiger Kälte").
- ``als * gelten`` (hedge): only verb-final ("die als Formsache gilt,"), not "Als Kind galt er als …".
- ``annehmen`` (speculative): "assume" only with a clause after it ("nimmt an, dass …",
  "Es wird angenommen, dass …", "…, wie angenommen wird"); with an object it means
  "accept, adopt" ("keinerlei Dokument angenommen", "nahm die Einladung an").
- ``per *`` (attribution): only before a name ("per Politico", not "per cent").
- ``laut *`` (attribution): only the preposition ("laut Experten"), not the
  adjective ("ein lauter Eklat").
- ``unklar``, ``unclear`` (hedge): not of an open question ("unklar, wie weiter verfahren werden sollte",
  "Wann erneut abgestimmt wird, ist unklar", "unclear how many"): the outlet says what is not known yet and
  withholds no claim. With "ob", "if", "whether" a claim is held in suspense ("Unklar bleibt, ob … kolportiert
  wurde") and the entry holds.
- ``komplett``, ``total``, ``mächtig``, ``denkbar``, ``vollkommen``, ``absolut`` (evaluative, intensifier): only as a degree word right before
  an adjective or participle ("mächtig angeschlagen", "denkbar knapp", "total überrascht"); "die komplette
  Regierung", "ein mächtiger Mann" are no intensifiers. ``denkbar`` (hedge) then never counts: "denkbar
  vorgeführt" is no possibility.
- Manner of speaking (reporting verb, an adverb entry: ``aufgebracht``, ``eindringlich``; ``angrily``,
  ``bluntly``): only in the clause of a verb of speech, within four words of it ("sagte Trump aufgebracht",
  "reagierte verärgert", "said angrily"); "die aufgebrachte Menge", "ein wütender Mob" describe no speech.
- Platforms as channels (attribution: ``on social media``, ``on x``, ``auf x``, ``auf facebook`` …): only where a
  verb of saying stands within five words ("Modi wrote on social media", "schreibt Neumann auf X"); "a video
  on X" is no channel.
- ``mann``, ``man`` (actor label): only for a pair, right after "beiden", "beide", "both", "two" ("Die beiden
  Männer begannen ihr Treffen", "the two men"); "ein 50-jähriger Mann" names no actor by a label.
- ``medien``, ``zeitung`` (attribution): only where a verb of saying stands within five words in the clause
  ("das berichten mehrere Medien übereinstimmend", "meldete die «Bild»-Zeitung", "Westliche Medien stellten
  fest"), never after "sozial" ("in den sozialen Medien" is a place, not a source) or under a preposition
  other than "laut" ("vor den amerikanischen Medien widersprechen": the media are the audience).
- Factive reporting verbs (``bestätigen``, ``confirm`` …): not negated or awaited ("are yet to confirm", "noch nicht
  bestätigt"), and in English not a participle before a noun ("single confirmed survivor").
- ``in aussicht`` (reporting verb, "in Aussicht stellen"): only with a form of "stellen" up to twelve tokens
  before it or right after it ("stellte Putin Unterstützung beim Bau von Satelliten in Aussicht").
- ``nahelegen``, ``hindeuten`` (hedge): a conclusion from signs ("Posts legen nahe, dass …"); not with a person
  or a personal pronoun right beside the verb ("legte Putin nahe, Orban spreche für …": an insinuation he made).
- ``possible``, ``möglich`` (hedge): not after "as", "if", "where", "wie", "falls" … ("as soon as possible",
  "if possible", "so bald wie möglich"): an idiom of haste or condition, no claim held open. No hedge is asked
  about ("Wie wahrscheinlich ist eine Verhaftung?", "How likely is …?"): a question of likelihood holds no claim.
- ``bombardieren`` needs no code: only the phrases with "Fragen" are listed.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from workbench.cues.textview import OPENING_QUOTES, DocView, Tok, folded
from workbench.cues.verb_senses import asked_whether, denied_before, introduces_a_name, word_sense

if TYPE_CHECKING:  # pragma: no cover
    from workbench.cues.matcher import Match

_SUBJUNCTIVE_II = {"dürfen": ("dürfte", "dürftest", "dürften", "dürftet"), "können": ("könnte", "könntest", "könnten",
                   "könntet"), "müssen": ("müsste", "müsstest", "müssten", "müsstet")}
_PERFECT_MODALS, _AUXILIARIES = ("sollen", "wollen"), ("haben", "sein")
CLAUSE_END = (",", ";", ":", ".", "!", "?", "–", "—")


def _perfect_infinitive(seq: list[Tok], p: int) -> bool:
    """A past participle followed by haben/sein in the modal's clause (after it, or right before it)."""
    # verb-second clause: "soll das gesagt haben"
    j = p + 1
    while j < len(seq) - 1 and not (seq[j].is_punct and seq[j].surface in CLAUSE_END):
        if seq[j].pos.endswith("PP") and seq[j + 1].lemma in _AUXILIARIES:
            return True
        j += 1
    # verb-final clause: "…, dass er das gesagt haben soll"
    return p >= 2 and seq[p - 1].lemma in _AUXILIARIES and seq[p - 2].pos.endswith("PP")


_COPULA_LEMMAS = {"sein", "werden", "bleiben", "wirken", "scheinen", "erscheinen", "gelten", "finden", "halten"}


def _predicative(seq: list[Tok], p: int) -> bool:
    """An adjective said of something through a copula ("die Lage ist klar", "es sei respektlos"); one before a
    verb of its own modifies that verb ("ist spektakulär gescheitert", "gibt sich kämpferisch")."""
    if p + 1 < len(seq) and seq[p + 1].tag_is("VVPP", "VVINF", "VVIZU"):
        return False
    return any(t.lemma in _COPULA_LEMMAS for t in seq[max(0, p - 4):p]) or \
        any(t.lemma in _COPULA_LEMMAS for t in seq[p + 1:p + 2])


# Verbs of state: "soll" with one of them reports hearsay ("Der Name soll schon feststehen", "Er soll krank
# sein"); with an event verb it states a plan ("Die Wahl soll im März stattfinden").
_STATES = {"sein", "haben", "feststehen", "stehen", "liegen", "gelten", "besitzen", "wissen", "kennen",
           "existieren", "bestehen", "befinden", "stecken", "verfügen"}


def _verb_after(seq: list[Tok], p: int, tags: tuple[str, ...]) -> tuple[int, Tok] | None:
    """The first verb with one of ``tags`` after the modal at ``p`` in its clause, and how many words lie between."""
    for k, t in enumerate(seq[p + 1:p + 10]):
        if t.is_punct and t.surface in CLAUSE_END:
            return None
        if t.tag_is(*tags):
            return k, t
    return None


def _state_infinitive(seq: list[Tok], p: int) -> bool:
    """The modal's infinitive, later in its clause, is a verb of state, or "geben" of victims ("Es soll zwei
    Todesopfer geben": reportedly there are; "Es soll eine Untersuchung geben" is a plan)."""
    found = _verb_after(seq, p, ("VAINF", "VVINF"))
    if found is None:
        return False
    k, t = found
    return t.lemma in _STATES or (t.lemma == "geben" and any(x.lemma in _VICTIMS for x in seq[p + 1:p + 1 + k]))


# "müsste" of likelihood: with a verb of state or of sufficing ("Das müsste reichen", "Er müsste längst dort
# sein") or a perfect infinitive ("müsste es gewusst haben"); with a verb of action it is a necessity, often in
# indirect speech ("Dann müssten die Sanktionen fallen", "… nach Hause fahren müssten"), no hedge.
_LIKELY_MUST = {"stimmen", "reichen", "ausreichen", "genügen", "klappen", "gelingen", "zutreffen"}


def _likely_must(seq: list[Tok], p: int) -> bool:
    """"müsste" with a verb of state or of sufficing in its clause (the tagger may take the infinitive for a finite
    form: "müssten bis zum Winter reichen"), right before it ("…, was reichen müsste"), or a perfect infinitive."""
    if _perfect_infinitive(seq, p):
        return True
    verbs = ("VAINF", "VVINF", "VVFIN", "VAFIN")
    found = seq[p - 1] if p > 0 and seq[p - 1].tag_is(*verbs) else (_verb_after(seq, p, verbs) or (0, None))[1]
    return found is not None and (found.lemma in _STATES or found.lemma in _LIKELY_MUST)


_VICTIMS = {"tote", "toter", "todesopfer", "opfer", "verletzte", "verletzter", "schwerverletzte", "vermisste"}


_OPEN_QUESTION_ENTRIES = {"unklar", "unclear"}
_QUESTION_WORDS = {"wie", "wann", "wer", "wen", "wem", "wessen", "was", "wo", "wohin", "woher", "warum", "weshalb",
                   "wieso", "weswegen", "welche", "welcher", "welches", "welchen", "welchem", "wieviel", "wozu",
                   "how", "when", "who", "whom", "whose", "what", "where", "why", "which"}
# words between "unklar" and its clause: "unklar bleibt zunächst, wie", "it remains unclear exactly how"
_BEFORE_CLAUSE = {"ist", "bleibt", "war", "blieb", "sei", "noch", "zunächst", "weiterhin", "bislang", "bisher",
                  "vorerst", "auch", "jedoch", "aber", "allerdings", "is", "was", "remains", "remained", "still",
                  "yet", "exactly", "precisely", "also", "however", "as", "of", "to", "so", "far", "for", "now"}


_WHETHER, _FUTURE = {"ob", "if", "whether"}, {"wird", "werden", "würde", "würden", "will", "would", "'ll"}
_FUTURE_REACH = 8  # the future's auxiliary stands this many words into the "ob" / "whether" clause at most


def _open_question(seq: list[Tok], p: int) -> bool:
    """"unklar" said of a question word's clause, after it ("unklar, wie …") or before it ("Wann …, ist unklar"),
    or of what will happen ("It now remains unclear if a deal will survive", "unklar, ob er bleiben wird"); "unklar,
    ob die Linke zugestimmt hat" withholds commitment to a claim about what happened."""
    for k, t in enumerate(seq[p + 1:p + 7], p + 1):
        if t.is_punct or (t.fold in _BEFORE_CLAUSE and not (seq[k - 1].surface == "," and t.fold in _QUESTION_WORDS)):
            continue  # "Unklar war, was …": after the comma "was" asks, it is no English copula
        if t.fold in _WHETHER:
            clause = []
            for u in seq[k + 1:k + 1 + _FUTURE_REACH]:
                if u.is_punct and u.surface in CLAUSE_END:
                    break
                clause.append(u)
            return any(u.fold in _FUTURE for u in clause)
        return t.fold in _QUESTION_WORDS
    return bool(seq) and seq[0].fold in _QUESTION_WORDS and any(t.surface == "," for t in seq[:p])


_COPULAS = {"sein", "bleiben", "be", "remain", "is", "are", "was", "were"}


def _said_of_subject(seq: list[Tok], p: int) -> bool:
    """"Die Motive … sind noch unklar.": said of a subject after a copula, ending the clause, the word names an
    open question (what is not yet known), it hedges no claim ("Es ist unklar, ob …" stays a hedge)."""
    ends = p + 1 >= len(seq) or (seq[p + 1].is_punct and seq[p + 1].surface != ",")
    return ends and any(t.lemma in _COPULAS or t.fold in _COPULAS for t in seq[max(0, p - 3):p])


_DEGREE_ONLY = {"komplett", "total", "mächtig", "denkbar", "vollkommen", "absolut"}


def _degree_use(seq: list[Tok], p: int) -> bool:
    """The word modifies the adjective or participle right after it."""
    return p + 1 < len(seq) and seq[p + 1].tag_is("ADJA", "ADJD", "VVPP")


# "scharf" of speech: "kritisierte Scholz scharf", "scharfe Kritik", "schlägt scharfe Töne an"; not a knife
_SHARP_OF = {"kritisieren", "kritik", "verurteilen", "angreifen", "angriff", "ton", "töne", "wort", "zurückweisen",
             "reagieren", "reaktion", "attackieren", "attacke", "warnen", "warnung", "rüge", "rügen", "protest",
             "protestieren", "widerspruch", "widersprechen", "formulieren",
             # English (untagged: word forms and the lemma table's lemmas): "harsh words", "sharp criticism"
             "criticism", "criticize", "criticise", "criticized", "criticised", "word", "words", "rebuke", "attack",
             "warning", "warn", "warned", "tone", "rhetoric", "language", "response", "reaction", "remark", "remarks",
             "comment", "comments", "condemnation", "condemn", "condemned", "reply", "retort", "rebuttal"}


# what "historisch" / "historic" describes as old or about the past, not as momentous: places, buildings, documents,
# knowledge ("die historischen Gassen", "the historic Hotel Metropole", "die historische Geburtsurkunde", "einen
# historischen Überblick", "historische Anspielungen")
_OF_THE_PAST = ("gasse", "altstadt", "zentrum", "viertel", "gebäude", "bau", "hotel", "villa", "palast", "estate",
                "building", "district", "quarter", "urkunde", "dokument", "foto", "aufnahme", "überblick",
                "anspielung", "referenz", "gedächtnis", "vergleich", "hintergrund", "kontext", "quelle", "forschung",
                "allusion", "reference", "overview", "background", "context", "record", "site", "town", "city",
                "beispiel", "bedenken", "erfahrung", "parallele", "vorbild", "gründe", "grund", "wurzel", "example",
                "precedent", "parallel", "roots", "reasons", "grievance")  # examples and concerns from the past


_COLD = {"eisig", "frostig", "eiskalt", "icy", "frosty"}  # of a relationship ("frostige Beziehungen"), not the weather
_WEATHER = ("kälte", "temperatur", "wind", "wetter", "winter", "regen", "schnee", "frost", "cold", "weather",
            "temperature", "snow")


def _of_the_past(seq: list[Tok], p: int) -> bool:
    """The noun "historisch" modifies (within three words; in untagged English any of them, "the historic
    Bourn-Roth Estate") is a place, a thing or knowledge."""
    for t in seq[p + 1:p + 4]:
        if t.is_punct:
            return False
        if t.lemma.endswith(_OF_THE_PAST):
            return True
        if t.tag_is("NN", "NOUN"):
            return False  # the head noun, of something momentous ("historischer Besuch")
    return False


def _sharp_speech(seq: list[Tok], p: int) -> bool:
    """"scharf" within three words of a word of criticism or speech in its sentence."""
    return any(t.lemma in _SHARP_OF or t.fold in _SHARP_OF for t in seq[max(0, p - 3):p + 4] if t is not seq[p])


# verbs of speech a manner adverb can describe (lemmas; English untagged: word forms)
_SPEECH_LEMMAS = folded({"sagen", "sprechen", "reden", "erklären", "antworten", "entgegnen", "erwidern", "fragen", "rufen", "reagieren",
                  "kommentieren", "kritisieren", "betonen", "meinen", "äußern", "hinzufügen", "schreiben", "warnen",
                  "mahnen", "appellieren", "fordern", "verkünden", "schimpfen", "wettern", "zurückweisen", "widersprechen",
                  "beteuern", "versichern", "bekräftigen", "kontern", "schreien", "brüllen", "zurufen", "nachlegen",
                  "unterbrechen", "protestieren", "insistieren", "bitten", "beharren", "verteidigen", "ankündigen",
                  "say", "said", "says", "saying", "tell", "told", "reply", "replied", "respond", "responded", "ask",
                  "asked", "add", "added", "shout", "shouted", "snap", "snapped", "declare", "declared", "insist",
                  "insisted", "react", "reacted", "write", "wrote", "speak", "spoke", "answer", "answered", "retort",
                  "retorted", "deny", "denied", "reject", "rejected", "criticise", "criticised", "criticize",
                  "criticized", "warn", "warned", "argue", "argued", "repeat", "repeated", "dismiss", "dismissed"})
_MANNER_POS = ("", "RB")  # German: adjectives and participles ("aufgebracht" is tagged VVPP), so no tag
_CLAUSE_MARKS = {",", ";", ":", ".", "!", "?", "–", "—", "(", ")"}  # quotation marks are no boundary ("die «Bild»-Zeitung")


def _clause_mark(seq: list[Tok], k: int) -> bool:
    """Clause punctuation; not the dot of an ordinal ("Leo XIV.", "am 5.")."""
    if seq[k].surface == "." and k > 0 and seq[k - 1].end == seq[k].start and seq[k - 1].tag_is("CARD", "ADJA") \
            and k + 1 < len(seq):
        return False
    return seq[k].surface in _CLAUSE_MARKS


def _manner_of_speech(seq: list[Tok], p: int) -> bool:
    """A verb of speech within five words of ``seq[p]``, in its clause ("äußerte der US-Präsident sich ebenfalls
    anerkennend")."""
    return _speech_near(seq, p, _SPEECH_LEMMAS, 5)


def _speech_near(seq: list[Tok], p: int, verbs: AbstractSet[str], reach: int) -> bool:
    """One of ``verbs`` within ``reach`` words of ``seq[p]``, in its clause."""
    for step in (-1, 1):
        k = p + step
        while 0 <= k < len(seq) and abs(k - p) <= reach and not _clause_mark(seq, k):
            if seq[k].lemma in verbs or seq[k].fold in verbs:
                return True
            k += step
    return False


_MEDIA_SOURCES = {"medien", "zeitung"}
_REPORTING = _SPEECH_LEMMAS | {"berichten", "melden", "feststellen", "benennen", "nennen", "zitieren", "spekulieren",
                               "vermelden", "veröffentlichen", "enthüllen"}


def _media_report(seq: list[Tok], p: int) -> bool:
    """A medium said something in its clause: it is no "soziale Medien", and no preposition other than "laut"
    governs it ("vor den amerikanischen Medien widersprechen": the media are the audience)."""
    if p > 0 and seq[p - 1].lemma.startswith(("sozial", "social")):
        return False
    k = p - 1
    while k >= 0 and seq[k].tag_is("ART", "ADJA", "PIAT", "PPOSAT", "CARD", "$("):
        k -= 1
    if k >= 0 and seq[k].tag_is("APPR", "APPRART") and seq[k].fold not in ("laut", "nach"):
        return False
    return _speech_near(seq, p, _REPORTING, 5)


_PLATFORMS = {"social media", "x", "facebook", "twitter", "instagram", "telegram"}
_CHANNEL_VERBS = _REPORTING | {"posted", "posting", "write", "wrote", "writes", "announce", "announced", "mitteilen",
                                "report", "reported", "state", "stated", "posten", "twittern", "veröffentlichen"}


def _platform_channel(e_match: str, seq: list[Tok], p: int, m_len: int) -> bool:
    """"on X" / "auf X" names the channel of a statement only beside a verb of saying."""
    return _speech_near(seq, p, _CHANNEL_VERBS, 5) or _speech_near(seq, p + m_len - 1, _CHANNEL_VERBS, 5)


_PAIR_ONLY, _PAIR_WORDS = {"mann", "man"}, {"beiden", "beide", "both", "two"}


_NEGATIONS = {"nicht", "kein", "keine", "noch", "nie", "not", "n't", "never", "yet", "no"}
_EN_NOUN_AFTER = {"that", "on", "in", "to", "by", "at", "the", "a", "an", "his", "her", "their", "its", "it", "this",
                  "these", "those", "as", "what", "how", "he", "she", "they", "we", "i", "with", "from", "for"}


def _presented_as_fact(seq: list[Tok], p: int, english: bool) -> bool:
    """A factive verb presents the content as true only when it is said: not negated or still awaited ("are yet to
    confirm", "noch nicht bestätigt"), and in English not a participle before a noun ("single confirmed survivor")."""
    if any(t.fold in _NEGATIONS for t in seq[max(0, p - 3):p]):
        return False
    if english and seq[p].fold.endswith("ed") and p + 1 < len(seq):
        nxt = seq[p + 1]
        if nxt.surface[:1].isalpha() and nxt.surface[:1].islower() and nxt.fold not in _EN_NOUN_AFTER:
            return False
    return True


# conclusions from signs ("Posts in sozialen Netzwerken legen nahe, dass …"); with a person as subject ("legte
# Putin nahe, Orban spreche für …", "er deutete an") they are a verb of speech, not the outlet's hedge
_SIGNS = {"nahelegen", "hindeuten"}
_POSSIBLE, _HOW = {"possible", "möglich"}, {"wie", "how"}
_NOT_A_POSSIBILITY = {"as", "if", "where", "wherever", "whenever", "wie", "falls", "wenn", "wo", "schnellstmöglich"}
_SEEMING = {"appear", "seem"}
_SEEMING_NEXT = {"to", "that", "as", "likely", "unlikely", "set", "poised", "ready", "close", "certain", "sure"}
_SUPERLATIVE_OPENERS = {"most", "best", "least", "only", "first", "last"}


def _hyphen_joined(text: str, start: int) -> bool:
    return start >= 2 and text[start - 1] in "-‐" and text[start - 2].isalpha()


def condition_holds(m: Match, seq: list[Tok], p: int, view: DocView) -> bool:
    e = m.entry
    if e.family == "reporting_verb" and e.cls == "speculative" and p > 0 and seq[p - 1].fold in ("als", "than"):
        return False  # a comparison, no one expecting: "besser verlaufen als erwartet", "faster than expected"
    if not word_sense(e.family, e.match, seq, p):
        return False  # "Am Freitag wiederholt sich dieser historische Tag", "über mögliche Sanktionen"
    if e.family == "event_label" and e.cls in ("minimising", "neutral") and denied_before(seq, p):
        return False  # "verläuft ohne große Zwischenfälle", "without incident": no event is named ("Es gab keinen
        # Eklat" still invokes the scandal)
    if e.family == "reporting_verb" and _hyphen_joined(view.text, seq[p].start):
        return False  # the second part of a word joined by a hyphen: "self-proclaimed" names no speech
    if e.family == "reporting_verb" and e.cls == "factive" and not _presented_as_fact(
            seq, p, view.language.startswith("en")):
        return False
    if e.family == "attribution" and e.match.split(" ", 1)[0] in ("on", "auf") \
            and e.match.split(" ", 1)[-1] in _PLATFORMS:
        return _platform_channel(e.match, seq, p, len(m.toks))
    if e.family == "attribution" and e.match in _MEDIA_SOURCES and len(m.toks) == 1:
        return _media_report(seq, p)
    if e.match == "per *" and e.family == "attribution":  # "per Politico", not "per cent", "per day"
        return len(m.toks) > 1 and m.toks[1].capitalised
    if e.family == "actor_label" and e.match in _PAIR_ONLY:
        return p > 0 and seq[p - 1].fold in _PAIR_WORDS
    if e.family == "reporting_verb" and e.pos in _MANNER_POS and len(m.toks) == 1 and " " not in e.match:
        return not m.toks[0].tag_is("ADJA") and _manner_of_speech(seq, p)  # not "die aufgebrachte Menge"
    if e.match in ("scharf", "harsh", "harshly", "sharp") and e.family == "evaluative":
        return _sharp_speech(seq, p)
    if e.match == "sogenannt" and e.family == "evaluative":
        return not introduces_a_name(seq, p)
    if e.match in ("historisch", "historic") and e.family == "evaluative":
        return not _of_the_past(seq, p)
    if e.match in _COLD and e.family == "evaluative":
        return not any(t.lemma.endswith(_WEATHER) for t in seq[p + 1:p + 3])  # "wegen eisiger Kälte": the weather
    if e.match in _POSSIBLE and len(m.toks) == 1 and p > 0 and seq[p - 1].fold in _NOT_A_POSSIBILITY:
        return False  # "as soon as possible", "if possible", "so bald wie möglich": no claim held open
    if e.family == "hedge" and e.cls == "modal" and len(m.toks) == 1 and asked_whether(seq, p):
        return False  # "to gauge how far Russia could deepen support", "ob Peking … könnte": a question, no claim
    if e.family == "hedge" and len(m.toks) == 1 and p > 0 and seq[p - 1].fold in _HOW and seq[-1].surface == "?":
        return False  # "Wie wahrscheinlich ist eine Verhaftung?": the likelihood is asked, no claim held open
    if e.family == "hedge" and e.match in _SIGNS and view.tagged:
        return not any(t.tag_is("NE", "PPER") for t in seq[max(0, p - 2):p + 3])  # "legte Putin nahe": he insinuated
    if e.match in _DEGREE_ONLY and len(m.toks) == 1 and view.language.startswith("de"):
        return _degree_use(seq, p) == (e.family == "evaluative")
    if e.family == "hedge" and e.match in _OPEN_QUESTION_ENTRIES and len(m.toks) == 1:
        return not _open_question(seq, p) and not _said_of_subject(seq, p)
    if e.family == "evaluative" and e.gloss.endswith("(German Polarity Lexicon).") and len(m.toks) == 1 \
            and m.toks[0].tag_is("ADJD"):
        return not _predicative(seq, p)  # "spektakulär gescheitert", not "die Lage ist klar"
    if view.language.startswith("en") and e.family == "reporting_verb" and len(m.toks) == 1 and not view.tagged:
        return _english_speech_verb(e.match, seq, p)
    if view.language.startswith("en") and e.family == "attribution" and len(m.toks) == 1 and e.pos == "NN":
        return _says_something(seq, p)
    if view.language.startswith("en") and e.family == "hedge" and e.match in _SEEMING and len(m.toks) == 1:
        # "appeared to agree", "seems likely"; "Mr Biden appeared for a rare news conference" is no hedge
        return p + 1 < len(seq) and seq[p + 1].fold in _SEEMING_NEXT
    if view.language.startswith("en") and e.family == "hedge" and e.match == "could" and len(m.toks) == 1:
        # "the most definitive remark the president could offer", "so Kim could take the wheel": ability, purpose
        return not any(t.fold in _SUPERLATIVE_OPENERS for t in seq[max(0, p - 8):p]) and all(t.fold != "so" for t in seq[max(0, p - 3):p])
    if not view.language.startswith("de"):
        return True
    if e.match in _NEEDS_VERB:  # "stellte … Hilfe … in Aussicht", not "Aussicht auf Erfolg"
        verb = _NEEDS_VERB[e.match]
        return any(t.lemma == verb for t in seq[max(0, p - 12) : p + len(m.toks) + 2])
    if e.match.split(" ", 1)[0] in _PREPOSITION_FRAMES and view.tagged:
        return m.toks[0].tag_is("APPR")  # "laut Experten", not "ein lauter Eklat"
    if e.match == "als * gelten":  # verb-final: "die als Formsache gilt,", not "Als Kind galt er als …"
        end = next((k + 1 for k, t in enumerate(seq) if t is m.toks[-1]), len(seq))
        return end >= len(seq) or seq[end].is_punct or seq[end].tag_is("KON")
    if len(m.toks) != 1:
        return True
    tok = m.toks[0]
    if e.family == "attribution" and e.match == "quelle" and p + 1 < len(seq) and seq[p + 1].tag_is("ADJA", "NN"):
        return False  # a genitive without article names an origin: "die Quelle militärischer Spannungen"
    if e.family == "hedge" and e.match in _SUBJUNCTIVE_II:
        return tok.fold in _SUBJUNCTIVE_II[e.match] and (e.match != "müssen" or _likely_must(seq, p))
    if e.family == "hedge" and e.match in _PERFECT_MODALS:
        if tok.fold in ("sollte", "sollten") and (p == 0 or seq[p - 1].surface in CLAUSE_END):
            return False  # a clause opened by its verb is a condition: "Sollte Putin … gerätselt haben, …" (if)
        return _perfect_infinitive(seq, p) or (e.match == "sollen" and _state_infinitive(seq, p))
    if e.match in _CLAUSAL_ONLY:
        return _clause_follows(seq, p)
    return True


_CLAUSAL_ONLY = {"annehmen"}
# Untagged English: a verb entry after one of these words is the noun ("amid a dispute", "the claim")
_NOUN_MARKERS = {"a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
                 "your", "amid", "of", "no", "any", "every", "each"}
# ... and these introduce speech only with a clause or a quotation, not with an object ("declared martial law")
_EN_CLAUSAL_ONLY = {"declare"}
# ... and a source noun ("officials") is a source where one of these stands in its clause
_EN_SPEECH = {"say", "said", "says", "saying", "tell", "told", "tells", "according", "report", "reported", "reports",
              "state", "stated", "confirm", "confirmed", "announce", "announced", "add", "added", "warn", "warned",
              "claim", "claimed", "believe", "believed", "estimate", "estimated", "expect", "expected", "quote",
              "quoted", "cite", "cited", "note", "noted", "describe", "described", "suggest", "suggested", "insist",
              "insisted", "deny", "denied", "acknowledge", "acknowledged", "speak", "spoke", "speaking", "argue",
              "argued", "think", "fear", "feared", "predict", "predicted", "assess", "assessed", "indicate", "indicated"}


def _says_something(seq: list[Tok], p: int) -> bool:
    """An English source noun ("officials", "experts", "sources") is sourcing only where someone says something
    in its clause ("officials said", "according to officials", "experts believe"), not as an object of other
    things ("in contact with South Korean officials")."""
    window = seq[max(0, p - 6):p + 7]
    return any(t.fold in _EN_SPEECH or t.lemma in _EN_SPEECH for t in window)


def _english_speech_verb(verb: str, seq: list[Tok], p: int) -> bool:
    """An English reporting verb in untagged text: not the noun after an article, a possessive or "of"
    ("amid a dispute with the opposition"), nor what a vote decides ("voted to reject military rule"); "declare"
    only before "that", a quotation or a colon, or at the end of a speech tag (", he declared."), not before an
    object ("declared martial law")."""
    if p > 0 and (seq[p - 1].fold in _NOUN_MARKERS or seq[p - 1].fold.endswith(("'s", "’s", "s'", "s’"))):
        return False  # ... or after a possessive: "rejects Beijing's claims of sovereignty"
    if p > 0 and seq[p - 1].fold in _TAKES_A_NOUN:
        return False  # the object of a verb: "raised fears", "easing fears of an invasion", "voiced concerns"
    if p > 0 and seq[p - 1].fold in _PARTICIPLE_DEGREE and seq[p].fold.endswith("ed"):
        return False  # "the highly touted meeting", "a much anticipated summit": a participle before a noun
    if p > 1 and seq[p - 1].fold == "to" and seq[p - 2].lemma in _DECIDING:
        return False  # "lawmakers voted to reject military rule": what a vote decides, not what someone says
    if verb in _EN_CLAUSAL_ONLY:
        nxt = seq[p + 1] if p + 1 < len(seq) else None
        return nxt is None or nxt.is_punct or nxt.fold == "that" or nxt.surface in OPENING_QUOTES
    return True


# verbs whose object a noun that is also a verb of speech often is ("raised fears", "dismissed claims")
_TAKES_A_NOUN = {"raise", "raised", "raises", "raising", "ease", "eased", "eases", "easing", "spark", "sparked",
                 "sparks", "sparking", "stoke", "stoked", "stoking", "fuel", "fueled", "fuelled", "fueling",
                 "fuelling", "heighten", "heightened", "allay", "allayed", "voice", "voiced", "voicing", "dismiss",
                 "dismissed", "dismissing", "deepen", "deepened", "calm", "calmed", "prompt", "prompted"}
_PARTICIPLE_DEGREE = {"highly", "much", "widely", "long", "oft", "often", "heavily", "well", "hotly", "eagerly"}
_DECIDING = {"vote", "voted", "voting", "decide", "decided", "move", "moved", "agree", "agreed", "elect", "elected"}
_NEEDS_VERB = {"in aussicht": "stellen"}  # phrases of a verb that may stand far before them
_PREPOSITION_FRAMES = {"laut"}
_CLAUSE_OPENERS = {"dass", "daß", "ob", "wie", "es"}


def _clause_follows(seq: list[Tok], p: int) -> bool:
    """A clause as the verb's object: ", dass …" / ", ob …" / ":" after the verb (or its particle or
    auxiliary), or the verb inside "wie … angenommen wird"."""
    j = p + 1
    while j < len(seq) and j <= p + 3 and not seq[j].is_punct:
        if seq[j].lemma not in ("an", "werden", "haben", "sein"):
            break
        j += 1
    if j < len(seq) and seq[j].surface == ":":
        return True
    if j + 1 < len(seq) and seq[j].surface == "," and seq[j + 1].fold in _CLAUSE_OPENERS:
        return True
    return any(t.fold == "wie" for t in seq[max(0, p - 4):p])

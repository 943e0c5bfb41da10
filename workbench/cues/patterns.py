"""Cues found by sentence shape rather than by a single word.

- Question headlines (hedge, ``question_headline``): "Waffenlieferungen?"
  raises a claim without making it. The whole question carries the cue: back
  from the question mark to the end of the previous sentence or colon (or the
  headline's start), at most twelve words (a longer one: its last four). A
  question asking how or why ("How did a passenger survive …?", "Warum …?")
  promises an explanation of a fact and raises no claim: no cue.
- Headline source prefixes (attribution, ``source_prefix``): a headline that
  opens with one noun or name and a colon ("Kreml: …", "Militärexperte: …")
  puts the source before the claim.
- Agentless passives of reporting verbs (attribution, ``vague``): a sentence
  that opens "Vermutet wird, …" / "Erwartet wird …" leaves the source open, and so does an accusation in the
  passive without an accuser ("Pjöngjang wird vorgeworfen, …").
- Speech tags with an institution as speaker (attribution): "…, teilte der
  Generalstab mit", "…, berichtete die Agentur Interfax". The reporting verb
  follows the reported content (after a comma or a closing quotation mark) and
  its subject is a common noun that is not an actor label (the plain speech
  tag of a protagonist, "sagte der Präsident", is no sourcing cue). A source
  entry of the lexicon inside the subject ("russische Staatsmedien") gives the
  class and makes no second cue. A person as subject counts only when
  introduced with a role and not one of the story's protagonists ("…, sagt
  Joseph Dempsey, Forscher für Verteidigung …": an informant). An adverb may
  stand between the verb and a source that is an institution, a spokesperson
  or a name ("…, schreibt beispielsweise ein Sprecher …"; a plain noun there
  may be the verb's object), and a spokesperson's cue holds the office he
  speaks for ("ein Sprecher des ukrainischen Außenministeriums"). A country or a seat of power the texts link to
  one speaks as an institution ("Der Kreml erklärte", "…, teilte der Kreml anschließend mit" when no object
  follows, "Der Pressedienst des Kremls meldete"; its label cue gives way), also in the perfect tense ("Der Kreml
  hatte im Vorfeld mitgeteilt"), and so does a plain collective ("Die Regierung in Kiew wirft … vor", "Die chinesische
  Regierung"; "Regime" keeps its label), also when it demands ("Das Außenministerium forderte Berlin auf").
- The medium a statement was given to or made on (attribution,
  ``named_source``), in German text: a noun for a medium ("Sender",
  "US-Sender", "Nachrichtenagentur", "Zeitung", "Plattform") followed by its
  name, after an article or "im Interview mit": "sagte Rubio dem US-Sender
  CNN", "im Interview mit dem Sender „Fox News“", "auf der Plattform X"; not
  as a genitive ("Reporter der Nachrichtenagentur Tass"). The
  outlet relays what someone told another medium (English: see
  ``english_sources``).
"""

from __future__ import annotations

from workbench.core.models import Cue, Span
from workbench.cues import explain
from workbench.cues.conditions import CLAUSE_END
from workbench.cues.entities import INSTITUTION_WORDS, EntityIndex
from workbench.cues.lexicon import SOURCE_CLASSES
from workbench.cues.matcher import CompiledLexicon, Match
from workbench.cues.textview import CLOSING_QUOTES, NAME_TAGS, DocView, Tok

_NP_INNER = ("ART", "ADJA", "PIAT", "PPOSAT", "PDAT", "CARD", "NN", "NE", "FM", "TRUNC")
# Verbs that report a statement (not a demand or a feeling) can tag a source.
_SPEECH_TAG_CLASSES = ("neutral", "emphatic", "distancing", "refuting", "concessive", "factive")


def _sentences(view: DocView):
    for s in view.sentences:
        if s.kind != "boilerplate" and s.toks:
            yield s


_QUESTION_BOUNDS = (".", "!", "?", ":", ";", "|", "–", "—")
# A question opened by these words announces an explanation ("Was weiß man über den Täter?", "How did a
# passenger survive?"); a yes/no or elliptical question headline ("Waffen und Munition?") insinuates an answer,
# and so does one that presupposes it ("Wer hat ihn verraten?").
_EXPLAINING = {"how", "why", "what", "wie", "warum", "weshalb", "wieso", "was"}
_MAX_QUESTION_WORDS = 12


def question_headlines(view: DocView) -> list[Cue]:
    out = []
    for s in _sentences(view):
        if s.kind != "headline":
            continue
        for k, t in enumerate(s.toks):
            if t.surface != "?" or t.quoted or k == 0:
                continue
            j = k
            while j > 0 and not (s.toks[j - 1].is_punct and s.toks[j - 1].surface in _QUESTION_BOUNDS):
                j -= 1
            if j == k or s.toks[j].fold in _EXPLAINING:
                continue
            if k - j > _MAX_QUESTION_WORDS:
                j = k - 4
            start, end = s.toks[j].start, t.end
            text = view.text[start:end]
            out.append(Cue(Span(view.doc, start, end), text, "hedge", explain.label("hedge", "question_headline"),
                           explain.explain_question(text, view.language), cls="question_headline", weight=0.6,
                           label_de=explain.label("hedge", "question_headline", "de"),
                           explanation_de=explain.explain_question(text, view.language, reader="de")))
    return out


def _nominal(t: Tok, tagged: bool) -> bool:
    return t.tag_is("NN", "NE", "NOUN", "PROPN", "FM") if tagged else t.capitalised and not t.is_punct


def source_prefixes(view: DocView, is_source_word=None, topic=None) -> list[Cue]:  # noqa: ANN001
    """Headlines opening with a source and a colon ("Peskow: …", "Kreml: …"). The part before the colon must
    name someone: a name, or a word the lexicon knows as an actor or a source (``is_source_word``); a topic
    kicker ("Koalitionskrise: …", "Liveblog: …") is no source, and neither is a name that is no person's nor a
    source's before a headline whose subject is a person ("Syrien: Putin und Trump vereinbaren Feuerpause";
    ``topic(view, head, rest)``; "Kreml: Putin ist bereit" keeps its source)."""
    out = []
    tagged = view.tagged
    for s in _sentences(view):
        if s.kind != "headline":
            continue
        toks = s.toks
        starts = [0] + [k + 1 for k, t in enumerate(toks) if t.surface in ("?", "!", ".")]
        for k in starts:
            for width in (1, 2):
                colon = k + width
                if colon + 1 >= len(toks) or toks[colon].surface != ":":
                    continue
                head = toks[k:colon]
                if any(t.is_punct or t.quoted for t in head) or not _nominal(head[-1], tagged):
                    continue
                if width == 2 and not (head[0].tag_is("ADJA", "NE", "ADJ", "PROPN") or not tagged):
                    continue
                if tagged and is_source_word is not None and not any(
                        t.tag_is("NE", "PROPN") or is_source_word(t) for t in head):
                    continue
                if topic is not None and not (is_source_word is not None and any(is_source_word(t) for t in head)) \
                        and topic(view, head, toks[colon + 1:]):
                    continue
                follows_quote = toks[colon + 1].surface in "„“\"»«‚"
                start, end = head[0].start, toks[colon].end
                text = view.text[start:end]
                out.append(Cue(Span(view.doc, start, end), text, "attribution",
                               explain.label("attribution", "source_prefix"),
                               explain.explain_source_prefix(view.text[start:head[-1].end], view.language),
                               cls="source_prefix", weight=0.6 if follows_quote else 0.5,
                               label_de=explain.label("attribution", "source_prefix", "de"),
                               explanation_de=explain.explain_source_prefix(view.text[start:head[-1].end],
                                                                            view.language, reader="de")))
                break
    return out


def _reporting_entries(lexicon: CompiledLexicon, tok: Tok, classes: tuple[str, ...]) -> bool:
    return any(e.family == "reporting_verb" and e.cls in classes and len(e.tokens) == 1
               for e in lexicon.candidates(tok))


_ACCUSING = {"vorwerfen", "beschuldigen", "bezichtigen", "anlasten", "unterstellen", "nachsagen"}
_AGENT_PREPOSITIONS = {"von", "vom", "durch"}


def _clause_end(toks: list[Tok], j: int) -> int:
    """Index of the first clause mark at or after ``j`` (``len(toks)`` when the sentence has none)."""
    while j < len(toks) and not (toks[j].is_punct and toks[j].surface in CLAUSE_END):
        j += 1
    return j


def _agentless_accusation(view: DocView, toks: list[Tok]) -> Cue | None:
    """"Pjöngjang wird vorgeworfen, …", "dann wird Trump vorgeworfen, …": an accusation in the passive that names
    no accuser."""
    for k, t in enumerate(toks):
        if t.lemma != "werden" or not t.tag_is("VAFIN") or t.quoted:
            continue
        j = _clause_end(toks, k + 1)
        last = toks[j - 1]
        if j - k > 6 or last.pos != "VVPP" or last.lemma not in _ACCUSING \
                or any(u.fold in _AGENT_PREPOSITIONS for u in toks[k + 1:j - 1]):
            continue
        text = view.text[t.start:last.end]
        return Cue(Span(view.doc, t.start, last.end), text, "attribution", explain.label("attribution", "vague"),
                   explain.explain_agentless(text, view.language, accusation=True), cls="vague", weight=0.75,
                   label_de=explain.label("attribution", "vague", "de"),
                   explanation_de=explain.explain_agentless(text, view.language, reader="de", accusation=True))
    return None


def agentless_passives(view: DocView, lexicon: CompiledLexicon) -> list[Cue]:
    out = []
    for s in _sentences(view):
        toks = [t for t in s.toks if not (t.is_punct and t.surface in "„“\"»«")]
        if len(toks) < 3:
            continue
        accusation = _agentless_accusation(view, toks) if view.tagged and view.language.startswith("de") else None
        if accusation is not None:
            out.append(accusation)
            continue
        first, second = toks[0], toks[1]
        if first.quoted or not first.pos.endswith("PP") or second.lemma != "werden":
            continue
        if not _reporting_entries(lexicon, first, ("speculative", "neutral", "factive")):
            continue
        start, end = first.start, second.end
        text = view.text[start:end]
        out.append(Cue(Span(view.doc, start, end), text, "attribution", explain.label("attribution", "vague"),
                       explain.explain_agentless(text, view.language), cls="vague", weight=0.75,
                       label_de=explain.label("attribution", "vague", "de"),
                       explanation_de=explain.explain_agentless(text, view.language, reader="de")))
    return out


def _labels_within(matches: list[Match], first: int, last: int) -> set[int]:
    """Ids of the actor-label matches inside tokens ``first``..``last``: the source cue of an institution speaking
    there takes their place."""
    return {id(m) for m in matches if m.family == "actor_label" and first <= m.first and m.last <= last}


def _actor_label(lexicon: CompiledLexicon, tok: Tok) -> bool:
    return any(e.family == "actor_label" and len(e.tokens) == 1 for e in lexicon.candidates(tok))


def speech_tag_sources(view: DocView, lexicon: CompiledLexicon, matches: list[Match],
                       entities: EntityIndex, main: set[str] | frozenset[str] = frozenset()) -> tuple[list[Cue], set[int]]:
    """Institutional speech tags; also the ids of the lexicon source matches they absorb."""
    out: list[Cue] = []
    absorbed: set[int] = set()
    if view.language.startswith("en") and not view.tagged:
        from workbench.cues.english_sources import english_speech_tags

        return english_speech_tags(view, lexicon, matches, entities, main)
    if not view.tagged or not view.language.startswith("de"):
        return out, absorbed
    sources = [m for m in matches if m.family == "attribution" and m.entry.cls in SOURCE_CLASSES]
    frames = [m for m in matches if m.family == "attribution" and m.entry.cls not in SOURCE_CLASSES]
    for s in _sentences(view):
        toks = s.toks
        for p, v in enumerate(toks):
            if p and not v.quoted and v.pos == "VAFIN" and v.lemma in ("haben", "sein"):
                subject = _perfect_tense_source(toks, p, lexicon, entities, view.doc)
                if subject is not None:  # "Der Kreml hatte erklärt", "Das hat der Kreml mitgeteilt"
                    absorbed.update(_labels_within(matches, subject[0].i, subject[-1].i))
                    out.append(source_cue(view, subject[0], subject[-1], sources, absorbed))
                continue
            if p == 0 or v.quoted or v.pos != "VVFIN":
                continue
            said = _reporting_entries(lexicon, v, _SPEECH_TAG_CLASSES)
            if not said and not _reporting_entries(lexicon, v, ("directive",)):
                continue
            subject = _institution_before(toks, p, lexicon, entities, view.doc)
            if subject is not None:  # "Das ukrainische Außenministerium teilte mit", "Die Ukraine erklärte",
                # "Das Außenministerium forderte Berlin auf"
                absorbed.update(_labels_within(matches, subject[0].i, v.i))
                out.append(source_cue(view, subject[0], subject[-1], sources, absorbed))  # the verb keeps its own cue
                continue
            if not said:
                continue
            prev = toks[p - 1]
            # after an adverb ("Zuvor teilte das Militär mit") only a plain verb and a source, an institution, a seat
            # or a titled official: "Zudem werfen die Geheimdienste Russland … vor" keeps its accusing verb
            opener = p == 1 and prev.tag_is("ADV", "PROAV") and prev.fold not in ("dies", "das")
            if not (prev.surface == "," or prev.surface in CLOSING_QUOTES or (p == 1 and prev.fold in ("dies", "das"))
                    or (opener and _reporting_entries(lexicon, v, ("neutral",)))):
                continue  # "…, sagte X", "„…“ sagte X", "Dies sagte X"
            np: list[Tok] = []
            j = p + 1
            while j < len(toks) and toks[j].tag_is("ADV", "PROAV") and j < p + 3:
                j += 1  # "…, schreibt beispielsweise ein Sprecher des Ministeriums", "sagte dazu ein Sprecher"
            skipped = j > p + 1
            while j < len(toks) and len(np) < 6 and toks[j].tag_is(*_NP_INNER):
                if np and np[-1].tag_is("NN") and toks[j].tag_is("ART", "ADJA"):
                    break
                if opener and np and np[-1].tag_is("NN", "NE") and toks[j].tag_is("NN"):
                    break  # "die US-Geheimdienste | Russland Einmischung": the subject ends at its head
                np.append(toks[j])
                j += 1
            if skipped and not any(t.tag_is("NE") or t.lemma.endswith(_SOURCE_HEADS) for t in np):
                continue  # after an adverb, a noun may be the object: "kündigte zugleich aber weitere Übungen an"
            whose: list[Tok] = []
            if np and np[-1].tag_is("NN") and np[-1].lemma.endswith(_SPOKESPERSONS) and j < len(toks) \
                    and toks[j].fold in ("des", "der"):  # whose spokesperson: "ein Sprecher des Außenministeriums"
                k = j + 1
                while k < len(toks) and toks[k].tag_is("ADJA"):
                    k += 1
                if k < len(toks) and toks[k].tag_is("NN", "NE"):
                    whose = toks[j: k + 1]
            if opener and not (any(m.first >= p + 1 and m.last < j for m in sources)
                               or (np and np[-1].lemma.endswith(_SOURCE_HEADS))
                               or any(t.tag_is("NE") for t in np[1:])):
                continue
            heads = [t for t in np if t.tag_is("NN")]
            names = [t for t in np if t.tag_is(*NAME_TAGS)]
            if not heads and not names:
                continue
            persons = {entities.entity_at(view.doc, t.i) for t in np if t.tag_is(*NAME_TAGS)} - {None}
            persons = {p for p in persons if entities.kind(p) == "person"}
            if heads and names and names[-1].i > heads[-1].i and persons and not persons & main \
                    and not (any(t.lemma.endswith(_SPOKESPERSONS) for t in heads)
                             and any(_spokesperson_of_the_story(entities, n) for n in persons)):
                # a titled official who is no protagonist is a source ("…, sagte US-Außenminister Rex Tillerson"); a
                # title alone, a protagonist's or that of a spokesperson several reports quote (who speaks for a
                # party of the story: "…, sagte Kreml-Sprecher Dmitri Peskow") is a plain speech tag
                while np and not np[-1].tag_is(*NAME_TAGS):
                    np.pop()
                if not _in_frame(frames, v.i, np[-1].i):
                    out.append(source_cue(view, v, np[-1], sources, absorbed))
                continue
            if any(_actor_label(lexicon, t) for t in heads):
                continue
            if names and not heads and not persons and np[-1].tag_is("NE") and _no_object_after(toks, j) \
                    and all(_state_or_seat(entities, view.doc, t) for t in names):
                # "…, teilte der Kreml anschließend mit": the government speaks; its seat is no label of its leader
                absorbed.update(_labels_within(matches, v.i, np[-1].i))
                if not _in_frame(frames, v.i, np[-1].i):
                    out.append(source_cue(view, v, np[-1], sources, absorbed))
                continue
            if persons or (names and not heads):  # a name the index does not know is read as a person's too
                # a named informant introduced with a role ("sagt Joseph Dempsey, Forscher für …"),
                # not a protagonist of the story
                end = np[-1].i
                nxt = view.toks[end + 1: end + 3]
                if persons & main or heads or len(nxt) < 2 or nxt[0].surface != "," \
                        or not nxt[1].tag_is("NN", "ADJA", "ART"):
                    continue
                role = [t for t in view.toks[end + 2: end + 6] if t.sent == v.sent]
                np = np + role[: next((k + 1 for k, t in enumerate(role) if t.tag_is("NN")), 0)]
                heads = [t for t in np if t.tag_is("NN")]
            while np and not np[-1].tag_is("NN", "NE"):
                np.pop()
            if np and np[-1].tag_is("NN") and np[-1].lemma.endswith(_ABSTRACT_HEADS):
                continue  # the object, not a speaker: "…, betonten die Wichtigkeit der transatlantischen Beziehungen"
            np += whose
            if _in_frame(frames, v.i, np[-1].i):
                continue
            out.append(source_cue(view, v, np[-1], sources, absorbed))
    return out, absorbed


_ABSTRACT_HEADS = ("keit", "heit", "nis", "ismus")  # nouns of qualities and states say nothing themselves


def _in_frame(frames: list[Match], first: int, last: int) -> bool:
    """The speech tag from token ``first`` to ``last`` begins or ends inside an attribution frame of the lexicon
    ("nach Angaben von …"): the frame is the cue."""
    return any(f.first <= first <= f.last or f.first <= last <= f.last for f in frames)


_SPOKESPERSONS = ("sprecher", "sprecherin")
_INSTITUTION_HEADS = tuple(sorted(w for w in INSTITUTION_WORDS if len(w) >= 5)) + ("militär", "armee", "amt", "dienst",
                                                                                   "staat")
_SOURCE_HEADS = _INSTITUTION_HEADS + _SPOKESPERSONS  # heads of a subject that speaks as a source
_PLAIN_COLLECTIVES = {"regierung", "führung", "administration", "staatsführung", "landesführung"}  # plain labels of a
# government (the loaded ones, "Regime", "Junta", keep their label cue)


def _spokesperson_of_the_story(entities: EntityIndex, name: str | None) -> bool:
    """A named spokesperson two reports or more quote speaks for one of the story's parties (the Kremlin's Peskov
    in every report of a Putin summit): a plain speech tag, like a protagonist's; one only this outlet quotes is its
    source."""
    e = entities.entities.get(name) if name else None
    return e is not None and e.kind == "person" and len({m.doc for m in e.mentions}) >= 2


def _institution_before(toks: list[Tok], p: int, lexicon: CompiledLexicon,
                        entities: EntityIndex, doc: str) -> list[Tok] | None:
    """The subject opening the sentence before the speech verb at ``p``, when it is an institution or a country ("Das
    ukrainische Außenministerium teilte mit", "Die Ukraine erklärte"); None otherwise (a person, a title: "Die
    Kanzlerin sagte")."""
    np = toks[:p]
    if p + 1 < len(toks) and toks[p + 1].tag_is("PRF"):
        return None  # "Die Fraktionen erklären sich bereit": no statement
    seat = np[-2:] if len(np) > 2 and np[-2].fold == "in" and np[-1].tag_is("NE") else []
    if seat:  # "Die Regierung in Kiew wirft … vor": the place says whose government
        np = np[:-2]
    if not np or len(np) > 5 or not all(t.tag_is("ART", "ADJA", "NN", "NE") for t in np) or not np[-1].tag_is("NN", "NE"):
        return None
    head = np[-1]
    nouns = [t for t in np if t.tag_is("NN")]
    if nouns and head.tag_is("NE") and nouns[0].i + 1 < head.i and toks[nouns[0].i - np[0].i + 1].fold in ("des", "der"):
        head = nouns[0]  # "Der Pressedienst des Kremls": the office speaks, the genitive says whose
    if any(t.tag_is("NN") and t.lemma.endswith(_SPOKESPERSONS) for t in np):
        # "Ein Sprecher des Kremls erklärte": an office speaks; a named spokesperson several reports quote speaks
        # for a party of the story, a plain speech tag as a protagonist's ("Kremlsprecher Dmitri Peskow sagte")
        names = {entities.entity_at(doc, t.i) for t in np if t.tag_is("NE")} - {None}
        return None if any(_spokesperson_of_the_story(entities, n) for n in names) else np
    if head.tag_is("NN"):
        if len(np) <= 2 and _state_or_seat(entities, doc, head):
            return np + seat  # "Das hat der Kreml mitgeteilt", the seat read as a common noun by the tagger
        if head.lemma in _PLAIN_COLLECTIVES and not any(_actor_label(lexicon, t) for t in np if t.i < head.i):
            return np + seat  # "Die Regierung in Kiew", "Die chinesische Führung": the institution, no label
        if any(_actor_label(lexicon, t) for t in np if t.i <= head.i) or not head.lemma.endswith(_INSTITUTION_HEADS) \
                or head.lemma.endswith(_MEDIUM_HEADS):
            return None  # a medium speaks as a source only when named ("Der Sender berichtete" names none)
        return np + seat
    if len([t for t in np if t.tag_is("NE")]) != 1 or any(t.tag_is("NN") for t in np):
        return None  # "Der Leiter der Volksrepublik China wies darauf hin": the leader speaks, not the country
    # a country or a seat of power ("Die Ukraine erklärte", "Der Kreml erklärte"): the institution speaks
    return np if _state_or_seat(entities, doc, head) else None


def _no_object_after(toks: list[Tok], j: int) -> bool:
    """Nothing but adverbs, prepositional phrases and the verb's particle follows the subject up to the end of the
    clause ("…, teilte der Kreml schon vor dem Treffen mit"), so the verb introduces what was said before it; an
    object ("…, unterstreicht Moskau erneut seinen martialischen Kurs") makes it a verb of its own clause."""
    in_phrase = False
    for t in toks[j:]:
        if t.is_punct:
            return True
        if t.tag_is("APPR", "APPRART"):
            in_phrase = True
        elif t.tag_is("NN", "NE", "PPER", "PDS", "PIS"):
            if not in_phrase:
                return False
            in_phrase = False
        elif t.tag_is("ART", "PPOSAT", "PDAT", "PIAT") and not in_phrase:
            return False
    return True


def _perfect_tense_source(toks: list[Tok], p: int, lexicon: CompiledLexicon, entities: EntityIndex,
                          doc: str) -> list[Tok] | None:
    """The institution that said something in the perfect tense: the auxiliary at ``p``, a participle of a verb of
    saying closing its clause, and the subject before the auxiliary ("Der Kreml hatte im Vorfeld mitgeteilt") or,
    after "Das"/"Dies", right after it ("Das hat der Kreml mitgeteilt")."""
    k = _clause_end(toks, p + 1)
    said = [t for t in toks[p + 1:k] if t.pos == "VVPP"]
    if not said or said[-1] is not toks[k - 1] or not _reporting_entries(lexicon, said[-1], _SPEECH_TAG_CLASSES):
        return None
    if p == 1 and toks[0].fold in ("das", "dies"):
        after = toks[p + 1:k - 1]
        return _institution_before(after, len(after), lexicon, entities, doc) if after else None
    return _institution_before(toks, p, lexicon, entities, doc)


def _state_or_seat(entities: EntityIndex, doc: str, tok: Tok) -> bool:
    """A country, or a seat of power or capital the texts link to one ("Kreml", "Moskau"): as the subject of a
    statement it names the government or its press office, an institutional source."""
    name = entities.entity_at(doc, tok.i) or (tok.surface if tok.surface in entities.entities else None)
    return bool(name) and (entities.kind(name) == "country" or name in entities.capital_of)


def source_cue(view: DocView, first: Tok, last: Tok, sources: list[Match], absorbed: set[int]) -> Cue:
    """The attribution cue of a speech tag from ``first`` to ``last``: its class from a lexicon source inside it
    ("russische Staatsmedien", "officials"), else a named source; the source matches it holds go into
    ``absorbed`` (they make no cue of their own)."""
    inner = [m for m in sources if first.i <= m.first and m.last <= last.i]
    cls = max(inner, key=lambda m: m.weight).entry.cls if inner else "named_source"
    weight = max([0.6] + [m.weight for m in inner])
    absorbed.update(id(m) for m in inner)
    text = view.text[first.start:last.end]
    return Cue(Span(view.doc, first.start, last.end), text, "attribution", explain.label("attribution", cls),
               explain.explain_speech_source(text, view.language), cls=cls, weight=weight,
               label_de=explain.label("attribution", cls, "de"),
               explanation_de=explain.explain_speech_source(text, view.language, reader="de"))


_MEDIUM_HEADS = ("sender", "zeitung", "agentur", "magazin", "portal", "plattform", "blatt", "netzwerk", "kanal",
                 "fernsehen", "rundfunk", "nachrichtendienst")
_CHANNEL_OPENERS = ("ART", "APPRART")
_OPENING_MARKS = "„“\"»«‚"


def statement_channels(view: DocView) -> list[Cue]:
    """"dem US-Sender CNN", "im Interview mit dem Sender „Fox News“", "auf der Plattform X" in German text."""
    if not view.language.startswith("de") or not view.tagged:
        return []
    out: list[Cue] = []
    toks = view.toks
    for t in toks:
        if not t.tag_is("NN") or not t.lemma.rsplit("-", 1)[-1].endswith(_MEDIUM_HEADS) or t.quoted:
            continue
        k = t.i + 1
        while k < len(toks) and toks[k].sent == t.sent and toks[k].surface in _OPENING_MARKS:
            k += 1
        if k >= len(toks) or toks[k].sent != t.sent or not (toks[k].tag_is(*NAME_TAGS, "FM") or
                                                             (k > t.i + 1 and toks[k].capitalised) or
                                                             toks[k].surface.isupper()):
            continue  # a medium named: "dem Sender CNN", not "der Sender berichtete"
        last = toks[k]
        while last.i + 1 < len(toks) and toks[last.i + 1].sent == t.sent and (
                toks[last.i + 1].tag_is(*NAME_TAGS, "FM") or toks[last.i + 1].surface in CLOSING_QUOTES):
            last = toks[last.i + 1]
        j = t.i - 1
        while j >= 0 and toks[j].sent == t.sent and toks[j].tag_is("ADJA"):
            j -= 1
        if j < 0 or toks[j].sent != t.sent or not toks[j].tag_is(*_CHANNEL_OPENERS):
            continue
        if j >= 1 and toks[j - 1].sent == t.sent and toks[j - 1].tag_is("NN"):
            continue  # a genitive: "Reporter der Nachrichtenagentur Tass" are no statement's channel
        first = toks[j]
        if j >= 1 and toks[j - 1].tag_is("APPR") and toks[j - 1].sent == t.sent and toks[j].tag_is("ART"):
            first = toks[j - 1]  # "auf der Plattform X", "gegenüber dem Sender CNN"
        if j >= 2 and toks[j - 1].fold == "mit" and toks[j - 2].lemma == "interview":
            first = toks[j - 3] if j >= 3 and toks[j - 3].tag_is("APPRART", "APPR") else toks[j - 2]
        text = view.text[first.start:last.end]
        out.append(Cue(Span(view.doc, first.start, last.end), text, "attribution",
                       explain.label("attribution", "named_source"), explain.explain_statement_channel(text, "de"),
                       cls="named_source", weight=0.6, label_de=explain.label("attribution", "named_source", "de"),
                       explanation_de=explain.explain_statement_channel(text, "de", reader="de")))
    return out

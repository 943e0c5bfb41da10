"""Lexicon matches -> cues of the six lexicon families.

- ``shown`` is False for neutral classes (kept so that outlets can be
  compared, highlighted only in contrast: ``visibility``), for any match inside
  a direct quotation (the speaker's word, not the outlet's; ``speaker`` is
  "quoted"), and for a reporting verb that lies inside an attribution frame
  (the frame is the cue the reader sees).
- Actor labels carry the entity they name (``entities.LabelResolver``).
"""

from __future__ import annotations

from workbench.core.models import Cue, Span
from workbench.cues.label_resolver import LabelResolver
from workbench.cues.explain import explain_lexical, label, texts
from workbench.cues.matcher import Match
from workbench.cues.textview import DocView, Tok

NEUTRAL = "neutral"


_PLURAL_WORDS = {"alle", "all", "mehrere", "einige", "viele", "übrig", "zwei", "drei", "vier", "fünf", "several",
                 "many", "some"}


_PLURAL_DETERMINERS = {"die", "seine", "ihre", "meine", "unsere", "eure", "deine", "keine", "diese", "jene", "welche"}


def is_plural_label(view: DocView, tok: Tok) -> bool:
    """"Staatschefs" (plural -s), or a label after "beiden"; weak-noun forms ("Präsidenten") stay singular."""
    prev = view.toks[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.lemma in ("beide", "beiden", "both"):
        return True
    if any(t.lemma in _PLURAL_WORDS and t.sent == tok.sent for t in view.toks[max(0, tok.i - 3):tok.i]):
        return True  # "alle ihre Minister", "die übrigen Minister", "mehrere Präsidenten"
    if tok.fold != tok.lemma and tok.fold.endswith("s") and not tok.lemma.endswith("s"):
        k = tok.i - 1  # "des indischen Premierministers": a genitive singular after its article and adjectives
        while k >= 0 and view.toks[k].tag_is("ADJA") and view.toks[k].sent == tok.sent:
            k -= 1
        return not (k >= 0 and view.toks[k].fold in ("des", "eines", "seines", "ihres"))
    nxt = view.toks[tok.i + 1:tok.i + 3]
    if [t.fold for t in nxt] in (["unter", "sich"], ["among", "themselves"]):
        return True  # "Machthaber unter sich": the label names several
    if tok.untagged_plural():
        return True  # "Presidents Donald Trump and Vladimir Putin"
    if tok.lemma.endswith("or") and tok.fold == tok.lemma + "en":
        return True  # "Diktatoren", "Aggressoren": -or nouns take -en only in the plural
    if tok.lemma.endswith(("er", "el")) and tok.fold == tok.lemma and prev is not None and prev.fold in _PLURAL_DETERMINERS:
        return True  # "seine Vorgänger", "ihre Minister": a masculine -er noun after a plural determiner
    if tok.fold.endswith("en") and tok.fold != tok.lemma and prev is not None and prev.fold == "der" \
            and tok.tag_is("NN"):
        return True  # "unter Leitung der Präsidenten Xi Jinping und Donald Trump": a weak noun after "der" is plural
    if tok.fold.endswith("en") and tok.fold != tok.lemma and tok.i >= 2 and view.toks[tok.i - 2].fold == "zwischen" \
            and prev is not None and prev.fold == "den":
        return True  # "zwischen den Autokraten", "zwischen den Präsidenten": between takes two
    if tok.fold.endswith("en") and tok.fold != tok.lemma:
        k = tok.i - 1
        while k >= 0 and view.toks[k].sent == tok.sent and view.toks[k].tag_is("ADJA") and view.toks[k].fold.endswith("en"):
            k -= 1
        if k >= 0 and view.toks[k].sent == tok.sent and view.toks[k].fold in ("die", "diese", "jene"):
            return True  # "die wichtigsten Vertrauten", "die Abgeordneten": "die" … -en is plural
        j = tok.i - 1
        while j >= 0 and view.toks[j].sent == tok.sent and view.toks[j].tag_is("ADJA", "ADV"):
            j -= 1  # adjectives, and the adverbs that grade them ("dem so unsteten US-Präsidenten")
        first = next((t for t in view.toks[j + 1:tok.i] if t.tag_is("ADJA")), None)
        ahead = view.toks[j] if j >= 0 and view.toks[j].sent == tok.sent else None
        if first is not None and first.fold.endswith(("e", "en", "er")) and not (ahead is not None and ahead.tag_is(
                "ART", "PDAT", "PPOSAT", "PIAT", "PIDAT", "PWAT", "APPRART", "CARD", "NE", "NN")):
            return True  # "prorussische Separatisten", "mit prorussischen Separatisten": after an adjective with no
            # article before it (strong), a weak noun's -en is plural ("prorussischer Separatist" in the singular)
    return False


def entity_text(names: list[str]) -> str | None:
    return " & ".join(names) if names else None


# what a political adjective ("konservativ", "liberal", "rightwing") may describe as an actor: a group, or a person
_GROUP_NOUNS = {"partei", "party", "lager", "camp", "flügel", "wing", "fraktion", "faction", "block", "bloc",
                "regierung", "government", "koalition", "coalition", "opposition", "bewegung", "movement", "medium",
                "media", "kreis", "circle", "kraft", "force", "wähler", "voter", "anhänger", "supporter", "gruppe",
                "group", "kräfte", "forces", "parteien", "parties", "allianz", "alliance", "establishment", "elite",
                "union", "liberale", "sozialdemokrat", "christdemokrat", "republikaner", "demokrat", "republican",
                "democrat"}
_PERSON_NOUNS = {"politiker", "politikerin", "politician", "kandidat", "kandidatin", "candidate", "hüne", "mann",
                 "frau", "man", "woman", "figur", "figure", "abgeordnete", "abgeordneter", "lawmaker", "aktivist",
                 "aktivistin", "activist", "publizist", "kommentator", "commentator", "hardliner", "kritiker",
                 "critic", "vordenker", "ideologe", "ideologin", "ideologue", "populist"}
_BETWEEN = ("ADJA", "ADJD", "KON", "ADV", "TRUNC", "$,")


def _described(view: DocView, tok: Tok) -> Tok | None:
    """The noun a political adjective describes: the first noun after it in its sentence, past other adjectives
    and conjunctions ("konservative und liberale Kräfte"), at most three words on; None when it is used
    predicatively ("er gilt als konservativ")."""
    for t in view.toks[tok.i + 1:tok.i + 4]:
        if t.sent != tok.sent:
            return None
        if view.tagged:
            if t.tag_is("NN", "NE"):
                return t
            if not t.tag_is(*_BETWEEN):
                return None
        elif not t.is_stop and not t.is_punct:
            return t
    return None


def _adjective_label(view: DocView, tok: Tok, resolver: LabelResolver, is_title) -> tuple[bool, str | None]:
    """(whether the political adjective labels an actor here, whom): "der konservative Hüne" (a person), "die
    konservative Partei" (a group: no one person), not "liberale Demokratie" (a system) or a predicative use."""
    noun = _described(view, tok)
    if noun is None:
        return False, None
    head = noun.lemma.rsplit("-", 1)[-1]
    run = [noun]  # a name of several words: "Democratic Party", "People Power Party"
    while run[-1].i + 1 < len(view.toks) and view.toks[run[-1].i + 1].capitalised and noun.capitalised \
            and view.toks[run[-1].i + 1].sent == noun.sent and len(run) < 4:
        run.append(view.toks[run[-1].i + 1])
    if any(t.lemma in _GROUP_NOUNS or t.fold in _GROUP_NOUNS for t in run):
        return True, None  # a party or camp ("die konservative Partei", "the liberal Democratic Party")
    name = resolver.ix.entity_at(view.doc, noun.i)
    if (name and resolver.ix.kind(name) == "person") or head in _PERSON_NOUNS or (is_title and is_title(noun)):
        return True, entity_text(resolver.resolve(view, noun, is_plural_label(view, noun)))
    if head in _GROUP_NOUNS or noun.fold in _GROUP_NOUNS or (not view.tagged and noun.capitalised) \
            or noun.tag_is("NE"):
        return True, None  # a party or camp ("the liberal Democratic Party", "der rechtsextremen AfD"): a group
    return False, None


def _with_particle(view: DocView, verb: Tok, text: str) -> str:
    """A German verb whose particle stands apart, as the explanation names it: "räumte … ein", "legt … nahe" (the
    highlight stays on the verb; its lemma, "einräumen", was matched with the particle joined on)."""
    if not view.tagged or not verb.tag_is("VVFIN", "VVIMP") or not text.endswith(verb.surface):
        return text
    for t in view.toks[verb.i + 1:]:
        if t.sent != verb.sent or t.surface in (".", ";", "!", "?"):
            break
        if t.tag_is("PTKVZ") and verb.lemma.startswith(t.fold) and not verb.fold.startswith(t.fold):
            return f"{text} … {t.surface}"
    return text


def lexical_cues(view: DocView, matches: list[Match], resolver: LabelResolver, is_title=None) -> list[Cue]:
    """Cues for the lexicon ``matches`` of one document. ``is_title``: whether a token is a title in the lexicon
    (a political adjective before it labels the title's holder)."""
    frames = [(m.first, m.last) for m in matches if m.family == "attribution"]
    cues: list[Cue] = []
    for m in matches:
        literal = [t for t in m.toks if t not in m.slot] or m.toks
        quoted = all(t.quoted for t in literal if not t.is_punct)
        text = view.text[m.start:m.end]
        entity = None
        if m.family == "actor_label" and m.entry.pos in ("ADJ", "JJ"):
            labels, entity = _adjective_label(view, literal[-1], resolver, is_title)
            if not labels:
                continue
        elif m.family == "actor_label":
            tok = literal[-1]  # the head of a label of several words ("Prime Minister"), or the word before "of"
            of = next((k for k, t in enumerate(literal) if k and t.fold in ("of", "von")), None)  # "heads of state"
            tok = literal[of - 1] if of is not None else tok
            entity = entity_text(resolver.resolve(view, tok, is_plural_label(view, tok), seat=m.entry.pos in ("NE", "NNP")))
        cls = m.cls
        shown = cls != NEUTRAL and not quoted
        if m.family == "reporting_verb" and any(a <= m.first and m.last <= b for a, b in frames):
            shown = False
        english, german = texts(explain_lexical, m.family, cls, _with_particle(view, m.toks[-1], text), m.entry.gloss,
                                view.language, quoted=quoted,
                                entity=entity, source_gloss=m.source.gloss if m.source else None,
                                gloss_de=m.entry.gloss_de, source_gloss_de=m.source.gloss_de if m.source else None)
        cues.append(Cue(Span(view.doc, m.start, m.end), text, m.family, label(m.family, cls), english,
                        cls=cls, weight=m.weight, speaker="quoted" if quoted else "outlet", entity=entity,
                        shown=shown, label_de=label(m.family, cls, "de"), explanation_de=german))
    return cues

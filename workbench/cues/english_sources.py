"""Institutional speech tags in English text, which the pipeline does not tag for parts of speech.

"…, local police said." / "Air India said in a statement …" / "Fire service officials told AFP …" /
"…, the directorate said" / "…, the readout added" / "…, the statement reads": a statement verb (say, tell, report,
state, announce, confirm, add, read) whose subject
is an institution, a group or an unnamed informant (a common noun or an acronym in it) is sourcing, an attribution cue over the subject and
the verb (class from a source entry of the lexicon inside it, else ``named_source``). The subject is the
words right before the verb back to a clause boundary (at most six), or, after a comma or a closing
quotation mark, the words right after it ("…, said the airline"). A pronoun, a person the entity index
knows, or an actor label as subject is no sourcing: "he said", "Modi said", "the minister said" are plain
speech tags of the story's actors; but a person no other report names ("Dr Parikh said", "Kurt Campbell said")
is the outlet's own informant, a source.

A medium named as the subject is sourcing too ("the New York Times reported", "The Guardian reported", "the BBC
reports"; "reports" only so, the noun is more frequent: "several reports"; "Reuters reported Putin accused …",
"Reuters quoted Putin saying"): a
name ending in a medium's word (Times, News, Post …), a capitalised name after "the" (not a family: "the
Clintons"), or a name followed by what it is ("Russia's RIA Novosti news agency reported"). The medium a statement was given to is sourcing too, whoever spoke: "told Reuters", "told The Associated
Press", "told the Hindustan Times", "told Indian media" (``statement_channels``): the recipient of "told" is a
run of capitalised words or an acronym, or ends in a word for a medium; a person the entity index knows
("told Modi") and "told reporters" are no channel. Where the speaker is itself a source ("Fire service
officials told AFP"), the one cue covers both.
"""

from __future__ import annotations

from workbench.core.models import Cue, Span
from workbench.cues import explain
from workbench.cues.entities import INSTITUTION_WORDS, EntityIndex
from workbench.cues.lexicon import SOURCE_CLASSES
from workbench.cues.matcher import CompiledLexicon, Match
from workbench.cues.patterns import source_cue
from workbench.cues.textview import CLOSING_QUOTES, DocView, Tok

_VERBS = {"said", "says", "told", "tells", "reported", "reports", "stated", "announced", "confirmed", "confirms",
          "reporting", "quoted", "added", "reads"}
# participles that also modify a noun ("single confirmed survivor", "reported deaths", "quoted remarks")
_PARTICIPLES = {"reported", "stated", "announced", "confirmed", "quoted"}
# verbs of the press: a single name as their subject that is no person is a medium ("Reuters reported", "The New York
# Post is reporting", "The Washington Post quoted military leaders")
_PRESS_VERBS = {"reported", "reports", "reporting", "quoted"}
_PLAIN = {"said", "says", "told", "tells"}  # "… secretary Dhananjay Dwivedi said"; "Amit Shah confirmed" stays factive
_BOUNDARY = {"that", "which", "who", "and", "but", "as", "while", "when", "because", "after", "before", "if",
             "where", "so", "than", "also", "later", "earlier", "had", "has", "have", "was", "were", "is", "are"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "this", "that", "there", "one", "someone",
             "him", "her", "them", "us", "me"}
_MAX_SUBJECT = 6
# the story's people, not its sources: "the man told", "the survivor said"
_PEOPLE = {"man", "woman", "boy", "girl", "survivor", "passenger", "victim", "brother", "sister", "father", "mother",
           "son", "daughter", "wife", "husband", "friend", "relative", "family"}
_DETERMINERS = {"the", "a", "an"}
_AFTER_OPENERS = _DETERMINERS | {"multiple", "several", "many", "some", "various", "numerous", "local", "state"}


def _source_like(np: list[Tok], medium: bool) -> bool:
    """An institution, a group or an unnamed informant: a common noun ("police", "officials", "an AFP reporter")
    or an acronym ("the DGCA"), or a medium by its name (``medium``: ``_named_medium``); a subject of other
    capitalised words only is read as a person's name ("Ramesh")."""
    words = [t for t in np if t.surface[:1].isalpha()]
    if not words or any(t.fold in _PEOPLE for t in words):
        return False
    common = [t for t in words if t.surface[:1].islower() and t.fold not in _DETERMINERS]
    acronyms = [t for t in words if len(t.surface) >= 2 and t.surface.isupper()]
    institution = [t for t in words if t.fold in INSTITUTION_WORDS]  # "India's Civil Aviation"
    return bool(common or acronyms or institution or medium)


def _named_medium(np: list[Tok]) -> bool:
    """A medium's name as a subject: "the New York Times", "CBS News", "The Guardian", "The Gateway Pundit" (a
    capitalised name after "the"); not a family ("the Clintons") or a person."""
    words = [t for t in np if t.surface[:1].isalpha()]
    if not words or not all(t.surface[:1].isupper() for t in words if t.fold != "the"):
        return False
    if words[-1].fold in _MEDIUM_NAMES:
        return True
    return len(words) >= 2 and words[0].fold == "the" and not words[-1].fold.endswith("s")

_BEFORE_VERB = {"also", "later", "earlier", "previously", "then", "had", "has", "have"}
_BE = {"is", "was", "are", "were"}  # "The New York Post is reporting"
_POSSESSIVE = {"'s", "’s", "'", "’"}
_LY_NOUNS = {"family", "ally", "assembly", "rally", "supply", "monopoly", "anomaly", "daily", "weekly", "bully"}


def _press_name(np: list[Tok], entities: EntityIndex, doc: str) -> bool:
    """A name of one or two capitalised words, no person's, as the subject of a verb of the press: "Reuters
    reported", "Yonhap reported"."""
    words = [t for t in np if t.surface[:1].isalpha() and t.fold != "the"]
    if not words or len(words) > 2 or not all(t.surface[:1].isupper() for t in words):
        return False
    return not any(entities.kind(n) == "person" for n in {entities.entity_at(doc, t.i) for t in words} - {None})


def _described_medium(np: list[Tok]) -> bool:
    """A medium by its name and what it is: "Russia's RIA Novosti news agency", "the state broadcaster KBS" is
    read by the lexicon; here the name comes first and a medium word closes the subject."""
    return len(np) >= 2 and np[-1].fold in _MEDIUM_WORDS and np[-1].fold != "media" and any(
        t.surface[:1].isupper() and t.fold not in _DETERMINERS for t in np[:-1])


def _adverb(t: Tok) -> bool:
    """A lower-case word in "-ly" that is no noun ("bluntly", "quickly")."""
    return t.surface[:1].islower() and len(t.fold) > 4 and t.fold.endswith("ly") and t.fold not in _LY_NOUNS


_HONORIFICS = {"dr", "prof", "professor", "mr", "mrs", "ms", "sir", "dame"}  # "Dr Parikh": a person's name


def _informant(np: list[Tok], entities: EntityIndex, doc: str) -> bool:
    """The subject is a person's name (with a title such as "Dr" at most) whom no other report of the comparison
    names: the outlet's own informant, not one of the story's actors."""
    words = [t for t in np if t.surface[:1].isalpha()]
    if not words or not all(t.surface[:1].isupper() for t in words):
        return False
    names = {n for n in (entities.entity_at(doc, t.i) for t in words) if n}
    if len(names) != 1:
        return False
    entity = entities.entities.get(next(iter(names)))
    person = entity is not None and (entity.kind == "person" or any(t.fold.rstrip(".") in _HONORIFICS for t in words))
    return person and entity is not None and {m.doc for m in entity.mentions} == {doc}


def _official(run: list[Tok], entities: EntityIndex, doc: str, main: set[str] | frozenset[str]) -> bool:
    """The name after a title is one person's, and no protagonist's: an official quoted as a source."""
    names = {entities.entity_at(doc, t.i) for t in run}
    if len(run) < 2 or len(names) != 1 or None in names or _named_medium(run):
        return False  # a first name and a surname ("Mike Pompeo"), not an acronym ("PM") nor a medium
    name = next(iter(names))
    return entities.kind(name) == "person" and name not in main


def _trailing_name(toks: list[Tok], p: int, entities: EntityIndex, doc: str) -> list[Tok]:
    """The capitalised words right before the verb at ``p`` (at most three), after a lower-case title or a longer
    description: "state health secretary Dhananjay Dwivedi said", "US Deputy Secretary of State Kurt Campbell said"."""
    k = p - 1
    while k >= 0 and toks[k].fold in _BEFORE_VERB:
        k -= 1
    run: list[Tok] = []
    while k >= 0 and len(run) < 3 and toks[k].surface[:1].isupper() and toks[k].surface[:1].isalpha() \
            and not toks[k].quoted:
        run.insert(0, toks[k])
        k -= 1
    if not run or k < 0 or toks[k].is_punct or not toks[k].surface[:1].isalpha():
        return []
    name = entities.entity_at(doc, run[-1].i)
    while run and entities.entity_at(doc, run[0].i) != name:  # "State Kurt Campbell": the name only
        run.pop(0)
    return run

def _subject_before(toks: list[Tok], p: int) -> list[Tok]:
    np: list[Tok] = []
    k = p - 1
    while k >= 0 and (toks[k].fold in _BEFORE_VERB or (toks[p].fold == "reporting" and toks[k].fold in _BE)):  # "Indian media also reported", "officials later said"
        k -= 1
    # a medium's name may be long: "North Korea's Korean Central News Agency reported"
    limit = _MAX_SUBJECT + 3 if k >= 0 and toks[k].fold in _MEDIUM_ENDINGS else _MAX_SUBJECT
    while k >= 0 and len(np) < limit and not toks[k].is_punct and toks[k].fold not in _BOUNDARY \
            and not toks[k].quoted:
        if not _adverb(toks[k]):  # "Biden bluntly told": the adverb is no part of the subject
            np.insert(0, toks[k])
        k -= 1
    if k >= 0 and len(np) == limit and not toks[k].is_punct:
        return []  # a longer stretch: not a subject we can read without a parser
    return np


def _subject_after(toks: list[Tok], p: int) -> list[Tok]:
    if p == 0 or not (toks[p - 1].surface == "," or toks[p - 1].surface in CLOSING_QUOTES):
        return []
    if p + 1 >= len(toks) or toks[p + 1].fold not in _AFTER_OPENERS:
        return []  # "…, said the airline", "…, reported multiple media outlets", not "…, said four students"
    np: list[Tok] = []
    k = p + 1
    while k < len(toks) and len(np) < _MAX_SUBJECT and not toks[k].is_punct and toks[k].fold not in _BOUNDARY:
        np.append(toks[k])
        k += 1
    return np if k >= len(toks) or toks[k].is_punct else []


_TELL = {"told", "tells"}
_NEGATIONS = {"not", "never", "n't", "no"}
_MEDIUM_WORDS = {"media", "newspaper", "newspapers", "channel", "broadcaster", "agency", "television", "tv", "radio",
                 "press", "outlet", "website", "daily"}
_NOT_RECIPIENTS = _PRONOUNS | {"reporters", "journalists", "the", "a", "an"}
# last words of a medium's name: a name of several words ending so is a medium, not a person
_MEDIUM_NAMES = {"times", "press", "post", "news", "tv", "journal", "herald", "telegraph", "guardian", "express",
                 "tribune", "today", "daily", "standard", "independent", "mail", "mirror", "chronicle", "gazette",
                 "radio", "network", "agency"}
_MEDIUM_ENDINGS = _MEDIUM_NAMES | _MEDIUM_WORDS  # words that close a medium's name or description


def _recipient(toks: list[Tok], p: int, entities: EntityIndex, doc: str) -> Tok | None:
    """The last word of the medium "told" (at ``p``) names, or None: "told [the] Hindustan Times", "told PTI"."""
    k = p + 1
    if k < len(toks) and toks[k].fold in ("the",):
        k += 1
    last: Tok | None = None
    capitals = 0
    while k < len(toks) and k - p <= 5 and not toks[k].is_punct and toks[k].fold not in _NOT_RECIPIENTS:
        t = toks[k]
        if t.surface[:1].isupper():
            capitals += 1
            last = t
        elif t.fold in _MEDIUM_WORDS and capitals:
            last = t
            break
        else:
            break
        k += 1
    if last is None or not capitals:
        return None
    if last.fold in _MEDIUM_WORDS or last.fold in _MEDIUM_NAMES or (len(last.surface) >= 2 and last.surface.isupper()):
        return last
    names = {entities.entity_at(doc, t.i) for t in toks[p + 1:last.i - toks[0].i + 1]} - {None}
    if any(entities.kind(n) == "person" for n in names):
        return None  # "told Modi": speech to a person, not a medium
    return last


def _channel_cue(view: DocView, first: Tok, last: Tok) -> Cue:
    text = view.text[first.start:last.end]
    return Cue(Span(view.doc, first.start, last.end), text, "attribution", explain.label("attribution", "named_source"),
               explain.explain_statement_channel(text, view.language), cls="named_source", weight=0.6,
               label_de=explain.label("attribution", "named_source", "de"),
               explanation_de=explain.explain_statement_channel(text, view.language, reader="de"))


def english_speech_tags(view: DocView, lexicon: CompiledLexicon, matches: list[Match],
                        entities: EntityIndex, main: set[str] | frozenset[str] = frozenset()) -> tuple[list[Cue], set[int]]:
    """Institutional speech tags of an untagged English text; also the ids of the source matches they absorb."""
    out: list[Cue] = []
    absorbed: set[int] = set()
    sources = [m for m in matches if m.family == "attribution" and m.entry.cls in SOURCE_CLASSES]
    for s in view.sentences:
        if s.kind == "boilerplate":
            continue
        toks = s.toks
        for p, v in enumerate(toks):
            if v.fold not in _VERBS or v.quoted or (p > 0 and toks[p - 1].fold == "to"):
                continue
            medium = _recipient(toks, p, entities, view.doc) if v.fold in _TELL else None
            nxt = toks[p + 1] if p + 1 < len(toks) else None
            tag = p > 0 and (toks[p - 1].surface == "," or toks[p - 1].surface in CLOSING_QUOTES)
            quoting = v.fold == "quoted" and any(t.fold in ("as", "saying") for t in toks[p + 1:p + 6])  # "quoted X as saying"
            if v.fold in _PARTICIPLES and not tag and not quoting and nxt is not None and nxt.surface[:1].islower() \
                    and nxt.fold not in ("that", "on", "in", "to", "by", "at", "the", "a", "an", "late", "earlier"):
                continue  # "a single confirmed survivor": the participle modifies a noun
            if any(t.fold in _NEGATIONS for t in toks[max(0, p - 3):p]):
                continue  # "which have not been reported by media": nothing reported, no source
            after = _subject_after(toks, p)
            np = after or _subject_before(toks, p)
            starts = [k for k, t in enumerate(np) if t.fold == "the"]
            if not after and starts and starts[-1] > 0:
                np = np[starts[-1]:]  # "On Thursday The Gateway Pundit reported": the subject opens with "the"
            named = bool(np) and (_named_medium(np) or (v.fold in _PRESS_VERBS and _press_name(np, entities, view.doc))
                                  or _described_medium(np))
            if v.fold == "reports" and not named:
                continue  # the noun: "several reports", "Local media reports said"; a medium reports: "the BBC reports"
            # the possessor is not the speaker: "the prime minister's office said", "Modi's office said"
            owners = [k for k, t in enumerate(np) if t.fold in _POSSESSIVE]
            head = np[owners[-1] + 1:] if owners else np
            informant = not after and _informant(np, entities, view.doc)
            if informant:  # "Dr Parikh said", "Kurt Campbell said": a person only this outlet quotes
                out.append(source_cue(view, np[0], v if medium is None else medium, sources, absorbed))
                continue
            trailing = [] if after or v.fold not in _PLAIN else _trailing_name(toks, p, entities, view.doc)
            described = any(m.family == "attribution" and m.first < trailing[0].i and m.last >= trailing[0].i - 3
                            for m in matches) if trailing else False
            if trailing and trailing != np and not described and (_informant(trailing, entities, view.doc)
                                                                  or _official(trailing, entities, view.doc, main)):
                # "… secretary Dhananjay Dwivedi said", "Secretary of State Mike Pompeo said" (a titled person who is
                # no protagonist); a source word before the name ("spokesman Pat Ryder said") is the cue the lexicon
                # gives
                out.append(source_cue(view, trailing[0], v if medium is None else medium, sources, absorbed))
                continue
            if not np or any(t.fold in _PRONOUNS and t.surface != "US" for t in np) or np[-1].fold in ("the", "a", "an") \
                    or not _source_like(np, named) or (not named and (
                        any(entities.kind(n) == "person" for n in {entities.entity_at(view.doc, t.i) for t in head} - {None})
                        or any(e.family == "actor_label" for t in head for e in lexicon.candidates(t)))):
                if medium is not None:  # "Ramesh told India TV": the medium is the source
                    out.append(_channel_cue(view, v, medium))
                continue
            first, last = (v, np[-1]) if after else (np[0], v)
            if medium is not None and not after:
                last = medium  # "Fire service officials told AFP"
            out.append(source_cue(view, first, last, sources, absorbed))
    return out, absorbed

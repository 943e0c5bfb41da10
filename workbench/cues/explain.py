"""Short labels and one-sentence explanations a teacher can read out.

Built from the lexicon gloss ("'Invoke, conjure'; solemn emphasis …") and the
cue's family and class. No event, person or outlet is named except the words
of the cue itself and, for actor labels, the entity the label names.

Every text exists in English and in German: the public functions take the
reader's language ``reader`` ("en" by default, "de" for German; the
document's ``language`` only decides the quotation marks of the English text
and the example words quoted from the article's language). A cue stores both
(``Cue.label``/``explanation`` and ``label_de``/``explanation_de``);
``cue_text(cue, language)`` picks the one a reader sees.
"""

from __future__ import annotations

import re

from workbench.core.models import cue_text

__all__ = ["cue_text", "explain_agentless", "explain_factual_variant", "explain_lexical", "explain_marked_event",
           "explain_question", "explain_quote_variant", "explain_source_prefix", "explain_speech_source", "label",
           "texts"]

_CLASS_LABELS = {
    ("reporting_verb", "neutral"): "neutral reporting verb",
    ("reporting_verb", "emphatic"): "loaded reporting verb (emphatic)",
    ("reporting_verb", "distancing"): "loaded reporting verb (distancing)",
    ("reporting_verb", "concessive"): "loaded reporting verb (concessive)",
    ("reporting_verb", "refuting"): "loaded reporting verb (refuting)",
    ("reporting_verb", "metaphor"): "loaded reporting verb (vivid)",
    ("reporting_verb", "directive"): "reporting verb (demand or warning)",
    ("reporting_verb", "emotive"): "loaded reporting verb (emotive)",
    ("reporting_verb", "speculative"): "reporting verb (conjecture)",
    ("reporting_verb", "factive"): "reporting verb (presents the content as fact)",
    ("actor_label", "neutral"): "neutral title",
    ("actor_label", "loaded_negative"): "negative label for an actor",
    ("actor_label", "loaded_positive"): "positive label for an actor",
    ("actor_label", "colloquial"): "colloquial label for an actor",
    ("actor_label", "ideological"): "ideologically marked label",
    ("actor_label", "leaning"): "political leaning given to an actor",
    ("actor_label", "age"): "actor named by age",
    ("event_label", "neutral"): "neutral name for the event",
    ("event_label", "aggressor_naming"): "name that assigns responsibility",
    ("event_label", "euphemism_official"): "official euphemism",
    ("event_label", "minimising"): "minimising name for the event",
    ("event_label", "dramatising"): "dramatising name for the event",
    ("event_label", "marked_name"): "marked name for the event",
    ("evaluative", "negative"): "negative evaluation",
    ("evaluative", "positive"): "positive evaluation",
    ("evaluative", "intensifier"): "intensifier",
    ("evaluative", "demeanour"): "demeanour described",
    ("hedge", "modal"): "hedge (modal verb)",
    ("hedge", "adverb"): "hedge (adverb)",
    ("hedge", "reportative"): "hedge (hearsay)",
    ("hedge", "question_headline"): "question headline",
    ("attribution", "named_source"): "sourced claim",
    ("attribution", "postposed_so"): "sourced claim",
    ("attribution", "state_media"): "state media as source",
    ("attribution", "expert"): "experts as source",
    ("attribution", "vague"): "vague source",
    ("attribution", "anonymous"): "anonymous source",
    ("attribution", "source_prefix"): "source named in the headline",
    ("quote_variant", ""): "quotation rendered differently",
    ("factual_variant", ""): "detail differs between outlets",
}

_CLASS_LABELS_DE = {
    ("reporting_verb", "neutral"): "neutrales Redeverb",
    ("reporting_verb", "emphatic"): "wertendes Redeverb (nachdrücklich)",
    ("reporting_verb", "distancing"): "wertendes Redeverb (distanzierend)",
    ("reporting_verb", "concessive"): "wertendes Redeverb (einräumend)",
    ("reporting_verb", "refuting"): "wertendes Redeverb (zurückweisend)",
    ("reporting_verb", "metaphor"): "wertendes Redeverb (bildhaft)",
    ("reporting_verb", "directive"): "Redeverb (Forderung oder Warnung)",
    ("reporting_verb", "emotive"): "wertendes Redeverb (gefühlsbetont)",
    ("reporting_verb", "speculative"): "Redeverb (Vermutung)",
    ("reporting_verb", "factive"): "Redeverb (stellt den Inhalt als Tatsache dar)",
    ("actor_label", "neutral"): "neutraler Titel",
    ("actor_label", "loaded_negative"): "abwertende Bezeichnung",
    ("actor_label", "loaded_positive"): "aufwertende Bezeichnung",
    ("actor_label", "colloquial"): "umgangssprachliche Bezeichnung",
    ("actor_label", "ideological"): "ideologisch geprägte Bezeichnung",
    ("actor_label", "leaning"): "politische Verortung eines Akteurs",
    ("actor_label", "age"): "Akteur nach dem Alter benannt",
    ("event_label", "neutral"): "neutraler Name für das Ereignis",
    ("event_label", "aggressor_naming"): "Name, der Verantwortung zuweist",
    ("event_label", "euphemism_official"): "offizieller Euphemismus",
    ("event_label", "minimising"): "verharmlosender Name für das Ereignis",
    ("event_label", "dramatising"): "dramatisierender Name für das Ereignis",
    ("event_label", "marked_name"): "auffälliger Name für das Ereignis",
    ("evaluative", "negative"): "negative Wertung",
    ("evaluative", "positive"): "positive Wertung",
    ("evaluative", "intensifier"): "Verstärkung",
    ("evaluative", "demeanour"): "beschriebene Haltung",
    ("hedge", "modal"): "Abschwächung (Modalverb)",
    ("hedge", "adverb"): "Abschwächung (Adverb)",
    ("hedge", "reportative"): "Abschwächung (Hörensagen)",
    ("hedge", "question_headline"): "Frage als Schlagzeile",
    ("attribution", "named_source"): "Aussage mit Quelle",
    ("attribution", "postposed_so"): "Aussage mit Quelle",
    ("attribution", "state_media"): "Staatsmedien als Quelle",
    ("attribution", "expert"): "Fachleute als Quelle",
    ("attribution", "vague"): "vage Quelle",
    ("attribution", "anonymous"): "anonyme Quelle",
    ("attribution", "source_prefix"): "Quelle in der Schlagzeile genannt",
    ("quote_variant", ""): "Zitat anders wiedergegeben",
    ("factual_variant", ""): "Detail weicht zwischen den Medien ab",
}

# the family as a last resort, never the internal identifier
_FAMILY_DE = {
    "reporting_verb": "Redeverb", "actor_label": "Bezeichnung eines Akteurs", "event_label": "Name des Ereignisses",
    "evaluative": "Wertung", "hedge": "Abschwächung", "attribution": "Quellenangabe",
    "quote_variant": "Zitatvariante", "factual_variant": "abweichendes Detail",
}

# dative: "schreibt die Aussage … zu"
_SOURCE_TEXT_DE = {
    "named_source": "einer Quelle",
    "postposed_so": "einer nach der Aussage genannten Quelle",
    "state_media": "staatlich kontrollierten Medien",
    "expert": "Fachleuten",
    "vague": "einer nicht näher bestimmten Quelle",
    "anonymous": "einer ungenannten Quelle",
    "source_prefix": "der am Anfang der Schlagzeile genannten Quelle",
}

_SOURCE_TEXT = {
    "named_source": "a source",
    "postposed_so": "a source named after the statement",
    "state_media": "state-controlled media",
    "expert": "experts",
    "vague": "an unspecified source",
    "anonymous": "a source that is not named",
    "source_prefix": "the source named at the start of the headline",
}


def _de(reader: str) -> bool:
    return (reader or "").startswith("de")


_MARKS = "„“”\"«»‚‘’‹›"


def _q(text: str, language: str) -> str:
    """The words in the reader's quotation marks; marks already around them are not doubled."""
    text = " ".join(text.split())
    while len(text) > 2 and text[0] in _MARKS and text[-1] in _MARKS:
        text = text[1:-1].strip()
    return f"„{text}“" if language.startswith("de") else f"“{text}”"


def _qde(text: str) -> str:
    return _q(text, "de")


_NOTE_MARKS = set("'\"„“‚‘’;:")  # a parenthesis after a gloss's translation holding these is an example or a note
# ... and so is one that says how the matcher reads the entry, or that repeats words of the text (a German example:
# "'Eagerly awaited' (das mit Spannung erwartete Treffen)")
_MATCHER_NOTES = {"main-clause order", "subordinate order", "verb-final", "postposition", "the noun", "adjective"}


def _is_note(note: str, text: str) -> bool:
    if any(ch in note for ch in _NOTE_MARKS) or note.casefold() in _MATCHER_NOTES:
        return True
    words = {w.casefold() for w in re.findall(r"\w{4,}", text)}
    return any(w.casefold() in words for w in re.findall(r"\w{4,}", note))


def _bracket_after(tr: str, rest: str, text: str) -> tuple[str, str]:
    """A bracket right after a gloss's translation joins the translation ("Merely, downtoner"), unless it is an
    example or a note for the matcher ("of a statement, not 'die offenbare Schwäche'"): then it is left out."""
    if rest.startswith("(") and ")" in rest:
        k = rest.index(")")
        note = rest[1:k]
        tr = tr if _is_note(note, text) else f"{tr}, {note}"
        rest = rest[k + 1:].strip(" ;,:.")
    return tr, rest


def _split_gloss(gloss: str, text: str = "") -> tuple[str, str]:
    """("Invoke, conjure", "solemn emphasis …") from "'Invoke, conjure'; solemn emphasis …".

    Notes for the matcher ("counts only in the subjunctive form") are left out.
    """
    g = gloss.strip()
    tr, rest = "", g
    if g.startswith("'") and "'" in g[1:]:
        k = g.index("'", 1)
        tr, rest = _bracket_after(g[1:k], g[k + 1:].strip(" ;,:."), text)  # "'Merely' (downtoner); belittles …"
    parts = [p.strip() for p in rest.rstrip(".").split(";")]
    rest = "; ".join(p for p in parts if p and not p.casefold().startswith(("counts only", "never alone")))
    return tr, rest


_NOTES_DE = ("zählt nur", "nie allein")


def _split_gloss_de(gloss: str) -> tuple[str, str]:
    """("Diktator", "bewertet …") from "„Diktator“; bewertet …" (the German gloss of an English entry).

    A German entry's gloss has no translation. Notes for the matcher ("zählt nur …") are left out.
    """
    g = gloss.strip()
    tr, rest = "", g
    if g.startswith("„") and "“" in g:
        k = g.index("“")
        tr, rest = _bracket_after(g[1:k], g[k + 1:].strip(" ;,:."), "")  # "„lediglich“ (Abschwächung); verkleinert …"
    parts = [p.strip() for p in rest.rstrip(".").split(";")]
    rest = "; ".join(p for p in parts if p and not p.casefold().startswith(_NOTES_DE))
    return tr, rest


def _lower_first(s: str) -> str:
    return s[:1].lower() + s[1:] if s[:2] != s[:2].upper() else s


def label(family: str, cls: str, reader: str = "en") -> str:
    """The short label of a family and class in the reader's language."""
    if _de(reader):
        return (_CLASS_LABELS_DE.get((family, cls)) or _CLASS_LABELS_DE.get((family, ""))
                or _FAMILY_DE.get(family) or family.replace("_", " "))
    return _CLASS_LABELS.get((family, cls)) or _CLASS_LABELS.get((family, "")) or family.replace("_", " ")


def texts(make, *args, **kwargs) -> tuple[str, str]:
    """(English, German) of one of the functions here: ``texts(explain_question, text, language)``."""
    return make(*args, **kwargs), make(*args, **kwargs, reader="de")


def explain_lexical(family: str, cls: str, text: str, gloss: str, language: str, *, quoted: bool = False,
                    entity: str | None = None, source_gloss: str | None = None, reader: str = "en",
                    gloss_de: str = "", source_gloss_de: str | None = None) -> str:
    """One sentence for a lexicon cue (``gloss_de``: the entry's German gloss, for a German reader)."""
    if _de(reader):
        return _explain_lexical_de(family, cls, text, gloss, language, quoted=quoted, entity=entity,
                                   source_gloss=source_gloss, gloss_de=gloss_de, source_gloss_de=source_gloss_de)
    de = language.startswith("de")
    word = _q(text, language)
    tr, rest = _split_gloss(source_gloss or gloss, text)
    if tr and tr.casefold().replace("-", " ") in (text.casefold().replace("-", " "), ""):
        tr = ""
    head = f"{word} ({tr})" if tr and not tr.casefold().startswith(text.casefold()[:4]) else word
    rest = _lower_first(rest) if rest else ""
    tail = ""
    if entity:
        entity = entity.replace(" & ", " and ")
    if family == "reporting_verb":
        neutral = _q("sagte" if de else "said", language)
        if cls == "neutral":
            tail = "" if rest else "it records that something was said without comment"
        else:
            tail = f"a neutral report would say {neutral}"
    elif family == "actor_label":
        who = f" for {entity}" if entity else ""
        if cls == "neutral":
            tail = "a neutral title; compare how the other outlets name the same actor"
            head = f"{word}{who}"
            rest = ""
        elif cls == "leaning":
            head = f"{word}{who}"
            tail = "the outlet places the actor on the political spectrum; compare whether the others do"
            rest = ""
        else:
            titles = ("„Präsident“ or „Staatschef“" if de else "“president” or “leader”")
            head = f"{head}{who}"
            tail = f"an official title such as {titles} would be neutral"
    elif family == "event_label":
        tail = ("the name judges the event as it names it" if cls == "dramatising"
                else "the name chosen for an event shapes who seems responsible for it")
    elif family == "evaluative":
        tail = "this judges rather than describes"
    elif family == "hedge":
        tail = "the outlet does not state the point as a fact"
    elif family == "attribution":
        src = _SOURCE_TEXT.get(cls, "a source")
        sentence = f"{word} attributes the claim to {src}"
        note = rest.split(";")[-1].strip() if rest else ""
        if note and note.casefold() != src.casefold() and cls in ("state_media", "expert", "vague", "anonymous"):
            sentence += f" ({note})"
        if quoted:
            sentence += "; the words are inside a quotation"
        return sentence + "."
    parts = [p for p in (rest, tail) if p]
    sentence = head + (": " + "; ".join(parts) if parts else "")
    if quoted:
        sentence += "; the word is inside a quotation, so it is the speaker's choice, not the outlet's"
    return sentence + "."


def _explain_lexical_de(family: str, cls: str, text: str, gloss: str, language: str, *, quoted: bool,
                        entity: str | None, source_gloss: str | None, gloss_de: str,
                        source_gloss_de: str | None) -> str:
    """The German sentence for a lexicon cue; an entry without a German gloss uses its English one."""
    word = _qde(text)
    source_de = source_gloss_de if source_gloss else gloss_de
    if source_de:
        tr, rest = _split_gloss_de(source_de)
    else:
        tr, rest = _split_gloss(source_gloss or gloss, text)
    if tr and tr.casefold().replace("-", " ") in (text.casefold().replace("-", " "), ""):
        tr = ""
    head = f"{word} ({tr})" if tr and not tr.casefold().startswith(text.casefold()[:4]) else word
    tail = ""
    if entity:
        entity = entity.replace(" & ", " und ")
    if family == "reporting_verb":
        if cls == "neutral":
            tail = "" if rest else "hält fest, dass etwas gesagt wurde, ohne es zu kommentieren"
        else:
            tail = f"eine neutrale Meldung würde {_qde('sagte' if language.startswith('de') else 'said')} schreiben"
    elif family == "actor_label":
        who = f" für {entity}" if entity else ""
        if cls == "neutral":
            tail = "ein neutraler Titel; vergleichen Sie, wie die anderen Medien denselben Akteur nennen"
            head = f"{word}{who}"
            rest = ""
        elif cls == "leaning":
            head = f"{word}{who}"
            tail = "das Medium verortet den Akteur politisch; vergleichen Sie, ob die anderen es auch tun"
            rest = ""
        else:
            titles = ("„Präsident“ oder „Staatschef“" if language.startswith("de") else "„president“ oder „leader“")
            head = f"{head}{who}"
            tail = f"ein Amtstitel wie {titles} wäre neutral"
    elif family == "event_label":
        tail = ("der Name bewertet das Ereignis, indem er es benennt" if cls == "dramatising"
                else "der Name, den ein Ereignis bekommt, prägt, wer dafür verantwortlich erscheint")
    elif family == "evaluative":
        tail = "das Wort wertet, statt zu beschreiben"
    elif family == "hedge":
        tail = "das Medium stellt den Punkt nicht als Tatsache dar"
    elif family == "attribution":
        src = _SOURCE_TEXT_DE.get(cls, "einer Quelle")
        sentence = f"{word} schreibt die Aussage {src} zu"
        note = rest.split(";")[-1].strip() if rest else ""
        if note and cls in ("state_media", "expert", "vague", "anonymous"):
            sentence += f" ({note})"
        if quoted:
            sentence += "; die Worte stehen in einem Zitat"
        return sentence + "."
    parts = [p for p in (rest, tail) if p]
    sentence = head + (": " + "; ".join(parts) if parts else "")
    if quoted:
        sentence += "; das Wort steht in einem Zitat, es ist also die Wahl des Sprechers, nicht die des Mediums"
    return sentence + "."


def explain_question(text: str, language: str, reader: str = "en") -> str:
    if _de(reader):
        return (f"Die Schlagzeile fragt {_qde(text)}, statt etwas festzustellen: Das Medium bringt eine Möglichkeit "
                f"ins Spiel, ohne sie zu behaupten.")
    return (f"The headline asks {_q(text, language)} instead of stating it: the outlet raises a possibility "
            f"without asserting it.")


def explain_source_prefix(text: str, language: str, reader: str = "en") -> str:
    if _de(reader):
        return f"{_qde(text)} nennt die Quelle der Aussage in der Schlagzeile noch vor der Aussage selbst."
    return f"{_q(text, language)} names the source of the headline's claim before the claim itself."


def explain_agentless(text: str, language: str, reader: str = "en", accusation: bool = False) -> str:
    if accusation:
        if _de(reader):
            return f"{_qde(text)} lässt offen, wer den Vorwurf erhebt (ein Passiv ohne Handelnden)."
        return f"{_q(text, language)} leaves open who makes the accusation (a passive without an agent)."
    if _de(reader):
        return f"{_qde(text)} lässt offen, wer das erwartet, annimmt oder berichtet (ein Passiv ohne Handelnden)."
    return f"{_q(text, language)} leaves open who expects, assumes or reports this (a passive without an agent)."


def explain_country_description(text: str, country: str | None, language: str, reader: str = "en") -> str:
    """A country named by a judging description ("the reclusive state", "das isolierte Land")."""
    if _de(reader):
        who = f" für {country}" if country else ""
        return (f"{_qde(text)}{who}: das Land wird mit einer wertenden Beschreibung statt mit seinem Namen benannt; "
                f"das Adjektiv macht die Benennung zum Urteil.")
    who = f" for {country}" if country else ""
    return (f"{_q(text, language)}{who}: the country is named by a judging description instead of its name; the "
            f"adjective makes the naming a judgement.")


def explain_speech_source(text: str, language: str, reader: str = "en") -> str:
    if _de(reader):
        return (f"{_qde(text)} schreibt die Aussage einer Institution oder einem Informanten zu, "
                f"nicht dem Medium.")
    return f"{_q(text, language)} attributes the statement to an institution or informant, not to the outlet."


def explain_statement_channel(text: str, language: str, reader: str = "en") -> str:
    if _de(reader):
        return (f"{_qde(text)} nennt das Medium oder die Plattform, über die die Aussage kam: das Medium gibt "
                f"sie aus zweiter Hand wieder.")
    return (f"{_q(text, language)} names the medium or platform the statement was given to or made on: the outlet "
            f"relays it second-hand.")


def explain_marked_event(text: str, default: str, language: str, reader: str = "en") -> str:
    if _de(reader):
        return (f"{_qde(text)} benennt das Ereignis mit einem auffälligen Wort, wo die meisten Berichte "
                f"{_qde(default)} schreiben; die Wahl verleiht Gewicht oder Färbung.")
    return (f"{_q(text, language)} names the event with a marked word where most reports say "
            f"{_q(default, language)}; the choice adds weight or colour.")


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def _others(others: list[str], language: str) -> str:
    unique = list(dict.fromkeys(_short(o) for o in others))
    return " / ".join(_q(o, language) for o in unique[:3])


def _changed(words: list[str], reader: str, language: str) -> str:
    unique = list(dict.fromkeys(w for w in words if w.strip()))[:6]
    if not unique:
        return ""
    quote = _qde if _de(reader) else (lambda w: _q(w, language))
    listed = ", ".join(quote(w) for w in unique)
    return f" Anders als anderswo: {listed}." if _de(reader) else f" Different here: {listed}."


def _added(words: str, reader: str, language: str) -> str:
    if not words:
        return ""
    if _de(reader):
        return (f" Danach steht {_qde(words)} außerhalb der Anführungszeichen, und keine andere Wiedergabe zitiert "
                f"es: die eigenen Worte des Mediums lesen sich wie ein Teil des Zitats.")
    return (f" After it, {_q(words, language)} stands outside the quotation marks, and no other rendering quotes it: "
            f"the outlet's own words read as part of the quotation.")


def explain_quote_variant(text: str, others: list[str], language: str, direct: bool, reader: str = "en",
                          changed: list[str] | None = None, added: str = "") -> str:
    """``changed``: the words of this rendering that differ from the others (shown after the sentence);
    ``added``: the outlet's words after the quotation that read as part of it."""
    tail = _changed(changed or [], reader, language) + _added(added, reader, language)
    if _de(reader):
        other = _others(others, "de") if others else ""
        how = "zitiert" if direct else "wiedergegeben"
        if other:
            return (f"Dieselbe Aussage wird hier als {_qde(_short(text))} {how}, anderswo als {other}; der Wortlaut "
                    f"eines Zitats ist eine Wahl des Mediums oder seiner Quelle.{tail}")
        return f"Andere Medien geben dieselbe Aussage anders wieder; vergleichen Sie den Wortlaut von {_qde(text)}.{tail}"
    other = _others(others, language) if others else ""
    how = "quoted" if direct else "rendered"
    if other:
        return (f"The same statement is {how} here as {_q(_short(text), language)} and elsewhere as {other}; "
                f"the wording of a quotation is a choice of the outlet or its source.{tail}")
    return f"The same statement is {how} differently by other outlets; compare the wording of {_q(text, language)}.{tail}"


def explain_factual_variant(text: str, others: list[str], language: str, reader: str = "en") -> str:
    if _de(reader):
        return (f"Hier steht im Bericht {_qde(text)}, in einem anderen {_others(others, 'de')}: ein überprüfbares "
                f"Detail, in dem sich die Berichte unterscheiden; das Programm markiert es, die Lesenden entscheiden.")
    other = _others(others, language)
    return (f"Here the report says {_q(text, language)}, another says {other}: a checkable detail on which "
            f"the reports differ; the tool flags it, the reader decides.")


def explain_name_spelling(text: str, other: str, outlets: int, language: str, reader: str = "en") -> str:
    """A name one outlet spells differently from the others ("Rainer Haseloff" / "Reiner")."""
    if _de(reader):
        many = "einem anderen Bericht" if outlets == 1 else f"{outlets} anderen Berichten"
        return (f"Hier steht {_qde(text)}; in {many} wird der Name {_qde(other)} geschrieben: eine abweichende "
                f"Schreibweise, vielleicht ein Fehler. Das Programm markiert sie, die Lesenden entscheiden.")
    many = "another report" if outlets == 1 else f"{outlets} other reports"
    return (f"Here the name is spelled {_q(text, language)}; {many} write {_q(other, language)}: a different "
            f"spelling, perhaps a mistake. The tool flags it, the reader decides.")

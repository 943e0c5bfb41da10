"""Short labels and one-sentence explanations a teacher can read out.

Built from the lexicon gloss ("'Invoke, conjure'; solemn emphasis …") and the
cue's family and class. No event, person or outlet is named except the words
of the cue itself and, for actor labels, the entity the label names.
"""

from __future__ import annotations

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
    ("actor_label", "neutral"): "neutral title",
    ("actor_label", "loaded_negative"): "negative label for an actor",
    ("actor_label", "loaded_positive"): "positive label for an actor",
    ("actor_label", "colloquial"): "colloquial label for an actor",
    ("actor_label", "ideological"): "ideologically marked label",
    ("event_label", "neutral"): "neutral name for the event",
    ("event_label", "aggressor_naming"): "name that assigns responsibility",
    ("event_label", "euphemism_official"): "official euphemism",
    ("event_label", "minimising"): "minimising name for the event",
    ("event_label", "marked_name"): "marked name for the event",
    ("evaluative", "negative"): "negative evaluation",
    ("evaluative", "positive"): "positive evaluation",
    ("evaluative", "intensifier"): "intensifier",
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

_SOURCE_TEXT = {
    "named_source": "a source",
    "postposed_so": "a source named after the statement",
    "state_media": "state-controlled media",
    "expert": "experts",
    "vague": "an unspecified source",
    "anonymous": "a source that is not named",
    "source_prefix": "the source named at the start of the headline",
}


def _q(text: str, language: str) -> str:
    text = " ".join(text.split())
    return f"„{text}“" if language.startswith("de") else f"“{text}”"


def _split_gloss(gloss: str) -> tuple[str, str]:
    """("Invoke, conjure", "solemn emphasis …") from "'Invoke, conjure'; solemn emphasis …".

    Notes for the matcher ("counts only in the subjunctive form") are left out.
    """
    g = gloss.strip()
    tr, rest = "", g
    if g.startswith("'") and "'" in g[1:]:
        k = g.index("'", 1)
        tr, rest = g[1:k], g[k + 1:].strip(" ;,")
        if rest.startswith("(") and ")" in rest:  # "'Merely' (downtoner); belittles …"
            k = rest.index(")")
            tr, rest = f"{tr}, {rest[1:k]}", rest[k + 1:].strip(" ;,")
    parts = [p.strip() for p in rest.rstrip(".").split(";")]
    rest = "; ".join(p for p in parts if p and not p.casefold().startswith(("counts only", "never alone")))
    return tr, rest


def _lower_first(s: str) -> str:
    return s[:1].lower() + s[1:] if s[:2] != s[:2].upper() else s


def label(family: str, cls: str) -> str:
    return _CLASS_LABELS.get((family, cls)) or _CLASS_LABELS.get((family, "")) or family.replace("_", " ")


def explain_lexical(family: str, cls: str, text: str, gloss: str, language: str, *, quoted: bool = False,
                    entity: str | None = None, source_gloss: str | None = None) -> str:
    """One sentence for a lexicon cue."""
    de = language.startswith("de")
    word = _q(text, language)
    tr, rest = _split_gloss(source_gloss or gloss)
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
        else:
            titles = ("„Präsident“ or „Staatschef“" if de else "“president” or “leader”")
            head = f"{head}{who}"
            tail = f"an official title such as {titles} would be neutral"
    elif family == "event_label":
        tail = "the name chosen for an event shapes who seems responsible for it"
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


def explain_question(text: str, language: str) -> str:
    return (f"The headline asks {_q(text, language)} instead of stating it: the outlet raises a possibility "
            f"without asserting it.")


def explain_source_prefix(text: str, language: str) -> str:
    return f"{_q(text, language)} names the source of the headline's claim before the claim itself."


def explain_agentless(text: str, language: str) -> str:
    return f"{_q(text, language)} leaves open who expects, assumes or reports this (a passive without an agent)."


def explain_speech_source(text: str, language: str) -> str:
    return f"{_q(text, language)} attributes the preceding statement to an institution or informant, not to the outlet."


def explain_marked_event(text: str, default: str, language: str) -> str:
    return (f"{_q(text, language)} names the event with a marked word where most reports say "
            f"{_q(default, language)}; the choice adds weight or colour.")


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def _others(others: list[str], language: str) -> str:
    unique = list(dict.fromkeys(_short(o) for o in others))
    return " / ".join(_q(o, language) for o in unique[:3])


def explain_quote_variant(text: str, others: list[str], language: str, direct: bool) -> str:
    other = _others(others, language) if others else ""
    how = "quoted" if direct else "rendered"
    if other:
        return (f"The same statement is {how} here as {_q(_short(text), language)} and elsewhere as {other}; "
                f"the wording of a quotation is a choice of the outlet or its source.")
    return f"The same statement is {how} differently by other outlets; compare the wording of {_q(text, language)}."


def explain_factual_variant(text: str, others: list[str], language: str) -> str:
    other = _others(others, language)
    return (f"Here the report says {_q(text, language)}, another says {other}: a checkable detail on which "
            f"the reports differ; the tool flags it, the reader decides.")

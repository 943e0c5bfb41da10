"""What the framing-cue families and classes are called on screen (translated).

The family names are those of the HTML exports (``workbench.export.wording.CUE_NAMES``;
a test keeps them equal), so the app and the exports speak alike.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CueNames"

# Qt's stubs say QT_TRANSLATE_NOOP returns object; it returns the message itself (marked for lupdate).
FAMILY_NAMES = cast(dict[str, str], {
    "quote_variant": QT_TRANSLATE_NOOP("CueNames", "quote rendered differently"),
    "actor_label": QT_TRANSLATE_NOOP("CueNames", "how an actor is named"),
    "event_label": QT_TRANSLATE_NOOP("CueNames", "how the event is named"),
    "reporting_verb": QT_TRANSLATE_NOOP("CueNames", "loaded reporting verb"),
    "evaluative": QT_TRANSLATE_NOOP("CueNames", "evaluative wording"),
    "hedge": QT_TRANSLATE_NOOP("CueNames", "hedge / speculation"),
    "attribution": QT_TRANSLATE_NOOP("CueNames", "sourcing"),
    "factual_variant": QT_TRANSLATE_NOOP("CueNames", "detail that differs"),
})

FAMILY_HINTS = cast(dict[str, str], {
    "quote_variant": QT_TRANSLATE_NOOP("CueNames", "The same statement quoted in other words by another outlet."),
    "actor_label": QT_TRANSLATE_NOOP("CueNames", "The word chosen for a person, state or group (“Machthaber” or “Präsident”)."),
    "event_label": QT_TRANSLATE_NOOP("CueNames", "The name given to the event itself (war, conflict, special operation)."),
    "reporting_verb": QT_TRANSLATE_NOOP("CueNames", "How a statement is introduced: “claims”, “admits” instead of “says”."),
    "evaluative": QT_TRANSLATE_NOOP("CueNames", "Words that judge rather than describe."),
    "hedge": QT_TRANSLATE_NOOP("CueNames", "Uncertainty and speculation: “reportedly”, “possibly”, “is said to”."),
    "attribution": QT_TRANSLATE_NOOP("CueNames", "Whom a claim is credited to: agencies, officials, unnamed sources."),
    "factual_variant": QT_TRANSLATE_NOOP("CueNames", "A checkable detail (number, place, date) on which the outlets differ."),
})

CLASS_NAMES = cast(dict[str, str], {
    "neutral": QT_TRANSLATE_NOOP("CueNames", "neutral"),
    "loaded_negative": QT_TRANSLATE_NOOP("CueNames", "loaded, negative"),
    "loaded_positive": QT_TRANSLATE_NOOP("CueNames", "loaded, positive"),
    "colloquial": QT_TRANSLATE_NOOP("CueNames", "colloquial"),
    "ideological": QT_TRANSLATE_NOOP("CueNames", "ideological"),
    "leaning": QT_TRANSLATE_NOOP("CueNames", "political leaning"),
    "age": QT_TRANSLATE_NOOP("CueNames", "named by age"),
    "anonymous": QT_TRANSLATE_NOOP("CueNames", "anonymous source"),
    "expert": QT_TRANSLATE_NOOP("CueNames", "expert"),
    "named_source": QT_TRANSLATE_NOOP("CueNames", "named source"),
    "postposed_so": QT_TRANSLATE_NOOP("CueNames", "source named after the claim"),
    "state_media": QT_TRANSLATE_NOOP("CueNames", "state media"),
    "vague": QT_TRANSLATE_NOOP("CueNames", "vague source"),
    "source_prefix": QT_TRANSLATE_NOOP("CueNames", "source before the claim"),
    "intensifier": QT_TRANSLATE_NOOP("CueNames", "intensifier"),
    "demeanour": QT_TRANSLATE_NOOP("CueNames", "demeanour described"),
    "negative": QT_TRANSLATE_NOOP("CueNames", "negative"),
    "positive": QT_TRANSLATE_NOOP("CueNames", "positive"),
    "aggressor_naming": QT_TRANSLATE_NOOP("CueNames", "names the aggressor"),
    "euphemism_official": QT_TRANSLATE_NOOP("CueNames", "official euphemism"),
    "minimising": QT_TRANSLATE_NOOP("CueNames", "minimising"),
    "dramatising": QT_TRANSLATE_NOOP("CueNames", "dramatising"),
    "marked_name": QT_TRANSLATE_NOOP("CueNames", "marked name"),
    "question_headline": QT_TRANSLATE_NOOP("CueNames", "question headline"),
    "adverb": QT_TRANSLATE_NOOP("CueNames", "adverb"),
    "modal": QT_TRANSLATE_NOOP("CueNames", "modal verb"),
    "reportative": QT_TRANSLATE_NOOP("CueNames", "reportative"),
    "concessive": QT_TRANSLATE_NOOP("CueNames", "concessive"),
    "directive": QT_TRANSLATE_NOOP("CueNames", "directive"),
    "distancing": QT_TRANSLATE_NOOP("CueNames", "distancing"),
    "emotive": QT_TRANSLATE_NOOP("CueNames", "emotive"),
    "emphatic": QT_TRANSLATE_NOOP("CueNames", "emphatic"),
    "metaphor": QT_TRANSLATE_NOOP("CueNames", "metaphor"),
    "refuting": QT_TRANSLATE_NOOP("CueNames", "refuting"),
    "speculative": QT_TRANSLATE_NOOP("CueNames", "speculative"),
    "factive": QT_TRANSLATE_NOOP("CueNames", "presents as fact"),
    "direct": QT_TRANSLATE_NOOP("CueNames", "direct quotation"),
    "indirect": QT_TRANSLATE_NOOP("CueNames", "indirect speech"),
})

SPEAKERS = cast(dict[str, str], {
    "outlet": QT_TRANSLATE_NOOP("CueNames", "the outlet, in its own words"),
    "quoted": QT_TRANSLATE_NOOP("CueNames", "someone the outlet quotes (the words are inside a quotation)"),
})


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def family_name(family: str) -> str:
    return _tr(FAMILY_NAMES[family]) if family in FAMILY_NAMES else family.replace("_", " ")


def family_title(family: str) -> str:
    """The name with a capital, for check boxes and headings."""
    name = family_name(family)
    return name[:1].upper() + name[1:]


def family_hint(family: str) -> str:
    return _tr(FAMILY_HINTS[family]) if family in FAMILY_HINTS else ""


def class_name(cls: str) -> str:
    if not cls:
        return ""
    return _tr(CLASS_NAMES[cls]) if cls in CLASS_NAMES else cls.replace("_", " ")


def speaker_name(speaker: str) -> str:
    return _tr(SPEAKERS[speaker]) if speaker in SPEAKERS else speaker


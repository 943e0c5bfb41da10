"""Which language a text is written in, via py3langid.

The classifier is restricted to languages news outlets we compare actually
publish in: with all ~100 of its languages, short German snippets are
sometimes called Luxembourgish or Dutch. The first ~2000 characters are
plenty for a whole article and keep the call fast. When the signal is weak
(a few words, numbers, a headline) we say "und" (ISO 639 "undetermined")
rather than guess, because the language chooses the NLP pipeline later.
"""

from __future__ import annotations

from functools import lru_cache

LANGUAGES = (
    "de", "en", "fr", "es", "it", "nl", "pt", "pl", "cs", "sk", "hu", "ro",
    "sv", "da", "no", "fi", "el", "tr", "ru", "uk", "bg", "sr", "hr", "sl",
    "lt", "lv", "et", "ar", "he", "fa", "zh", "ja", "ko",
)  # fmt: skip
UNDETERMINED = "und"
SAMPLE_CHARS = 2000
MIN_LETTERS = 20
MIN_CONFIDENCE = 0.5


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language, or "und" if unsure."""
    sample = text[:SAMPLE_CHARS]
    if sum(1 for ch in sample if ch.isalpha()) < MIN_LETTERS:
        return UNDETERMINED
    language, confidence = _identifier().classify(sample)
    if confidence < MIN_CONFIDENCE:
        return UNDETERMINED
    return language


@lru_cache(maxsize=1)
def _identifier():  # noqa: ANN202 - py3langid's LanguageIdentifier
    """Load the model once (about half a second), on first use only."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages([code for code in LANGUAGES if code in identifier.labels])
    return identifier

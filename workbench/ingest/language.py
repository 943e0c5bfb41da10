"""Which language a text is written in, via py3langid.

The classifier is restricted to languages news outlets we compare actually
publish in: with all ~100 of its languages, short German snippets are
sometimes called Luxembourgish or Dutch. The first ~2000 characters are
plenty for a whole article and keep the call fast. When the signal is weak
(a few words, numbers, a headline) we say "und" (ISO 639 "undetermined")
rather than guess, because the language chooses the NLP pipeline later.
"""

from __future__ import annotations

import itertools
import re
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


# The commonest function words of the languages most articles come in. When one
# language's words clearly dominate a sample, that is its language, and the
# statistical model (half a second to load) is not needed; anything less clear
# goes to the model.
FUNCTION_WORDS = {
    "de": "der die und das ist nicht mit sich des auf für ein eine dem den von zu auch wird wurde hat sind nach "
          "bei aus einer sie es im werden über noch wie dass oder aber sein seine einem eines haben hatte sei nur "
          "um vor zum zur durch gegen sagte",
    "en": "the and of to is that was for with on as by at from his her were have has be which this are it an but "
          "not their they said would been will after who about also into more than",
    "fr": "le la les et des du une un est que qui dans pour pas sur au avec il ce sont par plus ont été aux cette "
          "mais ou leur selon elle nous vous ils était fait entre depuis lui",
    "es": "el la los las y que en del se por con una para es su al lo como más pero fue ha muy sin sobre también "
          "entre cuando desde hasta este esta hay según ya dijo han había",
    "it": "il di che la e è per un una del della sono non con si al le gli nel ha anche dei delle alla questo ma "
          "più essere stato dal nella degli ci ancora dopo tra hanno",
    "nl": "de het een en van is dat op te zijn voor niet met die aan er ook werd wordt bij naar maar om dan nog tot "
          "hij zij worden deze dit heeft hebben kan uit",
    "pt": "o a os as de que e do da em um uma para com não no na por mais se dos foi das ao pelo pela seu sua mas "
          "ser há está ainda após já",
}
_SHARED = {w for a, b in itertools.combinations(FUNCTION_WORDS.values(), 2)
           for w in set(a.split()) & set(b.split())}
# Only the words that belong to one language count ("la", "de", "que" tell nothing).
_WORDS = {code: frozenset(words.split()) - _SHARED for code, words in FUNCTION_WORDS.items()}
_WORD = re.compile(r"[^\W\d_]+")
MIN_HITS = 8  # function words the winner needs at least
MIN_SHARE = 0.12  # ... as a share of all words of the sample
MIN_LEAD = 3.0  # ... and this many times the runner-up's count


def function_word_language(sample: str) -> str | None:
    """The language whose function words clearly dominate ``sample``, or None when it is not clear."""
    words = _WORD.findall(sample.casefold())
    if not words:
        return None
    counts = {code: sum(1 for w in words if w in vocab) for code, vocab in _WORDS.items()}
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    (best, hits), (_, second) = ranked[0], ranked[1]
    if hits >= MIN_HITS and hits >= MIN_SHARE * len(words) and hits >= MIN_LEAD * second:
        return best
    return None


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language, or "und" if unsure."""
    sample = text[:SAMPLE_CHARS]
    if sum(1 for ch in sample if ch.isalpha()) < MIN_LETTERS:
        return UNDETERMINED
    quick = function_word_language(sample)
    if quick:
        return quick
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

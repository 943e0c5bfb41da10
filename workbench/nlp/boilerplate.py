"""What is not reported content: patterns for boilerplate lines, as data.

News text that comes out of a web page or a wire feed carries furniture that
readers do not compare between outlets: comment-section notices, agency and
reporter credits, video teasers, "read more" links, metadata lines. The
segmenter marks it ``boilerplate`` so that alignment and cue detection can
skip it, while it stays visible (and annotatable) in the text.

The patterns are plain data, German and English, each with a comment naming
what it catches. They are matched case-insensitively against one paragraph
(a line standing alone) or one sentence, already trimmed, unless a pattern
says otherwise with an inline flag. Keep them anchored and short-ranged: a
pattern that could match an ordinary news sentence does more harm than a
notice that slips through.
"""

from __future__ import annotations

import re
from re import Pattern

_AGENCY = (
    r"(?:dpa|afp|ap|apa|reuters|rtr|kna|epd|sda|ats|ansa|efe|sid|dts|ddp|ots|"
    r"tass|bloomberg|upi|aap|cp|pa|ticker)"
)
_AGENCY_LIST = rf"{_AGENCY}(?:\s*(?:/|,|&|\+|und|and)\s*{_AGENCY})*"
# One to four capitalised words (case-sensitive inside case-insensitive patterns).
_NAMES = r"(?-i:[A-ZÄÖÜ][\w.'-]+(?:\s+[A-ZÄÖÜ][\w.'-]+){0,3})"


# Boilerplate paragraphs are short (the AP credit block of a seed has 55 words).
PARAGRAPH_MAX_WORDS = 80


def _compile(patterns: list[str], flags: int = re.IGNORECASE) -> list[Pattern[str]]:
    return [re.compile(p, flags) for p in patterns]


# A whole paragraph (a line that stands alone) matching one of these is one
# boilerplate segment, even if it holds several sentences.
PARAGRAPH_PATTERNS: list[Pattern[str]] = _compile([
    # -- comment sections --------------------------------------------------
    r"^(?:leser)?kommentare?(?:\s*\(\d+\))?:?$",  # "Kommentare", "Kommentare (12)"
    r"^\d+\s+(?:kommentare?|comments?)$",  # "12 Kommentare"
    r"^comments?(?:\s*\(\d+\))?:?$",  # "Comments"
    r"kommentieren (?:ist )?(?:nicht |kein\w* )?(?:mehr )?möglich",  # "kein Kommentieren mehr möglich"
    r"kommentarfunktion|kommentarbereich",  # "Die Kommentarfunktion ist geschlossen"
    r"\b(?:laden|lädt) sie\b.{0,100}\bmit(?:zu)?diskutieren\b",  # "Wir laden Sie ein, … mitzudiskutieren"
    r"^(?:jetzt )?diskutieren sie mit",  # "Diskutieren Sie mit!"
    r"community-team|\b(?:beachten sie|unsere?r?) (?:die )?netiquette",  # forum moderation notices
    r"\b(?:forum|community|leserbriefe?|kommentare?|feedback|letters)@[\w-]+\.\w",  # forum e-mail
    r"comments? (?:are|is) (?:now )?closed|join the conversation",  # English notices
    # -- agency credit lines ---------------------------------------------------
    rf"^[(\[]?{_AGENCY_LIST}[)\]]?\.?$",  # "DPA", "dpa/AFP", "(AFP)"
    rf"^\(?(?:mit |unter )?(?:informationen|material|agenturmaterial|angaben|berichten)"
    rf" (?:von|der|aus|nach)\b.{{0,60}}\b{_AGENCY}\b.{{0,40}}$",  # "Mit Informationen von Reuters, AP und dpa"
    r"^\(?(?:with )?(?:additional )?(?:reporting|writing|editing|research) by\b.{0,200}$",  # Reuters credits
    rf"^\(?(?:with |based on )?(?:material|information|reports?) from\b.{{0,40}}\b{_AGENCY}\b.{{0,40}}$",
    rf"^(?:quellen?|sources?)\s*:\s*.{{0,40}}\b{_AGENCY}\b.{{0,40}}$",  # "Quelle: dpa"
    # -- reporter credits (AP style: an em dash, then who reported from where) --
    r"^[—–-]\s*\S.{0,80}\bberichtete(?:n)? (?:aus|von|in)\b",  # "—Litvinova berichtete aus Tallinn …"
    r"^[—–-]\s*\S.{0,80}\breported (?:from|in)\b",  # "— Litvinova reported from Tallinn …"
    rf"^(?:von|by)\s+{_NAMES}(?:\s*(?:,|und|and)\s*{_NAMES})*$",  # byline "Von Anna Muster"
    # -- video teasers, picture credits ------------------------------------------
    r"^(?:im|zum|unser) video\b",  # "Im Video: Putin – …"
    r"^(?:video|videos|watch|play video|audio|podcast)\b\s*:",  # "Video: …", "WATCH: …"
    r"^(?:video|videos|play video)$",
    r"^(?:jetzt |hier )?(?:video|audio) (?:ansehen|abspielen|starten|anhören)\b",
    r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s*min\.?)?$",  # a video duration "01:34"
    r"^(?:foto|fotos|bild|bilder|grafik|photo|photos|image|picture|credit)s?\s*:\s*.{0,80}$",  # "Foto: dpa"
    # -- links to other pages ------------------------------------------------------
    r"^(?:mehr zum thema|lesen sie (?:auch|mehr|hier)|auch interessant|zum thema|weitere artikel|"
    r"das könnte sie (?:auch )?interessieren|meistgelesen|weiterlesen|read more|related(?: articles?)?|"
    r"more on this|see also|most read|recommended)(?:\s*:.{0,120})?$",  # alone, or "Lesen Sie auch: …"
    r"^(?:anzeige|advertisement|werbung|sponsored|newsletter|teilen|share|drucken|print|"
    r"zur startseite|back to top|mehr anzeigen|show more)$",
    r"^(?:folgen sie uns|follow us|abonnieren sie|jetzt abonnieren|subscribe)\b.{0,80}$",
    # -- separators ---------------------------------------------------------------------
    r"^[\W_]+$",  # no letter or digit at all: "___", "* * *", "---"
    # -- copyright ---------------------------------------------------------------------
    r"^(?:©|\(c\)\s|copyright\b)", r"alle rechte vorbehalten|all rights reserved",
    # -- metadata lines: dates, reading time ----------------------------------------
    r"^date\s+\d{4}(?:-\d{2}){0,2}$",  # "date 2023-09" (an extractor's metadata line)
    r"^(?:stand|aktualisiert|veröffentlicht|erschienen|zuletzt aktualisiert|published|updated|posted|"
    r"last updated)\b\s*(?:am|on|:)?\s*\d.{0,40}$",  # "Stand: 13.09.2023, 10:41 Uhr"
    r"^\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*uhr)?)?$",  # "13.09.2023, 10:41 Uhr"
    r"^(?:lesezeit|reading time)\s*:?\s*(?:ca\.\s*)?\d+.{0,15}$",  # "Lesezeit: 3 Min."
    r"^\d+\s*min(?:\.|uten)?\s*(?:lesezeit|read)$",  # "3 min read"
])

# A sentence inside an ordinary paragraph matching one of these is boilerplate.
SENTENCE_PATTERNS: list[Pattern[str]] = _compile([
    r"(?:journalist|reporter|korrespondent|autor|mitarbeiter).{0,400}\b(?:trugen|trug) "
    r"(?:zu (?:diesem|dem) (?:bericht|artikel|beitrag) )?bei\.$",  # "Die AP-Journalisten … trugen bei."
    r"(?:writer|reporter|journalist|correspondent|staff).{0,400}\bcontributed"
    r"(?: to this (?:report|story|article))?\.$",  # "AP writer … contributed to this report."
    rf"^\(?(?:mit |unter )?(?:informationen|material|agenturmaterial) (?:von|der|aus)\b.{{0,60}}\b{_AGENCY}\b",
    r"^(?:with )?(?:additional )?reporting by\b",
    r"\bkommentieren (?:ist )?(?:nicht |kein\w* )?(?:mehr )?möglich\b",
])

# Metadata glued to the start of a line ("date 2023-09 Krieg in der Ukraine"):
# the match becomes its own boilerplate segment and the rest of the line is
# segmented on its own (here: the kicker, a headline).
PREFIX_PATTERNS: list[Pattern[str]] = _compile([
    r"^date\s+\d{4}(?:-\d{2}){0,2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?(?=\s)",
    r"^(?:stand|aktualisiert|updated|published)\s*:?\s*\d{1,2}\.\d{1,2}\.\d{2,4}"
    r"(?:,?\s*\d{1,2}:\d{2}(?:\s*uhr)?)?(?=\s)",
])

# Only at the very end of a document (after the last reported sentence):
# author sigils such as "rös", "(rös)", "rös/dpa". Case-sensitive: a short
# lower-case word standing alone.
TAIL_PATTERNS: list[Pattern[str]] = _compile([
    r"^\(?[a-zäöüß]{2,4}(?:\s*[/,]\s*[A-Za-zÄÖÜäöüß]{2,9})*\)?$",
    r"^\(?[A-ZÄÖÜ][a-zäöü]{0,2}\.?\s?[A-ZÄÖÜ]\.?\)?$",  # initials "(J.M.)"
], flags=0)

# A line that opens the comment section: everything after it is boilerplate,
# provided it comes in the second half of the text (a menu item "Kommentare"
# at the top of a page must not swallow the article).
COMMENT_HEADERS: list[Pattern[str]] = _compile([
    r"^(?:leser)?kommentare?(?:\s*\(\d+\))?:?$",
    r"^\d+\s+(?:kommentare?|comments?)$",
    r"^comments?(?:\s*\(\d+\))?:?$",
    r"^(?:diskutieren sie mit|join the conversation)\b.{0,40}$",
])


def _any(patterns: list[Pattern[str]], text: str) -> bool:
    return any(p.search(text) for p in patterns)


def is_boilerplate_paragraph(text: str) -> bool:
    """True if a line standing alone is furniture rather than reporting.

    Furniture is short; a long paragraph that happens to mention a comment
    function or a forum address is reporting.
    """
    return len(text.split()) <= PARAGRAPH_MAX_WORDS and _any(PARAGRAPH_PATTERNS, text)


def is_boilerplate_sentence(text: str) -> bool:
    """True if one sentence of a paragraph is a credit or notice."""
    return _any(SENTENCE_PATTERNS, text)


def is_tail_boilerplate(text: str) -> bool:
    """True for sigils that count as boilerplate only at the end of a text."""
    return _any(TAIL_PATTERNS, text)


def is_comment_header(text: str) -> bool:
    """True for a line that opens a comment section."""
    return _any(COMMENT_HEADERS, text)


def metadata_prefix(text: str) -> int:
    """Length of a metadata prefix glued to the start of ``text``, or 0."""
    for pattern in PREFIX_PATTERNS:
        match = pattern.match(text)
        if match and text[match.end():].strip():
            return match.end()
    return 0

"""Split one paragraph into sentences, German and English news conventions.

A rule-based splitter over the raw characters rather than a statistical one,
so that it needs no trained model, works the same for every outlet and keeps
exact offsets. A sentence ends at ``.``, ``!``, ``?`` or an ellipsis when

* the closing quotation marks and brackets that follow it directly (no space)
  are taken along: ``… erhoben.“`` ends after the ``“``;
* whitespace follows, and the next word (after opening quotes or brackets)
  starts with a capital letter or a digit. A closing quote followed by a comma
  (``„Ich freue mich, Sie zu sehen“, sagte Putin, …``) or by a lower-case word
  therefore never ends a sentence;
* the word before a full stop is not an abbreviation (``z. B.``, ``Dr.``,
  ``Nr.``, ``Mio.``), an initial (``Edith M. Lederer``) or, in German, an
  ordinal number (``13. September``, ``am 3. Oktober``, ``zum 2. Mal``).

Quotations: a statement quoted as several sentences within one attributed
sentence of the outlet's text is one sentence: no sentence ends inside it.
That is a quotation the sentence goes on after (``„Wir haben Zeit. Es eilt
nicht“, sagte Putin.``, ``"… ran away," he said.``), and one a colon
introduces and that closes the sentence (``sagte Putin: „Wir werden alle
Fragen ohne Eile besprechen. Es gibt Zeit.“``). A quotation standing alone,
or one the sentence goes on after a colon introduced it (``zitiert: „…
Interesse. Sie versuchen …“, wobei er …``), splits at its inner sentence
ends: outlets quote, shorten and re-order those sentences separately. Only
quotations that close within the paragraph (and within ``QUOTE_MAX``
characters) count, so an unbalanced or missing closing mark cannot swallow
the rest of a paragraph.

No space after a full stop: ``gesagt.Der Kreml`` is two sentences when the
word before the stop is an ordinary lower-case word (two letters or more)
and the next one a capitalised word or a number; ``z.B.``, ``U.S.``, domain
names (``t-online.de``) and decimal numbers never are.

Some abbreviations often end a sentence too (``etc.``, ``usw.``, ``Inc.``,
``U.S.``, ``a.m.``): after those we split only when the next word is a typical
sentence opener (``Die``, ``Er``, ``The``, ``He`` …).
"""

from __future__ import annotations

import re

from workbench.nlp.quotes import quoted_ranges

# Words before a full stop that is an abbreviation mark, lower-cased, without
# the final dot. Dotted multi-letter forms ("z.b", "u.s") are recognised by
# shape as well, so only the common ones need listing.
ABBREVIATIONS: dict[str, frozenset[str]] = {
    "de": frozenset("""
        abb abs abt allg anm bd bsp bspw bzgl bzw ca chr co dipl dr dt ebd ehem eigtl engl entspr erg evtl
        exkl f ff fr frz gebr geb gegr gem gen ges gest ggf ggü gr hl hr hrsg inkl insb ing jh jhd jr jun
        kap kath kl lt mdb mdl med mind mio mrd mrz nachm nr od o.ä o.g pkt prof rd rer sek sen sog
        st std str tel tsd u.a u.ä u.u u.v.m urspr usf usw v.a v.chr n.chr verf vgl vorm vs wg z.b z.t
        z.zt zt zw zzgl abzgl etc dipl.-ing
    """.split()),
    "en": frozenset("""
        mr mrs ms messrs dr prof st jr sr gen gov sen rep reps sens lt col sgt capt adm cmdr maj brig pres
        rev hon mt ave blvd approx est dept univ corp inc ltd co bros e.g i.e etc vs cf al tues thur
        thurs u.s u.k u.n a.m p.m d.c calif fla ariz colo conn mich minn tenn
    """.split()),
}

# Abbreviations of a unit before a number ("Nr. 5", "No. 1", "Sept. 13",
# "S. 12"): a full stop after them ends nothing only when a digit follows, so
# that "She said no. Then …" still splits.
NUMERIC_ONLY = frozenset("""
    no nos nr vol vols pp fig art abs kap bd ziff pkt ft jan feb mar mär apr jun jul aug sep sept oct okt
    nov dec dez
""".split())

# Abbreviations that may also close a sentence: split after them only when a
# sentence opener follows.
MAY_END = frozenset("etc usw usf u.v.m inc ltd co corp bros jr sr mio mrd tsd a.m p.m u.s u.k u.n d.c".split())

# Capitalised words that typically open a sentence (and hardly ever follow an
# abbreviation inside one).
SENTENCE_OPENERS = frozenset("""
    Der Die Das Den Dem Des Ein Eine Einer Er Sie Es Wir Ich Ihr Man Dies Diese Dieser Dieses Doch Aber
    Auch Dann Danach Damit Dabei Zudem Außerdem Zuvor Nun So Im In Am An Auf Bei Mit Nach Seit Vor Für
    Als Wie Wenn Während Zwar Trotzdem Deshalb Daher
    The A An He She It They We I You This That These Those There His Her Their Its Our But And In On
    At For After Before When While However Meanwhile Also
""".split())

# German ordinal numbers: "13. September", "am 3. Oktober", "zum 2. Mal".
MONTHS_DE = frozenset("""
    Januar Jänner Februar Feber März April Mai Juni Juli August September Oktober November Dezember
    Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez
""".split())
ORDINAL_NOUNS_DE = frozenset("""
    Mal Jahrhundert Jahrhunderts Jahrtausend Jahrestag Geburtstag Todestag Platz Rang Runde Spieltag
    Stock Stockwerk Etage Klasse Liga Bundesliga Tag Woche Monat Quartal Kapitel Auflage Lesung Ausgabe
    Sitzung Amendment Armee Flotte Division Kompanie Parteitag Gipfel Weltkrieg Kongress Legislaturperiode
""".split())
ORDINAL_PRECEDERS_DE = frozenset("""
    am im zum vom beim zur der die das den dem des ihr ihre ihrem ihren ihrer sein seine seinem seinen
    seiner jeder jede jedes jedem
""".split())
ORDINAL_LANGUAGES = frozenset({"de"})

_END = re.compile(r"(?:\.\.\.|[.!?…])+[\"'“”’‘»«›‹)\]]*(?=\s)")
# A full stop with no space after it, between a lower-case word and a capitalised word or a number.
_GLUED_END = re.compile(r"(?<=[a-zäöüß]{2})[.!?][\"'“”’‘»«›‹)\]]*(?=[A-ZÄÖÜ][a-zäöüß]|\d+\s)")
# A quotation longer than this (characters) may split at its inner sentence ends.
QUOTE_MAX = 700
_OPENING = "\"'„“‚‘»«›‹([{–—-"
_DOTTED = re.compile(r"^(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}$")
_NUMBER = re.compile(r"^\d{1,3}$")
_DATE = re.compile(r"^\d{1,2}\.\d{1,2}$")


def _word_before(text: str, pos: int, lo: int) -> str:
    """The run of non-space characters ending at ``pos``, without opening punctuation."""
    i = pos
    while i > lo and not text[i - 1].isspace():
        i -= 1
    return text[i:pos].lstrip(_OPENING)


def _previous_word(text: str, pos: int, lo: int) -> str:
    """The word before the word that ends at ``pos``."""
    i = pos
    while i > lo and not text[i - 1].isspace():
        i -= 1
    j = i
    while j > lo and text[j - 1].isspace():
        j -= 1
    return _word_before(text, j, lo)


def _next_word(text: str, pos: int, hi: int) -> str:
    """The next word after whitespace at ``pos``, without opening punctuation."""
    i = pos
    while i < hi and text[i].isspace():
        i += 1
    j = i
    while j < hi and not text[j].isspace():
        j += 1
    return text[i:j].lstrip(_OPENING)


def _is_abbreviation(word: str, nxt: str, abbreviations: frozenset[str]) -> bool:
    """Whether the full stop after ``word`` marks an abbreviation, given the next word."""
    key = word.lower()
    if len(word) == 1 and word.isalpha():  # initial or "z. B."
        return True
    if key in NUMERIC_ONLY:
        return nxt[:1].isdigit()
    if key in abbreviations or _DOTTED.match(word):
        return not (key in MAY_END and nxt.rstrip(",.:;") in SENTENCE_OPENERS)
    return False


def _is_ordinal(word: str, previous: str, nxt: str, language: str) -> bool:
    """Whether ``word.`` is a number that the next word continues ("13. September")."""
    if not (_NUMBER.match(word) or _DATE.match(word)):
        return False
    if nxt[:1].isdigit():  # "13. 9. 2023", "5. 2023"
        return True
    if language not in ORDINAL_LANGUAGES:
        return False
    bare = nxt.rstrip(",.:;")
    return bare in MONTHS_DE or bare in ORDINAL_NOUNS_DE or previous.lower() in ORDINAL_PRECEDERS_DE


def _ends_here(text: str, match: re.Match[str], hi: int, lo: int, language: str,
               abbreviations: frozenset[str]) -> bool:
    nxt = _next_word(text, match.end(), hi)
    if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
        return False
    if text[match.start():match.end()].rstrip("\"'“”’‘»«›‹)]") != ".":
        return True  # "!", "?", "…", "..."
    word = _word_before(text, match.start(), lo)
    if not word:
        return True
    if _is_abbreviation(word, nxt, abbreviations):
        return False
    previous = _previous_word(text, match.start(), lo)
    return not _is_ordinal(word, previous, nxt, language)


_GOES_ON = re.compile(r"[\"'“”’‘»«›‹)\]]?\s*(?:,|[–—-]\s)?\s*[a-zäöüß]")


_ENDS_SENTENCE = re.compile(r"\s*(?:$|[A-ZÄÖÜ0-9\"'„“»«(\[–—-])")


def _one_attributed_sentence(text: str, inner_start: int, inner_end: int, lo: int, hi: int) -> bool:
    """Whether a quotation is part of one attributed sentence, so that no sentence ends inside it.

    Either the attribution follows (``„A. B“, sagte Putin``: the sentence goes
    on after the closing mark, and no colon introduces the quotation), or a
    colon introduces it (``sagte Putin: „A. B.“``) and the quotation closes
    the sentence with its own final punctuation.
    """
    inner = text[inner_start:inner_end].rstrip()
    if text[lo:inner_start - 1].rstrip().endswith(":"):
        return inner.endswith((".", "!", "?", "…")) and bool(_ENDS_SENTENCE.match(text, inner_end + 1, hi))
    if inner.endswith(","):  # English: ',” he said', '," Modi wrote'
        return True
    return bool(_GOES_ON.match(text, inner_end, hi))


def _candidates(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Possible sentence ends, in order: with a space after them, or glued to the next sentence."""
    found = list(_END.finditer(text, start, end)) + list(_GLUED_END.finditer(text, start, end))
    return sorted(found, key=lambda m: m.start())


def _glued_ends_here(text: str, match: re.Match[str], lo: int, abbreviations: frozenset[str]) -> bool:
    """A glued stop ends a sentence unless the word before it is an abbreviation or part of a name."""
    word = _word_before(text, match.start(), lo)
    return not (word.lower() in abbreviations or "." in word or "/" in word or "@" in word)


def split_sentences(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``, trimmed, covering all its non-space text."""
    abbreviations = ABBREVIATIONS.get(language) or (ABBREVIATIONS["de"] | ABBREVIATIONS["en"])
    quotes = [(start + s, start + e) for s, e in quoted_ranges(text[start:end])
              if e - s <= QUOTE_MAX and _one_attributed_sentence(text, start + s, start + e, start, end)]
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _candidates(text, start, end):
        if match.start() < begin or any(s < match.start() and match.end() <= e for s, e in quotes):
            continue
        glued = not text[match.end():match.end() + 1].isspace()
        if glued:
            ok = _glued_ends_here(text, match, begin, abbreviations)
        else:
            ok = _ends_here(text, match, end, begin, language, abbreviations)
        if ok:
            spans.append((begin, match.end()))
            begin = match.end()
            while begin < end and text[begin].isspace():
                begin += 1
    while begin < end and text[begin].isspace():
        begin += 1
    stop = end
    while stop > begin and text[stop - 1].isspace():
        stop -= 1
    if begin < stop:
        spans.append((begin, stop))
    return spans

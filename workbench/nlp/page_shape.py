"""Page furniture recognised by its shape and place on the page, not by its words alone.

The pattern lexicon (``boilerplate.py``) knows the phrases of furniture; this
pass looks at lines in their neighbourhood, in the spirit of jusText:

* **Captions.** A line that ends in a photo credit ("… Foto: AP"); a line
  repeated at once with a few words or a credit added (an image's alt text
  above its caption), or a caption with its credit repeated without it; the line just above a credit that stands alone
  ("Foto: keystone-sda.ch", "Name/AP/dpa"; not the page's title, the first heading that shares words with the
  story and describes no picture), above a broadcast's credit ("tagesschau 12:00 Uhr, 20.06.2019,
  Name, ARD Peking": a video's title) or above a tweet's credit line (the embedded tweet).
* **Repeats.** A heading shown again further down (a teaser block).
* **Off-topic short lines.** A line of at most three words (one at the top),
  that shares no content word with the rest of the article ("Trending
  News", "Welt"): section labels and menu items. A kicker or subhead always
  shares a word with the story it heads.
* **Appeals to the reader.** A paragraph that speaks to the reader ("you",
  "du") and shares almost nothing with the story (donation and consent boxes).
* **Field labels.** A label of one or two words and a colon on a line of its own, above a furniture line
  ("Videolänge:" above "31 min"), names that line's value; a heading right above a running time ("02:22") is a
  video's title.
* **Context.** A short heading-like line between two furniture lines is
  furniture too (unless a later line repeats it: then it is the page's title); the line after a
  breadcrumb label standing alone ("Sie sind hier:") is the breadcrumb trail, and the line after a caption's label
  ("Image caption,") is the caption.
* **Galleries.** A short line repeated three times or more on a page (a keyword or credit under each
  picture) is furniture, and so is a caption of one or two sentences between two of them. A line of at most four
  words shown twice ("Daily Mirror", "Philipp Dahm", "20.6.2024": a masthead, byline or date the template repeats)
  is furniture too, unless it opens the story (a title shown again is the headline).
* **Lists of names.** A line that lists the story's names alone ("Kim und Putin", "Emmanuel Macron, Xi Jinping
  und Ursula von der Leyen."), or the names and what they do in the picture ("Kim Jong-un und Wladimir Putin
  stehen nebeneinander."): a caption, alt text or tag list; not the first line unless a photo credit follows.
* **Picture descriptions.** Two or more one-sentence lines in a row (furniture
  between them aside), each a short present-tense account of what a picture
  shows ("Kim Jong-un und Wladimir Putin stehen nebeneinander.", "Xi and
  Biden take a walk"): a gallery's alt texts. One such line alone may be the
  story's own present tense.

It works on the paragraphs the segmenter made (lists of (start, end, kind))
and changes kinds in place; boundaries never move.
"""

from __future__ import annotations

import re
from collections import Counter

from workbench.nlp import boilerplate
from workbench.nlp.page_blocks import (Paragraph, closing_lists as _closing_lists, field_labels as _field_labels,
                                       furniture as _furniture, mark as _mark, teaser_lists as _teaser_lists,
                                       text_of as _text, video_titles as _video_titles)
from workbench.nlp.quotes import quoted_ranges


CREDIT_LINE_MAX_WORDS = 8
CAPTION_ABOVE_MAX_WORDS = 35
DUPLICATE_TAIL_MAX_WORDS = 8
OFFTOPIC_MAX_WORDS = 3
OFFTOPIC_FIRST_MAX_WORDS = 1  # the first line: a one-word section name ("Welt"), not a two-word kicker
APPEAL_MAX_WORDS = 70
APPEAL_MAX_TOPICAL = 0.2
SANDWICH_MAX_WORDS = 6
HEADLINE_SHARED_WORDS = 2  # content words a page's first line shares with the story when it is the headline
BREADCRUMB_MAX_WORDS = 20
GALLERY_MARKER_MAX_WORDS = 4
GALLERY_MARKER_MIN_REPEATS = 3
PAIR_MARKER_MAX_WORDS = 4  # a short line shown twice ("Daily Mirror", "Philipp Dahm", "20.6.2024"): a masthead,
# byline or date repeated by the page's template, never a sentence of the story
PICTURE_MIN_WORDS, PICTURE_MAX_WORDS = 3, 20
PICTURE_RUN = 2  # picture descriptions in a row that make a gallery
NAMES_LINE_MIN_WORDS, NAMES_LINE_MAX_WORDS = 2, 10  # capitalised words of a line of names alone
_LIST_JOINERS = frozenset("und and & ,".split())  # a list of names has one: "Xi Putins Hauptgast" is a headline
_NAME_JOINERS = _LIST_JOINERS | frozenset("von van der den de la le al bin".split())

_BULLETS = "•·▪►*- "
_WORD = re.compile(r"[^\W\d_][\w-]*")
_CREDIT = re.compile(r"/|\b(?:foto|fotos|photo|bild|image|picture|credit|keystone|imago|getty)\b|©", re.IGNORECASE)
_BREADCRUMB_LABEL = re.compile(r"^\s*(?:sie sind hier|you are here)\s*:\s*$", re.IGNORECASE)
_CAPTION_LABEL = re.compile(r"^\s*(?:image caption|bildunterschrift|bildbeschreibung)\s*[,:]?\s*$", re.IGNORECASE)
# Function words that tell English from German (none of them is a word of the other language).
_FUNCTION_WORDS = {
    "en": frozenset("the and of to that his her with from is was has have will would for this which must been are "
                    "were be it its their they he she we our not".split()),
    "de": frozenset("der die das und ist nicht mit ein eine einen dem den des zu von auf für sich dass sie er es im "
                    "wird hat auch als bei nach aus wurde sind war".split()),
}
_EDGE_PUNCTUATION = "\"'„“”‚‘’»«›‹()[],.;:!?-–—"
FOREIGN_MIN_WORDS = 8  # a paragraph this long can be told apart by its function words
FOREIGN_MIN_FUNCTION_WORDS = 3
FOREIGN_MIN_SHARE = 0.12
_TWEET_CREDIT = re.compile(r"^[—–-]\s*.{1,80}\(@\w+\)")
# A broadcast's credit under a video's title ("tagesschau 12:00 Uhr, 20.06.2019, Michael Storfner, ARD Peking").
_BROADCAST_CREDIT = re.compile(r"\b\d{1,2}[:.]\d{2}\s*uhr,\s*\d{1,2}\.\d{1,2}\.\d{4}\b", re.IGNORECASE)
_READER = re.compile(r"\b(?:you|your|yours|du|dich|dir|dein\w*|euch|euer\w*)\b", re.IGNORECASE)
_OPENING_MARKS = re.compile(r"[„“\"»«‚‹›]")
_INNER_END = re.compile(r"(?<!\b[A-ZÄÖÜ])[.!?][\"'“”»«]?\s+[A-ZÄÖÜ]")  # not after an initial ("Jae C. Hong")
# what a picture shows, in the present tense: posture, looking, gestures, greeting ("stehen nebeneinander",
# "betrachten ein Schwert", "schütteln sich die Hände", "Biden greets Xi", "People gesture as they gather"); not
# "visit": in a report it is mostly the noun ("a two-day state visit", "The visit is his first"); nor "hold talks"
# ("Prime Minister and Chinese President hold bilateral talks at Chequers" is a headline)
_SCENE = re.compile(r"\b(?:steh(?:t|en)|sitz(?:t|en)|hält|halten|betrachte(?:t|n)|schüttel(?:t|n)|posier(?:t|en)|"
                    r"lächel(?:t|n)|wink(?:t|en)|begrüß(?:t|en)|umarm(?:t|en)|blick(?:t|en)|schau(?:t|en)|warte(?:t|n)|"
                    r"applaudier(?:t|en)|spricht|sprechen vor|(?:geh(?:t|en)|lauf(?:t|en)) nebeneinander|"
                    r"spazier(?:t|en)|schlender(?:t|n)|"
                    r"stands?|sits?|holds?(?!\s+(?:\w+\s+)?(?:talks|meetings?|summit|(?:press|news) conference|"
                    r"discussions?|call))|looks?|shakes?|poses?|smiles?|waves?|greets?|walks?|takes? a walk|"
                    r"works?|rides?|inspects?|"
                    r"gestures?|listens?|applauds?|embraces?|hugs?|chats?|watch(?:es)?)\b", re.IGNORECASE)
_BESIDE = re.compile(r"\s+(?:neben|next to|beside)\s+((?:[A-ZÄÖÜ][\w'-]+\s?){1,3})")  # the other person in a picture
_SPEECH_AFTER = re.compile(r"\b(?:spricht|sprechen)\s+(?:von|über|mit|davon)\b", re.IGNORECASE)  # speech, no picture


def _describes_picture(line: str) -> bool:
    n = len(line.split())
    return (PICTURE_MIN_WORDS <= n <= PICTURE_MAX_WORDS and bool(_SCENE.search(line)) and not _SPEECH_AFTER.search(line)
            and not _OPENING_MARKS.search(line) and not line.rstrip().endswith(("?", "!", ":")))


_STOP = frozenset("""
    aber alle auch auf aus bei bis dass dem den der des die dies diese dieser durch eine einer einem einen
    für gegen hat hatte haben hier ihre ihren immer jetzt kann keine mehr mit nach noch nicht nun oder sein
    beim seit ohne wegen sowie seine sich sind über unter vom von vor war waren wird wurde wurden zum zur zwei ein eines
    about after also been before being from have into more most only other over some than that their them
    then there these they this those very were what when which while will with would your
""".split())


def content_words(text: str) -> set[str]:
    """Content-word stems of a text (lower-cased, first six letters): what topicality is measured on."""
    return {w.lower()[:6] for w in _WORD.findall(text)
            if (len(w) >= 4 or (len(w) == 3 and w[0].isupper())) and w.lower() not in _STOP}


def _first_story(paragraphs: list[Paragraph]) -> int:
    """The index of the first paragraph that is not all furniture, or -1."""
    return next((i for i, p in enumerate(paragraphs) if not _furniture(p)), -1)


def _is_credit_line(line: str) -> bool:
    return len(line.split()) <= CREDIT_LINE_MAX_WORDS and bool(_CREDIT.search(line)) and not line.endswith((".", "!", "?"))


def _ends_in_credit(para: Paragraph) -> bool:
    """One sentence followed by furniture split off its end: a caption with its credit ("… 2025. (REUTERS)")."""
    return len(para) == 2 and para[0][2] != "boilerplate" and para[1][2] == "boilerplate"


def _flat_lines(text: str, paragraphs: list[Paragraph]) -> list[str]:
    """Each paragraph's text with its runs of white space made one space (lines compared with each other)."""
    return [" ".join(_text(text, p).split()) for p in paragraphs]


def _captions(text: str, paragraphs: list[Paragraph]) -> None:
    lines = [_text(text, p) for p in paragraphs]
    flat = _flat_lines(text, paragraphs)
    for i, line in enumerate(lines):
        if not _furniture(paragraphs[i]) and boilerplate.is_caption(line):
            _mark(paragraphs, i)
    for i in range(len(lines) - 1):
        first, second = flat[i], flat[i + 1]
        if len(second.split()) >= 4 and first != second and first.startswith(second) and boilerplate.is_caption(first):
            _mark(paragraphs, i + 1)  # a caption with its credit, then again without it
            continue
        if len(first.split()) < 4 or first == second or not second.startswith(first):
            continue
        rest = second[len(first):]
        if not any(ch.isalnum() for ch in rest):
            _mark(paragraphs, i + 1)  # a teaser repeated as the story's first paragraph, only its full stop added
        elif boilerplate.is_caption(second) or (not _INNER_END.search(rest) and len(rest.split()) <= DUPLICATE_TAIL_MAX_WORDS):
            _mark(paragraphs, i)
            _mark(paragraphs, i + 1)
    seen: set[str] = set()
    for i, line in enumerate(lines):
        key = " ".join(line.lstrip(_BULLETS).split())  # "• Title" in a teaser list, "Title" above the story
        heading = len(paragraphs[i]) == 1 and paragraphs[i][0][2] == "headline"
        if key in seen and len(key.split()) >= 4 and (heading or flat[i - 1] == key):
            _mark(paragraphs, i)  # a heading (or any line) repeated: a teaser or a page block shown twice
            if i - 1 > 0 and i + 1 < len(lines) and flat[i - 1] == key \
                    and (_is_credit_line(lines[i + 1]) or (_furniture(paragraphs[i + 1]) and len(paragraphs[i - 1]) == 1)
                         or _ends_in_credit(paragraphs[i - 1])):
                _mark(paragraphs, i - 1)  # an alt text, the same caption, then its credit ("Quelle: dpa") (the first line: a title)
        seen.add(key)
    title = _title(text, paragraphs)  # the page's title above its lead image's credit stays the title
    for i in range(1, len(lines)):
        footer = i == len(lines) - 1 and lines[i].lstrip().startswith(("©", "(c)", "Copyright"))  # "© Euronews"
        credit = _furniture(paragraphs[i]) and not footer and (_is_credit_line(lines[i]) or bool(_BROADCAST_CREDIT.search(lines[i])))
        tweet = bool(_TWEET_CREDIT.match(lines[i]))
        above = lines[i - 1]
        one_line = len(paragraphs[i - 1]) == 1 or tweet  # a caption is one sentence; a tweet may be more
        if (credit or tweet) and i - 1 > 0 and i - 1 != title and one_line and not _furniture(paragraphs[i - 1]) and \
                len(above.split()) <= (APPEAL_MAX_WORDS if tweet else CAPTION_ABOVE_MAX_WORDS):
            _mark(paragraphs, i - 1)


def _pictures(text: str, paragraphs: list[Paragraph]) -> None:
    """Runs of picture descriptions (see the module's notes) become furniture; the first line never (a heading)."""
    run: list[int] = []
    for i in range(1, len(paragraphs) + 1):
        if i < len(paragraphs) and _furniture(paragraphs[i]):
            continue
        if i < len(paragraphs) and len(paragraphs[i]) == 1 and _describes_picture(_text(text, paragraphs[i])):
            run.append(i)
            continue
        if len(run) >= PICTURE_RUN:
            for k in run:
                _mark(paragraphs, k)
        run = []


def _addresses_reader(line: str) -> bool:
    """Whether the outlet speaks to the reader (quoted speech does not count)."""
    unquoted = list(line)
    for start, end in quoted_ranges(line):
        unquoted[start:end] = " " * (end - start)
    bare = "".join(unquoted)
    stray = _OPENING_MARKS.search(bare)  # a quotation not closed on this line runs to its end
    return bool(_READER.search(bare[:stray.start()] if stray else bare))


def _topical_share(words: set[str], shared: int) -> float:
    return shared / len(words) if words else 0.0


def _off_topic(text: str, paragraphs: list[Paragraph]) -> None:
    words = [content_words(_text(text, p)) for p in paragraphs]
    story = [not _furniture(p) for p in paragraphs]
    first_story = _first_story(paragraphs)
    # In how many story paragraphs each word occurs: a word of paragraph i occurs in another
    # story paragraph exactly when it occurs in two (linear; the union of all the others per
    # paragraph was quadratic: 25,000 one-word paragraphs took minutes).
    paragraphs_with = Counter(w for i, ws in enumerate(words) if story[i] for w in ws)
    for i, para in enumerate(paragraphs):
        if not story[i]:
            continue
        shared = sum(1 for w in words[i] if paragraphs_with[w] > 1)  # words also in another story paragraph
        line = _text(text, para)
        n = len(line.split())
        limit = OFFTOPIC_MAX_WORDS if i != first_story else OFFTOPIC_FIRST_MAX_WORDS  # a kicker may open the story
        if len(para) == 1 and para[0][2] == "headline" and n <= limit and words[i] and not shared \
                and not _between_story(paragraphs, i):
            _mark(paragraphs, i)
        elif n <= APPEAL_MAX_WORDS and _addresses_reader(line) and _topical_share(words[i], shared) < APPEAL_MAX_TOPICAL:
            _mark(paragraphs, i)


def _between_story(paragraphs: list[Paragraph], i: int) -> bool:
    """A line between two paragraphs of story sentences is a subhead ("Eine heikle Mission"), however few words it
    shares with the story: section labels and menu items sit at the top or bottom of a page or among furniture."""
    def story_sentences(k: int) -> bool:
        return 0 <= k < len(paragraphs) and not _furniture(paragraphs[k]) \
            and any(kind == "sentence" for _, _, kind in paragraphs[k])
    return story_sentences(i - 1) and story_sentences(i + 1)


def _gallery_markers(text: str, paragraphs: list[Paragraph]) -> None:
    """A short line a page repeats three times or more ("wladimir putin" under each picture of a gallery) is a
    gallery's keyword or credit; a paragraph of one or two sentences between two of them is a picture's caption."""
    keys = [line.casefold() for line in _flat_lines(text, paragraphs)]
    counts = Counter(k for k in keys if 0 < len(k.split()) <= GALLERY_MARKER_MAX_WORDS)
    markers = {i for i, k in enumerate(keys) if counts.get(k, 0) >= GALLERY_MARKER_MIN_REPEATS}
    for i in sorted(markers):
        _mark(paragraphs, i)
    first_story = _first_story(paragraphs)
    for i, k in enumerate(keys):
        if counts.get(k, 0) == 2 and len(k.split()) <= PAIR_MARKER_MAX_WORDS and i != first_story \
                and len(paragraphs[i]) == 1 and not k.endswith((".", "!", "?", ":")):
            _mark(paragraphs, i)  # the first line stays: a title the page shows again is the headline
    for i in range(1, len(paragraphs) - 1):
        if i - 1 in markers and i + 1 in markers and len(paragraphs[i]) <= 2 \
                and len(keys[i].split()) <= CAPTION_ABOVE_MAX_WORDS:
            _mark(paragraphs, i)


def _sandwiched(text: str, paragraphs: list[Paragraph]) -> None:
    """A short heading between two furniture lines is furniture, unless a later line repeats it (the page's
    title or breadcrumb "Treffen mit Kim - Trumps …" shows the story's headline again: it is the headline)."""
    lines = _flat_lines(text, paragraphs)
    first_story = _first_story(paragraphs)
    for i in range(1, len(paragraphs) - 1):
        para = paragraphs[i]
        if (len(para) == 1 and para[0][2] == "headline" and len(lines[i].split()) <= SANDWICH_MAX_WORDS
                and _furniture(paragraphs[i - 1]) and _furniture(paragraphs[i + 1])
                and not any(lines[i] in later and later != lines[i] for later in lines[i + 2:])
                and not (i == first_story and _heads_story(text, paragraphs, i))):
            _mark(paragraphs, i)


def _heads_story(text: str, paragraphs: list[Paragraph], i: int) -> bool:
    """Whether the first story line shares content words with the story's sentences: the headline between the
    page's navigation and its date line ("Zum Menü Zum Inhalt", "Trump-Xi-Treffen geht zu Ende", "Write: …"),
    not a section label."""
    own = content_words(_text(text, paragraphs[i]).replace("-", " "))  # "Trump-Xi-Treffen": Trump, Treffen
    story: set[str] = set()
    for para in paragraphs[i + 1:]:
        story.update(w for s, e, kind in para if kind == "sentence" for w in content_words(text[s:e]))
    # a title of two content words needs one of them in the story ("Handschlag beim Fototermin" / "Nach dem
    # Fototermin …")
    return len(own & story) >= min(HEADLINE_SHARED_WORDS, max(1, len(own) - 1))


def _labelled_lines(text: str, paragraphs: list[Paragraph], label: re.Pattern[str], max_words: int,
                    one_segment: bool = False) -> None:
    """A label standing alone and the line after it (of at most ``max_words`` words; of one segment when
    ``one_segment``) are furniture: the label says what the line is."""
    for i in range(len(paragraphs) - 1):
        if label.match(_text(text, paragraphs[i])) and (not one_segment or len(paragraphs[i + 1]) == 1) \
                and len(_text(text, paragraphs[i + 1]).split()) <= max_words:
            _mark(paragraphs, i)
            _mark(paragraphs, i + 1)


def _breadcrumbs(text: str, paragraphs: list[Paragraph]) -> None:
    """The line after a breadcrumb label standing alone ("Sie sind hier:", "You are here:") is the trail."""
    _labelled_lines(text, paragraphs, _BREADCRUMB_LABEL, BREADCRUMB_MAX_WORDS, one_segment=True)


def _labelled_captions(text: str, paragraphs: list[Paragraph]) -> None:
    """The line after a caption's label standing alone ("Image caption,", "Bildunterschrift:") is the caption."""
    _labelled_lines(text, paragraphs, _CAPTION_LABEL, CAPTION_ABOVE_MAX_WORDS)


def _foreign(text: str, paragraphs: list[Paragraph], language: str) -> None:
    """A paragraph in the other language of the two (an English tweet embedded in a German report, "Received
    message last night from XI JINPING …") is an embed, not the outlet's reporting: it has several function
    words of that language and none of the article's own."""
    theirs = _FUNCTION_WORDS.get({"de": "en", "en": "de"}.get(language, ""))
    ours = _FUNCTION_WORDS.get(language)
    if not theirs or not ours:
        return
    for i, para in enumerate(paragraphs):
        if _furniture(para):
            continue
        words = [w.strip(_EDGE_PUNCTUATION).casefold() for w in _text(text, para).split()]
        if len(words) < FOREIGN_MIN_WORDS or any(w in ours for w in words):
            continue
        if sum(1 for w in words if w in theirs) >= max(FOREIGN_MIN_FUNCTION_WORDS, FOREIGN_MIN_SHARE * len(words)):
            _mark(paragraphs, i)


def _mid_sentence_capitals(text: str, para: Paragraph) -> Counter[str]:
    """Capitalised words of a paragraph's sentences not at a sentence's start (names, and German nouns), counted."""
    found: Counter[str] = Counter()
    for s, e, kind in para:
        if kind == "sentence":
            words = [w.strip(_EDGE_PUNCTUATION) for w in text[s:e].split()]
            found.update(w for w in words[1:] if w[:1].isupper())
    return found


def _name_list(line: str) -> list[str] | None:
    """The capitalised words of ``line`` where it is a list of them with "und" or commas (name particles such as
    "von der" aside), else None."""
    if line.rstrip().endswith(("?", "!", ":")):
        return None
    words = [w for w in (w.strip(_EDGE_PUNCTUATION) for w in line.split()) if w]
    capitals = [w for w in words if w[:1].isupper()]
    joiners = [w.casefold() for w in line.replace(",", " , ").split() if not w[:1].isupper()]
    if NAMES_LINE_MIN_WORDS <= len(capitals) <= NAMES_LINE_MAX_WORDS and set(joiners) & _LIST_JOINERS \
            and all(w in _NAME_JOINERS for w in joiners):
        return capitals
    return None


def _named_scene(line: str) -> list[str] | None:
    """The names of a picture description that opens with a list of them ("Kim Jong-un und Wladimir Putin stehen
    nebeneinander.", "Vladimir Putin and Narendra Modi ride in golf cart …"): the capitalised words before the
    scene's verb, else None. A colon after the names makes a headline ("Scholz und Biden: Lächeln in Zeiten der
    Krise")."""
    if ":" in line or not _describes_picture(line):
        return None
    scene = _SCENE.search(line)
    if not scene:
        return None
    names = _name_list(line[:scene.start()])
    if names is None:  # one name beside another: "Donald Trump steht neben Wolodymyr Selenskyj …"
        first = [w.strip(_EDGE_PUNCTUATION) for w in line[:scene.start()].split()]
        beside = _BESIDE.match(line[scene.end():])
        if beside and 1 <= len(first) <= 3 and all(w[:1].isupper() for w in first):
            names = first + beside.group(1).split()
    return names


_AT_WORDS = frozenset("bei beim nach während vor in im am auf an at during after before on".split())
_SETTING_WORDS = _AT_WORDS | frozenset("der die das den dem des ihrem ihren ihrer seinem seiner einem einer eines "
                                       "und the a an their his and of".split())


def _named_setting(line: str) -> list[str] | None:
    """The names of a picture description without a verb: a list of them and where or when the picture was taken
    ("Erdogan und Putin bei Treffen in Moskau Anfang März"); every lower-case word after the names is a
    preposition, an article or a possessive, so a verb ("… treffen sich in Moskau") makes it a sentence. Names with
    lower-case words among them ("Der chinesische Präsident Xi Jinping und der serbische Präsident …") are no list
    of names (``_name_list``) and stay."""
    if ":" in line or line.rstrip().endswith(("?", "!")):
        return None
    words = line.split()
    at = next((k for k, w in enumerate(words) if k >= 2 and w.casefold() in _AT_WORDS), None)
    if at is None or len(words) - at > 10:
        return None
    rest = [w.strip(_EDGE_PUNCTUATION) for w in words[at:]]
    if not all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _SETTING_WORDS for w in rest if w):
        return None
    return _name_list(" ".join(w for w in words[:at] if w.casefold() not in ("der", "die", "the")))


def _title(text: str, paragraphs: list[Paragraph]) -> int:
    """The index of the page's title: the first heading that shares ``HEADLINE_SHARED_WORDS`` content words with
    the story's sentences (a masthead or a date line above it shares none) and describes no picture ("U.S.
    President Joe Biden shakes hands with …" above the title is the lead image's alt text), or past the end."""
    story = {w for para in paragraphs for s, e, kind in para if kind == "sentence" for w in content_words(text[s:e])}
    return next((i for i, para in enumerate(paragraphs) if not _furniture(para) and para[0][2] == "headline"
                 and not _describes_picture(" ".join(_text(text, para).split()))  # a lead image's alt text
                 and len(content_words(_text(text, para).replace("-", " ")) & story) >= HEADLINE_SHARED_WORDS),
                len(paragraphs))


def _name_lines(text: str, paragraphs: list[Paragraph]) -> None:
    """A list of the story's names alone ("Kim und Putin", "Emmanuel Macron, Xi Jinping und Ursula von der
    Leyen."), or followed only by what they do in a picture ("Kim Jong-un und Wladimir Putin stehen
    nebeneinander."; before the page's title only with a full stop: a headline has none): a picture's
    caption, alt text or tag list, never a sentence of the report. Every capitalised word
    must stand capitalised inside the story's sentences too (outside the line itself), so a title-case headline
    ("Trump Meets Kim") or a German one ("Der Tag") is no list of names; the first story line stays, unless a photo
    credit follows it. The words are counted once for the page: each line is checked against the counts, never a
    copy of them (a page of thousands of paragraphs stays linear)."""
    first_story = _first_story(paragraphs)
    own = [_mid_sentence_capitals(text, p) if not _furniture(p) else Counter() for p in paragraphs]
    story: Counter[str] = Counter()
    for found in own:
        story.update(found)
    title = _title(text, paragraphs)
    for i, para in enumerate(paragraphs):
        if _furniture(para) or len(para) != 1:
            continue
        line = " ".join(_text(text, para).split())
        names = _name_list(line)
        if names is None and (line.endswith(".") or i > title):  # a picture description without a full stop
            names = _named_scene(line) or _named_setting(line)  # before the page's title is that title: "Putin
            # und Trump schütteln sich …"
        if names is None or not all(story[w] > own[i][w] for w in names):
            continue
        if i != first_story or (i + 1 < len(paragraphs) and _is_credit_line(_text(text, paragraphs[i + 1]))):
            _mark(paragraphs, i)


def mark_page_furniture(text: str, paragraphs: list[Paragraph], language: str = "") -> None:
    """Captions, off-topic lines, appeals, sandwiched headings and embeds in another language become furniture
    (in place)."""
    _foreign(text, paragraphs, language)
    _captions(text, paragraphs)
    _pictures(text, paragraphs)
    _off_topic(text, paragraphs)
    _breadcrumbs(text, paragraphs)
    _labelled_captions(text, paragraphs)
    _gallery_markers(text, paragraphs)
    _sandwiched(text, paragraphs)
    _field_labels(text, paragraphs)
    _video_titles(text, paragraphs)
    _teaser_lists(text, paragraphs)
    _closing_lists(text, paragraphs)
    _name_lines(text, paragraphs)

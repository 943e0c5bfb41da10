"""Page furniture recognised by its place among blocks of lines: the paragraph helpers of ``page_shape`` and the
rules about runs and labels (see ``page_shape``'s notes: field labels, video titles, related-story lists, closing
link lists). Each rule changes kinds in place; boundaries never move.
"""

from __future__ import annotations

import re

Paragraph = list[tuple[int, int, str]]

FIELD_LABEL_MAX_WORDS = 2  # "Videolänge:", "Datum:" above their values
VIDEO_TITLE_MAX_WORDS = 12
CLOSING_LINK_MAX_WORDS, CLOSING_LIST_MIN = 10, 3  # link titles after the story's end
TEASER_MAX_WORDS = 16  # a related story's heading under "Zum Thema:"
_RELATED_LABEL = re.compile(r"^(?:zum thema|mehr zum thema|lesen sie (?:auch|mehr)|auch interessant|weitere artikel|"
                            r"das könnte sie (?:auch )?interessieren|meistgelesen|related(?: articles| stories| coverage)?|"
                            r"more on this(?: story)?|see also|most read|recommended(?: for you)?|read more|read also|also read)\s*:?$",
                            re.IGNORECASE)
# a video's length under its title: "02:22", "02:51 - Source: CNN"
_RUNNING_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s*min\.?)?(?:\s*[-–|]\s*(?:source|quelle):.{1,40})?$",
                           re.IGNORECASE)


def text_of(text: str, para: Paragraph) -> str:
    return text[para[0][0]:para[-1][1]]


def furniture(para: Paragraph) -> bool:
    return all(kind == "boilerplate" for _, _, kind in para)


def mark(paragraphs: list[Paragraph], i: int) -> None:
    """Make every segment of paragraph ``i`` furniture (its boundaries stay)."""
    paragraphs[i] = [(s, e, "boilerplate") for s, e, _ in paragraphs[i]]


def teaser_lists(text: str, paragraphs: list[Paragraph]) -> None:
    """The headings under a label of related stories ("Zum Thema:", "Mehr zum Thema", "Related", "Lesen Sie auch")
    are links to those stories, up to the next sentence of the story (a line ending in a full stop)."""
    i = 0
    while i < len(paragraphs):
        if furniture(paragraphs[i]) and _RELATED_LABEL.match(" ".join(text_of(text, paragraphs[i]).split())):
            k = i + 1
            while k < len(paragraphs) and len(paragraphs[k]) == 1 and (furniture(paragraphs[k]) or (
                    len(text_of(text, paragraphs[k]).split()) <= TEASER_MAX_WORDS
                    and not text_of(text, paragraphs[k]).rstrip().endswith((".", "!", "…")))):
                mark(paragraphs, k)
                k += 1
            i = k
        else:
            i += 1


def closing_lists(text: str, paragraphs: list[Paragraph]) -> None:
    """Three or more short headings after the story's last sentence, with no sentence after them, are a list of
    links or tags (a page's "Wirtschaftsdaten des GTAI zu China", "Nachrichtenagentur Xinhua auf Twitter", …): a
    story never ends in three headings."""
    tail: list[int] = []
    for i in range(len(paragraphs) - 1, -1, -1):
        para = paragraphs[i]
        if furniture(para):
            continue
        line = text_of(text, para).strip()
        if len(para) != 1 or len(line.split()) > CLOSING_LINK_MAX_WORDS or line.endswith((".", "!", "?", "“", '"', "»")):
            break
        tail.append(i)
    if len(tail) >= CLOSING_LIST_MIN:
        for i in tail:
            mark(paragraphs, i)


def video_titles(text: str, paragraphs: list[Paragraph]) -> None:
    """A heading right above a video's running time ("Treffen der Pazifikanrainer in Vietnam" above "02:22") is the
    video's title, not the story's."""
    for i in range(1, len(paragraphs) - 1):
        para = paragraphs[i]
        if len(para) == 1 and para[0][2] == "headline" and _RUNNING_TIME.match(text_of(text, paragraphs[i + 1]).strip()) \
                and len(text_of(text, para).split()) <= VIDEO_TITLE_MAX_WORDS:
            mark(paragraphs, i)
            mark(paragraphs, i + 1)  # and the running time with its source: "02:51 - Source: CNN"


def field_labels(text: str, paragraphs: list[Paragraph]) -> None:
    """A label of one or two words and a colon on a line of its own, right above a furniture line, names that line's
    value ("Videolänge:" above "31 min", "Datum:" above "18.10.2024"): furniture too."""
    for i in range(len(paragraphs) - 1):
        line = " ".join(text_of(text, paragraphs[i]).split())
        if len(paragraphs[i]) == 1 and not furniture(paragraphs[i]) and line.endswith(":") \
                and len(line.split()) <= FIELD_LABEL_MAX_WORDS and furniture(paragraphs[i + 1]):
            mark(paragraphs, i)

"""The framing profile: how densely each outlet uses each cue family, and which labels it gives each actor.

``framing_profile`` counts the shown cues per outlet and family and turns them
into cues per 1,000 words; it takes the actors and their labels from the
actor-label table (``workbench.cues.actor_label_table``). ``profile_svg``
draws it as one self-contained SVG (no script, no external reference, every
text escaped, presentation attributes only, so a strict Content-Security-Policy
keeps it intact), used by the HTML report and the app's Overview tab.

Only the outlet's own voice counts: a cue inside a quotation is the speaker's,
except a quote variant, which is how the outlet renders the quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape

from workbench.core.models import CUE_CATEGORIES, Cue, Document
from workbench.export.wording import CUE_COLOURS, cue_names, words

TOP_ACTORS = 6  # actors shown in the profile, most often labelled first


@dataclass
class OutletProfile:
    doc: str
    label: str  # column heading of the outlet
    words: int
    counts: dict[str, int] = field(default_factory=dict)  # family -> cues

    def rate(self, family: str) -> float:
        """Cues of ``family`` per 1,000 words."""
        return 1000.0 * self.counts.get(family, 0) / self.words if self.words else 0.0

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class ActorProfile:
    entity: str
    uses: int  # labels for the actor in the compared outlets
    labels: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # doc -> (label, uses), most used first


@dataclass
class FramingProfile:
    families: tuple[str, ...]
    outlets: list[OutletProfile]  # in comparison order
    actors: list[ActorProfile]  # most often labelled first

    @property
    def top_rate(self) -> float:
        return max((o.rate(f) for o in self.outlets for f in self.families), default=0.0)

    @property
    def is_empty(self) -> bool:
        return not any(o.total for o in self.outlets) and not self.actors


def counts_as_framing(cue: Cue) -> bool:
    """Shown, and in the outlet's own voice (a quote variant is the outlet's rendering of a quotation)."""
    return cue.shown and (cue.speaker == "outlet" or cue.category == "quote_variant")


def framing_profile(documents: list[Document], cues: list[Cue], label_table: dict | list[dict],
                    labels: dict[str, str] | None = None, word_counts: dict[str, int] | None = None,
                    families: tuple[str, ...] | list[str] = CUE_CATEGORIES, top_actors: int = TOP_ACTORS) -> FramingProfile:
    """The profile of ``documents`` (comparison order). ``cues``: the cues to count (hidden ones and those in a
    quoted speaker's voice are skipped); ``label_table``: ``actor_label_table(...)`` or its "entities" list;
    ``labels``: column headings per document (default: the outlet); ``word_counts``: words per document when
    not the whole article's (e.g. excerpts only); ``families``: those to chart, in order."""
    labels = labels or {}
    word_counts = word_counts or {}
    chosen = [f for f in CUE_CATEGORIES if f in set(families)] + [f for f in families if f not in CUE_CATEGORIES]
    outlets = []
    by_doc: dict[str, OutletProfile] = {}
    for d in documents:
        n = word_counts.get(d.id, d.word_count or len((d.text or "").split()))
        by_doc[d.id] = OutletProfile(d.id, labels.get(d.id) or d.outlet or d.title or d.id, n, {f: 0 for f in chosen})
        outlets.append(by_doc[d.id])
    for c in cues:
        o = by_doc.get(c.span.doc)
        if o is not None and c.category in o.counts and counts_as_framing(c):
            o.counts[c.category] += 1
    entries = label_table.get("entities", []) if isinstance(label_table, dict) else label_table
    actors = []
    for entry in entries:
        per_doc = {d.id: sorted(entry.get("labels", {}).get(d.id, {}).items(), key=lambda kv: (-kv[1], kv[0].casefold()))
                   for d in documents}
        per_doc = {k: v for k, v in per_doc.items() if v}
        uses = sum(n for v in per_doc.values() for _, n in v)
        if uses:
            actors.append(ActorProfile(entry["entity"], uses, per_doc))
    actors.sort(key=lambda a: (-a.uses, -len(a.labels), a.entity.casefold()))
    return FramingProfile(tuple(chosen), outlets, actors[:top_actors])


# -- drawing -------------------------------------------------------------------------------------------
# Small multiples: the family names once on the left, one block of eight bars per outlet, two blocks to a
# row, all on one scale; the actors' labels on the right. Wider than tall, to fill a landscape page.
WIDTH = 1000  # of the viewBox; the picture scales to its container
PAD = 16
SPLIT = 640  # the bars on the left, the actors' labels on the right
GAP = 28  # between the two parts
FONT = 11  # px in the viewBox; the smallest text is SMALL
SMALL = 10
ROW = 15  # one bar
LINE = 14  # one line of labels
LABEL_W = 172  # family names, before the bars
VALUE_W = 58  # the number after the longest bar
BLOCK_GAP = 16
CHAR = 0.56  # the width of an average character, in font sizes (generous for DejaVu Sans)
FONTS = "DejaVu Sans, Noto Sans, Arial, Helvetica, sans-serif"
TEXT = "#111827"
MUTED = "#4b5563"
TRACK = "#eef0f3"

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _esc(text: str) -> str:
    return escape(_NOT_XML.sub("", str(text)), quote=True)


def _room(width: float, size: float) -> int:
    return max(1, int(width / (size * CHAR)))


def _fit(text: str, width: float, size: float = FONT, bold: bool = False) -> str:
    """``text`` cut with an ellipsis so that it fits ``width`` (an estimate: no font metrics here)."""
    room = _room(width, size * (1.12 if bold else 1.0))
    return text if len(text) <= room else text[: max(1, room - 1)].rstrip() + "…"


def _wrap(text: str, width: float, size: float = SMALL, sep: str = " ") -> list[str]:
    """``text`` in lines that fit ``width``, broken after ``sep``; a word too long for a line is cut."""
    room = max(8, _room(width, size))
    lines, line = [], ""
    for part in text.split(sep):
        part = part.strip()
        glue = sep.strip() + " " if sep.strip() else " "
        if line and len(line) + len(glue) + len(part) > room:
            lines.append(line + sep.strip())
            line = part
        else:
            line = f"{line}{glue}{part}" if line else part
    lines = lines + ([line] if line else [])
    return [_fit(x, width, size) for x in lines]


def _number(value: float, language: str) -> str:
    shown = f"{value:.1f}"
    return shown.replace(".", ",") if language == "de" else shown


def _text(x: float, y: float, text: str, size: int = FONT, weight: str = "", anchor: str = "", fill: str = TEXT,
          cls: str = "") -> str:
    extra = (f' font-weight="{weight}"' if weight else "") + (f' text-anchor="{anchor}"' if anchor else "")
    extra += f' class="{cls}"' if cls else ""
    return f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" fill="{fill}"{extra}>{_esc(text)}</text>'


def _heading(title: str, hint: str, x: float, y: float, width: float) -> tuple[list[str], float]:
    out = [_text(x, y, title, 13, "bold")]
    y += 4
    for line in _wrap(hint, width):
        y += 13
        out.append(_text(x, y, line, SMALL, fill=MUTED))
    return out, y


def _bars(profile: FramingProfile, language: str, x0: float, y: float, width: float) -> tuple[list[str], float]:
    w, names = words(language), cue_names(language)
    out, y = _heading(w["profile_rates"], w["profile_legend"], x0, y, width)
    if not profile.families or not profile.outlets:
        return out + [_text(x0, y + 22, w["none"], FONT, fill=MUTED)], y + 22
    top = profile.top_rate or 1.0
    columns = 1 if len(profile.outlets) == 1 else 2
    block_w = (width - LABEL_W - BLOCK_GAP * (columns - 1)) / columns
    bar_w = block_w - VALUE_W
    for first in range(0, len(profile.outlets), columns):
        y += 22
        for k, o in enumerate(profile.outlets[first:first + columns]):
            x = x0 + LABEL_W + k * (block_w + BLOCK_GAP)
            out.append(_text(x, y, _fit(o.label, block_w - 6, FONT, bold=True), FONT, "bold", cls="outlet"))
            out.append(_text(x, y + 13, w["profile_words"].format(words=o.words, cues=o.total), SMALL, fill=MUTED))
        y += 18
        for f in profile.families:
            base = y + 1
            out.append(_text(x0 + LABEL_W - 6, base + ROW - 4, _fit(names.get(f, f), LABEL_W - 8, SMALL), SMALL,
                             anchor="end"))
            for k, o in enumerate(profile.outlets[first:first + columns]):
                x = x0 + LABEL_W + k * (block_w + BLOCK_GAP)
                value, count = o.rate(f), o.counts.get(f, 0)
                length = bar_w * value / top
                out.append(f'<rect class="track" x="{x:.1f}" y="{base + 2:.1f}" width="{bar_w:.1f}" height="{ROW - 4}" '
                           f'fill="{TRACK}"/>')
                if count:
                    out.append(f'<rect class="bar" data-family="{_esc(f)}" data-doc="{_esc(o.doc)}" x="{x:.1f}" '
                               f'y="{base + 2:.1f}" width="{max(length, 1.5):.1f}" height="{ROW - 4}" '
                               f'fill="{CUE_COLOURS.get(f, TEXT)}"/>')
                shown = f"{_number(value, language)} ({count})" if count else "0"
                out.append(_text(x + length + 4, base + ROW - 4, shown, SMALL, fill=TEXT if count else MUTED,
                                 cls="value"))
            y += ROW
    return out, y


def _actors(profile: FramingProfile, language: str, x0: float, y: float, width: float) -> tuple[list[str], float]:
    w = words(language)
    out, y = _heading(w["profile_labels"], w["profile_labels_hint"], x0, y, width)
    if not profile.actors:
        return out + [_text(x0, y + 22, w["none"], FONT, fill=MUTED)], y + 22
    outlet_w = min(134.0, width * 0.4)
    names = {o.doc: o.label for o in profile.outlets}
    for a in profile.actors:
        y += 22
        out.append(_text(x0, y, _fit(a.entity, width, FONT, bold=True), FONT, "bold", cls="actor"))
        y += 2
        for o in profile.outlets:
            used = a.labels.get(o.doc)
            if not used:
                continue
            said = ", ".join(f"{label} ×{n}" if n > 1 else label for label, n in used)
            y += LINE
            out.append(_text(x0 + 6, y, _fit(names[o.doc], outlet_w - 18, SMALL), SMALL, fill=MUTED))
            for n, line in enumerate(_wrap(said, width - outlet_w, SMALL, sep=",")):
                y += LINE if n else 0
                out.append(_text(x0 + outlet_w, y, line, SMALL, cls="labels"))
    return out, y


def profile_svg(profile: FramingProfile, language: str = "en") -> str:
    """The profile as an inline SVG: bars per outlet and family on the left, the actors' labels on the right,
    black text on a white rounded card (readable on a dark screen and in print); it scales to its width."""
    w = words(language)
    left, bottom_l = _bars(profile, language, PAD, PAD + 14, SPLIT - PAD - GAP / 2)
    right, bottom_r = _actors(profile, language, SPLIT + GAP / 2, PAD + 14, WIDTH - SPLIT - GAP / 2 - PAD)
    height = int(max(bottom_l, bottom_r) + PAD + 4)
    title = _esc(w["profile"])
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="framing-profile" viewBox="0 0 {WIDTH} {height}" '
            f'width="100%" preserveAspectRatio="xMidYMin meet" role="img" aria-label="{title}" '
            f'font-family="{FONTS}">'
            f'<title>{title}</title>'
            f'<rect x="0.5" y="0.5" width="{WIDTH - 1}" height="{height - 1}" rx="10" ry="10" fill="#ffffff" '
            f'stroke="#d1d5db"/>'
            f'<line x1="{SPLIT}" y1="{PAD}" x2="{SPLIT}" y2="{height - PAD}" stroke="#e5e7eb"/>'
            + "".join(left) + "".join(right) + "</svg>")

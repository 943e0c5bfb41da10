"""The source slot of a postposed "so" ("„…“, so Kim." / "…, so Analysten."; lexicon entry ``so``, class
postposed_so): it counts only directly after a closing quotation mark or a comma, followed by the source and the
end of the clause; a medium's name may stand in quotation marks ("…, so der «Spiegel»")."""

from __future__ import annotations

from workbench.cues.conditions import CLAUSE_END
from workbench.cues.textview import CLOSING_QUOTES, NOUN_TAGS, DocView, Tok, quoted_name

# What may open the source after a postposed "so": an article, a determiner, an adjective or a noun.
_SOURCE_START = ("ART", "PPOSAT", "PIAT", "PDAT", "ADJA", "CARD", *NOUN_TAGS)
_SOURCE_INNER = ("ART", "PPOSAT", "PIAT", "PDAT", "ADJA", "ADJD", "CARD", "APPR", "APPRART", "KON", *NOUN_TAGS)


def _after_reported_speech(seq: list[Tok], p: int) -> bool:
    if p == 0:
        return False
    prev = seq[p - 1]
    if prev.surface in CLOSING_QUOTES or prev.surface[-1:] in CLOSING_QUOTES and prev.is_punct:
        return True
    if prev.surface == ",":
        return True
    return False


def postposed_so_slot(seq: list[Tok], p: int, view: DocView) -> list[Tok]:
    """The source after a postposed "so", or [] when this "so" is not one."""
    if not _after_reported_speech(seq, p):
        return []
    j = p + 1
    if j >= len(seq) or seq[j].is_punct:
        return []
    if view.tagged and not seq[j].tag_is(*_SOURCE_START):
        return []
    slot: list[Tok] = []
    while j < len(seq) and len(slot) < 8:
        t = seq[j]
        if t.is_punct:
            close = quoted_name(seq, j, view.tagged)
            if close < 0:
                break
            slot.extend(seq[j:close + 1])  # "so der «Spiegel»"
            j = close + 1
            if j < len(seq) and not (seq[j].is_punct and seq[j].surface in CLAUSE_END):
                return []
            return slot
        if view.tagged and not t.tag_is(*_SOURCE_INNER):
            return []  # a verb follows: "so hat er …", "so groß"
        slot.append(t)
        j += 1
    if j < len(seq) and not (seq[j].is_punct and seq[j].surface in CLAUSE_END + tuple(CLOSING_QUOTES)):
        return []  # the source must end the clause
    while slot and view.tagged and not slot[-1].tag_is(*NOUN_TAGS):
        slot.pop()
    return slot

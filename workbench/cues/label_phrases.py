"""The noun phrase around an actor label: its determiners, adjectives and genitive names before it and the words
after it (``label_np``), the capitalised name right after it, and whether it is said of no one in particular
("ein designierter Kanzler") or of a determiner's group ("the two authoritarian leaders")."""

from __future__ import annotations

from workbench.cues.textview import DocView, Tok

INDEFINITE = {"ein", "eine", "einen", "einem", "einer", "eines", "a", "an"}
_NAMING_BEFORE = {"sein", "werden", "bleiben", "gelten", "be", "become", "remain", "als", "as", ","}


def name_run(after: list[Tok]) -> list[Tok]:
    """The capitalised words right after a label ("Kamala Harris")."""
    out: list[Tok] = []
    for t in after[:4]:
        if not t.surface[:1].isupper() or t.is_punct:
            break
        out.append(t)
    return out


def agent_of_participle(sent: list[Tok], k: int) -> bool:
    """The name at ``k`` follows "von" across a list of names ("von SPD und Grünen getragene …")."""
    j = k - 1
    while j >= 0 and (sent[j].tag_is("NE", "KON") or sent[j].surface == ","):
        j -= 1
    return j >= 0 and sent[j].fold == "von" and sent[j].tag_is("APPR")


def label_np(view: DocView, i: int) -> tuple[list[Tok], list[Tok]]:
    """Tokens of the label's noun phrase before it (determiners, adjectives, genitive names) and after it."""
    sent = view.sentences[view.toks[i].sent].toks
    pos = next(k for k, t in enumerate(sent) if t.i == i)
    before: list[Tok] = []
    k = pos - 1
    while k >= 0:
        t = sent[k]
        if t.is_punct:
            break
        if t.tag_is("NE") and agent_of_participle(sent, k):
            break  # "eine von SPD und Grünen getragene Regierung": the parties carry it, it does not name them
        if t.tag_is("ART", "ADJA", "PIAT", "PIDAT", "PPOSAT", "PDAT", "CARD", "ADV", "NE", "DET", "ADJ", "PROPN", "NUM") \
                or (not t.pos and not t.is_punct and k >= pos - 3):
            before.insert(0, t)
            if t.tag_is("ART", "DET"):
                if k >= 2 and sent[k - 1].fold in ("und", "sowie") and sent[k - 2].tag_is("ADJA"):
                    before.insert(0, sent[k - 1])  # "der amerikanische und der russische Präsident": both
                    k -= 2
                    continue
                break
            k -= 1
            continue
        break
    after = sent[pos + 1: pos + 8]
    return before, after


_DETERMINERS = {"the", "these", "those", "both", "two", "die", "der", "den", "diese", "beide", "beiden", "zwei"}


def after_determiner(view: DocView, tok: Tok) -> bool:
    """A determiner up to three words before the label in its sentence ("the two authoritarian leaders")."""
    for k in range(tok.i - 1, max(-1, tok.i - 4), -1):
        t = view.toks[k]
        if t.sent != tok.sent or t.is_punct:
            return False
        if t.fold in _DETERMINERS or t.tag_is("ART", "DET", "PPOSAT", "PDAT", "CARD", "NUM"):
            return True
    return False


def same_office(a: str, b: str) -> bool:
    """One office by its head: "kanzler" / "bundeskanzler", "präsident" / "us-präsident"."""
    a, b = a.rsplit("-", 1)[-1], b.rsplit("-", 1)[-1]
    return a == b or a.endswith(b) or b.endswith(a)


def generic(view: DocView, before: list[Tok]) -> bool:
    """A label after an indefinite article names no one, unless it is said of someone: after a copula ("Kim ist ein
    Diktator"), "als" or a comma (an apposition: "Kim, ein Diktator, …")."""
    if not before or before[0].fold not in INDEFINITE:
        return False
    k = before[0].i - 1
    if k < 0 or view.toks[k].sent != before[0].sent:
        return True
    prev = view.toks[k]
    return not (prev.lemma in _NAMING_BEFORE or prev.fold in _NAMING_BEFORE or prev.surface in _NAMING_BEFORE)

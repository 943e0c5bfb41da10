"""Vote counts as count claims: how many voted for, against, or abstained ("394 Abgeordnete stimmten mit Nein",
"390 Abgeordnete stimmten gegen Scholz", "116 enthielten sich", "All 190 lawmakers present voted to lift").

A number is a vote count when it counts voters or votes ("Abgeordnete", "Stimmen", "Ja-Stimmen", "lawmakers",
"votes") or stands in a list of them ("207 für Scholz, 394 gegen ihn"), and its clause says on which side
(für/gegen, mit Ja/mit Nein, dagegen, lehnten ab, enthielten sich; voted for/against, abstained; "erhielt 310
Stimmen" is for). Not a count: what was needed ("316 Stimmen gebraucht", "die Mehrheit von 367 Stimmen"), a
part of the house ("alle 88 FDP-Abgeordneten", "bei der SPD alle 201"), a count of seats. A round named in the
sentence ("im ersten Wahlgang", "in the second round") is part of what is counted; where any report numbers the
rounds, a count without a round is left out (``count_claims`` drops it): it may be either round.
"""

from __future__ import annotations

from workbench.cues.textview import DocView, Tok

_VOTERS = {"abgeordnete", "abgeordneter", "parlamentarier", "mitglied", "stimme", "lawmaker", "legislator", "mp",
           "member", "vote", "senator", "deputy", "representative"}
_SIDE_NOUNS = {"ja-stimme": "for", "nein-stimme": "against", "gegenstimme": "against", "enthaltung": "abstain",
               "abstention": "abstain"}
_VOTE_VERBS = {"stimmen", "votieren", "abstimmen", "vote", "voted", "votes"}
_RECEIVE = {"erhalten", "bekommen", "receive", "get", "win"}
_NEEDED = {"brauchen", "benötigen", "erforderlich", "notwendig", "nötig", "mehrheit", "kanzlermehrheit", "need",
           "needed", "require", "required", "majority", "sitz", "seat", "mandat"}
_PART = {"alle", "all", "bei", "davon", "darunter", "of", "including"}
_GROUPS = {"party", "parties", "partei", "fraktion", "opposition", "ruling", "regierungsfraktion", "coalition",
           "koalition", "union", "camp", "lager"}
_ROUNDS = {"wahlgang", "runde", "abstimmung", "durchgang", "round", "ballot"}
_ORDINALS = {"erst": "1", "ersten": "1", "erste": "1", "zweit": "2", "zweiten": "2", "zweite": "2", "dritten": "3",
             "dritte": "3", "first": "1", "second": "2", "third": "3"}


def _side(after: list[Tok], before: list[Tok]) -> tuple[str, Tok] | None:
    """The side a vote count is on, with the word that says it."""
    for k, x in enumerate(after):
        nxt = after[k + 1].fold if k + 1 < len(after) else ""
        if x.fold in ("gegen", "against", "dagegen") or (x.fold == "mit" and nxt == "nein") or x.lemma == "ablehnen" \
                or (x.fold == "ab" and any(y.lemma in ("lehnen", "ablehnen") for y in after + before)):
            return "against", after[k + 1] if x.fold == "mit" else x
        if x.fold in ("für", "dafür", "favour", "favor") or (x.fold == "mit" and nxt == "ja"):
            return "for", after[k + 1] if x.fold == "mit" else x
        if x.lemma in ("enthalten", "abstain") or x.fold in ("abstained", "enthielten"):
            return "abstain", x
    return None


def _round(v: DocView, t: Tok) -> str:
    sentence = [x for x in v.toks[max(0, t.i - 25):t.i + 25] if x.sent == t.sent]
    for k, x in enumerate(sentence[:-1]):
        if x.fold in _ORDINALS and sentence[k + 1].lemma in _ROUNDS | {r + "s" for r in _ROUNDS}:
            return _ORDINALS[x.fold]
        if x.surface.rstrip(".").isdigit() and x.surface.endswith(".") and sentence[k + 1].lemma in _ROUNDS:
            return x.surface.rstrip(".")
    return ""


def vote_claim(v: DocView, t: Tok, clause_after: list[Tok], clause_before: list[Tok]) -> tuple[str, Tok] | None:
    """(key, last word) when the number ``t`` counts votes on one side, else None. ``clause_after`` /
    ``clause_before``: the words of its clause after and before it (nearest first)."""
    if not clause_after:
        return None
    noun = clause_after[0]
    head = noun.lemma.rsplit("-", 1)[-1] if "-" in noun.lemma and noun.lemma not in _SIDE_NOUNS else noun.lemma
    if "-" in noun.lemma and noun.lemma not in _SIDE_NOUNS and head in _VOTERS:
        return None  # "88 FDP-Abgeordneten": a party's members, a part of the house
    if any(x.fold in _PART for x in clause_before[:3]) or any(x.lemma in _NEEDED or x.fold in _NEEDED
                                                              for x in clause_before[:4] + clause_after[:10]):
        return None
    if len(clause_after) > 1 and clause_after[1].fold in ("of", "from", "der", "von", "aus") and any(
            x.lemma in _GROUPS or x.fold in _GROUPS for x in clause_after[2:7]):
        return None  # "18 lawmakers of the ruling People Power Party", "Abgeordnete der Opposition": a part
    if noun.lemma in _SIDE_NOUNS:
        found: tuple[str, Tok] | None = (_SIDE_NOUNS[noun.lemma], noun)
    elif head in _VOTERS or noun.fold in ("gegen", "für", "against"):
        rest = clause_after[1:] if head in _VOTERS else clause_after
        if any(x.lemma in _RECEIVE for x in clause_before[:3]) and head in _VOTERS:
            found = ("for", noun)  # "erhielt 310 Stimmen", "bekam nur 310 Stimmen"
        elif head in _VOTERS and not any(x.lemma in _VOTE_VERBS or x.lemma in ("enthalten", "ablehnen", "abstain")
                                         or x.fold in ("enthielten", "abstained", "lehnten")
                                         for x in rest[:6] + clause_before[:3]):
            return None
        else:
            found = _side(rest[:8], clause_before[:6])
    else:
        return None
    if found is None:
        return None
    number = _round(v, t)
    return (f"votes {found[0]}" + (f", round {number}" if number else "")), found[1]

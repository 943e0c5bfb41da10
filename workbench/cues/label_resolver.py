"""Whom an actor label names.

A collective label ("Regierung", "Regime", "Führung") names someone only through a place
or a name it stands with ("das Regime in Nordkorea", "Regierung Merz"), never through
the topic of the text: "aus der Regierung zurückziehen" is the institution.
An actor label is resolved (``LabelResolver.resolve``) from, in order: an apposed name
("Kremlchef Wladimir Putin"), a genitive or "von"/"in" phrase after it ("die
Machthaber Russlands und Nordkoreas", "das Regime in Nordkorea"), a genitive
name or nationality adjective before it ("Nordkoreas Machthaber", "der
nordkoreanische Diktator"), a name inside the label ("Kremlchef"), "die
beiden …" (the two most named persons of the text), a label after "mit"/"with" that follows an actor in
its clause (the one met or talked with: "Dass ein EU-Regierungschef mit dem Aggressor … spricht" is not the
topic Orbán but the other most named person), and finally the topic:
the first person named earlier in the sentence, else the first person of the
nearest earlier sentence that names one. A country found for a label of a person is
replaced by that country's leader when the texts name one in such a phrase
somewhere ("der russische Präsident Wladimir Putin").
The noun phrase around a label is read by ``label_phrases``; seats of power named as places by ``seats``.
"""

from __future__ import annotations

from collections import Counter

from workbench.align.lexicon import paraphrases
from workbench.cues.entities import COLLECTIVE_LABELS, PERSON_COLLECTIVES, EntityIndex
from workbench.cues.label_phrases import (
    INDEFINITE,
    after_determiner,
    generic,
    label_np,
    name_run,
    same_office,
)
from workbench.cues.seats import compass_place
from workbench.cues.textview import DocView, Tok

_PAIR_WORDS = {"beide", "beiden", "both", "two"}
_NOT_THE_LEADER = ("vize", "stellvertret", "ex-", "alt-", "vice", "deputy", "former",
                   "sprecher", "spokes", "berater", "adviser", "advisor", "official", "beamte")  # staff: "Kremlsprecher"
_FORMER = {"ehemalig", "früher", "einstig", "frühere", "ehemalige", "former", "ex"}
_GENITIVE_ARTICLES = {"der", "des"}
_LINK_PREPOSITIONS = {"von", "in", "of", "aus"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_OWNER_PRONOUNS = {"his", "her", "their", "its", "seiner", "seines", "ihrer", "ihres"}


_STAFF = {"official", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "beamter", "berater",
          "sprecher", "sprecherin", "mitarbeiter"}


_DEPUTY = {"vice", "deputy"}  # English words that make a title another office ("vice president")
_TERRITORIES = ("gebiet", "provinz", "inselstaat", "territory", "province")  # labels of a land, not of a person
# a plural label with one of these before it names a group of others ("Western leaders", "andere Staatschefs")
_OTHERS = {"western", "european", "world", "foreign", "other", "nato", "westlich", "westliche", "westlichen",
           "europäisch", "europäische", "europäischen", "ausländisch", "ausländische", "ausländischen", "andere",
           "anderen", "weitere", "weiteren"}


class LabelResolver:
    """Whom an actor label names (see the module docstring for the order of evidence)."""

    def __init__(self, index: EntityIndex, title_person=None, titles_of=None, office=None) -> None:
        self.ix = index
        self.title_person = title_person  # lemma -> the one person the texts appose that title to, or None
        self.titles_of = titles_of  # person -> the titles the texts appose to them
        self.office = office  # lemma -> whether it is a neutral title of an office ("prime minister", "Kanzler")
        self._together: dict[str, Counter] | None = None  # place -> persons named in its sentences
        self._leaders_learned = False
        self._concept_leaders: dict[str, Counter] = {}  # paraphrase concept of a country -> persons titled by it
        self._widely_named: set[str] | None = None  # persons at least half the texts name
        self._compound_memo: dict[str, str | None] = {}  # label -> the place its compound names (entities are fixed)

    def _places_before(self, view: DocView, before: list[Tok]) -> list[str]:
        out = []
        skip = -1
        for k, t in enumerate(before):
            if k == skip:
                continue
            compass = compass_place(self.ix, t, before[k + 1] if k + 1 < len(before) else None)
            if compass:  # "the North Korean dictator": North Korea, not the Koreas
                out.append(compass)
                skip = k + 1
            elif t.lemma in self.ix.adjective_of:
                out.append(self.ix.adjective_of[t.lemma])
            else:
                name = self.ix.entity_at(view.doc, t.i) or self._seat(t)
                if name and self.ix.kind(name) != "person":
                    out.append(self.ix.country(name))
        return out

    def _bracketed_person(self, view: DocView, i: int) -> str | None:
        """The person named alone in brackets right after the label at ``i`` ("der alte Hase (Putin)")."""
        toks = view.toks
        if i + 3 >= len(toks) or toks[i + 1].surface != "(" or toks[i + 1].sent != toks[i].sent:
            return None
        k = i + 2
        while k < len(toks) and k <= i + 5 and toks[k].surface != ")":
            k += 1
        if k >= len(toks) or toks[k].surface != ")":
            return None
        names = {self.ix.entity_at(view.doc, t.i) for t in toks[i + 2:k]}
        if len(names) != 1 or None in names:
            return None  # "Trump (78)": an age, not a name; "(l.)", "(Archivbild)"
        name = next(iter(names))
        return name if name and self.ix.kind(name) == "person" else None

    def _companion(self, view: DocView, start: int, sent: int) -> tuple[bool, str | None]:
        """The label phrase starting at ``start`` follows "mit"/"with" after an actor earlier in its clause (a person
        named, or an office: "Dass ein EU-Regierungschef mit dem Aggressor … spricht"): it names the one met or
        talked with, not the actor the sentence is about. Also that actor, where known (the office's holder)."""
        if start < 2 or view.toks[start - 1].fold not in ("mit", "with"):
            return False, None
        clause = []
        for t in reversed(view.toks[:start - 1]):
            if t.sent != sent or t.surface in (",", ";", ":"):
                break
            clause.append(t)
        for t in clause:
            name = self.ix.entity_at(view.doc, t.i)
            if name and self.ix.kind(name) == "person":
                return True, name
            head = t.lemma.rsplit("-", 1)[-1]
            if self.office is not None and t.capitalised and self.office(head):
                return True, self.title_person(head) if self.title_person else None
        return False, None

    def _pair(self, doc: str) -> list[str]:
        """The two persons a pair label ("die beiden Präsidenten") names: the text's most named among the persons
        most reports name (a spokesman one text quotes often is no half of the pair), else its most named."""
        if self._widely_named is None:
            docs_naming: Counter = Counter()
            for mentions in self.ix.mentions_by_doc.values():
                docs_naming.update({name for _, name in mentions if self.ix.kind(name) == "person"})
            half = max(2, (len(self.ix.views) + 1) // 2)
            self._widely_named = {name for name, n in docs_naming.items() if n >= half}
        ranked = self.ix.salient_persons(doc, 6)
        wide = [name for name in ranked if name in self._widely_named]
        return wide[:2] if len(wide) >= 2 else ranked[:2]

    def _last_holder(self, view: DocView, i: int, label: str) -> str | None:
        """Of the persons the texts give the office ``label`` ("President Donald Trump"), the one this text names
        last before ``i``."""
        assert self.titles_of is not None
        last: tuple[int, str] | None = None
        for m, name in self.ix.mentions_by_doc.get(view.doc, ()):
            if m.last < i and self.ix.kind(name) == "person" and any(same_office(label, h) for h in self.titles_of(name)):
                last = (m.first, name)
        return last[1] if last else None

    def _seat(self, t: Tok) -> str | None:
        """A place the index knows, written as a word of a label ("Kremlin chief"): its mentions are no names there."""
        if not t.capitalised:
            return None
        return self.ix.by_form.get(frozenset({t.lemma})) or self._place_of_concept(t.lemma)

    def _place_of_concept(self, word: str) -> str | None:
        """A place of the texts the paraphrase lexicon lists with ``word`` ("kremlin" with "russia")."""
        para = paraphrases(self.ix.language)
        concepts = para.single.get(word)
        if not concepts:
            return None
        for ent in sorted(self.ix.entities.values(), key=lambda e: e.name):
            if ent.kind != "person" and any(para.single.get(next(iter(f)), set()) & concepts
                                             for f in ent.forms if len(f) == 1):
                return ent.name
        return None

    def _after(self, view: DocView, i: int, after: list[Tok], label: str) -> tuple[str | None, list[str] | None]:
        """(apposed person, [linked places]) from the tokens after the label; places None when the label is
        someone's of a person named after it ("the leader of Yoon's party"): it names someone else."""
        if not after:
            return None, []
        if len(after) > 2 and after[0].surface == ",":  # "the country's dictator, Kim Jong Un, in the …"
            found = self.ix.mention_starting(view.doc, after[1].i)
            nxt = view.toks[found[0].last + 1] if found and found[0].last + 1 < len(view.toks) else None
            if found and self.ix.kind(found[1]) == "person" and nxt is not None and nxt.is_punct \
                    and nxt.surface in ",.;:)" and nxt.sent == after[0].sent:
                return found[1], []  # (not "the dictator, Kim said, …": a name before a verb is the subject)
        found = self.ix.mention_starting(view.doc, after[0].i)
        if found:
            m, name = found
            if self.ix.kind(name) == "person":
                if view.tagged and self.ix.in_genitive(view, m, name):
                    return None, None  # "der Pressechef Orbáns": a genitive names whose, someone of his
                return name, []
            if view.toks[m.first].lemma != view.toks[m.first].fold or label in COLLECTIVE_LABELS:
                return None, self._name_list(view, after)  # "Machthaber Russlands und Nordkoreas"
            return None, []
        if after[0].fold in _GENITIVE_ARTICLES or after[0].fold in _LINK_PREPOSITIONS:
            rest = after[1:]
            if rest and rest[0].fold in _OWNER_PRONOUNS:
                return None, None  # "the leader of his own party": someone of his, not he
            if rest and rest[0].fold in _GENITIVE_ARTICLES:
                rest = rest[1:]
            k = 0  # "der Demokratischen Volksrepublik Korea": a name after up to three modifiers
            while k < min(3, len(rest)) and not self.ix.entity_at(view.doc, rest[k].i) \
                    and rest[k].tag_is("ADJA", "NN", "ADJ", "NOUN"):
                k += 1
            owner = self.ix.mention_starting(view.doc, rest[k].i) if k < len(rest) else None
            if owner and owner[0].last + 1 < len(view.toks) and view.toks[owner[0].last + 1].fold in _POSSESSIVE:
                return None, None  # "the leader of Yoon's own party": someone of his, not he
            if owner and self.ix.kind(owner[1]) != "person":
                # "der Ministerpräsident von Sachsen-Anhalt, Reiner Haseloff", "der Präsident der Ukraine Wolodymyr
                # Selenskyj": the person in apposition to the whole title
                j = owner[0].last + 1
                if j + 2 < len(view.toks) and view.toks[j].surface == "(" and view.toks[j + 2].surface == ")":
                    j += 3  # "The President of the United States (US), Donald Trump"
                j += j + 1 < len(view.toks) and view.toks[j].surface == ","
                if j < len(view.toks) and view.toks[j].sent == view.toks[i].sent:
                    named = self.ix.mention_starting(view.doc, j)
                    if named and self.ix.kind(named[1]) == "person":
                        return named[1], []
            return None, self._name_list(view, rest[k:])
        return None, []

    def _apposed_before(self, view: DocView, start: int) -> str | None:
        """The person a label phrase is in apposition to, named right before its comma: "Lee Jae-myung, leader
        of the liberal Democratic Party", "Trump, der Präsident der USA"."""
        if start < 2 or view.toks[start - 1].surface != "," or view.toks[start - 1].sent != view.toks[start].sent:
            return None
        name = self.ix.entity_at(view.doc, start - 2)
        return name if name and self.ix.kind(name) == "person" else None

    def _name_list(self, view: DocView, toks: list[Tok]) -> list[str]:
        out: list[str] = []
        expect = True
        for t in toks:
            name = self.ix.entity_at(view.doc, t.i)
            if name and expect:
                if self.ix.kind(name) != "person":
                    name = self.ix.country(name)
                if name not in out:
                    out.append(name)
                # skip the rest of this mention
                expect = False
                continue
            if name and not expect:
                continue
            if t.fold in ("und", "and", ",", "sowie"):
                expect = True
                continue
            if expect and t.fold in _GENITIVE_ARTICLES:
                continue  # "der Präsidenten Russlands und der USA"
            break
        return out

    def _compound_place(self, label: str) -> str | None:
        """The place a compound label is built on: "Kremlchef" -> Kreml (an entity of the texts), else a
        country of the texts that the paraphrase lexicon lists with the compound's first part ("kreml" is
        listed with "russland"). Asked several times per label, so answered once per label."""
        if label not in self._compound_memo:
            self._compound_memo[label] = self._find_compound_place(label)
        return self._compound_memo[label]

    def _find_compound_place(self, label: str) -> str | None:
        for ent in sorted(self.ix.entities.values(), key=lambda e: -len(e.name)):
            if ent.kind == "person":
                continue
            for f in ent.forms:
                if len(f) == 1:
                    part = next(iter(f))
                    if len(part) >= 4 and label.startswith(part):
                        return ent.name  # "Kremlchef", or the seat itself ("the Kremlin")
        prefixes = [label.split("-", 1)[0]] if "-" in label else [label[:k] for k in range(len(label), 3, -1)
                                                                      if k == len(label) or k <= len(label) - 3]
        for prefix in prefixes:
            place = self._place_of_concept(prefix)
            if place:
                return place
        return None

    def learn_leaders(self, labels: list[tuple[DocView, Tok]]) -> None:
        """Country -> person, from label phrases that name both ("der russische Präsident Wladimir Putin").
        A deputy or a former holder ("US-Vizepräsidentin Kamala Harris", "Ex-Kanzlerin") is not the leader."""
        for view, tok in labels:
            if any(mark in tok.lemma for mark in _NOT_THE_LEADER) or any(
                    t.lemma in _FORMER for t in view.toks[max(0, tok.i - 2):tok.i]):
                continue
            before, after = label_np(view, tok.i)
            person, _ = self._after(view, tok.i, after, tok.lemma)
            if not person:
                continue
            places = self._places_before(view, before)
            compound = self._compound_place(tok.lemma)
            for place in places + ([compound] if compound else []):
                self.ix.leader_of.setdefault(place, Counter())[person] += 1
            para = paraphrases(self.ix.language)
            for t in before:  # "Russian President Vladimir Putin" where no text names Russia itself
                for concept in para.single.get(t.lemma, ()) if t.tag_is("ADJA") or (not t.pos and t.capitalised) else ():
                    self._concept_leaders.setdefault(concept, Counter())[person] += 1
        self._leaders_learned = True

    def _seat_leader(self, label: str) -> list[str] | None:
        """For a seat of power ("the Kremlin") the texts name no country of: the person a title with the same
        country's adjective names ("Russian President Vladimir Putin"); [] when there is none (never the topic
        person); None when ``label`` is no seat of power."""
        para = paraphrases(self.ix.language)  # the seat, or the seat a compound is built on ("Kremlchef")
        concepts = {c for p in [label] + [label[:k] for k in range(len(label) - 3, 3, -1)] for c in para.single.get(p, ())}
        if not concepts & self._concept_leaders.keys():  # "Kremlchef" is also a "leader"; its "kreml" says whose
            return None if not concepts else []
        found: Counter = Counter()
        for concept in sorted(concepts):
            found.update(self._concept_leaders.get(concept, Counter()))
        if not found:
            return []
        return [sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]]

    def _leader(self, place: str) -> str:
        c = self.ix.leader_of.get(place) or self.ix.leader_of.get(self._same_country(place) or "")
        if not c:
            by_title = self._seat_leader(place.casefold())  # "Kremlchef" where only "russische Präsident Putin" says whose
            return self._most_named_with(place) or (by_title[0] if by_title else place)
        return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]

    def _same_country(self, place: str) -> str | None:
        """Another name of the texts for the country ``place`` names, one with a known leader: the paraphrase
        lexicon lists both, or an adjective of ``place``, under one concept ("Amerika" of "amerikanisch" and
        "USA", whose "US-Präsident Joe Biden" the texts name)."""
        para = paraphrases(self.ix.language)
        ent = self.ix.entities.get(place)
        words = {place.casefold()} | (ent.adjectives if ent else set())
        concepts = set().union(*(para.single.get(w, set()) for w in words))
        if not concepts:
            return None
        for other in sorted(self.ix.leader_of):
            if other != place and para.single.get(other.casefold(), set()) & concepts:
                return other
        return None

    def _most_named_with(self, place: str) -> str | None:
        """A country's leader when no label phrase names one: the person named most often in the same
        sentence as the country (or its adjective), clearly ahead of the next and not another country's
        known leader. "Nordkoreas Diktator" in texts that never say "Nordkoreas Machthaber Kim Jong Un"."""
        if self._together is None:
            self._together = self._count_together()
        counts = self._together.get(place)
        if not counts:
            return None
        others = {self._leader_known(p) for p in self.ix.leader_of if p != place} - {None}
        ranked = [(n, name) for name, n in counts.most_common() if name not in others]
        if not ranked or ranked[0][0] < 2 or (len(ranked) > 1 and ranked[1][0] * 3 > ranked[0][0] * 2):
            return None
        return ranked[0][1]

    def _leader_known(self, place: str) -> str | None:
        c = self.ix.leader_of.get(place)
        return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if c else None

    def _count_together(self) -> dict[str, Counter]:
        together: dict[str, Counter] = {}
        for doc, mentions in self.ix.mentions_by_doc.items():
            view = self.ix.views[doc]
            by_sentence: dict[int, tuple[set[str], set[str]]] = {}
            for m, name in mentions:
                places, persons = by_sentence.setdefault(view.toks[m.first].sent, (set(), set()))
                if self.ix.kind(name) == "person":
                    persons.add(name)
                else:
                    places.add(self.ix.country(name))
            for t in view.toks:
                if t.lemma in self.ix.adjective_of:
                    by_sentence.setdefault(t.sent, (set(), set()))[0].add(self.ix.adjective_of[t.lemma])
            for places, persons in by_sentence.values():
                for p in places:
                    together.setdefault(p, Counter()).update(persons)
        return together

    def resolve(self, view: DocView, tok: Tok, plural: bool, seat: bool = False) -> list[str]:
        """Whom the label at ``tok`` names; ``seat``: the label is a seat of power ("der Kreml", "the Kremlin")."""
        label = tok.lemma
        collective = label in COLLECTIVE_LABELS or label.rsplit("-", 1)[-1] in COLLECTIVE_LABELS
        itself = self.ix.entity_at(view.doc, tok.i)
        if itself and self.ix.kind(itself) != "person":  # a metonym used as a label ("der Kreml")
            return [self.ix.country(itself)]
        bracketed = self._bracketed_person(view, tok.i)
        if bracketed:
            return [bracketed]  # "den Novizen (Trump)": the name in brackets after the label is its bearer
        before, after = label_np(view, tok.i)
        if plural and any(t.fold in _OTHERS or t.lemma in _OTHERS for t in before):
            return []  # "a powerful message to Western leaders": others, not the pair the report is about
        if tok.i > 0 and view.toks[tok.i - 1].fold == "for" and not tok.surface[:1].isupper():
            return []  # "the Democratic nominee for president": the office sought, no one holding it
        person, linked = self._after(view, tok.i, after, label)
        head = view.toks[before[0].i - 1] if before and before[0].i > 0 and before[0].fold in ("des", "der") else None
        if person and head is not None and head.lemma.casefold().endswith(("sprecher", "sprecherin", "berater", "beraterin")):
            person = None  # "der Pressesprecher des russischen Präsidenten Dmitri Peskow": the name is the spokesman's
        if any(t.fold in _DEPUTY for t in view.toks[max(0, tok.i - 3):tok.i] if t.sent == tok.sent):  # "Deputy Prime Minister"
            # "Vice President Kamala Harris" names her; "his vice president" is not the holder of the title
            names = [itself] + [self.ix.entity_at(view.doc, t.i) for t in name_run(after)]
            for candidate in names:  # "Kamala Harris": the index may know the surname only
                if not person and candidate and self.ix.kind(candidate) == "person":
                    person = candidate
            return [person] if person else []
        if linked is None:
            return []
        places = linked
        if places and after and after[0].fold == "in":  # "Russlands Staatschef in Vietnam": where he is, not whose
            owners = self._places_before(view, before) or [p for p in [self._compound_place(label)] if p]  # "US-Präsident"
            known = self.title_person(label) if self.title_person and not plural and not owners else None
            if known:
                return [known]  # "der zweite Besuch des Kanzlers in Peking": the texts' chancellor, not Peking's
            places = owners or places
        if not person and not plural:
            person = self._apposed_before(view, before[0].i if before else tok.i)
        if not person and generic(view, before):
            return []  # "Dass ein designierter Kanzler scheitert, ist neu": the office, no one in particular
        if person and collective:
            return []  # "die fehlgestartete Regierung Merz": his government, not a name for him
        if person and plural:
            named = [n for n in self._name_list(view, after) if self.ix.kind(n) == "person"]
            # "die beiden Machthaber Putin und Kim" names both; "seine Vorgänger Putin nicht aufgehalten": one name
            # after a plural is no apposition
            return named if len(named) >= 2 else []
        if person:
            return [person]
        if not places:
            places = self._places_before(view, before)
        if not places:
            compound = self._compound_place(label)
            if compound:
                places = [compound]
        paired = any(t.lemma in _PAIR_WORDS or t.fold in _PAIR_WORDS for t in before)
        if places and label in _STAFF:
            places = []  # "the Kremlin official": someone of the seat's staff, not its leader
        if not places and (seat or not self._compound_place(label)):
            leader = self._seat_leader(label)
            if leader:
                return leader
        if places:
            if collective:
                return places
            # a person's title names a person, or stands for a country's unnamed holder ("der japanische
            # Premierminister": Japan); another place whose leader the texts never name is no answer ("the French
            # president", "leaders in the West", "Paris")
            leaders = [leader for leader in dict.fromkeys(self._leader(p) for p in places)
                       if leader not in places or self.ix.kind(leader) in ("person", "country")]
            # a plural title of one place's people is a group, not its leader ("the country's Democratic governors");
            # "the two leaders in Moscow" are the pair (below)
            if not (plural and len(leaders) < 2):
                return leaders
            if not paired:
                return []
        if label.rsplit("-", 1)[-1].endswith(_TERRITORIES):
            return []  # "den demokratischen Inselstaat als abtrünniges Gebiet": a territory, named by no one here
        if collective and not (paired and label in PERSON_COLLECTIVES):
            return []  # "aus der Regierung", "eine unpopuläre Regierung": the institution, not a person
        if self.title_person and not plural:
            known = self.title_person(label)
            if known:
                return [known]
        # "ihre Minister", "the country's Democratic governors": someone's ministers, not the pair
        possessive = any(t.tag_is("PPOSAT") or t.fold in _POSSESSIVE for t in before)
        if plural and not paired and tok.kind != "headline" and not after_determiner(view, tok):
            return []  # "an era of authoritarian leaders", "Diktatoren wie er": a bare plural in the story names no one
        if paired or (plural and not collective and not possessive):
            pair = self._pair(view.doc)
            if len(pair) == 2:
                return pair
        topic = self.ix.topic_person_before(view.doc, tok.i)
        start = before[0].i if before else tok.i  # "to coax an erratic and reclusive dictator": someone else
        indefinite = start > 0 and view.toks[start - 1].fold in INDEFINITE and view.toks[start - 1].sent == tok.sent
        companion, actor = self._companion(view, start, tok.sent) if topic and not plural else (False, None)
        if companion:
            others = [p for p in self.ix.salient_persons(view.doc, 3) if p != (actor or topic)]
            if others:  # "Dass ein EU-Regierungschef mit dem Aggressor … spricht": the one he talks with
                return [others[0]]
        if topic and not plural and (indefinite or any(t.tag_is("PPOSAT") for t in before)):
            # "Vance, der seinem Präsidenten zur Seite springt": his president is someone else; so is "a dictator"
            others = [p for p in self.ix.salient_persons(view.doc, 3) if p != topic]
            known = self.title_person(label) if self.title_person else None
            if others:
                return [known if known in others else others[0]]
        if topic and self.titles_of and self.office and not plural and self.office(label):
            held = self.titles_of(topic)
            owned = any(t.fold in _POSSESSIVE for t in before)  # "India's aviation minister": a country's office
            if (held or owned) and not any(same_office(label, h) for h in held):
                # "the prime minister's office" where the story's President Yoon is the topic, "India's aviation
                # minister said" after a name no text gives any title: not he
                return []
            holder = self._last_holder(view, tok.i, label) if not held else None
            if holder and holder != topic:
                return [holder]  # "Paul Ryan … stating that the president": the president named last, Trump
        if topic:
            return [topic]
        return self.ix.persons_after(view.doc, tok.i, tok.sent, 2 if plural or tok.fold == tok.lemma else 1)

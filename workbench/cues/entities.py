"""Who is who: entities derived from the texts.

Entities come from proper names only (no gazetteer):

- A run of name words (``name_words``: NE tags, or capitals in untagged text) is one name ("Wladimir Putin", "Kim
  Jong Un"); a capitalised hyphenated token right
  after a name, made of short parts ("Kim Jong-un"), is part of it. A run is split where both neighbours also
  stand alone as names elsewhere ("… könnte Nordkorea Russland …") and the two do not stand side by side a second
  time ("Friedrich Merz" is one name, though "Friedrich" and "Merz" each occur alone), and before a genitive or
  a place that stands alone elsewhere ("Kim Jong-un Trumps Einladung", "verlässt Xi Jinping Moskau"); a rare run
  whose head or tail is a name written alone elsewhere is split there (``name_runs``: "Exo Donald Trump").
- Name forms are compared as sets of lower-case parts (hyphens split), so "Kim Jong-un" = "Kim Jong Un". A shorter
  form ("Kim", "Putin") joins the most frequent longer form that contains it (a common one no compound written once).
- A name seen with two or more parts is a person (a tagger's NE on a word that is a common noun elsewhere,
  "Kosmodroms Baikonur", is dropped first); a name from which a nationality adjective derives ("Nordkorea" /
  "nordkoreanisch", "Russland" / "russisch") is a country.
- Decision on metonyms: a capital or seat of power stays its own entity (its mentions are not labels), but it is
  linked to its country, so that a label built on it resolves: when the text says "<Land>s Hauptstadt <Stadt>", or
  when the paraphrase lexicon of ``workbench.align`` lists it under one concept with the country ("Kreml", "Moskau"
  -> Russland, "Pjöngjang", "DVRK" -> Nordkorea).
- Users may add or merge entities: ``{"Kim Jong Un": ["Kim", "Kim Jong-un"]}`` maps every name whose parts
  equal an alias to the canonical name, and an alias that is an adjective ("nordkoreanisch") links that adjective.

Whom an actor label names: ``label_resolver``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from workbench.align.lexicon import paraphrases
from workbench.cues.name_runs import split_known_names
from workbench.cues.name_words import glued, misread_surnames, name_runs, name_tail, without_accents
from workbench.cues.textview import NAME_TAGS, DocView, Tok
from workbench.nlp.lemma_table import inflects_as_noun

# Labels that name a government or state, not a person.
COLLECTIVE_LABELS = {"genosse", "regime", "regierung", "führung", "junta", "diktatur", "kreml", "administration",
                     "government", "leadership", "kiewer regime", "dictatorship"}
# ... of which these are said of persons too: "die beiden Genossen" are the two leaders of the report.
PERSON_COLLECTIVES = {"genosse", "comrade"}
_ADJ_SUFFIXES = ("isch", "sch", "ian", "an", "ese", "i")
_PLACE_SUFFIXES = ("land",)


@dataclass
class Mention:
    doc: str
    start: int
    end: int
    first: int  # token index
    last: int
    form: frozenset[str]  # lower-case name parts


@dataclass
class Entity:
    name: str
    kind: str  # "person", "country" or "other"
    forms: set[frozenset[str]] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    adjectives: set[str] = field(default_factory=set)


# words that make a name an institution's or a place's, not a person's ("Civil Aviation", "News-18 TV", "Filoli Estate")
INSTITUTION_WORDS = frozenset({
    "ministry", "department", "agency", "authority", "directorate", "office", "commission", "council", "committee",
    "party", "army", "police", "forces", "airlines", "airline", "airways", "bank", "university", "college",
    "hospital", "news", "times", "tv", "television", "radio", "network", "channel", "institute", "association",
    "court", "parliament", "assembly", "congress", "senate", "house", "government", "administration", "aviation",
    "service", "services", "corporation", "company", "command", "headquarters", "embassy", "foundation", "center",
    "centre", "organization", "organisation", "league", "ministerium", "partei", "regierung", "agentur", "polizei",
    "zeitung", "sender", "verband", "gericht", "behörde", "stiftung", "institut", "universität", "klinik",
    "fraktion", "rundfunk", "fernsehen", "bundestag", "kommission", "presse-agentur", "presseagentur", "summit",
    "conference", "estate", "airport", "palace", "hotel", "square", "stadium", "flughafen", "palast", "konferenz",
    "cup", "games", "olympics", "championship", "festival", "weltmeisterschaft", "meisterschaft", "spiele",
    "strait", "sea", "peninsula", "gulf", "bay", "ocean", "island", "islands", "strasse", "meer", "halbinsel",
    "hall", "room", "chamber", "building", "statement", "declaration", "agreement", "treaty", "pact", "law", "saal",
    "halle", "erklärung", "abkommen", "vertrag", "gesetz"})


def _parts(text: str) -> frozenset[str]:
    """The lower-case parts of a name, without accents other than the umlaut ("Raúl Castro" = "Raul Castro")."""
    return frozenset(p for p in re.split(r"[\s\-‐–]+", without_accents(text.casefold())) if p)


_COMPASS = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"}
_COMPASS_WORDS = _COMPASS | {"nord", "süd", "ost", "west", "nordost", "südost", "nordwest", "südwest"}


def _before_name(v: DocView, t: Tok) -> bool:
    """A capitalised word right before a word tagged as a name in the same sentence ("Barack" of "Barack Obama")."""
    if t.i + 1 >= len(v.toks):
        return False
    nxt = v.toks[t.i + 1]
    return nxt.sent == t.sent and nxt.tag_is(*NAME_TAGS) and not nxt.is_punct and t.capitalised


def _compass_demonym(keys: list[str]) -> bool:
    """A run of a compass word and a demonym: "north korean", "south african", "east german"."""
    return len(keys) == 2 and keys[0] in _COMPASS and keys[1].endswith(("an", "ese", "ish")) and len(keys[1]) >= 5


def _name_key(t: Tok) -> str:
    return t.lemma if t.lemma else t.fold


def _stems_adj(adj: str) -> list[str]:
    out = [adj]
    for suf in _ADJ_SUFFIXES:
        if adj.endswith(suf) and len(adj) - len(suf) >= 3:
            out.append(adj[: -len(suf)])
    return out


def _stems_place(name: str) -> list[str]:
    out = [name]
    for suf in _PLACE_SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 3:
            out.append(name[: -len(suf)])
    return out


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def adjective_matches(adj: str, place: str) -> bool:
    """Whether a nationality adjective derives from a place name ("nordkoreanisch" ~ "nordkorea").

    The adjective must use (nearly) all of the name's stem: "russisch" ~ "Russ|land",
    "chinesisch" ~ "Chin|a", "ukrainisch" ~ "Ukrain|e"; "technisch" is not "Technikkomitee".
    """
    if " " in place or len(place) < 3 or adj == place:
        return False  # a word is no adjective of itself (untagged text offers every capitalised word: "Jinping")
    for a in _stems_adj(adj):
        for p in _stems_place(place):
            n = _common_prefix(a, p)
            if n >= 4 and n >= len(p) - 1:
                return True
    return False


_DEMONYM_ENDINGS = ("an", "ese", "ish", "ic", "i")


def _adjective_of_the_two(adj: str, place: str) -> bool:
    """Of two words that each look derived from the other ("Russia" / "Russian", "Germany" / "German"), the one with
    a demonym's ending is the adjective: "Russia" is no adjective of a place "Russian"."""
    return not adjective_matches(place, adj) or adj.casefold().endswith(_DEMONYM_ENDINGS)


def _nationality_adjective(t: Tok) -> bool:
    return t.tag_is("ADJ") or (not t.pos and t.capitalised)


class EntityIndex:
    """Entities of a set of documents and the mentions of each, per document."""

    def __init__(self, views: list[DocView], aliases: dict[str, list[str]] | None = None, is_label=None) -> None:
        self.views = {v.doc: v for v in views}
        self.language = views[0].language if views else "de"  # for the paraphrase lexicon
        self.is_label = is_label
        self.entities: dict[str, Entity] = {}
        self.by_form: dict[frozenset[str], str] = {}
        self.adjective_of: dict[str, str] = {}  # adjective lemma -> entity name
        self.adjective_lemmas: frozenset[str] = frozenset()  # every adjective of the texts (nationalities among them)
        self.common_nouns: frozenset[str] = frozenset()  # lemmas tagged a common noun somewhere (surnames misread as nouns out)
        self.mentions_by_doc: dict[str, list[tuple[Mention, str]]] = {}
        self.leader_of: dict[str, Counter] = {}
        self.capital_of: dict[str, str] = {}
        self._pending_adjectives: dict[str, tuple[str, ...]] = {}
        self._at: dict[tuple[str, int], str] = {}
        self._starting: dict[tuple[str, int], tuple[Mention, str]] = {}
        self._build(views, aliases or {})

    # -- building ------------------------------------------------------------
    def _build(self, views: list[DocView], aliases: dict[str, list[str]]) -> None:
        surnames = misread_surnames(views, self.is_label)
        # a noun before a name ("Wie Barack Obama", "Barack" read as a noun once) is no evidence of a common noun
        common = {t.lemma for v in views for t in v.toks if t.tag_is("NN", "NOUN") and not name_tail(t)
                  and not _before_name(v, t)} - surnames
        self.common_nouns = frozenset(common)
        raw: list[tuple[DocView, list[Tok]]] = []
        # words the texts write in lower case at least as often as capitalised: common words, no name parts
        raw_counts: Counter[tuple[str, bool]] = Counter(
            (t.fold, t.surface[:1].islower()) for v in views for t in v.toks if len(t.fold) > 2)
        case_counts: Counter[tuple[str, bool]] = Counter()
        for (fold, low), n in raw_counts.items():  # accents taken off once per distinct word
            case_counts[(without_accents(fold), low)] += n
        lower = {w for (w, low), n in case_counts.items() if low and n >= case_counts[(w, False)]}
        for v in views:
            for run in name_runs(v, self.is_label, surnames):
                # a tagger's "NE" on a word used as a common noun elsewhere ("Kosmodroms Baikonur") is no name part
                while len(run) > 1 and (run[0].lemma in common or inflects_as_noun(run[0].surface, v.language)):
                    run = run[1:]
                # untagged: a word the texts write in lower case opens no name of two words or more after it
                # ("Spokesman Dmitry Peskov", "Cabinet Secretary Yoshimasa Hayashi"; "Bill Clinton" keeps "Bill")
                while not v.tagged and len(run) > 2 and without_accents(run[0].fold) in lower:
                    run = run[1:]
                if run and not (len(run) == 1 and run[0].lemma in common and not run[0].tag_is(*NAME_TAGS)):
                    raw.append((v, run))
        if any(not v.tagged for v in views):
            raw = self._untagged_adjectives(raw)
        raw = split_known_names(raw, lambda run: _parts(" ".join(_name_key(t) for t in run)))  # "Exo Donald Trump"
        singles = Counter(_name_key(run[0]) for _, run in raw if len(run) == 1)
        # two names side by side more than once are one name ("Friedrich Merz", though "Friedrich" and "Merz"
        # each stand alone elsewhere); once, they may be two ("… könnte Nordkorea Russland …")
        together = Counter((_name_key(a), _name_key(b)) for _, run in raw for a, b in zip(run, run[1:]))
        adjectives = sorted({t.lemma for v in views for t in v.toks if _nationality_adjective(t) and len(t.lemma) >= 5})

        places: dict[str, bool] = {}  # each name tested once against every adjective

        def is_place(key: str) -> bool:  # "Nordkorea" (nordkoreanisch): a country, never half of a person's name
            found = places.get(key)
            if found is None:
                found = places[key] = any(adjective_matches(adj, key) for adj in adjectives)
            return found
        runs: list[tuple[DocView, list[Tok]]] = []
        for v, run in raw:
            piece = [run[0]]
            for k, t in enumerate(run[1:], 1):
                rare = singles[_name_key(t)] and not name_tail(t) and together[(_name_key(piece[-1]), _name_key(t))] < 2
                # a country before a person's name of two words: "der Ukraine Wolodymyr Selenskyj"
                country_first = k == 1 and len(run) >= 3 and is_place(_name_key(run[0])) \
                    and together[(_name_key(run[0]), _name_key(t))] < 2 and _name_key(run[0]).casefold() not in _COMPASS_WORDS
                if country_first or rare and (len(piece) == 1 and singles[_name_key(piece[-1])] or t.surface.endswith("s")
                             or v.tagged and is_place(_name_key(t))) or (  # "Xi Jinping Moskau": a place after a name
                        singles[_name_key(piece[-1])] and singles[_name_key(t)] and len(piece) == 1 and not name_tail(t)
                        and _name_key(piece[-1]).casefold() not in _COMPASS_WORDS  # "North Korea" is one place
                        and (is_place(_name_key(piece[-1])) or is_place(_name_key(t)))):  # "Kim Jong-un Trumps …"
                    runs.append((v, piece))
                    piece = [t]
                else:
                    piece.append(t)
            runs.append((v, piece))
        forms: Counter[frozenset[str]] = Counter()
        words: dict[frozenset[str], int] = {}  # form -> most words it was written with ("Sachsen-Anhalt": one)
        whole: dict[frozenset[str], set[str]] = {}  # form -> the words it was written with, a compound as one
        for _v, run in runs:
            form = _parts(" ".join(_name_key(t) for t in run))
            forms[form] += 1
            words[form] = max(words.get(form, 0), sum(1 for t in run if not t.is_punct and not glued(run, t)))
            whole.setdefault(form, set()).update(without_accents(_name_key(t).casefold()) for t in run)
        # alias table from the user: every alias form -> canonical name
        alias_form: dict[frozenset[str], str] = {}
        for canonical, names in sorted(aliases.items()):
            for a in [canonical, *names]:
                alias_form[_parts(a)] = canonical
        # long forms first; a shorter form joins the most frequent longer form containing it
        owner: dict[frozenset[str], frozenset[str]] = {}
        for form in sorted(forms, key=lambda f: (-len(f), -forms[f], sorted(f))):
            # a common name joins no compound written once ("Moskau-Wnukowo", "SRF-China-Korrespondenten Box"), only a
            # name of several words that holds it as a word ("Putin" in "Wladimir Putin")
            # ... and not a line in title case ("Putin-Trump Meeting Proves Russia's …"): its other words are written
            # in lower case elsewhere
            supers = sorted({f for f in owner.values() if form < f and (
                forms[f] > 1 or forms[form] < 3 or (words[f] > 1 and form <= whole[f] and not whole[f] & lower))
                and not (words[f] == 1 and all(forms[frozenset({p})] >= 3 for p in f))},  # "India-Russia": a pair
                key=lambda f: (-forms[f], sorted(f)))
            owner[form] = supers[0] if supers and form not in alias_form else form
        groups: dict[str, list[frozenset[str]]] = {}
        for form in forms:
            key = alias_form.get(form) or alias_form.get(owner[form]) or "\0" + " ".join(sorted(owner[form]))
            groups.setdefault(key, []).append(form)
        display = self._display(runs)
        for key, fs in sorted(groups.items()):
            if key.startswith("\0"):
                longest = max(fs, key=lambda f: (len(f), forms[f], sorted(f)))
                name = display.get(longest, " ".join(sorted(longest)).title())
            else:
                name = key
            # a person is named with two words or more ("Kim Jong-un"); one hyphenated word is a place
            # ("Sachsen-Anhalt", "Nordrhein-Westfalen")
            kind = "person" if any(len(f) >= 2 and words.get(f, 2) >= 2 for f in fs) else "other"
            if kind == "person" and all(w in lower for f in fs for w in f):
                kind = "other"  # "Joint Statement", "Great Hall", "White House": words the texts write in lower case
            if kind == "person" and all(f & INSTITUTION_WORDS for f in fs if len(f) >= 2):
                kind = "other"  # "Civil Aviation", "News-18 TV", "the Defense Ministry": an institution's name
            if kind == "person" and name.split()[0].casefold() in _COMPASS_WORDS:
                kind = "other"  # "Nord Stream", "North Korea": no person's name opens with a point of the compass
            ent = self.entities.setdefault(name, Entity(name, kind))
            ent.forms.update(fs)
            if kind == "person":
                ent.kind = "person"
            for f in fs:
                self.by_form[f] = name
        # nationality adjectives -> places
        self.adjective_lemmas = frozenset(adjectives)  # visibility.py tells a nationality from a role by them
        for adj in adjectives:
            for ent in sorted(self.entities.values(), key=lambda e: e.name):
                if ent.kind == "person":
                    continue
                if any(len(f) == 1 and adjective_matches(adj, next(iter(f))) for f in ent.forms):
                    self.adjective_of[adj] = ent.name
                    ent.adjectives.add(adj)
                    ent.kind = "country"
                    break
        for adj, place in sorted(self._pending_adjectives.items()):
            found = self.by_form.get(frozenset(without_accents(p) for p in place))
            if found and (self.entities[found].kind != "person" or len(place) > 1):
                self.adjective_of.setdefault(adj, found)
                self.entities[name].adjectives.add(adj)
                if self.entities[name].kind == "other" or len(place) > 1:
                    self.entities[name].kind = "country"
        for canonical, names in sorted(aliases.items()):
            for a in names:
                if len(a.split()) == 1 and a[:1].islower():
                    self.adjective_of[a.casefold()] = canonical
                    self.entities.setdefault(canonical, Entity(canonical, "country")).adjectives.add(a.casefold())
        # mentions
        for v, run in runs:
            form = _parts(" ".join(_name_key(t) for t in run))
            name = self.by_form[form]
            m = Mention(v.doc, run[0].start, run[-1].end, run[0].i, run[-1].i, form)
            self.entities[name].mentions.append(m)
            self.mentions_by_doc.setdefault(v.doc, []).append((m, name))
        for doc in self.mentions_by_doc:
            self.mentions_by_doc[doc].sort(key=lambda x: x[0].first)
            for m, name in self.mentions_by_doc[doc]:
                for i in range(m.first, m.last + 1):
                    self._at[(doc, i)] = name
                self._starting[(doc, m.first)] = (m, name)
        self._learn_capitals(views)

    def _untagged_adjectives(self, raw: list[tuple[DocView, list[Tok]]]) -> list[tuple[DocView, list[Tok]]]:
        """Without tags, "Russian" / "North Korean" look like names: read them as adjectives of "Russia" /
        "North Korea" when those names occur, and keep them out of the name runs."""
        names = {tuple(_name_key(t) for t in run) for v, run in raw if v.tagged is False}
        out = []
        for v, run in raw:
            if v.tagged:
                out.append((v, run))
                continue
            keys = [_name_key(t) for t in run]
            cut = 0
            for k in range(1, len(run) + 1):
                head = tuple(keys[:k - 1])
                for place in names:
                    if len(place) == k and place[:-1] == head and place != tuple(keys[:k]) \
                            and adjective_matches(keys[k - 1], place[-1]) and _adjective_of_the_two(keys[k - 1], place[-1]):
                        self._pending_adjectives[keys[k - 1]] = place
                        cut = k
            if not cut and _compass_demonym(keys):
                continue  # "North Korean", "South African": an adjective even where "North Korea" is not named
            if not cut and len(keys) > 2 and _compass_demonym(keys[-2:]):
                run = run[:-2]  # "Taiwan North Korean nuclear tests" (a comma lost): a name, then an adjective
                keys = keys[:-2]
            rest = run[cut:]
            if rest:
                out.append((v, rest))
        return out

    def _display(self, runs: list[tuple[DocView, list[Tok]]]) -> dict[frozenset[str], str]:
        seen: dict[frozenset[str], Counter] = {}
        for v, run in runs:
            form = _parts(" ".join(_name_key(t) for t in run))
            nominative = all(t.fold == t.lemma or name_tail(t) for t in run)
            text = v.text[run[0].start: run[-1].end]
            seen.setdefault(form, Counter())[(nominative, text)] += 1
        out = {}
        for f, c in seen.items():
            (nominative, text), _ = max(c.items(), key=lambda kv: (kv[0][0], kv[1], kv[0][1]))
            if not nominative and len(f) == 1:  # only inflected forms seen ("Japans"): the lemma
                text = "-".join(p[:1].upper() + p[1:] for p in next(iter(f)).split("-"))
            out[f] = text
        return out

    def _learn_capitals(self, views: list[DocView]) -> None:
        """City or seat of power -> country: said in the text ("Nordkoreas Hauptstadt Pjöngjang"), or listed
        under one concept with the country in the paraphrase lexicon (Kreml, Moskau -> Russland)."""
        countries = sorted((e for e in self.entities.values() if e.kind == "country"), key=lambda e: e.name)
        language = views[0].language if views else "de"
        para = paraphrases(language)
        for e in sorted(self.entities.values(), key=lambda e: e.name):
            if e.kind != "other":
                continue
            concepts = set().union(*(para.single.get(next(iter(f)), set()) for f in e.forms if len(f) == 1)) \
                if e.forms else set()
            matching = [c for c in countries if concepts & set().union(
                *(para.single.get(next(iter(f)), set()) for f in c.forms if len(f) == 1))]
            if matching:  # a nationality's country before a city that has an adjective ("russisch" / "Moskauer")
                self.capital_of[e.name] = next(
                    (c for c in matching if any(not a.endswith("er") for a in c.adjectives)), matching[0]).name
        for v in views:
            for t in v.toks:
                if t.lemma not in ("hauptstadt", "capital") or t.i == 0 or t.i + 1 >= len(v.toks):
                    continue
                before, after = v.toks[t.i - 1], v.toks[t.i + 1]
                country, city = self.entity_at(v.doc, before.i), self.entity_at(v.doc, after.i)
                if country and city and country != city and self.entities[country].kind == "country":
                    self.capital_of[city] = country

    # -- lookups -------------------------------------------------------------
    def entity_at(self, doc: str, i: int) -> str | None:
        return self._at.get((doc, i))

    def mention_starting(self, doc: str, i: int) -> tuple[Mention, str] | None:
        return self._starting.get((doc, i))

    def in_genitive(self, view: DocView, m: Mention, name: str) -> bool:
        """The mention ``m`` of ``name`` ends in a genitive ("Lindners", "Orbáns"): a known form of the name and an
        "s" or apostrophe after it."""
        last = without_accents(view.toks[m.last].fold)
        return last.endswith(("s", "'", "’")) and any(last[:-1] in f for f in self.entities[name].forms)

    def kind(self, name: str | None) -> str:
        e = self.entities.get(name) if name else None
        return e.kind if e else "other"

    def salient_persons(self, doc: str, n: int = 2) -> list[str]:
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for m, name in self.mentions_by_doc.get(doc, ()):
            if self.kind(name) == "person":
                counts[name] += 1
                first.setdefault(name, m.first)
        return [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], first[kv[0]]))[:n]]

    def topic_person_before(self, doc: str, i: int) -> str | None:
        """The person a definite description most likely takes up: the first person named earlier in the
        label's own sentence, else the first person of the nearest earlier sentence naming one (the topic)."""
        v = self.views[doc]
        sent = v.toks[i].sent
        by_sentence: dict[int, list[str]] = {}
        for m, name in self.mentions_by_doc.get(doc, ()):
            if m.last >= i:
                break
            if self.kind(name) == "person":
                by_sentence.setdefault(v.toks[m.first].sent, []).append(name)
        if sent in by_sentence:
            return by_sentence[sent][0]
        earlier = [k for k in by_sentence if k < sent]
        return by_sentence[max(earlier)][0] if earlier else None

    def persons_after(self, doc: str, i: int, sent: int, n: int) -> list[str]:
        """Persons named after token i in its sentence: the first, or the first two joined by "und"/"and"."""
        v = self.views[doc]
        found: list[tuple[Mention, str]] = []
        for m, name in self.mentions_by_doc.get(doc, ()):
            if m.first > i and v.toks[m.first].sent == sent and self.kind(name) == "person" \
                    and name not in [f[1] for f in found]:
                found.append((m, name))
        if not found:
            return []
        out = [found[0][1]]
        if n >= 2 and len(found) >= 2:
            between = v.toks[found[0][0].last + 1: found[1][0].first]
            if len(between) == 1 and between[0].fold in ("und", "and", "&"):
                out.append(found[1][1])
        return out

    def country(self, name: str) -> str:
        return self.capital_of.get(name, name)

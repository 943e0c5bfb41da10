"""A weak quotation pair is dropped where the quotation's near-verbatim renderings do not find its partner."""

from __future__ import annotations

from difflib import SequenceMatcher

from workbench.cues.quote_pairs import Pair
from workbench.cues.quote_pairs import closeness
from workbench.cues.quote_statements import contradicted
from workbench.cues.textview import Tok

_STOP = {"you're", "with", "the", "of", "right", "now"}


def _toks(words: str, first: int) -> list[Tok]:
    out = []
    for n, w in enumerate(words.split()):
        fold = w.casefold()
        out.append(Tok(i=first + n, start=0, end=0, surface=w, fold=fold, lemma=fold, pos="", sent=0, kind="body",
                       quoted=True, is_punct=False, is_stop=fold in _STOP))
    return out


def _pair(doc_a: str, a: list[Tok], doc_b: str, b: list[Tok]) -> Pair:
    p = Pair(a, b, doc_a, doc_b, True)
    p.ops = SequenceMatcher(None, [t.lemma for t in a], [t.lemma for t in b], autojunk=False).get_opcodes()
    return p


LIVES = _toks("Right now you're gambling with the lives of millions of people", 10)
WAR_III = _toks("gambling with World War III", 50)
WAR_THREE = _toks("he is gambling with World War III", 70)


def test_a_weak_pair_its_twin_does_not_find_is_dropped():
    """"… gambling with the lives of millions" shares one content word with "gambling with World War III"; a third
    outlet quotes the latter word for word and finds no such partner: two statements, not one rendered twice."""
    weak = _pair("d1", LIVES, "d2", WAR_III)
    twin = _pair("d2", WAR_III, "d3", WAR_THREE)
    assert closeness(weak) < 0.3 and closeness(twin) >= 0.6
    assert contradicted([weak, twin]) == {0}


def test_a_weak_pair_its_twin_finds_too_stays():
    """Where the near-verbatim rendering pairs with the third quotation too, all three render one statement."""
    weak = _pair("d1", LIVES, "d2", WAR_III)
    twin = _pair("d2", WAR_III, "d3", WAR_THREE)
    also = _pair("d3", WAR_THREE, "d1", LIVES)
    assert contradicted([weak, twin, also]) == set()


def test_a_weak_pair_without_a_twin_or_with_two_shared_content_words_stays():
    weak = _pair("d1", LIVES, "d2", WAR_III)
    assert contradicted([weak]) == set()
    shared = _toks("gambling with millions of lives", 90)
    close = _pair("d1", LIVES, "d4", shared)
    twin = _pair("d1", LIVES, "d3", _toks("Right now you're gambling with the lives of millions of people", 30))
    assert contradicted([close, twin]) == set()


def test_an_organisations_name_in_quotation_marks_is_no_statement():
    """"Kommission für Menschenrechte und Versöhnung" in quotation marks names the commission; another outlet's
    apposition naming it ("Chef der … Kommission für Menschenrechte und Nationale Versöhnung") renders no words
    of anyone's."""
    from tests.test_cues_quote_selection import _quote_cues

    cues = _quote_cues([
        "Laut Angaben der oppositionellen „Kommission für Menschenrechte und Versöhnung“ gibt es 79 politische "
        "Gefangene auf Kuba. Danach gingen beide zum Essen.",
        "Elizardo Sánchez, Chef der verbotenen Kubanischen Kommission für Menschenrechte und Nationale Versöhnung, "
        "kritisierte die Festnahmen scharf. Danach gingen beide zum Essen.",
    ])
    assert not any("Kommission" in c.text for c in cues)

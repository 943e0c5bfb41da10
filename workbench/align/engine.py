"""align(): documents in, groups of parallel passages, pairwise diffs and unique passages out."""

from __future__ import annotations

import numpy as np

from workbench.align.diff import DiffOptions, word_diff
from workbench.align.features import AlignInput, Unit, build_units
from workbench.align.corrections import apply_corrections, units_of
from workbench.align.grouping import Cluster, Vector, _add, _dot, cluster, internal_average, make_cluster
from workbench.align.lexicon import paraphrases
from workbench.align.duplicates import DUPLICATE_SCORE, duplicate_pairs
from workbench.align.shared_quotes import SHARED_QUOTE_SCORE, WEAK_QUOTE_SCORE, shared_quote_pairs
from workbench.align.links import Link, select_links
from workbench.align.params import DEFAULT_PARAMS, AlignParams
from workbench.align.related import RelatedMark, related_marks
from workbench.align.vectors import SimilarityModel
from workbench.core.gcpause import gc_paused
from workbench.core.models import Alignment, AlignmentResult, Correction, Group, Related, Span
from workbench.core.work import BlobCache, Cancel, Cancelled, Progress


def align(
    docs: list[AlignInput],
    params: AlignParams = DEFAULT_PARAMS,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    corrections: list[Correction] | None = None,
    diff_cache: dict | None = None,
    vector_cache: BlobCache | None = None,
) -> AlignmentResult:
    """Find the passages that report the same fact across ``docs``.

    Deterministic: the same input gives the same groups in the same order. ``vector_cache``: where sentence
    embeddings are kept between runs (used only with an embedding model).
    """
    with gc_paused():
        return _align(docs, params, progress, cancel, corrections, diff_cache, vector_cache)


def _align(
    docs: list[AlignInput],
    params: AlignParams,
    progress: Progress | None,
    cancel: Cancel | None,
    corrections: list[Correction] | None,
    diff_cache: dict | None,
    vector_cache: BlobCache | None = None,
) -> AlignmentResult:
    steps = 6

    def report(done: int, total: int, what: str = "") -> None:
        if cancel and cancel():
            raise Cancelled()
        if progress:
            progress(done, total, what)

    def step(k: int, what: str) -> None:
        report(k, steps, what)

    step(0, "reading features")
    lexicons = {d.language: paraphrases(d.language) for d in docs}
    units = build_units(docs, params, lexicons)
    if not units:
        return AlignmentResult([], [], [], [d.doc for d in docs], params.fingerprint())
    step(1, "weighting")
    embeddings = None
    if params.embedding_model:
        from workbench.align.embeddings import encode

        texts = {d.doc: d.text for d in docs}
        embeddings = encode([texts[u.doc][u.start : u.end] for u in units], params.embedding_model,
                            progress=report, lasting=vector_cache)
    model = SimilarityModel(units, params, embeddings)
    for u in units:  # the character n-grams live on in the model's matrix; as strings they were a third of the
        u.chars.clear()  # peak memory of a thousand articles
    step(2, "searching candidates")
    i, j, sims = model.candidates()
    step(3, "linking")
    texts = {d.doc: d.text for d in docs}
    duplicates = [Link(a, b, DUPLICATE_SCORE) for a, b in duplicate_pairs(units, texts)]
    quoting, quoting_weakly = shared_quote_pairs(units, texts)
    duplicates += [Link(a, b, SHARED_QUOTE_SCORE) for a, b in quoting]
    if quoting_weakly:  # a quotation that is a small part of a passage: a candidate of moderate similarity
        i = np.concatenate([i, np.array([a for a, _ in quoting_weakly], dtype=i.dtype)])
        j = np.concatenate([j, np.array([b for _, b in quoting_weakly], dtype=j.dtype)])
        sims = np.concatenate([sims, np.full(len(quoting_weakly), WEAK_QUOTE_SCORE, dtype=sims.dtype)])
    links = duplicates + select_links(units, i, j, sims, params)  # identical sentences first, whatever their length
    vectors = model.combined_rows()
    step(4, "grouping")
    clusters = cluster(units, vectors, links, params)
    if corrections:
        fixed = apply_corrections(units, [c.members for c in clusters], corrections)
        clusters = [make_cluster(units, vectors, members) for members in fixed]
    unlinked = {x for c in corrections or [] if c.kind == "unlink" for s in c.spans for x in units_of(units, s)}
    marks = related_marks(units, [c.members for c in clusters], (i, j, sims), params.related_floor,
                          params.max_related, unlinked)
    step(5, "diffing")
    result = assemble(docs, units, vectors, clusters, params, diff_cache or {}, marks)
    if progress:
        progress(steps, steps, "")
    return result


def assemble(
    docs: list[AlignInput],
    units: list[Unit],
    vectors: list[Vector],
    clusters: list[Cluster],
    params: AlignParams,
    diff_cache: dict,
    marks: list[RelatedMark] | None = None,
) -> AlignmentResult:
    """Groups in reading order, each member diffed against the group's most central passage.

    ``marks`` (see ``related.py``) become the result's related passages; a
    passage in no group with a mark is not listed as unique.

    ``diff_cache`` maps (span a, span b) to a diff computed before with the
    same options (an earlier run): unchanged pairs are not diffed again.
    """
    texts = {d.doc: d.text for d in docs}
    length = {d.doc: max(1, len(d.text)) for d in docs}
    rows = []
    grouped: set[int] = set()
    for c in clusters:
        members = sorted(c.members, key=lambda x: (units[x].doc_rank, units[x].index))
        grouped.update(members)
        passages = _passages(units, members, params.max_passage_chars)
        position = sum(min(units[x].start for x in p) / length[units[p[0]].doc] for p in passages) / len(passages)
        rows.append((position, units[members[0]].doc_rank, units[members[0]].index, c, passages))
    rows.sort(key=lambda r: r[:3])
    gid_of = {id(r[3]): f"g{n}" for n, r in enumerate(rows, start=1)}
    options = DiffOptions(ignore_case=params.ignore_case, ignore_punctuation=params.ignore_punctuation)
    groups, alignments = [], []
    for n, (_, _, _, c, passages) in enumerate(rows, start=1):
        gid = f"g{n}"
        spans = [_span(units, p) for p in passages]
        groups.append(Group(gid, internal_average(c), spans))
        means = [_mean(vectors, p) for p in passages]
        docs_of = [units[p[0]].doc_rank for p in passages]
        centre = _central(means, docs_of)

        def avg(a: int, b: int) -> float:
            return _dot(means[a], means[b])  # noqa: B023 (called only in this iteration)

        for b in range(len(passages)):
            if b == centre or docs_of[b] == docs_of[centre]:
                continue
            sa, sb = spans[centre], spans[b]
            diff = diff_cache.get((sa, sb))
            if diff is None:
                diff = word_diff(texts[sa.doc][sa.start : sa.end], texts[sb.doc][sb.start : sb.end], options)
            alignments.append(Alignment(sa, sb, gid, avg(centre, b), diff))
    related = _related(units, [gid_of[id(c)] for c in clusters], marks or [])
    marked = {(r.span.doc, r.span.start) for r in related}
    unique: list[Span] = []
    last: Unit | None = None
    for k, u in enumerate(units):
        if k in grouped or (u.doc, u.start) in marked:
            last = None
            continue
        if last is not None and last.doc == u.doc and last.segment == u.segment:
            unique[-1] = Span(u.doc, unique[-1].start, u.end)  # the clauses of one sentence the alignment split
        else:  # ("…, und Admiral Kim Myong Sik …"), both told by this outlet alone: one passage, as written
            unique.append(Span(u.doc, u.start, u.end))
        last = u
    return AlignmentResult(groups, alignments, unique, [d.doc for d in docs], params.fingerprint(), related)


def _related(units: list[Unit], gids: list[str], marks: list[RelatedMark]) -> list[Related]:
    """One ``Related`` per marked unit, its groups best first, in document order."""
    by_unit: dict[int, list[RelatedMark]] = {}
    for m in marks:
        by_unit.setdefault(m.unit, []).append(m)
    out = []
    for x in sorted(by_unit, key=lambda k: (units[k].doc_rank, units[k].start)):
        ms = sorted(by_unit[x], key=lambda m: (-m.score, m.cluster))
        out.append(Related(Span(units[x].doc, units[x].start, units[x].end), [gids[m.cluster] for m in ms], ms[0].score))
    return out


def _mean(vectors: list[Vector], passage: list[int]) -> Vector:
    out: Vector = {}
    for x in passage:
        _add(out, vectors[x])
    return {k: v / len(passage) for k, v in out.items()}


def _central(means: list[Vector], docs_of: list[int]) -> int:
    """The passage most similar, on average, to the passages of the other outlets.

    The sum over other outlets' passages of dot(mean_a, mean_b) is
    dot(mean_a, all means - means of a's own outlet): linear, not quadratic.
    """
    everything: Vector = {}
    per_doc: dict[int, Vector] = {}
    for m, d in zip(means, docs_of):
        _add(everything, m)
        _add(per_doc.setdefault(d, {}), m)
    best, best_score = 0, float("-inf")
    for a, (m, d) in enumerate(zip(means, docs_of)):
        score = _dot(m, everything) - _dot(m, per_doc[d])
        if score > best_score + 1e-12:
            best, best_score = a, score
    return best


def _passages(units: list[Unit], members: list[int], max_chars: int) -> list[list[int]]:
    """Consecutive segments of one document become one passage (up to max_chars).

    Segments with furniture between them are not consecutive: a passage never
    shows a caption or a teaser that sits between two of its sentences.
    """
    out: list[list[int]] = []
    for x in members:
        last = out[-1] if out else None
        if (
            last
            and units[last[-1]].doc_rank == units[x].doc_rank
            and units[last[-1]].segment + 1 == units[x].segment
            and units[x].end - units[last[0]].start <= max_chars
        ):
            last.append(x)
        else:
            out.append([x])
    return out


def _span(units: list[Unit], passage: list[int]) -> Span:
    return Span(units[passage[0]].doc, units[passage[0]].start, units[passage[-1]].end)

"""Reads and writes of the stored alignment and of the user's corrections."""

from __future__ import annotations

import json
import sqlite3

from workbench.core.models import Alignment, AlignmentResult, Correction, Group, Related, Span


def _key(doc_id: int) -> str:
    return f"d{doc_id}"


def _rowid(key: str) -> int:
    return int(key[1:])


def save_alignment(conn: sqlite3.Connection, result: AlignmentResult, fingerprint: str, created: str, seconds: float) -> None:
    """Replace the stored alignment with ``result`` (caller holds the transaction)."""
    for table in ("alignments", "group_members", "groups", "unique_spans", "related_spans", "alignment_runs"):
        conn.execute(f"DELETE FROM {table}")
    conn.execute(
        "INSERT INTO alignment_runs (id, fingerprint, params, docs, created, seconds) VALUES (1, ?, ?, ?, ?, ?)",
        (fingerprint, result.params, json.dumps(result.docs), created, seconds),
    )
    index_of = {}
    for idx, g in enumerate(result.groups):
        index_of[g.id] = idx
        conn.execute("INSERT INTO groups (idx, gid, score) VALUES (?, ?, ?)", (idx, g.id, g.score))
        conn.executemany(
            'INSERT INTO group_members (group_idx, doc_id, start, "end") VALUES (?, ?, ?, ?)',
            [(idx, _rowid(m.doc), m.start, m.end) for m in g.members],
        )
    conn.executemany(
        "INSERT INTO alignments (group_idx, a_doc, a_start, a_end, b_doc, b_start, b_end, score, diff)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (index_of[a.group], _rowid(a.a.doc), a.a.start, a.a.end, _rowid(a.b.doc), a.b.start, a.b.end, a.score,
             json.dumps(a.diff, ensure_ascii=False))
            for a in result.alignments
        ],
    )
    conn.executemany(
        'INSERT INTO unique_spans (doc_id, start, "end") VALUES (?, ?, ?)',
        [(_rowid(u.doc), u.start, u.end) for u in result.unique],
    )
    conn.executemany(
        'INSERT INTO related_spans (doc_id, start, "end", groups, score) VALUES (?, ?, ?, ?, ?)',
        [(_rowid(r.span.doc), r.span.start, r.span.end, json.dumps(r.groups), r.score) for r in result.related],
    )


def load_alignment(conn: sqlite3.Connection) -> tuple[AlignmentResult, str] | None:
    """The stored alignment and its fingerprint, or None if nothing was aligned yet."""
    run = conn.execute("SELECT fingerprint, params, docs FROM alignment_runs WHERE id = 1").fetchone()
    if run is None:
        return None
    fingerprint, params, docs = run
    groups: dict[int, Group] = {}
    for idx, gid, score in conn.execute("SELECT idx, gid, score FROM groups ORDER BY idx"):
        groups[idx] = Group(gid, score, [])
    for idx, doc, start, end in conn.execute(
        'SELECT group_idx, doc_id, start, "end" FROM group_members ORDER BY rowid'
    ):
        groups[idx].members.append(Span(_key(doc), start, end))
    alignments = [
        Alignment(Span(_key(ad), as_, ae), Span(_key(bd), bs, be), groups[idx].id, score, json.loads(diff))
        for idx, ad, as_, ae, bd, bs, be, score, diff in conn.execute(
            "SELECT group_idx, a_doc, a_start, a_end, b_doc, b_start, b_end, score, diff FROM alignments ORDER BY rowid"
        )
    ]
    unique = [Span(_key(d), s, e) for d, s, e in conn.execute('SELECT doc_id, start, "end" FROM unique_spans ORDER BY rowid')]
    related = [
        Related(Span(_key(d), s, e), json.loads(gids), score)
        for d, s, e, gids, score in conn.execute('SELECT doc_id, start, "end", groups, score FROM related_spans ORDER BY rowid')
    ]
    result = AlignmentResult(list(groups.values()), alignments, unique, json.loads(docs), params, related)
    return result, fingerprint


def add_correction(conn: sqlite3.Connection, kind: str, spans: list[Span], note: str | None, created: str) -> int:
    cur = conn.execute(
        "INSERT INTO corrections (kind, spans, note, created) VALUES (?, ?, ?, ?)",
        (kind, json.dumps([s.to_json() for s in spans]), note, created),
    )
    assert cur.lastrowid is not None  # set by the insert
    return cur.lastrowid


def corrections(conn: sqlite3.Connection) -> list[Correction]:
    out = []
    for cid, kind, spans, note, created in conn.execute(
        "SELECT id, kind, spans, note, created FROM corrections ORDER BY id"
    ):
        out.append(Correction(cid, kind, [Span(s["doc"], s["start"], s["end"]) for s in json.loads(spans)], note, created))
    return out


def furniture_marks(conn: sqlite3.Connection) -> list[tuple[int, Span, bool]]:
    """(correction id, span, is furniture) of every 'furniture' / 'text' correction, in id order."""
    out = []
    for cid, kind, spans in conn.execute(
        "SELECT id, kind, spans FROM corrections WHERE kind IN ('furniture', 'text') ORDER BY id"
    ):
        for s in json.loads(spans):
            out.append((cid, Span(s["doc"], s["start"], s["end"]), kind == "furniture"))
    return out


def remove_correction(conn: sqlite3.Connection, correction_id: int) -> bool:
    return conn.execute("DELETE FROM corrections WHERE id = ?", (correction_id,)).rowcount > 0

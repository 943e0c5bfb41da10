"""Reads and writes of framing cues, lexicon overrides and user-defined entities."""

from __future__ import annotations

import json
import sqlite3

from workbench.core.models import Cue, Span


def save_cues(conn: sqlite3.Connection, cues: list[Cue], fingerprint: str, lexicon_version: str, created: str,
              seconds: float) -> None:
    """Replace the stored cues (caller holds the transaction)."""
    conn.execute("DELETE FROM cues")
    conn.execute("DELETE FROM cue_runs")
    conn.execute(
        "INSERT INTO cue_runs (id, fingerprint, lexicon_version, created, seconds) VALUES (1, ?, ?, ?, ?)",
        (fingerprint, lexicon_version, created, seconds),
    )
    conn.executemany(
        'INSERT INTO cues (doc_id, start, "end", text, category, cls, label, explanation, weight, speaker, entity, '
        "shown, counterparts, label_de, explanation_de) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (int(c.span.doc[1:]), c.span.start, c.span.end, c.text, c.category, c.cls, c.label, c.explanation,
             c.weight, c.speaker, c.entity, int(c.shown),
             json.dumps([[s.doc, s.start, s.end, t] for s, t in c.counterparts], ensure_ascii=False),
             c.label_de, c.explanation_de)
            for c in cues
        ],
    )


def run_key(conn: sqlite3.Connection) -> tuple | None:
    """What identifies the stored run of cue detection (its fingerprint and when it was made)."""
    return conn.execute("SELECT fingerprint, created, seconds FROM cue_runs WHERE id = 1").fetchone()


def load_cues(conn: sqlite3.Connection) -> tuple[list[Cue], str, str] | None:
    """Stored cues with their fingerprint and lexicon version (None before the first run)."""
    run = conn.execute("SELECT fingerprint, lexicon_version FROM cue_runs WHERE id = 1").fetchone()
    if run is None:
        return None
    cues = []
    for row in conn.execute(
        'SELECT doc_id, start, "end", text, category, cls, label, explanation, weight, speaker, entity, shown, '
        'counterparts, label_de, explanation_de FROM cues ORDER BY id'
    ):
        (doc, start, end, text, category, cls, label, explanation, weight, speaker, entity, shown, counterparts,
         label_de, explanation_de) = row
        cues.append(
            Cue(Span(f"d{doc}", start, end), text, category, label, explanation, cls, weight, speaker, entity,
                bool(shown), [(Span(d, s, e), t) for d, s, e, t in json.loads(counterparts)],
                label_de=label_de or "", explanation_de=explanation_de or "")
        )
    return cues, run[0], run[1]


OVERRIDE_COLUMNS = ("language", "match", "family", "class", "gloss", "pos", "weight", "gloss_de")


def set_override(conn: sqlite3.Connection, row: dict) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO lexicon_overrides (language, match, family, class, gloss, pos, weight, gloss_de)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        tuple(row.get(c) or "" if c == "gloss_de" else row[c] for c in OVERRIDE_COLUMNS),
    )


def overrides(conn: sqlite3.Connection) -> list[dict]:
    cols = ", ".join(OVERRIDE_COLUMNS)
    return [dict(zip(OVERRIDE_COLUMNS, r)) for r in conn.execute(f"SELECT {cols} FROM lexicon_overrides ORDER BY id")]


def remove_override(conn: sqlite3.Connection, language: str, match: str, family: str) -> bool:
    return conn.execute(
        "DELETE FROM lexicon_overrides WHERE language = ? AND match = ? AND family = ?", (language, match, family)
    ).rowcount > 0


def entities(conn: sqlite3.Connection) -> dict[str, list[str]]:
    return {name: json.loads(aliases) for name, aliases in conn.execute("SELECT name, aliases FROM entities ORDER BY name")}


def set_entity(conn: sqlite3.Connection, name: str, aliases: list[str]) -> None:
    conn.execute("INSERT OR REPLACE INTO entities (name, aliases) VALUES (?, ?)", (name, json.dumps(aliases, ensure_ascii=False)))


def remove_entity(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("DELETE FROM entities WHERE name = ?", (name,)).rowcount > 0

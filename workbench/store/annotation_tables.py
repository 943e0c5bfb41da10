"""Reads and writes of annotations (note, codes, targets) and of the project's code system.

The caller holds the transaction. Targets are checked on every load: the
text at a target's offsets is compared with its quote in SQL (``substr``
counts characters, the same code points Python indexes), so a target that
no longer matches is returned ``detached`` and never silently moved.
"""

from __future__ import annotations

import sqlite3

from workbench.core.errors import ErrorCode, StoreError
from workbench.core.annotation_models import PALETTE, Annotation, Code, Target, annotation_id


def _key(doc_id: int) -> str:
    return f"d{doc_id}"


def _rowid(key: str) -> int:
    return int(key[1:])


def text_at(conn: sqlite3.Connection, doc_id: int, start: int, end: int) -> str:
    """The stored text from ``start`` to ``end``, cut in Python: SQLite's ``substr`` and ``length`` stop at
    the first NUL character of a text, so a passage after one would read as empty (and its annotation as
    detached)."""
    row = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row[0][start:end] if row else ""


# -- annotations ------------------------------------------------------------
def load_annotations(conn: sqlite3.Connection, numbers: list[int] | None = None) -> list[Annotation]:
    """Annotations in id order (all, or those numbered ``numbers``), each target checked against its text."""
    where = ""
    args: tuple[int, ...] = ()
    if numbers is not None:
        if not numbers:
            return []
        where, args = f"WHERE id IN ({','.join('?' * len(numbers))})", tuple(numbers)
    found: dict[int, Annotation] = {}
    for n, note, created, modified in conn.execute(
        f"SELECT id, note, created, modified FROM annotations {where} ORDER BY id", args
    ):
        found[n] = Annotation(annotation_id(n), note, [], [], created, modified)
    if not found:
        return []
    scope = f"WHERE t.annotation_id IN ({','.join('?' * len(found))})"
    for n, doc, start, end, quote, same in conn.execute(
        'SELECT t.annotation_id, t.doc_id, t.start, t."end", t.quote, '
        'substr(d.text, t.start + 1, t."end" - t.start) = t.quote '
        f"FROM annotation_targets t JOIN documents d ON d.id = t.doc_id {scope} ORDER BY t.annotation_id, t.idx",
        tuple(found),
    ):
        if not same:  # SQLite's text functions stop at a NUL character: check a mismatch again in Python
            same = text_at(conn, doc, start, end) == quote
        found[n].targets.append(Target(_key(doc), start, end, quote, detached=not same))
    for n, name in conn.execute(
        "SELECT ac.annotation_id, c.name FROM annotation_codes ac JOIN codes c ON c.id = ac.code_id "
        f"WHERE ac.annotation_id IN ({','.join('?' * len(found))}) ORDER BY ac.annotation_id, ac.idx",
        tuple(found),
    ):
        found[n].codes.append(name)
    return list(found.values())


def save_annotation(
    conn: sqlite3.Connection,
    number: int | None,
    note: str,
    codes: list[str],
    targets: list[Target],
    created: str | None,
    modified: str | None,
    replace: bool,
    now: str,
) -> int:
    """Insert (``number`` None: a new id; else that id, to restore one) or, with ``replace``, rewrite an annotation.

    Codes named here that the code system lacks are created with the next
    palette colour. Returns the annotation's number.
    """
    exists = number is not None and conn.execute("SELECT 1 FROM annotations WHERE id = ?", (number,)).fetchone()
    if replace and number is None:
        raise StoreError(ErrorCode.BAD_VALUE, "an annotation to rewrite needs its number")
    if bool(exists) != replace:
        assert number is not None  # only a numbered annotation can exist
        what = "no annotation" if replace else "there is already an annotation"
        raise StoreError(ErrorCode.BAD_VALUE, f"{what} {annotation_id(number)} (see `workbench annotations`)")
    if replace:
        assert number is not None  # checked above
        conn.execute("UPDATE annotations SET note = ?, modified = ? WHERE id = ?", (note, modified or now, number))
        conn.execute("DELETE FROM annotation_targets WHERE annotation_id = ?", (number,))
        conn.execute("DELETE FROM annotation_codes WHERE annotation_id = ?", (number,))
    else:
        cur = conn.execute("INSERT INTO annotations (id, note, created, modified) VALUES (?, ?, ?, ?)",
                           (number, note, created or now, modified or created or now))
        assert cur.lastrowid is not None  # set by the insert
        number = cur.lastrowid
    conn.executemany(
        'INSERT INTO annotation_targets (annotation_id, idx, doc_id, start, "end", quote) VALUES (?, ?, ?, ?, ?, ?)',
        [(number, i, _rowid(t.doc), t.start, t.end, t.quote) for i, t in enumerate(targets)],
    )
    code_ids = list(dict.fromkeys(_ensure_code(conn, name, now) for name in codes))
    conn.executemany(
        "INSERT INTO annotation_codes (annotation_id, code_id, idx) VALUES (?, ?, ?)",
        [(number, code_id, i) for i, code_id in enumerate(code_ids)],
    )
    return number


def delete_annotation(conn: sqlite3.Connection, number: int) -> None:
    if conn.execute("DELETE FROM annotations WHERE id = ?", (number,)).rowcount == 0:
        raise StoreError(ErrorCode.BAD_VALUE, f"no annotation {annotation_id(number)} (see `workbench annotations`)")


# -- the code system ----------------------------------------------------------
def codes(conn: sqlite3.Connection) -> list[Code]:
    rows = conn.execute(
        "SELECT c.id, c.name, c.colour, c.description, count(ac.annotation_id) FROM codes c "
        "LEFT JOIN annotation_codes ac ON ac.code_id = c.id GROUP BY c.id ORDER BY c.name COLLATE NOCASE"
    ).fetchall()
    return [Code(name, colour, description, uses, cid) for cid, name, colour, description, uses in rows]


def _code_id(conn: sqlite3.Connection, name: str, must_exist: bool = False) -> int | None:
    row = conn.execute("SELECT id FROM codes WHERE name = ?", (name,)).fetchone()
    if row is None and must_exist:
        raise StoreError(ErrorCode.BAD_VALUE, f"no code '{name}' (see `workbench codes`)")
    return row[0] if row else None


def _ensure_code(conn: sqlite3.Connection, name: str, created: str) -> int:
    found = _code_id(conn, name)
    return found if found is not None else _insert_code(conn, name, next_colour(conn), "", created)


def _insert_code(conn: sqlite3.Connection, name: str, colour: str, description: str, created: str) -> int:
    cur = conn.execute(
        "INSERT INTO codes (name, colour, description, created) VALUES (?, ?, ?, ?)", (name, colour, description, created)
    )
    assert cur.lastrowid is not None  # set by the insert
    return cur.lastrowid


def next_colour(conn: sqlite3.Connection) -> str:
    """The first palette colour no code uses yet (cycling once all are taken)."""
    used = {c.lower() for (c,) in conn.execute("SELECT colour FROM codes")}
    for colour in PALETTE:
        if colour not in used:
            return colour
    count = conn.execute("SELECT count(*) FROM codes").fetchone()[0]
    return PALETTE[count % len(PALETTE)]


def add_code(conn: sqlite3.Connection, name: str, colour: str | None, description: str, created: str) -> None:
    if _code_id(conn, name) is not None:
        raise StoreError(ErrorCode.BAD_VALUE, f"there is already a code '{name}'")
    _insert_code(conn, name, colour or next_colour(conn), description, created)


def update_code(conn: sqlite3.Connection, name: str, new_name: str | None, colour: str | None,
                description: str | None) -> None:
    """Rename, recolour or describe a code; annotations refer to it by id, so they follow."""
    own = _code_id(conn, name, must_exist=True)
    clash = _code_id(conn, new_name) if new_name else None
    if clash is not None and clash != own:
        raise StoreError(ErrorCode.BAD_VALUE, f"there is already a code '{new_name}' (merge the two instead)")
    changes = {k: v for k, v in (("name", new_name), ("colour", colour), ("description", description)) if v is not None}
    if changes:
        sets = ", ".join(f"{k} = ?" for k in changes)
        conn.execute(f"UPDATE codes SET {sets} WHERE id = ?", (*changes.values(), own))


def merge_codes(conn: sqlite3.Connection, keep: str, other: str) -> int:
    """Annotations coded ``other`` get ``keep`` instead; ``other`` is removed. Returns the annotations touched."""
    keep_id, other_id = _code_id(conn, keep, must_exist=True), _code_id(conn, other, must_exist=True)
    if keep_id == other_id:
        raise StoreError(ErrorCode.BAD_VALUE, f"cannot merge the code '{keep}' with itself")
    touched = conn.execute("SELECT count(*) FROM annotation_codes WHERE code_id = ?", (other_id,)).fetchone()[0]
    conn.execute(
        "INSERT OR IGNORE INTO annotation_codes (annotation_id, code_id, idx) "
        "SELECT annotation_id, ?, idx FROM annotation_codes WHERE code_id = ?",
        (keep_id, other_id),
    )
    conn.execute("DELETE FROM codes WHERE id = ?", (other_id,))
    return touched


def remove_code(conn: sqlite3.Connection, name: str) -> None:
    """Remove a code from the code system and from every annotation that carries it."""
    conn.execute("DELETE FROM codes WHERE id = ?", (_code_id(conn, name, must_exist=True),))

"""Word-level diffs: exact offsets, options, semantic cleanup scaled for words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.align.diff import DELETE, EQUAL, INSERT, DiffOptions, diff_ops, similarity, units, word_diff

A = 'Russland habe sich "zu einem heiligen Kampf zum Schutz seiner Souveränität und Sicherheit" erhoben, sagte Kim.'
B = "„Russland hat sich zu einem heiligen Kampf zum Schutz seiner Souveränität und Sicherheit gegen die hegemonialen Kräfte erhoben“, sagte der nordkoreanische Präsident."


def sides(a: str, b: str, ops) -> tuple[str, str]:
    return "".join(a[o.a_start : o.a_end] for o in ops), "".join(b[o.b_start : o.b_end] for o in ops)


def test_ops_rebuild_both_sides_exactly():
    ops = diff_ops(A, B)
    assert sides(A, B, ops) == (A, B)
    same = " ".join(A[o.a_start : o.a_end] for o in ops if o.op == EQUAL)
    assert "zu einem heiligen Kampf zum Schutz seiner Souveränität und Sicherheit" in same
    assert "sagte" in same  # a shared word between rewritten clauses survives cleanup
    inserted = " ".join(B[o.b_start : o.b_end] for o in ops if o.op == INSERT)
    assert "gegen die hegemonialen Kräfte" in inserted


def test_contract_diff_joins_back_to_a():
    diff = word_diff(A, B)
    assert "".join(t for op, t in diff if op != INSERT) == A
    assert {op for op, _ in diff} == {EQUAL, DELETE, INSERT}


def test_quote_style_is_not_a_wording_difference():
    ops = diff_ops("Er sagte „Krieg“ dazu.", 'Er sagte "Krieg" dazu.')
    assert [o.op for o in ops] == [EQUAL]


def test_ignore_case_and_punctuation():
    assert word_diff("Kim sagte, Hallo.", "kim sagte Hallo", DiffOptions(ignore_case=True, ignore_punctuation=True)) == [
        [EQUAL, "Kim sagte, Hallo."]
    ]
    assert len(word_diff("Kim sagte, Hallo.", "kim sagte Hallo")) > 1


def test_units_join_back():
    text = "  „Wir werden“, so Kim – am 13. September 2023!\n"
    assert "".join(units(text)) == text
    assert "".join(units(text, loose=True)) == text


def test_similarity():
    assert similarity(word_diff("a b c d", "a b c d")) == 1.0
    assert 0 < similarity(word_diff(A, B)) < 1


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab „“.,- \nÄß", max_size=40), st.text(alphabet="ab „“.,- \nÄß", max_size=40))
def test_any_texts_rebuild(a, b):
    assert sides(a, b, diff_ops(a, b)) == (a, b)

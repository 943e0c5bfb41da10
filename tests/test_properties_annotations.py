"""Property tests (issue 16): the comparison JSON reader and annotation offsets.

Few examples per run (the suite must stay quick). Any value anywhere in a
comparison gives either what it describes or one clean WorkbenchError, never
another exception; offsets survive the cleaning of control characters; an
annotation's target quotes exactly the text at its offsets, read back
unchanged; a moved quote is found again where it is.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from workbench.core.annotation_models import Target, is_attached, reanchor
from workbench.core.errors import WorkbenchError
from workbench.core.models import Span
from workbench.export.comparison_io import read_comparison
from workbench.export.comparison_schema import clean_with_offsets
from workbench.ingest.text import remove_controls
from workbench.project import Project
from tests.test_comparison_import_hostile import comparison

SETTINGS = settings(max_examples=25, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
TEXT = st.text(alphabet=st.one_of(st.characters(codec="utf-8"),
                                  st.sampled_from(["\x00", "\x01", "\x1a", "\r", "\n", "\x0b", "\x85", "\ufeff"])),
               max_size=200)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-2**70, max_value=2**70) | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
# where in a comparison a hostile value may go
PLACES = [("documents",), ("documents", 0), ("documents", 0, "text"), ("documents", 0, "id"), ("documents", 1, "outlet"),
          ("annotations",), ("annotations", 0, "note"), ("annotations", 0, "codes"), ("annotations", 0, "targets"),
          ("annotations", 0, "targets", 0, "start"), ("annotations", 0, "targets", 0, "end"),
          ("annotations", 0, "targets", 0, "doc"), ("annotations", 0, "targets", 0, "quote"), ("codes",),
          ("codes", 0, "name"), ("codes", 0, "colour"), ("schema",)]


@SETTINGS
@given(place=st.sampled_from(PLACES), value=JSON_VALUES)
def test_any_value_anywhere_in_a_comparison_reads_or_is_refused_cleanly(tmp_path: Path, place: tuple, value: object):
    data = copy.deepcopy(comparison())
    holder = data
    for key in place[:-1]:
        holder = holder[key]
    holder[place[-1]] = value
    path = tmp_path / "c.json"
    path.write_text(json.dumps(data, allow_nan=True), encoding="utf-8")
    try:
        incoming = read_comparison(str(path), remove_controls)
    except WorkbenchError as error:
        assert "\n" not in str(error) and str(error).startswith("c.json: ")
        return
    for d in incoming.documents:
        assert remove_controls(d.text) == d.text


@SETTINGS
@given(text=TEXT, points=st.lists(st.integers(min_value=0, max_value=220), max_size=6))
def test_offsets_follow_the_cleaning_of_control_characters(text: str, points: list[int]):
    cleaned, moved = clean_with_offsets(text, set(points), remove_controls)
    assert cleaned == remove_controls(text)  # cleaning piece by piece is cleaning the whole
    inside = sorted(p for p in set(points) if 0 <= p <= len(text))
    assert sorted(moved) == inside
    assert all(0 <= moved[p] <= len(cleaned) for p in inside)
    assert [moved[p] for p in inside] == sorted(moved[p] for p in inside)  # order kept
    for p in inside:  # what precedes a point is what preceded it, cleaned (a point inside CR LF moves past it)
        whole = p + 1 if 0 < p < len(text) and text[p - 1:p + 1] == "\r\n" else p
        assert cleaned[:moved[p]] == remove_controls(text[:whole])


@pytest.fixture(scope="module")
def one_article(tmp_path_factory: pytest.TempPathFactory):
    from tests.conftest import ROOT

    path = tmp_path_factory.mktemp("annotations") / "p.wbproj"
    with Project.open(path, create=True) as project:
        project.import_sources([str(ROOT / "seeds" / "000_226ea72a31c2d166.txt")], workers=1)
    yield path


@SETTINGS
@given(data=st.data())
def test_an_annotation_quotes_exactly_its_offsets_and_reads_back_unchanged(one_article: Path, data: st.DataObject):
    with Project.open(one_article) as project:
        doc = project.documents()[0].id
        text = project.document(doc).text
        start = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
        end = data.draw(st.integers(min_value=start + 1, max_value=min(len(text), start + 300)))
        note = data.draw(st.text(max_size=30))
        try:
            made = project.annotate([Span(doc, start, end)], note=note)
        except WorkbenchError as error:  # a note the store refuses: one line, nothing stored
            assert "\n" not in str(error)
            return
    with Project.open(one_article) as project:
        back = project.annotation(made.id)
    (target,) = back.targets
    assert (target.doc, target.start, target.end) == (doc, start, end)
    assert target.quote == text[start:end] and not target.detached and is_attached(text, target)
    assert back == made


@SETTINGS
@given(quote=st.text(min_size=3, max_size=20), before=st.text(max_size=60), after=st.text(max_size=60),
       shift=st.integers(min_value=-30, max_value=30))
@example(quote="000", before="1", after="0", shift=-1)  # "000" twice in "10000", overlapping: ambiguous, detached
def test_a_moved_quote_is_found_where_it_is_or_left_detached(quote: str, before: str, after: str, shift: int):
    text = before + quote + after
    old_start = max(0, len(before) + shift)
    found = reanchor(text, Target("d1", old_start, old_start + len(quote), quote, detached=True))
    places = sum(1 for k in range(len(text)) if text.startswith(quote, k))  # overlapping ones too: "000" in "10000"
    if places == 1 or text[old_start:old_start + len(quote)] == quote:
        assert found is not None
    if found is not None:
        assert text[found.start:found.end] == quote and not found.detached

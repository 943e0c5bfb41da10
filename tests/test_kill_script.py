"""benchmarks/kill.py (issue 16): one short run kills a library annotation loop; its checks see a lost edit."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT


def test_one_killed_annotation_loop_keeps_every_acknowledged_annotation(tmp_path):
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "kill.py"), "--runs", "1", "--only", "library"],
                         capture_output=True, text=True, cwd=ROOT, timeout=240, check=True).stdout
    row = next(line for line in out.splitlines() if line.startswith("| annotate (library)"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[1:3] == ["1", "1"]  # one run, the project intact
    assert int(cells[3].replace(",", "")) > 0 and cells[4] == "0"


def test_the_check_sees_an_acknowledged_annotation_that_is_not_there(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import kill
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    from workbench.core.models import Span
    from workbench.project import Project

    path = tmp_path / "p.wbproj"
    with Project.open(path, create=True) as project:
        project.import_sources([str(ROOT / "seeds" / "000_226ea72a31c2d166.txt")], workers=1)
        doc = project.documents()[0].id
        project.annotate([Span(doc, 10, 20)], note="kept")
    acks = [json.dumps(["kept", doc, 10, 20]), json.dumps(["never made", doc, 30, 40])]
    assert kill.check_project(path) == (True, "")
    assert kill.check_acks("annotate (library)", path, acks) == (2, 1)

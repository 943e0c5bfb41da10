"""DOCX files whose XML inflates to just under ``limits.MAX_DOCX_XML`` (issue 16): peak memory and time of importing each.

    python benchmarks/docx_limit.py            # every shape, each imported in a fresh process
    python benchmarks/docx_limit.py --read     # only ``read_source`` (no spaCy loaded)

Issue 16's target: peak memory under 1 GB for any single refused file and a
clean result for accepted ones. The shapes are what makes lxml and
python-docx build the most objects per byte of XML: empty paragraphs with
Word's revision ids, paragraphs of one short word (text past the character
limit), one paragraph of many runs, a table of many one-word rows, a table of
one row with many cells. Each part stays under the inflation-ratio limit
(random revision ids and words keep it from compressing 100 times), so the
file is refused by nothing before python-docx parses it. Each file is
imported by ``Project.import_sources`` into a new project in a fresh
interpreter; its peak is the child's ``ru_maxrss`` (spaCy and the pipelines
included: the baseline line is the same child importing a small DOCX).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/'
                 'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')
WORDS = ("Putin Kim Treffen Kosmodrom Wostotschny Russland Nordkorea Waffen Raumfahrt Unterstützung Krieg "
         "Ukraine Sanktionen Besuch Gespräche Zug Delegation Präsident Machthaber Satelliten").split()


def shapes(rng: random.Random) -> dict[str, callable]:
    def rsid() -> str:
        return f"{rng.randrange(1 << 32):08X}"

    return {
        "empty paragraphs with revision ids": lambda: f'<w:p w:rsidR="{rsid()}" w:rsidRDefault="{rsid()}"/>',
        "one short word per paragraph": lambda: f"<w:p><w:r><w:t>{rng.choice(WORDS)}</w:t></w:r></w:p>",
        "one paragraph of many runs": lambda: f'<w:r w:rsidR="{rsid()}"><w:t xml:space="preserve">{rng.choice(WORDS)} </w:t></w:r>',
        "a table of one-word rows": lambda: f"<w:tr><w:tc><w:p><w:r><w:t>{rng.choice(WORDS)}</w:t></w:r></w:p></w:tc></w:tr>",
        "a table row of many cells": lambda: f"<w:tc><w:p><w:r><w:t>{rng.choice(WORDS)}</w:t></w:r></w:p></w:tc>",
        "accepted: prose in heavily formatted runs": lambda: formatted_paragraph(rng, rsid),
    }


def formatted_paragraph(rng: random.Random, rsid) -> str:  # noqa: ANN001
    """A paragraph of three sentences, every word its own run with a page of formatting (what some editors
    write): 32 MB of XML hold about 1.3 MB of text, inside every limit."""
    runs = []
    for sentence in range(3):
        words = [rng.choice(WORDS) for _ in range(12)]
        for i, word in enumerate(words):
            end = "." if i == len(words) - 1 else ""
            runs.append(f'<w:r w:rsidR="{rsid()}" w:rsidRPr="{rsid()}"><w:rPr><w:rFonts w:ascii="Arial" '
                        'w:hAnsi="Arial" w:cs="Arial"/><w:color w:val="1A1A1A"/><w:sz w:val="24"/><w:szCs w:val="24"/>'
                        f'<w:lang w:val="de-DE"/></w:rPr><w:t xml:space="preserve">{word}{end} </w:t></w:r>')
        del sentence
    return f'<w:p w:rsidR="{rsid()}">' + "".join(runs) + "</w:p>"


def build(shape: str, size: int, seed: int = 16) -> bytes:
    """A .docx whose document.xml is just under ``size`` bytes, made of ``shape``'s pieces."""
    rng = random.Random(seed)
    piece = shapes(rng)[shape]
    head = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>'
    opening, closing = {"one paragraph of many runs": ("<w:p>", "</w:p>"),
                        "a table of one-word rows": ("<w:tbl>", "</w:tbl>"),
                        "a table row of many cells": ("<w:tbl><w:tr>", "</w:tr></w:tbl>")}.get(shape, ("", ""))
    tail = f"{closing}</w:body></w:document>"
    parts = [head, opening]
    used = len(head) + len(opening) + len(tail) + len(CONTENT_TYPES) + len(RELS)  # the limit counts every XML part
    while True:
        p = piece()
        if used + len(p.encode()) >= size:
            break
        parts.append(p)
        used += len(p.encode())
    parts.append(tail)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", "".join(parts))
    return out.getvalue()


CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
started = time.monotonic()
if sys.argv[4] == "read":
    from workbench.core.errors import IngestError
    from workbench.ingest import read_source
    try:
        article = read_source(sys.argv[2])
        outcome = f"read ({len(article.text):,} characters)"
    except IngestError as exc:
        outcome = f"refused: {exc.reason}"
else:
    from workbench.project import Project
    with Project.open(sys.argv[3], create=True) as project:
        report = project.import_sources([sys.argv[2]], workers=1)
    o = report.outcomes[0]
    outcome = o.status if o.status == "imported" else f"refused: {o.reason}"
print(json.dumps([outcome, time.monotonic() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]))
"""


def measure(path: Path, project: Path, mode: str) -> tuple[str, float, float]:
    env = dict(os.environ, WORKBENCH_CACHE_DIR=str(project.parent / "cache"),  # nothing cached: every text analysed
               WORKBENCH_DATA_DIR=str(project.parent / "data"))  # and no backups among the user's
    out = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), str(path), str(project), mode],
                         capture_output=True, text=True, check=False, env=env)
    if out.returncode:
        return f"CRASHED ({out.returncode}): {out.stderr.strip().splitlines()[-1:]}", 0.0, 0.0
    outcome, seconds, peak = json.loads(out.stdout.strip().splitlines()[-1])
    return outcome, seconds, peak


def main() -> None:
    from workbench.ingest import limits

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--read", action="store_true", help="only read_source, no import")
    parser.add_argument("--only", help="shapes whose name contains this")
    args = parser.parse_args()
    mode = "read" if args.read else "import"
    size = limits.MAX_DOCX_XML - 64 * 1024
    print(f"document.xml just under the limit: {size / 1024 / 1024:.1f} MB of XML "
          f"(MAX_DOCX_XML {limits.MAX_DOCX_XML / 1024 / 1024:.0f} MB); {mode}, each in a fresh process")
    print()
    print("| shape | file | result | seconds | peak MB |")
    print("| --- | ---: | --- | ---: | ---: |")
    with tempfile.TemporaryDirectory(prefix="wb-docx-") as tmp:
        small = Path(tmp, "small.docx")
        small.write_bytes(build("one short word per paragraph", 4000))
        outcome, seconds, peak = measure(small, Path(tmp, "small.wbproj"), mode)
        print(f"| baseline: a 4 KB document | {small.stat().st_size / 1024:.0f} KB | {outcome} | {seconds:.1f} | {peak:.0f} |",
              flush=True)
        for i, shape in enumerate(shapes(random.Random(0))):
            if args.only and args.only not in shape:
                continue
            path = Path(tmp, f"{i}.docx")
            started = time.monotonic()
            path.write_bytes(build(shape, size))
            built = time.monotonic() - started
            outcome, seconds, peak = measure(path, Path(tmp, f"{i}.wbproj"), mode)
            print(f"| {shape} | {path.stat().st_size / 1024 / 1024:.1f} MB | {outcome[:110]} | {seconds:.1f} | "
                  f"{peak:.0f} |", flush=True)
            del built
    print(f"\n(this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()

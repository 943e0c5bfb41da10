"""Hostile import files (issue 16): generate them, import each in a child process, count what happens.

    python benchmarks/fuzz.py              # 1,025 cases (a few minutes on 2 cores)
    python benchmarks/fuzz.py --quick      # about 100 cases
    python benchmarks/fuzz.py --keep DIR   # write the cases to DIR and keep them
    python benchmarks/fuzz.py --only pdf   # the kinds whose name contains "pdf"

The cases are random bytes and words thousands of letters long, sentences of
a million characters, Japanese/Korean/Chinese, control characters and NULs,
empty and invisible files, malformed and deeply nested HTML, HTML with
100,000 attributes, malformed DOCX and small zip bombs, malformed PDFs (page
trees listing one page thousands of times, encryption, broken xref),
malformed Markdown, wrong extensions, JSON without a name, odd encodings,
FIFOs, sockets and symbolic links (out of the folder, broken, in a loop).

Every case is imported by ``Project.import_sources`` in a child forked from
this process after the pipelines are loaded (a fresh interpreter would spend
two seconds loading spaCy and HanTa per case), two at a time, into one
project per slot, with a time limit per case (``--limit``, 20 s) after which
the child is killed (the project must survive that too). A child's peak
memory is its ``ru_maxrss`` from ``wait4``; it includes what it inherited
from this process, whose size is printed as the baseline. Outcomes:

- imported: the source went in (or was already there);
- clean error: refused with one of the deliberate messages;
- unexpected: refused, but by a catch-all that wraps an exception nobody
  planned for ("could not be read (TypeError: ...)"): a bug to fix;
- traceback: an exception escaped ``import_sources``;
- silent: nothing in the report about the source at all;
- killed: over the time limit.

Afterwards each slot's project is opened again (``Project.open`` runs
SQLite's quick check), every document read back and its text checked for
control characters: "integrity after".
"""

from __future__ import annotations

import argparse
import codecs
import io
import json
import os
import random
import re
import resource
import shutil
import socket
import string
import sys
import tempfile
import threading
import time
import traceback
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEEDS = ROOT / "seeds"

from tests.pdf_bytes import page_objects, pdf_file  # noqa: E402 (the test files' PDF maker, found through ROOT)
UNEXPECTED = re.compile(r"^(could not be read \([A-Z]\w*(Error|Exception|Warning)\b|could not be stored \(|"
                        r"its text could not be analysed \()")


@dataclass
class Case:
    kind: str
    path: str


@dataclass
class Result:
    case: Case
    status: str  # imported | clean error | unexpected | traceback | silent | killed
    seconds: float
    peak_mb: float
    detail: str = ""


# --- material -------------------------------------------------------------------------


def seed_text() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))


class Material:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.text = seed_text()
        self.words = re.findall(r"\w+", self.text)
        self.paragraphs = [p for p in self.text.split("\n\n") if len(p) > 80]

    def _joined(self, pool: list[str], separator: str, chars: int) -> str:
        """Random picks from ``pool`` joined by ``separator`` until the text reaches ``chars`` characters."""
        out: list[str] = []
        size = 0
        while size < chars:
            item = self.rng.choice(pool)
            out.append(item)
            size += len(item) + len(separator)
        return separator.join(out)

    def german(self, chars: int) -> str:
        return self._joined(self.paragraphs, "\n\n", chars)[: max(chars, 1)]

    def word_run(self, chars: int) -> str:
        """Seed words joined by spaces, no full stop: one sentence of ``chars`` characters."""
        return self._joined(self.words, " ", chars)

    def letters(self, n: int, alphabet: str = string.ascii_lowercase + "äöüß") -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))


CJK = {
    "ja": "北朝鮮の金正恩総書記はロシア極東のボストーチヌイ宇宙基地でプーチン大統領と会談した両首脳は軍事協力について話し合ったと国営メディアが伝えた",
    "ko": "북한의 김정은 국무위원장은 러시아 극동 보스토치니 우주기지에서 푸틴 대통령과 정상회담을 가졌다 양 정상은 군사 협력을 논의했다고 국영 매체가 전했다",
    "zh": "朝鲜最高领导人金正恩在俄罗斯远东的东方航天发射场与普京总统举行会晤两国领导人讨论了军事合作国家媒体报道",
}


# --- generators: each writes one case into ``folder`` and returns its path --------------


def _write(folder: Path, name: str, data: bytes | str) -> str:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def gen_random_bytes(m: Material, folder: Path, i: int) -> str:
    ext = m.rng.choice([".txt", "", ".html", ".md", ".pdf", ".docx", ".log", ".htm"])
    return _write(folder, f"random{i}{ext}", m.rng.randbytes(m.rng.choice([8, 64, 512, 4096, 30000])))


def gen_few_bytes(m: Material, folder: Path, i: int) -> str:
    return _write(folder, f"few{i}.txt", m.rng.randbytes(m.rng.randint(1, 7)))


def gen_long_word(m: Material, folder: Path, i: int) -> str:
    n = m.rng.choice([800, 1600, 3000, 10_000, 20_000, 100_000])
    alphabet = m.rng.choice([string.ascii_lowercase, string.ascii_letters + "-.'", "abcdefghijäöü" * 3 + "-",
                             "0123456789abcdef", "ا ب ت".replace(" ", "") + "абвгд"])
    word = m.letters(n, alphabet)
    return _write(folder, f"longword{i}.txt", f"{m.german(600)} {word} {m.german(300)}")


def gen_long_sentence(m: Material, folder: Path, i: int) -> str:
    n = m.rng.choice([150_000, 400_000, 1_050_000, 1_300_000])
    return _write(folder, f"longsentence{i}.txt", m.word_run(n))


def gen_too_long(m: Material, folder: Path, i: int) -> str:
    if i % 3 == 0:
        return _write(folder, f"toolong{i}.txt", m.word_run(2_100_000))  # over MAX_CHARS
    if i % 3 == 1:
        return _write(folder, f"toobig{i}.txt", b"a " * (11 * 1024 * 1024))  # over MAX_BYTES
    path = folder / f"sparse{i}.txt"  # 30 MB on paper, nothing on disk
    with open(path, "wb") as handle:
        handle.truncate(30 * 1024 * 1024)
    return str(path)


def gen_cjk(m: Material, folder: Path, i: int) -> str:
    language = ["ja", "ko", "zh"][i % 3]
    pool = CJK[language]
    n = m.rng.choice([60, 400, 3000, 20_000])
    text = "".join(pool[m.rng.randrange(len(pool))] if m.rng.random() > 0.04 else "。" for _ in range(n))
    if m.rng.random() < 0.3:
        text = m.german(500) + "\n\n" + text
    return _write(folder, f"cjk{i}_{language}.txt", text)


def gen_controls(m: Material, folder: Path, i: int) -> str:
    chars = list(m.german(m.rng.choice([300, 3000, 20_000])))
    controls = [chr(c) for c in list(range(1, 32)) + list(range(0x7F, 0xA0))] + ["\ufffe", "\uffff", "\u2028",
                                                                                "\u202e", "\u200b"]
    for _ in range(m.rng.randint(1, 40)):
        chars.insert(m.rng.randrange(len(chars) + 1), m.rng.choice(controls))
    ext = m.rng.choice([".txt", ".md", ".html"])
    text = "".join(chars)
    if ext == ".html":
        text = f"<html><head><title>T{i}\x01</title></head><body><article><p>{text}</p></article></body></html>"
    return _write(folder, f"controls{i}{ext}", text)


def gen_nul(m: Material, folder: Path, i: int) -> str:
    text = m.german(m.rng.choice([9000, 20_000])).encode("utf-8")
    at = m.rng.choice([10, 5000, 8200, len(text) - 10])
    return _write(folder, f"nul{i}.txt", text[:at] + b"\x00" * m.rng.randint(1, 3) + text[at:])


def gen_empty_like(m: Material, folder: Path, i: int) -> str:
    options = [b"", b" ", b"\n\n\n", b"\x1a", b"\x1a\x1a", "\u200b".encode(), "\ufeff".encode(),
               "\u200b\u200c\u200d\u2060\ufeff".encode(), "\u00a0\u3000".encode(), b"\t \r\n",
               "\ufeff\u200b \n".encode(), b"\x00", b"\x1b[0m", "\u2028\u2029".encode(), b"...", b"0"]
    ext = m.rng.choice([".txt", ".md", ".html", ""])
    return _write(folder, f"empty{i}{ext}", options[i % len(options)] * m.rng.choice([1, 1, 50]))


def gen_html_malformed(m: Material, folder: Path, i: int) -> str:
    body = m.german(m.rng.choice([200, 2000, 8000]))
    tags = ["<p>", "</p>", "<div>", "</div>", "<b>", "<i>", "</span>", "<table><tr><td>", "</td>", "<!--", "-->",
            "<![CDATA[", "]]>", "<script>", "</script>", "<style>", "<br/>", "<a href='", "'>", "<", ">", "&amp",
            "&#xFFFFFF;", "&#0;", "<meta charset='x-bogus'>", "<?xml version='1.0'?>", "<svg><foreignObject>"]
    parts = []
    for piece in body.split(" "):
        parts.append(piece)
        if m.rng.random() < 0.2:
            parts.append(m.rng.choice(tags))
    page = "<html><head><title>" + m.german(40) + "</title></head><body>" + " ".join(parts)
    if m.rng.random() < 0.5:
        page = page[: m.rng.randrange(len(page))]  # truncated
    return _write(folder, f"html{i}.html", page)


def gen_html_nested(m: Material, folder: Path, i: int) -> str:
    depth = m.rng.choice([1_000, 10_000, 50_000, 100_000, 200_000])
    tag = m.rng.choice(["div", "span", "b", "blockquote", "li", "table"])
    text = m.german(500)
    closing = f"</{tag}>" * depth if m.rng.random() < 0.5 else ""
    return _write(folder, f"nested{i}.html", f"<html><body>{f'<{tag}>' * depth}<p>{text}</p>{closing}</body></html>")


def gen_html_attributes(m: Material, folder: Path, i: int) -> str:
    text = m.german(800)
    if i % 2:
        n = m.rng.choice([1_000, 5_000, 100_000])
        attrs = " ".join(f'data-a{k}="{k}"' for k in range(n))
        page = f"<html><body><div {attrs}><p>{text}</p></div></body></html>"
    else:
        n = m.rng.choice([20_000, 60_000])
        page = "<html><body>" + "<span class='x'>w</span>" * n + f"<p>{text}</p></body></html>"
    return _write(folder, f"attributes{i}.html", page)


def _docx_bytes(m: Material, paragraphs: int = 5) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(m.german(60), level=1)
    for _ in range(paragraphs):
        document.add_paragraph(m.german(400))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _rezip(data: bytes, replace: dict[str, bytes], drop: tuple[str, ...] = ()) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename in drop:
                continue
            target.writestr(info.filename, replace.get(info.filename, source.read(info.filename)))
    return out.getvalue()


def gen_docx_malformed(m: Material, folder: Path, i: int) -> str:
    data = _docx_bytes(m)
    how = i % 7
    if how == 0:
        data = data[: m.rng.randrange(len(data))]
    elif how == 1:
        data = bytearray(data)
        for _ in range(m.rng.randint(1, 30)):
            data[m.rng.randrange(len(data))] = m.rng.randrange(256)
        data = bytes(data)
    elif how == 2:
        data = _rezip(data, {"word/document.xml": m.rng.randbytes(500)})
    elif how == 3:
        data = _rezip(data, {}, drop=("word/document.xml",))
    elif how == 4:
        deep = "<w:p>" * 50_000
        data = _rezip(data, {"word/document.xml": ('<?xml version="1.0"?><w:document xmlns:w="http://schemas.'
                                                  'openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                                                  + deep).encode()})
    elif how == 5:
        data = _rezip(data, {"[Content_Types].xml": b"<Types"})
    else:
        entity = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
        data = _rezip(data, {"word/document.xml": entity + b"<w:document>&b;</w:document>"})
    return _write(folder, f"broken{i}.docx", data)


def gen_docx_bomb(m: Material, folder: Path, i: int) -> str:
    size = m.rng.choice([20, 60, 150, 300]) * 1024 * 1024
    path = folder / f"bomb{i}.docx"
    base = _docx_bytes(m, 1)
    with zipfile.ZipFile(io.BytesIO(base)) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info.filename, source.read(info.filename))
        part = "word/document.xml" if i % 2 else "word/media/image1.png"
        if part != "word/document.xml":
            target.writestr("word/document.xml", source.read("word/document.xml"))
        with target.open(part, "w", force_zip64=True) as handle:
            chunk = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * 30_000
            for _ in range(size // len(chunk)):
                handle.write(chunk)
    return str(path)


def _pdf(lines: list[str], kids: int = 1, extra_trailer: bytes = b"", extra_objects: tuple[bytes, ...] = (),
         bad_xref: bool = False, content: bytes | None = None) -> bytes:
    stream = content if content is not None else (
        b"BT /F1 11 Tf 14 TL 72 760 Td " + b" ".join(b"(" + line.encode("cp1252", "replace") + b") Tj T*"
                                                     for line in lines) + b" ET")
    return pdf_file(page_objects(stream, kids) + list(extra_objects), trailer=extra_trailer,
                    xref_shift=13 if bad_xref else 0)


def gen_pdf_malformed(m: Material, folder: Path, i: int) -> str:
    lines = [m.german(70).replace("\n", " ") for _ in range(8)]
    how = i % 9
    if how == 0:
        data = _pdf(lines)[: m.rng.randrange(20, 600)]
    elif how == 1:
        data = bytearray(_pdf(lines))
        for _ in range(m.rng.randint(1, 20)):
            data[m.rng.randrange(len(data))] = m.rng.randrange(256)
        data = bytes(data)
    elif how == 2:
        data = _pdf(lines, kids=m.rng.choice([600, 5_000, 20_000]))
    elif how == 3:
        aes = (b"<< /Filter /Standard /V 5 /R 6 /Length 256 /P -1068 /O <" + b"ab" * 48 + b"> /U <" + b"ab" * 48
               + b"> /OE <" + b"ab" * 32 + b"> /UE <" + b"ab" * 32 + b"> /Perms <" + b"ab" * 16
               + b"> /CF << /StdCF << /CFM /AESV3 /Length 32 >> >> /StmF /StdCF /StrF /StdCF >>")
        data = _pdf(lines, extra_objects=(aes,), extra_trailer=b" /Encrypt 6 0 R /ID [<00> <00>]")
    elif how == 4:
        data = _pdf(lines, bad_xref=True)
    elif how == 5:  # a page tree that contains itself
        data = _pdf(lines).replace(b"/Kids [3 0 R]", b"/Kids [2 0 R 3 0 R]")
    elif how == 6:  # one content stream that shows a million glyphs
        data = _pdf([], content=b"BT /F1 11 Tf " + b"(Krieg und Frieden ) Tj " * m.rng.choice([10_000, 120_000])
                    + b"ET")
    elif how == 7:
        data = b"%PDF-1.4\n" + m.rng.randbytes(m.rng.choice([100, 5000]))
    else:
        data = _pdf(lines, extra_trailer=b" /Info << /Title (" + b"\x00\x01" * 50 + b") >>")
    return _write(folder, f"broken{i}.pdf", data)


def gen_markdown(m: Material, folder: Path, i: int) -> str:
    text = m.german(1500)
    how = i % 8
    n = m.rng.choice([1_000, 10_000, 50_000])
    if how == 0:
        md = ">" * n + " " + text
    elif how == 1:
        md = "".join("  " * k + "- item\n" for k in range(min(n, 3000))) + text
    elif how == 2:
        md = "*" * n + text + "_" * n
    elif how == 3:
        md = "| a | b |\n|---|---|\n" + "| x | y |\n" * n + text
    elif how == 4:
        md = "".join(f"[{k}]: http://example.org/{k}\n" for k in range(n)) + text
    elif how == 5:
        md = "---\ntitle: " + "x" * n + "\n---\n" + text
    elif how == 6:
        md = "---\n" + text  # front matter never closed
    else:
        md = "[" * n + text + "](" * n
    return _write(folder, f"markdown{i}.md", md)


def gen_wrong_ext(m: Material, folder: Path, i: int) -> str:
    how = i % 7
    if how == 0:
        return _write(folder, f"pdf_as{i}.txt", _pdf([m.german(70)]))
    if how == 1:
        return _write(folder, f"docx_as{i}.pdf", _docx_bytes(m, 1))
    if how == 2:
        return _write(folder, f"html_as{i}.md", f"<!doctype html><html><body><p>{m.german(500)}</p></body></html>")
    if how == 3:
        return _write(folder, f"png_as{i}.txt", b"\x89PNG\r\n\x1a\n" + m.rng.randbytes(300))
    if how == 4:
        return _write(folder, f"gzip_as{i}.html", b"\x1f\x8b\x08\x00" + m.rng.randbytes(300))
    if how == 5:
        return _write(folder, f"utf16_as{i}.pdf", m.german(500).encode("utf-16"))
    return _write(folder, f"docx_as{i}.html", _docx_bytes(m, 1))


def gen_json(m: Material, folder: Path, i: int) -> str:
    docs = [{"id": "d1", "text": m.german(300), "title": "x"}]
    data = json.dumps({"schema": "workbench-comparison/1", "documents": docs} if i % 2 else docs)
    return _write(folder, m.rng.choice([f"data{i}", f"article{i}.txt", f"feed{i}"]), data)


def gen_encodings(m: Material, folder: Path, i: int) -> str:
    russian = "Президент России Владимир Путин встретился с лидером КНДР Ким Чен Ыном на космодроме. " * 8
    greek = "Ο πρόεδρος της Ρωσίας συναντήθηκε με τον ηγέτη της Βόρειας Κορέας στο κοσμοδρόμιο. " * 8
    how = i % 8
    if how == 0:
        data = russian.encode("cp1251")
    elif how == 1:
        data = greek.encode("iso-8859-7")
    elif how == 2:
        data = m.german(2000).encode("utf-16-le")  # no BOM
    elif how == 3:
        data = codecs.BOM_UTF32_LE + m.german(2000).encode("utf-32-le")
    elif how == 4:
        data = m.german(2000).encode("utf-8") + m.german(200).encode("latin-1", "replace")
    elif how == 5:
        data = CJK["ja"].encode("shift_jis") * 5
    elif how == 6:
        data = codecs.BOM_UTF8 + m.rng.randbytes(200)
    else:
        data = (m.german(500) + "\udcff\ud800" + m.german(200)).encode("utf-8", "surrogatepass")
    return _write(folder, f"encoding{i}.txt", data)


def gen_unicode_soup(m: Material, folder: Path, i: int) -> str:
    how = i % 5
    if how == 0:
        text = "".join(chr(m.rng.choice([m.rng.randrange(0x20, 0xD800), m.rng.randrange(0xE000, 0x110000)]))
                       for _ in range(m.rng.choice([50, 2000])))
    elif how == 1:  # one letter under ten thousand combining marks
        text = m.german(300) + " Z" + "".join(chr(m.rng.randrange(0x300, 0x370)) for _ in range(10_000)) + " ende."
    elif how == 2:
        text = "\u202e" + m.german(800) + "\u202d" + "👨‍👩‍👧‍👦" * 500
    elif how == 3:
        text = "\n".join(m.letters(m.rng.randint(1, 12)) for _ in range(m.rng.choice([10_000, 100_000])))
    else:
        text = "\n" * 200_000 + m.german(400) + "\n" * 200_000
    return _write(folder, f"unicode{i}.txt", text.encode("utf-8", "surrogatepass"))


def gen_special(m: Material, folder: Path, i: int) -> str:
    how = i % 6
    case = folder / f"special{i}"
    case.mkdir()
    (case / "gut.txt").write_text(m.german(800) + f" Fall {i}.", encoding="utf-8")
    if how == 0 and hasattr(os, "mkfifo"):
        os.mkfifo(case / "rohr.txt")
        return str(case / "rohr.txt")  # a FIFO given directly
    if how == 1 and hasattr(os, "mkfifo"):
        os.mkfifo(case / "rohr.txt")  # a FIFO inside the folder
    elif how == 2:
        (case / "passwd.txt").symlink_to("/etc/passwd")
        (case / "hier.txt").symlink_to(case / "gut.txt")
    elif how == 3:
        (case / "a.txt").symlink_to(case / "b.txt")
        (case / "b.txt").symlink_to(case / "a.txt")  # a loop
        (case / "weg.txt").symlink_to(folder / "gibt-es-nicht.txt")
    elif how == 4:
        (case / "wurzel").symlink_to("/", target_is_directory=True)
    else:
        sock = socket.socket(socket.AF_UNIX)
        try:
            sock.bind(str(case / "steckdose.txt"))
        except OSError:
            pass
        finally:
            sock.close()
    return str(case)


def gen_lines(m: Material, folder: Path, i: int) -> str:
    how = i % 3
    if how == 0:
        text = "\n".join(m.german(60).replace("\n", " ") for _ in range(m.rng.choice([2_000, 20_000])))
    elif how == 1:
        text = "\n\n".join(w for w in m.word_run(200_000).split(" "))
    else:
        text = ". ".join(m.rng.choice(m.words) for _ in range(60_000))
    return _write(folder, f"lines{i}.txt", text)


KINDS: list[tuple[str, int, Callable[[Material, Path, int], str]]] = [
    ("random bytes", 150, gen_random_bytes),
    ("1-7 random bytes", 40, gen_few_bytes),
    ("long word", 40, gen_long_word),
    ("long sentence", 6, gen_long_sentence),
    ("over the size limits", 3, gen_too_long),
    ("CJK", 45, gen_cjk),
    ("control characters", 60, gen_controls),
    ("NUL bytes", 40, gen_nul),
    ("empty / invisible", 40, gen_empty_like),
    ("malformed HTML", 90, gen_html_malformed),
    ("deeply nested HTML", 25, gen_html_nested),
    ("HTML attributes / tags", 20, gen_html_attributes),
    ("malformed DOCX", 70, gen_docx_malformed),
    ("DOCX zip bomb", 12, gen_docx_bomb),
    ("malformed PDF", 100, gen_pdf_malformed),
    ("malformed Markdown", 64, gen_markdown),
    ("wrong extension", 56, gen_wrong_ext),
    ("JSON without .json", 16, gen_json),
    ("odd encodings", 56, gen_encodings),
    ("unicode soup", 50, gen_unicode_soup),
    ("FIFO / socket / links", 24, gen_special),
    ("many lines", 18, gen_lines),
]


def generate(folder: Path, quick: bool, only: str | None, seed: int) -> list[Case]:
    m = Material(random.Random(seed))
    cases = []
    for kind, count, make in KINDS:
        if only and only.lower() not in kind.lower():
            continue
        n = max(1, round(count / 10)) if quick else count
        for i in range(n):
            cases.append(Case(kind, make(m, folder, i)))
    return cases


# --- running ----------------------------------------------------------------------------


def warm_up(scratch: Path) -> None:
    """Load every reader and pipeline once, so each forked child starts warm."""
    from workbench.ingest.language import _identifier
    from workbench.nlp import analyse
    from workbench.nlp.tagger import get_tagger
    from workbench.project import Project

    import charset_normalizer  # noqa: F401
    import docx  # noqa: F401
    import markdown_it  # noqa: F401
    import pypdf  # noqa: F401
    import trafilatura  # noqa: F401

    _identifier()
    get_tagger()
    for language in ("de", "en", "fr", "xx", "zh", "ru", "el", "ja"):
        analyse("Ein Satz. A sentence.", language)
    sample = scratch / "warm.txt"
    sample.write_text(seed_text()[:3000], encoding="utf-8")
    with Project.open(scratch / "warm.wbproj", create=True) as project:
        project.import_sources([str(sample)], workers=1)


def child(case: Case, project: Path, out: int, log: int) -> None:
    """In the forked child: import ``case``, write one JSON line to ``out``, never return."""
    try:
        os.dup2(log, 1)
        os.dup2(log, 2)
        from workbench.project import Project

        started = time.monotonic()
        try:
            with Project.open(project) as p:
                report = p.import_sources([case.path], workers=1)
            status, detail = classify(report)
        except BaseException:  # noqa: BLE001 - that is what we count
            status, detail = "traceback", traceback.format_exc().strip().splitlines()[-1]
        message = json.dumps({"status": status, "detail": detail, "seconds": time.monotonic() - started})
        os.write(out, message.encode() + b"\n")
    finally:
        os._exit(0)


def classify(report) -> tuple[str, str]:  # noqa: ANN001 - an ImportReport
    if not report.outcomes:
        return "silent", "nothing reported"
    for outcome in report.failed:
        if UNEXPECTED.match(outcome.reason or ""):
            return "unexpected", f"{Path(outcome.source).name}: {outcome.reason}"
    if report.imported or report.duplicates:
        return "imported", "; ".join(f"{Path(o.source).name}: {o.reason}" for o in report.failed)
    return "clean error", "; ".join(f"{Path(o.source).name}: {o.reason}" for o in report.failed)


def run_all(cases: list[Case], projects: list[Path], limit: float, log_path: Path) -> list[Result]:
    results: list[Result] = []
    pending = list(enumerate(cases))
    running: dict[int, tuple[int, int, float, int, Case]] = {}  # pid -> (slot, read fd, started, index, case)
    free = list(range(len(projects)))
    log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    done = 0
    if threading.active_count() > 1:
        print(f"warning: {threading.active_count()} threads before forking", file=sys.stderr)
    while pending or running:
        while pending and free:
            index, case = pending.pop(0)
            slot = free.pop()
            read, write = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(read)
                child(case, projects[slot], write, log)
            os.close(write)
            running[pid] = (slot, read, time.monotonic(), index, case)
        time.sleep(0.005)
        for pid, (slot, read, started, _index, case) in list(running.items()):
            waited, status, usage = os.wait4(pid, os.WNOHANG)
            elapsed = time.monotonic() - started
            if waited == 0:
                if elapsed > limit:
                    os.kill(pid, 9)
                    _, status, usage = os.wait4(pid, 0)
                    os.close(read)
                    results.append(Result(case, "killed", elapsed, usage.ru_maxrss / 1024, f"over {limit:g} s"))
                    del running[pid]
                    free.append(slot)
                    done += 1
                continue
            line = _read_all(read)
            os.close(read)
            del running[pid]
            free.append(slot)
            done += 1
            try:
                answer = json.loads(line)
                results.append(Result(case, answer["status"], elapsed, usage.ru_maxrss / 1024, answer["detail"]))
            except ValueError:
                results.append(Result(case, "traceback", elapsed, usage.ru_maxrss / 1024,
                                      f"child died (status {status})"))
            if done % 50 == 0:
                print(f"  {done}/{len(cases)}", file=sys.stderr, flush=True)
    os.close(log)
    return results


def _read_all(fd: int) -> str:
    chunks = []
    while True:
        chunk = os.read(fd, 65536)
        if not chunk:
            return b"".join(chunks).decode("utf-8", "replace")
        chunks.append(chunk)


def integrity(projects: list[Path]) -> tuple[bool, str]:
    from workbench.ingest.text import remove_controls
    from workbench.project import Project

    documents = 0
    problems: list[str] = []
    for path in projects:
        try:
            with Project.open(path) as project:
                for doc in project.documents():
                    documents += 1
                    text = project.document(doc.id).text
                    if remove_controls(text) != text:
                        problems.append(f"{doc.id} holds control characters")
                    segments = project.segments(doc.id)
                    if any(not 0 <= s.start < s.end <= len(text) for s in segments):
                        problems.append(f"{doc.id} has segments outside its text")
        except Exception as error:  # noqa: BLE001 - reported
            problems.append(f"{path.name}: {error}")
    verdict = f"{len(projects)} projects open, {documents} documents read back"
    return not problems, verdict + ("" if not problems else "; " + "; ".join(problems[:5]))


# --- report -----------------------------------------------------------------------------


COLUMNS = ("imported", "clean error", "unexpected", "traceback", "silent", "killed")


def table(results: list[Result]) -> str:
    by_kind: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        by_kind[r.case.kind].append(r)
    head = "| kind | cases | " + " | ".join(COLUMNS) + " | over 10 s | slowest s | peak MB max |"
    rows = [head, "|" + " --- |" * (len(COLUMNS) + 5)]

    def row(name: str, group: list[Result]) -> str:
        counts = Counter(r.status for r in group)
        slow = sum(1 for r in group if r.seconds > 10)
        return (f"| {name} | {len(group)} | " + " | ".join(str(counts.get(c, 0)) for c in COLUMNS)
                + f" | {slow} | {max(r.seconds for r in group):.1f} | {max(r.peak_mb for r in group):.0f} |")

    for kind, _, _ in KINDS:
        if kind in by_kind:
            rows.append(row(kind, by_kind[kind]))
    rows.append(row("**all**", results))
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="about 100 cases instead of 1,025")
    ap.add_argument("--limit", type=float, default=20.0, help="seconds per case before the child is killed")
    ap.add_argument("--slots", type=int, default=2, help="children at once (default 2)")
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--only", help="only the kinds whose name contains this")
    ap.add_argument("--keep", help="write the cases to this folder and keep them")
    ap.add_argument("--show", type=int, default=12, help="list this many non-clean outcomes")
    args = ap.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="workbench-fuzz-"))
    os.environ["WORKBENCH_CACHE_DIR"] = str(scratch / "cache")  # never the user's analysis cache or backups
    os.environ["WORKBENCH_DATA_DIR"] = str(scratch / "data")
    sys.path.insert(0, str(ROOT))
    try:
        cases_dir = Path(args.keep) if args.keep else scratch / "cases"
        cases_dir.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        cases = generate(cases_dir, args.quick, args.only, args.seed)
        generated = time.monotonic() - started
        warm_up(scratch)
        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        from workbench.project import Project

        projects = [scratch / f"slot{n}.wbproj" for n in range(args.slots)]
        for path in projects:
            Project.open(path, create=True).close()
        print(f"{len(cases)} cases generated in {generated:.0f} s; importing, {args.slots} at a time, "
              f"{args.limit:g} s each at most", file=sys.stderr)
        started = time.monotonic()
        results = run_all(cases, projects, args.limit, scratch / "children.log")
        wall = time.monotonic() - started
        intact, verdict = integrity(projects)
        print(table(results))
        print()
        print(f"{len(results)} cases in {wall:.0f} s ({args.slots} at a time); baseline (the warm parent every "
              f"child starts from) {baseline:.0f} MB; integrity after: {'OK' if intact else 'FAILED'} ({verdict})")
        odd = [r for r in results if r.status not in ("imported", "clean error") or r.seconds > 10]
        for r in odd[: args.show]:
            print(f"- {r.status}, {r.seconds:.1f} s, {r.case.kind}: {Path(r.case.path).name}: {r.detail[:200]}")
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()

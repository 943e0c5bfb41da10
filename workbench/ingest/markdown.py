"""Readable plain text from a Markdown file, via markdown-it-py.

Markup is stripped rather than rendered: headings become their own block,
emphasis markers disappear, links keep their text, images and raw HTML are
dropped (alt text and tags are not article text). Soft line breaks become
spaces so sentences are not cut by the author's editor width. A simple YAML
front matter block (``---`` ... ``---``), common in clippings exported from
note-taking tools, supplies title/author/date/source and is not part of the
text.
"""

from __future__ import annotations

import re

from workbench.ingest.result import Extraction, clean, stamp

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FIELD = re.compile(r"^([A-Za-z_]+)\s*:\s*(.+?)\s*$", re.M)
_GROUPS = {"bullet_list_open", "ordered_list_open", "table_open", "blockquote_open"}
_GROUP_ENDS = {"bullet_list_close", "ordered_list_close", "table_close", "blockquote_close"}


def extract_markdown(source_text: str) -> Extraction:
    """Plain text of ``source_text``; title from the first level-1 heading
    (or the front matter's ``title``)."""
    from markdown_it import MarkdownIt

    fields, body = _front_matter(source_text)
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    blocks: list[list[str]] = []
    depth = 0  # nesting of lists/tables/quotes: their lines stay together
    row: list[str] | None = None
    heading_tag: str | None = None
    title: str | None = None
    for token in parser.parse(body):
        if token.type in _GROUPS:
            if depth == 0:
                blocks.append([])
            depth += 1
        elif token.type in _GROUP_ENDS:
            depth -= 1
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            _add(blocks, depth, "\t".join(row))
            row = None
        elif token.type == "heading_open":
            heading_tag = token.tag
        elif token.type in ("fence", "code_block"):
            _add(blocks, depth, token.content.rstrip("\n"))
        elif token.type == "inline":
            line = _inline_text(token)
            if row is not None:
                row.append(line)
                continue
            if heading_tag == "h1" and title is None:
                title = clean(line)
            heading_tag = None
            _add(blocks, depth, line)
    text = "\n\n".join("\n".join(lines) for lines in blocks if any(lines))
    return Extraction(
        text=text,
        extractor=stamp("markdown-it-py"),
        title=clean(fields.get("title")) or title,
        author=clean(fields.get("author")),
        published=clean(fields.get("date") or fields.get("published")),
        url=clean(fields.get("url") or fields.get("source")),
        outlet=clean(fields.get("outlet") or fields.get("site")),
    )


def _add(blocks: list[list[str]], depth: int, line: str) -> None:
    if not line.strip():
        return
    if depth == 0 or not blocks:
        blocks.append([line])
    else:
        blocks[-1].append(line)


def _inline_text(token) -> str:  # noqa: ANN001 - markdown_it Token
    """Text of one inline run; an image token holds its alt text as its own
    children, so skipping it drops the alt text too."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """Simple ``key: value`` front matter, and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields = {
        key.lower(): value.strip().strip("\"'")
        for key, value in _FIELD.findall(match.group(1))
    }
    return fields, text[match.end():]

"""REFI-QDA project exchange (.qdpx): a zip of project.qde (QDA-XML 1.0) and sources/*.txt.

Articles are TextSources whose plain text (UTF-8 without BOM, LF line ends)
is exactly the stored text, so PlainTextSelection positions are the stored
code-point offsets. Annotation codes form the CodeBook; with
``cues_as_codes`` the cue families join it under "Framing cues" and every
cue becomes a coded selection. GUIDs are uuid5 of the project's id and each
item's own id, so exporting twice gives the same GUIDs.

Only characters XML 1.0 allows are written: control characters (other than tab, line feed and carriage
return) and lone surrogates are left out of names, notes and descriptions, and in the source texts each
becomes a space (one character for one keeps the offsets). The written XML is parsed back before the
file is made; a file other programs would reject is refused, never written.
"""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from datetime import datetime, timezone
from xml.etree import ElementTree as ET

from workbench.core.errors import ErrorCode, WorkbenchError
from workbench.core.models import CUE_CATEGORIES
from workbench.export.bundle import ExportBundle
from workbench.export.wording import CUE_COLOURS, cue_names

NS = "urn:QDA-XML:project:1.0"
_NAMESPACE = uuid.UUID("6f1f0c2e-5b7a-4a53-9d0e-7f3c1a2b9e41")  # Workbench's own uuid5 namespace
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")  # what XML 1.0 forbids


def guid(bundle: ExportBundle, *parts) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join([bundle.project_uuid, *map(str, parts)])))


def build_qdpx(bundle: ExportBundle) -> tuple[bytes, dict]:
    """The .qdpx file's bytes, and counts of what went in (sources, codes, selections, skipped detached targets)."""
    xml, sources, counts = project_xml(bundle)
    try:  # what MAXQDA, ATLAS.ti and QualCoder will read: well-formed XML, or no file at all
        ET.fromstring(xml)
    except ET.ParseError as exc:
        raise WorkbenchError(ErrorCode.BAD_VALUE, f"the REFI-QDA project would not be well-formed XML ({exc}); "
                             "nothing was written") from exc
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", xml)
        for name, text in sources.items():
            zf.writestr(f"sources/{name}", text.encode("utf-8"))
    return buffer.getvalue(), counts


def project_xml(bundle: ExportBundle) -> tuple[bytes, dict[str, str], dict]:
    ET.register_namespace("", NS)
    now = datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    user = guid(bundle, "user")
    root = _el(None, "Project", name=bundle.title, origin=bundle.generator, creatingUserGUID=user,
               creationDateTime=now, modifyingUserGUID=user, modifiedDateTime=now)
    _el(_el(root, "Users"), "User", guid=user, name="Workbench")
    code_guids = {c.name: guid(bundle, "code", c.id or c.name) for c in bundle.codes}
    family_guids = {f: guid(bundle, "cue-family", f) for f in CUE_CATEGORIES}
    families = [f for f in CUE_CATEGORIES if any(c.category == f for c in bundle.cues)] if bundle.cues_as_codes else []
    if bundle.codes or families:
        codes_el = _el(_el(root, "CodeBook"), "Codes")
        for c in bundle.codes:
            _described(_el(codes_el, "Code", guid=code_guids[c.name], name=c.name, isCodable="true", color=c.colour),
                       c.description)
        if families:
            parent = _el(codes_el, "Code", guid=guid(bundle, "cue-families"), name="Framing cues", isCodable="false")
            names = cue_names(bundle.language)
            for f in families:
                _described(_el(parent, "Code", guid=family_guids[f], name=f, isCodable="true", color=CUE_COLOURS[f]),
                           names[f])
    variables = {k: guid(bundle, "variable", k) for k in ("outlet", "published", "url")}
    var_el = _el(root, "Variables")
    for key, g in variables.items():
        _el(var_el, "Variable", guid=g, name=key, typeOfVariable="Text")
    sources_el = _el(root, "Sources")
    texts: dict[str, str] = {}
    counts = {"sources": 0, "codes": len(bundle.codes) + len(families), "selections": 0, "notes": 0, "skipped": 0}
    note_guids: dict[str, str] = {}
    notes_el = ET.Element(f"{{{NS}}}Notes")
    for a in bundle.annotations:
        if a.note.strip():
            note_guids[a.id] = guid(bundle, "note", a.id)
            note = _el(notes_el, "Note", guid=note_guids[a.id], name=f"{a.id}", creatingUser=user,
                       creationDateTime=a.created, modifyingUser=user, modifiedDateTime=a.modified)
            _el(note, "PlainTextContent").text = a.note
            counts["notes"] += 1
    for d in bundle.documents:
        source_guid = guid(bundle, "doc", d.sha256 or d.id)
        # stored text has no CR; one char for one keeps the offsets (a control character becomes a space)
        texts[f"{source_guid}.txt"] = _NOT_XML.sub(" ", d.text.replace("\r", "\n"))
        src = _el(sources_el, "TextSource", guid=source_guid, name=_source_name(d), plainTextPath=f"internal://{source_guid}.txt",
                  creatingUser=user, creationDateTime=d.imported or now)
        _described(src, " · ".join(x for x in (d.outlet, d.title, d.published, d.url) if x))
        counts["sources"] += 1
        for a in bundle.annotations:
            for i, t in enumerate(a.targets):
                if t.doc != d.id:
                    continue
                if t.detached:
                    counts["skipped"] += 1
                    continue
                sel = _el(src, "PlainTextSelection", guid=guid(bundle, "annotation", a.id, i), name=f"{a.id}: {_cut(t.quote)}",
                          startPosition=str(t.start), endPosition=str(t.end), creatingUser=user,
                          creationDateTime=a.created, modifyingUser=user, modifiedDateTime=a.modified)
                _described(sel, a.note)
                for code in a.codes:
                    if code in code_guids:
                        _coding(sel, guid(bundle, "coding", a.id, i, code), code_guids[code], user, a.created)
                if a.id in note_guids:
                    _el(sel, "NoteRef", targetGUID=note_guids[a.id])
                counts["selections"] += 1
        for cue in (x for x in bundle.cues if families and x.span.doc == d.id):
            key = f"{cue.span.doc}:{cue.span.start}-{cue.span.end}:{cue.category}"
            sel = _el(src, "PlainTextSelection", guid=guid(bundle, "cue", key), name=f"{cue.category}: {_cut(cue.text)}",
                      startPosition=str(cue.span.start), endPosition=str(cue.span.end), creatingUser=user,
                      creationDateTime=now)
            _described(sel, cue.explanation)
            _coding(sel, guid(bundle, "cue-coding", key), family_guids[cue.category], user, now)
            counts["selections"] += 1
        for key, value in (("outlet", d.outlet), ("published", d.published), ("url", d.url)):
            if value:
                vv = _el(src, "VariableValue")
                _el(vv, "VariableRef", targetGUID=variables[key])
                _el(vv, "TextValue").text = value
    if len(notes_el):
        root.append(notes_el)
    for element in root.iter():
        element.text = xml_safe(element.text)
        for key, value in element.attrib.items():
            element.set(key, xml_safe(value) or "")
    xml = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return xml, texts, counts


def xml_safe(text: str | None) -> str | None:
    """``text`` without the characters XML 1.0 forbids (C0 controls other than tab, LF and CR; lone surrogates)."""
    return _NOT_XML.sub("", text) if text else text


def _el(parent, tag: str, **attrs) -> ET.Element:
    clean = {k: v for k, v in attrs.items() if v not in (None, "")}
    if parent is None:
        return ET.Element(f"{{{NS}}}{tag}", clean)
    return ET.SubElement(parent, f"{{{NS}}}{tag}", clean)


def _described(element: ET.Element, text: str | None) -> ET.Element:
    """Description must come first among an element's children (the schema's sequence)."""
    if text:
        desc = ET.Element(f"{{{NS}}}Description")
        desc.text = text
        element.insert(0, desc)
    return element


def _coding(selection: ET.Element, coding_guid: str, code_guid: str, user: str, created: str) -> None:
    coding = _el(selection, "Coding", guid=coding_guid, creatingUser=user, creationDateTime=created)
    _el(coding, "CodeRef", targetGUID=code_guid)


def _source_name(d) -> str:
    return " – ".join(x for x in (d.outlet, d.title) if x) or d.source or d.id


def _cut(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

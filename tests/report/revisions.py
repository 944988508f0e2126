"""Accept or reject every tracked change of a .docx, as Word's review pane would (for tests)."""

from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn


def _unwrap(el) -> None:
    parent = el.getparent()
    index = parent.index(el)
    for child in list(el):
        parent.insert(index, child)
        index += 1
    parent.remove(el)


def resolve(data: bytes, accept: bool) -> bytes:
    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    keep, drop = (qn("w:ins"), qn("w:del")) if accept else (qn("w:del"), qn("w:ins"))
    for el in list(body.iter(drop)):
        el.getparent().remove(el)
    for el in list(body.iter(keep)):
        if not accept:
            for t in el.iter(qn("w:delText")):
                t.tag = qn("w:t")
        _unwrap(el)
    for tag in ("w:commentRangeStart", "w:commentRangeEnd"):
        for el in list(body.iter(qn(tag))):
            el.getparent().remove(el)
    for ref in list(body.iter(qn("w:commentReference"))):
        run = ref.getparent()
        run.getparent().remove(run)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def commented_texts(data: bytes) -> dict[str, str]:
    """comment id -> the document text its range covers (deleted text included)."""
    body = docx.Document(io.BytesIO(data)).element.body
    open_ranges: dict[str, list[str]] = {}
    done: dict[str, str] = {}
    for node in body.iter():
        if node.tag == qn("w:commentRangeStart"):
            open_ranges[node.get(qn("w:id"))] = []
        elif node.tag == qn("w:commentRangeEnd"):
            cid = node.get(qn("w:id"))
            done[cid] = "".join(open_ranges.pop(cid, []))
        elif node.tag in (qn("w:t"), qn("w:delText")):
            for parts in open_ranges.values():
                parts.append(node.text or "")
    return done

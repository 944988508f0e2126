""".docx -> Document.

Reading order is the body's XML order. We walk the body ourselves instead of
`document.iter_inner_content()` because the latter skips block-level content controls
(w:sdt) and custom XML wrappers, whose paragraphs and tables are part of the contract.

Representation choices (see also tests/reading/test_reading_docx.py):

- One block per non-empty paragraph. Inside tables, too: every non-empty paragraph of a
  cell is its own block with kind "table_cell" and the cell's `table`/`row`/`col`/`where`,
  so auto-number labels of numbered paragraphs inside cells survive and nested tables
  keep their place in reading order. Consumers wanting a whole cell group blocks by
  (table, row, col).
- Merged cells are emitted once, at their first grid position: horizontal spans
  (w:gridSpan) count as one cell, vertical continuations (w:vMerge without "restart")
  are skipped (their content lives in the cell above).
- Tables are numbered 1, 2, ... in document order; a nested table gets the next number
  when it is met inside its cell.
- Paragraph text is collected from the runs: w:t, w:tab -> "\t", w:br/w:cr -> "\n";
  tracked insertions and moves-to are kept, deletions and moves-from dropped; inline and
  block content controls kept; field codes (w:instrText) dropped, field results kept;
  of mc:AlternateContent only the first mc:Choice is read (mc:Fallback repeats it).
- Text boxes (w:txbxContent) become blocks of their own right after the paragraph that
  anchors them, with where="文本框".
- Headers, footers, footnotes and comments are not read.
- Word auto-numbering goes into Block.label / Block.level (kind "list_item"), never into
  the text. Bulleted paragraphs are "list_item" without a label.
- Headings: style name "heading N"/"标题..."/"Title", or an outline level 0-8.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import PartFactory
from docx.package import Package
from docx.parts.document import DocumentPart
from docx.styles import BabelFish
from docx.table import Table, _Cell

from ..document import Document, TooMuchText
from . import limits
from .docx_numbering import Numbering, Styles, w
from .errors import (
    CORRUPT,
    EMPTY,
    ENCRYPTED,
    MISSING_PART,
    TOO_LARGE,
    UNSUPPORTED_FORMAT,
    ZIP_BOMB,
    read_error,
)

MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_ALTERNATE = f"{{{MC_NS}}}AlternateContent"
MC_CHOICE = f"{{{MC_NS}}}Choice"
MC_FALLBACK = f"{{{MC_NS}}}Fallback"

W_P, W_TBL, W_TR, W_TC, W_SDT = w("p"), w("tbl"), w("tr"), w("tc"), w("sdt")
W_SDT_CONTENT, W_CUSTOM_XML = w("sdtContent"), w("customXml")
W_T, W_TAB, W_PTAB, W_BR, W_CR = w("t"), w("tab"), w("ptab"), w("br"), w("cr")
W_NB_HYPHEN = w("noBreakHyphen")
W_TXBX = w("txbxContent")
W_PPR, W_TCPR, W_TRPR = w("pPr"), w("tcPr"), w("trPr")
W_VAL = w("val")

# Subtrees whose text is not part of the displayed, accepted document text.
_SKIP = {
    w("pPr"),
    w("rPr"),
    w("del"),
    w("moveFrom"),
    w("delText"),
    w("instrText"),
    w("delInstrText"),
    w("sdtPr"),
    w("sdtEndPr"),
    w("fldData"),
    w("pPrChange"),
    w("rPrChange"),
    MC_FALLBACK,
}
# Containers of block-level content to descend into transparently.
_BLOCK_WRAPPERS = {W_CUSTOM_XML, w("ins"), w("moveTo")}
_BLOCK_SKIP = {w("del"), w("moveFrom")}

# Word variants that python-docx refuses by content type but reads fine.
_WORD_MAIN_TYPES = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",  # .docm
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",  # .dotx
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",  # .dotm
)
for _content_type in _WORD_MAIN_TYPES:
    PartFactory.part_type_for.setdefault(_content_type, DocumentPart)

_OFFICE_DOCUMENT_REL = re.compile(
    rb'<Relationship\b[^>]*?Type="[^"]*/officeDocument"[^>]*?/?>', re.IGNORECASE | re.DOTALL
)
_TARGET = re.compile(rb'Target="([^"]+)"')

_HEADING_NAME = re.compile(r"^(heading\s*\d|标题|title\b|subtitle\b|副标题)", re.IGNORECASE)


# ---------------------------------------------------------------- container checks


def _eocd_entry_count(data: bytes) -> int | None:
    """Entry count from the End Of Central Directory record, before zipfile parses it."""
    pos = data.rfind(b"PK\x05\x06", max(0, len(data) - 65557))
    if pos < 0 or pos + 22 > len(data):
        return None
    (total,) = struct.unpack("<H", data[pos + 10 : pos + 12])
    return total


def _main_part_name(zf: zipfile.ZipFile, names: set[str]) -> str:
    """The main document part named by _rels/.rels (word/document.xml by default)."""
    if "_rels/.rels" in names:
        info = zf.getinfo("_rels/.rels")
        if info.file_size <= 1024 * 1024:
            rels = zf.read(info)
            match = _OFFICE_DOCUMENT_REL.search(rels)
            if match:
                target = _TARGET.search(match.group(0))
                if target:
                    name = target.group(1).decode("utf-8", "replace").lstrip("/")
                    if name.startswith("./"):
                        name = name[2:]
                    return name
    return "word/document.xml"


_LOCAL_HEADER = struct.Struct("<4s5H3L2H")  # zip local file header, 30 bytes


def _inflates_beyond_declared(data: bytes, info: zipfile.ZipInfo) -> bool:
    """Whether a deflated member's stream inflates to more than its declared size. zipfile trusts
    the declared size only at the end -- one read() may inflate up to 2 GiB first -- so the raw
    stream is inflated here in steps, counting, and stopped as soon as it runs over."""
    if info.compress_type != zipfile.ZIP_DEFLATED:
        return False
    start = info.header_offset
    header = data[start : start + _LOCAL_HEADER.size]
    if len(header) < _LOCAL_HEADER.size:
        return False  # a broken header: python-docx reports the file as corrupt
    fields = _LOCAL_HEADER.unpack(header)
    if fields[0] != b"PK\x03\x04":
        return False
    begin = start + _LOCAL_HEADER.size + fields[9] + fields[10]
    raw = bytes(memoryview(data)[begin : begin + info.compress_size])
    # a small lie is a damaged file (its CRC fails: "corrupt"); a stream running more than a
    # MB past what the directory declares is built to exhaust memory
    return limits.inflate_within(raw, info.file_size + 1024 * 1024, -15, keep=False) is None


def check_container(data: bytes, file: str) -> None:
    """Refuse zip bombs, non-Word zips and broken packages before python-docx opens them.

    Only the central directory is consulted (plus _rels/.rels, capped at 1 MB): nothing
    large is inflated. zipfile never inflates a member beyond its declared size, so
    declared sizes are a safe upper bound; a member lying low fails its CRC -> corrupt.
    """
    count = _eocd_entry_count(data)
    if count is not None and count > limits.MAX_ZIP_MEMBERS:
        raise read_error(
            file, ZIP_BOMB, f"压缩包内文件数量异常（{count} 个，疑似压缩炸弹），已拒绝读取。请上传正常保存的 .docx 文件。"
        )
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, struct.error) as exc:
        raise read_error(
            file, CORRUPT, "文件已损坏，不是有效的 .docx（Word 压缩包无法打开）。请在 Word 中重新保存后再上传。", detail=repr(exc)
        ) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.MAX_ZIP_MEMBERS:
            raise read_error(
                file, ZIP_BOMB, f"压缩包内文件数量异常（{len(infos)} 个，疑似压缩炸弹），已拒绝读取。请上传正常保存的 .docx 文件。"
            )
        total = 0
        for info in infos:
            total += info.file_size
            ratio_limited = info.file_size > limits.ZIP_RATIO_MIN_SIZE
            if ratio_limited and info.file_size > limits.MAX_ZIP_RATIO * max(info.compress_size, 1):
                raise read_error(file, ZIP_BOMB, detail=f"{info.filename}: {info.file_size}/{info.compress_size}")
        if total > limits.MAX_ZIP_TOTAL_UNCOMPRESSED:
            raise read_error(file, ZIP_BOMB, detail=f"declared total {total}")
        if any(info.flag_bits & 0x1 for info in infos):
            raise read_error(file, ENCRYPTED)

        names = {info.filename for info in infos}
        if "xl/workbook.xml" in names:
            raise read_error(file, UNSUPPORTED_FORMAT, "这是 Excel 表格文件，不是 Word 合同。请上传 .docx、.pdf 或 .txt 格式的合同。")
        if "ppt/presentation.xml" in names:
            raise read_error(file, UNSUPPORTED_FORMAT, "这是 PowerPoint 演示文稿，不是 Word 合同。请上传 .docx、.pdf 或 .txt 格式的合同。")
        looks_ooxml = "[Content_Types].xml" in names or "_rels/.rels" in names or any(n.startswith("word/") for n in names)
        if not looks_ooxml and not file.lower().endswith((".docx", ".docm", ".dotx", ".dotm")):
            raise read_error(file, UNSUPPORTED_FORMAT, "这是普通压缩包，不是 Word 文档。请解压后上传其中的 .docx、.pdf 或 .txt 合同文件。")
        if "[Content_Types].xml" not in names:
            raise read_error(file, MISSING_PART, "文件不是完整的 Word 文档（缺少 [Content_Types].xml）。请在 Word 中“另存为” .docx 后再上传。")
        main = _main_part_name(zf, names)
        if main not in names:
            raise read_error(file, MISSING_PART, f"文件不是完整的 Word 文档（缺少正文部分 {main}）。请在 Word 中“另存为” .docx 后再上传。")
        for info in infos:
            if _inflates_beyond_declared(data, info):
                raise read_error(file, ZIP_BOMB, detail=f"{info.filename}: stream longer than its declared {info.file_size}")
        for info in infos:
            if info.filename.endswith((".xml", ".rels")) and info.file_size > limits.MAX_XML_PART_BYTES:
                raise read_error(
                    file, TOO_LARGE, f"文档内容过大（{info.filename} 解压后 {info.file_size // (1024 * 1024)} MB），超出读取上限。请拆分后再上传。"
                )
        for info in infos:
            if info.filename.endswith((".xml", ".rels")) and _declares_dtd(zf, info):
                raise read_error(
                    file, CORRUPT, f"Word 文档的 {info.filename} 中含有 DTD 声明（正常保存的 Word 文件不会有），其中以实体写入的文字"
                    "无法可靠读取，已拒绝读取。请在 Word 中打开并“另存为” .docx 后再上传。"
                )


_DTD = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.I)


def _declares_dtd(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """A DOCTYPE or ENTITY declaration in a part's prolog. The XML parser does not expand
    entities (no billion laughs, no external files), so text written as &entity; would be
    dropped without a word; Word never writes a DTD, so such a file is refused instead. Only
    the first 64 KB are inflated: a prolog longer than that is no Word file either."""
    try:
        with zf.open(info) as part:
            head = part.read(65536)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error, NotImplementedError):
        return False  # a damaged member: python-docx reports the file
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        head = head.decode("utf-16", "ignore").encode("utf-8")
    root = re.search(rb"<[A-Za-z_]", head)
    return bool(_DTD.search(head[: root.start()] if root else head))


# ---------------------------------------------------------------- text of one paragraph


def _choose_alternate(alt: Any) -> Any | None:
    """Of mc:AlternateContent read the first mc:Choice, else the mc:Fallback."""
    for child in alt:
        if child.tag == MC_CHOICE:
            return child
    for child in alt:
        if child.tag == MC_FALLBACK:
            return child
    return None


def _collect(el: Any, out: list[str], boxes: list[Any]) -> None:
    """Append the displayed text under `el` to `out`; text boxes go to `boxes`."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str):  # comments, processing instructions
            continue
        if tag == W_T:
            out.append(child.text or "")
        elif tag in (W_TAB, W_PTAB):
            out.append("\t")
        elif tag in (W_BR, W_CR):
            out.append("\n")
        elif tag == W_NB_HYPHEN:
            out.append("-")
        elif tag in _SKIP:
            continue
        elif tag == W_TXBX:
            boxes.append(child)
        elif tag == MC_ALTERNATE:
            chosen = _choose_alternate(child)
            if chosen is not None:
                _collect(chosen, out, boxes)
        else:
            _collect(child, out, boxes)


def paragraph_text(p: Any) -> tuple[str, list[Any]]:
    """(text, text boxes) of a w:p element."""
    out: list[str] = []
    boxes: list[Any] = []
    _collect(p, out, boxes)
    return "".join(out), boxes


# ---------------------------------------------------------------- the walk


class _Context:
    """Where the blocks being emitted live: body, a table cell or a text box."""

    def __init__(self, parent: Any, table: int | None = None, row: int | None = None, col: int | None = None,
                 where: str | None = None):
        self.parent = parent  # python-docx object used as Paragraph parent (gives .part)
        self.table = table
        self.row = row
        self.col = col
        self.where = where


class _DocxWalker:
    def __init__(self, docx_document: Any, out: Document):
        self.docx = docx_document
        self.out = out
        self.table_count = 0
        part = docx_document.part
        styles_el = numbering_el = None
        for rel in part.rels.values():
            if rel.is_external:
                continue
            if rel.reltype == RT.STYLES:
                styles_el = getattr(rel.target_part, "element", None)
            elif rel.reltype == RT.NUMBERING:
                numbering_el = getattr(rel.target_part, "element", None)
        self.styles = Styles(styles_el)
        self.numbering = Numbering(numbering_el, self.styles)

    def run(self) -> None:
        body = self.docx.element.body
        # Block.source is (index of the w:p among body.iter(w:p), offset of its text in the
        # paragraph's text): a locator the .docx report writer finds the paragraph again with,
        # instead of a python-docx object that would keep the whole XML tree alive.
        self.paragraph_index = {p: i for i, p in enumerate(body.iter(W_P))}
        self.walk(body, _Context(self.docx._body))
        self.paragraph_index = {}

    def walk(self, container: Any, ctx: _Context) -> None:
        for child in container:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == W_P:
                self.paragraph(child, ctx)
            elif tag == W_TBL:
                self.table(child, ctx)
            elif tag == W_SDT:
                content = child.find(W_SDT_CONTENT)
                if content is not None:
                    self.walk(content, ctx)
            elif tag in _BLOCK_WRAPPERS:
                self.walk(child, ctx)
            elif tag == MC_ALTERNATE:
                chosen = _choose_alternate(child)
                if chosen is not None:
                    self.walk(chosen, ctx)
            # w:sectPr, bookmarks, w:del/w:moveFrom at block level, ...: nothing to read

    def paragraph(self, p: Any, ctx: _Context) -> None:
        ppr = p.find(W_PPR)
        style_id = None
        if ppr is not None:
            pstyle = ppr.find(w("pStyle"))
            if pstyle is not None:
                style_id = pstyle.get(W_VAL)
        if style_id is None:
            style_id = self.styles.default_paragraph
        style_name = self.styles.name(style_id)

        label: str | None = None
        level: int | None = None
        is_list = False
        numpr = self.numbering.paragraph_numpr(ppr, style_id)
        if numpr is not None:  # Word numbers empty paragraphs too: always advance
            label, _bullet = self.numbering.next_label(*numpr)
            level = numpr[1]
            is_list = True

        text, boxes = paragraph_text(p)
        original = text.strip()
        if original:
            if ctx.table is not None:
                kind = "table_cell"
            elif self._is_heading(ppr, style_id, style_name):
                kind = "heading"
            elif is_list:
                kind = "list_item"
            else:
                kind = "paragraph"
            self.out.add(
                original,
                kind=kind,
                where=ctx.where,
                table=ctx.table,
                row=ctx.row,
                col=ctx.col,
                label=label,
                level=level,
                style=BabelFish.internal2ui(style_name) if style_name else None,
                source=(self.paragraph_index[p], len(text) - len(text.lstrip())),
            )
        for box in boxes:
            where = f"{ctx.where} 文本框" if ctx.where else "文本框"
            self.walk(box, _Context(ctx.parent, ctx.table, ctx.row, ctx.col, where))

    def _is_heading(self, ppr: Any, style_id: str | None, style_name: str | None) -> bool:
        for style in self.styles.chain(style_id):
            name_el = style.find(w("name"))
            name = name_el.get(W_VAL) if name_el is not None else ""
            if name and _HEADING_NAME.match(name.strip()):
                return True
        if style_name and _HEADING_NAME.match(style_name.strip()):
            return True
        outline = None
        if ppr is not None:
            el = ppr.find(w("outlineLvl"))
            if el is not None:
                try:
                    outline = int(el.get(W_VAL, "9"))
                except ValueError:
                    outline = None
        if outline is None:
            outline = self.styles.outline_level(style_id)
        return outline is not None and 0 <= outline < 9

    def table(self, tbl: Any, ctx: _Context) -> None:
        self.table_count += 1
        number = self.table_count
        table_obj = Table(tbl, ctx.parent)
        for row_no, tr in enumerate(_iter_wrapped(tbl, W_TR), start=1):
            grid = _int_attr(tr.find(f"{W_TRPR}/{w('gridBefore')}"), 0)
            for tc in _iter_wrapped(tr, W_TC):
                tcpr = tc.find(W_TCPR)
                span = max(1, _int_attr(tcpr.find(w("gridSpan")) if tcpr is not None else None, 1))
                col = grid + 1
                grid += span
                if tcpr is not None and _is_merge_continuation(tcpr):
                    continue  # content belongs to the cell above / to the left
                where = f"表{number} 第{row_no}行 第{col}列"
                if ctx.table is not None and ctx.where:
                    where = f"{where}（嵌套在{ctx.where}中）"
                cell = _Cell(tc, table_obj)
                self.walk(tc, _Context(cell, number, row_no, col, where))


def _int_attr(el: Any, default: int) -> int:
    if el is None:
        return default
    try:
        return int(el.get(W_VAL, default))
    except (TypeError, ValueError):
        return default


def _is_merge_continuation(tcpr: Any) -> bool:
    for tag in ("vMerge", "hMerge"):
        el = tcpr.find(w(tag))
        if el is not None and el.get(W_VAL, "continue") != "restart":
            return True
    return False


def _iter_wrapped(parent: Any, tag: str):
    """Children `tag` of `parent`, also when wrapped in w:sdt / w:customXml / w:ins."""
    for child in parent:
        ctag = child.tag
        if ctag == tag:
            yield child
        elif ctag == W_SDT:
            content = child.find(W_SDT_CONTENT)
            if content is not None:
                yield from _iter_wrapped(content, tag)
        elif ctag in _BLOCK_WRAPPERS:
            yield from _iter_wrapped(child, tag)


# ---------------------------------------------------------------- entry point


def open_docx(data: bytes) -> Any:
    """python-docx Document for checked bytes (accepts .docm/.dotx main parts too)."""
    document_part = Package.open(io.BytesIO(data)).main_document_part
    if not isinstance(document_part, DocumentPart):
        raise ValueError(f"main part content type is {document_part.content_type!r}, expected {CT.WML_DOCUMENT_MAIN!r}")
    return document_part.document


def read_docx(data: bytes, file: str) -> Document:
    """Read .docx bytes; raises ReadError."""
    check_container(data, file)
    try:
        docx_document = open_docx(data)
    except KeyError as exc:
        raise read_error(
            file, MISSING_PART, "文件不是完整的 Word 文档（缺少必需的部件）。请在 Word 中“另存为” .docx 后再上传。", detail=repr(exc)
        ) from None
    except Exception as exc:  # python-docx / lxml / zipfile internals
        raise read_error(
            file, CORRUPT, "Word 文档已损坏或内容格式不正确，无法读取。请在 Word 中打开并重新保存后再上传。", detail=repr(exc)
        ) from None
    out = Document(source=file, format="docx", max_chars=limits.MAX_TEXT_CHARS)
    try:
        _DocxWalker(docx_document, out).run()
    except TooMuchText:
        raise  # read_document says the document is too long, which is what is wrong
    except Exception as exc:
        raise read_error(
            file, CORRUPT, "Word 文档内容结构异常，无法读取。请在 Word 中打开并重新保存后再上传。", detail=repr(exc)
        ) from None
    body = docx_document.element.body
    chunks = len(body.findall(".//" + _W + "altChunk")) if body is not None else 0
    if chunks:
        # w:altChunk pulls in another file (HTML, RTF, another .docx) that Word renders as part
        # of the document; its words are not read here, so the report must say so
        out.unread.append(f"文档里嵌入了{chunks}份其他文件（altChunk），其中的文字没有读取")
    if not out.blocks:
        if chunks:
            raise read_error(file, EMPTY, "Word 文档的文字都在嵌入的其他文件（altChunk）里，无法读取。请在 Word 中另存为新的 .docx 后再上传。")
        raise read_error(file, EMPTY, "Word 文档中没有任何文字。请确认上传的是填写好的合同文件。")
    return out

""".pdf -> Document (pdfplumber).

Page by page, pdfplumber's text lines (with their positions) are collected; then

1. page furniture is dropped: page-number lines ("第 1 页 共 3 页", "- 2 -", "2/5", bare
   digits) near the top or bottom of a page, and lines that recur (digits ignored) among
   the top or bottom lines of at least half of the pages (and at least 2 pages) -- one
   occurrence per page edge, so a title equal to the running header survives;
2. a run of two or more lines on one page that each break at gaps of at least COLUMN_GAP
   line heights is a table drawn without ruling lines: each piece becomes a "table_cell"
   block (columns from the run's widest row), as a .docx table would;
3. line wraps are joined into paragraphs: a line is continued by the next one when it
   does not end a sentence (。；：！？), the next line does not start a numbered item
   (第X条, 一、, （一）, 1. , 1、, (1), ①, 附件一：), the two characters at the join are CJK (or a
   CJK character next to a digit/letter), and the layout agrees: the line runs to the
   right margin and no blank gap follows. Joins across a page break are allowed (the
   block keeps the page it starts on). Latin text on both sides is joined with a space.

Refusals: encrypted (password) -> encrypted; unreadable/truncated (no %%EOF at the end)
-> corrupt; more than limits.MAX_PDF_PAGES pages -> too_large; no text, garbage text
((cid:NN) glyph codes, private-use characters) or mostly text-less pages -> no_text_layer.
A scanned contract is never returned as an empty or partial Document.
"""

from __future__ import annotations

import io
import logging
import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..document import Document
from . import limits
from .errors import CORRUPT, ENCRYPTED, NO_TEXT_LAYER, TOO_LARGE, ReadError, read_error
from .layout import NUMBERED_ITEM, compact, is_page_number, wrap_separator

# pdfminer warns a lot about harmless font quirks; without a handler anywhere Python would
# print them to stderr (logging.lastResort). A NullHandler keeps them out of the user's
# terminal while an application that configures logging still receives them.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())

EDGE_LINES = 3  # lines at the top and at the bottom of a page that may be furniture
MIN_TEXT_CHARS = 10  # fewer meaningful characters in the whole PDF -> no text layer
MIN_PAGE_CHARS = 5  # a page with fewer is "text-less"
MAX_GARBAGE_SHARE = 0.3

_CID = re.compile(r"\(cid:\d+\)")
_SPACED_CJK = re.compile(r"^(?:[\u4e00-\u9fff]\s+)+[\u4e00-\u9fff]$")


@dataclass
class _Line:
    text: str
    page: int
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    # the line's text cut at wide horizontal gaps, with each piece's left and right edge:
    # a row of a table drawn without ruling lines (None for an ordinary line)
    cells: list[tuple[str, float, float]] | None = None


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", compact(text))


def _strip_furniture(pages: list[list[_Line]]) -> list[list[_Line]]:
    n = len(pages)
    repeated: set[str] = set()
    if n >= 2:
        counts: Counter[str] = Counter()
        for lines in pages:
            edge = lines[:EDGE_LINES] + lines[-EDGE_LINES:]
            counts.update({_furniture_key(line.text) for line in edge})
        threshold = max(2, math.ceil(n / 2))
        repeated = {
            key for key, count in counts.items()
            if count >= threshold and 0 < len(key) <= 80 and not NUMBERED_ITEM.match(key)
        }
    out: list[list[_Line]] = []
    for lines in pages:
        dropped: set[int] = set()
        top_used: set[str] = set()
        # a running header right above an identical title (single-page documents cannot
        # show recurrence): drop the first of two equal lines at the top
        top_keys = [_furniture_key(line.text) for line in lines[:EDGE_LINES]]
        for i, key in enumerate(top_keys):
            if key and key in top_keys[i + 1 :] and key not in top_used:
                dropped.add(id(lines[i]))
                top_used.add(key)
        # at most one line per repeated text at the top and one at the bottom, so a
        # title equal to the running header survives on the first page
        bottom = lines[max(EDGE_LINES, len(lines) - EDGE_LINES):][::-1]  # disjoint from the top
        for edge, used in ((lines[:EDGE_LINES], top_used), (bottom, set())):
            for line in edge:
                if id(line) in dropped:
                    continue
                key = _furniture_key(line.text)
                if (key in repeated and key not in used) or is_page_number(line.text, n):
                    used.add(key)
                    dropped.add(id(line))
        out.append([line for line in lines if id(line) not in dropped])
    return out


class _PageGeometry:
    def __init__(self, lines: list[_Line]):
        heights = [max(0.1, line.bottom - line.top) for line in lines] or [10.0]
        self.height = statistics.median(heights)
        gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:]) if b.top >= a.bottom - 0.5]
        # the usual leading between lines of a paragraph (capped: with few lines the
        # median may itself be a paragraph gap)
        self.gap = min(statistics.median(gaps), self.height) if gaps else 0.0
        self.right = max((line.x1 for line in lines), default=0.0)

    def is_full(self, line: _Line) -> bool:
        return line.x1 >= self.right - 1.5 * self.height

    def blank_gap(self, upper: _Line, lower: _Line) -> bool:
        return lower.top - upper.bottom > max(self.gap, 0.0) + 0.7 * self.height


def _join_separator(prev: _Line, nxt: _Line, geometry: dict[int, _PageGeometry]) -> str | None:
    """"" or " " when `nxt` continues `prev`, None when it starts a new block."""
    geo = geometry.get(prev.page)
    if geo is not None and prev.x1 > 0 and prev.text.strip() and nxt.text.strip():
        # a short line ending in a comma is still mid-sentence (hand-written additions, ragged
        # right margins): "怀孕后不能上夜班赶货的，" / "视为自动离职"
        if not geo.is_full(prev) and not prev.text.rstrip().endswith(("，", ",", "、")):
            return None
        if nxt.page == prev.page and geo.blank_gap(prev, nxt):
            return None
    return wrap_separator(prev.text, nxt.text)


def _clean_line(text: str) -> str:
    text = _CID.sub("", text).strip()
    if _SPACED_CJK.match(text):  # letter-spaced titles: "劳 动 合 同" -> "劳动合同"
        text = re.sub(r"\s+", "", text)
    return text


def _open_error(file: str, exc: BaseException):
    """Map an exception from opening a PDF to a ReadError."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)) or isinstance(exc, (PDFPasswordIncorrect, PDFEncryptionError)):
        return read_error(file, ENCRYPTED, "PDF 已加密（设有打开密码），无法读取。请去除密码后再上传。", detail=repr(exc))
    return read_error(file, CORRUPT, "PDF 文件已损坏或格式不正确，无法读取。请重新导出 PDF 后再上传。", detail=repr(exc))


def _page_count(pdf: Any) -> int | None:
    from pdfminer.pdftypes import resolve1

    try:
        pages = resolve1(pdf.doc.catalog.get("Pages"))
        count = resolve1(pages.get("Count")) if isinstance(pages, dict) else None
        return int(count) if isinstance(count, (int, float)) else None
    except Exception:
        return None


def read_pdf(data: bytes, file: str) -> Document:
    """Read PDF bytes; raises ReadError."""
    import pdfplumber

    if b"%%EOF" not in data[-2048:]:
        raise read_error(
            file, CORRUPT, "PDF 文件不完整（可能下载或上传中断），无法读取。请重新获取完整的文件后再上传。"
        )
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        raise _open_error(file, exc) from None

    raw_pages: list[list[_Line]] = []
    blank: set[int] = set()
    encrypted = False
    try:
        with pdf:
            encrypted = getattr(pdf.doc, "encryption", None) is not None
            declared = _page_count(pdf)
            if declared is not None and declared > limits.MAX_PDF_PAGES:
                raise read_error(file, TOO_LARGE, f"PDF 页数过多（{declared} 页，上限 {limits.MAX_PDF_PAGES} 页）。请只上传合同本身。")
            for page_no, page in enumerate(pdf.pages, start=1):
                if page_no > limits.MAX_PDF_PAGES:
                    raise read_error(file, TOO_LARGE, f"PDF 页数过多（超过 {limits.MAX_PDF_PAGES} 页）。请只上传合同本身。")
                _check_page_streams(page, page_no, file)
                lines = []
                for item in page.extract_text_lines(strip=True, return_chars=True):
                    text = item.get("text") or ""
                    top, bottom = float(item.get("top", 0)), float(item.get("bottom", 0))
                    lines.append(
                        _Line(text, page_no, float(item.get("x0", 0)), float(item.get("x1", 0)), top, bottom,
                              _gap_cells(item.get("chars") or [], bottom - top))
                    )
                raw_pages.append(lines)
                if not lines and not any(page.objects.get(k) for k in ("image", "rect", "curve", "line")):
                    blank.add(page_no)  # an empty page, not a scan: nothing left unread
                page.close()
    except ReadError:
        raise
    except Exception as exc:
        raise _open_error(file, exc) from None

    if not raw_pages:
        raise read_error(file, CORRUPT, "PDF 中没有任何页面。请重新导出 PDF 后再上传。")
    if encrypted and _garbage_share(raw_pages) > 0:
        # a file with only an owner (permissions) password: pdfminer may decrypt its streams
        # but not the strings that name a font's character collection, leaving glyph codes;
        # PDFium reads such files as viewers do
        alternative = _pdfium_pages(data)
        if alternative is not None and _garbage_share(alternative) < _garbage_share(raw_pages):
            raw_pages = alternative
    _check_garbage(raw_pages, file)
    # glyph codes left in the text layer: those words are not read (named in the report)
    garbled = {lines[0].page: sum(len(_CID.findall(line.text)) for line in lines) for lines in raw_pages if lines}

    for lines in raw_pages:
        for line in lines:
            line.text = _clean_line(line.text)
        lines[:] = [line for line in lines if line.text]
    pages = _strip_furniture(raw_pages)

    n_pages = len(pages)
    page_chars = [sum(len(compact(line.text)) for line in lines) for lines in pages]
    total = sum(page_chars)
    textless = sum(1 for chars in page_chars if chars < MIN_PAGE_CHARS)
    if total < MIN_TEXT_CHARS:
        raise read_error(file, NO_TEXT_LAYER)
    if n_pages >= 2 and textless * 2 > n_pages:
        raise read_error(
            file, NO_TEXT_LAYER,
            f"PDF 的 {n_pages} 页中有 {textless} 页没有可识别的文字，看起来是扫描图片。请先用 OCR 文字识别转成文字版，或上传 Word/文本版本。",
        )

    geometry = {lines[0].page: _PageGeometry(lines) for lines in pages if lines}
    out = Document(source=file, format="pdf", max_chars=limits.MAX_TEXT_CHARS)
    for page_no, chars in enumerate(page_chars, start=1):
        if chars < MIN_PAGE_CHARS and page_no not in blank:
            out.unread.append(f"第{page_no}页没有可识别的文字（可能是扫描图片），未检查")
    for page_no, count in sorted(garbled.items()):
        if count:
            out.unread.append(f"第{page_no}页有约{count}处文字的字体缺少文字编码（(cid:NN)），这些文字未读出")
    current: list[str] = []
    start: _Line | None = None
    prev: _Line | None = None
    table_rows = {key: value for lines in pages for key, value in _tables(lines).items()}
    table = 0
    for line in (line for lines in pages for line in lines):
        if id(line) in table_rows:
            _flush(out, current, start)
            current, start, prev = [], None, None
            row, cols = table_rows[id(line)]
            table += row == 1
            for (text, _, _), col in zip(line.cells or [], cols):
                text = _clean_line(text)
                if text:
                    out.add(text, kind="table_cell", page=line.page, table=table, row=row, col=col,
                            where=f"第{line.page}页 表{table} 第{row}行 第{col}列")
            continue
        if prev is not None:
            sep = _join_separator(prev, line, geometry)
            if sep is not None:
                current.append(sep + line.text)
                prev = line
                continue
            _flush(out, current, start)
        current = [line.text]
        start = line
        prev = line
    _flush(out, current, start)
    return out


_TEXT_OPS = re.compile(rb"T[jJ]\b|[\'\"]\s")


def _check_page_streams(page: Any, page_no: int, file: str) -> None:
    """Inflate the page's content streams in steps, counting, before pdfminer interprets
    them (limits.inflate_within): refuse a stream that inflates past MAX_PDF_PAGE_STREAM_BYTES (a Flate bomb) or a page of
    more than MAX_PDF_PAGE_TEXT_OPS text operators (millions of one-glyph operators)."""
    from pdfminer.pdftypes import resolve1

    contents = page.page_obj.contents or []
    total, ops = 0, 0
    for ref in contents if isinstance(contents, list) else [contents]:
        stream = resolve1(ref)
        raw = getattr(stream, "rawdata", None)
        if raw is None:
            continue
        filters = resolve1(stream.attrs.get("Filter")) if hasattr(stream, "attrs") else None
        names = [getattr(f, "name", str(f)) for f in (filters if isinstance(filters, list) else [filters] if filters else [])]
        if getattr(stream, "decipher", None) and stream.objid is not None:
            raw = stream.decipher(stream.objid, stream.genno, raw, stream.attrs)  # an encrypted file
        data = raw
        if names[:1] in (["ASCII85Decode"], ["A85"]) and names[1:] in ([], ["FlateDecode"], ["Fl"]):
            from pdfminer.ascii85 import ascii85decode

            data, names = ascii85decode(raw), names[1:]  # no bigger than its input
        elif names[:1] in (["ASCIIHexDecode"], ["AHx"]) and names[1:] in ([], ["FlateDecode"], ["Fl"]):
            from pdfminer.ascii85 import asciihexdecode

            data, names = asciihexdecode(raw), names[1:]
        if names and names not in (["FlateDecode"], ["Fl"]):
            continue  # other encodings (LZW, images' DCT…): pdfminer decodes them
        if names:
            data = limits.inflate_within(data, limits.MAX_PDF_PAGE_STREAM_BYTES - total)  # damaged: pdfminer decides
            if data is None:
                raise read_error(file, TOO_LARGE, f"PDF 第{page_no}页的内容解压后过大（疑似压缩炸弹），已拒绝读取。请重新导出 PDF 后再上传。")
        total += len(data)
        if total > limits.MAX_PDF_PAGE_STREAM_BYTES:
            raise read_error(file, TOO_LARGE, f"PDF 第{page_no}页的内容过大，已拒绝读取。请重新导出 PDF 后再上传。")
        ops += len(_TEXT_OPS.findall(data))
        if ops > limits.MAX_PDF_PAGE_TEXT_OPS:
            raise read_error(file, TOO_LARGE, f"PDF 第{page_no}页的文字指令异常多（超过 {limits.MAX_PDF_PAGE_TEXT_OPS} 条），已拒绝读取。请重新导出 PDF 后再上传。")


# a gap this many line heights wide between two characters of one line separates table
# columns (a word space in Latin or mixed text is well under one)
COLUMN_GAP = 2.5


def _gap_cells(chars: list[dict[str, Any]], height: float) -> list[tuple[str, float, float]] | None:
    """The pieces of a text line between gaps of at least COLUMN_GAP line heights."""
    if len(chars) < 2 or height <= 0:
        return None
    cells: list[tuple[str, float, float]] = []
    piece = [chars[0]]
    for a, b in zip(chars, chars[1:]):
        if float(b.get("x0", 0)) - float(a.get("x1", 0)) >= COLUMN_GAP * height:
            cells.append(_piece(piece))
            piece = []
        piece.append(b)
    cells.append(_piece(piece))
    cells = [c for c in cells if c[0]]
    return cells if len(cells) >= 2 else None


def _piece(chars: list[dict[str, Any]]) -> tuple[str, float, float]:
    text = "".join(c.get("text", "") for c in chars).strip()
    return text, float(chars[0].get("x0", 0)), float(chars[-1].get("x1", 0))


def _tables(lines: list[_Line]) -> dict[int, tuple[int, list[int]]]:
    """Runs of at least two consecutive gapped lines on one page are a table drawn without
    ruling lines. Returns, by id of each row's line, (row number, column of each cell);
    columns are those of the run's widest row, a cell taking the one it overlaps most."""
    rows: dict[int, tuple[int, list[int]]] = {}
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].cells and lines[j].page == lines[i].page:
            j += 1
        if j - i >= 2:
            run = lines[i:j]
            widest = max(run, key=lambda line: len(line.cells or []))
            spans = [(x0, x1) for _, x0, x1 in widest.cells or []]
            for row, line in enumerate(run, start=1):
                cols = []
                for _, x0, x1 in line.cells or []:
                    overlap = [min(x1, b) - max(x0, a) for a, b in spans]
                    best = max(range(len(spans)), key=lambda k: overlap[k])
                    if overlap[best] <= 0:  # between columns: the nearest column to the left
                        best = max([k for k, (a, _) in enumerate(spans) if a <= x0] or [0])
                    cols.append(best + 1)
                if len(set(cols)) != len(cols):  # two cells in one column: not a table row
                    cols = list(range(1, len(cols) + 1))
                rows[id(line)] = (row, cols)
            i = j
        else:
            i = max(j, i + 1)
    return rows


def _flush(out: Document, parts: list[str], start: _Line | None) -> None:
    text = "".join(parts).strip()
    if text and start is not None:
        out.add(text, kind="paragraph", page=start.page, where=f"第{start.page}页")


def _garbage_share(pages: list[list[_Line]]) -> float:
    """The share of the text layer that is glyph codes or private-use characters."""
    text = "".join(line.text for lines in pages for line in lines)
    compact = re.sub(r"\s+", "", text)
    if not compact:
        return 0.0
    cid_chars = sum(len(m) for m in _CID.findall(compact))
    odd = sum(1 for ch in compact if "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd")
    return (cid_chars + odd) / len(compact)


def _pdfium_pages(data: bytes) -> list[list[_Line]] | None:
    """Text lines of each page as PDFium reads them (no positions: lines are joined by their
    text alone), or None when PDFium cannot open the file either."""
    try:
        import pypdfium2
    except ImportError:  # pragma: no cover - installed with pdfplumber
        return None
    try:
        document = pypdfium2.PdfDocument(data)
    except Exception:
        return None
    pages: list[list[_Line]] = []
    try:
        for index in range(min(len(document), limits.MAX_PDF_PAGES)):
            page = document[index]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            textpage.close()
            page.close()
            pages.append([_Line(line.strip(), index + 1) for line in re.split(r"\r\n|\r|\n", text) if line.strip()])
    except Exception:
        return None
    finally:
        document.close()
    return pages


def _check_garbage(pages: list[list[_Line]], file: str) -> None:
    """Refuse text layers made of glyph codes or private-use characters."""
    if _garbage_share(pages) > MAX_GARBAGE_SHARE:
        raise read_error(
            file, NO_TEXT_LAYER,
            "PDF 的文字层是无法识别的乱码（字体缺少文字编码），无法读取。请先用 OCR 文字识别转成文字版，或上传 Word/文本版本。",
        )

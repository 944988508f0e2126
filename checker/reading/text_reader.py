""".txt / .md -> Document.

Decoding: a BOM decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE); otherwise strict UTF-8; otherwise
charset-normalizer chooses between GB18030 (a superset of GBK and GB2312) and Big5 (traditional
templates from Hong Kong and Taiwan): Big5 bytes read as GB18030 without an error but as kana and
rare characters, so a strict decode alone cannot tell them apart. Text with NUL bytes is binary
unless it decodes cleanly as BOM-less UTF-16. Decoded text must look like text (few control
characters), or it is refused.

Plain text copied from a web page or a PDF: page numbers ("第 2 页 共 4 页", "- 2 -") and site
furniture ("下载本文", "（通用15篇）", "www.…") are dropped, and a line broken inside a sentence
("…不予发" / "放。") is joined to the next one (see `_continues`).

One block per non-empty line, stripped. Markdown (.md/.markdown): "# 标题" -> kind
"heading" without the hashes; "- item" / "* item" / "+ item" -> kind "list_item" without
the marker; "> quote" loses the marker; "1. item" keeps its number in the text (it is
the clause number the segmenter reads) and becomes kind "list_item"; table rows
"| a | b |" become "table_cell" blocks with table/row/col (separator rows and
horizontal rules are dropped); "**bold**" emphasis markers wrapping a whole line are removed.
"""

from __future__ import annotations

import codecs
import re

from ..document import Document
from . import limits
from .errors import EMPTY, UNDECODABLE, UNSUPPORTED_FORMAT, read_error
from .layout import NUMBERED_ITEM, is_page_number, is_site_furniture, wrap_separator

TEXT_EXTENSIONS = {".txt", ".text", ".md", ".markdown", ""}
MARKDOWN_EXTENSIONS = {".md", ".markdown"}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters that do not occur in real text files (tab, LF, VT, FF, CR are fine).
_BAD_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    bad = len(_BAD_CONTROL.findall(text))
    private = sum(1 for ch in text if "\ue000" <= ch <= "\uf8ff" or "\ud800" <= ch <= "\udfff")
    return bad <= max(2, len(text) // 200) and private <= max(2, len(text) // 20)


def decode_text(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) or None when the bytes are not text we can decode."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                return None
            return (text, encoding) if _looks_like_text(text) else None
    if b"\x00" in data:
        # BOM-less UTF-16: only if it decodes cleanly and reads as text.
        if len(data) % 2 == 0:
            for encoding in ("utf-16-le", "utf-16-be"):
                try:
                    text = data.decode(encoding)
                except UnicodeDecodeError:
                    continue
                if "\x00" not in text and _looks_like_text(text):
                    return text, encoding
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return (text, "utf-8") if _looks_like_text(text) else None
    encoding = _legacy_encoding(data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return (text, encoding) if _looks_like_text(text) else None


_LEGACY = ["gb18030", "big5", "cp950", "big5hkscs"]


def _legacy_encoding(data: bytes) -> str:
    """GB18030 or Big5 for bytes that are not UTF-8 (charset-normalizer's judgement)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=_LEGACY).best()
    return best.encoding if best is not None else "gb18030"


_MD_HEADING = re.compile(r"^#{1,6}(?:\s+|$)")
_MD_BULLET = re.compile(r"^[-*+]\s+")
_MD_QUOTE = re.compile(r"^>\s?")
_MD_NUMBERED = re.compile(r"^\d{1,3}[.)、]\s*\S")
_MD_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
_MD_TABLE_SEP = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
_MD_FENCE = re.compile(r"^(```|~~~)")
_MD_BOLD_LINE = re.compile(r"^(\*\*|__)(.+)\1$")


_MD_HEADING_LINE = re.compile(r"^#{1,6}[ \t]+\S", re.M)


def looks_like_markdown(text: str) -> bool:
    """A .txt written in Markdown (exported from a notes app or a chat assistant): two or more
    "## 第九条 押金与证件" headings. Read as plain text, such a heading becomes a clause of its own,
    cut off from the body ("甲方不收取押金……") that answers it."""
    found = _MD_HEADING_LINE.finditer(text)
    return next(found, None) is not None and next(found, None) is not None


def _md_cells(line: str) -> list[str]:
    inner = line.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", inner)]


class _Tables:
    """Numbers tables and rows as consecutive table lines arrive; empty cells are skipped."""

    def __init__(self, out: Document) -> None:
        self.out = out
        self.table = self.row = 0
        self.open = False

    def add_row(self, cells: list[str]) -> None:
        if not self.open:
            self.table, self.row, self.open = self.table + 1, 0, True
        self.row += 1
        for col, cell in enumerate(cells, start=1):
            if cell:
                self.out.add(cell, kind="table_cell", table=self.table, row=self.row, col=col,
                             where=f"表{self.table} 第{self.row}行 第{col}列")

    def close(self) -> None:
        self.open = False


_MD_INLINE_EMPHASIS = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|(?<![\w_])__(?=\S)(.+?)(?<=\S)__(?![\w_])")


def _read_markdown(text: str, out: Document) -> None:
    tables = _Tables(out)
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            tables.close()
            continue
        if _MD_FENCE.match(line):
            continue
        if line.startswith("|"):
            if _MD_TABLE_SEP.match(line):
                continue
            tables.add_row(_md_cells(line))
            continue
        tables.close()
        if _MD_RULE.match(line):
            continue
        kind = "paragraph"
        while _MD_QUOTE.match(line):
            line = _MD_QUOTE.sub("", line, count=1).strip()
        if _MD_HEADING.match(line):
            line = _MD_HEADING.sub("", line, count=1).rstrip("#").strip()
            kind = "heading"
        elif _MD_BULLET.match(line) and not _MD_RULE.match(line):
            line = _MD_BULLET.sub("", line, count=1).strip()
            kind = "list_item"
        elif _MD_NUMBERED.match(line):
            kind = "list_item"
        bold = _MD_BOLD_LINE.match(line)
        if bold:
            line = bold.group(2).strip()
        # inline emphasis ("1. **补偿**：……**三年**内") is markup, not text: it would split words
        line = _MD_INLINE_EMPHASIS.sub(lambda m: m.group(1) or m.group(2), line)
        if line:
            out.add(line, kind=kind)


# Plain-text tables as people type them: "岗位｜底薪｜补贴" (full- or half-width bars), and as
# editors draw them with box-drawing characters ("│ 基本工资 │ 1780 │", between "├────┼────┤"
# rules) or ASCII ("+------+------+").
_BAR = re.compile(r"[|｜│┃║]")
_BORDER = re.compile(r"[\u2500-\u257F+\-=\s]*[\u2500-\u257F][\u2500-\u257F+\-=\s]*|\+[-=+\s]*[-=]\+[-=+\s]*")
_OUTER_BORDER = re.compile(r"[┌╔╒╓┏└╚╘╙┗]")  # a table's top or bottom rule; ASCII "+---+" rules go on


def _is_table_row(line: str) -> bool:
    return len(_BAR.findall(line)) >= 2 or (line[:1] in "|｜" and len(_BAR.findall(line)) >= 1)


# A line that names a field ("甲方：", "法定代表人（主要负责人）：", "乙方（签字）") starts a block of its own,
# and a field line ("统一社会信用代码：9144…") is not continued by the next.
_FIELD = re.compile(r"^[^,，。;；:：]{1,32}?(?:[:：]|[(（](?:签字|签名|盖章|公章|手印)[)）])")
# a signature or date line: a party's name followed by its seal, colon or signature, or a date alone
# ("甲方可解除合同。" continues a sentence: the party is its subject)
_SIGNATURE = re.compile(r"^(?:(?:甲方|乙方|丙方|用人单位|劳动者|雇主|雇员|日期|签订日期)\s*(?:[(（:：]|签|盖|代表|法定|负责人|$)"
                        r"|签字|签名|盖章|(?:\d{4}|[二〇零一]{4})\s*年(?:\s*[\d一二三四五六七八九十]{1,3}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?)?\s*$)")
_COMMA = re.compile(r"[，,]")
_ORGANISATION_END = re.compile(r"(?:公司|厂|店|中心|酒店|酒楼|超市|幼儿园|学校|医院|工作室|合作社|商行|饼家|作坊|门市部|经营部)$")
_TITLE_LINE = re.compile(r"[^，,。；;:：]{0,16}(?:合同|协议|合约|聘书|通知书|确认书|须知|手册|制度|守则)(?:书)?(?:[（(][^）)]{0,12}[）)])?")


def _display_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def wrap_width(lines: list[str]) -> int:
    """The width a hard-wrapped copy was wrapped at: lines broken inside a sentence run to about
    this width (the 90th percentile of the line widths), while a field line of a form or a chat
    ("社保：转正以后帮你买，试用期不买") that ends well short of it is a line of its own."""
    widths = sorted(_display_width(line.strip()) for line in lines if len(line.strip()) >= 8)
    return widths[int(len(widths) * 0.9)] if len(widths) >= 5 else 0


WRAP_FILL = 0.7  # a wrapped line fills at least this share of the wrap width


def _continues(line: str, nxt: str, within: bool = False, width: int = 0) -> str | None:
    """The separator when plain-text line `nxt` continues `line` (a wrap inside a sentence), else None.

    Beyond the characters at the join (`wrap_separator`), the line must read as part of a
    sentence -- at least 12 characters with a comma, or 16 -- and not be a heading such as
    "七、合同的变更、解除和终止", a field ("地址：…") or a layout line with runs of spaces;
    the next line must not start a field, a signature line or a numbered item.
    """
    sep = wrap_separator(line, nxt)
    if sep is None or _is_table_row(line) or _is_table_row(nxt):
        return None
    body, head = line.strip(), nxt.strip()
    if head[0] in "；;，,、。)）" and not _is_table_row(line):
        return sep  # no line starts with a comma or a semicolon: it goes on the sentence above
    # `within`: the line itself continues a sentence from the line before, so it is no heading
    short = len(body) < 12 or (len(body) < 16 and not _COMMA.search(body))
    if (short and not within) or re.search(r"\s{2,}|\t", body):
        return None
    field = _FIELD.match(body)
    if field and not within and (not _COMMA.search(body, field.end())
                                 or (width and _display_width(body) < WRAP_FILL * width)):
        return None  # a field line ("社保：转正以后帮你买，试用期不买") ending well short of the wrap width ends there
    if _FIELD.match(head) or _SIGNATURE.match(head) or NUMBERED_ITEM.match(head):
        return None
    if _ORGANISATION_END.search(body) or _TITLE_LINE.fullmatch(head):
        return None  # "中山市某某五金制品有限公司" over "劳动合同（妈妈岗）": a letterhead and a title
    return sep


def _running_headers(text: str) -> set[str]:
    """Lines repeated on every page of a copied PDF (a header with the company and the contract's
    name): three or more identical short lines that are not clause text. The first stays."""
    counts: dict[str, int] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if line and len(line) <= 80 and not NUMBERED_ITEM.match(line) and not _is_table_row(line):
            counts[line] = counts.get(line, 0) + 1
    return {line for line, n in counts.items() if n >= 3 and not re.search(r"[。；;]$", line)}


def _is_furniture(line: str) -> bool:
    return is_page_number(line) or is_site_furniture(line)


def _read_plain(text: str, out: Document) -> None:
    """One block per non-empty line; runs of bar-separated lines become table cells, so
    that a 薪酬表 row is read with its column headers (a wage in a table cell). A line
    broken inside a sentence is joined to its continuation, across page furniture."""
    tables = _Tables(out)
    running = _running_headers(text)
    seen_running: set[str] = set()
    pending: str | None = None  # a paragraph whose last line may continue
    last = ""  # that line
    width = wrap_width(text.splitlines())

    def flush() -> None:
        nonlocal pending
        if pending is not None:
            out.add(pending)
            pending = None

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            flush()
            tables.close()
            continue
        if _is_furniture(line) or (line in running and line in seen_running):
            continue  # and a sentence broken by a page footer or a running header goes on after it
        if line in running:
            seen_running.add(line)
        if _BORDER.fullmatch(line):
            flush()  # a table's rule line: a top or bottom rule ends the table before, the others go on
            if _OUTER_BORDER.match(line):
                tables.close()
            continue
        if _is_table_row(line):
            flush()
            cells = [c.strip() for c in _BAR.split(line.strip("|｜│┃║ "))]
            tables.add_row(["" if re.fullmatch(r"[-—:：\s]+", c) else c for c in cells])
            continue
        tables.close()
        if pending is not None:
            sep = _continues(last, line, within=pending != last, width=width)
            if sep is not None:
                pending, last = pending + sep + line, line
                continue
            flush()
        pending = last = line
    flush()


def read_text(data: bytes, file: str, ext: str) -> Document:
    """Read text bytes; raises ReadError."""
    decoded = decode_text(data)
    if decoded is None:
        if ext in TEXT_EXTENSIONS:
            raise read_error(file, UNDECODABLE)
        raise read_error(
            file,
            UNSUPPORTED_FORMAT,
            f"不支持的文件格式（{ext or '无扩展名'}，内容既不是 Word、PDF，也不是文本）。请上传 .docx、.pdf 或 .txt/.md 文件。",
        )
    text, _encoding = decoded
    out = Document(source=file, format="txt", max_chars=limits.MAX_TEXT_CHARS)
    if ext in MARKDOWN_EXTENSIONS or looks_like_markdown(text):
        _read_markdown(text, out)
    else:
        _read_plain(text, out)
    if not out.blocks:
        raise read_error(file, EMPTY, "文件中没有任何文字（只有空白）。请确认上传的是填写好的合同文件。")
    return out

"""The one source a template is written in, and the three formats rendered from it.

A template renders (Jinja2) to a small, fixed subset of Markdown:

    # 标题                       the document title (one, first)
    ### 副标题                    a centred line under the title ("（妈妈岗·弹性工时）")
    ## 第一条 合同期限             a clause heading
    一段文字。                     a paragraph (one line = one paragraph)
    | 项目 | 约定 |                a table (first row is the header; the |---| line is optional)
    > 注：……                      a note in smaller type
    ---签字---                     the signature block: the lines after it, each "左栏 || 右栏"

Every format is written from the parsed blocks, so the wording lives in one place only.
"""

from __future__ import annotations

import html as html_lib
import io
import re
from dataclasses import dataclass, field

SIGNATURE = "---签字---"
_FIELD_LINE = re.compile(r"^[^，。；,;]{1,24}[：:]")


@dataclass
class Block:
    kind: str  # title | subtitle | heading | paragraph | table | note | signature
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)  # table rows / signature columns


def parse(markup: str) -> list[Block]:
    blocks: list[Block] = []
    table: Block | None = None
    signing = False
    for raw in markup.splitlines():
        line = raw.strip()
        if not line:
            table = None
            continue
        if line == SIGNATURE:
            signing, table = True, None
            blocks.append(Block("signature"))
            continue
        if signing:
            blocks[-1].rows.append([c.strip() for c in line.split("||")])
            continue
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            if table is None:
                table = Block("table")
                blocks.append(table)
            table.rows.append(cells)
            continue
        table = None
        if line.startswith("# "):
            blocks.append(Block("title", line[2:].strip()))
        elif line.startswith("### "):
            blocks.append(Block("subtitle", line[4:].strip()))
        elif line.startswith("## "):
            blocks.append(Block("heading", line[3:].strip()))
        elif line.startswith("> "):
            blocks.append(Block("note", line[2:].strip()))
        else:
            blocks.append(Block("paragraph", line))
    return blocks


# ---------------------------------------------------------------- Markdown


def to_markdown(blocks: list[Block]) -> str:
    out: list[str] = []
    for b in blocks:
        if b.kind == "title":
            out.append(f"# {b.text}")
        elif b.kind == "subtitle":
            out.append(f"**{b.text}**")
        elif b.kind == "heading":
            out.append(f"## {b.text}")
        elif b.kind == "note":
            out.append(f"> {b.text}")
        elif b.kind == "table":
            width = max(len(r) for r in b.rows)
            rows = [r + [""] * (width - len(r)) for r in b.rows]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * width)
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        elif b.kind == "signature":
            out += ["", *["　　　　".join(c for c in row if c) for row in b.rows]]
        else:
            out.append(b.text)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- HTML

_CSS = """
body{font-family:"SimSun","Songti SC","Noto Serif CJK SC","Source Han Serif SC",serif;max-width:800px;margin:24px auto;padding:0 16px;line-height:1.9;color:#111}
h1{font-family:"SimHei","Heiti SC","Noto Sans CJK SC",sans-serif;text-align:center;font-size:1.6rem;margin:8px 0 4px}
.subtitle{text-align:center;margin:0 0 20px}
h2{font-family:"SimHei","Heiti SC","Noto Sans CJK SC",sans-serif;font-size:1.05rem;margin:18px 0 4px}
p{margin:4px 0;text-indent:2em} p.field{text-indent:0} p.note{text-indent:0;font-size:.9rem;color:#444}
table{border-collapse:collapse;width:100%;margin:8px 0} td,th{border:1px solid #333;padding:4px 8px;text-align:left;vertical-align:top}
.signature{display:grid;grid-template-columns:1fr 1fr;gap:10px 24px;margin-top:32px} .signature p{text-indent:0}
@media print{@page{size:A4;margin:25mm 20mm} body{margin:0;max-width:none}}
"""


def to_html(blocks: list[Block], title: str) -> str:
    e = html_lib.escape
    out = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{e(title)}</title><style>{_CSS}</style></head><body>"]
    for b in blocks:
        if b.kind == "title":
            out.append(f"<h1>{e(b.text)}</h1>")
        elif b.kind == "subtitle":
            out.append(f'<p class="subtitle">{e(b.text)}</p>')
        elif b.kind == "heading":
            out.append(f"<h2>{e(b.text)}</h2>")
        elif b.kind == "note":
            out.append(f'<p class="note">{e(b.text)}</p>')
        elif b.kind == "table":
            rows = [f"<tr>{''.join(f'<th>{e(c)}</th>' for c in b.rows[0])}</tr>"]
            rows += [f"<tr>{''.join(f'<td>{e(c)}</td>' for c in r)}</tr>" for r in b.rows[1:]]
            out.append(f"<table>{''.join(rows)}</table>")
        elif b.kind == "signature":
            cells = "".join(f"<p>{e(c)}</p>" for row in b.rows for c in (row + [""])[:2])
            out.append(f'<div class="signature">{cells}</div>')
        else:
            out.append(f'<p class="field">{e(b.text)}</p>' if _FIELD_LINE.match(b.text) else f"<p>{e(b.text)}</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- Word

HEI, SONG = "黑体", "宋体"


def _font(run, name: str, size_pt: float, bold: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = name
    run.font.size = Pt(size_pt)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), name)


def _page_number_footer(section) -> None:
    """第 X 页 共 Y 页, centred, with Word fields."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def text(t):
        _font(p.add_run(t), SONG, 9)

    def field(code):
        run = p.add_run()
        _font(run, SONG, 9)
        for tag, attrs in (("w:fldChar", {"w:fldCharType": "begin"}), ("w:instrText", {}),
                           ("w:fldChar", {"w:fldCharType": "separate"}), ("w:t", {}), ("w:fldChar", {"w:fldCharType": "end"})):
            el = run._element.makeelement(qn(tag), {qn(k): v for k, v in attrs.items()})
            if tag == "w:instrText":
                el.text = f" {code} "
                el.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            elif tag == "w:t":
                el.text = "1"
            run._element.append(el)

    text("第 ")
    field("PAGE")
    text(" 页 共 ")
    field("NUMPAGES")
    text(" 页")


def to_docx(blocks: list[Block], title: str) -> bytes:
    """A Word document with Chinese typography: title 黑体 二号 centred, clause headings 黑体 小四,
    body 宋体 小四 with a two-character first-line indent, real tables, signature lines, page numbers."""
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = "妈妈岗合规检查（mamagang generate）"
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin = section.bottom_margin = Cm(2.5)
    section.left_margin = section.right_margin = Cm(2.6)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = SONG, Pt(12)
    normal.element.get_or_add_rPr()
    _page_number_footer(section)
    for b in blocks:
        if b.kind in ("title", "subtitle"):
            p = document.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(12 if b.kind == "subtitle" else 6)
            _font(p.add_run(b.text), HEI if b.kind == "title" else SONG, 22 if b.kind == "title" else 12, b.kind == "title")
        elif b.kind == "heading":
            p = document.add_paragraph()
            p.paragraph_format.space_before = Pt(8)
            p.paragraph_format.keep_with_next = True
            _font(p.add_run(b.text), HEI, 12, True)
        elif b.kind == "table":
            width = max(len(r) for r in b.rows)
            table = document.add_table(rows=len(b.rows), cols=width)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(b.rows):
                for j in range(width):
                    cell = table.cell(i, j)
                    cell.text = ""
                    _font(cell.paragraphs[0].add_run(row[j] if j < len(row) else ""), HEI if i == 0 else SONG, 10.5, i == 0)
        elif b.kind == "signature":
            table = document.add_table(rows=len(b.rows), cols=2)
            for i, row in enumerate(b.rows):
                for j in range(2):
                    cell = table.cell(i, j)
                    cell.text = ""
                    p = cell.paragraphs[0]
                    p.paragraph_format.space_before = Pt(10)
                    _font(p.add_run(row[j] if j < len(row) else ""), SONG, 12)
        else:
            p = document.add_paragraph()
            if b.kind == "paragraph" and not _FIELD_LINE.match(b.text):
                p.paragraph_format.first_line_indent = Pt(24)  # body text; "甲方（用人单位）：…" stays flush left
            p.paragraph_format.line_spacing = 1.5
            _font(p.add_run(b.text), SONG, 10.5 if b.kind == "note" else 12)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()

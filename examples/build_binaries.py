#!/usr/bin/env python3
"""Build .docx (and .pdf) versions of the example text contracts.

    python examples/build_binaries.py                     # every examples/*.txt
    python examples/build_binaries.py a.txt b.txt --pdf a --auto-number a

For each input `X.txt` this writes `X.docx` beside it (or into --out-dir):

- the first line, when it is a short title, becomes a Title paragraph;
- clause heading lines ("第三条 劳动报酬", short, no sentence) become Heading 2 paragraphs,
  other lines become normal paragraphs;
- lines about pay (containing 工资 or 报酬, other than short headings) are put into a
  2-column table "项目 | 约定" (one row per line, consecutive lines share a table), so the
  reader's table path is exercised on real contracts;
- with --auto-number STEM, "第X条" prefixes are removed from the text and rendered by real
  Word auto-numbering (chineseCounting, "第%1条") instead -- also inside the table -- when
  the file's clause numbers run 1, 2, 3, ... in order.

`X.pdf` is written for the stems given with --pdf: A4, STSong-Light CID font, paragraphs
wrapped to the text width (so sentences have real line wraps), a running header and
"第 N 页 共 M 页" footers.

Without --pdf / --auto-number the first input (sorted) gets both. Output is
deterministic: fixed document properties and zip timestamps, reportlab invariant mode.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
FONT = "STSong-Light"
FIXED_TIME = datetime(2026, 1, 1, 0, 0, 0)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
NUM_ID = 101  # numbering ids chosen to stay clear of the template's own lists

CN_NUMERALS = "零一二三四五六七八九"
CLAUSE = re.compile(r"^第([一二三四五六七八九十百零〇两]+|\d+)条[\s\u3000]*")
WAGE = re.compile(r"工资|报酬")


def cn_to_int(text: str) -> int | None:
    """Small Chinese numeral (up to 999) or digits -> int."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in "〇零":
            continue
        if ch == "两":
            current = 2
        elif ch in CN_NUMERALS:
            current = CN_NUMERALS.index(ch)
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def is_heading(line: str) -> bool:
    match = CLAUSE.match(line)
    if not match:
        return False
    rest = line[match.end():]
    return len(rest) <= 15 and not re.search(r"[。；;，,\d元]", rest)


def is_title(line: str) -> bool:
    return len(line) <= 30 and not CLAUSE.match(line) and not re.search(r"[。；：:]", line)


# ---------------------------------------------------------------- .docx


def _set_east_asian_font(document) -> None:
    style = document.styles["Normal"]
    style.font.size = Pt(11)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), "宋体")


def _add_clause_numbering(document, num_id: int = NUM_ID) -> None:
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="第%1条"/><w:lvlJc w:val="left"/><w:suff w:val="space"/></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))


def _number(paragraph, num_id: int = NUM_ID) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _clause_numbers_in_order(lines: list[str]) -> bool:
    numbers = [cn_to_int(m.group(1)) for line in lines if (m := CLAUSE.match(line))]
    return bool(numbers) and numbers == list(range(1, len(numbers) + 1)) and all(
        line[CLAUSE.match(line).end():].strip() for line in lines if CLAUSE.match(line)
    )


def build_docx(lines: list[str], auto_number: bool) -> bytes:
    document = docx.Document()
    _set_east_asian_font(document)
    if auto_number:
        _add_clause_numbering(document)

    def fill(paragraph, line: str) -> None:
        match = CLAUSE.match(line) if auto_number else None
        if match:
            paragraph.add_run(line[match.end():])
            _number(paragraph)
        else:
            paragraph.add_run(line)

    table = None
    for i, line in enumerate(lines):
        if i == 0 and is_title(line):
            document.add_heading(line, 0)
            table = None
        elif WAGE.search(line) and not is_heading(line):
            if table is None:
                table = document.add_table(rows=1, cols=2)
                table.style = "Table Grid"
                table.cell(0, 0).text = "项目"
                table.cell(0, 1).text = "约定"
            row = table.add_row()
            row.cells[0].text = "劳动报酬"
            fill(row.cells[1].paragraphs[0], line)
        else:
            table = None
            paragraph = document.add_paragraph(style="Heading 2" if is_heading(line) else None)
            fill(paragraph, line)

    props = document.core_properties
    props.author = props.last_modified_by = "mamagang examples"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    return _normalise_zip(buf.getvalue())


def _normalise_zip(data: bytes) -> bytes:
    """Same bytes on every run: fixed member timestamps."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, src.read(info))
    return out.getvalue()


# ---------------------------------------------------------------- .pdf


def _wrap(text: str, width: float, size: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, current = [], ""
    for ch in text:
        if current and stringWidth(current + ch, FONT, size) > width:
            lines.append(current)
            current = ch
        else:
            current += ch
    if current:
        lines.append(current)
    return lines


def build_pdf(lines: list[str], header: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    page_w, page_h = A4
    margin, size, leading, para_gap = 72, 11, 17, 6
    width = page_w - 2 * margin
    top, bottom = page_h - margin - 10, margin + 10

    # lay out first (to know the page count), then draw
    pages: list[list[tuple[float, str, float]]] = [[]]
    y = top
    for i, line in enumerate(lines):
        font_size = 16 if i == 0 and is_title(line) else size
        wrapped = _wrap(line, width, font_size)
        for part in wrapped:
            if y < bottom:
                pages.append([])
                y = top
            pages[-1].append((y, part, font_size))
            y -= leading if font_size == size else font_size * 1.6
        y -= para_gap

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(header)
    c.setAuthor("mamagang examples")
    for page_no, items in enumerate(pages, start=1):
        c.setFont(FONT, 9)
        c.drawString(margin, page_h - 40, header)
        for y_pos, text, font_size in items:
            c.setFont(FONT, font_size)
            c.drawString(margin, y_pos, text)
        c.setFont(FONT, 9)
        c.drawCentredString(page_w / 2, 36, f"第 {page_no} 页 共 {len(pages)} 页")
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- main


def read_lines(path: Path) -> list[str]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise SystemExit(f"{path}: 无法识别文本编码")
    return [line.strip() for line in text.splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build .docx/.pdf versions of example .txt contracts.")
    parser.add_argument("inputs", nargs="*", type=Path, help="text contracts (default: examples/*.txt)")
    parser.add_argument("--pdf", nargs="*", metavar="STEM", help="stems that also get a .pdf (default: the first input)")
    parser.add_argument("--auto-number", nargs="*", metavar="STEM",
                        help="stems whose .docx uses Word auto-numbering for 第X条 (default: the first input)")
    parser.add_argument("--out-dir", type=Path, help="write here instead of beside each input")
    args = parser.parse_args(argv)

    inputs = sorted(args.inputs) if args.inputs else sorted(HERE.glob("*.txt"))
    if not inputs:
        print("no .txt contracts found", file=sys.stderr)
        return 1
    first = inputs[0].stem
    pdf_stems = set(args.pdf) if args.pdf is not None else {first}
    numbered_stems = set(args.auto_number) if args.auto_number is not None else {first}

    for path in inputs:
        lines = read_lines(path)
        if not lines:
            print(f"{path}: empty, skipped", file=sys.stderr)
            continue
        out_dir = args.out_dir or path.parent
        out_dir.mkdir(parents=True, exist_ok=True)
        auto_number = path.stem in numbered_stems and _clause_numbers_in_order(lines)
        if path.stem in numbered_stems and not auto_number:
            print(f"{path}: clause numbers not 1..N in order, kept as text", file=sys.stderr)
        docx_path = out_dir / f"{path.stem}.docx"
        docx_path.write_bytes(build_docx(lines, auto_number))
        print(f"wrote {docx_path}{' (auto-numbered)' if auto_number else ''}")
        if path.stem in pdf_stems:
            pdf_path = out_dir / f"{path.stem}.pdf"
            pdf_path.write_bytes(build_pdf(lines, header=lines[0][:30]))
            print(f"wrote {pdf_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

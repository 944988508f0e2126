""".docx reading: order, tables, revisions, content controls, text boxes, numbering."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn
from .builders import (
    FULL_NS,
    add_numbering,
    body_append,
    docx_bytes,
    numbered,
    para,
    rezip,
    run,
)
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.text.paragraph import Paragraph

from checker.reading import ReadError, read_document
from checker.reading.docx_numbering import chinese_counting, format_number


def read(document, name: str = "合同.docx"):
    return read_document(docx_bytes(document), name=name)


def texts(doc) -> list[str]:
    return [b.original for b in doc.blocks]


# ---------------------------------------------------------------- order and tables


def test_body_order_paragraph_table_paragraph(new_docx):
    new_docx.add_paragraph("第一条 合同期限")
    table = new_docx.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "月工资"
    table.cell(0, 1).text = "3000元"
    new_docx.add_paragraph("第二条 工作时间")
    doc = read(new_docx)
    assert texts(doc) == ["第一条 合同期限", "月工资", "3000元", "第二条 工作时间"]
    assert [b.kind for b in doc.blocks] == ["paragraph", "table_cell", "table_cell", "paragraph"]
    assert [b.index for b in doc.blocks] == [0, 1, 2, 3]
    assert doc.format == "docx" and doc.source == "合同.docx"


def test_table_cells_carry_table_row_col_and_where(new_docx):
    new_docx.add_table(rows=1, cols=1).cell(0, 0).text = "第一张表"
    table = new_docx.add_table(rows=3, cols=3)
    for r in range(3):
        for c in range(3):
            table.cell(r, c).text = f"格{r + 1}-{c + 1}"
    doc = read(new_docx)
    cell = next(b for b in doc.blocks if b.original == "格2-3")
    assert (cell.table, cell.row, cell.col) == (2, 2, 3)
    assert cell.where == "表2 第2行 第3列"
    first = doc.blocks[0]
    assert (first.table, first.row, first.col, first.where) == (1, 1, 1, "表1 第1行 第1列")


def test_merged_cells_are_not_doubled(new_docx):
    table = new_docx.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "横向合并"
    table.cell(0, 2).merge(table.cell(2, 2)).text = "纵向合并"
    table.cell(1, 0).text = "甲"
    table.cell(1, 1).text = "乙"
    doc = read(new_docx)
    all_text = texts(doc)
    assert all_text.count("横向合并") == 1
    assert all_text.count("纵向合并") == 1
    horizontal = next(b for b in doc.blocks if b.original == "横向合并")
    vertical = next(b for b in doc.blocks if b.original == "纵向合并")
    assert (horizontal.row, horizontal.col) == (1, 1)
    assert (vertical.row, vertical.col) == (1, 3)
    second = next(b for b in doc.blocks if b.original == "乙")
    assert (second.row, second.col) == (2, 2)  # grid column, not tc position


def test_text_left_in_a_vertical_merge_continuation_is_not_read(new_docx):
    table = new_docx.add_table(rows=2, cols=1)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "合并格"
    # some generators leave stale text in the continuation cell; Word does not show it
    continuation = table.rows[1]._tr.tc_lst[0]
    continuation.p_lst[0].append(parse_xml(f'<w:r {nsdecls("w")}><w:t>残留</w:t></w:r>'))
    assert texts(read(new_docx)) == ["合并格"]


def test_nested_table_is_read_in_place_and_numbered_next(new_docx):
    outer = new_docx.add_table(rows=2, cols=2)
    outer.cell(0, 0).text = "外表"
    host = outer.cell(1, 1)
    host.paragraphs[0].text = "嵌套前"
    inner = host.add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "内表甲"
    inner.cell(0, 1).text = "内表乙"
    host.add_paragraph("嵌套后")
    new_docx.add_table(rows=1, cols=1).cell(0, 0).text = "第三张"
    doc = read(new_docx)
    assert texts(doc) == ["外表", "嵌套前", "内表甲", "内表乙", "嵌套后", "第三张"]
    nested = doc.blocks[2]
    assert (nested.table, nested.row, nested.col) == (2, 1, 1)
    assert nested.where.startswith("表2 第1行 第1列") and "表1 第2行 第2列" in nested.where
    assert doc.blocks[4].table == 1 and doc.blocks[5].table == 3


def test_cell_with_several_paragraphs_gives_one_block_per_paragraph(new_docx):
    cell = new_docx.add_table(rows=1, cols=2).cell(0, 1)
    cell.paragraphs[0].text = "基本工资3000元"
    cell.add_paragraph("")
    cell.add_paragraph("绩效工资另计")
    doc = read(new_docx)
    assert texts(doc) == ["基本工资3000元", "绩效工资另计"]
    assert all((b.table, b.row, b.col) == (1, 1, 2) for b in doc.blocks)


# ---------------------------------------------------------------- run-level content


def test_tracked_insertion_in_deletion_out(new_docx):
    body_append(
        new_docx,
        para(
            run("试用期为")
            + '<w:del w:id="1" w:author="HR" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>六个月</w:delText>'
            + "<w:tab/></w:r></w:del>"
            + '<w:ins w:id="2" w:author="HR" w:date="2026-01-01T00:00:00Z">' + run("二个月") + "</w:ins>"
            + run("。")
        ),
    )
    doc = read(new_docx)
    assert texts(doc) == ["试用期为二个月。"]
    # python-docx's own paragraph.text misses the insertion: the reader must not rely on it
    assert "二个月" not in new_docx.paragraphs[-1].text


def test_moved_from_text_is_dropped_and_field_codes_skipped(new_docx):
    body_append(
        new_docx,
        para(
            '<w:moveFrom w:id="3" w:author="HR">' + run("旧位置") + "</w:moveFrom>"
            + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
            + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("7") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            + run("页")
        ),
    )
    assert texts(read(new_docx)) == ["7页"]


def test_content_controls_block_and_inline_are_read(new_docx):
    body_append(
        new_docx,
        f'<w:sdt {FULL_NS}><w:sdtPr><w:alias w:val="工资"/></w:sdtPr><w:sdtContent>'
        + para(run("乙方月工资为3000元。")).replace(f" {FULL_NS}", "")
        + "</w:sdtContent></w:sdt>",
    )
    body_append(
        new_docx,
        para(run("工作地点：") + '<w:sdt><w:sdtPr><w:alias w:val="地点"/></w:sdtPr><w:sdtContent>' + run("中山市") + "</w:sdtContent></w:sdt>"),
    )
    assert texts(read(new_docx)) == ["乙方月工资为3000元。", "工作地点：中山市"]


TEXT_BOX = (
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
    "<wps:wsp><wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx></wps:wsp>"
    "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox></v:shape></w:pict>"
    "</mc:Fallback></mc:AlternateContent></w:r>"
)


def test_text_box_read_once_after_its_anchor(new_docx):
    box = "<w:p>" + run("乙方不得在外兼职。") + "</w:p>"
    body_append(new_docx, para(run("锚定段落") + TEXT_BOX.format(box=box)))
    new_docx.add_paragraph("下一段")
    doc = read(new_docx)
    assert texts(doc) == ["锚定段落", "乙方不得在外兼职。", "下一段"]
    assert doc.blocks[1].where == "文本框"


def test_vml_only_text_box_is_read(new_docx):
    body_append(
        new_docx,
        para('<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p>' + run("旧式文本框") + "</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"),
    )
    assert texts(read(new_docx)) == ["旧式文本框"]


def test_tabs_and_breaks(new_docx):
    body_append(new_docx, para(run("甲方") + "<w:r><w:tab/></w:r>" + run("乙方") + '<w:r><w:br/></w:r>' + run("丙方")))
    doc = read(new_docx)
    assert doc.blocks[0].original == "甲方\t乙方\n丙方"


def test_headers_and_footers_are_ignored(new_docx):
    section = new_docx.sections[0]
    section.header.paragraphs[0].text = "页眉：某某公司机密"
    section.footer.paragraphs[0].text = "页脚：第1页"
    new_docx.add_paragraph("正文内容")
    assert texts(read(new_docx)) == ["正文内容"]


def test_full_width_digits_folded_in_text_kept_in_original(new_docx):
    new_docx.add_paragraph("　　试用期为３个月，月工资２５００元。")
    block = read(new_docx).blocks[0]
    assert block.original == "试用期为３个月，月工资２５００元。"  # leading ideographic spaces stripped
    assert block.text == "试用期为3个月,月工资2500元。"
    assert len(block.text) == len(block.original)


def test_source_locates_the_paragraph_without_keeping_the_tree(new_docx):
    new_docx.add_paragraph("  正文")
    new_docx.add_table(rows=1, cols=1).cell(0, 0).text = "单元格"
    doc = read(new_docx)
    paragraphs = list(new_docx.element.body.iter(qn("w:p")))

    def text_of(p):
        return "".join(t.text for t in p.iter(qn("w:t")))

    index, lead = doc.blocks[0].source
    assert text_of(paragraphs[index])[lead:] == "正文" and lead == 2
    index, lead = doc.blocks[1].source
    assert text_of(paragraphs[index]) == "单元格" and lead == 0
    assert all(isinstance(part, int) for b in doc.blocks for part in b.source)  # no XML objects kept alive


# ---------------------------------------------------------------- headings and numbering


def test_headings_by_style(new_docx):
    new_docx.add_heading("劳动合同", 0)
    new_docx.add_heading("一、合同期限", 1)
    new_docx.add_paragraph("正文")
    kinds = [(b.original, b.kind) for b in read(new_docx).blocks]
    assert kinds == [("劳动合同", "heading"), ("一、合同期限", "heading"), ("正文", "paragraph")]


def test_heading_by_outline_level(new_docx):
    body_append(new_docx, para(run("第四章 劳动报酬"), '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>'))
    body_append(new_docx, para(run("正文"), '<w:pPr><w:outlineLvl w:val="9"/></w:pPr>'))
    assert [b.kind for b in read(new_docx).blocks] == ["heading", "paragraph"]


def test_decimal_numbering_labels(new_docx):
    add_numbering(new_docx, 90, 90, [("decimal", "%1.", 1)])
    for text in ("合同期限", "工作内容", "劳动报酬"):
        body_append(new_docx, numbered(text, 90))
    doc = read(new_docx)
    assert [(b.original, b.label, b.level, b.kind) for b in doc.blocks] == [
        ("合同期限", "1.", 0, "list_item"),
        ("工作内容", "2.", 0, "list_item"),
        ("劳动报酬", "3.", 0, "list_item"),
    ]
    assert doc.blocks[0].display_text == "1. 合同期限"


def test_chinese_counting_clause_numbers(new_docx):
    add_numbering(new_docx, 91, 91, [("chineseCounting", "第%1条", 1)])
    for i in range(12):
        body_append(new_docx, numbered(f"条款{i + 1}", 91))
    labels = [b.label for b in read(new_docx).blocks]
    assert labels[:3] == ["第一条", "第二条", "第三条"]
    assert labels[9:] == ["第十条", "第十一条", "第十二条"]
    assert all("第" not in b.original for b in read(new_docx).blocks)  # label never in text


def test_multilevel_numbering_and_reset_of_deeper_levels(new_docx):
    add_numbering(new_docx, 92, 92, [("decimal", "%1.", 1), ("decimal", "%1.%2", 1), ("chineseCounting", "（%3）", 1)])
    sequence = [(0, "甲"), (1, "乙"), (1, "丙"), (2, "丁"), (0, "戊"), (1, "己"), (2, "庚")]
    for level, text in sequence:
        body_append(new_docx, numbered(text, 92, level))
    doc = read(new_docx)
    assert [b.label for b in doc.blocks] == ["1.", "1.1", "1.2", "（一）", "2.", "2.1", "（一）"]
    assert [b.level for b in doc.blocks] == [0, 1, 1, 2, 0, 1, 2]


def test_start_value_override_and_continuation(new_docx):
    add_numbering(new_docx, 93, 93, [("chineseCounting", "%1、", 1)])
    add_numbering(new_docx, 93, 94, [], new_abstract=False)  # same list, continues
    add_numbering(new_docx, 93, 95, [], start_override={0: 1}, new_abstract=False)  # "restart numbering"
    body_append(new_docx, numbered("甲", 93))
    body_append(new_docx, numbered("乙", 93))
    body_append(new_docx, numbered("丙", 94))
    body_append(new_docx, numbered("丁", 95))
    body_append(new_docx, numbered("戊", 95))
    assert [b.label for b in read(new_docx).blocks] == ["一、", "二、", "三、", "一、", "二、"]


def test_empty_numbered_paragraph_still_counts(new_docx):
    add_numbering(new_docx, 96, 96, [("decimal", "%1.", 1)])
    body_append(new_docx, numbered("甲", 96))
    body_append(new_docx, numbered("", 96))
    body_append(new_docx, numbered("丙", 96))
    assert [(b.original, b.label) for b in read(new_docx).blocks] == [("甲", "1."), ("丙", "3.")]


def test_numbering_inherited_from_style(new_docx):
    add_numbering(new_docx, 97, 97, [("chineseCounting", "第%1章", 1)])
    style = new_docx.styles["Heading 1"]
    ppr = style.element.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="97"/></w:numPr>'))
    new_docx.add_heading("总则", 1)
    new_docx.add_paragraph("正文")
    new_docx.add_heading("劳动报酬", 1)
    blocks = read(new_docx).blocks
    assert [(b.original, b.kind, b.label) for b in blocks] == [
        ("总则", "heading", "第一章"),
        ("正文", "paragraph", None),
        ("劳动报酬", "heading", "第二章"),
    ]


def test_builtin_list_number_style(new_docx):
    new_docx.add_paragraph("甲项", style="List Number")
    new_docx.add_paragraph("乙项", style="List Number")
    assert [b.label for b in read(new_docx).blocks] == ["1.", "2."]


def test_bullets_are_list_items_without_label(new_docx):
    new_docx.add_paragraph("要点", style="List Bullet")
    block = read(new_docx).blocks[0]
    assert block.kind == "list_item" and block.label is None


def test_numbered_paragraph_in_table_cell_keeps_label(new_docx):
    add_numbering(new_docx, 98, 98, [("decimal", "%1.", 1)])
    cell = new_docx.add_table(rows=1, cols=1).cell(0, 0)
    cell._tc.append(parse_xml(numbered("基本工资", 98)))
    cell._tc.append(parse_xml(numbered("加班工资", 98)))
    blocks = read(new_docx).blocks
    assert [(b.original, b.label, b.kind) for b in blocks] == [("基本工资", "1.", "table_cell"), ("加班工资", "2.", "table_cell")]


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "一"), (9, "九"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"), (100, "一百"),
     (101, "一百零一"), (110, "一百一十"), (1001, "一千零一"), (1010, "一千零一十")],
)
def test_chinese_counting(n, expected):
    assert chinese_counting(n) == expected


@pytest.mark.parametrize(
    ("n", "fmt", "expected"),
    [(3, "decimal", "3"), (3, "upperLetter", "C"), (28, "lowerLetter", "bb"), (4, "upperRoman", "IV"),
     (9, "lowerRoman", "ix"), (2, "chineseCountingThousand", "二"), (3, "japaneseCounting", "三"),
     (1, "ideographTraditional", "甲"), (2, "decimalEnclosedCircle", "②"), (5, "decimalZero", "05"),
     (12, "chineseLegalSimplified", "壹拾贰"), (1, "bullet", "")],
)
def test_number_formats(n, fmt, expected):
    assert format_number(n, fmt) == expected


# ---------------------------------------------------------------- whole-file behaviour


def test_bytes_and_path_give_the_same_document(new_docx, write):
    new_docx.add_heading("劳动合同", 0)
    new_docx.add_paragraph("第一条 期限一年")
    new_docx.add_table(rows=1, cols=2).cell(0, 1).text = "3000元"
    data = docx_bytes(new_docx)
    path = write("合同.docx", data)
    from_path = read_document(path)
    from_bytes = read_document(data, name=str(path))
    assert [b.to_dict() for b in from_path.blocks] == [b.to_dict() for b in from_bytes.blocks]
    assert from_path.source == from_bytes.source == str(path)


def test_docx_without_text_is_empty_error(new_docx):
    new_docx.add_paragraph("   ")
    new_docx.add_table(rows=1, cols=1)
    with pytest.raises(ReadError) as info:
        read(new_docx)
    assert info.value.code == "empty"


def test_macro_enabled_docm_is_read(new_docx):
    new_docx.add_paragraph("宏文档正文")
    data = docx_bytes(new_docx)
    import zipfile, io

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        types = zf.read("[Content_Types].xml").decode()
    types = types.replace(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    patched = rezip(data, drop={"[Content_Types].xml"}, add={"[Content_Types].xml": types.encode()})
    assert texts(read_document(patched, name="合同.docm")) == ["宏文档正文"]


def test_renamed_docx_named_txt_is_still_read_as_docx(new_docx, write):
    new_docx.add_paragraph("扩展名不可信")
    path = write("合同.txt", docx_bytes(new_docx))
    doc = read_document(path)
    assert doc.format == "docx" and texts(doc) == ["扩展名不可信"]


def test_python_docx_default_api_still_works_after_import():
    # registering .docm content types must not break python-docx's own Document()
    document = docx.Document()
    assert document.paragraphs == [] or isinstance(document.paragraphs, list)


def test_a_huge_numbering_start_builds_short_labels(new_docx):
    """w:start 2000000000 with upperLetter once built 77-million-character labels (1.6 GB)."""
    add_numbering(new_docx, 93, 93, [("upperLetter", "%1.", 2_000_000_000)], start_override={0: 2_000_000_000})
    for text in ("合同期限", "工作内容"):
        body_append(new_docx, numbered(text, 93))
    labels = [b.label for b in read(new_docx).blocks]
    assert all(label and len(label) <= 32 for label in labels), labels


def test_an_alt_chunk_is_named_as_unread(new_docx):
    body_append(new_docx, para(run("第一条 合同期限一年。")))
    body_append(new_docx, '<w:altChunk xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdChunk"/>')
    doc = read(new_docx)
    assert doc.unread == ["文档里嵌入了1份其他文件（altChunk），其中的文字没有读取"]

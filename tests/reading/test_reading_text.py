""".txt / .md reading: encodings, lines, markdown markers, normalisation."""

from __future__ import annotations

import codecs

import pytest

from checker.reading import read_document
from checker.reading.text_reader import decode_text

CONTRACT = "劳动合同书\n\n第一条　合同期限为一年。\r\n  第二条 月工资３０００元。  \n"
EXPECTED = ["劳动合同书", "第一条　合同期限为一年。", "第二条 月工资３０００元。"]


def originals(doc) -> list[str]:
    return [b.original for b in doc.blocks]


@pytest.mark.parametrize(
    "encoded",
    [
        CONTRACT.encode("utf-8"),
        codecs.BOM_UTF8 + CONTRACT.encode("utf-8"),
        CONTRACT.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + CONTRACT.encode("utf-16-be"),
        CONTRACT.encode("utf-16-le"),  # no BOM
        CONTRACT.encode("gb18030"),
        CONTRACT.encode("gbk"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "utf16le-no-bom", "gb18030", "gbk"],
)
def test_encodings(write, encoded):
    doc = read_document(write("合同.txt", encoded))
    assert originals(doc) == EXPECTED
    assert "\ufeff" not in doc.blocks[0].original
    assert doc.format == "txt"


def test_gb18030_bytes_are_not_utf8():
    data = CONTRACT.encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode_text(data)[1] == "gb18030"


def test_gb18030_only_characters():
    text = "乙方姓名：𠀀𪚥（生僻字）"
    data = text.encode("gb18030")
    assert originals(read_document(data, name="合同.txt")) == [text]


def test_one_block_per_nonempty_stripped_line():
    doc = read_document("  甲 \n\n\n乙\t\n".encode(), name="a.txt")
    assert originals(doc) == ["甲", "乙"]
    assert [b.index for b in doc.blocks] == [0, 1]
    assert all(b.kind == "paragraph" for b in doc.blocks)


def test_full_width_folded_in_text_kept_in_original():
    block = read_document("试用期３个月（含）⽅可转正".encode(), name="a.txt").blocks[0]
    assert block.original == "试用期３个月（含）⽅可转正"
    assert block.text == "试用期3个月(含)方可转正"


def test_markdown_markers():
    md = (
        "# 劳动合同\n"
        "## 第一条 合同期限\n"
        "- 固定期限一年\n"
        "* 试用期一个月\n"
        "> 注：以下为约定\n"
        "1. 月工资3000元\n"
        "2) 每月15日发放\n"
        "---\n"
        "**第二条 工作时间**\n"
        "普通段落\n"
    )
    doc = read_document(md.encode(), name="合同.md")
    assert [(b.original, b.kind) for b in doc.blocks] == [
        ("劳动合同", "heading"),
        ("第一条 合同期限", "heading"),
        ("固定期限一年", "list_item"),
        ("试用期一个月", "list_item"),
        ("注：以下为约定", "paragraph"),
        ("1. 月工资3000元", "list_item"),
        ("2) 每月15日发放", "list_item"),
        ("第二条 工作时间", "paragraph"),
        ("普通段落", "paragraph"),
    ]


def test_markdown_table_rows_become_cells():
    md = "| 项目 | 约定 |\n|---|---|\n| 月工资 | 3000元 |\n\n| 另表 |\n"
    doc = read_document(md.encode(), name="合同.md")
    assert [(b.original, b.table, b.row, b.col) for b in doc.blocks] == [
        ("项目", 1, 1, 1), ("约定", 1, 1, 2), ("月工资", 1, 2, 1), ("3000元", 1, 2, 2), ("另表", 2, 1, 1),
    ]
    assert doc.blocks[3].where == "表1 第2行 第2列" and doc.blocks[3].kind == "table_cell"


def test_box_drawing_table_rows_become_cells():
    """Found in blind batch 23: a 薪酬表 drawn with box-drawing characters was read as lines of
    text, so neither its wage rows nor the 甲方 address (佛山) in its header table were seen."""
    text = ("甲方信息\n┌────┬────┐\n│ 地址 │ 佛山市南海区 │\n└────┴────┘\n"
            "┌────┬────┐\n│ 项目 │ 金额 │\n├────┼────┤\n│ 基本工资 │ 1780 │\n+----+----+\n│ 合计 │ 2080 │\n└────┴────┘\n")
    doc = read_document(text.encode(), name="合同.txt")
    assert [(b.original, b.table, b.row, b.col) for b in doc.blocks] == [
        ("甲方信息", None, None, None), ("地址", 1, 1, 1), ("佛山市南海区", 1, 1, 2),
        ("项目", 2, 1, 1), ("金额", 2, 1, 2), ("基本工资", 2, 2, 1), ("1780", 2, 2, 2), ("合计", 2, 3, 1), ("2080", 2, 3, 2),
    ]


def test_markdown_markers_are_kept_in_plain_text():
    doc = read_document("# 不是标题\n- 不是列表\n".encode(), name="合同.txt")
    assert originals(doc) == ["# 不是标题", "- 不是列表"]


def test_a_txt_written_in_markdown_is_read_as_markdown(run_cli, tmp_path):
    """Found by the benchmark corpus: a template exported as .txt kept its "## 第九条 押金与证件"
    headings, each read as a clause of its own, and the heading alone was reported as a deposit
    (a false error), cut off from the body that says no deposit is taken."""
    text = "# 劳动合同\n\n## 第一条 合同期限\n\n期限一年。\n\n## 第九条 押金与证件\n\n甲方不收取押金，不扣押证件。\n"
    doc = read_document(text.encode(), name="合同.txt")
    assert [(b.kind, b.original) for b in doc.blocks][:3] == [("heading", "劳动合同"), ("heading", "第一条 合同期限"),
                                                             ("paragraph", "期限一年。")]
    path = tmp_path / "合同.txt"
    path.write_text(text, encoding="utf-8")
    _code, out, _err = run_cli("check", path, "--kind", "full_time", "--format", "json")
    assert "deposit-or-guarantee" not in out


def test_text_with_unknown_extension_is_read_when_it_decodes():
    assert originals(read_document("第一条 期限一年".encode(), name="合同.dat")) == ["第一条 期限一年"]


def test_bytes_and_path_give_the_same_document(write):
    data = CONTRACT.encode("gb18030")
    path = write("合同.txt", data)
    assert [b.to_dict() for b in read_document(path).blocks] == [
        b.to_dict() for b in read_document(data, name=str(path)).blocks
    ]


def test_control_characters_do_not_break_offsets():
    block = read_document("甲方\x07乙方\x01".encode(), name="a.txt").blocks
    # a stray control character or two is tolerated (not binary), normalised to a space
    assert block[0].text.replace(" ", "") == "甲方乙方"
    start = block[0].text.index("乙方")
    assert block[0].original[slice(*block[0].to_original(start, start + 2))] == "乙方"


def test_copy_artefact_spaces_are_read_through_and_offsets_point_at_the_original():
    block = read_document("工资于每 月 15 日发放，迟发不予 发放。".encode(), name="a.txt").blocks[0]
    assert block.text == "工资于每月15日发放,迟发不予发放。"
    start = block.text.index("每月15日")
    assert block.original[slice(*block.to_original(start, start + 5))] == "每 月 15 日"
    # two spaces separate fields and stay
    assert read_document("甲方：某厂  乙方：李某".encode(), name="a.txt").blocks[0].text == "甲方:某厂  乙方:李某"


def test_traditional_script_is_matched_through_simplified_and_kept_for_excerpts():
    doc = read_document("勞動合同書\n試用期為六個月，乙方須繳納押金貳仟元。".encode(), name="a.txt")
    assert doc.traditional
    assert doc.blocks[1].text == "试用期为六个月,乙方须缴纳押金贰仟元。"
    assert doc.blocks[1].original == "試用期為六個月，乙方須繳納押金貳仟元。"
    assert not read_document("劳动合同书\n试用期为六个月。".encode(), name="a.txt").traditional


def test_big5_is_decoded_not_read_as_gb18030_mojibake():
    text = "勞動合同書\n甲方：中山市某某製衣廠\n乙方：陳美玲\n第一條 試用期為六個月，乙方須繳納押金貳仟元。\n"
    doc = read_document(text.encode("big5"), name="合同.txt")
    assert [b.original for b in doc.blocks][:2] == ["勞動合同書", "甲方：中山市某某製衣廠"]
    assert "押金贰仟元" in doc.blocks[3].text
    gbk = "劳动合同书\n甲方：中山市某某制衣厂\n第一条 试用期为六个月。\n"
    assert read_document(gbk.encode("gb18030"), name="合同.txt").blocks[0].original == "劳动合同书"


def test_web_page_furniture_is_dropped_and_broken_sentences_are_joined():
    text = "\n".join([
        "首页 > 合同范本 > 劳动合同",
        "劳动合同范本（通用15篇）",
        "篇1",
        "劳动合同",
        "第五条 乙方的工资于每月十五日前发放，乙方离职当月的工资不予发",
        "第 2 页 共 4 页",
        "放。",
        "第六条 工作时间",
        "乙方每日工作八小时。",
        "下载本文",
        "www.example-fanwen.com 版权所有",
    ])
    blocks = [b.original for b in read_document(text.encode(), name="a.txt").blocks]
    assert blocks == [
        "劳动合同",  # the page's own title "…范本（通用15篇）" is furniture, not the contract's
        "第五条 乙方的工资于每月十五日前发放，乙方离职当月的工资不予发放。",
        "第六条 工作时间",  # a heading is not continued by its body
        "乙方每日工作八小时。",
    ]


def test_lines_that_end_mid_sentence_but_are_fields_or_headings_stay_apart():
    text = "\n".join([
        "统一社会信用代码：91442000MA00000000",
        "法定代表人（主要负责人）或委托代理人（签字或盖章）：杨某某",
        "七、合同的变更、解除和终止",
        "按照《劳动合同法》有关规定执行。",
        "甲方（盖章）：某厂        乙方（签字）：李某",
        "2026年8月30日",
    ])
    blocks = [b.original for b in read_document(text.encode(), name="a.txt").blocks]
    assert len(blocks) == 6


def test_a_pdf_copied_as_text_keeps_its_words_and_numbers_whole():
    header = "中山市某某五金制品有限公司        劳动合同书（妈妈岗）        编号：GS-01"
    text = "\n".join([
        header,
        "第一条 本合同期限自 2 0 2 6 年 1 2 月 1 日起至 2 0 2 8 年 1 1 月",
        "30 日止。其中试用期为 6",
        "个月。",
        "- 2 -",
        header,
        "第二条 乙方月工资为人民币 3 0 0 0 元，乙方同意每月加班时间不超过 6",
        "0 小时。",
        header,
        "第三条 乙方入职时须向甲方交纳工具押",
        "金 4 0 0 元。",
    ])
    blocks = read_document(text.encode(), name="a.txt").blocks
    assert [b.text for b in blocks[1:]] == [
        "第一条本合同期限自2026年12月1日起至2028年11月30日止。其中试用期为6个月。",
        "第二条乙方月工资为人民币3000元,乙方同意每月加班时间不超过60小时。",
        "第三条乙方入职时须向甲方交纳工具押金400元。",
    ]
    assert blocks[0].original == header  # the running header stays once, as the letterhead
    assert read_document("乙方电话 138 0000 1234".encode(), name="a.txt").blocks[0].text == "乙方电话138 0000 1234"


def test_a_line_starting_with_a_semicolon_continues_the_line_before():
    """Found in blind batch 25: a PDF broke "续聘的另发聘书；不再续聘的，双方互不补偿" before the
    semicolon, and the half after it, cut from its subject, was read as a sentence of its own."""
    from checker.reading.layout import wrap_separator

    assert wrap_separator("园方根据学期考核结果决定是否续聘，续聘的另发聘书", "；不再续聘的，双方互不补偿。") == ""
    assert wrap_separator("本聘书期满自然终止。", "，受聘人应办好交接。") == ""
    assert wrap_separator("本聘书期满自然终止。", "八、受聘人应遵守本园制度。") is None


def test_a_hard_wrapped_line_starting_with_the_party_continues_the_sentence():
    """Paraphrase probes: a wrap before "甲方可解除合同" was read as a signature line, and a line
    starting with a comma after a short line stayed a sentence of its own."""
    text = ("劳动合同\n第十条 试用期内乙方怀孕的，视为不符合录用条件，\n甲方可解除合同。\n"
            "第十一条 乙方离职后两年内\n，不得在本厂周边从事同类工作。\n甲方（盖章）：\n2025年6月1日\n")
    blocks = [b.original for b in read_document(text.encode(), name="a.txt").blocks]
    assert "第十条 试用期内乙方怀孕的，视为不符合录用条件，甲方可解除合同。" in blocks
    assert "第十一条 乙方离职后两年内，不得在本厂周边从事同类工作。" in blocks
    assert blocks[-2:] == ["甲方（盖章）：", "2025年6月1日"]  # a signature line and a date alone stay lines


def test_a_copied_space_beside_chinese_punctuation_is_read_through():
    block = read_document("培训期间 （前10天）不计工资 ，试用期 “工资”".encode(), name="a.txt").blocks[0]
    assert block.text == "培训期间(前10天)不计工资,试用期“工资”"

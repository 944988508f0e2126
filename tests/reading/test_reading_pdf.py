""".pdf reading: wrap joining, page furniture, page numbers, refusals."""

from __future__ import annotations

import pytest
from .builders import borderless_table_pdf, cid_garbage_pdf, image_only_pdf, make_pdf, one_page_pdf, owner_password_pdf, pdf_with_scanned_pages

from checker.document import normalize
from checker.reading import ReadError, limits, read_document

FULL_LINE = "甲" * 25  # exactly one 300pt line at 12pt: reaches the right margin


def read(data: bytes, name: str = "合同.pdf"):
    return read_document(data, name=name)


def texts(doc) -> list[str]:
    """What the reader produced, folded (full-width -> half-width) but with every space kept."""
    return [normalize(b.original) for b in doc.blocks]


def refuse(data: bytes, name: str = "合同.pdf") -> ReadError:
    with pytest.raises(ReadError) as info:
        read(data, name)
    return info.value


def test_contract_pdf_reads_clean(contract_pdf):
    doc = read(contract_pdf)
    assert doc.format == "pdf"
    assert texts(doc) == [
        "劳动合同书",
        "第一条 本合同期限为三年,自二〇二六年三月一日起至二〇二九年二月二十八日止,其中试用期为二个月,试用期工资不低于转正工资的百分之八十。",
        "第二条 乙方月工资为人民币3000元,甲方于每月十五日前以货币形式足额支付上月工资,不得克扣或者无故拖欠。",
        "第三条 甲方依法为乙方缴纳社会保险费,乙方个人应缴部分由甲方从工资中代扣代缴。",
        "甲方(盖章):",
        "乙方(签字):",
    ]
    assert [b.page for b in doc.blocks] == [1, 1, 2, 3, 3, 3]
    assert doc.blocks[2].where == "第2页"


def test_wrapped_sentence_is_one_block_and_really_was_wrapped(contract_pdf):
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(contract_pdf)) as pdf:
        first_page_lines = pdf.pages[0].extract_text().splitlines()
    assert any(line.endswith("至") for line in first_page_lines)  # the wrap exists in the PDF
    block = read(contract_pdf).blocks[1]
    assert "至二〇二九年" in block.text and "\n" not in block.text


def test_full_width_digits_folded_in_text_kept_in_original(contract_pdf):
    block = read(contract_pdf).blocks[2]
    assert "3000元" in block.text and "３０００元" in block.original


def test_header_footer_and_page_numbers_dropped(contract_pdf):
    joined = "\n".join(b.original for b in read(contract_pdf).blocks)
    assert "制衣厂 劳动合同" not in joined
    assert "页 共" not in joined


@pytest.mark.parametrize("footer", ["- {page} -", "{page}/{pages}", "{page}", "第{page}页", "Page {page} of {pages}"])
def test_page_number_styles_dropped(footer):
    data = make_pdf([["第一条 甲方聘用乙方。"], ["第二条 乙方月工资三千元。"]], footer=footer)
    assert texts(read(data)) == ["第一条 甲方聘用乙方。", "第二条 乙方月工资三千元。"]


def test_single_page_bare_page_number_dropped():
    assert texts(read(make_pdf([["第一条 甲方聘用乙方从事缝纫工作。"]], footer="1"))) == ["第一条 甲方聘用乙方从事缝纫工作。"]


def test_large_number_at_page_bottom_is_content_not_page_number():
    data = make_pdf([["月工资（元）：", "3000"]])
    assert texts(read(data)) == ["月工资(元):", "3000"]


def test_header_on_one_page_only_is_kept():
    data = make_pdf([["劳动合同书", "第一条 甲方聘用乙方。"], ["第二条 乙方月工资三千元。"]])
    assert texts(read(data))[0] == "劳动合同书"


def test_full_line_joins_with_next_cjk_line():
    data = make_pdf([[FULL_LINE + "乙方同意。"]])
    assert texts(read(data)) == [FULL_LINE + "乙方同意。"]


def test_blank_gap_starts_new_block():
    data = make_pdf([[FULL_LINE, "乙方同意。"]], paragraph_gap=18)
    assert texts(read(data)) == [FULL_LINE, "乙方同意。"]


def test_sentence_end_starts_new_block():
    line = "甲" * 24 + "。"
    assert texts(read(make_pdf([[[line, "乙方同意。"]]]))) == [line, "乙方同意。"]


def test_colon_at_line_end_starts_new_block():
    line = "甲" * 24 + "："
    assert texts(read(make_pdf([[[line, "乙方同意。"]]]))) == ["甲" * 24 + ":", "乙方同意。"]


@pytest.mark.parametrize("item", ["第二条 工作内容", "二、工作内容", "（二）工作内容", "2. 工作内容", "2、工作内容", "(2)工作内容"])
def test_numbered_item_starts_new_block(item):
    data = make_pdf([[[FULL_LINE, item]]])
    assert len(read(data).blocks) == 2


@pytest.mark.parametrize("start", ["甲方（人事部）提交申请。", "附件中的岗位说明书为准。"])
def test_party_names_and_attachment_mentions_do_not_break_a_sentence(start):
    data = make_pdf([[[FULL_LINE, start]]])
    assert texts(read(data)) == [normalize(FULL_LINE + start)]


def test_attachment_heading_starts_new_block():
    data = make_pdf([[[FULL_LINE, "附件一：岗位说明书"]]])
    assert len(read(data).blocks) == 2


def test_short_line_is_not_joined():
    data = make_pdf([[["劳动合同书", FULL_LINE]]])
    assert texts(read(data)) == ["劳动合同书", FULL_LINE]


def test_digit_cjk_wrap_is_joined_without_space():
    data = make_pdf([[["乙方月工资为人民币三千元，自2026", "年3月1日起执行。"]]])
    assert texts(read(data)) == ["乙方月工资为人民币三千元,自2026年3月1日起执行。"]


def test_wrap_across_page_break_is_joined_and_keeps_first_page():
    data = make_pdf([[[FULL_LINE]], [["乙方同意。"]]], footer="第 {page} 页 共 {pages} 页")
    doc = read(data)
    assert texts(doc) == [FULL_LINE + "乙方同意。"]
    assert doc.blocks[0].page == 1


def test_letter_spaced_title_is_collapsed():
    data = make_pdf([[["劳 动 合 同 书"], "第一条 甲方聘用乙方。"]])
    assert texts(read(data))[0] == "劳动合同书"


def test_bytes_and_path_give_the_same_document(contract_pdf, write):
    path = write("合同.pdf", contract_pdf)
    from_path = read_document(path)
    from_bytes = read_document(contract_pdf, name=str(path))
    assert [b.to_dict() for b in from_path.blocks] == [b.to_dict() for b in from_bytes.blocks]


# ---------------------------------------------------------------- refusals


def test_encrypted_pdf():
    data = make_pdf([["第一条 甲方聘用乙方。"]], encrypt="secret")
    err = refuse(data)
    assert err.code == "encrypted"
    assert str(err).startswith("合同.pdf：") and "密码" in str(err)


def test_a_pdf_with_only_a_permissions_password_is_read():
    """No password to open it, only an owner password that forbids copying: pdfminer leaves
    glyph codes for its CID font, so PDFium reads the text, as a viewer shows it."""
    data = owner_password_pdf(["劳动合同", "第一条 乙方每日工作八小时。", "第二条 乙方入职时交押金500元。"])
    document = read_document(data, name="受保护.pdf")
    text = "\n".join(block.text for block in document.blocks)
    assert "入职时交押金500元" in text and "(cid:" not in text
    assert not document.unread


def test_scanned_pdf_has_no_text_layer():
    err = refuse(image_only_pdf(2), name="扫描件.pdf")
    assert err.code == "no_text_layer"
    assert "扫描" in str(err) and "OCR" in str(err)
    assert "\n" not in str(err)


def test_scanned_pdf_with_scanner_watermark_has_no_text_layer():
    data = make_pdf([[], [], []], footer="扫描全能王 创建")
    assert refuse(data).code == "no_text_layer"


def test_mostly_textless_pages_are_refused():
    data = make_pdf([["第一条 甲方聘用乙方从事缝纫工作，合同期限一年。"], [], []])
    err = refuse(data)
    assert err.code == "no_text_layer"
    assert "3 页中有 2 页" in str(err)


def test_one_textless_signature_page_is_fine():
    data = make_pdf([["第一条 甲方聘用乙方从事缝纫工作，合同期限一年。"], []])
    assert texts(read(data)) == ["第一条 甲方聘用乙方从事缝纫工作,合同期限一年。"]


def test_cid_garbage_text_layer_is_refused():
    err = refuse(cid_garbage_pdf())
    assert err.code == "no_text_layer"
    assert "乱码" in str(err)


def test_truncated_pdf_is_corrupt(contract_pdf):
    err = refuse(contract_pdf[: len(contract_pdf) // 2])
    assert err.code == "corrupt"


def test_garbage_after_pdf_header_is_corrupt():
    assert refuse(b"%PDF-1.4\n" + bytes(range(256)) * 20 + b"\n%%EOF\n").code == "corrupt"


def test_too_many_pages(monkeypatch, contract_pdf):
    monkeypatch.setattr(limits, "MAX_PDF_PAGES", 2)
    err = refuse(contract_pdf)
    assert err.code == "too_large" and "3 页" in str(err)


def test_title_equal_to_running_header_survives():
    data = make_pdf([["妈妈岗劳动合同书", "第一条 甲方聘用乙方。"], ["第二条 乙方月工资三千元。"]],
                    header="妈妈岗劳动合同书", footer="{page}")
    assert texts(read(data)) == ["妈妈岗劳动合同书", "第一条 甲方聘用乙方。", "第二条 乙方月工资三千元。"]


def test_single_page_header_repeating_the_title_is_dropped_once():
    data = make_pdf([["妈妈岗劳动合同书", "第一条 甲方聘用乙方。"]], header="妈妈岗劳动合同书")
    assert texts(read(data)) == ["妈妈岗劳动合同书", "第一条 甲方聘用乙方。"]


def test_a_scanned_page_among_text_pages_is_named_and_the_report_is_not_a_pass(run_cli, tmp_path):
    """One text-less page out of three used to be skipped silently and the check exit 0."""
    from checker import api

    data = pdf_with_scanned_pages([["劳动合同", "甲方：某厂", "乙方：李某", "第一条 合同期限一年，试用期一个月。"], None,
                                   ["第三条 乙方月工资3000元，每月10日发放。", "甲方（盖章）  乙方（签字）"]])
    report = api.check(data, name="c.pdf")
    assert report.contract.document.unread == ["第2页没有可识别的文字（可能是扫描图片），未检查"]
    assert report.not_checked and "第2页" in report.not_checked
    path = tmp_path / "c.pdf"
    path.write_bytes(data)
    code, out, _ = run_cli("check", path)
    assert code == 3 and "第2页没有可识别的文字" in out and "未发现问题" not in out


@pytest.mark.parametrize("content,message", [
    (b"%" + b" " * (64 * 1024 * 1024), "解压后过大"),            # 64 MB of content in a 66 KB file
    (b"BT /F1 1 Tf " + b"(a) Tj " * 300_000 + b"ET", "文字指令异常多"),  # 300,000 one-glyph operators in 4 KB
])
def test_pdf_content_streams_are_bounded_before_they_are_interpreted(content, message):
    import time

    from checker.reading import ReadError, read_document

    data = one_page_pdf(content)
    start = time.perf_counter()
    with pytest.raises(ReadError) as info:
        read_document(data, name="炸弹.pdf")
    assert info.value.code == "too_large" and message in str(info.value)
    assert time.perf_counter() - start < 10


def test_a_table_without_ruling_lines_is_read_as_cells_in_their_columns():
    # the probation column must stay a column: read as one line, "1900元/月 2300元/月"
    # made the probation figure the monthly wage
    data = borderless_table_pdf(
        ["第四条 劳动报酬见下表。"],
        [["项目", "试用期", "转正后"], ["基本工资", "1900元/月", "2300元/月"], ["岗位津贴", "—", "300元/月"]],
        ["第五条 甲方每月10日前支付上月工资。"],
    )
    doc = read(data)
    cells = [(b.table, b.row, b.col, normalize(b.original)) for b in doc.blocks if b.kind == "table_cell"]
    assert cells == [
        (1, 1, 1, "项目"), (1, 1, 2, "试用期"), (1, 1, 3, "转正后"),
        (1, 2, 1, "基本工资"), (1, 2, 2, "1900元/月"), (1, 2, 3, "2300元/月"),
        (1, 3, 1, "岗位津贴"), (1, 3, 2, "—"), (1, 3, 3, "300元/月"),
    ]
    assert doc.blocks[-1].kind == "paragraph" and normalize(doc.blocks[-1].original).startswith("第五条")
    assert all(b.where.startswith("第1页 表1") for b in doc.blocks if b.kind == "table_cell")


def test_one_gapped_line_is_not_a_table_and_word_spaces_do_not_split():
    data = borderless_table_pdf(["第一条 工作地点：中山市小榄镇 Room 3 (B座)。"], [["甲方（盖章）：", "乙方（签字）："]], [])
    doc = read(data)
    assert not [b for b in doc.blocks if b.kind == "table_cell"]

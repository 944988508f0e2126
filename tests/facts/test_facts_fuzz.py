"""Clause segmentation, fact extraction and the whole check on arbitrary contract-like text:
nothing escapes but the documented ReadError, and every fact's span lies inside the block it
cites and is exactly the words it quotes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import api
from checker.reading import ReadError

# pieces real contracts are made of, so the extractors have something to bite on
PIECES = ["劳动合同", "甲方", "乙方", "第一条", "第十二条", "（三）", "1.", "试用期", "个月", "月工资", "元", "每日工作", "小时",
          "每周", "休息", "押金", "违约金", "社会保险", "非全日制", "承揽", "自", "年", "月", "日", "至", "8:00", "—", "18:00",
          "百分之八十", "80%", "两千三百", "2300", "九", "万", "。", "，", "；", "：", "\n", " ", "☑", "□", "____", "不", "无", "怀孕",
          "哺乳期", "夜班", "加班", "辞职", "解除", "终止", "经济补偿", "中山", "东莞", "2026", "（", "）", "《", "》", "\u200b", "**"]
TEXT = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), min_size=1, max_size=80).map("".join)
FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(text=TEXT, name=st.sampled_from(["合同.txt", "合同.md"]))
def test_facts_lie_inside_the_text_they_cite(text, name):
    try:
        contract = api.parse(text.encode("utf-8"), name=name)
    except ReadError as err:
        assert "\n" not in str(err)
        return
    blocks = contract.document.blocks
    for clause in contract.clauses:
        assert 0 <= clause.first_block <= clause.last_block < len(blocks)
    for facts in contract.facts.values():
        for fact in facts:
            block = blocks[fact.span.block]
            assert 0 <= fact.span.start < fact.span.end <= len(block.original)
            assert block.original[fact.span.start:fact.span.end] == fact.text


@FUZZ
@given(text=TEXT)
def test_a_check_of_any_text_ends_in_a_report_or_a_read_error(text):
    try:
        report = api.check(text.encode("utf-8"), name="合同.txt")
    except ReadError:
        return
    assert report.findings is not None
    assert report.not_checked or report.rules_evaluated > 0  # never a silent pass after no rule

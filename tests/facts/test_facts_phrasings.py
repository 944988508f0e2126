"""Table-driven tests: each fact from several phrasings, and what must not be a fact."""

from __future__ import annotations

import pytest

from checker.document import Document
from checker.facts import Fact, extract_facts
from checker.facts.catalogue import load_catalogue


def facts(text: str) -> tuple[Document, dict[str, list[Fact]]]:
    doc = Document.from_text(text)
    found = extract_facts(doc)
    for name, items in found.items():
        for fact in items:
            assert fact.name == name
            block = doc.blocks[fact.span.block]
            assert block.original[fact.span.start : fact.span.end] == fact.text, fact
            assert fact.text, fact
    return doc, found


# The phrasings live in the fact catalogue (rules/facts.yaml: each fact's examples and `not`),
# where a lawyer can add one; these tests run every one of them, each as its own test case.
CATALOGUE = load_catalogue()
POSITIVE = [(e["text"], spec.name, e["value"], e.get("unit", spec.unit), e.get("written"))
            for spec in CATALOGUE.values() for e in spec.examples]
NEGATIVE = [(text, spec.name) for spec in CATALOGUE.values() for text in spec.negatives]


@pytest.mark.parametrize("text,name,value,unit,written", POSITIVE, ids=[f"{c[1]}:{c[0]}" for c in POSITIVE])
def test_phrasing(text, name, value, unit, written):
    _, found = facts(text)
    assert name in found, f"{name} not found in {text!r}: {found}"
    fact = found[name][0]
    if isinstance(value, float):
        assert fact.value == pytest.approx(value, abs=0.01), fact
    else:
        assert fact.value == value, fact
    assert fact.unit == unit, fact
    for key, expected in (written or {}).items():
        assert (fact.written or {}).get(key) == expected, fact


@pytest.mark.parametrize("text,name", NEGATIVE, ids=[f"no-{c[1]}:{c[0]}" for c in NEGATIVE])
def test_not_a_fact(text, name):
    _, found = facts(text)
    assert name not in found, found.get(name)


def test_catalogue_has_phrasings():
    assert len(POSITIVE) >= 130 and len(NEGATIVE) >= 50


def test_absent_names_are_absent_not_zero():
    _, found = facts("甲乙双方经平等协商，订立本合同。")
    assert found == {}


def test_lists_are_in_document_order():
    text = "延长工作时间按150%支付。\n休息日按200%支付。\n法定节假日按300%支付。"
    _, found = facts(text)
    assert [f.value for f in found["overtime_rate"]] == [150, 200, 300]
    assert [f.written["when"] for f in found["overtime_rate"]] == ["workday", "rest_day", "holiday"]


def test_several_overtime_rates_in_one_sentence():
    _, found = facts("延长工作时间按150%支付，休息日按200%，法定节假日按百分之三百。")
    assert [f.value for f in found["overtime_rate"]] == [150, 200, 300]


def test_restated_amount_is_one_wage():
    _, found = facts("乙方月工资为人民币3500元（大写：叁仟伍佰元整）")
    assert [f.value for f in found["wage"]] == [3500]


def test_basic_wage_not_allowance():
    # a wage written as its parts is one wage, their sum (the 岗位津贴 is pay for normal work);
    # the parts are not wages of their own, and an overtime or high-temperature allowance is not added
    _, found = facts("工资标准：基本工资3000元/月，岗位津贴500元/月")
    assert [(f.value, f.unit) for f in found["wage"]] == [(3500, "month")]
    _, found = facts("月工资由基本工资2080元、岗位工资500元组成。")
    assert [f.value for f in found["wage"]] == [2580]
    _, found = facts("基本工资1800元，高温津贴150元，加班工资另计。")
    assert [f.value for f in found["wage"]] == [1800]
    _, found = facts("月基本工资2900元，岗位津贴300元，另有全勤奖200元。")
    assert [f.value for f in found["wage"]] == [3200]


def test_allowance_and_worked_example_are_not_wages():
    """Found in blind batch 24: "甲方按每天20元发放交通补贴" was read as a daily wage of 20 元, and the
    worked example "小时工资＝月工资÷（21.75天×6小时），即2600÷130.5≈19.92元" as a monthly wage of 19.92 元
    -- two false errors on a lawful contract."""
    _, found = facts("临时支援每月不超过3天，甲方按每天20元发放交通补贴。")
    assert "wage" not in found
    _, found = facts("乙方小时工资＝乙方月工资÷（21.75天×6小时），即2600÷130.5≈19.92元。")
    assert "wage" not in found
    _, found = facts("乙方月工资为2600元，每天20元的餐补另计。")
    assert [f.value for f in found["wage"]] == [2600]


def test_a_date_range_whose_end_has_no_year_takes_the_start_year():
    """Found in blind batch 25: "2025年9月1日至10月31日为试用期" gave no probation at all, so a
    two-month probation in a ten-month contract went unseen."""
    _, found = facts("其中2025年9月1日至10月31日为试用期。")
    assert [f.value for f in found["probation_months"]] == [2]
    _, found = facts("合同期限自2025年9月1日起至2026年7月15日止，其中2025年9月1日至10月31日为试用期。")
    assert [f.value for f in found["probation_months"]] == [2] and [f.value for f in found["end_date"]] == ["2026-07-15"]
    _, found = facts("合同期限：2025年11月1日至1月31日。")  # the end falls in the next year
    assert [f.value for f in found["end_date"]] == ["2026-01-31"]


def test_seasonal_contract_dates_and_day_wage():
    """Found in blind batch 25 (a 月饼 workshop's seasonal contract): "期限从2025年8月11日起，到2025年10月5日止"
    is a term; "头5天（8月11日—8月15日）为试用期" is five days, not eight months and eleven days; and
    "国庆三天上班的，按日薪的2倍即320元计" is holiday pay worked out, not a second wage."""
    _, found = facts("1.1 本协议为季节性临时用工，期限从2025年8月11日起，到2025年10月5日止。")
    assert [f.value for f in found["term_months"]] == [1.83]
    _, found = facts("1.2 头5天（8月11日—8月15日）为试用期，试用期工资每天130元。")
    assert [f.value for f in found["probation_months"]] == [0.17]
    _, found = facts("4.1 日薪160元。4.2 国庆三天上班的，当天按日薪的2倍即320元计。")
    assert [f.value for f in found["wage"]] == [160]


def test_an_apprentice_paid_only_an_allowance_is_paid_that():
    _, found = facts("五、生活补贴和待遇\n1、学徒期间，甲方每月发给乙方生活补贴1200元，每月15日发上个月的。")
    assert [(f.value, f.written) for f in found["wage"]] == [(1200, {"as": "allowance"})]
    _, found = facts("乙方月工资3000元。学徒期间每月另发交通补贴200元。")
    assert [f.value for f in found["wage"]] == [3000]


def test_a_wage_at_the_minimum_and_overtime_per_hour():
    """Found in blind batch 24 (a garment factory's handbook): "基本工资按中山市最低工资标准执行（现为2080元/月）"
    is a wage of 2080, and "平时加班每小时15元" a fixed overtime pay per hour (below 150% of it)."""
    _, found = facts("第21条 计时员工基本工资按中山市最低工资标准执行（现为2080元/月），以后同步调整。")
    assert [(f.value, f.unit) for f in found["wage"]] == [(2080, "month")]
    _, found = facts("（二）计时员工：平时加班每小时15元，休息日加班每小时20元。")
    assert [f.value for f in found["overtime_hourly_pay"]][:1] == [15]
    _, found = facts("乙方工资不低于最低工资标准（现为2080元/月）的120%。")
    assert "wage" not in found

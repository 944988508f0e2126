"""The three forms of check (require / forbid / assert), negation, parameters by date."""

from __future__ import annotations


import pytest

from checker.contract import build_contract
from checker.document import Document
from checker.engine.evaluate import Evaluator
from checker.engine.loader import load_rules
from checker.findings import Undetermined


@pytest.fixture(scope="module")
def ruleset():
    return load_rules()


def outcome(ruleset, rule_id, text, kind="full_time", city="中山", date="2026-01-01"):
    contract = build_contract(Document.from_text(text), kind=kind, city=city, date=date)
    return Evaluator(ruleset).evaluate(ruleset.get(rule_id), contract)


# --- require -----------------------------------------------------------------


def test_require_reports_missing_clause_without_location(ruleset):
    findings = outcome(ruleset, "missing-social-insurance", "劳动合同\n第一条 合同期限二年。\n第二条 月工资3000元。")
    assert len(findings) == 1 and findings[0].location is None
    assert findings[0].basis[0]["law"] == "劳动合同法" and findings[0].basis[0]["article"] == 17


def test_require_is_satisfied_by_topic(ruleset):
    assert outcome(ruleset, "missing-social-insurance", "劳动合同\n第五条 甲方为乙方缴纳社保。") == []


def test_require_is_satisfied_by_fact_in_table_cell(ruleset):
    doc = Document(source="t", format="docx")
    doc.add("劳动合同")
    doc.add("月工资", kind="table_cell", table=1, row=1, col=1, where="表1 第1行 第1列")
    doc.add("3500元", kind="table_cell", table=1, row=1, col=2, where="表1 第1行 第2列")
    contract = build_contract(doc, kind="full_time", city="中山", date="2026-01-01")
    assert Evaluator(ruleset).evaluate(ruleset.get("missing-wage-clause"), contract) == []


# --- forbid ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "乙方入职时须缴纳押金贰仟元。",
    "乙方入职时应将身份证原件交由甲方保管。",
    "乙方应缴纳工衣押金200元。",
    "乙方须向甲方交纳风险金1000元。",
])
def test_forbid_finds_deposits(ruleset, text):
    findings = outcome(ruleset, "deposit-or-guarantee", "劳动合同\n" + text)
    assert len(findings) == 1
    loc = findings[0].location
    assert loc["block"] == 1 and text[loc["start"]:loc["end"]] in text
    assert findings[0].explain["matched"]


@pytest.mark.parametrize("text", [
    "甲方不收取押金。",
    "甲方不得以任何名义向乙方收取押金、保证金。",
    "甲方无需乙方缴纳保证金。",
    "甲方不收取乙方任何押金、保证金或其他财物，不扣押乙方身份证及其他证件。",
    "乙方提供身份证复印件一份。",
])
def test_forbid_is_negation_aware(ruleset, text):
    assert outcome(ruleset, "deposit-or-guarantee", "劳动合同\n" + text) == []


def test_forbid_reports_each_offending_block_as_one_problem(ruleset):
    findings = outcome(ruleset, "deposit-or-guarantee", "劳动合同\n乙方缴纳押金500元。\n甲方不收取押金。\n另交保证金300元。")
    assert len(findings) == 1  # one problem ...
    assert [loc["block"] for loc in findings[0].locations] == [1, 3]  # ... shown where it occurs
    assert [loc["matched"] for loc in findings[0].locations] == ["押金", "保证金"]
    assert findings[0].location == findings[0].locations[0] and "共2处" in findings[0].message


def test_forbid_locates_each_offending_sentence_of_a_block(ruleset):
    """Found in blind batch 24: "须提前三个月报备；未经报备而怀孕的，按违纪论处" broke the rule twice in
    one paragraph, but only the first sentence was a location, so the redline left the second.
    Several patterns on the same sentence are still one location."""
    text = "劳动合同\n四、乙方如有怀孕计划，须提前三个月书面报备；未经报备而怀孕的，按违反员工守则论处。"
    findings = outcome(ruleset, "marriage-childbirth-restriction", text)
    assert len(findings) == 1
    assert [loc["matched"][:4] for loc in findings[0].locations] == ["怀孕计划", "未经报备"]
    one = outcome(ruleset, "deposit-or-guarantee", "劳动合同\n乙方缴纳押金500元作为保证金。")
    assert len(one[0].locations) == 1


def test_forbid_unless_in_same_sentence(ruleset):
    assert outcome(ruleset, "part-time-probation", "非全日制用工协议\n试用期：无。", kind="part_time") == []
    assert len(outcome(ruleset, "part-time-probation", "非全日制用工协议\n试用期一个月。", kind="part_time")) == 1


def test_kind_first_deposit_in_outwork_is_not_checked(ruleset):
    contract = build_contract(Document.from_text("外发加工承揽协议\n承揽人领取原材料时交纳材料押金500元。"),
                              city="中山", date="2026-01-01")
    assert contract.kind.kind == "outwork"
    report = Evaluator(ruleset).check(contract)
    assert "deposit-or-guarantee" not in {f.rule for f in report.findings}


# --- assert ------------------------------------------------------------------


def test_assert_probation_with_actual_numbers(ruleset):
    findings = outcome(ruleset, "probation-too-long", "劳动合同\n本合同期限二年。\n试用期三个月。")
    assert len(findings) == 1
    f = findings[0]
    assert "24个月" in f.message and "最长2个月" in f.message and "三个月" in f.message
    assert f.location["block"] == 2
    assert f.explain["facts"]["probation_months"]["value"] == 3


def test_assert_chinese_numerals_and_negation(ruleset):
    assert len(outcome(ruleset, "probation-too-long", "劳动合同\n合同期限贰年，试用期六个月。")) == 1
    assert outcome(ruleset, "probation-too-long", "劳动合同\n合同期限贰年，不约定试用期。") == []
    assert outcome(ruleset, "probation-too-long", "劳动合同\n合同期限三年，试用期六个月。") == []


def test_assert_undetermined_when_needed_fact_missing(ruleset):
    result = outcome(ruleset, "below-minimum-wage-monthly", "劳动合同\n工资面议。")
    assert result == []  # `when` needs a monthly wage: not applicable, not undetermined
    result = outcome(ruleset, "probation-too-long", "劳动合同\n试用期三个月。")
    assert result == []  # no term: `when` false


# --- parameters by date ------------------------------------------------------


@pytest.mark.parametrize("date,wage,violated", [
    ("2019-06-01", 1800, False),  # 2018 tier 2: 1720
    ("2022-06-01", 1800, True),   # 2021 tier 2: 1900
    ("2026-01-01", 2000, True),   # 2025 tier 2: 2080
    ("2026-01-01", 2080, False),
])
def test_minimum_wage_in_force_on_the_date(ruleset, date, wage, violated):
    findings = outcome(ruleset, "below-minimum-wage-monthly", f"劳动合同\n乙方月工资{wage}元。", date=date)
    assert bool(findings) is violated
    if findings:
        used = findings[0].explain["parameters"]["minimum_wage.monthly"]
        assert used["value"] == {"2022-06-01": 1900, "2026-01-01": 2080}[date]


def test_low_confidence_parameter_is_flagged_in_message(ruleset):
    findings = outcome(ruleset, "below-minimum-wage-monthly", "劳动合同\n乙方月工资2000元。", date="2026-01-01")
    assert "未见省政府原文" in findings[0].message
    assert findings[0].explain["parameters"]["minimum_wage.monthly"]["verified"] is False
    findings = outcome(ruleset, "below-minimum-wage-monthly", "劳动合同\n乙方月工资1800元。", date="2022-06-01")
    assert "注意" not in findings[0].message


def test_parameter_for_unknown_city_is_undetermined(ruleset):
    result = outcome(ruleset, "below-minimum-wage-monthly", "劳动合同\n乙方月工资1000元。", city="北京")
    assert isinstance(result, Undetermined) and "北京" in result.reason


def test_parameter_before_first_value_is_undetermined(ruleset):
    result = outcome(ruleset, "below-minimum-wage-monthly", "劳动合同\n乙方月工资1000元。", date="2010-01-01")
    assert isinstance(result, Undetermined)


def test_wage_floor_for_other_tiers(ruleset):
    assert outcome(ruleset, "below-minimum-wage-monthly", "劳动合同\n乙方月工资2400元。", city="广州") != []
    assert outcome(ruleset, "below-minimum-wage-monthly", "劳动合同\n乙方月工资2400元。", city="中山") == []


@pytest.mark.parametrize("text,employment", [
    ("食品小作坊岗位劳动合同\n乙方须持健康证明上岗。", True),
    ("直播带货合作协议\n双方不建立劳动关系。", False),
    ("食品摊贩岗位协议\n双方签订劳动合同，甲方为乙方缴纳社会保险。", True),
    ("食品摊贩岗位协议\n双方不建立劳动关系，不签订劳动合同。", False),
])
def test_employment_by_substance(text, employment):
    from checker.engine.context import build_context
    from checker.lexicon import Negation

    contract = build_contract(Document.from_text(text), city="中山", date="2026-01-01")
    assert contract.kind.kind in ("food_workshop", "live_commerce")
    assert build_context(contract, Negation.default())["employment"] is employment


def test_guangdong_only_rule_does_not_apply_elsewhere(ruleset):
    text = "劳动合同\n第十一条 乙方病假期间不发工资。"
    assert len(outcome(ruleset, "sick-pay-below-80-percent-minimum", text, city="中山")) == 1
    assert outcome(ruleset, "sick-pay-below-80-percent-minimum", text, city="北京") == []


def test_unless_topics_reaches_sub_items_under_a_heading(ruleset):
    text = ("劳动合同\n八、保密与竞业限制\n8.2 乙方离职后一年内不得到同类企业任职，甲方按月支付补偿2000元。\n"
            "8.4 乙方违反第8.2条的，应向甲方支付违约金五万元。\n九、其他\n9.1 乙方提前离职的，应支付违约金3000元。")
    findings = outcome(ruleset, "penalty-outside-training-non-compete", text)
    assert [f.location["clause"] for f in findings] == ["九 9.1"]


def test_live_commerce_cooperation_with_employment_substance_is_employment():
    from checker.engine.context import build_context
    from checker.lexicon import Negation

    managed = ("主播合作协议\n乙方每天直播6小时（14:00-20:00），上下班钉钉打卡，须遵守甲方《主播管理制度》，"
               "甲方每月支付底薪3000元。")
    free = "直播带货合作协议\n乙方自行安排直播时间，无考勤，按成交额10%提取佣金。"
    for text, employment in ((managed, True), (free, False)):
        contract = build_contract(Document.from_text(text), city="中山", date="2026-01-01")
        assert contract.kind.kind == "live_commerce"
        assert build_context(contract, Negation.default())["employment"] is employment


def test_unless_reads_a_table_row_as_one_sentence(ruleset):
    doc = Document(source="t", format="txt")
    doc.add("非全日制用工协议")
    doc.add("试用期", kind="table_cell", table=1, row=1, col=1)
    doc.add("不约定试用期", kind="table_cell", table=1, row=1, col=2)
    contract = build_contract(doc, kind="part_time", city="中山", date="2026-01-01")
    assert Evaluator(ruleset).evaluate(ruleset.get("part-time-probation"), contract) == []
    doc.blocks[2] = type(doc.blocks[2])(index=2, text="一个月", kind="table_cell", table=1, row=1, col=2)
    contract = build_contract(doc, kind="part_time", city="中山", date="2026-01-01")
    assert len(Evaluator(ruleset).evaluate(ruleset.get("part-time-probation"), contract)) == 1

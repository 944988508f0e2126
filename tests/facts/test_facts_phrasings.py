"""Table-driven tests: each fact from several phrasings, and what must not be a fact."""

from __future__ import annotations

import pytest

from checker.document import Document
from checker.facts import Fact, extract_facts


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


# (text, fact name, value, unit, written subset or None)
POSITIVE = [
    # term_months
    ("本合同期限贰年", "term_months", 24, "month", {"value": 2, "unit": "year"}),
    ("合同期限为两年，其中试用期两个月。", "term_months", 24, "month", None),
    ("期限两年", "term_months", 24, "month", None),
    ("劳动合同期限：一年半", "term_months", 18, "month", {"value": 1.5, "unit": "year"}),
    ("本合同期限三年。", "term_months", 36, "month", None),
    ("本合同为期半年", "term_months", 6, "month", None),
    ("1. 合同期限为3年", "term_months", 36, "month", None),
    ("（二）合同期限为１年", "term_months", 12, "month", None),
    ("合同期限自2026年3月1日起至2028年2月29日止", "term_months", 24, "month", {"from": "2026-03-01", "to": "2028-02-29"}),
    ("本合同自2026年3月2日至2028年3月1日", "term_months", 24, "month", None),
    ("合同期限：2026.3.1-2027.2.28", "term_months", 12, "month", None),
    ("合同期限自二〇二六年三月一日起至二〇二七年八月三十一日止", "term_months", 18, "month", None),
    ("合同期限自2026年3月1日起至2026年4月15日止", "term_months", 1.5, "month", None),
    # term_type
    ("本合同为固定期限劳动合同。", "term_type", "fixed", None, None),
    ("本合同为无固定期限劳动合同", "term_type", "open_ended", None, None),
    ("本合同为以完成一定工作任务为期限的劳动合同", "term_type", "task", None, None),
    ("合同期限类型：□固定期限 ☑无固定期限 □以完成一定工作任务为期限", "term_type", "open_ended", None, None),
    ("合同类型：√固定期限  □无固定期限", "term_type", "fixed", None, None),
    ("甲乙双方签订固定期限劳动合同", "term_type", "fixed", None, None),
    ("本合同为（无固定期限）劳动合同", "term_type", "open_ended", None, None),
    # dates
    ("本合同自2026年3月1日起生效", "start_date", "2026-03-01", "date", None),
    ("乙方于2026-03-01入职", "start_date", "2026-03-01", "date", None),
    ("用工开始日期：2026/3/1", "start_date", "2026-03-01", "date", None),
    ("合同期限自2026年3月1日起至2028年2月29日止", "end_date", "2028-02-29", "date", None),
    ("本合同于2026年2月28日签订", "sign_date", "2026-02-28", "date", None),
    ("签订日期：二〇二六年二月二十八日", "sign_date", "2026-02-28", "date", None),
    ("签约日期：2026.2.28", "sign_date", "2026-02-28", "date", None),
    # probation_months
    ("试用期六个月", "probation_months", 6, "month", None),
    ("试用期为3个月", "probation_months", 3, "month", None),
    ("试用期：1个月", "probation_months", 1, "month", None),
    ("试用期：１个月", "probation_months", 1, "month", None),
    ("试用期15天", "probation_months", 0.5, "month", {"value": 15, "unit": "day"}),
    ("试用期两个月", "probation_months", 2, "month", None),
    ("试用期半个月", "probation_months", 0.5, "month", {"value": 0.5, "unit": "month"} and None),
    ("3. 试用期为六个月", "probation_months", 6, "month", None),
    ("（二）试用期为一个月。", "probation_months", 1, "month", None),
    ("双方约定3个月试用期", "probation_months", 3, "month", None),
    ("试用期自2026年3月1日至2026年5月31日", "probation_months", 3, "month", {"from": "2026-03-01", "to": "2026-05-31"}),
    ("试用期不得超过两个月", "probation_months", 2, "month", {"bound": "max"}),
    ("试用期为二十天", "probation_months", 0.67, "month", {"value": 20, "unit": "day"}),
    # probation wage / ratio
    ("试用期工资为转正工资的70%", "probation_wage_ratio", 70, "percent", None),
    ("试用期工资按正式工资的百分之八十发放", "probation_wage_ratio", 80, "percent", None),
    ("试用期工资打八折", "probation_wage_ratio", 80, "percent", {"value": 8, "unit": "折"}),
    ("试用期工资不低于转正工资的80%", "probation_wage_ratio", 80, "percent", {"bound": "min"}),
    ("试用期工资3000元/月，转正后月工资3500元", "probation_wage", 3000, "yuan", {"per": "month"}),
    ("试用期月工资为人民币贰仟捌佰元", "probation_wage", 2800, "yuan", None),
    # wage
    ("月工资3500元", "wage", 3500, "month", None),
    ("乙方工资为每月人民币叁仟伍佰元", "wage", 3500, "month", None),
    ("基本工资：3500元/月", "wage", 3500, "month", None),
    ("基本工资：３５００元/月", "wage", 3500, "month", None),
    ("基本工资：3,500元/月", "wage", 3500, "month", None),
    ("月薪1.5万元", "wage", 15000, "month", None),
    ("小时工资20元", "wage", 20, "hour", None),
    ("每小时20元", "wage", 20, "hour", None),
    ("20元/小时", "wage", 20, "hour", None),
    ("日工资150元", "wage", 150, "day", None),
    ("计件单价0.5元/件", "wage", 0.5, "piece", None),
    ("按件计酬，每件0.8元", "wage", 0.8, "piece", None),
    ("劳动报酬：人民币壹万贰仟元整/月", "wage", 12000, "month", None),
    ("工资标准为￥4000元", "wage", 4000, "month", {"per": "unstated"}),
    ("工资标准：RMB 4,200", "wage", 4200, "month", None),
    ("试用期工资3000元/月，转正后月工资3500元", "wage", 3500, "month", None),
    # pay cycle / pay day
    ("工资按月支付", "pay_cycle_days", 30, "day", None),
    ("工资每周结算一次", "pay_cycle_days", 7, "day", None),
    ("劳务报酬每半月支付一次", "pay_cycle_days", 15, "day", None),
    ("报酬每十五日结算", "pay_cycle_days", 15, "day", None),
    ("报酬日结", "pay_cycle_days", 1, "day", None),
    ("工资按日支付", "pay_cycle_days", 1, "day", None),
    ("结算周期为7日，劳务费通过银行转账支付", "pay_cycle_days", 7, "day", None),
    ("每月15日前发放上月工资", "pay_day", 15, "day_of_month", {"bound": "max"}),
    ("每月10日支付工资", "pay_day", 10, "day_of_month", None),
    ("工资于次月5日发放", "pay_day", 5, "day_of_month", {"month": "next"}),
    ("工资于每月十五日发放", "pay_day", 15, "day_of_month", None),
    # hours
    ("每日工作不超过8小时", "daily_hours", 8, "hour", {"bound": "max"}),
    ("每天工作4小时", "daily_hours", 4, "hour", None),
    ("乙方每日工作时间为四小时", "daily_hours", 4, "hour", None),
    ("工作时间为9:00—17:00，午休1小时", "daily_hours", 7, "hour", {"break_minutes": 60}),
    ("工作时间：上午9:00-12:00，下午14:00-17:00", "daily_hours", 6, "hour", None),
    ("上午9:00-12:00，下午14:00-17:00", "daily_hours", 6, "hour", None),
    ("工作时间：９：００－１８：００，其中１２：００－１３：００为午休时间", "daily_hours", 8, "hour", None),
    ("上班时间为上午九点至十二点", "daily_hours", 3, "hour", None),
    ("每周工作不超过24小时", "weekly_hours", 24, "hour", {"bound": "max"}),
    ("每周累计工作时间不超过二十四小时", "weekly_hours", 24, "hour", None),
    ("每周工作40小时", "weekly_hours", 40, "hour", None),
    ("每周休息一天", "rest_days_per_week", 1, "day", None),
    ("每周至少休息一日", "rest_days_per_week", 1, "day", {"bound": "min"}),
    ("实行双休", "rest_days_per_week", 2, "day", None),
    ("单休", "rest_days_per_week", 1, "day", None),
    ("每周休息两天", "rest_days_per_week", 2, "day", None),
    ("每周工作5天", "rest_days_per_week", 2, "day", {"work_days": 5}),
    ("做六休一", "rest_days_per_week", 1, "day", None),
    ("乙方实行标准工时制度", "hours_system", "standard", None, None),
    ("甲方安排乙方执行综合计算工时工作制", "hours_system", "comprehensive", None, None),
    ("乙方岗位实行不定时工作制", "hours_system", "flexible", None, None),
    ("工时制度：□标准工时制 ☑综合计算工时制 □不定时工作制", "hours_system", "comprehensive", None, None),
    ("工时制度：[ ]标准工时 [x]不定时工作制", "hours_system", "flexible", None, None),
    # notice
    ("乙方辞职应提前三个月书面通知甲方", "resign_notice_days", 90, "day", {"value": 3, "unit": "month"}),
    ("乙方解除劳动合同，应当提前30日以书面形式通知甲方", "resign_notice_days", 30, "day", None),
    ("乙方提前离职须提前一个月书面通知甲方", "resign_notice_days", 30, "day", None),
    ("劳动者提前三十日以书面形式通知用人单位，可以解除劳动合同", "resign_notice_days", 30, "day", None),
    ("离职须提前一个月申请", "resign_notice_days", 30, "day", None),
    # non-compete
    ("竞业限制期限二年", "non_compete_months", 24, "month", {"value": 2, "unit": "year"}),
    ("竞业限制期限为离职后6个月", "non_compete_months", 6, "month", None),
    ("竞业限制期不超过两年", "non_compete_months", 24, "month", {"bound": "max"}),
    ("乙方离职后两年内不得到与甲方有竞争关系的单位工作（竞业限制）", "non_compete_months", 24, "month", None),
    ("竞业限制期间，甲方每月支付乙方经济补偿2000元", "non_compete_compensation", 2000, "yuan", {"per": "month"}),
    ("竞业限制期内甲方按月向乙方支付离职前十二个月平均工资的30%作为补偿", "non_compete_compensation", 30, "percent", None),
    # penalty / deposit
    ("乙方提前离职应支付违约金5000元", "penalty", 5000, "yuan", {"payer": "worker"}),
    ("乙方违约的，须向甲方支付违约金人民币伍仟元", "penalty", 5000, "yuan", {"payer": "worker"}),
    ("违约金为三个月工资", "penalty", 3, "month_wage", None),
    ("违约金按合同总额的20%计算", "penalty", 20, "percent", None),
    ("乙方须支付3000元违约金", "penalty", 3000, "yuan", None),
    ("乙方入职时须缴纳押金贰仟元", "deposit", 2000, "yuan", None),
    ("甲方收取乙方押金贰仟元", "deposit", 2000, "yuan", None),
    ("乙方应交纳服装费押金200元", "deposit", 200, "yuan", None),
    ("乙方缴纳1000元保证金", "deposit", 1000, "yuan", None),
    ("风险金：￥500", "deposit", 500, "yuan", None),
    ("培训押金：叁仟元", "deposit", 3000, "yuan", None),
    # deductions / overtime
    ("扣除工资不超过当月工资的20%", "deduction_ratio", 20, "percent", {"bound": "max"}),
    ("扣发当月工资的30%", "deduction_ratio", 30, "percent", None),
    ("每月扣除的部分不得超过乙方当月工资的百分之二十", "deduction_ratio", 20, "percent", None),
    ("延长工作时间按150%支付加班工资", "overtime_rate", 150, "percent", {"when": "workday"}),
    ("加班工资按1.5倍计发", "overtime_rate", 150, "percent", {"value": 1.5, "unit": "times"}),
    ("加班费按小时工资的百分之一百五十支付", "overtime_rate", 150, "percent", None),
    ("休息日加班按200%支付", "overtime_rate", 200, "percent", {"when": "rest_day"}),
    ("法定节假日工作的，支付不低于工资的300%的报酬", "overtime_rate", 300, "percent", {"when": "holiday"}),
    # leave
    ("产假98天", "maternity_leave_days", 98, "day", None),
    ("女职工产假为九十八天", "maternity_leave_days", 98, "day", None),
    ("女职工生育享受178日产假", "maternity_leave_days", 178, "day", None),
    ("哺乳时间每天1小时", "nursing_minutes_per_day", 60, "minute", {"value": 1, "unit": "hour"}),
    ("哺乳期内每天两次，各30分钟", "nursing_minutes_per_day", 60, "minute", {"times": 2, "each": 30}),
    ("甲方在每天的劳动时间内为哺乳期女职工安排一小时哺乳时间", "nursing_minutes_per_day", 60, "minute", None),
    # workplace
    ("工作地点：中山市东区", "workplace_city", "中山", None, None),
    ("工作地点：广东省中山市小榄镇某某路1号", "workplace_city", "中山", None, None),
    ("工作地点：古镇镇同兴路", "workplace_city", "中山", None, None),
    ("工作地点为火炬开发区", "workplace_city", "中山", None, None),
    ("乙方的工作地点为广州市天河区", "workplace_city", "广州", None, None),
    ("工作地点：佛山市顺德区", "workplace_city", "佛山", None, None),
    ("工作地点：深圳", "workplace_city", "深圳", None, None),
]


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


# (text, fact name that must be absent)
NEGATIVE = [
    ("不约定试用期", "probation_months"),
    ("双方不约定试用期。", "probation_months"),
    ("本合同无试用期", "probation_months"),
    ("试用期：无", "probation_months"),
    ("不设试用期", "probation_months"),
    ("试用期内提前三日通知甲方，可以解除劳动合同", "probation_months"),
    ("试用期内提前三日通知甲方，可以解除劳动合同", "resign_notice_days"),
    ("试用期____个月", "probation_months"),
    ("试用期满后工资调整为4000元", "probation_months"),
    ("劳动合同期限一年以上不满三年的，试用期不得超过二个月", "probation_months"),
    ("劳动合同期限一年以上不满三年的，试用期不得超过二个月", "term_months"),
    ("试用期包含在劳动合同期限内", "term_months"),
    ("试用期六个月", "term_months"),
    ("竞业限制期限二年", "term_months"),
    ("甲方不收取押金", "deposit"),
    ("甲方不得以任何名义向乙方收取押金", "deposit"),
    ("乙方无需缴纳保证金", "deposit"),
    ("押金：0元", "deposit"),
    ("不设违约金", "penalty"),
    ("用人单位不得与劳动者约定由劳动者承担违约金", "penalty"),
    ("工资______元/月", "wage"),
    ("试用期工资3000元", "wage"),
    ("加班费按每小时30元计算", "wage"),
    ("全勤奖200元/月", "wage"),
    ("乙方违约应支付违约金5000元", "wage"),
    ("甲方收取押金2000元", "wage"),
    ("经济补偿按每工作一年支付一个月工资的标准", "wage"),
    ("月工资不低于当地最低工资标准1720元", "wage"),
    ("一方违约的，一律按照一次性赔偿处理", "penalty"),
    ("一方违约的，一律按照一次性赔偿处理", "term_months"),
    ("统一着装，第一条规定", "wage"),
    ("甲方提前三十日以书面形式通知乙方，可以解除劳动合同", "resign_notice_days"),
    ("乙方请假须提前三天申请", "resign_notice_days"),
    ("延长工作时间每日不超过三小时", "daily_hours"),
    ("每月加班不超过36小时", "weekly_hours"),
    ("□标准工时制 □综合计算工时制 □不定时工作制", "hours_system"),
    ("□固定期限 □无固定期限", "term_type"),
    ("有下列情形之一的，应当订立无固定期限劳动合同", "term_type"),
    ("如经批准实行综合计算工时工作制的，按有关规定执行", "hours_system"),
    ("不保证双休", "rest_days_per_week"),
    ("难产的，增加产假15天", "maternity_leave_days"),
    ("怀孕未满4个月流产的，享受15天产假", "maternity_leave_days"),
    ("多胞胎生育的，每多哺乳1个婴儿每天增加1小时哺乳时间", "nursing_minutes_per_day"),
    ("签订日期：____年__月__日", "sign_date"),
    ("合同期限自____年__月__日起至____年__月__日止", "term_months"),
    ("合同期限自____年__月__日起至____年__月__日止", "start_date"),
    ("出生日期：1990年1月1日", "start_date"),
    ("试用期自2026年3月1日至2026年5月31日", "term_months"),
    ("试用期自2026年3月1日至2026年5月31日", "end_date"),
    ("工作地点：中山路18号", "workplace_city"),
    ("甲方地址：中山市东区", "workplace_city"),
    ("双方不约定竞业限制", "non_compete_months"),
    ("三四个月后再议", "probation_months"),
]


@pytest.mark.parametrize("text,name", NEGATIVE, ids=[f"no-{c[1]}:{c[0]}" for c in NEGATIVE])
def test_not_a_fact(text, name):
    _, found = facts(text)
    assert name not in found, found.get(name)


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
    _, found = facts("工资标准：基本工资3000元/月，岗位津贴500元/月")
    assert [(f.value, f.unit) for f in found["wage"]] == [(3000, "month")]

"""Whole documents: tables, option lists, signature areas, acceptance cases, spans."""

from __future__ import annotations

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.document import Document
from checker.facts import Fact, extract_facts, fact_names
from checker.facts.numerals import NumeralView


def check_spans(doc: Document, found: dict[str, list[Fact]]) -> None:
    for name, items in found.items():
        assert items, name
        keys = [(f.span.block, f.span.start, f.span.end) for f in items]
        assert keys == sorted(keys), f"{name} not in document order"
        for fact in items:
            block = doc.blocks[fact.span.block]
            assert 0 <= fact.span.start < fact.span.end <= len(block.original)
            assert block.original[fact.span.start : fact.span.end] == fact.text
            assert fact.page == block.page


def values(found: dict[str, list[Fact]], name: str) -> list:
    return [f.value for f in found.get(name, [])]


def table_doc(rows: list[tuple[str, str]], before: str = "劳动合同") -> Document:
    doc = Document(source="t.docx", format="docx")
    doc.add(before)
    for r, (label, value) in enumerate(rows, start=1):
        doc.add(label, kind="table_cell", table=1, row=r, col=1, where=f"表1 第{r}行 第1列")
        doc.add(value, kind="table_cell", table=1, row=r, col=2, where=f"表1 第{r}行 第2列")
    return doc


# ---------------------------------------------------------------- acceptance


def test_acceptance_wage_in_table_cell():
    doc = table_doc([("工资标准", "3500元/月"), ("支付方式", "银行转账")])
    found = extract_facts(doc)
    check_spans(doc, found)
    [wage] = found["wage"]
    assert (wage.value, wage.unit) == (3500, "month")
    cell = doc.blocks[wage.span.block]
    assert cell.kind == "table_cell" and cell.col == 2
    assert wage.text == "3500元/月"


@pytest.mark.parametrize(
    "text,name,value",
    [
        ("本合同期限贰年", "term_months", 24),
        ("试用期六个月", "probation_months", 6),
        ("乙方辞职应提前三个月书面通知甲方", "resign_notice_days", 90),
        ("乙方入职时须缴纳押金贰仟元", "deposit", 2000),
    ],
)
def test_acceptance_sentences(text, name, value):
    doc = Document.from_text(text)
    found = extract_facts(doc)
    check_spans(doc, found)
    assert values(found, name) == [value]


# ---------------------------------------------------------------- tables


@pytest.mark.parametrize(
    "label,value,name,expected,unit",
    [
        ("月工资", "3500元", "wage", 3500, "month"),
        ("劳动报酬", "3500元/月", "wage", 3500, "month"),
        ("月工资", "人民币叁仟伍佰元整", "wage", 3500, "month"),
        ("小时工资", "２０元", "wage", 20, "hour"),
        ("计件单价", "0.8元/件", "wage", 0.8, "piece"),
        ("试用期", "六个月", "probation_months", 6, "month"),
        ("试用期", "15天", "probation_months", 0.5, "month"),
        ("合同期限", "自2026年3月1日起至2028年2月29日止", "term_months", 24, "month"),
        ("合同期限", "两年", "term_months", 24, "month"),
        ("押金", "贰仟元", "deposit", 2000, "yuan"),
        ("工作地点", "中山市小榄镇", "workplace_city", "中山", None),
        ("每日工作时间", "不超过4小时", "daily_hours", 4, "hour"),
    ],
)
def test_table_cell_read_under_its_row_label(label, value, name, expected, unit):
    doc = table_doc([(label, value)])
    found = extract_facts(doc)
    check_spans(doc, found)
    assert name in found, found
    fact = found[name][0]
    assert fact.value == pytest.approx(expected) if isinstance(expected, float) else fact.value == expected
    assert fact.unit == unit
    assert doc.blocks[fact.span.block].col == 2  # the span is in the value cell, never the label


def test_table_label_alone_is_no_fact_and_other_rows_do_not_leak():
    doc = table_doc([("月工资", "______元"), ("押金", "无"), ("试用期", "无"), ("备注", "3500元")])
    found = extract_facts(doc)
    assert "wage" not in found
    assert "deposit" not in found
    assert "probation_months" not in found


def test_a_row_about_nursing_time_is_not_working_hours():
    # "哺乳时间 | 每天1小时，……计入工作时间": the hour is her nursing time, not a 1-hour working day
    doc = table_doc([("哺乳时间", "每天1小时，由乙方在当班时段内自行安排，计入工作时间"), ("每日工作时间", "8小时")])
    found = extract_facts(doc)
    assert values(found, "daily_hours") == [8]


def test_table_header_row_labels_a_column():
    doc = Document(source="t.docx", format="docx")
    for col, text in enumerate(["岗位", "月工资", "试用期"], start=1):
        doc.add(text, kind="table_cell", table=1, row=1, col=col)
    for col, text in enumerate(["包装工", "3800元", "1个月"], start=1):
        doc.add(text, kind="table_cell", table=1, row=2, col=col)
    found = extract_facts(doc)
    check_spans(doc, found)
    assert values(found, "wage") == [3800]
    assert values(found, "probation_months") == [1]


def test_probation_wage_in_table_is_not_wage():
    doc = table_doc([("试用期工资", "3000元/月"), ("转正工资", "3500元/月")])
    found = extract_facts(doc)
    assert values(found, "probation_wage") == [3000]
    assert values(found, "wage") == [3500]


# ---------------------------------------------------------------- option lists


MODEL_TERM = """劳动合同期限按下列第（{choice}）种方式确定：
（一）固定期限：自2026年3月1日起至2028年2月29日止，其中，试用期从用工之日起至2026年4月30日止。
（二）无固定期限：自2026年3月1日起至依法解除、终止劳动合同时止，其中，试用期从用工之日起至2026年8月31日止。
（三）以完成一定工作任务为期限：自____年__月__日起至____工作任务完成时止。"""


def test_selector_chooses_first_option():
    doc = Document.from_text(MODEL_TERM.format(choice="一"))
    found = extract_facts(doc)
    check_spans(doc, found)
    assert values(found, "term_type") == ["fixed"]
    assert values(found, "term_months") == [24]
    assert values(found, "end_date") == ["2028-02-29"]
    assert values(found, "probation_months") == [2]


def test_selector_chooses_second_option():
    doc = Document.from_text(MODEL_TERM.format(choice="二"))
    found = extract_facts(doc)
    check_spans(doc, found)
    assert values(found, "term_type") == ["open_ended"]
    assert "term_months" not in found
    assert "end_date" not in found
    assert values(found, "start_date") == ["2026-03-01"]
    assert values(found, "probation_months") == [6]


def test_selector_left_blank_takes_only_filled_option():
    text = """劳动合同期限按下列第____种方式确定：
（一）固定期限：自2026年3月1日起至2027年2月28日止。
（二）无固定期限：自____年__月__日起至依法解除、终止劳动合同时止。
（三）以完成一定工作任务为期限：自____年__月__日起至____工作任务完成时止。"""
    found = extract_facts(Document.from_text(text))
    assert values(found, "term_type") == ["fixed"]
    assert values(found, "term_months") == [12]


def test_selector_blank_with_static_options_gives_nothing():
    text = """甲方安排乙方执行以下第（ ）种工时制度：
（一）标准工时工作制，每日工作不超过8小时。
（二）综合计算工时工作制。
（三）不定时工作制。"""
    found = extract_facts(Document.from_text(text))
    assert "hours_system" not in found
    assert "daily_hours" not in found


def test_selector_chosen_wage_option():
    text = """乙方工资按下列第（2）种方式确定：
1. 月工资______元。
2. 计件工资，计件单价为0.6元/件。
3. 小时工资25元。"""
    found = extract_facts(Document.from_text(text))
    assert [(f.value, f.unit) for f in found["wage"]] == [(0.6, "piece")]


def test_inline_selector_with_letter_options():
    text = "本合同为（B）：A.固定期限劳动合同 B.无固定期限劳动合同 C.以完成一定工作任务为期限的劳动合同"
    found = extract_facts(Document.from_text(text))
    assert values(found, "term_type") == ["open_ended"]


def test_checkbox_options_across_paragraphs():
    text = """合同期限：
□ 固定期限：自2026年3月1日起至2027年2月28日止。
☑ 无固定期限：自2026年3月1日起。
□ 以完成一定工作任务为期限。"""
    found = extract_facts(Document.from_text(text))
    assert values(found, "term_type") == ["open_ended"]
    assert "term_months" not in found
    assert values(found, "start_date") == ["2026-03-01"]


def test_checkbox_chosen_hours_system_and_wage():
    text = "工时制度：□标准工时 ■综合计算工时 □不定时工作制\n工资形式：(√)月薪3500元 □计件"
    found = extract_facts(Document.from_text(text))
    assert values(found, "hours_system") == ["comprehensive"]
    assert values(found, "wage") == [3500]


def test_unchecked_wage_option_is_masked():
    found = extract_facts(Document.from_text("工资形式：□月薪3500元 ☑计件，单价0.5元/件"))
    assert [(f.value, f.unit) for f in found["wage"]] == [(0.5, "piece")]


def test_word_auto_numbering_labels_as_options():
    doc = Document(source="m.docx", format="docx")
    doc.add("劳动合同期限按下列第（二）种方式确定：")
    doc.add("固定期限：自2026年3月1日起至2028年2月29日止。", kind="list_item", label="（一）")
    doc.add("无固定期限：自2026年3月1日起。", kind="list_item", label="（二）")
    found = extract_facts(doc)
    assert values(found, "term_type") == ["open_ended"]
    assert "term_months" not in found


# ---------------------------------------------------------------- signature area, pages


def test_sign_dates_near_signature_lines():
    text = """甲方（盖章）：中山市某某食品有限公司
法定代表人（签字）：
日期：2026年2月28日
乙方（签字）：李某
日期：2026年3月1日"""
    doc = Document.from_text(text)
    found = extract_facts(doc)
    check_spans(doc, found)
    assert values(found, "sign_date") == ["2026-02-28", "2026-03-01"]
    assert "start_date" not in found


def test_bare_date_after_signature_line():
    found = extract_facts(Document.from_text("乙方（签名）：王某\n二〇二六年三月一日"))
    assert values(found, "sign_date") == ["2026-03-01"]


def test_blank_signature_date_is_not_a_fact():
    found = extract_facts(Document.from_text("乙方（签字）：\n日期：    年   月   日\n签订日期：____年__月__日"))
    assert "sign_date" not in found


def test_page_is_copied_from_block():
    doc = Document(source="c.pdf", format="pdf")
    doc.add("试用期为两个月", page=3)
    found = extract_facts(doc)
    assert found["probation_months"][0].page == 3
    assert found["probation_months"][0].to_dict()["location"]["page"] == 3


def test_kangxi_radicals_and_full_width_from_pdf():
    # PDFs emit Kangxi radicals (⽅ for 方, ⼯ for 工) and full-width digits; Document normalises them
    doc = Document.from_text("⼄⽅⽉⼯资为３５００元，试⽤期为⼆个⽉。")
    found = extract_facts(doc)
    check_spans(doc, found)
    assert values(found, "wage") == [3500]
    assert values(found, "probation_months") == [2]
    assert found["wage"][0].text == "⽉⼯资为３５００元"


def test_full_contract():
    text = """妈妈岗劳动合同
甲方：中山市某某电子厂
乙方：陈某
一、合同期限
1. 本合同为固定期限劳动合同，合同期限为贰年，自2026年3月1日起至2028年2月29日止。
2. 试用期为两个月。
二、工作内容和工作地点
工作地点：中山市火炬开发区
三、工作时间和休息休假
1. 乙方每天工作6小时，每周工作不超过30小时，每周休息两天。
2. 工作时间为上午9:00-12:00，下午14:00-17:00。
3. 女职工产假98天；哺乳期内每天哺乳时间1小时。
四、劳动报酬
1. 乙方月工资为人民币叁仟元整（¥3000元）。
2. 试用期工资为转正工资的80%。
3. 工资按月支付，甲方于每月10日前发放上月工资。
4. 延长工作时间的，按不低于工资的150%支付加班工资。
五、其他
1. 甲方不收取乙方任何押金，双方不约定违约金。
2. 乙方解除本合同，应当提前三十日以书面形式通知甲方。
甲方（盖章）：
乙方（签字）：
签订日期：2026年2月28日"""
    doc = Document.from_text(text)
    found = extract_facts(doc)
    check_spans(doc, found)
    assert values(found, "term_type") == ["fixed"]
    assert set(values(found, "term_months")) == {24}
    assert values(found, "start_date") == ["2026-03-01"]
    assert values(found, "end_date") == ["2028-02-29"]
    assert values(found, "probation_months") == [2]
    assert values(found, "workplace_city") == ["中山"]
    assert values(found, "daily_hours") == [6, 6]
    assert values(found, "weekly_hours") == [30]
    assert values(found, "rest_days_per_week") == [2]
    assert values(found, "maternity_leave_days") == [98]
    assert values(found, "nursing_minutes_per_day") == [60]
    assert values(found, "wage") == [3000]
    assert values(found, "probation_wage_ratio") == [80]
    assert values(found, "pay_cycle_days") == [30]
    assert values(found, "pay_day") == [10]
    assert values(found, "overtime_rate") == [150]
    assert values(found, "resign_notice_days") == [30]
    assert values(found, "sign_date") == ["2026-02-28"]
    assert "deposit" not in found and "penalty" not in found


def test_every_extractor_produces_declared_facts_and_every_declared_fact_has_one():
    from checker.facts.registry import produced_names

    assert produced_names() == fact_names()


def test_law_quotes_give_no_contract_facts():
    text = """用人单位自用工之日起即与劳动者建立劳动关系。
连续订立二次固定期限劳动合同，续订劳动合同的，应当订立无固定期限劳动合同。
同一用人单位与同一劳动者只能约定一次试用期。
以完成一定工作任务为期限的劳动合同或者劳动合同期限不满三个月的，不得约定试用期。
试用期包含在劳动合同期限内。
劳动者在试用期内提前三日通知用人单位，可以解除劳动合同。
本合同一式两份，甲乙双方各执一份。
甲方应在每月的15日前为乙方缴纳社会保险。
乙方联系电话：13800138000。"""
    assert extract_facts(Document.from_text(text)) == {}


def test_deterministic():
    text = "合同期限为两年。试用期两个月。月工资3500元。押金500元。"
    first = {k: [f.to_dict() for f in v] for k, v in extract_facts(Document.from_text(text)).items()}
    second = {k: [f.to_dict() for f in v] for k, v in extract_facts(Document.from_text(text)).items()}
    assert first == second


# ---------------------------------------------------------------- numeral view


@pytest.mark.parametrize(
    "source,view",
    [
        ("试用期六个月", "试用期6个月"),
        ("人民币壹万贰仟元整", "人民币12000元整"),
        ("贰仟伍佰元", "2500元"),
        ("叁万元", "30000元"),
        ("百分之二十", "20%"),
        ("二〇二六年三月一日", "2026年3月1日"),
        ("1.5万元", "15000元"),
        ("3,500元", "3500元"),
        ("统一3500元", "统一3500元"),
        ("一方一律一次性", "一方一律1次性"),
        ("九点三十分", "9点30分"),
        ("三四个月", "三四个月"),
        ("一千六一个月", "1600一个月"),  # spoken pay: the run does not swallow the 一 of 一个月
        ("十分重要，十分钟", "十分重要,10分钟".replace(",", "，")),
    ],
)
def test_numeral_view(source, view):
    assert NumeralView(source).text == view


def test_numeral_view_maps_back_to_source():
    source = "月工资人民币叁仟伍佰元整"
    v = NumeralView(source)
    i = v.text.index("3500")
    s, e = v.span(i, i + len("3500元"))
    assert source[s:e] == "叁仟伍佰元"


# ---------------------------------------------------------------- properties


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=99))
def test_probation_months_any_chinese_numeral(n):
    found = extract_facts(Document.from_text(f"试用期{cn2an.an2cn(n)}个月"))
    assert values(found, "probation_months") == [n]


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=99999))
def test_wage_any_capital_numeral(n):
    doc = Document.from_text(f"乙方月工资为人民币{cn2an.an2cn(n, 'up')}元")
    found = extract_facts(doc)
    check_spans(doc, found)
    assert values(found, "wage") == [n]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["试用期六个月。", "月工资３５００元，", "押金贰仟元", "每周休息一天；", "（二）", "合同期限两年", "工作地点：中山市",
             "不约定违约金。", "____", "□", "☑", "一方", "2026年3月1日起", "百分之二十", "提前三十日书面通知甲方", "乙方辞职",
             "哺乳时间每天1小时", "9:00-17:00", " ", "扣除工资的20%"]
        ),
        max_size=12,
    ),
    st.integers(min_value=1, max_value=3),
)
def test_spans_always_index_into_the_original(parts, lines):
    text = "".join(parts)
    chunk = max(1, len(text) // lines)
    text = "\n".join(text[i : i + chunk] for i in range(0, len(text), chunk))
    doc = Document.from_text(text)
    check_spans(doc, extract_facts(doc))


def test_flexible_window_is_not_daily_hours():
    from checker.document import Document
    from checker.facts import extract_facts

    text = "乙方可在每日8:00至18:00之间弹性安排上下班时间，每日实际工作8小时，午间休息不计入工作时间。"
    facts = extract_facts(Document.from_text(text))
    assert [f.value for f in facts["daily_hours"]] == [8]
    facts = extract_facts(Document.from_text("工作时间为9:00—17:00，午休1小时。"))
    assert [f.value for f in facts["daily_hours"]] == [7]


def test_training_cost_and_penalty_context():
    from checker.document import Document
    from checker.facts import extract_facts

    text = ("培训费用人民币贰仟元，乙方服务期三年。乙方在服务期内离职的，须支付违约金贰万元。"
            "乙方违反竞业限制约定的，应支付违约金5000元。乙方迟到的，支付违约金100元。")
    facts = extract_facts(Document.from_text(text))
    assert [f.value for f in facts["training_cost"]] == [2000]
    assert [(f.value, (f.written or {}).get("context")) for f in facts["penalty"]] == [
        (20000, "training"), (5000, "non_compete"), (100, None)]


@pytest.mark.parametrize("text,name,expected", [
    ("法定节假日加班按300%支付，周末加班按200%支付，平时加班按150%支付。", "overtime_rate",
     [(300, "holiday"), (200, "rest_day"), (150, "workday")]),
    ("每周休息1天，每天工作10小时。", "daily_hours", [(10, None)]),
    ("经劳动行政部门批准，乙方岗位实行综合计算工时工作制。", "hours_system", [("comprehensive", None)]),
    ("如经批准，可实行综合计算工时工作制。", "hours_system", []),
    ("妈妈岗员工可选择8:00至16:00或9:00至17:00两个班次。", "daily_hours", []),
    ("工作时间：上午8:30-12:00，下午13:30-17:30。", "daily_hours", [(7.5, None)]),
])
def test_fact_context_fixes(text, name, expected):
    from checker.document import Document
    from checker.facts import extract_facts

    found = extract_facts(Document.from_text(text)).get(name, [])
    got = [(f.value, (f.written or {}).get("when")) for f in found]
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    ("员工加班的，加班费不分工作日、休息日，统一按每小时拾元计发。", [10]),
    ("加班工资15元/小时。", [15]),
    ("加班费按国家规定支付。", []),
    ("甲方不发加班费，每小时10元的补贴另计。", []),
])
def test_overtime_hourly_pay(text, expected):
    from checker.document import Document
    from checker.facts import extract_facts

    assert [f.value for f in extract_facts(Document.from_text(text)).get("overtime_hourly_pay", [])] == expected


def test_overtime_rates_listed_respectively():
    from checker.document import Document
    from checker.facts import extract_facts

    text = "延长工作时间、休息日和法定节假日工作的，分别按乙方小时工资的150%、200%、300%支付加班工资。"
    found = extract_facts(Document.from_text(text))["overtime_rate"]
    assert [(f.value, f.written["when"]) for f in found] == [(150, "workday"), (200, "rest_day"), (300, "holiday")]


@pytest.mark.parametrize("text,expected", [
    ("每日工作九个半小时。", [9.5]),
    ("乙方工作时间为早八晚六，中午不另安排固定休息时间。", [10]),
    ("工作时间早八晚六，中午休息1小时。", [9]),
])
def test_daily_hours_in_words(text, expected):
    from checker.document import Document
    from checker.facts import extract_facts

    assert [f.value for f in extract_facts(Document.from_text(text)).get("daily_hours", [])] == expected


def test_two_pay_days_a_month_is_a_half_month_cycle():
    from checker.document import Document
    from checker.facts import extract_facts

    found = extract_facts(Document.from_text("工资每月10日、25日分两次支付。"))["pay_cycle_days"]
    assert [f.value for f in found] == [15]


@pytest.mark.parametrize("text,expected", [
    ("劳动报酬每15日结算一次，即每月15日结算支付当月1日至15日的报酬，每月最后一日结算支付当月16日至月末的报酬。", [15]),
    ("劳动报酬以每十六日为一个结算周期，每个结算周期届满后三日内支付。", [16]),
])
def test_pay_cycle_stated_outright(text, expected):
    from checker.document import Document
    from checker.facts import extract_facts

    assert [f.value for f in extract_facts(Document.from_text(text))["pay_cycle_days"]] == expected


def test_clock_ranges_with_day_periods_and_a_gap_break():
    from checker.document import Document
    from checker.facts import extract_facts

    text = "每日工作时间为早上七点至中午十二点、下午一点半至傍晚六点，中午休息一个半小时。"
    assert [f.value for f in extract_facts(Document.from_text(text))["daily_hours"]] == [9.5]


def _pay_table(*rows: tuple[str, str]) -> Document:
    from checker.reading import read_document

    lines = ["劳动合同", "四、劳动报酬", "| 工资项目 | 月工资 |"] + [f"| {label} | {amount} |" for label, amount in rows]
    return read_document("\n".join(lines).encode(), name="合同.txt")


def test_pay_table_total_with_left_out_parts_is_its_normal_time_pay():
    """Found in blind batch 23: "基本工资 1780 / 全勤奖 150 / 早班加班补贴 150 / 高温津贴 150 / 合计 2080—2230"
    meets the minimum wage only by counting overtime pay and the heat allowance, which 最低工资规定
    第12条 leaves out: the wage is 1930."""
    doc = _pay_table(("基本工资", "1780"), ("全勤奖", "150"), ("早班加班补贴", "150"), ("高温津贴", "150"), ("合计", "2080—2230"))
    found = extract_facts(doc)
    check_spans(doc, found)
    assert values(found, "wage") == [1930]
    assert found["wage"][0].text == "1780" and found["wage"][0].written["left_out"] == ["早班加班补贴", "高温津贴"]


@pytest.mark.parametrize("rows, wage", [
    # nothing the minimum wage leaves out: the total row stands
    ((("基本工资", "1840元"), ("保育津贴", "240元"), ("小计", "2080元")), [2080]),
    # a part the table does not explain (餐补): no sum is made, the total stands
    ((("基本工资", "1800元"), ("餐补", "200元"), ("夜班津贴", "300元"), ("合计", "2300元")), [2300]),
])
def test_pay_table_total_stands_unless_every_part_is_known(rows, wage):
    assert values(extract_facts(_pay_table(*rows)), "wage") == wage

"""Clause segmentation, topics, kind detection, privacy masking."""

from __future__ import annotations

import pytest

from checker.clauses import clause_path, split_clauses, topics_of
from checker.contract import build_contract
from checker.document import Block, Document
from checker.facts import extract_facts
from checker.kinds import detect_kind
from checker.privacy import mask

CONTRACT = """劳动合同书
甲方：中山市某公司
第一条 合同期限
本合同期限二年。
第二条 试用期：试用期二个月。
第三条 劳动报酬
（一）月工资3500元。
（二）每月15日前发放上月工资。
1. 甲方依法缴纳社会保险。
1.1 包括工伤保险。
四、工作时间和休息休假
每日工作8小时。
(1) 每周休息两天。
附件一：女职工特殊保护
"""


@pytest.fixture(scope="module")
def clauses():
    return split_clauses(Document.from_text(CONTRACT))


def test_numbering_styles(clauses):
    numbers = [c.number for c in clauses]
    assert numbers == [None, "第一条", "第二条", "第三条", "(一)", "(二)", "1", "1.1", "四", "(1)", "附件一"]


def test_titles_and_ranges(clauses):
    by_number = {c.number: c for c in clauses}
    assert by_number["第一条"].title == "合同期限" and (by_number["第一条"].first_block, by_number["第一条"].last_block) == (2, 3)
    assert by_number["第二条"].title == "试用期"
    assert by_number["附件一"].title == "女职工特殊保护"
    assert by_number["第一条"].heading_only and not by_number["第二条"].heading_only


def test_topics(clauses):
    by_number = {c.number: c for c in clauses}
    assert "term" in by_number["第一条"].topics
    assert "probation" in by_number["第二条"].topics
    assert "wage" in by_number["(一)"].topics  # 月工资 holds 工资
    assert "social_insurance" in by_number["1"].topics
    assert "female_protection" in by_number["附件一"].topics


def test_clause_path(clauses):
    assert clause_path(clauses, 6) == "第三条(一)"
    assert clause_path(clauses, 9) == "第三条 1.1"
    assert clause_path(clauses, 0) is None


def test_word_label_counts_as_number():
    doc = Document(source="x", format="docx")
    doc.blocks.append(Block(index=0, text="合同期限", label="第一条", level=0))
    doc.blocks.append(Block(index=1, text="本合同期限二年。"))
    assert split_clauses(doc)[0].number == "第一条"


def test_a_bare_page_number_is_not_a_clause():
    assert [c.number for c in split_clauses(Document.from_text("合同\n3\n正文"))] == [None]


def test_a_short_sentence_clause_is_not_a_heading():
    clauses = split_clauses(Document.from_text("第七条 乙方缴纳押金2000元\n第八条 其他"))
    assert not clauses[0].heading_only


@pytest.mark.parametrize("text,topic", [
    ("甲方为乙方缴纳五险", "social_insurance"), ("乙方违约应支付违约金", "penalty"),
    ("竞业限制期限为二年", "non_compete"), ("哺乳期内每天一小时哺乳时间", "female_protection"),
])
def test_topics_of(text, topic):
    assert topic in topics_of(text)


@pytest.mark.parametrize("text,kind", [
    ("非全日制用工劳动合同\n每天工作4小时", "part_time"),
    ("劳动合同书\n甲方：某公司", "full_time"),
    ("劳务协议\n乙方为退休返聘人员", "labour_service"),
    ("外发加工承揽协议\n定作人：某公司", "outwork"),
    ("直播带货合作协议\n主播每月直播不少于60小时", "live_commerce"),
    ("食品小作坊岗位劳动合同\n乙方须持健康证明上岗", "food_workshop"),
    ("协议\n定作人提供原材料，承揽人按件交付成品。", "outwork"),
    ("合同\n每天工作4小时，每小时20元。", "part_time"),
    ("员工聘用协议\n甲方：某厂", "full_time"),
    ("非全日制用工协议\n甲方：某店", "part_time"),
    ("劳务用工协议\n乙方为退休人员", "labour_service"),
    ("说明\n今天天气很好。", "unknown"),
    # the dispatch agency is the employer (劳动合同法第58条): not 劳务, though the title says 劳务派遣
    ("劳务派遣劳动合同书\n甲方（劳务派遣单位）：某人力资源公司\n乙方（被派遣劳动者）：何某", "full_time"),
    # a domestic-work agency's 居间 contract: 钟点工 names the service, not the relation
    ("钟点工服务人员登记及居间服务协议\n服务项目：日常保洁（钟点工）\n乙方自行决定接单，甲方不作考勤。", "labour_service"),
])
def test_kind_detection(text, kind):
    doc = Document.from_text(text)
    result = detect_kind(doc, extract_facts(doc))
    assert result.kind == kind and result.evidence


def test_kind_given_wins_and_bad_kind_is_a_usage_error():
    from checker.contract import UsageError

    doc = Document.from_text("劳动合同书")
    assert build_contract(doc, kind="outwork").kind.source == "given"
    with pytest.raises(UsageError):
        build_contract(doc, kind="boss")


def test_city_and_date_detection_and_defaults():
    c = build_contract(Document.from_text("劳动合同\n工作地点：佛山市顺德区。\n签订日期：2024年5月6日"))
    assert (c.city, c.city_source, c.date.isoformat(), c.date_source) == ("佛山", "detected", "2024-05-06", "detected")
    c = build_contract(Document.from_text("劳动合同"), city="中山市", date="2020-01-02")
    assert (c.city, c.city_source, c.date.isoformat(), c.date_source) == ("中山", "given", "2020-01-02", "given")
    c = build_contract(Document.from_text("劳动合同"))
    assert c.city == "中山" and c.city_source == "default" and c.date_source == "default"


def test_mask_ids_and_phones():
    text = "身份证号码：44200019900101123X，电话 138-1234-5678，工资3500元，日期2026年3月1日"
    masked = mask(text)
    assert "44200019900101123X" not in masked and "1234-5678" not in masked
    assert "3500元" in masked and "2026年3月1日" in masked


def test_form_layout_labels_head_clauses():
    doc = Document.from_text("主播聘用合同\n项目：社会保险\n内容：甲方依法缴纳社会保险。\n项目：竞业限制\n内容：无。")
    clauses = split_clauses(doc)
    assert [(c.title, c.heading_only) for c in clauses[1:]] == [("社会保险", True), ("竞业限制", True)]
    assert "social_insurance" in clauses[1].topics and "non_compete" in clauses[2].topics


def test_service_agreement_with_employment_substance_is_checked_as_employment():
    text = "劳务协议\n乙方每天9:00至17:00上班，须打卡考勤，遵守甲方规章制度，每月劳务费3000元。"
    doc = Document.from_text(text)
    result = detect_kind(doc, extract_facts(doc))
    assert result.kind == "full_time" and result.label == "labour_service"
    assert any("劳动关系特征" in e for e in result.evidence)
    retiree = Document.from_text(text + "\n乙方为退休返聘人员。")
    assert detect_kind(retiree, extract_facts(retiree)).kind == "labour_service"


def test_food_workshop_by_title_or_substance():
    doc = Document.from_text("腊味作坊用工合同\n乙方须持健康证明上岗。")
    assert detect_kind(doc, extract_facts(doc)).kind == "food_workshop"
    chat = Document.from_text("招工确认\n做的是斩料、打包，就在烧腊档口这里。\n健康证你自己去办。\n试用期：无。")
    assert detect_kind(chat, extract_facts(chat)).kind == "food_workshop"


def test_a_denied_retiree_does_not_make_a_service_agreement_genuine():
    text = ("劳务协议\n乙方未达到法定退休年龄。乙方每天9:00至17:00上班，须打卡考勤，遵守甲方规章制度，"
            "每月劳务费3000元。")
    doc = Document.from_text(text)
    assert detect_kind(doc, extract_facts(doc)).kind == "full_time"


def test_enclosing_is_the_chain_of_numbered_parents_on_any_clause_list():
    """enclosing() runs in log time per block (issue 12); it must give exactly the chain the
    plain definition gives: the clause holding the block, then each nearest earlier numbered or
    heading clause of a lower level, up to level 0."""
    import random

    from checker.clauses import Clause, enclosing

    def reference(clauses, block):
        inner = [c for c in clauses if c.first_block <= block <= c.last_block]
        if not inner:
            return []
        here = inner[0]
        chain, level = [here], here.level
        for clause in reversed(clauses[: clauses.index(here)]):
            if clause.level < level and (clause.number or clause.heading_only):
                chain.append(clause)
                level = clause.level
                if level == 0:
                    break
        return list(reversed(chain))

    rng = random.Random(7)
    for _ in range(200):
        clauses, block = [], 0
        for i in range(rng.randint(1, 25)):
            size = rng.randint(1, 3)
            clauses.append(Clause(number=str(i) if rng.random() < 0.7 else None, title="", first_block=block,
                                  last_block=block + size - 1, level=rng.randint(0, 3), heading_only=rng.random() < 0.2))
            block += size
        for b in range(block):
            assert [id(c) for c in enclosing(clauses, b)] == [id(c) for c in reference(clauses, b)]


def test_title_found_below_an_e_sign_export_header():
    # an e-sign export puts its own lines and a rule above the document; they are not the first few blocks
    text = ("【e签宝·电子签署文件】 文件编号：ESG-20260120-55831742\n签署流程：发起方 某公司 → 签署方 周某\n"
            "状态：已完成（2/2）  导出时间：2026-01-20 17:42:09\n==========================\n"
            "解除劳动合同协议书\n甲方：某公司\n乙方：周某")
    doc = Document.from_text(text)
    result = detect_kind(doc, extract_facts(doc))
    assert result.title == "解除劳动合同协议书" and result.document == "supplement"


def test_a_supplement_is_dated_by_its_own_signing_not_the_contract_it_recites():
    c = build_contract(Document.from_text(
        "劳动合同补充协议\n鉴于：甲乙双方于2024年3月1日签订《劳动合同》。\n第一条 乙方岗位调整为包装工。\n"
        "甲方（盖章）：某公司\n乙方（签名）：黄某\n日期：2025年11月19日"))
    assert c.date.isoformat() == "2025-11-19" and c.date_source == "detected"


@pytest.mark.parametrize("head", [
    "某公司\n岗位及薪酬调整协议书\n（劳动合同变更协议）",  # the bracketed subtitle says what it is
    "岗位及薪酬调整协议书",
    "调岗通知书",
])
def test_a_change_of_post_or_pay_is_a_supplement(head):
    """Found in blind batch 24: a 哺乳期 change-of-post agreement was checked as a whole labour contract
    and got a false error for lacking the contract's mandatory labour-protection clause."""
    doc = Document.from_text(head + "\n甲方：某公司\n乙方：冯某\n一、乙方岗位调整为质检员。\n甲方（盖章）：\n乙方（签名）：")
    assert detect_kind(doc, extract_facts(doc)).document == "supplement"


def test_a_labour_contract_with_a_bracketed_subtitle_is_a_contract():
    doc = Document.from_text("劳动合同书\n（全日制）\n甲方：某公司\n乙方：冯某\n一、乙方月工资3000元。\n甲方（盖章）：\n乙方（签名）：")
    assert detect_kind(doc, extract_facts(doc)).document == "contract"


def test_an_apprenticeship_that_is_the_whole_agreement_is_its_term():
    """Found in blind batch 25: a 学徒协议 whose only period is "一、学徒期限 / 学徒期一年，从…至…" was read as
    a one-year probation and reported as having no term; where a contract term is written besides,
    the 学徒期 is still a probation by substance."""
    whole = build_contract(Document.from_text(
        "学徒协议\n甲方：某美发店\n乙方：钟某\n一、学徒期限\n1、学徒期一年，从2025年6月18日至2026年6月17日。"), city="江门", date="2025-06-16")
    assert [f.value for f in whole.facts.get("term_months", [])] == [12] and not whole.facts.get("probation_months")
    inside = build_contract(Document.from_text(
        "劳动合同\n甲方：某厂\n乙方：钟某\n一、合同期限：自2025年6月18日至2027年6月17日。\n二、学徒期六个月。"), city="中山", date="2025-06-16")
    assert [f.value for f in inside.facts["probation_months"]] == [6]


def test_a_family_hiring_with_a_masked_id_number_is_labour_service():
    """Found in blind batch 25: "甲方（雇主）：陈某 / 身份证号：44010619820905XXXX" -- an ID number with its
    last digits masked, as copies show them -- was not seen as a natural person, so a family's 钟点工
    was judged part-time employment; the masked sex digit must not crash the female-worker check."""
    doc = Document.from_text("家庭钟点工（保洁）协议\n甲方（雇主）：陈某\n身份证号：44010619820905XXXX\n"
                             "乙方（阿姨）：黄某\n身份证号：45092319730418XXXX\n一、每周二、周四上午9:00—12:00，每小时30元。")
    result = detect_kind(doc, extract_facts(doc))
    assert result.relation == "labour_service"
    from checker.kinds import worker_sex
    assert worker_sex(doc) is None

"""Trust on documents nobody here wrote (issue 7): never a silent pass, kind by substance,
not-a-contract refused, rulebooks checked, text as people really have it."""

from __future__ import annotations

import json

import pytest

from checker import api
from checker.document import Document
from checker.engine.examples import run_example
from checker.engine.evaluate import Evaluator
from checker.engine.loader import load_rules
from checker.engine.rule import Example


def write(tmp_path, name: str, text: str, encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def rules_of(report) -> set[str]:
    return {f.rule for f in report.findings}


def laws_of(report) -> set[tuple[str, int]]:
    return {(b["law"], b["article"]) for f in report.findings for b in f.basis}


# --------------------------------------------------------------------- never a silent pass

UNKNOWN_TITLE = "用工约定\n甲方：某厂\n乙方：李某\n一、乙方每天工作12小时，每月工资1000元。\n二、乙方入职交押金500元。\n"


def test_an_unrecognised_title_is_checked_as_employment_and_says_so(run_cli, tmp_path):
    path = write(tmp_path, "约定.txt", UNKNOWN_TITLE)
    code, out, err = run_cli("check", path)
    assert code == 1, err
    assert "未能识别合同类型，已按劳动合同检查" in out
    report = api.check(path)
    assert report.contract.kind.presumed and report.contract.kind.relation == "full_time"
    assert {"daily-hours-over-8", "below-minimum-wage-monthly", "deposit-or-guarantee"} <= rules_of(report)
    assert report.contract.kind.evidence  # the signs that made the presumption


@pytest.mark.parametrize("title", ["员工协议", "学徒协议", "聘书", "勞動合同書"])
def test_other_unusual_titles_get_their_violations(title):
    report = api.check(f"{title}\n甲方：某厂\n乙方：李某\n乙方每天工作12小时，每月工资1000元，入职交押金500元。\n".encode(),
                       name="a.txt")
    assert {"daily-hours-over-8", "below-minimum-wage-monthly", "deposit-or-guarantee"} <= rules_of(report)
    assert report.not_checked is None


def test_a_document_with_no_sign_of_a_contract_or_of_work_is_not_checked_and_exits_3(run_cli, tmp_path):
    path = write(tmp_path, "说明.txt", "说明\n今天天气很好，我们去公园散步。\n")
    code, out, err = run_cli("check", path)
    assert code == 3
    assert "未发现问题" not in out and "未能检查" in out
    assert "未能检查" in err and "--kind" in err


def test_a_report_that_evaluated_no_rule_never_says_no_problems(run_cli, tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "only-outwork.yaml").write_text("""\
id: only-outwork
title: 只查承揽
severity: warning
relations: [outwork]
basis:
  - law: 民法典
    article: 770
    quote: 承揽合同是承揽人按照定作人的要求完成工作，交付工作成果，定作人支付报酬的合同。
forbid:
  patterns: ["不存在的用语"]
message: 示例
suggestion: 示例
explain_to_worker: 示例
examples:
  fail:
    - {text: "承揽协议\\n不存在的用语", kind: outwork}
""", encoding="utf-8")
    contract = write(tmp_path, "劳动合同.txt", "劳动合同书\n甲方：某厂\n乙方：李某\n乙方月工资3000元。\n")
    code, out, err = run_cli("check", contract, "--no-default-rules", "--rules", rules, "--format", "json")
    assert code == 3
    report = json.loads(out)["reports"][0]
    assert report["summary"]["rules_evaluated"] == 0 and report["summary"]["checked"] is False
    assert "没有一条规则适用" in report["not_checked"]


def test_rules_for_every_relation_run_where_the_relation_cannot_be_decided():
    report = api.check("乙方应缴纳押金200元。乙方如怀孕应当自行退出。".encode(), name="a.txt")
    assert report.contract.kind.relation == "unknown"
    assert {"deposit-or-guarantee", "pregnancy-forced-resignation"} <= rules_of(report)
    assert report.not_checked  # and the report still says it was not fully checked


def test_rules_test_runs_examples_through_real_kind_detection():
    ruleset = load_rules()
    rule = ruleset.get("outwork-missing-acceptance")
    evaluator = Evaluator(ruleset)
    # the same words as a labour contract: `check` would never evaluate an outwork rule on it
    result = run_example(evaluator, rule, Example("劳动合同书\n乙方每月工资3000元。"), "fail")
    assert not result.ok and "规则不适用于识别出的类型" in result.detail
    assert run_example(evaluator, rule, Example("劳动合同书\n乙方每月工资3000元。", kind="outwork"), "fail").ok


# --------------------------------------------------------------------- not a contract

NEWS = """中山“妈妈岗”让宝妈家门口就业
本报讯（记者 王某 通讯员 李某）据了解，今年以来，中山市已有三百多家企业开设妈妈岗。
市人社局有关负责人表示，用人单位不得以任何名义向劳动者收取押金，违反规定的将由劳动行政部门处以罚款。
在某电子厂上班的陈女士告诉记者，她每天工作六小时，月工资两千六百元。
责任编辑：张某
"""

JUDGMENT = """广东省中山市某区人民法院
民事判决书
原告：陈某，女，1990年出生。
被告：中山市某五金厂。
原告向本院提出诉讼请求：判令被告返还押金500元，支付违法解除劳动合同赔偿金。
经审理查明：双方签订的劳动合同约定“乙方入职须交押金500元，怀孕视为自动离职”。
本院认为，用人单位不得向劳动者收取财物，亦不得因女职工怀孕与其解除劳动合同。
判决如下：一、被告于本判决生效之日起十日内返还原告押金500元。
审判长 李某
书记员 王某
"""


STATUTE = """中华人民共和国劳动合同法
第一章 总则
第一条 为了完善劳动合同制度，明确劳动合同双方当事人的权利和义务，保护劳动者的合法权益，制定本法。
第九条 用人单位招用劳动者，不得扣押劳动者的居民身份证和其他证件，不得要求劳动者提供担保或者以其他名义向劳动者收取财物。
第八十四条 用人单位违反本法规定，以担保或者其他名义向劳动者收取财物的，由劳动行政部门责令限期退还劳动者本人，并处以罚款。
第九十八条 本法自2008年1月1日起施行。
"""


@pytest.mark.parametrize("text", [NEWS, JUDGMENT, STATUTE], ids=["news", "judgment", "statute"])
def test_news_judgments_and_statutes_are_refused_as_not_a_contract(run_cli, tmp_path, text):
    path = write(tmp_path, "文章.txt", text)
    code, out, err = run_cli("check", path)
    assert code == 3
    assert "这不像一份合同" in out and "这不像一份合同" in err
    report = api.check(path)
    assert report.findings == [] and report.contract.kind.document == "not_contract"


def test_a_forced_kind_checks_a_document_that_does_not_look_like_a_contract(tmp_path):
    report = api.check(write(tmp_path, "文章.txt", JUDGMENT), kind="full_time")
    assert report.not_checked is None and "deposit-or-guarantee" in rules_of(report)


RULEBOOK = """中山市某某腊味加工场 厂规厂纪
第一条 员工上班须按时打卡，迟到一次罚款二十元，从当月工资中扣除。
第二条 新员工入职须交押金三百元，做满一年退还。
第三条 员工辞职须经厂长批准，旺季不受理辞职申请。
第四条 女工怀孕的，应于一个月内自行办理离职手续。
第五条 员工应持有效健康证明上岗，健康证明费用由本场承担。
"""


def test_a_rulebook_is_checked_against_the_prohibitions_not_the_mandatory_clauses(run_cli, tmp_path):
    path = write(tmp_path, "厂规.txt", RULEBOOK)
    report = api.check(path)
    assert report.contract.kind.document == "rulebook"
    assert {"deposit-or-guarantee", "fine-deducted-from-wages", "resignation-conditioned",
            "pregnancy-forced-resignation"} <= rules_of(report)
    assert not any(f.rule.startswith("missing-") for f in report.findings)
    assert "规章制度" in run_cli("check", path)[1]


# --------------------------------------------------------------------- relation by substance


def test_a_part_time_label_with_full_time_hours_is_full_time_and_that_is_a_finding():
    report = api.check("非全日制用工协议\n甲方：某厂\n乙方：李某\n乙方每天工作8小时，每周工作六天，月工资3000元。\n".encode(),
                       name="a.txt")
    kind = report.contract.kind
    assert (kind.relation, kind.label) == ("full_time", "part_time")
    assert "part-time-label-full-time-substance" in rules_of(report)


def test_part_time_wording_alone_does_not_make_a_streamer_part_time():
    report = api.check("主播兼职协议\n甲方：某传媒公司\n乙方：李某\n乙方每月直播时长不少于160小时，每月底薪3000元。\n".encode(),
                       name="a.txt")
    kind = report.contract.kind
    assert (kind.relation, kind.sector) == ("full_time", "live_commerce")


def test_a_genuine_per_session_service_is_labour_service_and_its_no_show_penalty_is_lawful():
    text = ("烘焙课程兼职授课协议\n甲方：某亲子中心\n乙方：李某\n乙方自行编写课程大纲，自行安排备课时间，甲方不考勤。\n"
            "每节课报酬300元，按次结算。乙方无故缺课的，应支付违约金150元。\n")
    report = api.check(text.encode(), name="a.txt")
    assert report.contract.kind.relation == "labour_service"
    assert not [f for f in report.findings if f.severity == "error"]


def test_a_streamer_cooperation_with_company_accounts_and_clock_in_is_employment():
    disguised = ("直播合作协议\n甲方：某电商公司\n乙方：李某\n乙方使用甲方账号在甲方直播基地直播，每天14:00至22:00直播，"
                 "每日上下班打卡，遵守甲方《主播管理制度》，每月底薪3500元。\n")
    genuine = ("直播合作协议\n甲方：某电商公司\n乙方：李某\n乙方使用本人抖音账号，自行安排直播时间，甲方不考勤，"
               "销售佣金按20%分成。\n")
    d = api.check(disguised.encode(), name="a.txt").contract.kind
    g = api.check(genuine.encode(), name="b.txt").contract.kind
    assert (d.relation, d.sector, d.label) == ("full_time", "live_commerce", "cooperation")
    assert (g.relation, g.sector) == ("cooperation", "live_commerce")


def test_every_report_shows_relation_and_sector_with_evidence(run_cli, tmp_path):
    path = write(tmp_path, "a.txt", "食品小作坊岗位劳动合同\n甲方：某烧腊店\n乙方：李某\n乙方须持健康证明上岗，每天工作8小时。\n")
    code, out, _ = run_cli("check", path, "--format", "json")
    contract = json.loads(out)["reports"][0]["contract"]
    assert (contract["relation"], contract["sector"]) == ("full_time", "food_workshop")
    assert contract["kind_evidence"]
    text = run_cli("check", path)[1]
    assert "法律关系：全日制劳动合同" in text and "行业：食品小作坊/摊贩岗位" in text and "判断依据：" in text


@pytest.mark.parametrize("given,relation,sector,source", [
    ("food_workshop", "full_time", "food_workshop", "detected"),  # a sector: the relation is still judged
    ("part_time/food_workshop", "part_time", "food_workshop", "given"),
    ("outwork", "outwork", "general", "given"),
    ("live_commerce+cooperation", "cooperation", "live_commerce", "given"),
])
def test_kind_accepts_old_values_and_new_pairs(given, relation, sector, source):
    kind = api.parse("协议\n乙方每天工作8小时。".encode(), name="a.txt", kind=given).kind
    assert (kind.relation, kind.sector, kind.source) == (relation, sector, source)


def test_a_bad_kind_is_a_usage_error(run_cli, tmp_path):
    code, _, err = run_cli("check", write(tmp_path, "a.txt", "劳动合同"), "--kind", "boss")
    assert code == 2 and "未知的合同类型" in err


# --------------------------------------------------------------------- text as people have it


def test_traditional_script_is_checked_and_excerpts_keep_the_original(tmp_path):
    text = "勞動合同書\n甲方：中山市某某電子廠\n乙方：陳某\n第五條 乙方入職須繳納押金貳仟元。\n第六條 乙方承諾三年內不生育。\n"
    for encoding in ("utf-8", "big5"):
        report = api.check(write(tmp_path, f"a-{encoding}.txt", text, encoding))
        assert report.contract.document.traditional
        deposit = next(f for f in report.findings if f.rule == "deposit-or-guarantee")
        assert "押金貳仟元" in deposit.location["excerpt"]
        assert "marriage-childbirth-restriction" in rules_of(report)


def test_words_broken_by_copying_still_match(tmp_path):
    text = ("首页 > 合同范本 > 劳动合同\n劳动合同\n甲方：某厂\n乙方：李某\n第三条 乙方入职须交押 金500元，试用期满后甲方才为乙方缴纳社会\n"
            "第 2 页 共 3 页\n保险。\n下载本文\n")
    report = api.check(write(tmp_path, "web.txt", text))
    assert {"deposit-or-guarantee", "social-insurance-after-probation"} <= rules_of(report)
    assert not any("下载" in b.original or "页" in b.original for b in report.contract.document.blocks)


# --------------------------------------------------------------------- one finding per problem; cities


def test_one_finding_per_problem_with_every_place_as_a_location():
    text = "劳动合同\n甲方：某厂\n乙方：李某\n乙方入职交押金500元。\n乙方另交工衣押金100元。\n乙方再交保证金300元。\n"
    report = api.check(text.encode(), name="a.txt")
    deposits = [f for f in report.findings if f.rule == "deposit-or-guarantee"]
    assert len(deposits) == 1 and len(deposits[0].locations) == 3
    assert report.summary()["error"] == sum(1 for f in report.findings if f.severity == "error")


def test_a_city_outside_the_parameters_is_the_contracts_city_and_minimum_wage_is_undetermined():
    text = "员工协议\n甲方：濮阳市某服装厂\n地址：河南省濮阳市华龙区人民路88号\n乙方：王某\n工作地点：甲方车间。\n乙方月工资1000元。\n"
    report = api.check(text.encode(), name="a.txt")
    assert report.contract.city == "濮阳"
    assert "below-minimum-wage-monthly" not in rules_of(report)
    undetermined = {u.rule: u.reason for u in report.undetermined}
    assert "濮阳" in undetermined["below-minimum-wage-monthly"]


def test_a_county_outside_guangdong_is_the_contracts_place_not_the_default():
    """Found in blind batch 25: a 濮阳县 cooperative's address ("地址：濮阳县庆祖镇西街") named no 市, and the
    report fell back to 中山 -- whose minimum wage would then be applied to a piece rate in Henan."""
    text = "外发加工协议\n甲方（发料方）：某手工编织合作社\n地址：濮阳县庆祖镇西街\n乙方：王某\n乙方月工资1000元。\n"
    report = api.check(text.encode(), name="a.txt", kind="full_time")
    assert report.contract.city == "濮阳县"
    assert "below-minimum-wage-monthly" not in rules_of(report)


def test_a_named_guangdong_city_is_used_not_the_default():
    report = api.check("劳动合同\n工作地点：江门市蓬江区。\n乙方月工资1900元。\n".encode(), name="a.txt")
    assert (report.contract.city, report.contract.city_source) == ("江门", "detected")


# --------------------------------------------------------------------- classes of violations (item 7)


@pytest.mark.parametrize("clause,law", [
    ("甲方可根据经营需要随时解除本合同。", ("劳动合同法", 40)),
    ("乙方不能胜任工作的，甲方可随时解除合同且不支付经济补偿。", ("劳动合同法", 46)),
    ("乙方连续两个月未完成销售指标的，本合同自行终止。", ("劳动合同法实施条例", 13)),
    ("乙方辞职须提前两个月书面申请，否则赔偿甲方一个月工资。", ("劳动合同法", 37)),
    ("乙方辞工须找好接替人员并经厂长同意。", ("劳动合同法", 37)),
    ("乙方未提前一个月通知而离职的，当月工资发一半。", ("工资支付暂行规定", 15)),
    ("新员工前七天为学习期，学习期间不计工资。", ("工资支付暂行规定", 15)),
    ("试用期两个月，试用期工资2200元。", ("劳动合同法", 20)),
    ("试用期内乙方怀孕的，甲方有权解除劳动合同。", ("女职工劳动保护特别规定", 5)),
    ("乙方当年未休完的年休假，视为自动放弃，不予补偿。", ("职工带薪年休假条例", 5)),
    ("甲方每月预支乙方生活费800元，其余工资于年底一次性结清。", ("劳动法", 50)),
    ("乙方在工作中发生人身安全事故由乙方自行承担。", ("工伤保险条例", 2)),
    ("乙方承诺合同期内三年内不生育。", ("妇女权益保障法", 44)),
    ("乙方如怀孕，应自愿请辞。", ("女职工劳动保护特别规定", 5)),
    ("乙方离职后两年内不得在甲方2公里内从事同行业工作。", ("劳动合同法", 23)),
    ("乙方生育享受产假98天，奖励假80天期间只发基本生活费。", ("广东省人口与计划生育条例", 30)),
])
def test_classes_of_violations_that_slipped_past(clause, law):
    text = ("劳动合同书\n甲方：中山市某某电子厂\n乙方：李某\n第一条 合同期限二年，自2026年3月1日起至2028年2月29日止。\n"
            f"第二条 乙方每天工作8小时，每周五天，月工资3000元，每月10日前支付上月工资。\n第三条 {clause}\n")
    report = api.check(text.encode(), name="a.txt", date="2026-03-01")
    errors = {(b["law"], b["article"]) for f in report.findings if f.severity == "error" for b in f.basis}
    assert law in errors, sorted(rules_of(report))


def test_piece_rates_that_leave_a_full_time_worker_below_the_minimum_wage():
    text = ("劳动合同书\n甲方：中山市某某制衣厂\n乙方：李某\n第一条 合同期限二年。\n"
            "第二条 乙方每天工作8小时，实行计件工资，每件0.3元，每天定额200件。\n")
    report = api.check(text.encode(), name="a.txt", date="2026-03-01")
    finding = next(f for f in report.findings if f.rule == "piece-rate-below-minimum-wage")
    assert "1305元" in finding.message  # 0.3 x 200 x 21.75
    lawful = text.replace("每件0.3元", "每件0.6元")
    assert "piece-rate-below-minimum-wage" not in rules_of(api.check(lawful.encode(), name="b.txt", date="2026-03-01"))


def test_a_union_question_and_answer_sheet_is_not_a_contract():
    text = ("“妈妈岗”女职工权益知识问答\n——某镇总工会女职工委员会 普法宣传资料\n"
            "编者按：我们把来信来电中问得最多的问题整理成这份问答，供大家对照参考。\n"
            "问一：合同写“签一年，试用期三个月”，行不行？\n答：不行。《劳动合同法》第十九条规定：试用期不得超过二个月。\n"
            "问二：入职要交押金合法吗？\n答：不合法。《劳动合同法》第九条规定：不得以其他名义向劳动者收取财物。\n")
    report = api.check(text.encode(), name="问答.txt")
    assert report.contract.kind.document == "not_contract" and report.findings == []


def test_an_explicit_part_time_relation_in_the_text_outweighs_a_service_title():
    text = ("课时服务协议\n甲方：某托管中心\n乙方：李某\n双方建立非全日制用工关系。\n乙方入职后设一个月试用期。\n"
            "上课时间：周一至周五16:00—18:30，每天2.5小时，课时费每小时28元。\n")
    report = api.check(text.encode(), name="a.txt")
    assert report.contract.kind.relation == "part_time" and "part-time-probation" in rules_of(report)


def test_chat_style_pay_without_yuan_is_read():
    text = ("【上班说明】\n店名：某包点店\n老板：林某\n员工：黄某\n1）做什么：包点工，就在店后面的作坊做\n"
            "4）工资：\n转正每月3200\n试用期那个月先1500，过了试用期再按3200算\n")
    report = api.check(text.encode(), name="a.txt", date="2026-09-01")
    assert {"probation-wage-below-80-percent", "probation-wage-below-minimum"} <= rules_of(report)


def test_an_extension_of_maternity_leave_and_a_meal_allowance_are_not_the_base_figures():
    text = ("劳动合同书\n甲方：某厂\n乙方：李某\n乙方月工资3000元。\n甲方每月提供100元餐补。\n"
            "乙方生育享受98天产假，难产增加15天，多胞胎每多生育1个婴儿增加15天。\n")
    report = api.check(text.encode(), name="a.txt", date="2026-09-01")
    assert not {"below-minimum-wage-monthly", "maternity-leave-below-national"} & rules_of(report)


# ---------------------------------------------------------------- classes from blind batch 15


def test_an_article_explaining_the_law_is_refused_even_without_guide_words():
    text = ("# 宝妈签合同前要看的几个坑\n\n很多人问押金能不能收。《劳动合同法》第九条说不得收取财物。\n"
            "试用期也有上限，见《劳动合同法》第十九条。社保从用工之日起缴，见《社会保险法》第五十八条。\n"
            "❌ 常见写法：“乙方入职时须缴纳押金500元。”\n")
    report = api.check(text.encode(), name="article.md")
    assert report.contract.kind.document == "not_contract" and report.not_checked


def test_a_supplement_or_offer_letter_is_not_asked_for_the_mandatory_clauses():
    text = ("劳动合同补充协议\n甲方：某腊味加工场\n乙方：李某\n"
            "一、旺季期间乙方每日工作12小时，每月休息2天。\n二、乙方入职须缴纳押金500元。\n甲方（盖章）： 乙方（签字）：\n")
    report = api.check(text.encode(), name="s.txt", date="2026-01-01")
    assert report.contract.kind.document == "supplement"
    found = rules_of(report)
    assert {"deposit-or-guarantee", "daily-hours-over-8"} <= found
    assert not {r for r in found if r.startswith("missing-")}


def test_a_disguised_contract_gets_one_finding_asking_for_a_labour_contract_not_each_missing_clause():
    text = ("门店合作经营协议\n甲方：某甜品店\n乙方：李某\n"
            "乙方每天按店长排班10:30到店、22:30离店，使用企业微信打卡，遵守甲方《员工守则》，每天70元，每月结算。\n"
            "乙方入职须缴纳保证金2000元。\n甲方（盖章）： 乙方（签字）：\n")
    report = api.check(text.encode(), name="c.txt", city="中山", date="2026-01-01")
    found = rules_of(report)
    assert report.contract.kind.relation == "full_time" and report.contract.kind.label_contradicted
    assert "employment-named-as-service" in found and "deposit-or-guarantee" in found
    assert "below-minimum-wage-daily" in found
    assert not {"missing-labour-protection", "missing-contract-term", "missing-social-insurance"} & found
    disguise = next(f for f in report.findings if f.rule == "employment-named-as-service")
    assert "第十七条" in disguise.suggestion and disguise.location is not None  # shown at the title


def test_field_lines_of_a_form_are_not_joined_into_one_sentence():
    text = "\n".join(["入职确认单", "姓名：李某某  电话：13800000000  住址：中山市东凤镇某村某巷某号",
                      "岗位：包装（后加工车间），上班时间：早上8:00-12:00，下午13:00-17:00，每周休息两天",
                      "社保：转正以后帮你买，试用期不买", "试用期内自己不做的，不结工资",
                      "本确认单就是双方的用工合同，你回复确认即生效，厂里不另外签纸质合同"])
    blocks = [b.text for b in api.parse(text.encode(), name="w.txt").document.blocks]
    assert "社保:转正以后帮你买,试用期不买" in blocks


@pytest.mark.parametrize("clause, days", [("乙方工资每两个月结算一次。", 60), ("加工费一般为45至60天结算一次。", 45),
                                          ("合作收益每三个月结一次。", 90), ("工资按月结算。", 30)])
def test_pay_cycles_of_several_months(clause, days):
    facts = api.parse(f"劳动合同\n{clause}".encode(), name="p.txt").facts
    assert [f.value for f in facts["pay_cycle_days"]] == [days]


def test_five_and_a_half_days_a_week():
    report = api.check("勞動合同\n乙方每日工作八小時，每週工作五天半，週六上午為正常工作時間。".encode(), name="h.txt", kind="full_time")
    assert "six-day-week-over-40-hours" in rules_of(report)


def test_an_assessment_period_at_hiring_is_a_probation():
    report = api.check("劳动合同\n合同期限一年。前3个月为考核期，考核期工资按70%发放。".encode(), name="k.txt", kind="full_time")
    assert {"probation-too-long", "probation-wage-below-80-percent"} <= rules_of(report)


def test_the_agreed_wage_as_the_base_of_a_ratio_does_not_make_the_probation_wage_a_wage():
    facts = api.parse("劳动合同\n转正后月工资2300元；试用期工资按转正工资的80%发放，即每月1840元。".encode(), name="r.txt").facts
    assert [f.value for f in facts["wage"]] == [2300] and [f.value for f in facts["probation_wage"]] == [1840]


# ---------------------------------------------------------------- classes from blind batch 16


def test_a_retiree_claim_the_id_number_contradicts_is_not_taken():
    text = ("退休人员返聘协议书\n甲方：某物业服务有限公司\n乙方：李某\n身份证号：442000198304110000\n"
            "鉴于乙方已退休，甲方返聘乙方从事保洁工作。\n乙方上下班须指纹打卡，服从项目主管安排，每日7:00—15:30上班，"
            "每月工资2300元。\n甲方不为乙方缴纳社会保险。\n甲方（盖章）： 乙方（签字）：\n")
    report = api.check(text.encode(), name="r.txt", date="2025-10-01")
    assert report.contract.kind.relation == "full_time" and not report.contract.kind.retired
    assert any("1983年出生" in e for e in report.contract.kind.evidence)
    assert "social-insurance-waiver" in rules_of(report)


def test_a_genuine_pensioner_with_a_part_time_word_is_labour_service():
    text = ("兼职记账劳务协议\n甲方：某贸易有限公司\n乙方：何某\n身份证号：442000196003010000\n"
            "乙方已于2019年办理退休手续，按月领取基本养老金。乙方每周到甲方记账两次。\n")
    report = api.check(text.encode(), name="l.txt", date="2026-01-12")
    assert report.contract.kind.relation == "labour_service" and report.contract.kind.retired


def test_a_family_hiring_a_cleaner_directly_is_not_an_employer_under_labour_law():
    text = ("家庭钟点工保洁服务约定\n雇主（甲方）：陈某某\n身份证号：442000197905190000\n乙方：刘某某\n身份证号：442000197003100000\n"
            "乙方每周三次到甲方家中打扫卫生，每次3小时，每小时30元。\n为了家里安全，乙方第一次上门时把身份证原件交甲方保管。\n")
    report = api.check(text.encode(), name="h.txt", date="2025-11-03")
    assert report.contract.kind.relation == "labour_service"
    assert "domestic-worker-documents-withheld" in rules_of(report)


def test_the_total_row_of_a_pay_table_is_the_wage_not_its_parts():
    doc = Document(source="t.txt", format="txt")
    doc.add("劳动合同")
    for row, cells in enumerate([("项目", "转正后", "试用期"), ("岗位工资", "2300", "1840"), ("保育津贴", "300", "240"),
                                 ("小计（约定月工资）", "2600", "2080")], start=1):
        for col, cell in enumerate(cells, start=1):
            doc.add(cell, kind="table_cell", table=1, row=row, col=col)
    from checker.facts import extract_facts

    facts = extract_facts(doc)
    assert [f.value for f in facts.get("probation_wage", [])] == [2080]


def test_a_pattern_and_a_figure_on_the_same_words_and_article_are_one_finding():
    report = api.check("劳动合同\n乙方工资每两个月发放一次。".encode(), name="c.txt", kind="full_time")
    cycle = [f for f in report.findings if f.rule in ("wage-not-paid-monthly", "wage-cycle-over-one-month")]
    assert len(cycle) == 1


def test_a_list_item_is_read_with_its_lead_in():
    text = ("劳动合同\n有下列情形之一的，本协议自动终止，甲方无需支付任何补偿：\n（1）项目撤场的；\n（2）乙方怀孕的。\n"
            "有下列情形之一的，甲方不得解除劳动合同：\n（1）乙方在孕期、产期、哺乳期的。\n")
    report = api.check(text.encode(), name="l.txt", kind="full_time")
    hits = [f for f in report.findings if f.rule == "pregnancy-listed-as-termination-ground"]
    assert len(hits) == 1 and [loc["block"] for loc in hits[0].locations] == [3]


# --------------------------------------------------------------------- batch 18 classes


def _check(text: str, name: str = "c.txt"):
    return api.check(text.encode(), name=name)


def test_a_recruitment_poster_is_not_a_contract():
    report = _check("【招聘启事】宝妈看过来！\n某电子厂\n一、招聘岗位\n插件工 20名\n薪资待遇：底薪2300元\n"
                    "二、报名条件\n有12周岁以下孩子的妈妈\n三、报名方式\n咨询电话：13800000000\n")
    assert report.contract.kind.document == "not_contract" and "招聘启事" in report.not_checked


def test_a_payslip_is_not_a_contract():
    report = _check("某制衣厂 2025年9月工资条\n姓名：陈某某 工号：A0231\n出勤天数：26天\n基本工资：2080元\n"
                    "应发合计：2502.76元\n代扣个人社保：223.16元\n实发工资：2279.60元\n发放日期：2025年10月15日\n")
    assert report.contract.kind.document == "not_contract" and "工资条" in report.not_checked


def test_a_student_internship_is_not_employment():
    report = _check("中职学生岗位实习三方协议\n甲方（学校）：某职业技术学校\n乙方（实习单位）：某厂\n丙方（学生）：李某，在籍学生\n"
                    "一、丙方按学校教学计划到乙方实习三个月，每日8小时。\n")
    assert report.contract.kind.relation == "labour_service"
    assert "实习" in " ".join(report.contract.kind.evidence)


@pytest.mark.parametrize("title", ["解除劳动合同协议书", "岗位变更确认书", "离职协议"])
def test_termination_agreements_and_change_confirmations_are_not_asked_for_every_clause(title):
    report = _check(f"{title}\n甲方：某厂\n乙方：李某\n一、双方于2026年1月31日解除劳动合同。\n")
    assert report.contract.kind.document == "supplement"
    assert not rules_of(report) & {"missing-labour-protection", "missing-working-hours-rest", "missing-contract-term"}


def test_a_table_row_is_read_as_one_sentence_for_prohibitions():
    text = "厂规\n\n| 违纪行为 | 处理 |\n|---|---|\n| 不服从加班安排 | 每次罚款 50 元 |\n"
    report = api.check(text.encode(), name="厂规.md")
    assert "compulsory-overtime" in rules_of(report)


def test_a_short_pdf_line_ending_in_a_comma_runs_on():
    from tests.reading.builders import make_pdf

    data = make_pdf([["劳动合同", "甲方：某厂", "乙方：李某",
                      ["2. 合同期内乙方如怀孕，应及时告知厂方，怀孕后不能上夜班的，", "视为乙方自动离职，厂方不用补偿。"]]])
    report = api.check(data, name="c.pdf")
    assert "pregnancy-dismissal" in rules_of(report)


def test_an_apprenticeship_is_a_probation_only_where_it_is_the_trial_period():
    alone = _check("劳动合同\n甲方：某烘焙坊\n乙方：李某\n一、合同期限一年，前六个月为学徒期（学徒期按试用期管理）。\n")
    assert "probation-too-long" in rules_of(alone)
    after = _check("劳动合同\n甲方：某美甲店\n乙方：李某\n一、合同期限一年，试用期一个月。\n"
                   "二、试用期满后跟店长做三个月学徒，学徒期间不发工资，每月另给交通生活补贴600元。\n")
    assert "probation-too-long" not in rules_of(after)
    assert "below-minimum-wage-monthly" in rules_of(after)


def test_a_contract_laid_out_as_a_table_keeps_each_article_to_itself():
    """Two columns (Chinese | English), one article per row: the 违约金 of 第十条 is not excused
    by the 竞业限制 of another row."""
    import docx

    from tests.reading.builders import docx_bytes

    document = docx.Document()
    document.add_paragraph("劳动合同 / Labour Contract")
    table = document.add_table(rows=0, cols=2)
    rows = [("甲方：某电子厂", "Party A"), ("乙方：李某", "Party B"),
            ("第九条 竞业限制\n乙方为高级技术人员，离职后一年内不得到同行任职，甲方按月支付补偿。", "Article 9 Non-compete"),
            ("第十条 提前离职\n乙方在合同期内辞职的，应向甲方支付两个月基本工资的违约金。", "Article 10 Resignation")]
    for zh, en in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = zh, en
    report = api.check(docx_bytes(document), name="c.docx")
    assert "penalty-outside-training-non-compete" in rules_of(report)


@pytest.mark.parametrize("title", ["员工行为规范", "门店员工管理细则", "请假制度", "新员工入职指引", "中山市某某五金厂员工管理规定"])
def test_an_employer_s_own_rules_under_any_usual_title_are_a_rulebook(title):
    """Probe: 员工行为规范 or 请假制度 was read as a contract and got six missing-clause errors."""
    report = _check(f"{title}\n第一条 为加强管理，制定本制度。\n第二条 员工迟到一次罚款20元。\n第三条 员工入职须交押金200元。\n")
    assert report.contract.kind.document == "rulebook"
    assert {"fine-deducted-from-wages", "deposit-or-guarantee"} <= rules_of(report)
    assert not rules_of(report) & {"missing-contract-term", "missing-wage-clause"}


def test_a_sector_s_own_regulation_is_cited_only_in_that_sector():
    """Batch 27: a 员工制家政 contract waiving social insurance breaks 广东省家政服务条例第15条 as well as
    社会保险法第58条; a citation's own `when` adds it there, and only there."""
    def cites(text):
        report = _check(text)
        return {(b["law"], b["article"]) for f in report.findings if f.rule == "social-insurance-waiver" for b in f.basis}

    clause = "第九条 乙方自愿放弃购买社会保险，由此产生的后果由乙方自行承担。\n"
    assert ("广东省家政服务条例", 15) in cites("劳动合同\n甲方：某某家政服务有限公司\n乙方从事家政保洁。\n" + clause)
    plain = cites("劳动合同\n甲方：某某五金厂\n乙方从事包装。\n" + clause)
    assert ("社会保险法", 58) in plain and ("广东省家政服务条例", 15) not in plain


def test_an_apprentice_allowance_is_her_wage_even_with_a_wage_agreed_for_after():
    """Batch 27: 学徒补贴1300元 for ten months, 出师后底薪2200元 — the allowance is what she is paid
    during the apprenticeship, and it is below 江门's minimum wage."""
    report = _check("学徒协议\n甲方：江门市某某美容馆\n店址：江门市蓬江区某路\n"
                    "五、学徒期间甲方每月发放学徒补贴1300元（已含全部学习及上岗报酬）。\n"
                    "七、出师后乙方转为正式美容师，底薪为每月2200元。\n签订日期：2025年4月8日\n")
    assert "below-minimum-wage-monthly" in rules_of(report)


def test_a_family_hiring_a_nanny_under_a_hiring_title_is_labour_service():
    """Probe: 《家庭保姆雇佣协议》 with a natural person's ID number was checked as full-time
    employment (seven missing-clause errors); a family is no employer of labour law."""
    report = _check("家庭保姆雇佣协议\n雇主（甲方）：陈某某，身份证号440602198001011234\n"
                    "保姆（乙方）：黄某某\n四、乙方提前离开的，扣除当月全部工资作为违约金。\n甲方（签字）：陈某某\n")
    assert report.contract.kind.relation == "labour_service"
    assert "domestic-worker-pay-or-rest-denied" in rules_of(report)
    assert not rules_of(report) & {"missing-contract-term", "missing-social-insurance"}


def test_a_condition_on_the_approval_running_out_is_no_lack_of_approval():
    """Batch 28: two lawful contracts with approved comprehensive hours said what happens if the
    approval is not renewed (批准期满后未获批准的，恢复标准工时) and got two false errors."""
    report = _check("劳动合同\n甲方：某某餐饮有限公司\n乙方：李某\n"
                    "一、甲方经广州市越秀区人力资源和社会保障局批准，对本岗位实行综合计算工时工作制（批准文书编号：越人社综审〔2025〕第0312号）。\n"
                    "二、以季度为周期综合计算，每日工作时间一般不超过10小时。\n"
                    "三、批准期满后甲方未取得续期批准的，乙方自动恢复执行标准工时制度。\n")
    assert not rules_of(report) & {"special-hours-declared-unapproved", "daily-hours-over-8"}

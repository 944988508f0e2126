"""The bundled rule pack proves itself: examples pass, quotes are verbatim."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.engine.examples import run_examples
from checker.engine.lint import lint
from checker.engine.loader import load_rules


@pytest.fixture(scope="module")
def ruleset():
    return load_rules()


def test_every_rule_example_behaves(ruleset):
    failed = [r.describe() for r in run_examples(ruleset) if not r.ok]
    assert failed == []


def test_every_rule_has_fail_and_pass_examples(ruleset):
    assert all(r.fail_examples and r.pass_examples for r in ruleset.rules)


def test_every_quote_is_verbatim_in_its_source(ruleset):
    errors = [str(i) for i in lint(ruleset) if i.level == "error"]
    assert errors == []


def test_every_cited_law_has_a_source_file(ruleset):
    for rule in ruleset.rules:
        for basis in rule.basis:
            source = ruleset.laws.get(basis.law)
            assert source is not None and source.path.is_file(), (rule.id, basis.law)


def test_lint_catches_an_invented_quote(ruleset, write_rule):
    directory = write_rule("fake.yaml", """\
        id: fake-quote
        title: 编造的引文
        severity: error
        basis:
          - law: 劳动合同法
            article: 19
            quote: 试用期最长不得超过一年
        forbid: {patterns: ["试用期"]}
        message: x
        suggestion: y
        explain_to_worker: z
        examples: {fail: ["试用期三个月"], pass: ["无"]}
        """)
    issues = [i for i in lint(load_rules([directory], defaults=False)) if i.level == "error"]
    assert len(issues) == 1 and "fake.yaml:7:" in str(issues[0])


def test_lint_catches_a_quote_from_the_wrong_article(write_rule):
    directory = write_rule("wrong.yaml", """\
        id: wrong-article
        title: 条号不对
        severity: error
        basis:
          - law: 劳动合同法
            article: 20
            quote: 非全日制用工双方当事人不得约定试用期。
        forbid: {patterns: ["试用期"]}
        message: x
        suggestion: y
        explain_to_worker: z
        examples: {fail: ["试用期三个月"], pass: ["无"]}
        """)
    issues = [str(i) for i in lint(load_rules([directory], defaults=False)) if i.level == "error"]
    assert any("不在第20条内" in i for i in issues)


def test_unverified_quote_is_allowed_but_marked(write_rule):
    directory = write_rule("unverified.yaml", """\
        id: unverified
        title: 未核实
        severity: info
        basis:
          - law: 广东省食品生产加工小作坊和食品摊贩管理条例
            article: 12
            quote: 这句话没有原文可核对
            verified: false
        forbid: {patterns: ["无证"]}
        message: x
        suggestion: y
        explain_to_worker: z
        examples: {fail: ["无证"], pass: ["有证"]}
        """)
    ruleset = load_rules([directory], defaults=False)
    assert [i for i in lint(ruleset) if i.level == "error"] == []
    assert ruleset.rules[0].basis[0].to_dict()["verified"] is False


def test_article_numbers_in_the_thousands_and_numbered_notice_items(ruleset):
    civil = ruleset.laws.get("民法典")
    assert civil.quote_status("承揽人在完成工作过程中造成第三人损害或者自己损害的，定作人不承担侵权责任。", 1193) == "in_article"
    notice = ruleset.laws.get("非全日制用工若干问题的意见")
    assert 12 in notice.articles


# The provisions the rule pack must cover (issue: the 合规指引's legal basis).
REQUIRED_COVERAGE = [
    ("劳动合同法", 17), ("妇女权益保障法", 44), ("广东省工资支付条例", 12), ("劳动合同法", 10), ("劳动合同法", 82),
    ("劳动合同法", 19), ("劳动合同法", 70), ("劳动合同法", 20), ("劳动法", 50), ("劳动合同法", 72), ("劳动法", 44),
    ("工资支付暂行规定", 16), ("国务院关于职工工作时间的规定", 3), ("劳动法", 38), ("劳动法", 41), ("劳动法", 39),
    ("劳动合同法", 68), ("全国年节及纪念日放假办法", 2), ("职工带薪年休假条例", 5), ("女职工劳动保护特别规定", 5),
    ("妇女权益保障法", 48), ("劳动合同法", 42), ("劳动合同法", 45), ("就业促进法", 27), ("妇女权益保障法", 43),
    ("女职工劳动保护特别规定", 7), ("广东省人口与计划生育条例", 30), ("女职工劳动保护特别规定", 9),
    ("女职工劳动保护特别规定", 6), ("劳动合同法", 9), ("劳动合同法", 25), ("劳动合同法", 22), ("劳动合同法", 23),
    ("劳动合同法", 24), ("劳动合同法", 37), ("劳动合同法", 26), ("民法典", 506), ("社会保险法", 58),
    ("非全日制用工若干问题的意见", 12), ("劳动合同法", 46), ("劳动合同法", 47), ("劳动合同法", 71),
    ("关于确立劳动关系有关事项的通知", 1), ("民法典", 771), ("民法典", 1193), ("劳动争议司法解释（一）", 32),
    ("劳动法", 48), ("最低工资规定", 5), ("食品安全法", 36),
]


def test_required_provisions_are_covered(ruleset):
    from checker.engine.coverage import cited

    citations = cited(ruleset)
    assert [p for p in REQUIRED_COVERAGE if p not in citations] == []
    assert len(ruleset.rules) >= 60


LINT_RULE = """\
    id: cite-check
    title: 条款款项
    severity: error
    basis:
      - law: 劳动合同法
        article: {article}
{extra}
    forbid: {{patterns: ["试用期"]}}
    message: x
    suggestion: y
    explain_to_worker: z
    examples: {{fail: ["试用期三个月"], pass: ["无"]}}
    """


@pytest.mark.parametrize("article,extra,expected", [
    # 第36条 has one paragraph
    (36, "        paragraph: 3", "第36条只有1款，没有第3款"),
    # 第17条第1款 lists items (一)…(九)
    (17, "        paragraph: 1\n        item: 12", "第17条第1款没有第（12）项"),
    # the quote is 第19条第2款, cited as 第1款
    (19, "        paragraph: 1\n        quote: 同一用人单位与同一劳动者只能约定一次试用期。", "不在第1款内"),
    (17, "        paragraph: 1\n        item: 7\n        quote: （八）劳动保护、劳动条件和职业危害防护；", "不在第1款第（7）项内"),
    # verified: false switches off the verbatim quote check, not the article check
    (99, "        quote: 随便写的\n        verified: false", "找不到第99条"),
])
def test_lint_checks_paragraphs_items_and_articles(write_rule, article, extra, expected):
    directory = write_rule("cite.yaml", LINT_RULE.format(article=article, extra=extra))
    issues = [str(i) for i in lint(load_rules([directory], defaults=False)) if i.level == "error"]
    assert any(expected in i for i in issues), issues


def test_lint_accepts_the_right_paragraph_and_item(write_rule):
    extra = "        paragraph: 1\n        item: 8\n        quote: （八）劳动保护、劳动条件和职业危害防护；"
    directory = write_rule("cite.yaml", LINT_RULE.format(article=17, extra=extra))
    assert [str(i) for i in lint(load_rules([directory], defaults=False)) if i.level == "error"] == []


def test_parameter_quotes_occur_verbatim_in_their_sources():
    """A dated parameter that quotes the law (reference.quote + reference.source) quotes it word for word."""
    import yaml

    from checker.engine.sources import squash

    root = Path(__file__).resolve().parents[2]
    checked = 0
    for path in sorted((root / "rules" / "parameters").glob("*.yaml")):
        for name, spec in yaml.safe_load(path.read_text(encoding="utf-8"))["parameters"].items():
            for value in spec.get("values", []):
                refs = value.get("reference") or []
                for ref in refs if isinstance(refs, list) else [refs]:
                    if ref.get("quote") and ref.get("source"):
                        source = root / ref["source"]
                        assert source.is_file(), (path.name, name, ref["source"])
                        assert squash(ref["quote"]) in squash(source.read_text(encoding="utf-8")), (path.name, name)
                        checked += 1
    assert checked >= 13  # the four probation limits among them


def test_probation_limits_are_dated_parameters():
    from checker import api

    report = api.check("劳动合同\n第一条 合同期限二年，试用期三个月。\n".encode(), name="c.txt", kind="full_time")
    finding = next(f for f in report.findings if f.rule == "probation-too-long")
    used = finding.to_dict()["explain"]["parameters"]
    assert used["probation.max_months.under_3_years"]["value"] == 2
    assert used["probation.max_months.under_3_years"]["reference"]["article"] == "第19条第1款"


HOLIDAY_RULE = """\
    id: holiday-probe
    title: 春节假期
    severity: warning
    basis:
      - law: 全国年节及纪念日放假办法
        article: 2
        quote: {quote}
{version}
    forbid: {{patterns: ["春节放假3天"]}}
    message: x
    suggestion: y
    explain_to_worker: z
    examples: {{fail: [{{text: "劳动合同\\n春节放假3天。", date: "2026-01-01"}}], pass: ["劳动合同\\n春节放假4天。"]}}
    """


def test_a_quote_from_the_superseded_text_must_name_its_version(write_rule):
    # 2013 text: 春节放假3天; the current (2024) text says 4 days
    directory = write_rule("h.yaml", HOLIDAY_RULE.format(quote="（二）春节，放假3天（农历正月初一、初二、初三）；", version=""))
    issues = [str(i) for i in lint(load_rules([directory], defaults=False)) if i.level == "error"]
    assert any("2013年文本" in i and 'version: "2013"' in i for i in issues), issues
    directory = write_rule("h.yaml", HOLIDAY_RULE.format(quote="（二）春节，放假3天（农历正月初一、初二、初三）；",
                                                         version='        version: "2013"'))
    assert [str(i) for i in lint(load_rules([directory], defaults=False)) if i.level == "error"] == []


def test_a_version_is_cited_only_for_contracts_of_its_time(write_rule):
    from checker.contract import build_contract
    from checker.document import Document
    from checker.engine.evaluate import Evaluator

    directory = write_rule("h.yaml", HOLIDAY_RULE.format(quote="（二）春节，放假3天（农历正月初一、初二、初三）；",
                                                         version='        version: "2013"'))
    rules = load_rules([directory], defaults=False)
    rule = rules.get("holiday-probe")
    evaluator = Evaluator(rules)

    def findings(date: str):
        contract = build_contract(Document.from_text("劳动合同\n春节放假3天。"), date=date, params=rules.params)
        return evaluator.evaluate(rule, contract)

    assert findings("2024-06-01") and findings("2024-06-01")[0].basis[0]["version"] == "2013"
    assert findings("2026-06-01") == []  # the 2013 text was no longer in force


def test_an_unknown_version_is_refused_at_load(write_rule):
    from checker.engine.loader import RuleLoadError

    directory = write_rule("h.yaml", HOLIDAY_RULE.format(quote="（二）春节，放假4天（农历除夕、正月初一至初三）；",
                                                         version='        version: "2019"'))
    with pytest.raises(RuleLoadError, match="没有“2019”这个版本"):
        load_rules([directory], defaults=False)

"""The pattern notation of rules: {…N}, {，N}, @用语表; relation groups; errors at load."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.document import normalize
from checker.engine.loader import load_rule_file
from checker.engine.patterns import PatternError, compile_pattern, expand, phrase_lists, raw_fragments
from checker.engine.sources import LawLibrary

ROOT = Path(__file__).resolve().parents[2]


def test_sentence_gap_stays_inside_the_sentence():
    regex = compile_pattern("离职{…12}不得")
    assert regex.search("乙方离职后两年内不得到同行工作")
    assert not regex.search("乙方离职。两年内不得到同行工作")
    assert not regex.search("乙方离职以后的十分漫长的两年时间里不得")  # 13 characters apart


def test_sentence_gap_reads_a_consequence_after_a_semicolon_with_its_provision():
    p = compile_pattern("年休假{…30}作废")
    assert p.search(normalize("年休假须在当年度内休完；逾期未休的，视为自动作废。"))
    assert p.search(normalize("年休假须在当年度内休完；否则一律作废。"))
    # a semicolon before anything else still ends the sentence
    assert not p.search(normalize("年休假按国家规定执行；过时的旧表格作废。"))
    assert not p.search(normalize("年休假须当年休完。逾期的作废。"))


def test_clause_gap_stops_at_a_comma():
    regex = compile_pattern("押金{，6}不退")
    assert regex.search("押金一律不退")
    assert not regex.search(normalize("押金已收，工资不退"))  # documents are matched normalised


def test_phrase_list_is_any_of_its_phrases_literally():
    regex = compile_pattern("不@参保{，4}@社保")
    assert regex.search("甲方不缴纳社会保险")
    assert regex.search(normalize("甲方不缴纳社会保险"))
    assert regex.search("公司不买五险")
    assert not regex.search("甲方不缴纳公积金")
    assert expand("@包含", {"包含": ("含", "包含", "a.b")}) == "(?:a\\.b|包含|含)"  # longer first


def test_longest_declared_name_wins():
    assert expand("@社保费", {"社保": ("社保",), "社保费": ("社保费", "社会保险费")}) == "(?:社会保险费|社保费)"


def test_escaped_at_and_braces_are_left_alone():
    assert expand(r"\@a{0,3}") == r"\@a{0,3}"


def test_unknown_phrase_list_says_did_you_mean():
    with pytest.raises(PatternError, match="没有名为“@社会保障”的用语表（是不是“@社保”？）"):
        compile_pattern("不@社会保障")


def test_malformed_gap_is_an_error():
    with pytest.raises(PatternError, match="相隔的字数"):
        compile_pattern("离职{…十二}不得")


def test_bad_regex_is_an_error_not_a_traceback():
    with pytest.raises(PatternError, match="有误"):
        compile_pattern("(押金")


def test_every_phrase_list_is_a_list_of_words():
    lists = phrase_lists()
    assert len(lists) >= 10
    for name, phrases in lists.items():
        assert phrases and all(p and p == p.strip() for p in phrases), name


def test_the_pack_reads_without_regex_walls():
    """Raw regex constructs in the rule pack (negated classes, lookarounds, counted repeats)
    were 706 before the notation; the pack must stay at no more than a third of that."""
    files = [p for p in (ROOT / "rules").rglob("*.yaml")
             if "sources" not in p.parts and "parameters" not in p.parts and p.name != "facts.yaml"]
    total = sum(raw_fragments(p.read_text(encoding="utf-8")) for p in files)
    assert total <= 706 // 3, total
    assert raw_fragments("离职[^。；;]{0,12}不得(?<!不)") == 2
    assert raw_fragments("离职{…12}不得") == 0


def _rule(tmp_path, body: str):
    path = tmp_path / "r.yaml"
    path.write_text(body, encoding="utf-8")
    problems: list = []
    rule = load_rule_file(path, LawLibrary.load([ROOT / "rules" / "sources"]), problems)
    return rule, problems


RULE = """id: test-rule
title: 测试
severity: warning
relations: [{relations}]
basis:
  - law: 劳动合同法
    article: 3
    quote: 订立劳动合同，应当遵循合法、公平、平等自愿、协商一致、诚实信用的原则。
forbid:
  patterns: ["{pattern}"]
message: 有“{{{{ match }}}}”。
suggestion: 删去。
explain_to_worker: 测试。
examples:
  fail: ["劳动合同\\n甲方不缴纳社会保险。"]
"""


def test_relation_groups_expand(tmp_path):
    rule, problems = _rule(tmp_path, RULE.format(relations="employment, labour_service", pattern="不@参保{，4}@社保"))
    assert not problems
    assert rule.relations == ["full_time", "part_time", "labour_service"]
    rule, _ = _rule(tmp_path, RULE.format(relations="civil", pattern="押金"))
    assert rule.relations == ["labour_service", "outwork", "cooperation"]


def test_unknown_phrase_list_in_a_rule_is_refused_at_load_with_its_line(tmp_path):
    rule, problems = _rule(tmp_path, RULE.format(relations="employment", pattern="不@参保{，4}@社会保障"))
    assert rule is None
    assert len(problems) == 1 and problems[0].line == 10 and "@社会保障" in problems[0].message


def test_unknown_phrase_list_in_mentions_is_refused_at_load(tmp_path):
    body = RULE.format(relations="employment", pattern="押金").replace(
        "forbid:\n  patterns: [\"押金\"]\n", "assert: not mentions('@押金费')\n")
    rule, problems = _rule(tmp_path, body)
    assert rule is None and any("mentions()" in p.message and "@押金费" in p.message for p in problems)


@pytest.mark.parametrize("text,keyword,negated", [
    ("5️⃣ **押金/证件**：不收任何押金、工衣费", "押金", True),
    ("押金：无", "押金", True),
    ("保证金：没有。", "保证金", True),
    ("押金：500元", "押金", False),
    # only for what an employer takes: "社会保险：无" is a right denied, not a denial of a duty
    ("社会保险：无", "社会保险", False),
    ("加班：不另计加班费", "加班", False),
])
def test_a_field_label_denied_by_its_value_is_negated(text, keyword, negated):
    from checker.lexicon import Negation

    view = normalize(text)
    assert Negation.default().is_negated(view, view.index(keyword)) is negated


def test_worker_sex_from_field_or_id_number():
    from checker.document import Document
    from checker.kinds import worker_sex

    assert worker_sex(Document.from_text("劳动合同\n乙方：李某　性别：女\n")) == "female"
    assert worker_sex(Document.from_text("劳动合同\n乙方：王某\n身份证号：442000199001010010\n")) == "male"
    assert worker_sex(Document.from_text("劳动合同\n乙方：王某\n身份证号：442000199001010020\n")) == "female"
    assert worker_sex(Document.from_text("劳动合同\n甲方：某公司\n")) is None


@pytest.mark.parametrize("where", ["forbid", "mentions"])
def test_a_catastrophic_pattern_in_a_users_pack_stops_with_a_rule_error(run_cli, tmp_path, where):
    """(a|aa)+$ on "aaa…ab" backtracks for hours under `re`; a user's pack runs under a time limit."""
    import time

    directory = tmp_path / "mine"
    directory.mkdir()
    body = RULE.format(relations="employment", pattern="押金")
    if where == "forbid":
        body = body.replace('patterns: ["押金"]', 'patterns: ["(a|aa)+$"]')
    else:
        body = body.replace('forbid:\n  patterns: ["押金"]\n', "assert: not mentions('(a|aa)+$')\n")
    (directory / "redos.yaml").write_text(body, encoding="utf-8")
    contract = tmp_path / "c.txt"
    contract.write_text("劳动合同\n甲方：某厂\n乙方：李某\n" + "a" * 40 + "b\n", encoding="utf-8")
    start = time.perf_counter()
    code, out, err = run_cli("check", contract, "--rules", directory)
    assert code == 2 and "匹配超时" in err, (code, err)
    assert time.perf_counter() - start < 30


def test_the_bundled_pack_keeps_the_standard_engine():
    import re

    from checker import api

    rule = api.ruleset().get("deposit-or-guarantee")
    assert isinstance(rule.forbid.patterns[0], re.Pattern)

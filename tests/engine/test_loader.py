"""Loading rule files: every problem at once, as path:line: message, exit code 2."""

from __future__ import annotations

import pytest

from checker.engine.loader import RuleLoadError, load_rules

GOOD = """\
id: my-deposit
title: 不得收取押金
severity: error
basis:
  - law: 劳动合同法
    article: 9
    quote: 不得要求劳动者提供担保或者以其他名义向劳动者收取财物
forbid:
  patterns: ["押金"]
message: 合同中写有“{{ match }}”。
suggestion: 删除押金条款。
explain_to_worker: 单位不能收押金。
examples:
  fail: ["乙方缴纳押金500元。"]
  pass: ["甲方不收取押金。"]
"""


def test_good_rule_loads_alongside_bundled_pack(write_rule):
    directory = write_rule("a.yaml", GOOD)
    ruleset = load_rules([directory])
    rule = ruleset.get("my-deposit")
    assert rule is not None and rule.form == "forbid"
    assert len(ruleset.rules) > 1  # the bundled pack is there too


def test_no_default_rules_loads_only_given_directory(write_rule):
    directory = write_rule("a.yaml", GOOD)
    assert [r.id for r in load_rules([directory], defaults=False).rules] == ["my-deposit"]


def _problems(directory) -> list[str]:
    with pytest.raises(RuleLoadError) as info:
        load_rules([directory], defaults=False)
    return [str(p) for p in info.value.problems]


def test_yaml_syntax_error_names_file_and_line(write_rule):
    directory = write_rule("broken.yaml", GOOD.replace("severity: error", "severity: [error"))
    problems = _problems(directory)
    assert len(problems) == 1
    assert "broken.yaml:" in problems[0] and "YAML" in problems[0]
    line = int(problems[0].split("broken.yaml:")[1].split(":")[0])
    assert 3 <= line <= 5


def test_sandbox_escape_is_refused_at_load_with_line(write_rule):
    text = GOOD.replace('forbid:\n  patterns: ["押金"]\n', 'assert: "().__class__.__bases__"\n')
    directory = write_rule("escape.yaml", text)
    problems = _problems(directory)
    assert any("escape.yaml:8:" in p and "下划线" in p for p in problems), problems


def test_unknown_name_in_expression_fails_load(write_rule):
    text = GOOD.replace('forbid:\n  patterns: ["押金"]\n', "assert: probation_monhts <= 2\n")
    problems = _problems(write_rule("typo.yaml", text))
    assert any("typo.yaml:8:" in p and "probation_monhts" in p for p in problems)


def test_unknown_name_in_message_fails_load(write_rule):
    problems = _problems(write_rule("m.yaml", GOOD.replace("{{ match }}", "{{ matchh }}")))
    assert any("m.yaml:10:" in p and "matchh" in p for p in problems)


def test_every_problem_in_every_file_is_reported(write_rule):
    write_rule("one.yaml", GOOD.replace("id: my-deposit", "id: Bad_ID"))
    write_rule("two.yaml", GOOD.replace("law: 劳动合同法", "law: 不存在的法"))
    directory = write_rule("three.yaml", GOOD.replace("severity: error\n", ""))
    problems = _problems(directory)
    assert any("one.yaml:1:" in p and "kebab" in p for p in problems)
    assert any("two.yaml:5:" in p and "不存在的法" in p for p in problems)
    assert any("three.yaml:" in p and "severity" in p for p in problems)


def test_duplicate_ids_are_reported(write_rule):
    write_rule("a.yaml", GOOD)
    directory = write_rule("b.yaml", GOOD)
    problems = _problems(directory)
    assert any("b.yaml:1:" in p and "重复" in p for p in problems)


def test_two_forms_in_one_rule_is_an_error(write_rule):
    text = GOOD.replace("message:", "assert: 'true'\nmessage:")
    problems = _problems(write_rule("two-forms.yaml", text))
    assert any("require、forbid、assert" in p for p in problems)


def test_bad_regex_is_reported(write_rule):
    problems = _problems(write_rule("re.yaml", GOOD.replace('["押金"]', '["押金("]')))
    assert any("re.yaml:" in p and "正则" in p for p in problems)


def test_missing_fail_example_is_a_schema_error(write_rule):
    text = GOOD.replace('  fail: ["乙方缴纳押金500元。"]\n', "")
    problems = _problems(write_rule("nofail.yaml", text))
    assert any("fail" in p for p in problems)


def test_rule_directory_that_does_not_exist(tmp_path):
    with pytest.raises(RuleLoadError) as info:
        load_rules([tmp_path / "nope"])
    assert "不存在" in str(info.value)


def test_cli_check_with_bad_rules_exits_2_without_traceback(write_rule, run_cli, tmp_path):
    text = GOOD.replace('forbid:\n  patterns: ["押金"]\n', 'assert: "().__class__.__bases__"\n')
    directory = write_rule("escape.yaml", text)
    contract = tmp_path / "c.txt"
    contract.write_text("劳动合同\n乙方月工资3500元。", encoding="utf-8")
    code, out, err = run_cli("check", contract, "--rules", directory)
    assert code == 2
    assert "escape.yaml:8:" in err
    assert "Traceback" not in err + out


def test_cli_check_with_yaml_error_exits_2(write_rule, run_cli, tmp_path):
    directory = write_rule("broken.yaml", "id: x\ntitle: [unclosed\n")
    contract = tmp_path / "c.txt"
    contract.write_text("劳动合同", encoding="utf-8")
    code, _, err = run_cli("check", contract, "--rules", directory)
    assert code == 2 and "broken.yaml:" in err and "Traceback" not in err


def test_load_time_proof_of_names_patterns_and_attributes(write_rule):
    directory = write_rule("bad-names.yaml", """
        id: bad-names
        title: 探针
        severity: warning
        relations: [full_time]
        basis:
          - law: 劳动合同法
            article: 20
            quote: 劳动者在试用期的工资不得低于本单位相同岗位最低档工资或者劳动合同约定工资的百分之八十，并不得低于用人单位所在地的最低工资标准。
        when: wage and has_topic('deposits') and mentions('(unclosed')
        assert: wage.valeu >= param('minimum_wage.month') and facts_of('wag')
        message: 探针 {{ wage.txt }}
        suggestion: 探针
        explain_to_worker: 探针
        examples:
          fail: ["劳动合同\\n乙方月工资1000元。"]
        """)
    with pytest.raises(RuleLoadError) as exc:
        load_rules([directory])
    messages = "\n".join(str(p) for p in exc.value.problems)
    for expected in ("“deposit”", "mentions() 的用语有错：正则表达式“(unclosed”有误", "“minimum_wage.monthly”", "事实“wag”不存在（是不是“wage”？）",
                     "没有属性“valeu”（是不是“value”？）", "没有属性“txt”（是不是“text”？）"):
        assert expected in messages
    assert all(":" in str(p).split(" ")[0] for p in exc.value.problems)  # file:line: message


def test_rules_test_from_the_repository_root_loads_the_pack_once(run_cli):
    import os
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    cwd = os.getcwd()
    os.chdir(root)
    try:
        code, out, err = run_cli("rules", "test", ".")
    finally:
        os.chdir(cwd)
    assert code == 0, err[-500:]
    assert "0 failed" in out and "重复" not in err


def test_a_rule_reading_a_missing_key_is_a_rule_error_not_undetermined(write_rule, run_cli, tmp_path):
    directory = write_rule("missing-key.yaml", """
        id: missing-key
        title: 探针
        severity: warning
        relations: [full_time]
        basis:
          - law: 劳动合同法
            article: 20
            quote: 劳动者在试用期的工资不得低于本单位相同岗位最低档工资或者劳动合同约定工资的百分之八十，并不得低于用人单位所在地的最低工资标准。
        for_each: wage
        assert: fact.written.nothing_here == 1
        message: 探针
        suggestion: 探针
        explain_to_worker: 探针
        examples:
          fail: ["劳动合同\\n乙方月工资1000元。"]
        """)
    code, out, _ = run_cli("rules", "test", str(directory))
    assert code == 1 and "规则运行出错" in out
    contract = tmp_path / "c.txt"
    contract.write_text("劳动合同\n乙方月工资1000元。", encoding="utf-8")
    code, _, err = run_cli("check", str(contract), "--rules", str(directory))
    assert code == 2 and "missing-key" in err and "Traceback" not in err


def test_rules_new_writes_a_rule_that_passes_its_own_test_and_lint(run_cli, tmp_path):
    directory = tmp_path / "我的规则"
    code, _, _ = run_cli("rules", "new", "my-first-rule", "--dir", str(directory))
    assert code == 0 and (directory / "my-first-rule.yaml").is_file()
    code, out, _ = run_cli("rules", "test", str(directory))
    assert code == 0 and "2 passed, 0 failed" in out
    code, out, _ = run_cli("rules", "lint", str(directory))
    assert code == 0 and "0 个错误" in out


@pytest.mark.parametrize("line,expected", [
    ('  patterns: ["押金\\d+元"]', "改用单引号"),
    ("message: 合同写有: 押金", "改用中文冒号"),
    ("message: \"合同写有押金", "引号没有成对"),
])
def test_yaml_mistakes_are_explained_in_chinese_with_the_fix(write_rule, line, expected):
    body = """\
        id: yaml-probe
        title: 探针
        severity: warning
        basis:
          - law: 劳动合同法
            article: 3
            quote: 订立劳动合同，应当遵循合法、公平、平等自愿、协商一致、诚实信用的原则。
        forbid:
          patterns: ["押金"]
        message: 有押金
        suggestion: 删除
        explain_to_worker: 探针
        examples:
          fail: ["劳动合同\\n押金200元"]
        """
    body = body.replace('  patterns: ["押金"]', line) if "patterns" in line else body.replace("message: 有押金", line)
    directory = write_rule("probe.yaml", body)
    with pytest.raises(RuleLoadError) as exc:
        load_rules([directory])
    message = str(exc.value.problems[0])
    assert "YAML 语法错误" in message and expected in message, message


def test_a_misspelt_key_points_at_its_line_with_did_you_mean(write_rule):
    directory = write_rule("probe.yaml", """\
        id: key-probe
        title: 探针
        severity: warning
        basis:
          - law: 劳动合同法
            article: 3
            quote: 订立劳动合同，应当遵循合法、公平、平等自愿、协商一致、诚实信用的原则。
        foreach: wage
        assert: fact.value > 0
        message: 探针
        suggestion: 删除
        explain_to_worker: 探针
        examples:
          fail: ["劳动合同\\n月工资0元"]
        """)
    with pytest.raises(RuleLoadError) as exc:
        load_rules([directory])
    problem = exc.value.problems[0]
    assert problem.line == 8 and "“foreach”（是不是“for_each”？）" in problem.message


def test_for_each_takes_a_list_of_facts_and_checks_every_name(write_rule, run_cli, tmp_path):
    rule = """
        id: hourly-probe
        title: 探针
        severity: warning
        relations: [part_time]
        basis:
          - law: 劳动合同法
            article: 72
            quote: 非全日制用工小时计酬标准不得低于用人单位所在地人民政府规定的最低小时工资标准。
        for_each: [wage, {second}]
        assert: fact.unit != 'hour' or fact.value >= 19
        message: 探针{{{{ fact.value }}}}
        suggestion: 探针
        explain_to_worker: 探针
        examples:
          fail: [{{text: "非全日制用工协议\\n试岗期间时薪15元，之后时薪为每小时20元。", kind: part_time}}]
        """
    directory = write_rule("hourly.yaml", rule.format(second="probation_wage"))
    code, out, _ = run_cli("rules", "test", str(directory))
    assert code == 0, out
    directory = write_rule("hourly.yaml", rule.format(second="probation_wag"))
    code, out, err = run_cli("rules", "lint", str(directory))
    assert code == 2 and "probation_wag" in out + err


def test_a_yaml_alias_bomb_is_refused_at_its_line_in_linear_time(tmp_path):
    """Nine lines of nested aliases expand to 10**9 nodes; the bundled minimum-wage tiers use a
    few aliases legitimately and still load (every other test loads them)."""
    import subprocess
    import sys

    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 10) + "]")
    folder = tmp_path / "bomb"
    folder.mkdir()
    (folder / "bomb.yaml").write_text("\n".join(lines) + "\nid: bomb\n", encoding="utf-8")
    root = __import__("pathlib").Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-m", "checker.cli", "rules", "lint", str(folder)], cwd=root,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "bomb.yaml:" in done.stderr + done.stdout and "别名炸弹" in done.stderr + done.stdout
    assert "Traceback" not in done.stderr

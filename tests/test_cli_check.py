"""`mamagang check`: exit codes, JSON schema, determinism, batches with bad files."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import EXAMPLES

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "checker" / "report" / "report.schema.json").read_text("utf-8"))


def validate(payload: str) -> dict:
    data = json.loads(payload)
    jsonschema.validate(data, SCHEMA)
    return data


def test_unlawful_example_exits_1_with_findings(run_cli):
    code, out, err = run_cli("check", EXAMPLES / "unlawful-full-time.txt", "--format", "json")
    assert code == 1, err
    data = validate(out)
    report = data["reports"][0]
    rules = {f["rule"] for f in report["findings"]}
    assert {"probation-too-long", "deposit-or-guarantee"} <= rules
    assert report["summary"]["error"] >= 2
    for finding in report["findings"]:
        assert finding["basis"] and all("article" in b for b in finding["basis"])


@pytest.mark.parametrize("name", ["lawful-full-time.txt", "lawful-part-time.txt"])
def test_lawful_examples_exit_0(run_cli, name):
    code, out, err = run_cli("check", EXAMPLES / name, "--format", "json")
    data = validate(out)
    errors = [f for f in data["reports"][0]["findings"] if f["severity"] == "error"]
    assert code == 0, errors
    assert errors == []


def test_json_is_deterministic(run_cli):
    first = run_cli("check", EXAMPLES / "unlawful-full-time.txt", "--format", "json", "--date", "2026-03-01")[1]
    second = run_cli("check", EXAMPLES / "unlawful-full-time.txt", "--format", "json", "--date", "2026-03-01")[1]
    assert first == second


def test_text_report_groups_by_severity_and_quotes_law(run_cli):
    code, out, _ = run_cli("check", EXAMPLES / "unlawful-full-time.txt")
    assert code == 1
    assert "违法（错误）" in out and "依据：《劳动合同法》第19条" in out and "建议：" in out
    assert "13812345678" not in out and "442000199001011234" not in out  # masked


def test_fail_on_warning_and_info(run_cli, tmp_path):
    contract = tmp_path / "c.txt"
    # A complete lawful contract: a two-line fragment now lacks the mandatory clauses of 劳动合同法第17条.
    contract.write_text((EXAMPLES / "lawful-full-time.txt").read_text("utf-8"), encoding="utf-8")
    code_error = run_cli("check", contract, "--fail-on", "error")[0]
    assert code_error == 0


def test_unreadable_file_exits_3_and_batch_goes_on(run_cli, tmp_path):
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text((EXAMPLES / "unlawful-full-time.txt").read_text("utf-8"), encoding="utf-8")
    code, out, err = run_cli("check", empty, good, "--format", "json")
    assert code == 3
    data = validate(out)
    assert [r["file"] for r in data["reports"]] == [str(good)]
    assert data["errors"][0]["file"] == str(empty) and data["errors"][0]["code"] == "empty"
    assert len(err.strip().splitlines()) == 1 and "empty.docx" in err and "Traceback" not in err


def test_directory_is_expanded(run_cli, tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("劳动合同\n乙方月工资3500元。", encoding="utf-8")
    (tmp_path / "notes.png").write_bytes(b"\x89PNG")
    code, out, _ = run_cli("check", tmp_path, "--format", "json")
    assert len(validate(out)["reports"]) == 2


def test_missing_file_is_reported_not_crashed(run_cli, tmp_path):
    code, out, err = run_cli("check", tmp_path / "nope.docx", "--format", "json")
    assert code == 3 and "nope.docx" in err and "Traceback" not in err


@pytest.mark.parametrize("args", [["--date", "2026/03/01"], ["--kind", "boss"], ["--fail-on", "fatal"]])
def test_usage_errors_exit_2(run_cli, args):
    code, _, err = run_cli("check", EXAMPLES / "lawful-full-time.txt", *args)
    assert code == 2 and "用法错误" in err and "Traceback" not in err


def test_date_option_changes_the_law_applied(run_cli, tmp_path):
    contract = tmp_path / "c.txt"
    contract.write_text("劳动合同\n乙方月工资1800元。\n社会保险依法缴纳。", encoding="utf-8")
    old = validate(run_cli("check", contract, "--format", "json", "--date", "2019-06-01")[1])
    new = validate(run_cli("check", contract, "--format", "json", "--date", "2026-06-01")[1])
    rules_old = {f["rule"] for f in old["reports"][0]["findings"]}
    rules_new = {f["rule"] for f in new["reports"][0]["findings"]}
    assert "below-minimum-wage-monthly" not in rules_old
    assert "below-minimum-wage-monthly" in rules_new


def test_output_file(run_cli, tmp_path):
    target = tmp_path / "report.json"
    code, out, _ = run_cli("check", EXAMPLES / "unlawful-full-time.txt", "--format", "json", "-o", target)
    assert out == "" and validate(target.read_text("utf-8"))["reports"]


def test_rules_commands(run_cli, tmp_path):
    code, out, _ = run_cli("rules", "list")
    assert code == 0 and "probation-too-long" in out
    code, out, _ = run_cli("rules", "list", "--format", "json")
    assert code == 0 and any(r["id"] == "deposit-or-guarantee" for r in json.loads(out))
    code, out, _ = run_cli("rules", "show", "probation-too-long")
    assert code == 0 and "## 为什么" in out and "第19条" in out and "## 违反的写法" in out and "## 应改为" in out
    assert run_cli("rules", "show", "no-such-rule")[0] == 2
    code, out, _ = run_cli("rules", "test")
    assert code == 0 and " passed, 0 failed" in out
    code, out, _ = run_cli("rules", "lint")
    assert code == 0 and "0 个错误" in out
    code, out, _ = run_cli("rules", "coverage")
    assert code == 0 and "《劳动合同法》第19条" in out


def test_rules_new_scaffold_passes_then_a_broken_example_fails(run_cli, tmp_path):
    code, out, _ = run_cli("rules", "new", "my-rule", "--dir", tmp_path / "mine")
    assert code == 0 and (tmp_path / "mine" / "my-rule.yaml").is_file()
    assert run_cli("rules", "new", "my-rule", "--dir", tmp_path / "mine")[0] == 2  # never overwrite
    assert run_cli("rules", "new", "Bad_Id", "--dir", tmp_path / "mine")[0] == 2
    # The scaffold passes its own test; once an example no longer shows the pattern, the test says so.
    assert run_cli("rules", "test", tmp_path / "mine")[0] == 0
    path = tmp_path / "mine" / "my-rule.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("乙方须接受这里写不得出现的用语。", "乙方须接受加班。"), encoding="utf-8")
    code, out, _ = run_cli("rules", "test", tmp_path / "mine")
    assert code == 1 and "1 failed" in out


def test_rules_test_on_a_failing_rule(run_cli, write_rule):
    directory = write_rule("r.yaml", """\
        id: never-fires
        title: 永不触发
        severity: info
        basis: [{law: 劳动合同法, article: 9}]
        forbid: {patterns: ["不存在的用语"]}
        message: x
        suggestion: y
        explain_to_worker: z
        examples: {fail: ["押金"], pass: ["无"]}
        """)
    code, out, _ = run_cli("rules", "test", directory)
    assert code == 1 and "1 passed, 1 failed" in out and "r.yaml:9:" in out


def test_rules_test_and_lint_on_a_bundled_pack_directory(run_cli):
    from checker.resources import rules_dir

    code, out, err = run_cli("rules", "test", rules_dir() / "probation")
    assert code == 0 and " passed, 0 failed" in out and "重复" not in err
    code, out, _ = run_cli("rules", "lint", rules_dir() / "probation")
    assert code == 0


def test_coverage_lists_every_index_provision_once_with_its_rules():
    from checker.engine.coverage import coverage
    from checker.engine.loader import load_rules

    citations, provisions = coverage(load_rules())
    by_number = {p.number: p for p in provisions}
    assert by_number["21"].articles == [19] and "probation-too-long" in by_number["21"].rules
    assert by_number["12"].law == "劳动合同法" and by_number["12"].articles == [14]  # 实施条例第7条 is not 劳动合同法
    assert ("劳动合同法", 9) in citations


@pytest.mark.parametrize("name,code", [
    ("lawful-full-time.docx", 0), ("lawful-full-time.pdf", 0), ("lawful-part-time.docx", 0),
    ("unlawful-full-time.docx", 1), ("unlawful-part-time.docx", 1), ("unlawful-part-time.txt", 1),
])
def test_every_bundled_example_in_every_format(run_cli, name, code):
    exit_code, out, err = run_cli("check", EXAMPLES / name, "--format", "json")
    data = validate(out)
    assert exit_code == code, [f["rule"] for f in data["reports"][0]["findings"] if f["severity"] == "error"]


def test_docx_findings_carry_word_clause_numbers(run_cli):
    data = validate(run_cli("check", EXAMPLES / "unlawful-full-time.docx", "--format", "json")[1])
    probation = next(f for f in data["reports"][0]["findings"] if f["rule"] == "probation-too-long")
    assert probation["location"]["clause"] == "第二条" and "六个月" in probation["location"]["excerpt"]


def test_a_figure_written_with_thousands_of_numerals_is_no_traceback(run_cli, tmp_path):
    contract = tmp_path / "nine.txt"
    contract.write_text("劳动合同\n试用期" + "九" * 5000 + "个月。\n乙方月工资3000元。", encoding="utf-8")
    code, _out, err = run_cli("check", str(contract))
    assert code in (0, 1) and "Traceback" not in err


def test_output_into_a_missing_folder_is_one_line_exit_2(run_cli, tmp_path):
    target = tmp_path / "nowhere" / "report.txt"
    code, _out, err = run_cli("check", str(EXAMPLES / "lawful-full-time.txt"), "-o", str(target))
    assert code == 2 and "不存在" in err and len(err.strip().splitlines()) == 1


def test_rules_show_renders_every_rule_like_a_rule_page(run_cli):
    """Every rule's page has its messages rendered on its own examples (no raw {{ }} outside
    the maintainers' section), says each example's city and date, and names facts in Chinese."""
    from checker import api

    for rule in api.ruleset().rules:
        code, out, _ = run_cli("rules", "show", rule.id)
        assert code == 0, rule.id
        page, _, source = out.partition("## 规则怎么写的（给维护规则的人）")
        assert source, rule.id
        assert "{{" not in page and "{%" not in page, rule.id
        assert "（城市：" in page and "日期：" in page, rule.id
        assert "## 检查什么" in page and "## 为什么（法律依据）" in page and "## 违反的写法" in page, rule.id
        assert "  → " in page, f"{rule.id}: no fail example rendered"


def test_a_fifo_is_refused_not_waited_on_and_a_dangling_link_in_a_folder_is_reported(run_cli, tmp_path):
    import os

    fifo = tmp_path / "管道.txt"
    os.mkfifo(fifo)
    code, out, err = run_cli("check", fifo)
    assert code == 3 and "不是普通文件" in err + out
    folder = tmp_path / "合同"
    folder.mkdir()
    (folder / "a.txt").write_text((EXAMPLES / "unlawful-full-time.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b.txt").symlink_to(tmp_path / "不存在.txt")
    code, out, err = run_cli("check", folder, "--format", "json")
    data = json.loads(out)
    assert code == 3 and len(data["reports"]) == 1 and any("b.txt" in e["file"] for e in data["errors"])


def test_control_characters_never_reach_the_terminal_raw(run_cli, tmp_path):
    contract = tmp_path / "c.txt"
    contract.write_text("劳动合同\n甲方：某厂\x1b[31m红\x1b[0m\n乙方：李某\n第三条 乙方入职交押金500元。\x85\n", encoding="utf-8")
    for fmt in ("text", "json", "markdown"):
        code, out, err = run_cli("check", contract, "--format", fmt)
        assert "\x1b" not in out + err and "\x85" not in out, fmt
    code, out, _ = run_cli("check", contract, "--format", "json")
    assert "\x1b[31m" in json.dumps(json.loads(out), ensure_ascii=False) or "\\u001b" in out
    code, out, err = run_cli("check", tmp_path / "a\x1b[2Jb.txt")
    assert code == 3 and "\x1b" not in out + err and "\\u001b[2J" in out + err


def test_a_file_name_the_system_refuses_is_one_line_not_a_traceback(run_cli, tmp_path):
    long_name = str(tmp_path / ("长" * 200 + ".txt"))
    code, out, err = run_cli("check", long_name, EXAMPLES / "unlawful-full-time.txt", "--format", "json")
    data = json.loads(out)
    assert code == 3 and len(data["reports"]) == 1 and [e["code"] for e in data["errors"]] == ["not_found"]
    code, out, err = run_cli("check", EXAMPLES / "unlawful-full-time.txt", "-o", long_name)
    assert code == 2 and "Traceback" not in err and "File name too long" in err and len(err.splitlines()) == 1

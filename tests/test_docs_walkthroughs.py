"""docs/lawyers.md and docs/developers.md, performed step by step as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
LAWYERS = (ROOT / "docs" / "lawyers.md").read_text(encoding="utf-8")
DEVELOPERS = (ROOT / "docs" / "developers.md").read_text(encoding="utf-8")


def _yaml_blocks(text: str) -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", text, re.S)


def _dedent(block: str) -> str:
    import textwrap

    return textwrap.dedent(block)


# ---------------------------------------------------------------- lawyers


def test_lawyer_adds_a_rule_as_the_page_says(run_cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    # 1. rules new
    code, _, _ = run_cli("rules", "new", "uniform-deposit", "--dir", "我的规则/押金")
    path = tmp_path / "我的规则" / "押金" / "uniform-deposit.yaml"
    assert code == 0 and path.is_file()
    # 2. replace the fields the page lists with the page's own text
    edits = yaml.safe_load(_dedent(_yaml_blocks(LAWYERS)[0]))
    rule = yaml.safe_load(path.read_text(encoding="utf-8"))
    rule.update(edits)
    path.write_text(yaml.safe_dump(rule, allow_unicode=True, sort_keys=False), encoding="utf-8")
    # 3. rules test && rules lint
    code, out, _ = run_cli("rules", "test", "我的规则/")
    assert code == 0 and "2 passed, 0 failed" in out, out
    code, out, _ = run_cli("rules", "lint", "我的规则/")
    assert code == 0 and "0 个错误" in out, out
    # 4. check runs it beside the bundled rules
    contract = tmp_path / "合同.txt"
    contract.write_text("劳动合同\n甲方：某厂\n乙方：李某\n第五条 入职时交工衣押金100元，离职退还。\n", encoding="utf-8")
    code, out, _ = run_cli("check", contract, "--rules", "我的规则/", "--format", "json")
    import json

    rules = {f["rule"] for r in json.loads(out)["reports"] for f in r["findings"]}
    assert "uniform-deposit" in rules
    code, out, _ = run_cli("rules", "show", "uniform-deposit", "--rules", "我的规则/")
    assert code == 0 and "入职收取工衣押金" in out


def test_lawyer_adds_a_phrasing_example(tmp_path):
    from checker.facts.catalogue import load_catalogue, run_examples

    line = re.search(r"- (\{\"text\": \"试用期为九十日\".*?\})", LAWYERS).group(1)
    example = yaml.safe_load(line)
    catalogue = yaml.safe_load((ROOT / "rules" / "facts.yaml").read_text(encoding="utf-8"))
    catalogue["probation_months"]["examples"] = [example]
    catalogue["probation_months"]["not"] = []
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump({"probation_months": catalogue["probation_months"]}, allow_unicode=True), encoding="utf-8")
    count, failures = run_examples(load_catalogue(str(path)))
    assert count == 1 and failures == []
    # ... and one the extractor does not understand is listed, as the page says
    catalogue["probation_months"]["examples"] = [{"text": "试用期为一个季度", "value": 3}]
    path = tmp_path / "facts-2.yaml"  # (the catalogue is read once per file)
    path.write_text(yaml.safe_dump({"probation_months": catalogue["probation_months"]}, allow_unicode=True), encoding="utf-8")
    count, failures = run_examples(load_catalogue(str(path)))
    assert [f.problem for f in failures] == ["没有读出这个事实"]


def test_lawyer_adds_a_new_minimum_wage_that_applies_from_its_date(run_cli, tmp_path):
    directory = tmp_path / "我的规则"
    (directory / "parameters").mkdir(parents=True)
    (directory / "parameters" / "new-minimum.yaml").write_text(_dedent(_yaml_blocks(LAWYERS)[2]), encoding="utf-8")
    from checker import api

    rules = api.ruleset([directory])
    assert rules.params.lookup("minimum_wage.monthly", "中山", __import__("datetime").date(2027, 3, 2)).value == 2200
    # history is kept: a contract of 2026 is judged by the bundled figure
    assert rules.params.lookup("minimum_wage.monthly", "中山", __import__("datetime").date(2026, 3, 2)).value == 2080
    contract = tmp_path / "合同.txt"
    contract.write_text("劳动合同\n甲方：某厂\n乙方：李某\n第四条 乙方月工资2100元。\n", encoding="utf-8")
    code, out, _ = run_cli("check", contract, "--rules", directory, "--date", "2027-03-02", "--format", "json")
    import json

    findings = [f for r in json.loads(out)["reports"] for f in r["findings"] if f["rule"] == "below-minimum-wage-monthly"]
    assert findings and "2200" in findings[0]["message"]
    code, out, _ = run_cli("check", contract, "--rules", directory, "--date", "2026-03-02", "--format", "json")
    assert not [f for r in json.loads(out)["reports"] for f in r["findings"] if f["rule"] == "below-minimum-wage-monthly"]


# ---------------------------------------------------------------- developers


def test_developer_cannot_produce_an_undeclared_fact():
    from checker.facts.registry import extractor

    def my_fact(scope):
        yield from ()

    with pytest.raises(RuntimeError, match=r"produces \['my_fact'\], not declared in rules/facts.yaml"):
        extractor("my_fact")(my_fact)
    assert "not declared in rules/facts.yaml" in DEVELOPERS


def test_developer_reader_feeds_the_same_pipeline():
    from checker import api
    from checker.contract import build_contract
    from checker.document import Document
    from checker.engine.evaluate import Evaluator

    rules = api.ruleset()
    document = Document(source="合同.xyz", format="xyz")
    for line in ["劳动合同", "甲方：某厂", "乙方：李某", "第二条 合同期限一年，试用期六个月。"]:
        document.add(line)
    document.add("工资", kind="table_cell", table=1, row=1, col=1, where="表1 第1行 第1列")
    report = Evaluator(rules).check(build_contract(document, params=rules.params))
    assert "probation-too-long" in {f.rule for f in report.findings}
    assert "document.add(line)" in DEVELOPERS


def test_developer_adds_a_report_format(run_cli, monkeypatch):
    from checker import cli
    from checker import report as reports
    from checker.findings import RunResult
    from checker.report.options import Options

    def render_tsv(result: RunResult, options: Options = Options()) -> str:
        return "".join(f"{r.file}\t{f.rule}\n" for r in result.reports for f in r.findings)

    monkeypatch.setitem(reports.WRITERS, "tsv", render_tsv)
    monkeypatch.setattr(reports, "FORMATS", reports.FORMATS + ("tsv",))
    monkeypatch.setattr(cli, "FORMATS", cli.FORMATS + ("tsv",))
    code, out, _ = run_cli("check", ROOT / "examples" / "unlawful-full-time.txt", "--format", "tsv")
    assert code == 1 and "\tprobation-too-long" in out
    assert "render_xyz(result: RunResult, options: Options) -> str" in DEVELOPERS

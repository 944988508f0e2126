"""The fact catalogue (rules/facts.yaml) agrees with the code that reads facts, the law texts
it cites, the README table, and the facts actually read from the labelled corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.engine.sources import LawLibrary
from checker.facts import extract_facts, fact_names
from checker.facts.catalogue import CatalogueError, FactSpec, label, load_catalogue, run_examples
from checker.facts.registry import produced_names
from checker.reading import read_document

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = load_catalogue()


def test_extractors_and_catalogue_name_the_same_facts():
    assert produced_names() == fact_names() == sorted(CATALOGUE)


def test_every_basis_article_exists_in_the_sources():
    laws = LawLibrary.load([ROOT / "rules" / "sources"])
    for spec in CATALOGUE.values():
        for basis in spec.basis:
            source = laws.get(basis["law"])
            assert source is not None, (spec.name, basis)
            assert source.article_text(basis["article"]), (spec.name, basis)


def test_readme_table_is_the_generated_one():
    from checker.cli import fact_glossary

    readme = (ROOT / "rules" / "README.md").read_text(encoding="utf-8")
    table = re.search(r"<!-- facts:begin[^\n]*-->\n(.*?)\n<!-- facts:end -->", readme, re.S)
    assert table, "rules/README.md lost its facts table markers"
    assert table.group(1).strip() == fact_glossary(markdown=True).strip(), "run: mamagang rules facts --format markdown"


def test_labels_come_from_the_catalogue():
    assert label("probation_months") == "试用期"
    assert label("no_such_fact") == "no_such_fact"


def test_undetermined_message_uses_the_catalogue_label():
    from checker import api

    text = "劳动合同\n甲方：某公司\n乙方：张三\n第一条 乙方月工资3000元，从事包装工作。\n"
    report = api.check(text.encode(), name="合同.txt", kind="full_time")
    reasons = " ".join(u.reason for u in report.undetermined)
    assert "合同中未找到：起始日期" in reasons and "start_date" not in reasons


def _corpus_files():
    for path in sorted((ROOT / "tests" / "corpus").rglob("*")):
        if path.suffix in (".txt", ".md", ".docx", ".pdf") and path.name != "README.md":
            yield path


def test_facts_read_from_the_corpus_are_as_declared():
    """Every fact the extractors produce on 300+ real-layout contracts has a declared unit,
    declared `written` keys and, for a choice, a declared value: code and catalogue agree."""
    problems = set()
    for path in _corpus_files():
        for name, facts in extract_facts(read_document(path)).items():
            spec = CATALOGUE[name]
            for fact in facts:
                if fact.unit not in spec.allowed_units():
                    problems.add(f"{name}: unit {fact.unit!r} not declared")
                for key in fact.written or {}:
                    if key not in spec.written:
                        problems.add(f"{name}: written.{key} not declared")
                if spec.type == "choice" and fact.value not in spec.values:
                    problems.add(f"{name}: value {fact.value!r} not declared")
                if spec.type == "date":
                    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", fact.value), fact
    assert not problems, sorted(problems)


def test_every_phrasing_example_passes():
    count, failures = run_examples()
    assert count >= 180
    assert not failures, failures[:5]


def test_a_wrong_example_is_reported():
    spec = CATALOGUE["probation_months"]
    wrong = FactSpec(**{**spec.__dict__, "examples": ({"text": "试用期三个月", "value": 2},), "negatives": ("试用期一个月",)})
    count, failures = run_examples({"probation_months": wrong})
    assert count == 2
    assert [f.problem for f in failures] == ["读出的值是 3，应为 2", "不应读出这个事实，却读出了“试用期一个月” = 1"]


@pytest.mark.parametrize("text,message", [
    ("wage: {label: 工资}\n", "缺少 type"),
    ("wage: {label: 工资, type: money, definition: x}\n", "type 须是"),
    ("wage: {label: 工资, type: number, definition: x, unitt: month}\n", "不认识的字段 unitt"),
    ("term_type: {label: 类型, type: choice, definition: x}\n", "choice 类型须列出 values"),
    ("wage: {label: 工资, type: number, definition: x, examples: [{text: 月薪3000元}]}\n", "须有 text 和 value"),
    ("- wage\n", "映射"),
])
def test_a_malformed_catalogue_is_refused_with_its_path(tmp_path, text, message):
    path = tmp_path / "facts.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError) as info:
        load_catalogue(str(path))
    assert str(path) in str(info.value) and message in str(info.value)


def test_numeral_readings_are_remembered_so_a_later_run_need_not_import_cn2an(tmp_path):
    """cn2an costs ~0.15 s to import; its readings are kept in the cache folder, keyed by the
    installed cn2an, and a later process reads the same contract without importing it."""
    import os
    import subprocess
    import sys

    code = ("import sys; from checker import api; "
            "r = api.check('examples/unlawful-full-time.txt'); "
            "print(len(r.findings), 'cn2an' in sys.modules)")
    env = {**os.environ, "MAMAGANG_CACHE_DIR": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert first.stdout.split()[1] == "True" and second.stdout.split()[1] == "False"
    assert first.stdout.split()[0] == second.stdout.split()[0]  # the same findings either way
    assert (tmp_path / "cn2an-readings.json").is_file()

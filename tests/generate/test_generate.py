"""Reference documents: every type generates .docx/.md/.html that the checker passes, answers are
validated twice, a failed draft is repaired, and the guide is rendered from the rule pack."""

from __future__ import annotations

import copy
import datetime as dt
import io
from pathlib import Path

import docx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jinja2.exceptions import UndefinedError

from checker import api
from checker import generate as g
from checker.generate.guide import guide_markup
from checker.generate.repair import repair

ROOT = Path(__file__).resolve().parents[2]
TYPES = [t.id for t in g.types()]
EMPLOYMENT = {"full_time", "food_workshop", "live_commerce"}


def test_seven_types_each_with_schema_example_and_documents():
    assert TYPES == ["full_time", "part_time", "labour_service", "outwork", "food_workshop", "live_commerce",
                     "live_cooperation"]
    for t in g.types():
        assert (t.path / "answers.example.yaml").is_file() and (t.path / "README.md").is_file()
        assert any(d.get("main") for d in t.documents) and t.fields


@pytest.mark.parametrize("type_id", TYPES)
def test_the_example_answers_give_documents_that_check_clean_in_every_format(type_id):
    t = g.load_type(type_id)
    generation = g.generate(type_id, t.example())
    for doc in generation.documents:
        for fmt, name in (("md", "x.md"), ("docx", "x.docx")):
            report = api.check(doc.to(fmt), name=name, city=generation.answers.get("city"),
                               date=generation.answers.get("sign_date"))
            bad = [(f.severity, f.rule) for f in report.findings if f.severity != "info"]
            assert not bad and not report.not_checked, (doc.id, fmt, bad)
            if doc.main:
                assert (report.contract.kind.relation, report.contract.kind.sector) == (t.relation, t.sector)
        html = doc.to("html").decode()
        assert html.startswith("<!DOCTYPE html>") and doc.title in html


@pytest.mark.parametrize("type_id", sorted(EMPLOYMENT))
def test_parse_of_the_generated_docx_recovers_the_key_facts(type_id):
    t = g.load_type(type_id)
    generation = g.generate(type_id, t.example())
    a = generation.answers
    facts = api.parse(generation.documents[0].to("docx"), name="c.docx").facts

    def values(name):
        return [f.value for f in facts.get(name, [])]

    assert a["term_months"] in values("term_months")
    assert a["probation_months"] in values("probation_months")
    assert a["wage"] in values("wage")
    assert a["pay_day"] in values("pay_day")
    assert a["morning"]["hours"] + a["afternoon"]["hours"] in values("daily_hours")


def test_a_wage_below_the_minimum_is_refused_naming_the_minimum_wage(tmp_path, run_cli):
    answers = g.load_type("full_time").example()
    answers["wage"] = 500
    path = tmp_path / "a.yaml"
    path.write_text(yaml.safe_dump(answers, allow_unicode=True), encoding="utf-8")
    code, _out, err = run_cli("generate", "full_time", "--answers", str(path), "-o", str(tmp_path / "out"))
    assert code == 2 and "最低工资" in err and "《最低工资规定》第12条" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("change, word", [({"probation_months": 6}, "试用期"), ({"afternoon": "13:30-19:30"}, "8小时"),
                                          ({"work_days": 6}, "40小时")])
def test_the_rule_engine_refuses_unlawful_answers(change, word):
    answers = {**g.load_type("full_time").example(), **change}
    with pytest.raises(g.GenerateError) as exc:
        g.generate("full_time", answers)
    assert any(word in p for p in exc.value.problems)


def test_part_time_hours_over_four_a_day_are_refused():
    answers = {**g.load_type("part_time").example(), "shift": "09:00-14:00"}
    with pytest.raises(g.GenerateError) as exc:
        g.generate("part_time", answers)
    assert any("4小时" in p for p in exc.value.problems)


def test_schema_problems_are_reported_all_at_once():
    answers = {**g.load_type("full_time").example(), "wage": "三千", "start_date": "2026/3/1", "morning": "9点到12点",
               "term_months": 1, "nickname": "x"}
    del answers["worker_name"]
    with pytest.raises(g.GenerateError) as exc:
        g.generate("full_time", answers)
    problems = "\n".join(exc.value.problems)
    for word in ("wage", "start_date", "morning", "term_months", "nickname", "worker_name"):
        assert word in problems
    assert len(exc.value.problems) == 6


def test_a_missing_answer_is_an_error_not_a_blank():
    t = g.load_type("full_time")
    values, _ = g.validate_answers(t, t.example())
    del values["job"]
    with pytest.raises(UndefinedError):
        g.render(t, values)


def test_html_escapes_the_answers():
    answers = {**g.load_type("part_time").example(), "employer_name": "<script>alert(1)</script>超市"}
    html = g.generate("part_time", answers).documents[0].to("html").decode()
    assert "<script>" not in html and "&lt;script&gt;" in html


@pytest.mark.parametrize("type_id, change", [
    ("full_time", {"probation_months": 0, "probation_wage": None, "school_run_minutes": 0, "employer_credit_code": ""}),
    ("food_workshop", {"probation_months": 0, "probation_wage": None, "school_run_minutes": 0}),
    ("live_commerce", {"probation_months": 0, "probation_wage": None}),
    ("part_time", {"end_date": "2026-12-31", "pay_cycle": "half_month"}),
    ("labour_service", {"accident_insurance": False}),
    ("live_cooperation", {"sample_deposit": 300, "merchant_credit_code": ""}),
])
def test_every_optional_branch_renders_and_checks_clean(type_id, change):
    answers = {**g.load_type(type_id).example(), **change}
    answers = {k: v for k, v in answers.items() if v is not None}
    generation = g.generate(type_id, answers)
    assert all(r.contract.kind.relation for r in generation.reports.values())


# ---------------------------------------------------------------- property test


def _lawful_full_time(draw):
    answers = copy.deepcopy(g.load_type("full_time").example())
    term = draw(st.sampled_from([6, 12, 24, 36, 60]))
    limit = 1 if term < 12 else 2 if term < 36 else 6
    answers["term_months"] = term
    answers["probation_months"] = draw(st.integers(0, limit))
    answers["wage"] = draw(st.integers(2100, 9000))
    answers["probation_wage"] = max(-(-answers["wage"] * 8 // 10), 2080)  # 80% of the wage, and the minimum wage
    answers["pay_day"] = draw(st.integers(1, 28))
    start = draw(st.integers(8, 9)), draw(st.sampled_from([0, 15, 30]))
    answers["morning"] = f"{start[0]:02d}:{start[1]:02d}-12:00"
    morning = 12 - start[0] - start[1] / 60
    end_hour = 13 + int(8 - morning)  # afternoon fills the day to at most 8 hours
    answers["afternoon"] = f"13:30-{min(end_hour, 17)}:30"
    answers["work_days"] = draw(st.integers(3, 5))
    answers["school_run_minutes"] = draw(st.sampled_from([0, 15, 30, 60]))
    day = draw(st.dates(dt.date(2025, 3, 1), dt.date(2026, 11, 30)))
    answers["sign_date"] = answers["start_date"] = day.isoformat()
    answers["city"] = draw(st.sampled_from(["中山", "佛山", "江门"]))
    return answers


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_lawful_full_time_answers_generate_a_contract_that_checks_clean_and_parses_back(data):
    answers = data.draw(st.composite(lambda draw: _lawful_full_time(draw))())
    generation = g.generate("full_time", answers)
    facts = api.parse(generation.documents[0].to("docx"), name="c.docx").facts
    assert answers["wage"] in [f.value for f in facts["wage"]]
    assert answers["term_months"] in [f.value for f in facts["term_months"]]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hourly=st.integers(20, 60), days=st.integers(1, 6), start=st.integers(8, 15), minutes=st.sampled_from([60, 90, 120, 180, 240]))
def test_any_lawful_part_time_answers_generate_clean(hourly, days, start, minutes):
    if minutes * days > 24 * 60:
        return
    end = start * 60 + minutes
    answers = {**g.load_type("part_time").example(), "hourly_wage": hourly, "days_per_week": days,
               "shift": f"{start:02d}:00-{end // 60:02d}:{end % 60:02d}"}
    generation = g.generate("part_time", answers)
    assert generation.reports["contract"].contract.kind.relation == "part_time"


# ---------------------------------------------------------------- the faces


def test_cli_types_and_generate_write_every_format(tmp_path, run_cli):
    code, out, _ = run_cli("types")
    assert code == 0 and all(t in out for t in TYPES)
    code, out, _ = run_cli("types", "part_time")
    assert code == 0 and "hourly_wage" in out and "小时工资" in out
    example = ROOT / "contract_templates" / "live_cooperation" / "answers.example.yaml"
    code, _out, err = run_cli("generate", "live_cooperation", "--answers", str(example), "-o", str(tmp_path))
    assert code == 0, err
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".docx", ".docx", ".html", ".html", ".md", ".md"]
    docx.Document(str(next(tmp_path.glob("直播带货合作协议.docx"))))  # opens


def test_interactive_asks_every_question(tmp_path, monkeypatch, run_cli):
    t = g.load_type("part_time")
    example = t.example()
    lines = []
    for f in t.fields:
        value = example.get(f.name, "")
        lines.append(str(value) if value is not None else "")
    lines[t.fields.index(next(f for f in t.fields if f.name == "hourly_wage"))] = "很多\n24"  # a bad answer is asked again
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    code, _out, err = run_cli("generate", "part_time", "--interactive", "-o", str(tmp_path), "--format", "md")
    assert code == 0, err
    assert "应为数字" in err and (tmp_path / "非全日制用工协议.md").is_file()


def test_repair_of_the_bundled_unlawful_contract(tmp_path, run_cli):
    code, _out, err = run_cli("generate", "--from", str(ROOT / "examples" / "unlawful-full-time.docx"), "-o", str(tmp_path))
    assert code == 0, err
    answers = (tmp_path / "answers.yaml").read_text(encoding="utf-8")
    assert "probation_months: 2   # 原为 6" in answers and "劳动合同法第十九条" in answers
    assert "没有沿用" in answers and "押金" in answers
    report = api.check(tmp_path / "劳动合同书.docx")
    assert not [f for f in report.findings if f.severity != "info"]
    assert yaml.safe_load(answers)["worker_name"] == "李某某"


def test_repair_finds_the_type_from_the_draft():
    result = repair(ROOT / "examples" / "unlawful-part-time.docx")
    assert result.type_id == "part_time" and result.answers["worker_name"]


def test_guide_part_time_quotes_articles_68_to_72_and_a_case(run_cli):
    code, out, _ = run_cli("guide", "part_time")
    assert code == 0
    for article in ("第六十八条", "第六十九条", "第七十条", "第七十一条", "第七十二条"):
        assert article in out
    assert "参考案例" in out and "典型案例" in out and "实操要点" in out and "非全日制用工协议" in out


def test_a_rule_added_to_the_pack_appears_in_the_guide(write_rule):
    path = write_rule("guide-probe.yaml", """
id: guide-probe
title: 指引探针规则
severity: warning
relations: [part_time]
basis:
  - law: 劳动合同法
    article: 70
    quote: 非全日制用工双方当事人不得约定试用期。
forbid:
  patterns: ["探针用语"]
message: 探针
suggestion: 探针
explain_to_worker: 这是一条只为测试指引而加的规则。
examples:
  fail: [{text: "探针用语", kind: part_time}]
""")
    rules = api.ruleset([path])
    text = guide_markup(g.load_type("part_time"), rules)
    assert "指引探针规则" in text and "这是一条只为测试指引而加的规则" in text
    assert "指引探针规则" not in guide_markup(g.load_type("part_time"), api.ruleset())


NAMES = st.text(alphabet="陈李黄何梁林张王刘吴郭罗冯麦区苏杨美玲秀琼婉婷晓燕丽华嘉欣", min_size=2, max_size=4)


@pytest.mark.parametrize("type_id", TYPES)
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_valid_answers_of_every_type_generate_clean(type_id, data):
    """Any names, any date in force of the current minimum wages, any covered Guangdong city:
    every type's documents are generated and check clean, with the type's relation and sector."""
    t = g.load_type(type_id)
    answers = copy.deepcopy(t.example())
    for name in ("worker_name", "anchor_name"):
        if name in answers:
            answers[name] = data.draw(NAMES)
    day = data.draw(st.dates(dt.date(2025, 3, 1), dt.date(2026, 11, 1)))
    for name in ("sign_date", "start_date"):
        if name in answers:
            answers[name] = day.isoformat()
    if "end_date" in answers and answers["end_date"]:
        answers["end_date"] = (day + dt.timedelta(days=364)).isoformat()
    if "pension_since" in answers:
        answers["pension_since"] = (day - dt.timedelta(days=400)).isoformat()
    answers["city"] = data.draw(st.sampled_from(["中山", "佛山", "东莞"]))
    generation = g.generate(type_id, answers)
    main = next(r for d, r in generation.reports.items() if next(x for x in generation.documents if x.id == d).main)
    assert (main.contract.kind.relation, main.contract.kind.sector) == (t.relation, t.sector)

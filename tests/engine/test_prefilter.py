"""The forbid prefilter skips only patterns that cannot match: reports are identical with and
without it, on the bundled examples and a spread of the labelled corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import api
from checker.engine.prefilter import Prefilter, required_literals
from checker.evaluation import contracts_in
from checker.findings import RunResult
from checker.report.json_report import render_json

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = [p for p in (ROOT / "examples").iterdir() if p.suffix in (".txt", ".docx", ".pdf")] + contracts_in(ROOT / "tests" / "corpus")[::6]


def _reports(paths) -> list[str]:
    return [render_json(RunResult([api.check(p)], [])) for p in paths]


def test_reports_are_identical_with_and_without_the_prefilter(monkeypatch):
    filtered = _reports(SAMPLE)
    monkeypatch.setattr(Prefilter, "may_match", lambda self, pattern, candidates: True)
    assert _reports(SAMPLE) == filtered
    assert len(SAMPLE) > 60


@pytest.mark.parametrize("source,literals", [
    ("(押金|保证金)", {"押金", "保证金"}),
    ("提供[^。]{0,6}担保", {"提供"}),
    ("(?<!不)押(身份证|证件)", {"身份证", "证件"}),
    ("[^。]*", None),
    ("(a|b?)c", {"c"}),
    ("(?i)abc", None),
])
def test_required_literals(source, literals):
    found = required_literals(source)
    assert (found and set(found)) == literals if literals else found is None


PIECES = st.sampled_from(["押金", "保证金", "身份证", "不", "扣押", "由", "公司", "保管", "提供", "担保", "。", "，", "a", "b", "c", "x"])


@settings(max_examples=200, deadline=None)
@given(pattern=st.sampled_from([r"(押金|保证金)", r"(扣押|保管)[^。]{0,8}(身份证|证件)", r"提供[^。；;]{0,6}担保", r"(?<!不)押(身份证|证件)",
                                r"(a|b?)c", r"x{0,3}(y|c)", r"由(公司|甲方)?[^。]{0,4}保管"]),
       text=st.lists(PIECES, max_size=30).map("".join))
def test_a_pattern_the_prefilter_skips_never_matches(pattern, text):
    compiled = re.compile(pattern)
    prefilter = Prefilter([compiled])
    if not prefilter.may_match(compiled, prefilter.candidates(text)):
        assert compiled.search(text) is None

"""HTML, Markdown, SARIF, CSV, the worker's page and masking in every format."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest

from checker import api
from checker.findings import RunResult
from checker.report import WRITERS, Options

ROOT = Path(__file__).resolve().parents[2]
SARIF_SCHEMA = json.loads((ROOT / "tests" / "vendor" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))

HOSTILE = ("劳动合同书\n甲方：<script>alert(1)</script>有限公司\n"
           "第一条 乙方（身份证442000199001011234）须缴纳<b>押金</b>500元，电话13812345678。\n")


def _run(text: str = HOSTILE, **kw) -> RunResult:
    report = api.check(text.encode(), name="合同.txt", kind="full_time", **kw)
    return RunResult([report], [], api.ruleset().version)


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data):
        self.text.append(data)


def test_html_escapes_contract_text_and_loads_nothing_remote():
    html = WRITERS["html"](_run())
    page = _Collector()
    page.feed(html)
    assert "script" not in page.tags and "&lt;b&gt;" in html
    assert "<script>alert(1)</script>" in "".join(page.text)  # shown as text
    assert not [v for k, v in page.attrs if k in ("src", "href") and v]
    assert "@import" not in html and "url(" not in html
    assert "<mark>押金</mark>" in html or "押金</mark>" in html and "《劳动合同法》第9条" in html
    assert "@page" in html and "max-width: 560px" in html  # A4 print and phone layout


def test_html_counts_and_header():
    html = WRITERS["html"](RunResult([api.check(ROOT / "examples" / "unlawful-full-time.docx")], [], "v1"))
    assert "违法 12" in html and "全日制劳动合同" in html and "中山" in html and "怎样读这份报告" in html


def test_markdown_escapes_and_carries_the_same_findings():
    text = WRITERS["markdown"](_run())
    assert r"\<script\>" in text and "**押金**" in text
    assert "《劳动合同法》第9条" in text and "建议修改" in text


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html", "sarif", "csv"])
def test_every_format_masks_ids_and_phones(fmt):
    masked = WRITERS[fmt](_run())
    assert "442000199001011234" not in masked and "13812345678" not in masked
    assert "1234" in masked  # the last four are kept
    raw = WRITERS[fmt](_run(), Options(mask=False))
    assert "442000199001011234" in raw and "13812345678" in raw


def test_sarif_validates_against_the_official_schema():
    result = RunResult([api.check(ROOT / "examples" / "unlawful-full-time.docx")],
                       [api.check_paths([ROOT / "missing.docx"]).errors[0]], "v1")
    log = json.loads(WRITERS["sarif"](result))
    jsonschema.validate(log, SARIF_SCHEMA)
    run = log["runs"][0]
    ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
    assert "deposit-or-guarantee" in ids
    deposit = next(r for r in run["tool"]["driver"]["rules"] if r["id"] == "deposit-or-guarantee")
    assert "《劳动合同法》第9条" in deposit["help"]["text"]
    assert {r["level"] for r in run["results"]} <= {"error", "warning", "note"}
    assert run["invocations"][0]["toolExecutionNotifications"]  # the missing file


def test_csv_one_row_per_finding():
    result = RunResult([api.check(ROOT / "examples" / "unlawful-full-time.docx")], [], "v1")
    rows = list(csv.reader(io.StringIO(WRITERS["csv"](result).lstrip("\ufeff"))))
    assert rows[0][0] == "文件" and len(rows) - 1 == len(result.reports[0].findings)


def test_worker_page_plain_words_no_rule_ids():
    report = api.check(ROOT / "examples" / "unlawful-full-time.docx")
    result = RunResult([report], [], "v1")
    for fmt in ("text", "markdown", "html"):
        page = WRITERS[fmt](result, Options(audience="worker"))
        assert "deposit-or-guarantee" not in page and "probation-too-long" not in page
        assert "12333" in page and "仲裁" in page and "请保留这些证据" in page
        assert "押金" in page and "《劳动合同法》第9条" in page
        assert "试用期定得太长" in page and "试用期超过法定上限" not in page  # the rule's worker_title


def test_the_cli_offers_every_report_format():
    from checker import cli
    from checker.report import FORMATS

    assert cli.FORMATS == FORMATS

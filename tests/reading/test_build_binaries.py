"""examples/build_binaries.py on a throwaway contract: what it writes reads back right."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import pdfplumber
import pytest

from checker.reading import read_document

SCRIPT = Path(__file__).resolve().parents[2] / "examples" / "build_binaries.py"

SAMPLE = """妈妈岗劳动合同书
甲方（用人单位）：中山市某某制衣厂
第一条 合同期限
本合同期限自2026年3月1日起至2027年2月28日止，其中试用期为一个月，试用期满经考核合格后转正，转正后按本合同约定执行。
第二条 劳动报酬
乙方月工资为人民币２３００元，试用期工资不低于转正工资的百分之八十，甲方于每月十五日前以货币形式足额支付乙方上月工资。
加班工资按国家规定另行计算。
第三条 工作时间
乙方每日工作不超过六小时，每周工作不超过三十小时，可在上午九点至下午三点之间弹性安排，以便照顾子女上下学，具体安排由双方协商确定。
甲方（盖章）：
"""


@pytest.fixture(scope="module")
def builder():
    spec = importlib.util.spec_from_file_location("build_binaries", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def lines() -> list[str]:
    return [line for line in SAMPLE.splitlines() if line]


def test_docx_has_wage_lines_in_a_table_and_headings(builder, sample, tmp_path):
    out = tmp_path / "out"
    assert builder.main([str(sample), "--out-dir", str(out), "--pdf", "--auto-number"]) == 0
    assert not (out / "sample.pdf").exists()
    doc = read_document(out / "sample.docx")
    cells = [b for b in doc.blocks if b.kind == "table_cell"]
    assert [b.original for b in cells] == [
        "项目", "约定", "劳动报酬", lines()[5], "劳动报酬", "加班工资按国家规定另行计算。",
    ]
    assert cells[3].where == "表1 第2行 第2列"
    assert doc.blocks[0].kind == "heading" and doc.blocks[0].original == "妈妈岗劳动合同书"
    headings = [b.original for b in doc.blocks if b.kind == "heading"]
    assert headings == ["妈妈岗劳动合同书", "第一条 合同期限", "第二条 劳动报酬", "第三条 工作时间"]
    outside = [b.original for b in doc.blocks if b.kind != "table_cell"]
    assert outside == [line for line in lines() if line not in (lines()[5], lines()[6])]


def test_auto_numbered_docx_puts_clause_numbers_into_labels(builder, sample, tmp_path):
    builder.main([str(sample), "--out-dir", str(tmp_path), "--pdf", "--auto-number", "sample"])
    doc = read_document(tmp_path / "sample.docx")
    numbered = [(b.label, b.original) for b in doc.blocks if b.label]
    assert numbered == [("第一条", "合同期限"), ("第二条", "劳动报酬"), ("第三条", "工作时间")]
    shown = [b.display_text for b in doc.blocks if b.kind != "table_cell"]
    assert "第二条 劳动报酬" in shown


def test_pdf_has_real_wraps_and_reads_back_joined(builder, sample, tmp_path):
    builder.main([str(sample), "--out-dir", str(tmp_path), "--pdf", "sample", "--auto-number"])
    data = (tmp_path / "sample.pdf").read_bytes()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        raw_lines = [line for page in pdf.pages for line in page.extract_text().splitlines()]
    long_line = lines()[3]
    assert long_line not in raw_lines  # it was wrapped ...
    doc = read_document(data, name="sample.pdf")
    assert [b.original for b in doc.blocks] == lines()  # ... and comes back whole, header/footer gone


def test_output_is_deterministic(builder, sample, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    builder.main([str(sample), "--out-dir", str(first), "--pdf", "sample"])
    builder.main([str(sample), "--out-dir", str(second), "--pdf", "sample"])
    for name in ("sample.docx", "sample.pdf"):
        assert (first / name).read_bytes() == (second / name).read_bytes()


def test_defaults_number_and_pdf_the_first_input(builder, tmp_path):
    for stem in ("b_second", "a_first"):
        (tmp_path / f"{stem}.txt").write_text(SAMPLE, encoding="utf-8")
    builder.main([str(tmp_path / "b_second.txt"), str(tmp_path / "a_first.txt")])
    assert (tmp_path / "a_first.pdf").exists() and not (tmp_path / "b_second.pdf").exists()
    assert any(b.label for b in read_document(tmp_path / "a_first.docx").blocks)
    assert not any(b.label for b in read_document(tmp_path / "b_second.docx").blocks)

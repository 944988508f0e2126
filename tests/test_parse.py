"""`mamagang parse`: the foundation's acceptance — real files in, typed facts out."""

from __future__ import annotations

import json
import subprocess
import sys

import docx
import pytest

from tests.conftest import EXAMPLES
from tests.peak import CLI, peak_env, peak_mb


@pytest.fixture
def table_wage_docx(tmp_path):
    document = docx.Document()
    document.add_paragraph("劳动合同书")
    document.add_paragraph("第一条 本合同期限贰年，自2026年3月1日起。")
    document.add_paragraph("第二条 试用期六个月。")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "项目", "标准"
    table.cell(1, 0).text, table.cell(1, 1).text = "月工资", "3500元"
    document.add_paragraph("第三条 乙方辞职应提前三个月书面通知甲方。")
    document.add_paragraph("第四条 乙方入职时须缴纳押金贰仟元。")
    path = tmp_path / "合同.docx"
    document.save(path)
    return path


def test_parse_docx_with_wage_in_table(run_cli, table_wage_docx):
    code, out, err = run_cli("parse", table_wage_docx, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert {"kind", "blocks", "clauses", "facts"} <= set(data)
    facts = data["facts"]
    wage = facts["wage"][0]
    assert (wage["value"], wage["unit"]) == (3500, "month")
    wage_block = data["blocks"][wage["location"]["block"]]
    assert wage_block["kind"] == "table_cell" and wage_block["row"] == 2 and wage_block["col"] == 2
    assert facts["term_months"][0]["value"] == 24 and "贰年" in facts["term_months"][0]["text"]
    assert facts["probation_months"][0]["value"] == 6 and "六个月" in facts["probation_months"][0]["text"]
    assert abs(facts["resign_notice_days"][0]["value"] - 90) <= 2
    assert facts["deposit"][0]["value"] == 2000 and "贰仟元" in facts["deposit"][0]["text"]
    assert data["kind"] == "full_time"
    assert [c["number"] for c in data["clauses"] if c["number"]][:4] == ["第一条", "第二条", "第三条", "第四条"]


def test_parse_text_format(run_cli, table_wage_docx):
    code, out, _ = run_cli("parse", table_wage_docx)
    assert code == 0 and "wage = 3500 month" in out and "全日制劳动合同" in out


def test_kind_override(run_cli, table_wage_docx):
    data = json.loads(run_cli("parse", table_wage_docx, "--format", "json", "--kind", "part_time")[1])
    assert data["kind"] == "part_time" and data["kind_source"] == "given"


@pytest.mark.parametrize("name,kind", [
    ("unlawful-full-time.docx", "full_time"), ("lawful-full-time.docx", "full_time"),
    ("lawful-full-time.pdf", "full_time"), ("unlawful-part-time.docx", "part_time"),
    ("lawful-part-time.txt", "part_time"),
])
def test_bundled_examples_parse(run_cli, name, kind):
    code, out, err = run_cli("parse", EXAMPLES / name, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["kind"] == kind and data["facts"]


def test_docx_and_txt_examples_give_the_same_facts(run_cli):
    def facts(name):
        data = json.loads(run_cli("parse", EXAMPLES / name, "--format", "json")[1])
        return {k: sorted(str(f["value"]) for f in v) for k, v in data["facts"].items()}

    assert facts("unlawful-full-time.docx") == facts("unlawful-full-time.txt")
    assert facts("lawful-full-time.pdf") == facts("lawful-full-time.txt")


@pytest.mark.parametrize("content,name,code", [
    (b"", "empty.docx", "empty"),
    (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 512, "old.docx", "legacy_doc"),
    (b"this is not a zip", "fake.docx", "corrupt"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "photo.png", "unsupported_format"),
    (bytes([0x81, 0x30, 0xff, 0xfe, 0x80]) * 50, "garbled.txt", "undecodable"),
])
def test_parse_bad_input_exits_3_with_one_line(run_cli, tmp_path, content, name, code):
    path = tmp_path / name
    path.write_bytes(content)
    exit_code, out, err = run_cli("parse", path)
    assert exit_code == 3
    lines = err.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and "Traceback" not in err


def test_bad_input_in_a_real_process_no_traceback_low_memory(tmp_path):
    """The installed command, end to end: exit 3, one line, bounded memory."""
    path = tmp_path / "old.docx"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 512)
    peak = tmp_path / "peak"
    result = subprocess.run([sys.executable, "-c", CLI, "parse", str(path)], capture_output=True, text=True,
                            env=peak_env(peak))
    assert result.returncode == 3
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert peak_mb(peak) < 600

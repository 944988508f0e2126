"""The annotated .docx: her own file back with comments on the offending words and, with
--redline, tracked changes that make the checker's findings go away when accepted."""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from checker import api
from checker.findings import Report
from checker.report import Options, render_docx
from checker.rewrite import plan_edits

from .revisions import commented_texts, resolve

ROOT = Path(__file__).resolve().parents[2]
UNLAWFUL = ROOT / "examples" / "unlawful-full-time.docx"


def _texts(data: bytes, name: str = "x.docx") -> list[str]:
    return [b.original for b in api.parse(data, name=name).document.blocks]


@pytest.fixture(scope="module")
def report() -> Report:
    return api.check(UNLAWFUL)


@pytest.fixture(scope="module")
def annotated(report) -> bytes:
    return render_docx(report, UNLAWFUL.read_bytes(), Options(redline=True))


def test_one_comment_per_location_plus_summary_and_missing(report, annotated):
    comments = list(docx.Document(io.BytesIO(annotated)).comments)
    located = sum(len(f.locations) for f in report.findings)
    missing = sum(1 for f in report.findings if not f.locations)
    assert len(comments) == 1 + located + missing
    assert all(c.author == "妈妈岗合规检查" for c in comments)
    assert comments[0].text.startswith("妈妈岗合规检查：12 个违法问题")


def test_comments_anchor_on_the_offending_words(report, annotated):
    anchored = set(commented_texts(annotated).values())
    for f in report.findings:
        for loc in f.locations:
            block = report.contract.document.blocks[loc["block"]]
            assert block.original[loc["start"]:loc["end"]] in anchored, f.rule


def test_comment_text_has_finding_basis_and_fix(annotated):
    texts = [c.text for c in docx.Document(io.BytesIO(annotated)).comments]
    deposit = next(t for t in texts if "向劳动者收取押金" in t)
    assert "《劳动合同法》第9条" in deposit and "建议修改：" in deposit and "押金" in deposit
    assert "已按上述建议作修订" in deposit


def test_original_untouched_and_other_parts_identical(annotated):
    before = UNLAWFUL.read_bytes()
    api.check(UNLAWFUL)
    render_docx(api.check(UNLAWFUL), before, Options(redline=True))
    assert UNLAWFUL.read_bytes() == before
    with zipfile.ZipFile(io.BytesIO(before)) as a, zipfile.ZipFile(io.BytesIO(annotated)) as b:
        changed = {n for n in a.namelist() if a.read(n) != b.read(n)}
        for name in ("word/styles.xml", "word/numbering.xml", "word/settings.xml"):
            if name in a.namelist():
                assert name not in changed
        assert changed <= {"word/document.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"}
        assert "word/comments.xml" in b.namelist()


def test_rejecting_all_changes_gives_the_original_text(annotated):
    assert _texts(resolve(annotated, accept=False)) == _texts(UNLAWFUL.read_bytes())


def test_accepting_all_changes_clears_the_rewritten_rules(report, annotated):
    rewritten = {rule for edit in plan_edits(report) for rule in edit.rules}
    assert {"deposit-or-guarantee", "probation-too-long", "daily-hours-over-8"} <= rewritten
    fixed = api.check(resolve(annotated, accept=True), name="fixed.docx")
    assert not rewritten & {f.rule for f in fixed.findings}
    assert fixed.summary()["error"] < report.summary()["error"]


def test_without_redline_no_tracked_change(report):
    data = render_docx(report, UNLAWFUL.read_bytes(), Options())
    body = docx.Document(io.BytesIO(data)).element.body
    assert body.find(".//" + qn("w:del")) is None and body.find(".//" + qn("w:ins")) is None
    assert _texts(data) == _texts(UNLAWFUL.read_bytes())


def test_anchor_split_inside_a_table_cell_and_across_runs(tmp_path):
    d = docx.Document()
    d.add_paragraph("劳动合同书")
    cell = d.add_table(rows=1, cols=2).cell(0, 1)
    p = cell.paragraphs[0]
    p.add_run("乙方入职时须缴纳")
    p.add_run("押金").bold = True
    p.add_run("五百元，离职时退还。")
    buffer = io.BytesIO()
    d.save(buffer)
    source = buffer.getvalue()
    report = api.check(source, name="t.docx", kind="full_time")
    deposit = next(f for f in report.findings if f.rule == "deposit-or-guarantee")
    out = render_docx(report, source, Options(redline=True))
    block = report.contract.document.blocks[deposit.location["block"]]
    assert block.original[deposit.location["start"]:deposit.location["end"]] in commented_texts(out).values()
    assert _texts(resolve(out, accept=False), "t.docx") == _texts(source, "t.docx")
    cell_xml = docx.Document(io.BytesIO(out)).tables[0].cell(0, 1)._tc
    assert cell_xml.find(".//" + qn("w:ins")) is not None
    bold = [r for r in cell_xml.iter(qn("w:r")) if r.find(qn("w:rPr")) is not None and "押金" in "".join(
        t.text for t in r.iter(qn("w:t"), qn("w:delText")))]
    assert bold, "the bold run keeps its formatting when split"


def test_text_and_pdf_input_become_a_clean_annotated_docx():
    source = ROOT / "examples" / "unlawful-full-time.txt"
    report = api.check(source)
    out = render_docx(report, None, Options(redline=True))
    assert _texts(resolve(out, accept=False)) == [b.display_text for b in report.contract.document.blocks]
    assert len(list(docx.Document(io.BytesIO(out)).comments)) > 5


def test_her_own_words_are_never_masked_or_changed():
    text = "劳动合同书\n甲方：某厂\n乙方：李某，身份证号442000199001011234，电话13812345678\n乙方入职须缴纳押金500元。"
    report = api.check(text.encode(), name="m.txt", kind="full_time")
    d = docx.Document(io.BytesIO(render_docx(report)))
    body = "".join(t.text for t in d.element.body.iter(qn("w:t")))
    assert "442000199001011234" in body  # her own document's words are never changed


def test_libreoffice_opens_the_redlined_file(annotated, tmp_path):
    path = tmp_path / "reviewed.docx"
    path.write_bytes(annotated)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=180)
    assert (tmp_path / "reviewed.pdf").stat().st_size > 1000

"""Hostile and broken input, end to end (issue 13).

Every case is built by this file in a temporary folder (nothing large is committed), run
through the real `mamagang` command in a process of its own, and must end with its
documented exit code and words: a one-line error where the input cannot be checked, a report
where its content is legitimate. Never a traceback, never an exit 0 on content that was not
read, at most 30 s and at most 600 MB of peak memory. The peak is the child's own high-water
mark (tests/peak.py): getrusage and wait4 would also count the pages of the test process it
was forked from.

Exit codes (README): 0 no problem, 1 problems found, 2 usage or rule-pack error, 3 a file
that could not be read or checked.
"""

from __future__ import annotations

import io
import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from tests.peak import CLI, peak_env, peak_mb
from tests.reading.builders import (
    add_numbering,
    body_append,
    cid_garbage_pdf,
    deflate_bomb_docx,
    image_only_pdf,
    minimal_docx,
    numbered,
    one_page_pdf,
    owner_password_pdf,
    patch_declared_size,
    pdf_with_scanned_pages,
    raw_pdf,
    real_bomb_docx,
    rezip,
)

MAX_SECONDS = 30
MAX_PEAK_MB = 600


CONTRACT = (
    "劳动合同\n甲方：中山市某某制衣有限公司\n乙方：李某某\n"
    "第一条 合同期限一年，自2026年3月1日至2027年2月28日。\n"
    "第二条 乙方每日工作12小时。\n第三条 乙方月工资1000元，每月10日发放。\n"
    "第四条 乙方入职时交押金500元。\n甲方（盖章）        乙方（签字）\n"
)


@dataclass
class Outcome:
    code: int
    out: str
    err: str
    seconds: float
    peak_mb: float


def run_measured(args: list[str], cwd: Path, stdout: str | None = None) -> Outcome:
    """Run `mamagang ARGS` in a child process that reports its own peak memory as it exits."""
    out_path, err_path, peak_path = cwd / ".stdout", cwd / ".stderr", cwd / ".peak"
    env = peak_env(peak_path)
    with open(stdout or out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.monotonic()
        child = subprocess.Popen([sys.executable, "-c", CLI, *args], cwd=cwd, stdout=out, stderr=err,
                                 stdin=subprocess.DEVNULL, env=env)
        while True:
            pid, status = os.waitpid(child.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > 2 * MAX_SECONDS:
                child.send_signal(signal.SIGKILL)
            time.sleep(0.02)
        seconds = time.monotonic() - start
    child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    text = out_path.read_text(encoding="utf-8", errors="replace") if stdout is None else ""
    return Outcome(child.returncode, text, err_path.read_text(encoding="utf-8", errors="replace"),
                   seconds, peak_mb(peak_path))


@dataclass
class Case:
    id: str
    build: Callable[[Path], list[str]]  # writes the input under the folder, returns the arguments
    code: int
    says: str  # words the answer must contain (stdout or stderr)
    stdout: str | None = None  # a file to send stdout to instead of capturing it


def _write(path: Path, data: bytes | str) -> str:
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path.name


def _check(name: str, data: bytes | str | Callable[[], bytes | str], *extra: str) -> Callable[[Path], list[str]]:
    """A check of one file; `data` may be a function, so large inputs are built only when run."""
    return lambda tmp: ["check", _write(tmp / name, data() if callable(data) else data), *extra]


def _docx_part(xml_edit: Callable[[str], str], text: str = "第一条 合同期限为一年。") -> bytes:
    base = minimal_docx(text)
    with zipfile.ZipFile(io.BytesIO(base)) as zf:
        xml = zf.read("word/document.xml").decode()
    return rezip(base, drop={"word/document.xml"}, add={"word/document.xml": xml_edit(xml).encode()})


def _with_doctype(doctype: str, body: str) -> Callable[[str], str]:
    def edit(xml: str) -> str:
        head = xml.index("?>") + 2
        return (xml[:head] + doctype + xml[head:]).replace(
            "第一条 合同期限为一年。", "第一条 合同期限为一年。</w:t></w:r></w:p><w:p><w:r><w:t>" + body)
    return edit


def _alt_chunk(xml: str) -> str:
    chunk = ('<w:altChunk xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
             'r:id="rIdChunk"/>')
    return xml.replace("<w:sectPr", chunk + "<w:sectPr", 1)


def _many_members() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        for i in range(10_000):
            zf.writestr(f"word/media/x{i}", b"")
    return out.getvalue()


def _partly_unencoded_pdf() -> bytes:
    """A text page whose last clause is in a font without a ToUnicode map (under 30% of it)."""
    lines = [line for line in CONTRACT.splitlines() if line]
    text_ops = b"".join(b"BT /F1 12 Tf 72 %d Td <%s> Tj ET\n" % (760 - 20 * i, line.encode("utf-16-be").hex().encode())
                        for i, line in enumerate(lines))
    hidden = b"BT /F2 12 Tf 72 500 Td <" + "".join(f"{0x0100 + i:04X}" for i in range(20)).encode() + b"> Tj ET"
    content = text_ops + hidden
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 6 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [7 0 R] >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /NoUnicode /Encoding /Identity-H /DescendantFonts [8 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 1000 >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoUnicode "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
    ])


def _huge_numbering_start() -> bytes:
    import docx

    document = docx.Document()
    add_numbering(document, 7, 7, [("upperLetter", "%1.", 2_000_000_000)])
    for text in ("合同期限一年。", "乙方每日工作12小时。", "乙方月工资1000元。"):
        body_append(document, numbered(text, 7))
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _xml_heavy_docx(xml_mb: float) -> bytes:
    """About `xml_mb` MB of document.xml in which markup outweighs text, as converters write it:
    each paragraph has two runs with long run properties and a few random characters (so the
    file does not compress to nothing: 57 MB of XML is about 8 MB of file)."""
    rpr = ('<w:rPr><w:rFonts w:ascii="SimSun" w:hAnsi="SimSun" w:eastAsia="SimSun" w:cs="SimSun"/>'
           '<w:color w:val="000000"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>'
           '</w:rPr>')
    rng = random.Random(13)
    paragraphs, size = [], 0
    while size < xml_mb * 1024 * 1024:
        words = ["".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(4)) for _ in range(2)]
        runs = "".join(f"<w:r>{rpr}<w:t>{word}</w:t></w:r>" for word in words)
        paragraph = f'<w:p><w:pPr><w:spacing w:line="360"/></w:pPr>{runs}</w:p>'
        paragraphs.append(paragraph)
        size += len(paragraph.encode())

    def edit(xml: str) -> str:
        start = xml.index("<w:body>") + len("<w:body>")
        return xml[:start] + "".join(paragraphs) + xml[start:]
    return _docx_part(edit, CONTRACT.replace("\n", " "))


def _ordinary_text(target_chars: int) -> str:
    clauses = [line for line in CONTRACT.splitlines()[3:-1]]
    out, n = [CONTRACT], len(CONTRACT)
    i = 0
    while n < target_chars:
        line = f"第{i + 5}条 " + clauses[i % len(clauses)].split(" ", 1)[1] + "\n"
        out.append(line)
        n += len(line)
        i += 1
    return "".join(out)


def _fifo(tmp: Path) -> list[str]:
    os.mkfifo(tmp / "管道.txt")
    return ["check", "管道.txt"]


def _folder_with_traps(tmp: Path) -> list[str]:
    folder = tmp / "合同"
    folder.mkdir()
    _write(folder / "好的.txt", CONTRACT)
    _write(folder / "坏的.docx", b"PK\x03\x04 broken")
    (folder / "悬空.txt").symlink_to(folder / "不存在.txt")
    (folder / "环").symlink_to(folder)
    os.mkfifo(folder / "管道.txt")
    return ["check", "合同"]


def _long_name(tmp: Path) -> list[str]:
    return ["check", "合" * 200 + ".txt"]


def _control_name(tmp: Path) -> list[str]:
    return ["check", _write(tmp / "合同\x1b[31m红.txt", CONTRACT)]


# ---------------------------------------------------------------- untrusted rule packs

RULE = """id: hostile-probe
title: 测试
severity: warning
relations: [employment]
basis:
  - law: 劳动合同法
    article: 3
    quote: 订立劳动合同，应当遵循合法、公平、平等自愿、协商一致、诚实信用的原则。
{body}
message: {message}
suggestion: 删去。
explain_to_worker: 测试。
examples:
  fail:
    - "劳动合同\\n乙方每日工作12小时。"
  pass:
    - "劳动合同\\n乙方每日工作8小时。"
"""


def _pack(body: str = "forbid:\n  patterns: ['每日工作12小时']", message: str = "有“{{ match }}”。",
          text: str = CONTRACT, extra: dict[str, str] | None = None) -> Callable[[Path], list[str]]:
    def build(tmp: Path) -> list[str]:
        pack = tmp / "规则"
        pack.mkdir()
        _write(pack / "r.yaml", RULE.format(body=body, message=message))
        for name, content in (extra or {}).items():
            (pack / name).parent.mkdir(parents=True, exist_ok=True)
            _write(pack / name, content)
        return ["check", _write(tmp / "合同.txt", text), "--rules", "规则"]
    return build


def _alias_bomb() -> str:
    lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    lines += [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]"
              for i in range(1, 9)]
    return RULE.format(body="forbid:\n  patterns: ['每日工作12小时']", message="有“{{ match }}”。") + "\n".join(lines) + "\n"


PARAMETER = """parameters:
  probe.value:
    description: 测试
    unit: 元
    values:
      - since: {since}
        value: 1
        reference:
          title: 中华人民共和国劳动合同法
          article: 第3条
          quote: 订立劳动合同，应当遵循合法、公平、平等自愿、协商一致、诚实信用的原则。
          source: rules/sources/laodong-hetong-fa.md
        confidence: high
"""


CASES = [
    # --- reading: refused with one line, exit 3
    Case("empty", _check("合同.txt", b""), 3, "文件是空的"),
    Case("zero-width-only", _check("合同.txt", "\u200b\u200c\u200d\u2060\ufeff" * 40), 3, "不可见"),
    Case("random-bytes-docx", _check("合同.docx", random.Random(1).randbytes(8192)), 3, "合同.docx"),
    Case("truncated-docx", _check("合同.docx", lambda: minimal_docx()[:-300]), 3, "合同.docx"),
    Case("legacy-doc", _check("合同.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048), 3, ".doc"),
    Case("encrypted-docx", _check("合同.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
                                  + "EncryptionInfo".encode("utf-16-le") + "EncryptedPackage".encode("utf-16-le")), 3, "密码"),
    Case("image-only-pdf", _check("扫描.pdf", lambda: image_only_pdf(2)), 3, "OCR"),
    Case("cid-garbage-pdf", _check("乱码.pdf", lambda: cid_garbage_pdf()), 3, "OCR"),
    Case("scanned-page-of-three", _check("合同.pdf", lambda: pdf_with_scanned_pages([CONTRACT.splitlines()[:5], None, CONTRACT.splitlines()[5:]])), 3, "第2页没有可识别的文字"),
    Case("partly-unencoded-font", _check("合同.pdf", lambda: _partly_unencoded_pdf()), 3, "缺少文字编码"),
    Case("dtd-entity-clause", _check("合同.docx", lambda: _docx_part(_with_doctype(
        '<!DOCTYPE w:document [<!ENTITY dep "乙方入职须交押金500元。">]>', "&dep;"))), 3, "DTD"),
    Case("billion-laughs", _check("合同.docx", lambda: _docx_part(_with_doctype(
        '<!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">' + "".join(
            f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)) + "]>", "&i;"))), 3, "DTD"),
    Case("xxe", _check("合同.docx", lambda: _docx_part(_with_doctype(
        '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "&x;"))), 3, "DTD"),
    Case("alt-chunk", _check("合同.docx", lambda: _docx_part(_alt_chunk, CONTRACT.replace("\n", " "))), 3, "altChunk"),
    Case("zip-directory-lies", _check("炸弹.docx", lambda: patch_declared_size(real_bomb_docx(64), "word/document.xml", 60 * 1024)),
         3, "炸弹"),
    Case("deflate-bomb-1gb", _check("炸弹.docx", lambda: deflate_bomb_docx(1024)), 3, "炸弹"),
    Case("ten-thousand-members", _check("炸弹.docx", lambda: _many_members()), 3, "炸弹"),
    Case("pdf-flate-bomb", _check("炸弹.pdf", lambda: one_page_pdf(b" " * (1024 * 1024), 64)), 3, "解压后过大"),
    Case("pdf-three-million-operators", _check("炸弹.pdf", lambda: one_page_pdf(b"BT /F1 1 Tf " + b"(a)Tj " * 3_000_000 + b"ET")),
         3, "已拒绝读取"),
    Case("xml-part-of-57-megabytes", _check("重.docx", lambda: _xml_heavy_docx(57)), 3, "过大"),
    Case("text-of-three-million-characters", _check("长.txt", lambda: _ordinary_text(3_000_000)), 3, "文字过多"),
    Case("file-over-twenty-megabytes", _check("大.txt", lambda: "合同" * 3_600_000), 3, "文件过大"),
    Case("fifo", _fifo, 3, "管道.txt"),
    Case("long-file-name", _long_name, 3, "文件名过长"),
    Case("invalid-utf8", _check("合同.txt", b"\xff\xfe\xfd" * 200 + b"\x80\x81" * 300), 3, "合同.txt"),
    # --- legitimate content in odd clothing: a correct report (exit 1: the contract is unlawful)
    Case("ordinary-text-at-the-character-limit", _check("长.txt", lambda: _ordinary_text(490_000)), 1, "押金"),
    Case("xml-heavy-docx-at-the-part-limit", _check("重.docx", lambda: _xml_heavy_docx(23)), 1, "押金"),
    Case("numbering-start-two-billion", _check("编号.docx", lambda: _huge_numbering_start()), 1, "每日工作12小时"),
    Case("thousands-of-numerals", _check("合同.txt", CONTRACT + "第五条 试用期" + "九" * 5000 + "个月。\n"), 1, "押金"),
    Case("gbk-text", _check("合同.txt", CONTRACT.encode("gbk")), 1, "押金"),
    Case("utf16-text", _check("合同.txt", CONTRACT.encode("utf-16")), 1, "押金"),
    Case("pdf-magic-not-at-start", _check("合同.txt", CONTRACT + "附：扫描件文件头 %PDF-1.7\n"), 1, "押金"),
    Case("script-in-a-clause", _check("合同.txt", CONTRACT + "第五条 <script>alert(1)</script>乙方押金另交200元。\n",
                                      "--format", "html"), 1, "&lt;script&gt;"),
    Case("owner-password-pdf", _check("受保护.pdf", lambda: owner_password_pdf([line for line in CONTRACT.splitlines() if line])), 1, "押金"),
    Case("control-characters-in-name", _control_name, 1, "\\u001b"),
    Case("folder-with-bad-files-and-traps", _folder_with_traps, 3, "好的.txt"),
    # --- output that cannot be written: exit 2, one line
    Case("output-into-missing-folder", _check("合同.txt", CONTRACT, "-o", "没有/报告.json"), 2, "没有"),
    Case("output-onto-full-disk", _check("合同.txt", CONTRACT, "-o", "/dev/full"), 2, "磁盘空间已满"),
    Case("stdout-onto-full-disk", _check("合同.txt", CONTRACT), 2, "磁盘空间已满", stdout="/dev/full"),
    # --- untrusted rule packs: refused at load with file:line, or bounded at run time; exit 2
    Case("yaml-alias-bomb", _pack(extra={"bomb.yaml": _alias_bomb()}), 2, "bomb.yaml:"),
    Case("catastrophic-regex", _pack("forbid:\n  patterns: ['(a|aa)+$']", text=CONTRACT + "第五条 " + "a" * 60 + "!\n"),
         2, "超时"),
    Case("catastrophic-mentions", _pack("assert: \"not mentions('(a|aa)+$')\"", text=CONTRACT + "第五条 " + "a" * 60 + "!\n"),
         2, "超时"),
    Case("format-width", _pack("assert: \"('%0999999999d' % 1) == ''\""), 2, "格式宽度过大"),
    Case("center-width", _pack("assert: \"'a'.center(10**15) == ''\""), 2, "长度参数过大"),
    Case("jinja-globals", _pack(message="{{ lipsum(5) }}"), 2, "r.yaml:"),
    Case("template-loop", _pack(message="{% for i in range(10000) %}{% for j in range(10000) %}x{% endfor %}{% endfor %}"),
         2, "r.yaml"),
    Case("macro-recursion", _pack(message="{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}"), 2, "r.yaml"),
    Case("bad-regex-in-mentions", _pack("assert: \"not mentions('[')\""), 2, "r.yaml:"),
    Case("impossible-date-in-rule-notes", _pack("forbid:\n  patterns: ['每日工作12小时']\nnotes: 2026-13-45"), 1, "测试"),
    Case("bad-date-in-parameters", _pack(extra={"parameters/probe.yaml": PARAMETER.format(since="2026-13-45")}), 2,
         "probe.yaml:6"),
    Case("tiers-as-a-list", _pack(extra={"parameters/probe.yaml": PARAMETER.format(since="2026-01-01").replace(
        "    unit: 元\n", "    unit: 元\n    tiers: [一类, 二类]\n")}), 2, "probe.yaml:5"),
]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_input(case: Case, tmp_path: Path) -> None:
    args = case.build(tmp_path)
    outcome = run_measured(args, tmp_path, case.stdout)
    answer = outcome.out + outcome.err
    assert "Traceback" not in answer, answer[-2000:]
    assert outcome.code == case.code, (outcome.code, answer[-2000:])
    assert case.says in answer, answer[-2000:]
    assert outcome.seconds <= MAX_SECONDS, outcome.seconds
    assert outcome.peak_mb <= MAX_PEAK_MB, outcome.peak_mb
    if case.code == 3:
        assert "未发现问题" not in answer
    if case.code in (2, 3) and case.id != "folder-with-bad-files-and-traps":
        assert len(outcome.err.strip().splitlines()) <= 2, outcome.err  # the error and, at most, its summary
    if case.id == "control-characters-in-name":
        assert "\x1b" not in answer
    if case.id == "folder-with-bad-files-and-traps":
        assert all(name in answer for name in ("坏的.docx", "悬空.txt", "管道.txt")), answer
        assert "每日工作12小时" in answer  # the good file's report is not lost

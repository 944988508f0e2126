"""Zip bombs and oversized packages are refused from the central directory, cheaply."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from .builders import deflate_bomb_docx, lying_bomb_docx, minimal_docx, real_bomb_docx

from checker.reading import ReadError, limits, read_document

ROOT = Path(__file__).resolve().parents[2]


def refuse(data: bytes, name: str = "炸弹.docx") -> ReadError:
    with pytest.raises(ReadError) as info:
        read_document(data, name=name)
    return info.value


def test_declared_one_gigabyte_document_xml_is_a_zip_bomb():
    data = lying_bomb_docx(1024 * 1024 * 1024)
    assert len(data) < 100_000
    err = refuse(data)
    assert err.code == "zip_bomb"
    assert str(err).startswith("炸弹.docx：")


def test_real_high_ratio_member_is_a_zip_bomb():
    data = real_bomb_docx(inflated_mb=16)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo("word/document.xml")
        assert info.file_size == 16 * 1024 * 1024 and info.compress_size < info.file_size / 100
    assert refuse(data).code == "zip_bomb"


def test_gigabyte_deflate_bomb_is_refused_and_really_inflates_that_far():
    data = deflate_bomb_docx(1024)
    assert len(data) < 2 * 1024 * 1024
    with zipfile.ZipFile(io.BytesIO(data)) as zf, zf.open("word/document.xml") as member:
        assert member.read(3 * 1024 * 1024) == b" " * (3 * 1024 * 1024)  # the stream is genuine
    assert refuse(data).code == "zip_bomb"


def test_total_declared_size_limit(monkeypatch):
    monkeypatch.setattr(limits, "MAX_ZIP_TOTAL_UNCOMPRESSED", 2000)
    assert refuse(minimal_docx()).code == "zip_bomb"


def test_too_many_members_is_a_zip_bomb(monkeypatch):
    monkeypatch.setattr(limits, "MAX_ZIP_MEMBERS", 5)
    assert refuse(minimal_docx()).code == "zip_bomb"


def test_many_members_refused_from_end_record():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        for i in range(limits.MAX_ZIP_MEMBERS + 1):
            zf.writestr(f"word/media/x{i}", b"")
    assert refuse(out.getvalue()).code == "zip_bomb"


def test_huge_xml_part_within_ratio_is_too_large(monkeypatch):
    monkeypatch.setattr(limits, "MAX_XML_PART_BYTES", 100)
    assert refuse(minimal_docx()).code == "too_large"


def test_normal_docx_passes_the_checks():
    assert read_document(minimal_docx("正常"), name="正常.docx").blocks[0].original == "正常"


def test_bombs_stay_within_memory_bound(tmp_path):
    """Peak RSS of a child that reads real bombs (one truly inflating to 1 GB) and bombs
    declaring 1 GB / 4 GB must stay far below what inflating them would need."""
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from tests.reading.builders import deflate_bomb_docx, lying_bomb_docx, real_bomb_docx
        from checker.reading import ReadError, read_document
        cases = [real_bomb_docx(16), deflate_bomb_docx(1024), lying_bomb_docx(1024 ** 3),
                 lying_bomb_docx(4 * 1024 ** 3 - 1)]
        for data in cases:
            try:
                read_document(data, name="bomb.docx")
            except ReadError as err:
                assert err.code == "zip_bomb", err.code
            else:
                raise SystemExit("bomb was read")
        print("ok")
        """
    )
    from tests.peak import peak_env, peak_mb, with_peak

    peak = tmp_path / "peak"
    result = subprocess.run([sys.executable, "-c", with_peak(script)], capture_output=True, text=True, timeout=120,
                            env=peak_env(peak, PYTHONDONTWRITEBYTECODE="1"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
    assert peak_mb(peak) < 600, f"peak RSS {peak_mb(peak):.0f} MB"


def test_a_member_whose_stream_outgrows_its_declared_size_is_a_bomb_before_anything_inflates_it():
    """The directory says 4 KB; the deflate stream holds 32 MB. zipfile would inflate it in one
    read before comparing sizes; the container check inflates in 64 KB steps and stops."""
    import io
    import zipfile

    from checker.reading import ReadError, read_document
    from tests.reading.builders import patch_declared_size, real_bomb_docx

    data = patch_declared_size(real_bomb_docx(32), "word/document.xml", 4096)
    # the local header keeps its own (zip64) sizes; only the directory lies
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.getinfo("word/document.xml").file_size == 4096
    with pytest.raises(ReadError) as info:
        read_document(data, name="炸弹.docx")
    assert info.value.code == "zip_bomb"


def test_bytes_after_the_end_of_a_stream_end_the_inflation():
    """A mutated .docx found by the fuzz test hung CI: when the output step was filled by the
    same call that reached the end of the stream, the bytes after it stayed in unconsumed_tail
    and were fed again for ever. Run in a child process so a regression fails, not hangs."""
    code = textwrap.dedent(
        """
        import os, zlib
        from checker.reading import limits
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        body = os.urandom(limits.INFLATE_STEP + 30000)
        raw = packer.compress(body) + packer.flush() + b"12345"
        assert limits.inflate_within(raw, 10**7, -15) == body
        assert limits.inflate_within(raw, 10**7, -15, keep=False) == b""
        assert limits.inflate_within(raw, 1000, -15) is None
        print("ok")
        """
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "ok", done.stderr


def test_a_dtd_in_a_part_is_refused_not_read_without_its_entity_text():
    """A clause written only as an internal entity (&dep;) was dropped without a word: the XML
    parser does not expand entities (which also keeps billion laughs and XXE out)."""
    base = minimal_docx("第一条 合同期限为一年。")
    with zipfile.ZipFile(io.BytesIO(base)) as zf:
        xml = zf.read("word/document.xml").decode()
    head = xml.index("?>") + 2
    xml = (xml[:head] + '<!DOCTYPE w:document [<!ENTITY dep "乙方入职须交押金500元。">]>' + xml[head:]).replace(
        "第一条 合同期限为一年。", "第一条 合同期限为一年。</w:t></w:r></w:p><w:p><w:r><w:t>&dep;")
    from .builders import rezip

    err = refuse(rezip(base, drop={"word/document.xml"}, add={"word/document.xml": xml.encode()}))
    assert err.code == "corrupt" and "DTD" in str(err) and "\n" not in str(err)
    assert read_document(base, name="正常.docx").blocks  # a normal file has no DTD


def test_text_past_the_character_limit_is_refused_early_and_in_time(monkeypatch):
    import time

    monkeypatch.setattr(limits, "MAX_TEXT_CHARS", 50_000)
    line = "第一条 乙方每日工作8小时，月工资3000元。\n"
    start = time.perf_counter()
    err = refuse(line.encode() * 20_000, name="很长.txt")  # 480,000 characters
    assert err.code == "too_large" and "50,000" in str(err)
    assert time.perf_counter() - start < 30
    assert read_document(line.encode() * 100, name="短.txt").blocks

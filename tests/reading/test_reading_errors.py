"""Bad input: every refusal is a ReadError with a stable code and a one-line message."""

from __future__ import annotations

import io
import random
import zipfile

import pytest
from .builders import minimal_docx, rezip

from checker.reading import ReadError, read_document, sniff_format
from checker.reading import limits
from checker.reading.errors import CODES, DEFAULT_MESSAGES

OLE2 = bytes.fromhex("D0CF11E0A1B11AE1")


def legacy_doc_bytes() -> bytes:
    """Enough of an OLE2 compound file to be recognised: magic + a 'WordDocument' stream name."""
    return OLE2 + b"\x00" * 504 + "WordDocument".encode("utf-16-le") + b"\x00" * 1000


def refuse(source, name=None) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_document(source, name=name)
    return info.value


def assert_one_line_naming(err: ReadError, file_name: str) -> None:
    message = str(err)
    assert message == err.message
    assert "\n" not in message and "\r" not in message
    assert file_name in message
    assert message.startswith(err.file + "：") and err.file.endswith(file_name)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message)  # Chinese, not a traceback


@pytest.mark.parametrize("name", ["合同.docx", "合同.pdf", "合同.txt", "合同.md"])
def test_empty_file_every_format(write, name):
    err = refuse(write(name, b""))
    assert err.code == "empty"
    assert_one_line_naming(err, name)


@pytest.mark.parametrize("data", [b"   \r\n\t  \n", "\ufeff  \n\u3000\n".encode("utf-8"), "  \n".encode("utf-16")])
def test_whitespace_only_text_is_empty(write, data):
    assert refuse(write("合同.txt", data)).code == "empty"


def test_a_text_of_only_invisible_characters_is_empty_in_every_format(write):
    """Zero-width spaces and joiners, a BOM, a word joiner and bidi marks are not text."""
    invisible = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f" * 50
    for name, data in (("合同.txt", invisible.encode("utf-8")), ("合同.docx", minimal_docx(invisible))):
        err = refuse(write(name, data))
        assert err.code == "empty" and "不可见" in str(err), name
    assert read_document(write("合同.txt", ("劳动合同\u200b第一条").encode("utf-8"))).blocks


@pytest.mark.parametrize("name", ["合同.doc", "合同.docx"])
def test_legacy_doc_even_when_renamed(write, name):
    err = refuse(write(name, legacy_doc_bytes()))
    assert err.code == "legacy_doc"
    assert "另存为" in str(err) and ".docx" in str(err)
    assert_one_line_naming(err, name)


def test_bare_ole2_magic_is_legacy_doc():
    assert refuse(OLE2 + b"\x00" * 600, name="旧合同.doc").code == "legacy_doc"


def test_password_protected_docx_is_encrypted():
    data = OLE2 + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le") + "EncryptedPackage".encode("utf-16-le")
    assert refuse(data, name="加密合同.docx").code == "encrypted"


@pytest.mark.parametrize(
    "data",
    [
        bytes(random.Random(7).randrange(256) for _ in range(4000)) + b"\x00",
        b"PK\x03\x04" + b"\x00garbage" * 100,
    ],
    ids=["random", "zip-magic-then-garbage"],
)
def test_not_a_zip_docx_is_corrupt(write, data):
    err = refuse(write("合同.docx", data))
    assert err.code == "corrupt"
    assert_one_line_naming(err, "合同.docx")


def test_truncated_docx_is_corrupt():
    data = minimal_docx()
    assert refuse(data[: len(data) // 2], name="半截.docx").code == "corrupt"


def test_zip_without_document_xml_is_missing_part():
    data = rezip(minimal_docx(), drop={"word/document.xml"})
    err = refuse(data, name="合同.docx")
    assert err.code == "missing_part"
    assert "word/document.xml" in str(err)


def test_zip_without_content_types_is_missing_part():
    assert refuse(rezip(minimal_docx(), drop={"[Content_Types].xml"}), name="合同.docx").code == "missing_part"


def test_xlsx_is_unsupported():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    err = refuse(out.getvalue(), name="工资表.xlsx")
    assert err.code == "unsupported_format"
    assert "Excel" in str(err)


def test_plain_zip_archive_is_unsupported():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("合同.txt", "第一条")
    assert refuse(out.getvalue(), name="资料.zip").code == "unsupported_format"


def test_member_crc_mismatch_is_corrupt():
    """A member whose declared size is smaller than its data: zipfile stops at the declared
    size and the CRC check fails -> corrupt, never a partial read."""
    from .builders import patch_declared_size

    data = patch_declared_size(minimal_docx(), "word/document.xml", 200)
    assert refuse(data, name="合同.docx").code == "corrupt"


def test_png_is_unsupported(write):
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(200)
    err = refuse(write("合同.png", png))
    assert err.code == "unsupported_format"
    assert_one_line_naming(err, "合同.png")


def test_unknown_binary_extension_is_unsupported(write):
    err = refuse(write("合同.bin", bytes(range(256)) * 4))
    assert err.code == "unsupported_format"


def test_rtf_is_unsupported():
    assert refuse(b"{\\rtf1\\ansi hello}", name="合同.rtf").code == "unsupported_format"


def test_text_in_pdf_clothing_is_corrupt(write):
    assert refuse(write("合同.pdf", "这不是PDF".encode())).code == "corrupt"


def test_undecodable_text(write):
    rng = random.Random(2026)
    data = bytes(rng.choice(range(0x80, 0x100)) for _ in range(3000))
    # precondition: neither codec accepts these bytes
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    with pytest.raises(UnicodeDecodeError):
        data.decode("gb18030")
    err = refuse(write("合同.txt", data))
    assert err.code == "undecodable"
    assert "UTF-8" in str(err)
    assert_one_line_naming(err, "合同.txt")


def test_binary_with_nul_bytes_named_txt_is_undecodable(write):
    assert refuse(write("合同.txt", b"abc\x00\x01\x02\x03" * 50 + b"\x00")).code == "undecodable"


def test_not_found(tmp_path):
    missing = tmp_path / "没有这个文件.docx"
    err = refuse(missing)
    assert err.code == "not_found"
    assert_one_line_naming(err, str(missing))


def test_directory_is_not_a_file(tmp_path):
    assert refuse(tmp_path).code == "not_found"


def test_too_large_input(monkeypatch, write):
    monkeypatch.setattr(limits, "MAX_INPUT_BYTES", 1000)
    path = write("大合同.txt", "第一条".encode() * 1000)
    err = refuse(path)
    assert err.code == "too_large"
    assert_one_line_naming(err, "大合同.txt")
    assert refuse(path.read_bytes(), name="大合同.txt").code == "too_large"


def test_unexpected_library_exception_is_wrapped(monkeypatch):
    import checker.reading.docx_reader as docx_reader

    def explode(data):
        raise RuntimeError("boom from inside python-docx")

    monkeypatch.setattr(docx_reader, "open_docx", explode)
    err = refuse(minimal_docx(), name="合同.docx")
    assert err.code == "corrupt"
    assert "boom" not in str(err)


def test_file_name_with_newline_keeps_message_on_one_line():
    err = refuse(b"", name="坏\n名字.txt")
    assert "\n" not in str(err) and err.code == "empty"


def test_every_code_has_a_one_line_chinese_default_message():
    assert set(CODES) == set(DEFAULT_MESSAGES)
    for code in CODES:
        err = ReadError("合同.docx", code)
        assert_one_line_naming(err, "合同.docx")
        assert err.to_dict() == {"file": "合同.docx", "code": code, "message": str(err)}
    with pytest.raises(ValueError):
        ReadError("x", "no_such_code")


def test_upload_without_name_still_names_something():
    err = refuse(b"")
    assert err.file and str(err).startswith(err.file + "：")


@pytest.mark.parametrize(
    ("data", "kind"),
    [(b"PK\x03\x04rest", "zip"), (b"%PDF-1.7\n", "pdf"), (b"\n\n%PDF-1.4", "pdf"), (b"\x00\xff junk %PDF-1.4", "pdf"), ("合同正文提到 %PDF-1.7 文件头".encode(), "other"), (OLE2, "ole2"),
     (b"{\\rtf1", "rtf"), (b"\x89PNG\r\n\x1a\n", "image"), ("第一条".encode(), "other")],
)
def test_sniff_format(data, kind):
    assert sniff_format(data) == kind


def test_wrong_argument_type_is_a_programming_error():
    with pytest.raises(TypeError):
        read_document(12345)  # type: ignore[arg-type]

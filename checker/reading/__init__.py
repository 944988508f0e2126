"""Read a contract file (.docx / .pdf / .txt / .md) into a `Document` of blocks.

    from checker.reading import read_document, ReadError
    doc = read_document("合同.docx")                 # a path
    doc = read_document(upload_bytes, name="合同.pdf")  # bytes of an upload

The format is sniffed from the content, never trusted from the extension:
PK zip -> .docx, %PDF -> .pdf, OLE2 (D0CF11E0A1B11AE1) -> legacy .doc (refused, even when
named .docx), otherwise text. Every failure is a `ReadError` with a stable `code` and a
one-line Simplified Chinese message naming the file, the reason and what to do; no other
exception escapes `read_document` for bad input.
"""

from __future__ import annotations

import errno
import os
import stat
import unicodedata

from ..document import Document, TooMuchText
from . import limits
from .errors import (
    CODES,
    CORRUPT,
    EMPTY,
    ENCRYPTED,
    LEGACY_DOC,
    NOT_FOUND,
    TOO_LARGE,
    UNSUPPORTED_FORMAT,
    ReadError,
    read_error,
)

__all__ = ["ReadError", "read_document", "sniff_format", "CODES"]

OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_IMAGE_MAGICS = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",
    b"MM\x00*",
    b"BM",
)
_BINARY_DOC_EXTENSIONS = {".docx", ".docm", ".dotx", ".dotm", ".doc", ".pdf", ".wps"}
UPLOAD_NAME = "上传的文件"


def _is_text(prefix: bytes) -> bool:
    try:
        decoded = prefix.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return all(ch.isprintable() or ch in "\r\n\t\ufeff" for ch in decoded)


def sniff_format(data: bytes) -> str:
    """Container format from magic bytes: zip | pdf | ole2 | rtf | image | other."""
    if data.startswith(_ZIP_MAGICS):
        return "zip"
    at = data.find(b"%PDF-", 0, 1024)
    if at >= 0 and not (data[:at].strip() and _is_text(data[:at])):
        # viewers accept the magic anywhere in the first KB, after blank lines or junk bytes
        # some generators prepend; a text that mentions "%PDF-" (a letter, a log) is a text
        return "pdf"
    if data.startswith(OLE2_MAGIC):
        return "ole2"
    if data.lstrip()[:5].lower() == b"{\\rtf":
        return "rtf"
    if data.startswith(_IMAGE_MAGICS) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        return "image"
    return "other"


def _ole2_error(data: bytes, file: str) -> ReadError:
    """OLE2 is a legacy .doc, or a password-protected .docx, or another Office file."""

    def has_stream(name: str) -> bool:
        return name.encode("utf-16-le") in data

    if has_stream("EncryptedPackage") or has_stream("EncryptionInfo"):
        return read_error(file, ENCRYPTED, "Word 文档设有打开密码（已加密），无法读取。请在 Word 中去除密码后另存为 .docx 再上传。")
    if has_stream("WordDocument"):
        return read_error(file, LEGACY_DOC)
    if has_stream("Workbook") or has_stream("Book"):
        return read_error(file, UNSUPPORTED_FORMAT, "这是旧版 Excel 表格文件，不是 Word 合同。请上传 .docx、.pdf 或 .txt 格式的合同。")
    if has_stream("PowerPoint Document"):
        return read_error(file, UNSUPPORTED_FORMAT, "这是旧版 PowerPoint 文件，不是 Word 合同。请上传 .docx、.pdf 或 .txt 格式的合同。")
    return read_error(file, LEGACY_DOC)


def _extension(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def _load(source: object, name: str | None) -> tuple[bytes, str]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        file = name or UPLOAD_NAME
        if len(data) > limits.MAX_INPUT_BYTES:
            raise _too_large(file, len(data))
        return data, file
    path = os.fsdecode(os.fspath(source))
    file = name or path
    try:
        if os.path.isdir(path):
            raise read_error(file, NOT_FOUND, "这是一个文件夹，不是文件。请选择具体的合同文件。")
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            # a FIFO, a device or a socket: reading it could block forever or never end
            raise read_error(file, NOT_FOUND, "这不是普通文件（是管道、设备或套接字），不会读取。请选择保存在磁盘上的合同文件。")
        size = os.path.getsize(path)
        if size > limits.MAX_INPUT_BYTES:
            raise _too_large(file, size)
        with open(path, "rb") as handle:
            data = handle.read(limits.MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise read_error(file, NOT_FOUND) from None
    except PermissionError:
        raise read_error(file, NOT_FOUND, "没有读取该文件的权限。请检查文件权限后再试。") from None
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise read_error(file, NOT_FOUND, "文件名过长（超过系统允许的长度），无法打开。请把文件名改短后再试。") from None
        raise read_error(file, NOT_FOUND, "无法打开文件。请检查文件路径是否正确。", detail=repr(exc)) from None
    if len(data) > limits.MAX_INPUT_BYTES:
        raise _too_large(file, len(data))
    return data, file


def _too_large(file: str, size: int) -> ReadError:
    mb = limits.MAX_INPUT_BYTES // (1024 * 1024)
    return read_error(
        file, TOO_LARGE, f"文件过大（{size / (1024 * 1024):.1f} MB，上限 {mb} MB）。请删去图片等无关内容或拆分后再上传。"
    )


def _dispatch(data: bytes, file: str) -> Document:
    if not data.strip(b" \t\r\n\x00\x0b\x0c"):
        raise read_error(file, EMPTY)
    ext = _extension(file)
    kind = sniff_format(data)
    if kind == "zip":
        from .docx_reader import read_docx

        return read_docx(data, file)
    if kind == "pdf":
        from .pdf_reader import read_pdf

        return read_pdf(data, file)
    if kind == "ole2":
        raise _ole2_error(data, file)
    if kind == "rtf":
        raise read_error(file, UNSUPPORTED_FORMAT, "这是 RTF 格式文件，无法读取。请在 Word 中“另存为” .docx 后再上传。")
    if kind == "image":
        raise read_error(
            file, UNSUPPORTED_FORMAT, "这是图片文件，没有可读取的文字。请先用 OCR 文字识别转成文字版，或上传 Word/PDF/文本版本。"
        )
    if ext in _BINARY_DOC_EXTENSIONS:
        what = "PDF" if ext == ".pdf" else "Word"
        raise read_error(
            file, CORRUPT, f"文件扩展名是 {ext}，但内容不是有效的 {what} 文件（已损坏或被改了扩展名）。请用原软件重新保存后再上传。"
        )
    from .text_reader import read_text

    return read_text(data, file, ext)


def _visible(text: str) -> bool:
    """Whether `text` has a character a reader can see: not whitespace and not a format
    character (zero-width space and joiners, BOM, word joiner, bidi marks: category Cf)."""
    return any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in text)


def read_document(source: str | os.PathLike | bytes, name: str | None = None) -> Document:
    """Read a contract from a path or from the file's bytes.

    `name` is the file name used in messages and for the extension (required in
    spirit for bytes; defaults to the path). Raises ReadError (see errors.CODES).
    """
    is_bytes = isinstance(source, (bytes, bytearray, memoryview))
    if not is_bytes and not isinstance(source, (str, os.PathLike)):
        raise TypeError(f"read_document() needs a path or bytes, not {type(source).__name__}")
    file = name or (UPLOAD_NAME if is_bytes else os.fsdecode(os.fspath(source)))
    try:
        data, file = _load(source, name)
        document = _dispatch(data, file)
        if not any(_visible(block.text) for block in document.blocks):
            raise read_error(file, EMPTY, "文件中没有可见的文字（只有空白或零宽字符等不可见字符）。请确认上传的是填写好的合同文件。")
        return document
    except ReadError:
        raise
    except TooMuchText as exc:
        raise read_error(
            file, TOO_LARGE, f"文档文字过多（读到第 {exc.args[0]:,} 个字时超过上限 {limits.MAX_TEXT_CHARS:,} 字，约 350 页）。"
            "一份合同或规章制度不会这么长：请拆分后分别上传。"
        ) from None
    except MemoryError:
        raise read_error(file, TOO_LARGE) from None
    except RecursionError:
        raise read_error(file, CORRUPT, "文件结构嵌套过深，无法读取。请用原软件重新保存后再上传。") from None
    except Exception as exc:  # any library failure on hostile input
        raise read_error(file, CORRUPT, detail=repr(exc)) from None

"""ReadError: the one exception `read_document` lets out.

Every error carries a stable `code` (used in JSON reports and exit-code decisions)
and a one-line message in Simplified Chinese that names the file, says what is
wrong and what the user can do about it.
"""

from __future__ import annotations

import re

# Stable error codes. Changing one is a breaking change for JSON report consumers.
EMPTY = "empty"
LEGACY_DOC = "legacy_doc"
CORRUPT = "corrupt"
MISSING_PART = "missing_part"
ZIP_BOMB = "zip_bomb"
TOO_LARGE = "too_large"
ENCRYPTED = "encrypted"
NO_TEXT_LAYER = "no_text_layer"
UNSUPPORTED_FORMAT = "unsupported_format"
UNDECODABLE = "undecodable"
NOT_FOUND = "not_found"

CODES = (
    EMPTY,
    LEGACY_DOC,
    CORRUPT,
    MISSING_PART,
    ZIP_BOMB,
    TOO_LARGE,
    ENCRYPTED,
    NO_TEXT_LAYER,
    UNSUPPORTED_FORMAT,
    UNDECODABLE,
    NOT_FOUND,
)

# Default reason + advice per code; `{file}` is filled in. A caller may pass a more
# specific message, which must follow the same "file：reason。advice。" shape.
DEFAULT_MESSAGES = {
    EMPTY: "{file}：文件是空的，没有可检查的文字。请确认上传的是填写好的合同文件。",
    LEGACY_DOC: "{file}：这是旧版 Word（.doc）文件，无法读取。请在 Word 中“另存为” .docx 后再上传。",
    CORRUPT: "{file}：文件已损坏或格式不正确，无法读取。请用原软件重新打开并另存后再上传。",
    MISSING_PART: "{file}：文件不是完整的 Word 文档（缺少正文部分）。请在 Word 中“另存为” .docx 后再上传。",
    ZIP_BOMB: "{file}：文件解压后体积异常（疑似压缩炸弹），已拒绝读取。请上传正常保存的 .docx 文件。",
    TOO_LARGE: "{file}：文件过大，超出读取上限。请删去图片等无关内容或拆分后再上传。",
    ENCRYPTED: "{file}：文件已加密（设有打开密码），无法读取。请去除密码后再上传。",
    NO_TEXT_LAYER: "{file}：PDF 中没有可识别的文字，看起来是扫描图片。请先用 OCR 文字识别转成文字版，或上传 Word/文本版本。",
    UNSUPPORTED_FORMAT: "{file}：不支持的文件格式。请上传 .docx、.pdf 或 .txt/.md 文件。",
    UNDECODABLE: "{file}：无法识别文本编码（既不是 UTF-8 也不是 GBK/GB18030）。请另存为 UTF-8 编码的文本后再上传。",
    NOT_FOUND: "{file}：找不到文件。请检查文件路径是否正确。",
}

_LINE_BREAKS = re.compile(r"[\r\n\t\x00-\x1f\x7f\u2028\u2029]+")


def one_line(text: str) -> str:
    """Collapse line breaks and control characters so a message stays on one line."""
    return _LINE_BREAKS.sub(" ", text).strip()


class ReadError(Exception):
    """A document could not be read.

    Attributes:
        file: the file name as the user gave it (path or upload name).
        code: one of `CODES`, stable across versions.
        message: one line in Simplified Chinese: file, reason, what to do.
    `str(err) == err.message`.
    """

    def __init__(self, file: str, code: str, message: str | None = None, *, detail: str | None = None):
        if code not in CODES:
            raise ValueError(f"unknown ReadError code: {code!r}")
        self.file = one_line(str(file)) or "<未命名文件>"
        self.code = code
        if message is None:
            message = DEFAULT_MESSAGES[code].format(file=self.file)
        self.message = one_line(message)
        self.detail = detail  # technical cause for logs; never shown as the message
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"ReadError(file={self.file!r}, code={self.code!r}, message={self.message!r})"

    def to_dict(self) -> dict[str, str]:
        return {"file": self.file, "code": self.code, "message": self.message}


def read_error(file: str, code: str, reason_and_advice: str | None = None, *, detail: str | None = None) -> ReadError:
    """Build a ReadError whose message is "<file>：<reason_and_advice>"."""
    shown = one_line(str(file)) or "<未命名文件>"
    message = f"{shown}：{reason_and_advice}" if reason_and_advice else None
    return ReadError(file, code, message, detail=detail)

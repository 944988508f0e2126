"""Fixtures for the reader tests (builders live in builders.py)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from .builders import make_pdf


# ---------------------------------------------------------------- fixtures


@pytest.fixture
def write(tmp_path: Path):
    """write(name, data) -> Path of a file in tmp_path with those bytes."""

    def _write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return _write


@pytest.fixture
def new_docx():
    """A fresh python-docx Document to build on."""
    return docx.Document()


@pytest.fixture(scope="session")
def contract_pdf() -> bytes:
    """Three pages with a repeated header, '第 N 页 共 3 页' footers and wrapped CJK paragraphs."""
    long1 = "第一条 本合同期限为三年，自二〇二六年三月一日起至二〇二九年二月二十八日止，其中试用期为二个月，试用期工资不低于转正工资的百分之八十。"
    long2 = "第二条 乙方月工资为人民币３０００元，甲方于每月十五日前以货币形式足额支付上月工资，不得克扣或者无故拖欠。"
    long3 = "第三条 甲方依法为乙方缴纳社会保险费，乙方个人应缴部分由甲方从工资中代扣代缴。"
    return make_pdf(
        [["劳动合同书", long1], [long2], [long3, "甲方（盖章）：", "乙方（签字）："]],
        header="中山市某某制衣厂 劳动合同",
        footer="第 {page} 页 共 {pages} 页",
    )

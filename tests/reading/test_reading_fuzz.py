"""Hostile input never escapes as anything but ReadError, and never as an empty Document."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.reading import ReadError, read_document

from .builders import make_pdf, minimal_docx

DOCX = minimal_docx("第一条 合同期限为一年，月工资3000元。")
PDF = make_pdf([["第一条 合同期限为一年，月工资三千元，每月十五日发放。"]])
NAMES = st.sampled_from(["合同.docx", "合同.pdf", "合同.txt", "合同.md", "合同", "合同.png"])
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def outcome(data: bytes, name: str) -> None:
    try:
        doc = read_document(data, name=name)
    except ReadError as err:
        assert "\n" not in str(err) and str(err).startswith(err.file + "：")
        return
    assert doc.blocks, "a Document is never empty"
    for block in doc.blocks:
        assert block.original.strip()
        if block.offsets is None:
            assert len(block.text) == len(block.original)
        else:  # every character of the matching text comes from the original, in order
            assert len(block.offsets) == len(block.text)
            assert list(block.offsets) == sorted(set(block.offsets))
            assert all(0 <= i < len(block.original) for i in block.offsets)


@FUZZ
@given(data=st.binary(max_size=2000), name=NAMES)
def test_random_bytes(data, name):
    outcome(data, name)


def _mutate(base: bytes, edits: list[tuple[int, int]], cut: int | None) -> bytes:
    buf = bytearray(base)
    for position, value in edits:
        buf[position % len(buf)] = value
    return bytes(buf[:cut] if cut else buf)


EDITS = st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=8)


@FUZZ
@given(edits=EDITS, cut=st.none() | st.integers(min_value=1, max_value=len(DOCX)))
def test_mutated_docx(edits, cut):
    outcome(_mutate(DOCX, edits, cut), "合同.docx")


@FUZZ
@given(edits=EDITS, cut=st.none() | st.integers(min_value=1, max_value=len(PDF)))
def test_mutated_pdf(edits, cut):
    outcome(_mutate(PDF, edits, cut), "合同.pdf")


@pytest.mark.parametrize("base,name", [(DOCX, "合同.docx"), (PDF, "合同.pdf")])
def test_unmutated_bases_read(base, name):
    assert read_document(base, name=name).blocks

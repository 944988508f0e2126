"""Mask personal identifiers in anything we print: excerpts, blocks, logs."""

from __future__ import annotations

import re

# 18-digit resident ID (last char may be X) and 15-digit legacy IDs.
_ID_CARD = re.compile(r"(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])|(?<!\d)(\d{6})\d{6}(\d{3})(?!\d)")
# Mainland mobile numbers, optionally with +86 and separators.
_MOBILE = re.compile(r"(?<!\d)((?:\+?86[- ]?)?1[3-9]\d)[- ]?\d{4}[- ]?(\d{4})(?!\d)")


def _mask_id(m: re.Match[str]) -> str:
    if m.group(1):
        return f"{m.group(1)}********{m.group(2)}"
    return f"{m.group(3)}******{m.group(4)}"


def mask(text: str) -> str:
    """Hide the middle of ID-card and mobile numbers; the length may change."""
    text = _ID_CARD.sub(_mask_id, text)
    return _MOBILE.sub(lambda m: f"{m.group(1)}****{m.group(2)}", text)

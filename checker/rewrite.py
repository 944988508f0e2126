"""Fixes as edits: the sentence a finding points at, replaced by the rule's lawful wording.

A rule may carry `rewrite:` (the lawful sentence). For each finding that has one, the sentence
at its first location is replaced by that wording and the sentences at its other locations are
deleted; edits on the same sentence are merged, so "每日工作10小时，每月休息两天，加班不另计加班费。"
becomes the hours, rest-day and overtime wordings of the three rules it breaks, once.

`plan_edits` is what the .docx writer turns into tracked changes (--redline); `apply_edits`
gives the text with every change accepted, which the checker can check again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checker.document import Document
from checker.findings import Report

SENTENCE_ENDS = "。；！？;!?"
PHRASE_ENDS = "，,"
# What may stand before the sentence proper at the start of a block: a clause number
# ("第七条", "3.2", "（一）", "二、") and a short heading ("押金：").
_NUMBER = re.compile(r"\s*(?:第[一二三四五六七八九十百零〇\d]+[条款项]|\d+(?:\.\d+)*[.、．]?|[（(][一二三四五六七八九十\d]+[)）]|"
                     r"[一二三四五六七八九十]+[、.．])\s*")
_HEADING = re.compile(r"[^，,。；;：:\s]{1,12}[：:]\s*")


@dataclass
class Edit:
    """Replace original[start:end] of block `block` with `new` ("" deletes)."""

    block: int
    start: int
    end: int
    old: str
    new: str
    rules: list[str] = field(default_factory=list)


def sentence_span(text: str, start: int, end: int, from_phrase: bool = False) -> tuple[int, int]:
    """The sentence of `text` holding [start, end): from after the previous sentence end (past a
    clause number and short heading at the start of the block) through the next sentence end.

    `from_phrase` starts at the phrase (comma-separated part) holding `start` instead, so that
    rewriting a figure ("工资每月结算一次，于次月10日发放。") keeps what precedes it in the sentence
    ("按小时计酬，每小时15元，")."""
    stops = SENTENCE_ENDS + (PHRASE_ENDS if from_phrase else "")
    s = start
    while s > 0 and text[s - 1] not in stops and text[s - 1] != "\n":
        s -= 1
    if s == 0 or text[s - 1] == "\n":
        for lead in (_NUMBER, _HEADING):
            m = lead.match(text, s)
            if m and m.end() <= start:
                s = m.end()
    while s < start and text[s].isspace():
        s += 1
    e = max(end, s)
    while e < len(text) and (e == 0 or text[e - 1] not in SENTENCE_ENDS) and text[e] != "\n":
        e += 1
    return s, e


def _sentences(text: str) -> list[str]:
    return [m.group() for m in re.finditer(rf"[^{SENTENCE_ENDS}]+[{SENTENCE_ENDS}]?", text)]


def _join(accumulated: str, new: str) -> str:
    """Append the sentences of `new` that `accumulated` does not already say."""
    for sentence in _sentences(new):
        if sentence.rstrip(SENTENCE_ENDS) not in accumulated:
            accumulated += sentence
    return accumulated


def plan_edits(report: Report) -> list[Edit]:
    """The edits the findings of `report` call for, merged per sentence, in document order."""
    blocks = report.contract.document.blocks
    raw: list[Edit] = []
    for finding in report.findings:
        if not finding.rewrite:
            continue
        for i, location in enumerate(finding.locations or ([finding.location] if finding.location else [])):
            original = blocks[location["block"]].original
            s, e = sentence_span(original, location["start"], location["end"], from_phrase=finding.form == "assert")
            raw.append(Edit(location["block"], s, e, original[s:e], finding.rewrite if i == 0 else "", [finding.rule]))
    merged: list[Edit] = []
    for edit in sorted(raw, key=lambda x: (x.block, x.start, x.end)):
        last = merged[-1] if merged else None
        if last and last.block == edit.block and edit.start < last.end:
            last.end = max(last.end, edit.end)
            last.old = blocks[last.block].original[last.start:last.end]
            last.new = _join(last.new, edit.new)
            last.rules += [r for r in edit.rules if r not in last.rules]
        else:
            merged.append(edit)
    return merged


def apply_edits(document: Document, edits: list[Edit]) -> list[str]:
    """The blocks' original texts with the edits accepted (one string per block)."""
    texts = [b.original for b in document.blocks]
    for edit in sorted(edits, key=lambda x: (x.block, x.start), reverse=True):
        text = texts[edit.block]
        texts[edit.block] = text[:edit.start] + edit.new + text[edit.end:]
    return texts

"""Which parts of a model contract's option lists are the contract.

Official templates offer options and let the parties choose one:

- check boxes: "□固定期限 ☑无固定期限", "(√)综合计算工时", "[x] 月薪";
- a selector: "劳动合同期限按下列第（一）种方式确定：（一）固定期限…（二）无固定期限…",
  or "本合同为（A）…  A.固定期限 B.无固定期限".

When a choice is made (a checked mark in the group, or a filled selector), the options not
chosen are masked: their text cannot produce a fact. When no choice is made, options with
blanks (____, （ ）) are masked and the filled ones stay, but they are "unmarked": facts
that name a kind of thing rather than a value (term_type, hours_system) are not taken from
an unmarked option unless it carries filled values.

The result, per block: `masked`, `chosen` and `unmarked` ranges of block offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checker.document import Block, Document, normalize
from checker.facts.numerals import cn_number

CHECKED = r"\[\s*[xX√✓✔]\s*\]|\(\s*[√✓✔]\s*\)|【\s*[√✓✔xX]\s*】|☑|✓|✔|√|■|☒|⊠|▣|◉|●"
UNCHECKED = r"\[\s*\]|【\s*】|□|☐|◻|❏|○|◯"
_MARK = re.compile(rf"(?P<on>{CHECKED})|(?P<off>{UNCHECKED})")
_TERMINATORS = "。;\n"
BLANK = re.compile(r"_{2,}|\(\s*\)|【\s*】|\[\s*\]")

_LABEL = r"[一二三四五六七八九十]{1,2}|\d{1,2}|[A-Ha-h]"
_SELECTOR = re.compile(
    r"(?:下列|以下|如下|下述|下面)[^。;\n]{0,16}?第\s*[(\[【]?\s*(?P<x>" + _LABEL + r"|_*|\s*)\s*[)\]】]?\s*(?:种|项|款|类)"
    r"|(?:选择|选定|选用|采用|适用|勾选|为)\s*[(\[【]\s*(?P<y>" + _LABEL + r"|_*|\s*)\s*[)\]】]\s*(?:种|项|类|款)?"
)
_OPTION = re.compile(r"\(\s*(?P<a>" + _LABEL + r")\s*\)|(?P<b>" + _LABEL + r")\s*[.、](?!\d)")
_OPTION_BEFORE = set(":。;, \t\u3000")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


@dataclass
class Choices:
    masked: list[tuple[int, int]] = field(default_factory=list)
    chosen: list[tuple[int, int]] = field(default_factory=list)
    unmarked: list[tuple[int, int]] = field(default_factory=list)


def _ordinal(label: str) -> int | None:
    label = label.strip()
    if not label or set(label) <= {"_"}:
        return None
    if label.isdigit():
        return int(label)
    if len(label) == 1 and label.isascii() and label.isalpha():
        return ord(label.upper()) - 64
    value = cn_number(label)
    return int(value) if isinstance(value, (int, float)) else None


def _has_blank(text: str) -> bool:
    return bool(BLANK.search(text))


# ---------------------------------------------------------------- check boxes


def _box_options(block: Block) -> list[tuple[int, int, bool]]:
    """(start, end, checked) for each check-box option in the block."""
    marks = list(_MARK.finditer(block.text))
    options = []
    for i, m in enumerate(marks):
        stop = marks[i + 1].start() if i + 1 < len(marks) else len(block.text)
        for j in range(m.end(), stop):
            if block.text[j] in _TERMINATORS:
                stop = j
                break
        options.append((m.start(), stop, bool(m.group("on"))))
    return options


def _apply_boxes(document: Document, result: dict[int, Choices]) -> None:
    group: list[tuple[Block, list[tuple[int, int, bool]]]] = []

    def flush() -> None:
        decided = any(checked for _, opts in group for _, _, checked in opts)
        # An inline list of unchecked boxes with no blanks ("□标准工时 □综合计算工时") offers
        # choices nobody made: all of it is masked. Boxes one per paragraph may be bullets.
        inline = len(group) == 1 and len(group[0][1]) >= 2
        static = not any(_has_blank(b.text[s:e]) for b, opts in group for s, e, _ in opts)
        for block, opts in group:
            choices = result.setdefault(block.index, Choices())
            for start, end, checked in opts:
                if checked:
                    choices.chosen.append((start, end))
                elif decided or _has_blank(block.text[start:end]) or (inline and static):
                    choices.masked.append((start, end))
                else:
                    choices.unmarked.append((start, end))
        group.clear()

    for block in document.blocks:
        opts = _box_options(block)
        if opts:
            group.append((block, opts))
        elif group:
            flush()
    if group:
        flush()


# ---------------------------------------------------------------- selectors


def _markers(block: Block, start: int = 0) -> list[tuple[int, str, int]]:
    """(position, style, ordinal) of option markers in the block from `start`."""
    found = []
    if start == 0 and block.label:
        m = _OPTION.fullmatch(normalize(block.label).strip())
        if m:
            ordinal = _ordinal(m.group("a") or m.group("b"))
            if ordinal:
                found.append((0, "paren" if m.group("a") else "dot", ordinal))
    for i in range(start, len(block.text)):
        ch = block.original_char(i)
        if ch in _CIRCLED and (i == 0 or block.text[i - 1] in _OPTION_BEFORE):
            found.append((i, "circle", _CIRCLED.index(ch) + 1))
    for m in _OPTION.finditer(block.text, start):
        if m.start() > 0 and block.text[m.start() - 1] not in _OPTION_BEFORE:
            continue
        if block.original_char(m.start()) in _CIRCLED:
            continue
        ordinal = _ordinal(m.group("a") or m.group("b"))
        if ordinal:
            found.append((m.start(), "paren" if m.group("a") else "dot", ordinal))
    found.sort()
    return found


def _selector_options(document: Document, index: int, after: int) -> list[tuple[int, int, int, int]]:
    """Options (block, start, end, ordinal) following a selector in block `index`."""
    options: list[tuple[int, int, int, int]] = []
    expected, style = 1, None
    for j in range(index, min(index + 12, len(document.blocks))):
        block = document.blocks[j]
        markers = _markers(block, after if j == index else 0)
        accepted = []
        for pos, st, ordinal in markers:
            if ordinal == expected and (style is None or st == style):
                if j != index and not accepted:
                    lead = len(block.text) - len(block.text.lstrip())
                    if pos > lead:
                        break  # a following block must open with the next option
                accepted.append(pos)
                style = st
                options.append((j, pos, len(block.text), ordinal))
                expected += 1
        if j != index and not accepted:
            break
        # close each option at the next accepted marker in the same block
        for k in range(len(options) - 1):
            b, s, e, o = options[k]
            nb, ns, _, _ = options[k + 1]
            if nb == b and e > ns:
                options[k] = (b, s, ns, o)
    return options


def _apply_selectors(document: Document, result: dict[int, Choices]) -> None:
    for block in document.blocks:
        for m in _SELECTOR.finditer(block.text):
            raw = m.group("x") if m.group("x") is not None else m.group("y")
            options = _selector_options(document, block.index, m.end())
            if len(options) < 2:
                continue
            chosen = _ordinal(raw or "")
            # No choice written: options with blanks are unfilled; if none has a blank the
            # list is static text and nothing in it was chosen.
            static = not any(_has_blank(document.blocks[b].text[s:e]) for b, s, e, _ in options)
            for b, s, e, ordinal in options:
                choices = result.setdefault(b, Choices())
                text = document.blocks[b].text[s:e]
                if chosen is not None:
                    (choices.chosen if ordinal == chosen else choices.masked).append((s, e))
                elif static or _has_blank(text):
                    choices.masked.append((s, e))
                else:
                    choices.unmarked.append((s, e))


def find_choices(document: Document) -> dict[int, Choices]:
    """Per block index: ranges masked / chosen / unmarked by option lists."""
    result: dict[int, Choices] = {}
    _apply_boxes(document, result)
    _apply_selectors(document, result)
    return result

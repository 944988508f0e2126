"""The text an extractor reads for one block, and how a match becomes a Fact.

A Scope is one block seen through:
- its option choices (options not chosen are masked with NUL characters, see options.py);
- for a table cell, the label of its row (the cell to its left, or the row's first cell)
  put in front of it as context, so "3500元/月" under "月工资" reads "月工资:3500元/月";
- a numeral view (numerals.py) where every number is in Arabic digits.

Extractors match against `scope.view` and call `scope.fact(...)` with view offsets; the
Fact's span is clipped to the block itself (never the borrowed label) and its text is the
block's original words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from checker.document import Block, Document, Span
from checker.facts.fact import Fact
from checker.facts.numerals import NumeralView
from checker.facts.options import BLANK, Choices
from checker.lexicon import Negation

MASK = "\x00"
SENTENCE_END = set("。;!?！？\n" + MASK)
CLAUSE_END = SENTENCE_END | set(",，:")
_CONDITIONAL = re.compile(
    r"如(?:果|遇|因|需|经|有|甲方|乙方|双方|员工|劳动者|用人单位)|假如|倘若|若|凡|一旦|的,|经[^。;,]{0,12}批准"
)


@dataclass
class Scope:
    block: Block
    text: str  # context prefix + masked normalised block text
    offset: int  # where the block starts in `text`
    choices: Choices = field(default_factory=Choices)
    negation: Negation = field(default_factory=Negation.default)
    before: str = ""  # normalised text of the few blocks before this one (signature areas)

    def __post_init__(self) -> None:
        self._view = NumeralView(self.text)
        self.view = self._view.text

    # ------------------------------------------------------------ positions

    def pos(self, index: int) -> int:
        """Offset in `text` of view offset `index`."""
        return self._view.pos(index)

    def sentence(self, index: int) -> tuple[int, int]:
        """View bounds of the sentence around view offset `index`."""
        return self._bounds(index, SENTENCE_END)

    def clause(self, index: int) -> tuple[int, int]:
        """View bounds of the comma-delimited clause around view offset `index`."""
        return self._bounds(index, CLAUSE_END)

    def _bounds(self, index: int, ends: set[str]) -> tuple[int, int]:
        view = self.view
        start = index
        while start > 0 and view[start - 1] not in ends:
            start -= 1
        end = index
        while end < len(view) and view[end] not in ends:
            end += 1
        return start, end

    def in_block(self, index: int) -> bool:
        return self.pos(index) >= self.offset

    # ------------------------------------------------------------ tests

    def negated(self, index: int, window: int | None = None) -> str | None:
        """The negator shortly before view offset `index` (lexicon-driven), if any."""
        return self.negation.negator_before(self.text, self.pos(index), window)

    def conditional(self, index: int) -> bool:
        """Whether the sentence up to `index` is a condition (如…/…的，/经…批准)."""
        start, _ = self.sentence(index)
        return bool(_CONDITIONAL.search(self.view, start, index))

    def has_blank(self, start: int, end: int) -> bool:
        return bool(BLANK.search(self.view, start, end))

    def _within(self, ranges: list[tuple[int, int]], index: int) -> bool:
        pos = self.pos(index) - self.offset
        return any(s <= pos < e for s, e in ranges)

    def chosen(self, index: int) -> bool:
        return self._within(self.choices.chosen, index)

    def unmarked(self, index: int) -> bool:
        return self._within(self.choices.unmarked, index)

    # ------------------------------------------------------------ facts

    def fact(
        self, name: str, value: Any, unit: str | None, start: int, end: int, written: dict | None = None
    ) -> Fact | None:
        """A Fact for view range [start, end), clipped to the block; None if nothing is left."""
        s, e = self._view.span(start, end)
        s, e = max(s, self.offset) - self.offset, e - self.offset
        if e <= s:
            return None
        s, e = self.block.to_original(s, e)
        original = self.block.original
        while s < e and original[s].isspace():
            s += 1
        while e > s and original[e - 1].isspace():
            e -= 1
        if e <= s:
            return None
        return Fact(
            name=name,
            value=value,
            unit=unit,
            text=original[s:e],
            span=Span(self.block.index, s, e),
            page=self.block.page,
            written=written or None,
        )


def _mask(text: str, ranges: list[tuple[int, int]]) -> str:
    if not ranges:
        return text
    chars = list(text)
    for s, e in ranges:
        for i in range(max(s, 0), min(e, len(chars))):
            chars[i] = MASK
    return "".join(chars)


_DIGIT = re.compile(r"\d")


def _label_for(cells: dict[tuple[int, int, int], Block], block: Block) -> str | None:
    """The words a table cell's value is read under: the column header (row 1), the row's
    first cell and the cell to its left, those that are words rather than values, nearest
    last ("月工资:3500元" in a label/value table; "月工资:包装工:3800元" under a header row)."""
    if block.kind != "table_cell" or block.table is None or block.row is None or block.col is None:
        return None
    candidates = []
    if block.row > 1:
        candidates.append(cells.get((block.table, 1, block.col)))
    if block.col > 2:
        candidates.append(cells.get((block.table, block.row, 1)))
    if block.col > 1:
        candidates.append(cells.get((block.table, block.row, block.col - 1)))
    labels = []
    for cell in candidates:
        if cell is not None and cell is not block and cell.text.strip() and not _DIGIT.search(cell.text):
            label = cell.text.strip()
            if label not in labels:
                labels.append(label)
    return ":".join(labels) if labels else None


def build_scopes(document: Document, choices: dict[int, Choices]) -> list[Scope]:
    negation = Negation.default()
    cells = {
        (b.table, b.row, b.col): b
        for b in document.blocks
        if b.kind == "table_cell" and b.table is not None and b.row is not None and b.col is not None
    }
    scopes = []
    for block in document.blocks:
        block_choices = choices.get(block.index, Choices())
        text = _mask(block.text, block_choices.masked)
        label = _label_for(cells, block)
        prefix = f"{label}:" if label else ""
        before = "\n".join(b.text for b in document.blocks[max(0, block.index - 3) : block.index])
        scopes.append(Scope(block, prefix + text, len(prefix), block_choices, negation, before))
    return scopes

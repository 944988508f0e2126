"""The model every stage shares: Document, Block, Clause, Span.

Data flows one way: a reader builds a Document of Blocks; `checker.clauses` groups
the blocks into Clauses; `checker.facts` finds typed Facts with Spans pointing back
into blocks. Nothing here knows about file formats or rules.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

# Control characters other than tab and newline never carry meaning in a contract.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff]")


def _fold_char(ch: str) -> str:
    """NFKC-fold one character when it stays one character.

    Folds full-width digits, letters, punctuation and spaces (３ -> 3, （ -> (),
    Kangxi radicals that PDFs emit (⽅ -> 方) and compatibility ideographs, while
    keeping the string length unchanged so offsets in normalised text are offsets
    in the original text too.
    """
    if ch.isascii():
        return ch
    folded = unicodedata.normalize("NFKC", ch)
    if len(folded) == 1:
        return folded
    if ch == "\u3000":
        return " "
    return ch


def normalize(text: str) -> str:
    """Normalise text for matching; same length as the input, offset for offset."""
    text = _CONTROL.sub(" ", text)
    return "".join(_fold_char(ch) for ch in text)


@dataclass
class Span:
    """A stretch of one block: [start, end) in its (normalised) text."""

    block: int
    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"block": self.block, "start": self.start, "end": self.end}


@dataclass
class Block:
    """One paragraph, heading, list item or table cell, in reading order.

    `text` is normalised (see `normalize`) and has the same length as `original`,
    so a Span is valid in both. `label` is a clause/list number that is not part
    of the text itself (Word auto-numbering), e.g. "第三条" or "1.".
    """

    index: int
    text: str
    original: str = ""
    kind: str = "paragraph"  # paragraph | heading | list_item | table_cell
    page: int | None = None
    where: str | None = None  # human location, e.g. "表1 第2行 第3列"
    table: int | None = None  # 1-based table number for table cells
    row: int | None = None  # 1-based
    col: int | None = None  # 1-based
    label: str | None = None  # auto-numbering label not present in text
    level: int | None = None  # list level (0-based) for numbered paragraphs
    style: str | None = None
    source: Any = field(default=None, repr=False, compare=False)  # link to the source element

    def __post_init__(self) -> None:
        if not self.original:
            self.original = self.text
        if len(self.text) != len(self.original):  # keep the offset invariant
            self.text = normalize(self.original)

    @property
    def display_text(self) -> str:
        """Text as a reader sees it, auto-number label included."""
        return f"{self.label} {self.original}" if self.label else self.original

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"index": self.index, "kind": self.kind, "text": self.original}
        for name in ("page", "where", "table", "row", "col", "label", "level", "style"):
            value = getattr(self, name)
            if value is not None:
                data[name] = value
        return data


@dataclass
class Document:
    """A read document: where it came from and its blocks in reading order."""

    source: str
    format: str  # docx | pdf | txt
    blocks: list[Block] = field(default_factory=list)

    @classmethod
    def from_text(cls, text: str, source: str = "<text>", fmt: str = "txt") -> "Document":
        """One block per non-empty line (the plain-text reader's model)."""
        blocks = []
        for line in text.splitlines():
            line = line.strip()
            if line:
                blocks.append(Block(index=len(blocks), text=normalize(line), original=line))
        return cls(source=source, format=fmt, blocks=blocks)

    def add(self, original: str, **attrs: Any) -> Block:
        """Append a block, normalising its text; returns it."""
        block = Block(index=len(self.blocks), text=normalize(original), original=original, **attrs)
        self.blocks.append(block)
        return block

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


@dataclass
class Clause:
    """A numbered unit of the contract spanning blocks [first_block, last_block]."""

    number: str | None
    title: str
    first_block: int
    last_block: int
    text: str = ""
    topics: list[str] = field(default_factory=list)
    level: int = 0
    heading_only: bool = False  # the first block is just "第八条 押金与证件", no sentence

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "blocks": [self.first_block, self.last_block],
            "topics": list(self.topics),
        }

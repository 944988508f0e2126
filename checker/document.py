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

from checker.script import fold_variants, is_traditional, to_simplified

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
    """Normalise text for matching; same length as the input, offset for offset.

    Control and zero-width characters become spaces, compatibility forms are folded
    (NFKC per character), traditional characters become simplified and written variants
    (薪金, 合约) the words rules use (checker.script, rules/lexicon/variants.yaml).
    """
    return fold_variants(_fold(text))


def _fold(text: str) -> str:
    """Control characters to spaces, NFKC per character, traditional to simplified (same length)."""
    return to_simplified("".join(_fold_char(ch) for ch in _CONTROL.sub(" ", text)))


def _joinable(text: str, i: int) -> bool:
    """Whether the lone space at text[i] is an artefact of copying, not a separator: between two
    Chinese characters, a Chinese character and a digit, a Chinese character and Chinese punctuation,
    or inside a number written with a space as the thousands separator ("2 300 元")."""
    left, right = text[i - 1], text[i + 1]
    left_han, right_han = is_han(left), is_han(right)
    if (left_han and (right_han or right.isdigit())) or (right_han and left.isdigit()):
        return True
    # "培训期间 （前10天）", "工资 ，按月发放": a space beside Chinese punctuation (folded to ASCII)
    if (left_han and right in _OPENING_PUNCT + _CLOSING_PUNCT) or (right_han and left in _CLOSING_PUNCT):
        return True
    if not (left.isdigit() and right.isdigit()):
        return False
    # "3 0 0 0 元", "2 6 00 元": digits spaced one by one (a lone digit on either side)
    lone_left = i < 2 or not text[i - 2].isdigit()
    lone_right = i + 2 >= len(text) or not text[i + 2].isdigit()
    return lone_left or lone_right or bool(_THOUSANDS.match(text, i + 1))


_OPENING_PUNCT = "(“‘《「【"
_CLOSING_PUNCT = ")”’》」】,.;:!?、。"
_THOUSANDS = re.compile(r"\d{3}(?![\d.])")


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def matching_text(original: str) -> tuple[str, tuple[int, ...] | None]:
    """The text rules and extractors read, and its offset map back to `original`.

    The text is folded as by `normalize`, and a lone space that copying from web pages and PDFs
    leaves (see `_joinable`: "每 月 15 日", "不予 发放", "3 0 0 0 元") is dropped, before written
    variants are folded. Runs of two or more spaces and tabs stay: they separate fields
    ("甲方：某厂  乙方：李某").

    The map is None when nothing was dropped (then offsets are the same in both texts);
    otherwise map[i] is the offset in `original` of character i of the text.
    """
    text = _fold(original)
    drop = [i for i in range(1, len(text) - 1)
            if text[i] == " " and text[i - 1] != " " and text[i + 1] != " " and _joinable(text, i)]
    if not drop:
        return fold_variants(text), None
    dropped = set(drop)
    keep = tuple(i for i in range(len(text)) if i not in dropped)
    # variants last: "合 约" written letter-spaced is 合约 once the spaces are gone
    return fold_variants("".join(text[i] for i in keep)), keep


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

    `text` is what rules read (see `matching_text`): normalised, simplified, copy-artefact
    spaces dropped. `original` is the user's words. `offsets` maps text offsets to original
    offsets (None: the same). Spans (facts, findings) are in `original` offsets: use
    `to_original` on a match in `text`. `label` is a clause/list number that is not part
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
    # where the block came from, for writers that annotate the source file: for .docx
    # (paragraph number among the body's w:p elements, offset of `original` in its text)
    source: Any = field(default=None, repr=False, compare=False)
    offsets: tuple[int, ...] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.original:
            self.original = self.text
        if self.offsets is None and len(self.text) != len(self.original):  # keep the offset invariant
            self.text, self.offsets = matching_text(self.original)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Offsets [start, end) in `text` as offsets in `original`."""
        if self.offsets is None:
            return start, end
        n = len(self.offsets)
        s = self.offsets[start] if start < n else len(self.original)
        e = self.offsets[end - 1] + 1 if 0 < end <= n else (len(self.original) if end > n else s)
        return s, max(s, e)

    def original_char(self, index: int) -> str:
        """The original character behind character `index` of `text`."""
        return self.original[self.offsets[index] if self.offsets is not None else index]

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


class TooMuchText(Exception):
    """A reader passed Document.max_chars (args[0]: the characters read so far)."""


@dataclass
class Document:
    """A read document: where it came from and its blocks in reading order."""

    source: str
    format: str  # docx | pdf | txt
    blocks: list[Block] = field(default_factory=list)
    # parts of the file that could not be read ("第2页没有可识别的文字"): the report names them
    # and a report with unread parts is never a pass
    unread: list[str] = field(default_factory=list)
    # the most characters a reader may add (None: no limit); past it add() raises TooMuchText,
    # so that a reader stops at once instead of building blocks nobody can check in time
    max_chars: int | None = field(default=None, repr=False, compare=False)
    chars: int = field(default=0, repr=False, compare=False)

    @classmethod
    def from_text(cls, text: str, source: str = "<text>", fmt: str = "txt") -> "Document":
        """One block per non-empty line (the plain-text reader's model)."""
        document = cls(source=source, format=fmt)
        for line in text.splitlines():
            line = line.strip()
            if line:
                document.add(line)
        return document

    def add(self, original: str, **attrs: Any) -> Block:
        """Append a block, normalising its text; returns it."""
        self.chars += len(original)
        if self.max_chars is not None and self.chars > self.max_chars:
            raise TooMuchText(self.chars)
        text, offsets = matching_text(original)
        block = Block(index=len(self.blocks), text=text, original=original, offsets=offsets, **attrs)
        self.blocks.append(block)
        return block

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    @property
    def traditional(self) -> bool:
        """Written in traditional characters (matched through simplified ones)."""
        return is_traditional("".join(b.original for b in self.blocks[:400]))


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

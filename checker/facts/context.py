"""Small helpers extractors share: keyword regexes, nearest keyword, bounds, lexicon lists."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from checker.document import normalize
from checker.facts.scope import Scope
from checker.lexicon import load_lexicon


def words_re(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first (so 试用期工资 wins over 工资)."""
    return "|".join(re.escape(normalize(w)) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=128)
def keyword_pattern(words: tuple[str, ...]) -> re.Pattern:
    """words_re(words) compiled once per list of words (extractors call it for every block)."""
    return re.compile(words_re(words))


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return load_lexicon("facts")


def nearest(scope: Scope, index: int, vocab: dict[str, str], start: int | None = None) -> tuple[str, int, int] | None:
    """The keyword of `vocab` (word -> category) ending nearest before view offset `index`,
    searched from `start` (default: the start of the sentence). (category, start, end)."""
    pattern, categories = vocab_re(tuple(sorted(vocab.items())))
    lo = scope.sentence(index)[0] if start is None else start
    last = None
    for m in pattern.finditer(scope.view, lo, index):
        last = m
    if last is None:
        return None
    return categories[last.group()], last.start(), last.end()


@lru_cache(maxsize=64)
def vocab_re(items: tuple[tuple[str, str], ...]) -> tuple[re.Pattern, dict[str, str]]:
    categories = {normalize(w): c for w, c in items}
    return re.compile(words_re(categories)), categories


# Upper / lower bounds written before a value: "不超过8小时", "最长不得超过两个月", "不低于150%".
_MAX = re.compile(r"不得超过|不超过|不能超过|不可超过|最长|最多|至多|以内|之内|不高于|上限|最高")
_MIN = re.compile(r"不少于|不低于|不得低于|不能低于|至少|最少|以上|最低|下限")


def bound(text: str) -> str | None:
    """"max" / "min" when `text` (the words around a value) states a bound."""
    if _MAX.search(text):
        return "max"
    if _MIN.search(text):
        return "min"
    return None


def bounded(text: str) -> dict | None:
    """{"bound": "max" | "min"} for `bound(text)`, else None (for `written`)."""
    b = bound(text)
    return {"bound": b} if b else None


def merge(*parts: dict | None) -> dict | None:
    out: dict = {}
    for part in parts:
        if part:
            out.update(part)
    return out or None

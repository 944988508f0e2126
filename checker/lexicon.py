"""Lexicons lawyers edit (rules/lexicon/*.yaml), loaded once, and the negation test.

The lexicon lives in the rule pack, not in code, so that a lawyer can add a negator
or a topic keyword without touching Python.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from checker.document import normalize
from checker.resources import rules_dir


@lru_cache(maxsize=None)
def load_lexicon(name: str, root: str | None = None) -> Any:
    """Load rules/lexicon/<name>.yaml (from the bundled pack unless root is given)."""
    base = Path(root) if root else rules_dir() / "lexicon"
    with open(base / f"{name}.yaml", encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_LOADER)


# libyaml's parser when PyYAML has it (the wheels do): the lexicons are read on every cold check
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Negation:
    """Decides whether a keyword at a position is negated by a word shortly before it."""

    def __init__(self, negators: list[str], not_negators: list[str], window: int, boundaries: str,
                 label_negators: list[str] = (), label_empty: list[str] = (), label_words: list[str] = ()) -> None:
        self.negators = sorted({normalize(n) for n in negators}, key=len, reverse=True)
        self.not_negators = sorted({normalize(n) for n in not_negators}, key=len, reverse=True)
        self.window = window
        self.boundaries = set(normalize(boundaries))
        self.label_negators = tuple(sorted({normalize(n) for n in label_negators}, key=len, reverse=True))
        self.label_empty = {normalize(n) for n in label_empty}
        self.label_words = tuple(normalize(w) for w in label_words)

    @classmethod
    def default(cls) -> "Negation":
        return _default_negation()

    def negator_before(self, text: str, start: int, window: int | None = None) -> str | None:
        """The negator found in the `window` characters before `start`, if any.

        Stops at clause punctuation; ignores look-alikes such as 不少于 / 无固定期限.
        """
        window = self.window if window is None else window
        anchor = self._enumeration_start(text, start)
        lo = anchor
        while lo > 0 and anchor - lo < window and text[lo - 1] not in self.boundaries:
            lo -= 1
        # From the window before the list's first item up to the keyword itself.
        context = text[lo:start]
        # Blank out look-alikes first so that "不少于" does not count as "不".
        for word in self.not_negators:
            context = context.replace(word, "\0" * len(word))
        for word in self.negators:
            if word in context:
                return word
        return None

    def _enumeration_start(self, text: str, start: int) -> int:
        """Move back over a 、-list so that "不收取押金、保证金" negates 保证金 too."""
        while start > 0 and text[start - 1] in "、/":
            k = start - 1
            while k > 0 and start - 1 - k < self.window and text[k - 1] not in self.boundaries and text[k - 1] not in "、/":
                k -= 1
            start = k
        return start

    def is_negated(self, text: str, start: int, window: int | None = None) -> bool:
        return self.negator_before(text, start, window) is not None or self.label_negated(text, start)

    _LABEL_SPAN = 12  # a field label is short: the colon comes within this many characters

    def label_negated(self, text: str, start: int) -> bool:
        """The keyword is a field label whose value denies it: "押金/证件：不收任何押金", "押金：无".
        Only for what an employer takes or imposes (label_words): "社会保险：无" is a denied right."""
        if not text.startswith(self.label_words, start):
            return False
        i = start
        while i < len(text) and i - start <= self._LABEL_SPAN and text[i] not in ":：":
            if text[i] in self.boundaries or text[i] in "。；;\n":
                return False
            i += 1
        if i >= len(text) or text[i] not in ":：" or i - start > self._LABEL_SPAN:
            return False
        j = i + 1
        while j < len(text) and text[j] in " \t*_【】[]「」":
            j += 1
        value = text[j:]
        if value.startswith(self.label_negators):
            return True
        end = next((k for k, ch in enumerate(value) if ch in self.boundaries or ch in "。；;,，\n"), len(value))
        return value[:end].strip(" *_") in self.label_empty


@lru_cache(maxsize=1)
def _default_negation() -> Negation:
    data = load_lexicon("negation")
    return Negation(data["negators"], data.get("not_negators", []), int(data.get("window", 12)), data.get("boundaries", "。；"),
                    data.get("label_negators", []), data.get("label_empty", []), data.get("label_words", []))

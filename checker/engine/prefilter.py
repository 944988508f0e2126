"""Which forbid patterns can match a block at all, found in one pass over the block.

Every match of a regular expression contains at least one of its *required literals*: read from
the expression's syntax tree (a run of plain characters in a sequence; the union over the
branches of an alternation; what a repeat of at least once repeats; a small class of plain
characters). One Aho–Corasick automaton holds the literals of every forbid pattern of the pack,
so a block is scanned once, and only the patterns whose literal occurs in it are run -- the rest
cannot match there. A pattern whose literals cannot be bounded (it could match with none of
them) is always run. Reports are the same with and without the filter (tests/engine/test_prefilter.py).
"""

from __future__ import annotations

import re
from typing import Any, Iterable

try:  # Python 3.11+
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_SMALL_CLASS = 12  # a character class of at most this many plain characters is a set of literals


def required_literals(source: str, flags: int = 0) -> frozenset[str] | None:
    """Strings one of which every match of `source` contains, or None when there is no such set."""
    if flags & re.IGNORECASE:
        return None
    try:
        tree = sre_parse.parse(source, flags)
    except Exception:  # a syntax only the `regex` engine knows: always run the pattern
        return None
    if tree.state.flags & re.IGNORECASE:  # an inline (?i)
        return None
    found = _sequence(list(tree))
    return found if found and all(found) else None


def _sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre_constants.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset(["".join(run)]))
            run = []
        one = _item(op, av)
        if one:
            candidates.append(one)
    if run:
        candidates.append(frozenset(["".join(run)]))
    if not candidates:
        return None
    # the most selective: longest shortest literal, then the fewest literals
    return max(candidates, key=lambda c: (min(len(s) for s in c), -len(c)))


def _item(op: Any, av: Any) -> frozenset[str] | None:
    if op is sre_constants.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is sre_constants.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _sequence(list(branch))
            if not found:
                return None  # a branch that needs no literal: the alternation needs none
            union |= found
        return frozenset(union)
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) or op is getattr(sre_constants, "POSSESSIVE_REPEAT", None):
        low, _high, body = av
        return _sequence(list(body)) if low >= 1 else None
    if op is sre_constants.IN:
        if all(o is sre_constants.LITERAL for o, _ in av) and len(av) <= _SMALL_CLASS:
            return frozenset(chr(c) for _, c in av)
        return None
    if op is getattr(sre_constants, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    return None  # any character, a negated class, an assertion, a back reference: no literal


class Prefilter:
    """For a set of compiled patterns: which of them may match a given text."""

    def __init__(self, patterns: Iterable[Any]) -> None:
        import ahocorasick

        self._always: set[int] = set()
        self._known: set[int] = set()
        by_literal: dict[str, set[int]] = {}
        for pattern in patterns:
            self._known.add(id(pattern))
            compiled = getattr(pattern, "_compiled", pattern)  # an untrusted pattern's own regex
            literals = required_literals(compiled.pattern, getattr(compiled, "flags", 0)) if isinstance(compiled, re.Pattern) else None
            if literals is None:
                self._always.add(id(pattern))
            else:
                for literal in literals:
                    by_literal.setdefault(literal, set()).add(id(pattern))
        self._automaton = ahocorasick.Automaton()
        for literal, owners in by_literal.items():
            self._automaton.add_word(literal, frozenset(owners))
        self._empty = not by_literal
        if not self._empty:
            self._automaton.make_automaton()

    def candidates(self, text: str) -> set[int]:
        """ids of the indexed patterns that may match `text` (the others cannot)."""
        found = set(self._always)
        if not self._empty:
            for _end, owners in self._automaton.iter(text):
                found |= owners
        return found

    def may_match(self, pattern: Any, candidates: set[int]) -> bool:
        return id(pattern) in candidates or id(pattern) not in self._known

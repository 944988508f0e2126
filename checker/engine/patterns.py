"""The pattern language of rules: regular expressions plus three pieces of notation a lawyer
can read, expanded before the pattern is compiled.

- `{…N}`  "within the same sentence, at most N characters apart": nothing in between that ends
  a sentence (。；;). `离职{…12}不得` matches 离职后两年内不得. A semicolon followed by a
  consequence (否则, 逾期, 违者, 未经…) does not end it: "年休假须当年休完；逾期未休的，视为作废"
  is one provision.
- `{，N}` "within the same clause, at most N characters apart": neither a sentence end nor a
  comma in between. `押金{，6}不退` matches 押金一律不退 but not 押金已收，工资不退.
- `@名称` a named phrase list from rules/lexicon/phrases.yaml, any one of its phrases:
  `@社保` is 社会保险|社保|五险. The longest declared name at that place is taken.

An unknown `@名称` or a malformed `{…N}` is a rule error found at load (`PatternError`), with
a "did you mean" for a near miss. Patterns are compiled once and cached.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from checker.document import normalize

# a consequence after a semicolon ("年休假须当年休完；逾期未休的，视为放弃") belongs to the
# provision before it: the semicolon before such a word does not end the sentence
CONSEQUENCE = "(?:否则|逾期|违者|违反者|过期|超期|未按|未经|未办|未满|未休|不按)"
SENTENCE_GAP = "(?:[^。；;]|[；;](?=\\s*" + CONSEQUENCE + "))"
CLAUSE_GAP = "[^。；;，,]"
_GAP = re.compile(r"\{(…|，)(\d{1,3})\}")
_BAD_GAP = re.compile(r"\{(?:…|，)[^}]*\}")


class PatternError(ValueError):
    """A pattern that cannot be expanded or compiled (the message is in Chinese)."""


@lru_cache(maxsize=1)
def phrase_lists() -> dict[str, tuple[str, ...]]:
    from checker.lexicon import load_lexicon

    data = load_lexicon("phrases") or {}
    return {str(name): tuple(str(p) for p in phrases) for name, phrases in data.items()}


def _phrase(name: str, phrases: tuple[str, ...]) -> str:
    # each phrase is literal text; longer first so that 社会保险 wins over 社保 where both fit
    return "(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + ")"


def expand(pattern: str, lists: dict[str, tuple[str, ...]] | None = None) -> str:
    """The plain regular expression a rule pattern stands for."""
    lists = phrase_lists() if lists is None else lists
    names = sorted(lists, key=len, reverse=True)
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if ch == "@":
            name = next((n for n in names if pattern.startswith(n, i + 1)), None)
            if name is None:
                word = re.match(r"[\w\u4e00-\u9fff]+", pattern[i + 1 :])
                wanted = word.group() if word else ""
                close = difflib.get_close_matches(wanted, names, n=1, cutoff=0.4) if wanted else []
                hint = f"（是不是“@{close[0]}”？）" if close else ""
                raise PatternError(f"没有名为“@{wanted}”的用语表{hint}（用语表见 rules/lexicon/phrases.yaml）")
            out.append(_phrase(name, lists[name]))
            i += 1 + len(name)
            continue
        if ch == "{":
            gap = _GAP.match(pattern, i)
            if gap:
                out.append((SENTENCE_GAP if gap.group(1) == "…" else CLAUSE_GAP) + "{0," + gap.group(2) + "}")
                i = gap.end()
                continue
            bad = _BAD_GAP.match(pattern, i)
            if bad:
                raise PatternError(f"“{bad.group()}”写法有误：相隔的字数写成 {{…12}}（同一句内）或 {{，12}}（同一分句内）")
        out.append(ch)
        i += 1
    return "".join(out)


@lru_cache(maxsize=4096)
def compile_pattern(pattern: str, trusted: bool = True):
    """Expand, normalise (as the document text is) and compile; PatternError when it cannot.

    The bundled pack is trusted and compiled with `re`. Patterns of other rule directories
    (--rules: anyone may have written them) are compiled with the `regex` engine and every
    match is given REGEX_TIMEOUT seconds: a pattern such as (a+)+$ that backtracks without end
    on "aaaa…ab" stops with PatternTimeout (a rule error, exit 2) instead of hanging the check."""
    source = normalize(expand(pattern))
    try:
        compiled = re.compile(source)
    except re.error as exc:
        raise PatternError(f"正则表达式“{pattern}”有误：{exc}") from None
    if trusted:
        return compiled
    import regex

    return _Timed(regex.compile(source, flags=regex.V0), pattern)


REGEX_TIMEOUT = 1.0  # seconds for one search over one block of text

# mentions('…') patterns written in untrusted rule files (RuleSet.untrusted_mentions; the
# evaluator registers them): they are compiled timed too
UNTRUSTED_MENTIONS: set[str] = set()


class PatternTimeout(RuntimeError):
    """An untrusted pattern that ran out of time: a rule error, never 未能确定."""


class _Timed:
    """A `regex` pattern whose every search runs under REGEX_TIMEOUT (same methods as re.Pattern)."""

    def __init__(self, compiled, source: str) -> None:
        self._compiled, self.source = compiled, source
        self.pattern = compiled.pattern

    def _call(self, method: str, *args, **kwargs):
        try:
            result = getattr(self._compiled, method)(*args, timeout=REGEX_TIMEOUT, **kwargs)
            return list(result) if method == "finditer" else result
        except TimeoutError:
            raise PatternTimeout(f"用语“{self.source}”匹配超时（超过 {REGEX_TIMEOUT:g} 秒，可能是嵌套的重复写法，如 (a+)+）") from None

    def search(self, *args, **kwargs):
        return self._call("search", *args, **kwargs)

    def match(self, *args, **kwargs):
        return self._call("match", *args, **kwargs)

    def fullmatch(self, *args, **kwargs):
        return self._call("fullmatch", *args, **kwargs)

    def finditer(self, *args, **kwargs):
        return iter(self._call("finditer", *args, **kwargs))

    def findall(self, *args, **kwargs):
        return self._call("findall", *args, **kwargs)


def raw_fragments(pattern: str) -> int:
    """How many raw regex constructs a pattern still has (negated classes, lookarounds, counted
    repeats): the measure of how much regex a lawyer must read. The notation above counts 0."""
    plain = _GAP.sub("", pattern)
    return len(re.findall(r"\[\^[^\]]*\](?:\{\d*,?\d*\}|[*+?])?|\(\?<?[=!]|\{\d*,\d*\}", plain))

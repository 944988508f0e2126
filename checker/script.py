"""Traditional Chinese (繁體) seen through simplified characters, for matching only.

Copied templates from Hong Kong, Taiwan or old web pages are often in traditional script;
rules, lexicons and law texts are simplified. OpenCC's `t2s` table folds the text before
matching, while blocks keep the original characters for excerpts.

Why OpenCC (the `opencc` package, BYVoid's own binding of the C++ library): it is the
reference converter, maintained, ships wheels for every platform we run on, converts a
contract in microseconds and loads in ~15 ms. `t2s` keeps the phrase-level context
(乾隆 stays, 乾燥 -> 干燥) and, for traditional -> simplified, practically always keeps the
length; where it does not, the text is converted character by character so that every
offset into the folded text is an offset into the original.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """`text` in simplified characters, same length (offset for offset)."""
    if text.isascii():
        return text
    converted = _converter().convert(text)
    if len(converted) == len(text):
        return converted
    convert = _converter().convert
    return "".join(c if len(c := convert(ch)) == 1 else ch for ch in text)


@lru_cache(maxsize=1)
def _variants() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """rules/lexicon/variants.yaml: written variants (薪金, 合约) -> the words rules use (工资, 合同)."""
    import yaml

    from checker.resources import rules_dir

    path = rules_dir() / "lexicon" / "variants.yaml"
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) if path.is_file() else None
    pairs = {to_simplified(str(k)): str(v) for k, v in (data or {}).items()}
    for old, new in pairs.items():
        if len(old) != len(new):
            raise ValueError(f"{path}: “{old}”和“{new}”字数不同，替换会让原文位置错开")
    if not pairs:
        return None, {}
    return re.compile("|".join(re.escape(k) for k in sorted(pairs, key=len, reverse=True))), pairs


def fold_variants(text: str) -> str:
    """Replace written variants by the words rules use, same length (offsets stay valid)."""
    pattern, pairs = _variants()
    if pattern is None or text.isascii():
        return text
    return pattern.sub(lambda m: pairs[m.group()], text)


def traditional_chars(text: str) -> int:
    """How many characters of `text` are traditional forms (change under t2s)."""
    return sum(1 for a, b in zip(text, to_simplified(text)) if a != b)


def is_traditional(text: str) -> bool:
    """Written in traditional script: a few simplified look-alikes in a simplified text do not count."""
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    changed = traditional_chars(text)
    return changed >= 3 and changed >= 0.05 * max(han, 1)

"""A "numeral view" of a block: Chinese numerals converted by cn2an, with an offset map.

Extractors match regular expressions against the view, where every number is written
with Arabic digits ("试用期六个月" -> "试用期6个月", "贰仟伍佰元" -> "2500元",
"百分之二十" -> "20%", "1.5万元" -> "15000元", "3,500元" -> "3500元"), then map the
match back to the block's own offsets with `NumeralView.span`, so a Fact's Span and
text are always those of the original words.

cn2an does all numeral work; this module only finds the runs to hand to it. A run is
left untouched (and so produces no number) when converting it would be a guess:
- runs of unit characters only (万, 千万, 百) and runs cn2an rejects (万一);
- two- or three-character digit-by-digit runs without 〇/零 (三四个月, 一两天 are
  approximations, not 34 or 12) -- except before 折/成 (八五折 -> 85);
- runs touching an Arabic digit (统一3500元 must not become 13500);
- 一 in words (一定, 一律, 一方, 一致, 统一, 唯一…) and 十 in 十分 (very), so that keyword
  regexes see those words as written.
Other words such as 第一/一次性 do become 第1/1次性 in the view, which is harmless: only
extractors that need a number next to a unit or keyword ever read a number. A keyword
regex that contains a numeral must be written as the view shows it (一天 -> 1天).
"""

from __future__ import annotations

import atexit
import json
import re
import warnings
from functools import lru_cache

CN_DIGITS = "零〇一二两三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖"
CN_UNITS = "十百千万亿拾佰仟萬億廿"
_CN = CN_DIGITS + CN_UNITS

# Words in which 一 is not a number; keyword regexes can then match them in the view
# (以完成一定工作任务为期限 stays as written).
_YI_WORD_AFTER = set("定律方致切般旦起些并经同直贯样体应概再向如则味道时齐")
_YI_WORD_BEFORE = set("统唯同之逐万某专划")

_TOKEN = re.compile(
    rf"(?P<pct>百分之\s*(?P<pctnum>[{_CN}]+(?:点[{_CN}]+)?|\d+(?:\.\d+)?))"
    rf"|(?P<ar>(?<![\d.])(?:\d{{1,3}}(?:,\d{{3}})+(?![\d])|\d+)(?:\.\d+)?)(?P<wan>\s*[万萬])?"
    rf"|(?P<cn>[{_CN}]+(?:点[{_CN}]+)?)"
)

NUM = r"(?<![\d.])\d+(?:\.\d+)?"


def clean_number(value: float | int) -> float | int:
    """An int when the value is whole, else the float rounded to 4 places."""
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        return round(value, 4)
    return value


def to_number(text: str) -> float | int:
    """Parse an Arabic number from the view ("3500", "1.5")."""
    return clean_number(float(text))


MAX_CN_RUN = 24  # Chinese numerals in one figure (一千二百三十四万五千六百七十八点五 is 17)


def _fmt(value: float | int) -> str:
    value = clean_number(value)
    if isinstance(value, int):
        return str(value)
    return f"{value:f}".rstrip("0").rstrip(".")


@lru_cache(maxsize=4096)
def cn_number(run: str) -> float | int | None:
    """cn2an's reading of a Chinese numeral run, or None when it is not a number."""
    if not any(ch in CN_DIGITS or ch in "十拾廿" for ch in run):
        return None  # unit characters only: 万 / 千万 / 百
    memo = _memo()
    if run in memo:
        return memo[run]
    import cn2an  # ~0.15 s to import: only for a run no earlier run has read

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            value = clean_number(cn2an.cn2an(run, "smart"))
        except Exception:  # cn2an raises ValueError (and others) on non-numbers
            value = None
    if len(memo) < _MEMO_MAX:
        memo[run] = value
        _MEMO_STATE["dirty"] = True
    return value


# cn2an's readings are kept between runs (checker/cache.py), keyed by the installed cn2an (its
# file's path, size and modification time): a cold check of an ordinary contract then reads
# every numeral from the memo and never imports cn2an. Results are cn2an's own, never ours.
_MEMO_MAX = 50_000
_MEMO_STATE: dict = {"values": None, "dirty": False, "key": None}


def _memo_key() -> str | None:
    import importlib.util
    import os

    spec = importlib.util.find_spec("cn2an")
    if spec is None or not spec.origin:
        return None
    st = os.stat(spec.origin)
    return f"{spec.origin}|{st.st_size}|{st.st_mtime_ns}"


def _memo_path():
    from checker.cache import cache_dir

    folder = cache_dir()
    return folder / "cn2an-readings.json" if folder is not None else None


def _memo() -> dict:
    if _MEMO_STATE["values"] is None:
        values: dict = {}
        try:
            key, path = _memo_key(), _memo_path()
            _MEMO_STATE["key"] = key
            if key and path is not None and path.is_file():
                data = json.loads(path.read_text(encoding="utf-8"))
                if data.get("key") == key and isinstance(data.get("values"), dict):
                    values = data["values"]
        except (OSError, ValueError):
            values = {}
        _MEMO_STATE["values"] = values
        atexit.register(_save_memo)
    return _MEMO_STATE["values"]


def _save_memo() -> None:
    if not _MEMO_STATE["dirty"] or not _MEMO_STATE["key"]:
        return
    from checker.cache import write_atomically

    path = _memo_path()
    if path is None:
        return
    payload = {"key": _MEMO_STATE["key"], "values": _MEMO_STATE["values"]}
    write_atomically(path, json.dumps(payload, ensure_ascii=False).encode("utf-8"))


class NumeralView:
    """`text` with numerals in Arabic digits, and a map from view offsets to `source` offsets."""

    def __init__(self, source: str) -> None:
        self.source = source
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        pos = 0

        def copy(upto: int) -> None:
            nonlocal pos
            for i in range(pos, upto):
                out.append(source[i])
                starts.append(i)
                ends.append(i + 1)
            pos = upto

        for m in _TOKEN.finditer(source):
            for start, end, repl in self._convert(m, source):
                copy(start)
                for ch in repl:
                    out.append(ch)
                    starts.append(start)
                    ends.append(end)
                pos = end
        copy(len(source))
        self.text = "".join(out)
        self._starts = starts
        self._ends = ends

    @staticmethod
    def _convert(m: re.Match, source: str) -> list[tuple[int, int, str]]:
        """Replacements (start, end, text) for one token; empty to leave it as written."""
        if m.group("pct"):
            raw = m.group("pctnum")
            value = to_number(raw) if raw[0].isdigit() else cn_number(raw)
            return [] if value is None else [(m.start(), m.end(), _fmt(value) + "%")]
        if m.group("ar"):
            raw = m.group("ar")
            digits = raw.replace(",", "")
            if m.group("wan"):
                return [(m.start(), m.end(), _fmt(float(digits) * 10000))]
            if digits != raw:
                return [(m.start(), m.end(), digits)]
            return []
        run = m.group("cn")
        start, end = m.start(), m.end()
        if len(run) > MAX_CN_RUN:
            return []  # 试用期九九九九…: no figure in a contract is written with this many numerals
        before = source[start - 1] if start > 0 else ""
        after = source[end] if end < len(source) else ""
        if before.isdigit() or after.isdigit() or after == ".":
            return []
        if run == "一" and (after in _YI_WORD_AFTER or before in _YI_WORD_BEFORE):
            return []  # 一定 / 一律 / 统一 / 唯一: words, not the number one
        if run == "十" and after == "分" and not source.startswith("分钟", end):
            return []  # 十分 (very), but 十分钟 is ten minutes
        if "点" in run and after == "分":  # 九点三十分: a clock time, not 9.3
            head, tail = run.split("点", 1)
            parts = []
            for s, e, piece in ((start, start + len(head), head), (end - len(tail), end, tail)):
                value = cn_number(piece)
                if value is not None:
                    parts.append((s, e, _fmt(value)))
            return parts
        if all(ch in CN_DIGITS for ch in run) and 2 <= len(run) <= 3 and not any(ch in "〇零" for ch in run):
            if after not in ("折", "成"):
                return []  # 三四个月 / 一两天: an approximation, not a number
        value = cn_number(run)
        if value is None and len(run) >= 3 and run[-1] in "一两" and after and after in "个天日周月年次":
            # "一千六一个月" is 1600 a month: the run ran on into the 一 of 一个月
            head = cn_number(run[:-1])
            if head is not None:
                return [(start, end - 1, _fmt(head))]  # the 一 stays a word: "1600一个月", not 16001
        if value is None:
            return []
        return [(start, end, _fmt(value))]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets [s, e) covering view offsets [start, end)."""
        if end <= start:
            pos = self.pos(start)
            return pos, pos
        return self._starts[start], self._ends[end - 1]

    def pos(self, index: int) -> int:
        """Source offset of view offset `index` (len(view) maps to len(source))."""
        if index >= len(self._starts):
            return len(self.source)
        return self._starts[index]

    def __len__(self) -> int:
        return len(self.text)

"""Female-worker leave: maternity_leave_days (unit "day"), nursing_minutes_per_day (unit "minute").

maternity_leave_days: "产假98天", "享受九十八天产假", "产假178日". Extensions and other cases
are not the base leave: a clause with 增加/延长/另/每多/多胞胎/难产/流产/奖励 ("难产的，增加
产假15天", "怀孕未满4个月流产的，享受15天产假") gives no fact.

nursing_minutes_per_day: "哺乳时间每天1小时" -> 60 (written {"value": 1, "unit": "hour"}),
"每天两次，各30分钟" -> 60 (written {"times": 2, "each": 30}), "每天安排1小时哺乳时间".
Extra time for twins ("每多哺乳1个婴儿每天增加1小时") is not counted.
"""

from __future__ import annotations

import re

from checker.facts.context import bounded, merge
from checker.facts.numerals import NUM, clean_number, to_number
from checker.facts.quantities import dates, durations, first_duration, hour_amounts
from checker.facts.registry import extractor
from checker.facts.scope import Scope

_LEAVE_KW = re.compile(r"(?<![流小])产假")
_EXTRA = re.compile(r"增加|延长|另|每多|多胞胎|难产|流产|奖励|生育奖励|陪产|护理假|男方|配偶")
_GAP_STOP = re.compile(r"内|期间|后|满|工资|待遇|津贴|前|结束")


def _clause_text(scope: Scope, index: int) -> str:
    s, e = scope.clause(index)
    # the clause before too: "怀孕未满4个月流产的，享受15天产假"
    ps, _ = scope.clause(max(s - 1, 0)) if s > 0 else (s, s)
    return scope.view[ps:e]


@extractor("maternity_leave_days")
def maternity_leave_days(scope: Scope):
    view = scope.view
    avoid = [(d.start, d.end) for d in dates(view)]
    for kw in _LEAVE_KW.finditer(view):
        if scope.negated(kw.start()):
            continue
        if _EXTRA.search(_clause_text(scope, kw.start())):
            continue
        _, sentence_end = scope.sentence(kw.end())
        limit = min(sentence_end, kw.end() + 12)
        comma = view.find(",", kw.end(), limit)
        if comma != -1 and view[kw.end() : comma].strip():
            limit = comma
        d = first_duration(view, kw.end(), limit, avoid)
        if d is not None and _EXTRA.search(view[kw.end() : d.end]):
            d = None  # "98天产假，难产增加15天": the number after the comma is an extension
        if d is not None and d.unit in ("day", "month", "week") and not _GAP_STOP.search(view[kw.end() : d.start]):
            written = merge(d.written("day"), bounded(view[kw.end() : d.start]))
            yield scope.fact("maternity_leave_days", d.days, "day", kw.start(), d.end, written)
            continue
        s, _ = scope.clause(kw.start())
        before = [x for x in durations(view, s, kw.start()) if x.unit in ("day", "month", "week")]
        if before and re.fullmatch(r"\s*(?:的)?\s*", view[before[-1].end : kw.start()]):
            d = before[-1]
            yield scope.fact("maternity_leave_days", d.days, "day", d.start, kw.end(), d.written("day"))


_NURSE = re.compile(r"哺乳")
_TIMES = re.compile(rf"(?P<t>{NUM})\s*次\s*[,，]?\s*(?:每次|各|每次各|每回)\s*(?P<n>{NUM})\s*(?:个)?\s*(?P<u>分钟|小时)")
# "上午、下午各30分钟" / "上下午各半小时": two periods, each as stated.
_HALVES = re.compile(rf"(?:上午|上班)\s*[、和及与,]?\s*(?:下午|下班)\s*各\s*(?:安排|给予|享有|有)?\s*(?P<n>{NUM})\s*(?:个)?\s*(?P<u>分钟|小时)|上下午各\s*(?P<n2>{NUM}|半)\s*(?:个)?\s*(?P<u2>分钟|小时)")
_PER_DAY = re.compile(r"每天|每日|每个工作日|1天|每班|劳动时间内|工作时间内")
_NURSE_EXTRA = re.compile(r"增加|每多|多胞胎|多哺乳")


@extractor("nursing_minutes_per_day")
def nursing_minutes(scope: Scope):
    view = scope.view
    seen: set[int] = set()
    for kw in _NURSE.finditer(view):
        s, e = scope.sentence(kw.start())
        if s in seen:
            continue
        seen.add(s)
        if scope.negated(kw.start()):
            continue
        sentence = view[s:e]
        if not _PER_DAY.search(sentence):
            continue
        h = _HALVES.search(view, s, e)
        if h and not _NURSE_EXTRA.search(view, s, h.start()):
            raw, unit = (h.group("n"), h.group("u")) if h.group("n") else (h.group("n2"), h.group("u2"))
            each = (0.5 if raw == "半" else to_number(raw)) * (60 if unit == "小时" else 1)
            lo, hi = min(kw.start(), h.start()), max(kw.end(), h.end())
            yield scope.fact("nursing_minutes_per_day", clean_number(2 * each), "minute", lo, hi,
                             {"times": 2, "each": clean_number(each)})
            continue
        m = _TIMES.search(view, s, e)
        if m and not _NURSE_EXTRA.search(view, s, m.start()):
            each = to_number(m.group("n")) * (60 if m.group("u") == "小时" else 1)
            times = to_number(m.group("t"))
            lo, hi = min(kw.start(), m.start()), max(kw.end(), m.end())
            written = {"times": times, "each": clean_number(each)}
            yield scope.fact("nursing_minutes_per_day", clean_number(times * each), "minute", lo, hi, written)
            continue
        for a in hour_amounts(view, s, e):
            if _NURSE_EXTRA.search(view, s, a.start):
                break
            written = None
            unit_text = view[a.start : a.end]
            if "小时" in unit_text or "钟头" in unit_text:
                written = {"value": clean_number(a.minutes / 60), "unit": "hour"}
            lo, hi = min(kw.start(), a.start), max(kw.end(), a.end)
            yield scope.fact("nursing_minutes_per_day", a.minutes, "minute", lo, hi, written)
            break

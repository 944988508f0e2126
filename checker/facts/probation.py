"""Probation: probation_months (unit "month") and probation_wage_ratio (unit "percent").

probation_months: "试用期六个月" -> 6; "试用期15天" -> 0.5 with written
{"value": 15, "unit": "day"} (a month is 30 days; nothing is rounded away); "约定3个月试用期";
"试用期自2026年3月1日至2026年5月31日" -> 3 (inclusive range, written {"from", "to"});
"试用期从用工之日起至2026年5月31日止" -> months from the contract's start_date.

Not a probation length: "不约定试用期", "无试用期", "试用期：无", "不设试用期" (negated),
"试用期内提前三日通知" (a period inside probation), "试用期满后…", and conditions quoting
the law ("劳动合同期限一年以上不满三年的，试用期不得超过二个月").

Bounds: "试用期不得超过两个月" in the contract's own words still states the agreed maximum:
it is recorded as probation_months 2 with written {"bound": "max"} (rules may treat a max as
the probation agreed).

probation_wage_ratio: "试用期工资为转正工资的70%" -> 70, "按正式工资的百分之八十发放" -> 80,
"试用期工资打八折" -> 80 (written {"value": 8, "unit": "折"}), "八成" -> 80;
"按当地最低工资标准的80%执行" -> 80 with written {"of": "minimum_wage"}. The sentence must
be about probation pay. (probation_wage, the amount, lives with wage in pay.py.)
"""

from __future__ import annotations

import re

from checker.facts.context import bounded, merge
from checker.facts.dates import date_ranges
from checker.facts.quantities import dates, durations, first_duration, months_between, percents
from checker.facts.registry import document_extractor, extractor
from checker.facts.scope import Scope

# "试用期六个月", and "试用三个月" (the 期 left out, as people say it) when a duration follows at once
_KW = re.compile(r"试用期(?:限)?|试用(?=\s*(?:为|是)?\s*[一二两三四五六七八九十半\d]+\s*(?:个)?\s*(?:月|天|日|周|星期))")
_NONE_AFTER = re.compile(r"\s*(?:期限)?\s*(?:为|是|:)?\s*(?:无|没有|不设|不约定|不适用|不存在|免除|取消|0\s*(?:个)?(?:月|天|日))")
_GAP_STOP = re.compile(r"试用|内|间|工资|薪|报酬|满|后|提前|通知|解除|考核|待遇|社保|保险|计入|包含|包括|延长|不满|合同|期限内|每|自|从|至|起")
_AFTER_STOP = re.compile(r"\s*(?:内|后|以上|以下|不满|不足|的|之内|期间)")
_UNITS = ("year", "month", "week", "day", "workday")


@extractor("probation_months")
def probation_months(scope: Scope):
    view = scope.view
    avoid = [(d.start, d.end) for d in dates(view)]
    for kw in _KW.finditer(view):
        if scope.negated(kw.start()) or _NONE_AFTER.match(view, kw.end()) or scope.conditional(kw.start()):
            continue
        sentence_start, sentence_end = scope.sentence(kw.end())
        # duration after the keyword: "试用期为六个月", "试用期：1个月"
        limit = min(sentence_end, kw.end() + 14)
        comma = view.find(",", kw.end(), limit)
        if comma != -1 and view[kw.end() : comma].strip():
            limit = comma
        d = first_duration(view, kw.end(), limit, avoid)
        if d is not None and d.unit in _UNITS:
            gap = view[kw.end() : d.start]
            if not _GAP_STOP.search(gap) and not _AFTER_STOP.match(view, d.end) and not scope.has_blank(kw.end(), d.end):
                written = merge(d.written("month"), bounded(gap))
                yield scope.fact("probation_months", d.months, "month", kw.start(), d.end, written)
                continue
        # "自合作开始之日起三个月为试用期": a duration counted from a start, before the keyword
        # duration before the keyword: "约定3个月试用期", "六个月的试用期"
        before = [d for d in durations(view, sentence_start, kw.start())
                  if d.unit in _UNITS and not any(d.start < b and a < d.end for a, b in avoid)]
        # ... or "其中前三个月（2026年7月6日至2026年10月5日）为试用期"
        lead = re.fullmatch(r"\s*(?:的)?\s*", view[before[-1].end : kw.start()]) if before else None
        if before and not lead and re.search(r"(?:自|从)[^。;,]{0,16}(?:之日|日)\s*起\s*$", view[sentence_start : before[-1].start]):
            lead = re.fullmatch(r"\s*(?:为|作为|是|算)\s*", view[before[-1].end : kw.start()])
        if before and not lead and re.search(r"(?:前|头|最初|开始)\s*$", view[sentence_start : before[-1].start]):
            # "其中前两个月（…）为兼职试用期": a word naming whose probation may stand before it
            lead = re.fullmatch(r"\s*(?:\([^()]{0,30}\))?\s*(?:为|作为|是|算|系)\s*[“\"「『‘]?\s*(?:兼职|新人|新员工|员工|入职|上岗|本合同|合同)?\s*", view[before[-1].end : kw.start()])
        if before and lead:
            d = before[-1]
            if not any(d.start < b and a < d.end for a, b in avoid) and not scope.negated(d.start):
                yield scope.fact("probation_months", d.months, "month", d.start, kw.end(), d.written("month"))


@extractor("probation_months")
def probation_range(scope: Scope):
    for r in date_ranges(scope):
        if r.category != "probation":
            continue
        # no slack: a probation is a maximum, "9月1日至11月1日" is two months and a day
        months = months_between(r.first.date, r.last.date, slack_days=0)
        if months is not None:
            written = {"from": r.first.iso, "to": r.last.iso}
            yield scope.fact("probation_months", months, "month", r.first.start, r.last.end, written)


_FROM_START = re.compile(
    r"试用期[^。;,]{0,6}?(?:从|自)?\s*(?:用工|入职|上岗|合同生效|本合同生效|劳动合同生效|报到|合同签订)之?日\s*(?:起)?\s*(?:至|到)\s*$"
)


@document_extractor("probation_months")
def probation_from_start(scopes: list[Scope], facts: dict):
    starts = facts.get("start_date")
    if not starts:
        return
    import datetime as dt

    start = dt.date.fromisoformat(starts[0].value)
    for scope in scopes:
        if "试用" not in scope.view:
            continue
        for d in dates(scope.view):
            sentence_start = scope.sentence(d.start)[0]
            m = _FROM_START.search(scope.view, sentence_start, d.start)
            if not m or scope.negated(m.start()):
                continue
            months = months_between(start, d.date)
            if months is not None:
                written = {"from": start.isoformat(), "to": d.iso, "start": "start_date"}
                yield scope.fact("probation_months", months, "month", m.start(), d.end, written)


# ---------------------------------------------------------------- ratio

_RATIO_GAP_STOP = re.compile(r"转正后|试用期满|期满后|试用期后|转正以后|加班|延长工作时间|社保|社会保险|扣")
_PAY = re.compile(r"工资|薪|报酬|待遇|发放|支付|计发|折")


@extractor("probation_wage_ratio")
def probation_wage_ratio(scope: Scope):
    view = scope.view
    for p in percents(view, discounts=True):
        sentence_start, _ = scope.sentence(p.start)
        head = view[sentence_start : p.start]
        at = head.rfind("试用")
        if at == -1:
            continue
        gap = head[at:]
        if _RATIO_GAP_STOP.search(gap) or not _PAY.search(gap + view[p.start : p.end + 4]):
            continue
        # "（试用期2,800元），另按成交额的百分之一计发提成": the percent belongs to another
        # clause (another base); a ratio of the probation wage is said of a wage.
        if re.search(r"[)）]\s*[,，]|另[按计以]|成交额|销售额|营业额|提成|佣金", gap):
            continue
        if scope.negated(sentence_start + at):
            continue
        written = merge(p.written, bounded(gap + view[p.end : p.end + 3]))
        if re.search(r"最低工资", gap):  # "按当地最低工资标准的80%执行": a share of the minimum, not of the wage
            written = merge(written, {"of": "minimum_wage"})
        _, sentence_end = scope.sentence(p.end)
        if re.search(r"不(?:得)?低于[^。；;，,]{0,12}最低工资", view[p.end : sentence_end]):
            written = merge(written, {"floor": "minimum_wage"})  # "……的80%，且不低于中山市最低工资标准"
        yield scope.fact("probation_wage_ratio", p.value, "percent", sentence_start + at, p.end, written)

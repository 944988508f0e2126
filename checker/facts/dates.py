"""Dates: start_date, end_date, sign_date (ISO strings, unit "date").

Formats: 2026年3月1日, 2026-03-01, 2026.3.1, 2026/3/1, 二〇二六年三月一日. A blank date
(____年__月__日, 2026年__月__日) is not a date. The role of a date comes from the words
around it: 自/从…起/开始/生效/入职 -> start, 至…止/届满/终止日期 -> end, 签订日期/签约日期/
日期: in a signature area/…于X签订 -> sign. A range "A 至 B" gives start A and end B.

Dates that belong to something else than the contract term (试用期, 竞业限制, 培训/服务期,
产假, 工资调整, 出生日期…), judged by the nearest keyword before the date in its sentence,
are not start/end dates. `date_ranges` is shared with the term and probation extractors.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from checker.facts.context import nearest
from checker.facts.quantities import Date, dates
from checker.facts.registry import extractor
from checker.facts.scope import Scope

TERM = "term"
CONTEXT = {
    **{w: TERM for w in ("合同期限", "劳动合同期限", "期限", "合同", "协议", "有效期", "聘用", "聘期", "固定期限",
                         "无固定期限", "用工期限", "劳动关系", "合作期限", "工作任务", "本合同", "本协议")},
    **{w: "probation" for w in ("试用期", "试用")},
    **{w: "non_compete" for w in ("竞业", "竞业限制", "竞业禁止")},
    **{w: "training" for w in ("培训", "服务期")},
    **{w: "leave" for w in ("产假", "休假", "假期", "哺乳", "孕期", "年休假", "请假")},
    **{w: "pay" for w in ("工资", "薪酬", "报酬", "发放", "支付", "调整", "调薪")},
    **{w: "other" for w in ("出生", "身份证", "保密", "社保", "社会保险", "缴纳", "发证", "营业执照", "证件")},
}
_NOT_TERM = {"probation", "non_compete", "training", "leave", "pay", "other"}

_TO = "至|到|-|—|–|~|－"  # what joins the two dates of a range
_RANGE_LINK = re.compile(rf"\s*(?:起|开始)?\s*(?:(?<=起)[,，]\s*)?(?:{_TO}|止于)+\s*$")  # "从…起，到…止"
_START_AFTER = re.compile(r"\s*(?:起|开始|生效|入职|上岗|报到|起算|正式用工|用工)")
_START_BEFORE = re.compile(r"(?:自|从)\s*$|(?:开始|起始|生效|入职|用工|报到|上岗|起聘|到岗)(?:日期|时间|之日|日)\s*[:为是]?\s*$")
_END_AFTER = re.compile(r"\s*(?:止|为止|终止|届满|期满|到期|结束)")
_END_BEFORE = re.compile(r"(?:至|到)\s*$|(?:终止|结束|到期|届满|期满|截止)(?:日期|时间|日)?\s*[:为是]?\s*$")
_SIGN_AFTER = re.compile(r"\s*(?:签订|签署|签字|订立|签约|签名|盖章)")
_SIGN_BEFORE = re.compile(r"(?:签订|签约|签署|签字|签名|订立|落款|签章|签约)(?:日期|时间)\s*[:为是]?\s*$")
_DATE_LABEL = re.compile(r"(?:日期|时间)\s*[:]?\s*$")
_SIGN_AREA = re.compile(r"签字|签名|签章|盖章|签署|捺印|手印|\(章\)")


@dataclass
class DateRange:
    first: Date
    last: Date
    category: str  # "term" or what else the range is about (probation, non_compete, ...)

    @property
    def start(self) -> int:
        return self.first.start

    @property
    def end(self) -> int:
        end = self.last.end
        return end


def context_of(scope: Scope, index: int) -> str:
    """What a date at view offset `index` is about: "term" unless a keyword says otherwise."""
    found = nearest(scope, index, CONTEXT)
    return found[0] if found else TERM


def _dates(scope: Scope) -> list[Date]:
    return [d for d in dates(scope.view) if scope.in_block(d.end - 1)]


# "其中2026年1月5日至2026年4月4日为试用期", "前三个月（4月1日至6月30日）为“考察期”": what the
# range is, said right after it
_NAMED_AFTER = re.compile(r"\s*(?:止|为止)?\s*[)）]?\s*(?:的)?\s*(?:为|是|作为|系|属于|属)\s*(?:乙方的?)?\s*[“\"「『‘]?\s*(?P<w>" +
                          "|".join(sorted((w for w, c in CONTEXT.items() if c != TERM), key=len, reverse=True)) + ")")


# "2025年9月1日至10月31日": the end of a range written without its year, which is the start's
_YEARLESS_END = re.compile(rf"\s*(?:起|开始)?\s*(?:{_TO})\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*[日号]?")


def _yearless_end(scope: Scope, a: Date) -> Date | None:
    m = _YEARLESS_END.match(scope.view, a.end)
    if not m:
        return None
    try:
        end = dt.date(a.date.year, int(m.group("m")), int(m.group("d")))
        if end < a.date:
            end = dt.date(a.date.year + 1, end.month, end.day)
    except ValueError:
        return None
    return Date(m.start("m"), m.end(), end)


def date_ranges(scope: Scope) -> list[DateRange]:
    """Ranges "A 至 B" (inclusive) in the block, with what they are about."""
    found = _dates(scope)
    ranges = []
    for i, a in enumerate(found):
        b = found[i + 1] if i + 1 < len(found) else None
        if b is None or not _RANGE_LINK.match(scope.view[a.end : b.start]):
            b = _yearless_end(scope, a)
        if b is not None and b.date >= a.date:
            named = _NAMED_AFTER.match(scope.view, b.end)
            ranges.append(DateRange(a, b, CONTEXT[named.group("w")] if named else context_of(scope, a.start)))
    return ranges


def _end_of(scope: Scope, d: Date) -> int:
    """Extend a date's span over a following 起/止 word."""
    m = re.match(r"\s*(?:起|止|为止)", scope.view[d.end : d.end + 4])
    return d.end + m.end() if m else d.end


@extractor("start_date", "end_date", "sign_date")
def date_facts(scope: Scope):
    view = scope.view
    in_range: set[int] = set()
    for r in date_ranges(scope):
        in_range.update((r.first.start, r.last.start))
        if r.category == TERM:
            yield scope.fact("start_date", r.first.iso, "date", r.first.start, r.first.end)
            yield scope.fact("end_date", r.last.iso, "date", r.last.start, _end_of(scope, r.last))
    for d in _dates(scope):
        if d.start in in_range:
            continue
        sentence_start = scope.sentence(d.start)[0]
        before = view[max(sentence_start, d.start - 14) : d.start]
        after = view[d.end : d.end + 6]
        if _sign(scope, d, before, after):
            yield scope.fact("sign_date", d.iso, "date", d.start, d.end)
            continue
        if context_of(scope, d.start) in _NOT_TERM:
            continue
        if _START_AFTER.match(after) or _START_BEFORE.search(before):
            yield scope.fact("start_date", d.iso, "date", d.start, _end_of(scope, d))
        elif _END_AFTER.match(after) or _END_BEFORE.search(before):
            yield scope.fact("end_date", d.iso, "date", d.start, _end_of(scope, d))


def _sign(scope: Scope, d: Date, before: str, after: str) -> bool:
    if _SIGN_AFTER.match(after) or _SIGN_BEFORE.search(before):
        return True
    area = bool(_SIGN_AREA.search(scope.before) or _SIGN_AREA.search(scope.view))
    if not area:
        return False
    if _DATE_LABEL.search(before):
        return True
    # a block that is nothing but the date, right after the signature lines
    rest = (scope.view[: d.start] + scope.view[d.end :]).strip(" \t:")
    return rest == "" and bool(_SIGN_AREA.search(scope.before))

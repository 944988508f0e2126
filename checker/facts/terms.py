"""The contract term: term_months (unit "month") and term_type (fixed | open_ended | task).

term_months comes from a term keyword followed by a duration ("合同期限为贰年" -> 24,
"期限两年", "本合同为期一年半" -> 18; written keeps {"value": 2, "unit": "year"}), or
from a date range about the contract term ("自2026年3月1日起至2028年2月29日止" -> 24,
inclusive, rounded to the whole month within 3 days, else a fraction; written
{"from", "to"}). Durations of 试用期 / 竞业限制 / 服务期 / 培训 are not the term, nor are
conditions quoting the law ("劳动合同期限一年以上不满三年的").

term_type is only taken where the contract states its own type: "本合同为无固定期限劳动合同",
"合同期限类型：固定期限", a checked option ("☑无固定期限"), the chosen option of a
selector, or a filled option ("固定期限：自2026年3月1日起…"). A mention inside a quoted rule
of law ("应当订立无固定期限劳动合同") or an unchosen option is not a fact.
"""

from __future__ import annotations

import re

from checker.facts.context import bounded, merge
from checker.facts.dates import TERM, date_ranges
from checker.facts.quantities import dates, first_duration, months_between
from checker.facts.registry import extractor
from checker.facts.scope import Scope

_TERM_KW = re.compile(
    r"(?:劳动|劳务|聘用|用工|雇佣|合作|承揽|加工|服务)?(?:合同|协议)(?:的)?(?:期限|有效期|期)"
    r"|用工期限|聘用期限|雇佣期限|合作期限|聘期|(?<!试用)(?<!限制)(?<!竞业)(?<!服务)(?<!保密)(?<!培训)期限|为期"
)
_GAP_STOP = re.compile(r"期限|有效期|为期|试用|竞业|培训|服务期|保密|内|满|后|前|自|从|至|起|终止|续|延长|提前|每|产假|休假|工作")
_AFTER_STOP = re.compile(r"\s*(?:以上|以下|以内|不满|不足|之内|内|的|后|期满|届满)")
_TERM_DURATION_UNITS = ("year", "month", "week", "day")


@extractor("term_months")
def term_months(scope: Scope):
    view = scope.view
    taken: list[tuple[int, int]] = []
    avoid = [(d.start, d.end) for d in dates(view)]
    for kw in _TERM_KW.finditer(view):
        if kw.group() == "为期" and not re.search(r"合同|协议", view[scope.sentence(kw.start())[0] : kw.start()]):
            continue
        if scope.negated(kw.start()) or scope.conditional(kw.start()):
            continue
        _, clause_end = scope.sentence(kw.end())
        limit = min(clause_end, kw.end() + 14)
        comma = view.find(",", kw.end(), limit)
        if comma != -1:
            limit = comma
        d = first_duration(view, kw.end(), limit, avoid)
        if d is None or d.unit not in _TERM_DURATION_UNITS:
            continue
        gap = view[kw.end() : d.start]
        if _GAP_STOP.search(gap) or _AFTER_STOP.match(view, d.end):
            continue
        if scope.has_blank(kw.end(), d.end):
            continue
        written = merge(d.written("month"), bounded(gap))
        taken.append((kw.start(), d.end))
        yield scope.fact("term_months", d.months, "month", kw.start(), d.end, written)
    for r in date_ranges(scope):
        if r.category != TERM or any(s <= r.start < e for s, e in taken):
            continue
        months = months_between(r.first.date, r.last.date)
        if months is None:
            continue
        yield scope.fact("term_months", months, "month", r.first.start, r.last.end, {"from": r.first.iso, "to": r.last.iso})


# ---------------------------------------------------------------- term_type

_TYPE = re.compile(
    r"(?P<task>以?完成一定(?:的)?(?:工作)?任务为期限|以完成(?:某项|特定)(?:的)?(?:工作)?任务为期限)"
    r"|(?P<open>无固定期限)"
    r"|(?P<fixed>固定期限)"
)
_STATED = re.compile(
    r"(?:合同|协议)(?:期限)?(?:的)?(?:类型|种类|性质|形式)?\s*(?:为|是|属于|系|选择|采用|:)\s*[(\[【]?\s*$"
    r"|(?:期限类型|合同类型|合同期限|期限形式|期限)\s*[:为]\s*[(\[【]?\s*$"
    r"|(?:签订|订立|建立|确定)(?:一份|了)?\s*$"
)
_LAW_TALK = re.compile(r"应当|应|可以|可|除|提出|续订|要求|情形|连续|视为|依法")
_FILLED = re.compile(r"\d")


@extractor("term_type")
def term_type(scope: Scope):
    view = scope.view
    for m in _TYPE.finditer(view):
        kind = "task" if m.group("task") else "open_ended" if m.group("open") else "fixed"
        start = m.start()
        if scope.negated(start) or not scope.in_block(start):
            continue
        sentence_start, sentence_end = scope.sentence(start)
        before = view[sentence_start:start]
        after = view[m.end() : sentence_end]
        if scope.chosen(start):
            yield scope.fact("term_type", kind, None, start, m.end())
            continue
        if scope.conditional(start):
            continue
        option_filled = (
            bool(re.match(r"\s*(?:劳动合同|合同)?\s*[:]", after))
            and bool(_FILLED.search(after))
            and not scope.has_blank(m.end(), sentence_end)
        )
        if scope.unmarked(start) and not option_filled:
            continue
        stated = _STATED.search(before) and not _LAW_TALK.search(before) and (
            re.match(r"\s*[)\]】]?\s*(?:的)?(?:劳动合同|合同|协议|用工|劳务)", after) or option_filled
        )
        if stated or option_filled:
            yield scope.fact("term_type", kind, None, start, m.end())

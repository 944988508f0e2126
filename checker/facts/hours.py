"""Working time: daily_hours, weekly_hours (unit "hour"), rest_days_per_week (unit "day"),
hours_system (standard | comprehensive | flexible; unit None).

daily_hours: "每日工作不超过8小时" -> 8 (written {"bound": "max"}), "每天工作4小时" -> 4; or
computed from clock ranges in a working-time sentence minus breaks: "工作时间为9:00—17:00，
午休1小时" -> 7, "上午9:00-12:00，下午14:00-17:00" -> 6 (written {"ranges": [...],
"break_minutes": n}). Overtime limits ("延长工作时间每日不超过三小时") are not daily hours, and
shift lists (早班…晚班…) are not summed.

weekly_hours: "每周工作不超过24小时" -> 24. monthly_hours: "每月直播不少于160小时" -> 160. rest_days_per_week: "每周休息一天" -> 1, "双休"
-> 2, "单休" -> 1, "做六休一" -> 1, "每周至少休息一日" -> 1 (written {"bound": "min"}),
"每周工作5天" -> 2 (written {"work_days": 5}).

hours_system: 标准工时 -> standard, 综合计算工时 -> comprehensive, 不定时工作制 -> flexible.
Only the chosen option of a check-box list; nothing from an unmarked list, from a block
listing several systems without a choice, from conditions ("如经批准实行…") or negations.
"""

from __future__ import annotations

import re
from dataclasses import replace

from checker.facts.context import bound, merge
from checker.facts.numerals import NUM, clean_number, to_number
from checker.facts.quantities import day_span, hour_amounts, time_ranges
from checker.facts.registry import document_extractor, extractor
from checker.facts.scope import Scope

_BOUND = r"(?P<b>不得超过|不超过|不能超过|最长不超过|最长|最多|至多|原则上不超过|一般不超过|不少于|至少|为|是|:|共|约|平均|累计|合计)?"
_DAILY = re.compile(
    r"(?:每日|每天|每个工作日|每班次|每个班次|每个班|每班|(?<![\d.])1天|(?<![工作])日)\s*(?:的)?\s*(?P<w>工作|上班|劳动|累计工作|实际工作|在岗|直播|开播)?\s*(?:时间|时长|时数)?\s*:?\s*"
    + _BOUND
    + rf"\s*(?P<n>{NUM})\s*(?:个)?\s*(?P<half>半)?\s*(?:小时|钟头)"
)
_WEEKLY = re.compile(
    r"(?:每周|(?<![\d.])1周|每星期|每个星期|(?<![每1])周)\s*(?:的)?\s*(?:累计|平均)?\s*(?P<w>工作|上班|劳动|直播|开播)?\s*(?:时间|时长|时数)?\s*:?\s*(?:累计|合计|总计)?\s*"
    + _BOUND
    + rf"\s*(?P<n>{NUM})\s*(?:个)?\s*(?:小时|钟头)"
)
_MONTHLY = re.compile(
    r"(?:每月|每个月|(?<![\d.])1个?月|月)\s*(?:的)?\s*(?:累计|平均|有效)?\s*(?P<w>工作|上班|劳动|直播|开播|在线|出勤)\s*(?:时间|时长|时数)?\s*:?\s*(?:累计|合计|总计)?\s*"
    + _BOUND
    + rf"\s*(?P<n>{NUM})\s*(?:个)?\s*(?:小时|钟头)"
)
_WORK_SENTENCE = re.compile(r"工作|上班|工时|劳动|用工|在岗|作息|上工|开工|[上做]\s*[五六七5-7]\s*休|班倒|倒班|轮班")
# the heading just above says the block is about working time ("二、做几小时" / "二、上班时间")
_WORK_HEADING = re.compile(r"(?:工作|上班|做工|上工|开工|作息|工时|做几|做多少)[^\n]{0,6}(?:时间|小时|安排)?\s*$")
_NOT_WORK = re.compile(r"延长|加班|加点|哺乳|休息|午休|用餐|培训|学习|通勤")


# a table row about something else than work: "哺乳时间 | 每天1小时，……计入工作时间"
_NOT_WORK_ROW = re.compile(r"\s*(?:哺乳|午休|用餐|就餐|加班|延长工作时间|通勤)")


def _hours_fact(scope: Scope, name: str, pattern: re.Pattern):
    view = scope.view
    if _NOT_WORK_ROW.match(scope.text[: scope.offset]):
        return
    for m in pattern.finditer(view):
        s, _ = scope.sentence(m.start())
        # Only the comma-clause matters: "每周休息1天，每天工作10小时" is 10 hours of work.
        c, _ = scope.clause(m.start())
        head = view[c : m.start()]
        if _NOT_WORK.search(head + view[m.start() : m.end()]):
            continue
        # "甲方实行每天10小时工作制": the word saying it is work may follow the number.
        if (not m.group("w") and not _WORK_SENTENCE.search(view, s, scope.sentence(m.start())[1])
                and not _WORK_HEADING.search(scope.before[-16:])):
            continue
        if scope.negated(m.start()):
            continue
        value = to_number(m.group("n"))
        if "half" in pattern.groupindex and m.group("half"):
            value = clean_number(value + 0.5)  # 九个半小时 -> 9.5
        if not 0 < value <= {"daily_hours": 24, "weekly_hours": 168}.get(name, 744):
            continue
        b = bound(m.group("b") or "")
        # "每日工作时间最长不超过9小时，第9小时为延长工作时间": a ceiling that includes overtime
        # the same clause names -- not the normal working day
        if b == "max" and name == "daily_hours" and re.search(
                r"(?:第\s*\d+\s*(?:个)?小时|超出部分|超过部分|超过\s*8\s*小时)[^。;]{0,6}(?:为|属于|算|按|计)\s*(?:延长工作时间|加班)",
                view[m.end() : scope.sentence(m.end())[1]]):
            continue
        yield scope.fact(name, value, "hour", m.start(), m.end(), {"bound": b} if b else None)


@extractor("daily_hours")
def daily_hours(scope: Scope):
    yield from _hours_fact(scope, "daily_hours", _DAILY)
    yield from _from_clock(scope)
    yield from _early_late(scope)


# "早八晚六": from 8 in the morning to 6 in the evening, 10 hours less any stated break.
# "早9点至晚9点" / "早上八点到晚上七点": the same, with a connector.
_EARLY_LATE = re.compile(r"早(?:上|晨)?\s*(?P<a>[5-9]|[五六七八九])\s*(?:点|时)?\s*(?:半)?\s*(?:至|到|—|-|－|~|～)?\s*晚(?:上)?\s*(?P<b>[5-9]|1[0-1]|[五六七八九十]|十一)\s*(?:点|时)?")


def _early_late(scope: Scope):
    view = scope.view
    for m in _EARLY_LATE.finditer(view):
        if scope.negated(m.start()) or not scope.in_block(m.start()):
            continue
        hours = to_number(m.group("b")) + 12 - to_number(m.group("a"))
        _, e = scope.sentence(m.start())
        tail = view[m.end() : e]
        if not re.search(r"不另|不安排|无", tail[:12]):
            for a in hour_amounts(view, m.end(), e):
                if _BREAK_WORDS.search(view[max(m.end(), a.start - 6) : a.start]):
                    hours -= a.minutes / 60
        if 0 < hours <= 24:
            yield scope.fact("daily_hours", clean_number(hours), "hour", m.start(), m.end(), {"ranges": [m.group()]})


@extractor("weekly_hours")
def weekly_hours(scope: Scope):
    yield from _hours_fact(scope, "weekly_hours", _WEEKLY)


@extractor("monthly_hours")
def monthly_hours(scope: Scope):
    """"每月直播时长不少于160小时" -> 160 (written {"bound": "min"}); a work word is required."""
    yield from _hours_fact(scope, "monthly_hours", _MONTHLY)


_BREAK_WORDS = re.compile(r"午休|休息|用餐|就餐|吃饭|午餐|午饭|晚餐|中午休")
_SHIFT = re.compile(r"[早中晚白夜]班|班次")
_CLOCK_SENTENCE = re.compile(r"工作时间|上班时间|作息时间|上班|工作|营业时间|在岗时间|工作时段|开工|收工|在店|开门")


def _from_clock(scope: Scope):
    view = scope.view
    ranges = time_ranges(view)
    span = day_span(view)
    if (not ranges and span is None) or len(_SHIFT.findall(view)) >= 2:
        return
    work, breaks = [], []
    seen: set[tuple] = set()
    for r in ranges:
        # "上班时间 8:00-12:00 13:30-17:30 | 8:00-12:00 13:30-17:30": the same day in two
        # columns (before and after a change), not a day of 16 hours
        key = (r.begin, r.finish)
        if key in seen:
            continue
        seen.add(key)
        lead = re.split(r"[,。;:]", view[max(0, r.start - 4) : r.start])[-1]
        tail = re.split(r"[,。;:]", view[r.end : r.end + 5])[0]
        if re.match(r"\([^)]{0,8}?\d", view[r.end : r.end + 12]):
            tail = ""  # "9:00-18:00(午休1小时)": a note on the break within the range, not a break range
        near = lead + tail
        (breaks if _BREAK_WORDS.search(near) else work).append(r)
    if span is not None and all(span.start <= r.start and r.end <= span.end for r in work):
        # the day from its start clock to its end clock; only breaks inside it come off
        work = [span]
        breaks = [r for r in breaks if span.begin <= r.begin and r.finish <= span.finish]
    if not work:
        return
    s, _ = scope.sentence(work[0].start)
    # "可选择8:00至16:00或9:00至17:00两个班次": alternatives, not parts of one day.
    between = view[work[0].end : work[-1].start]
    if len(work) >= 2 and (re.search(r"或|或者|任选|二选一", between)
                           or re.search(r"可选择|可选|任选|班次", view[s : work[-1].end + 8])):
        return
    schedule = (
        len(work) >= 2
        and re.search(r"上午|早上", view[s : work[0].end])
        and re.search(r"下午", view[work[0].end : work[-1].end])
    )
    said = _CLOCK_SENTENCE.search(view, s, work[-1].end) or re.search(r"工作时间|上班时间|作息时间", scope.before[-30:])
    if not (said or schedule) or _NOT_WORK.search(view, s, work[0].start) and not re.search(
        r"工作时间|上班时间|作息时间", view[s : work[0].start]
    ):
        return
    if scope.negated(work[0].start):
        return
    # "可在8:00至18:00之间弹性安排" is a window to work in, not the hours worked; and where
    # the sentence states the hours outright ("每日实际工作8小时"), that statement is the fact.
    sentence_end = scope.sentence(work[-1].end)[1]
    if re.match(r"\s*(之间|以内|范围内)", view[work[-1].end:]) or re.search(r"弹性|自行安排|灵活安排", view[s:sentence_end]):
        return
    if _DAILY.search(view, s, sentence_end):
        return
    # "门店营业时间为10:00—22:00，员工按排班表轮班": the shop's hours, not one worker's day
    if re.search(r"营业|开放时间|开门", view[s : work[0].start]) and re.search(
            r"轮班|排班|班次|两班|倒班|分班|早晚班|轮流", view[s : sentence_end]):
        return
    minutes = sum(r.minutes for r in work) - sum(r.minutes for r in breaks)
    end = max(r.end for r in work + breaks)
    break_minutes = sum(r.minutes for r in breaks)
    # A stated break comes off a single span ("9:00—17:00，午休1小时"); with several spans
    # the break is already the gap between them ("7—12点、13:30—18点，中午休息一个半小时").
    for a in hour_amounts(view, work[0].end) if len(work) == 1 else []:
        lead = view[max(0, a.start - 6) : a.start]
        if _BREAK_WORDS.search(lead):
            minutes -= a.minutes
            break_minutes += a.minutes
            end = max(end, a.end)
    hours = clean_number(round(minutes / 60, 2))
    if not 0 < hours <= 24:
        return
    written = {"ranges": [r.label() for r in work]}
    if break_minutes:
        written["break_minutes"] = clean_number(break_minutes)
    yield scope.fact("daily_hours", hours, "hour", work[0].start, end, written)


# "综合计算工时工作制是甲方自行确定的工时制度……甲方无需另行向劳动部门报批": the contract itself says
# the special hours system has no approval, so it is not one in law (劳动法第39条): the standard hours apply.
_UNAPPROVED = re.compile(
    r"(?:无需|无须|不需要?|不必|不用|毋须|未经|未|没有|不)(?:另行|再|单独)?(?:向)?[^。；;，,]{0,14}?(?:报批|审批|批准|申报|申请|备案)"
    r"|(?:自行|自主)(?:确定|决定|规定|制定)[^。；;]{0,12}(?:工时|工作时间)(?:制度|制)?"
    r"|(?:工时|工作时间)(?:制度|制)?[^。；;，,]{0,8}(?:自行|自主)(?:确定|决定|规定|制定)")


def mark_unapproved_hours(scopes: list[Scope], found: dict) -> None:
    """After extraction: comprehensive / flexible hours_system facts are written {"approval": "none"}
    when a sentence about the hours system says it was not, or need not be, approved."""
    special = [f for f in found.get("hours_system", []) if f.value in ("comprehensive", "flexible")]
    if not special:
        return
    for scope in scopes:
        view = scope.view
        for m in _UNAPPROVED.finditer(view):
            s, e = scope.sentence(m.start())
            # "批准期满后甲方未取得续期批准的，恢复标准工时": a condition on the approval's end, not a lack of it
            if re.match(r"[^。；;，,]{0,6}的\s*[,，]", view[m.end() : e]) or re.search(r"期满|到期|届满|续期|续批", m.group()):
                continue
            if scope.in_block(m.start()) and _SYSTEM.search(view, s, e) and not scope.conditional(m.start()):
                found["hours_system"] = [replace(f, written=merge(f.written, {"approval": "none"}))
                                         if f in special else f for f in found["hours_system"]]
                return


# "按车间作息上班：/ 上午 8:00—12:00 / 下午 13:00—18:00": the day written one period a line
_PERIOD_LINE = re.compile(r"^\s*(?:[(（]?[一二三四1-4][)）、.]?)?\s*(?:上午|早上|早班|中午|下午|晚上)?\s*[:：]?\s*$")
_PERIOD = re.compile(r"上午|早上|早班|中午|下午|晚上")
_SCHEDULE_LEAD = re.compile(r"作息|上班|工作时间|上下班时间|在岗时间|工作时段")


@document_extractor("daily_hours")
def daily_hours_over_lines(scopes: list[Scope], facts: dict):
    if facts.get("daily_hours"):
        return  # the day is written in one place already
    i = 0
    while i < len(scopes):
        lines = []
        for scope in scopes[i : i + 3]:
            ranges = time_ranges(scope.view, scope.offset)
            rest = _PERIOD_LINE.match(scope.view[scope.offset : ranges[0].start] if len(ranges) == 1 else "x")
            if not (len(ranges) == 1 and rest and not scope.view[ranges[0].end :].strip(" ,，;；。")):
                break
            period = _PERIOD.search(scope.view, scope.offset, ranges[0].end)
            lines.append((scope, ranges[0], period.group() if period else ""))
        periods = [p for _, _, p in lines]
        lead = scopes[i - 1].view if i else ""
        if (len(lines) >= 2 and periods[0] in ("上午", "早上") and "下午" in periods[1:]
                and _SCHEDULE_LEAD.search(lead) and not scopes[i - 1].negated(len(lead) - 1)):
            minutes = sum(r.minutes for _, r, _ in lines)
            hours = clean_number(round(minutes / 60, 2))
            scope, first, _ = lines[0]
            if 0 < hours <= 24:
                written = {"ranges": [r.label() for _, r, _ in lines]}
                yield scope.fact("daily_hours", hours, "hour", first.start, first.end, written)
                return
        i += max(1, len(lines))


# ---------------------------------------------------------------- rest days

_REST = [
    re.compile(
        r"每周\s*(?P<b>至少|保证|不少于)?\s*(?:可|可以|享有|享受|安排|给予)?\s*(?:休息|休|轮休|调休|公休)\s*(?:日|时间)?\s*(?:为|不少于)?\s*"
        rf"(?P<n>{NUM}|半)\s*(?:个)?\s*(?:天|日)"
    ),
    re.compile(
        rf"每周\s*(?P<b>至少|保证|不少于)?\s*(?:有|享有|享受|安排|给予)?\s*(?P<n>{NUM}|半)\s*(?:个)?\s*(?:天|日)\s*(?:的)?\s*(?:休息|休假|公休|休息日)"
    ),
]
_FIXED_REST = [
    (re.compile(r"双休|周末休息2天|5天工作制"), 2),
    (re.compile(r"单休|6天工作制"), 1),
    (re.compile(r"大小周"), 1.5),
    # 每周一休息 / 每星期日休息（view: 每周1休息）: one named rest day a week
    (re.compile(r"每(?:周|星期)(?:星期|周)?[1-7一二三四五六日天](?:全天)?(?:休息|公休|为休息日|固定休息)(?![\d半一两二])"), 1),
]
# 每月休息2天 / 每月至少休息4天: rest days a month, spread over the 4.35 weeks of a month
_REST_MONTHLY = re.compile(
    rf"每(?:个)?月\s*(?P<b>至少|保证|不少于)?\s*(?:可)?(?:休息|休|休假|公休|轮休|放假)\s*(?P<n>{NUM})\s*(?:个)?\s*(?:天|日)"
)
WEEKS_PER_MONTH = 4.35
_WORK_DAYS = re.compile(rf"每周\s*(?:工作|上班)\s*(?P<n>{NUM})\s*(?:个)?\s*(?:天|日)(?P<half>半)?")
_REST_GENERIC = re.compile(r"做(?P<w>\d)休(?P<r>\d)")


@extractor("rest_days_per_week")
def rest_days(scope: Scope):
    view = scope.view
    explicit = False
    for pattern in _REST:
        for m in pattern.finditer(view):
            if scope.negated(m.start()):
                continue
            n = 0.5 if m.group("n") == "半" else to_number(m.group("n"))
            if not 0 < n <= 7:
                continue
            explicit = True
            yield scope.fact("rest_days_per_week", n, "day", m.start(), m.end(), {"bound": "min"} if m.group("b") else None)
    for pattern, n in _FIXED_REST:
        for m in pattern.finditer(view):
            if scope.negated(m.start()):
                continue
            explicit = True
            yield scope.fact("rest_days_per_week", n, "day", m.start(), m.end())
    for m in _REST_GENERIC.finditer(view):  # 做六休一 (view: 做6休1)
        if not scope.negated(m.start()) and int(m.group("w")) + int(m.group("r")) == 7:
            explicit = True
            yield scope.fact("rest_days_per_week", int(m.group("r")), "day", m.start(), m.end())
    for m in _REST_MONTHLY.finditer(view):
        n = to_number(m.group("n"))
        if 0 < n <= 31 and not scope.negated(m.start()):
            explicit = True
            written = {"value": n, "per": "month", **({"bound": "min"} if m.group("b") else {})}
            yield scope.fact("rest_days_per_week", round(n / WEEKS_PER_MONTH, 2), "day", m.start(), m.end(), written)
    if explicit:
        return
    for m in _WORK_DAYS.finditer(view):
        n = to_number(m.group("n")) + (0.5 if m.group("half") else 0)  # "每周工作五天半"
        if 0 < n <= 7 and not scope.negated(m.start()):
            yield scope.fact("rest_days_per_week", clean_number(7 - n), "day", m.start(), m.end(), {"work_days": n})


# ---------------------------------------------------------------- hours system

_SYSTEM = re.compile(
    r"(?P<standard>标准工时(?:工作)?(?:制度|制)?|标准工作时间(?:制度|制)|标准工作制)"
    r"|(?P<comprehensive>综合计算工时(?:工作)?(?:制度|制)?|综合工时(?:工作)?(?:制度|制)?|综合计算工作时间(?:制度|制)?)"
    r"|(?P<flexible>不定时工作(?:时间)?(?:制度|制)|不定时工时(?:制度|制)?)"
)


@extractor("hours_system")
def hours_system(scope: Scope):
    view = scope.view
    hits = []
    for m in _SYSTEM.finditer(view):
        kind = next(k for k in ("standard", "comprehensive", "flexible") if m.group(k))
        hits.append((m, kind))
    if not hits:
        return
    chosen_hits = [(m, k) for m, k in hits if scope.chosen(m.start())]
    if chosen_hits:
        for m, kind in chosen_hits:
            if not scope.negated(m.start()):
                yield scope.fact("hours_system", kind, None, m.start(), m.end())
        return
    free = [(m, k) for m, k in hits if not scope.unmarked(m.start())]
    if len({k for _, k in free}) != 1:
        return  # several systems listed and none chosen: no fact
    for m, kind in free:
        # "经劳动行政部门批准，实行综合计算工时" states the approval; "如经批准…" is a condition.
        approved = re.search(r"(?<![如若])经[^。;,]{0,12}批准", view[scope.sentence(m.start())[0] : m.start()])
        conditional = scope.conditional(m.start()) and not (approved and not re.search(
            r"如|若|假如|倘若|一旦", view[scope.sentence(m.start())[0] : m.start()]))
        if scope.negated(m.start()) or conditional or not scope.in_block(m.start()):
            continue
        yield scope.fact("hours_system", kind, None, m.start(), m.end())

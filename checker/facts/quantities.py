"""Typed quantities found in a numeral view: durations, money, percents, dates, clock times.

Every finder works on view text (numbers already in Arabic digits, see numerals.py) and
returns matches with view offsets; extractors decide which of them are facts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from checker.facts.numerals import NUM, clean_number, to_number

# ---------------------------------------------------------------- durations

_DURATION = re.compile(
    rf"(?P<n>{NUM})\s*(?:(?P<h1>个半)|个)?\s*(?P<u>周年|年|月|星期|周|工作日|天|日)(?P<h2>半)?"
    r"|(?<![\d.])(?P<half>半)\s*个?\s*(?P<hu>年|月)"
)
_UNIT = {"周年": "year", "年": "year", "月": "month", "星期": "week", "周": "week", "工作日": "workday", "天": "day", "日": "day"}
_MONTHS_PER = {"year": 12, "month": 1, "week": 7 / 30, "day": 1 / 30, "workday": 1 / 30}
_DAYS_PER = {"year": 365, "month": 30, "week": 7, "day": 1, "workday": 1}


@dataclass
class Duration:
    start: int
    end: int
    value: float | int  # as written, in `unit`
    unit: str  # year | month | week | day | workday

    @property
    def months(self) -> float | int:
        return clean_number(round(self.value * _MONTHS_PER[self.unit], 2))

    @property
    def days(self) -> float | int:
        return clean_number(round(self.value * _DAYS_PER[self.unit], 2))

    def written(self, unit: str) -> dict | None:
        """{"value", "unit"} as written when the fact's unit differs."""
        same = {"month": ("month",), "day": ("day",)}.get(unit, ())
        if self.unit in same:
            return None
        return {"value": self.value, "unit": self.unit}


def durations(view: str, start: int = 0, end: int | None = None) -> list[Duration]:
    found = []
    for m in _DURATION.finditer(view, start, len(view) if end is None else end):
        if m.group("half"):
            value: float | int = 0.5
            unit = _UNIT[m.group("hu")]
        else:
            value = to_number(m.group("n"))
            if m.group("h1") or m.group("h2"):
                value = clean_number(value + 0.5)
            unit = _UNIT[m.group("u")]
        if _MONTH_DAY.match(view, m.start()) or (unit == "day" and view[max(0, m.start() - 1) : m.start()] == "月"):
            continue  # "8月11日" is a date (a month and a day of it), not a month and eleven days
        if unit == "month" and "个" not in m.group() and re.search(r"\d{2,4}\s*年\s*$", view[max(0, m.start() - 6) : m.start()]):
            continue  # "2025年6月产假结束" is a month of a year, not six months
        found.append(Duration(m.start(), m.end(), value, unit))
    return found


_MONTH_DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]")


def first_duration(view: str, start: int, end: int, avoid: list[tuple[int, int]] = ()) -> Duration | None:
    """The first duration in view[start:end] that does not overlap an `avoid` range (dates)."""
    for d in durations(view, start, end):
        if not any(d.start < b and a < d.end for a, b in avoid):
            return d
    return None


# ---------------------------------------------------------------- money

_MONEY = re.compile(
    rf"(?P<pre>(?:人民币|RMB|CNY|¥|\$)\s*[:]?\s*(?:\(?大写\)?\s*[:]?\s*)?)?(?P<n>{NUM})\s*(?P<wan>万)?\s*(?P<yuan>元|块钱|块)?(?P<zheng>整)?"
)
_PER = re.compile(
    r"\s*(?:/|每|一|／)\s*(?P<per>个月|月|天|日|小时|时|h|件|个|只|双|套|条|打|单|份|次|周|公斤|kg|斤|批|箱|张)"
)
_PER_UNIT = {
    "个月": "month", "月": "month", "天": "day", "日": "day", "小时": "hour", "时": "hour", "h": "hour",
    "周": "week", "次": "time",
}


@dataclass
class Money:
    start: int
    end: int
    value: float | int  # yuan
    per: str | None  # month | day | hour | week | piece | time, from "/月", "每小时"...


def money(view: str, start: int = 0, end: int | None = None) -> list[Money]:
    """Amounts of money: a number with 元/块 after it or 人民币/¥/RMB before it."""
    found = []
    stop = len(view) if end is None else end
    for m in _MONEY.finditer(view, start, stop):
        if not (m.group("pre") or m.group("yuan")):
            continue
        value = to_number(m.group("n"))
        if m.group("wan"):
            value = clean_number(value * 10000)
        s = m.start("pre") if m.group("pre") else m.start("n")
        e = m.end()
        per = None
        p = _PER.match(view, e)
        if p and p.end() <= stop:
            per = _PER_UNIT.get(p.group("per"), "piece")
            e = p.end()
        found.append(Money(s, e, value, per))
    return found


# ---------------------------------------------------------------- percents

_PERCENT = re.compile(rf"(?P<n>{NUM})\s*%|(?P<t>{NUM})\s*倍|(?<![\d.])(?P<z>\d{{1,2}})\s*折(?![算合旧扣])|(?<![\d.])(?P<c>\d)\s*成(?![本员立功为])")


@dataclass
class Percent:
    start: int
    end: int
    value: float | int  # percent
    written: dict | None  # {"value": 1.5, "unit": "times"} for 倍 / 折 / 成


def percents(view: str, start: int = 0, end: int | None = None, *, discounts: bool = False) -> list[Percent]:
    """Percentages: 20%, 百分之二十 (already 20% in the view), 1.5倍 (150), and with
    `discounts` also 八折 (80) and 八成 (80)."""
    found = []
    for m in _PERCENT.finditer(view, start, len(view) if end is None else end):
        if m.group("n"):
            found.append(Percent(m.start(), m.end(), to_number(m.group("n")), None))
        elif m.group("t"):
            times = to_number(m.group("t"))
            found.append(Percent(m.start(), m.end(), clean_number(round(times * 100, 2)), {"value": times, "unit": "times"}))
        elif discounts and m.group("z"):
            z = int(m.group("z"))
            found.append(Percent(m.start(), m.end(), z * 10 if z < 10 else z, {"value": z, "unit": "折"}))
        elif discounts and m.group("c"):
            c = int(m.group("c"))
            found.append(Percent(m.start(), m.end(), c * 10, {"value": c, "unit": "成"}))
    return found


# ---------------------------------------------------------------- dates

_DATE = re.compile(
    r"(?<!\d)(?P<y>\d{4})\s*(?:年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]?"
    r"|(?P<sep>[-./])\s*(?P<m2>\d{1,2})\s*(?P=sep)\s*(?P<d2>\d{1,2})(?![\d.]))"
)


@dataclass
class Date:
    start: int
    end: int
    date: dt.date

    @property
    def iso(self) -> str:
        return self.date.isoformat()


def dates(view: str, start: int = 0, end: int | None = None) -> list[Date]:
    """Complete calendar dates; blanks (____年__月__日) and invalid dates are not dates."""
    found = []
    for m in _DATE.finditer(view, start, len(view) if end is None else end):
        y = int(m.group("y"))
        mo = int(m.group("m") or m.group("m2"))
        d = int(m.group("d") or m.group("d2"))
        if not 1900 <= y <= 2200:
            continue
        try:
            found.append(Date(m.start(), m.end(), dt.date(y, mo, d)))
        except ValueError:
            continue
    return found


def _add_months(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)


def months_between(first: dt.date, last: dt.date, slack_days: int = 3) -> float | int | None:
    """Months from `first` to `last` inclusive (2026-03-02 至 2028-03-01 is 24).

    Rounds to the nearest whole month when within `slack_days`, else keeps a fraction
    (days / 30, two places). None when `last` is before `first`.
    """
    stop = last + dt.timedelta(days=1)
    if stop <= first:
        return None
    whole = (stop.year - first.year) * 12 + stop.month - first.month
    while whole > 0 and _add_months(first, whole) > stop:
        whole -= 1
    rest = (stop - _add_months(first, whole)).days
    if rest <= slack_days:
        return whole
    if (_add_months(first, whole + 1) - stop).days <= slack_days:
        return whole + 1
    return clean_number(round(whole + rest / 30, 2))


# ---------------------------------------------------------------- clock times

_CLOCK = r"(?P<{p}>上午|早上|早晨|中午|下午|傍晚|晚上|夜间|凌晨)?\s*(?P<{h}>\d{{1,2}})\s*(?::\s*(?P<{m}>\d{{2}})|点\s*(?:(?P<{mb}>\d{{1,2}})\s*分?|(?P<{hf}>半))?|时)"
# "早上7点30分开门到晚上7点30分关门": a start word may sit between the first clock and 到.
_TIME_RANGE = re.compile(
    _CLOCK.format(p="p1", h="h1", m="m1", mb="mb1", hf="hf1")
    + r"\s*(?:开门|开工|上班|开始|营业|到岗|开档)?\s*(?:-|—|–|~|至|到|－)+\s*"
    + _CLOCK.format(p="p2", h="h2", m="m2", mb="mb2", hf="hf2")
)
# "每天早上7:00开工，中午12:00-13:00吃饭，下午13:00-18:00收工": the day's span from a clock
# followed by a start word to a later clock followed by an end word.
_START_CLOCK = re.compile(_CLOCK.format(p="p", h="h", m="m", mb="mb", hf="hf") + r"\s*(?:开工|上班|到岗|开门|开档|开铺|开始工作|开始上班)")
_END_CLOCK = re.compile(_CLOCK.format(p="p", h="h", m="m", mb="mb", hf="hf") + r"\s*(?:收工|下班|离岗|关门|收档|收铺|放工|结束工作)")


@dataclass
class TimeRange:
    start: int
    end: int
    begin: int  # minutes after midnight
    finish: int

    @property
    def minutes(self) -> int:
        return self.finish - self.begin

    def label(self) -> list[str]:
        return [f"{self.begin // 60:02d}:{self.begin % 60:02d}", f"{self.finish // 60:02d}:{self.finish % 60:02d}"]


def _minutes(period: str | None, hour: int, minute: int) -> int:
    if period in ("下午", "傍晚", "晚上", "夜间") and hour < 12:
        hour += 12
    elif period == "中午" and hour < 6:
        hour += 12
    return hour * 60 + minute


def _clock(m: re.Match, period: str | None = None) -> int | None:
    h = int(m.group("h"))
    minute = 30 if m.group("hf") else int(m.group("m") or m.group("mb") or 0)
    if h > 24 or minute >= 60:
        return None
    return _minutes(m.group("p") or period, h, minute)


def day_span(view: str, start: int = 0, end: int | None = None) -> TimeRange | None:
    """The working day from a start clock (7:00开工) to an end clock (18:00收工), if both are written."""
    end = len(view) if end is None else end
    first = _START_CLOCK.search(view, start, end)
    if not first:
        return None
    last = None
    for m in _END_CLOCK.finditer(view, first.end(), end):
        last = m
    if last is None:
        return None
    begin = _clock(first)
    finish = _clock(last, "下午" if not last.group("p") and int(last.group("h")) < 12 and begin is not None and begin >= 5 * 60 else None)
    if begin is None or finish is None or finish <= begin:
        return None
    return TimeRange(first.start(), last.end(), begin, finish)


def time_ranges(view: str, start: int = 0, end: int | None = None) -> list[TimeRange]:
    found = []
    for m in _TIME_RANGE.finditer(view, start, len(view) if end is None else end):
        h1, h2 = int(m.group("h1")), int(m.group("h2"))
        if h1 > 24 or h2 > 24:
            continue
        m1 = 30 if m.group("hf1") else int(m.group("m1") or m.group("mb1") or 0)
        m2 = 30 if m.group("hf2") else int(m.group("m2") or m.group("mb2") or 0)
        if m1 >= 60 or m2 >= 60:
            continue
        p2 = m.group("p2") or (m.group("p1") if m.group("p1") in ("下午", "傍晚", "晚上", "夜间") else None)
        begin = _minutes(m.group("p1"), h1, m1)
        finish = _minutes(p2, h2, m2)
        if finish <= begin and h2 < 12:
            finish += 12 * 60  # 8:00-5:00 means 17:00
        if finish <= begin:
            continue
        found.append(TimeRange(m.start(), m.end(), begin, finish))
    return found


_HOURS = re.compile(rf"(?P<n>{NUM})\s*(?:个)?\s*(?P<plus>半)?\s*(?P<u>小时|钟头|分钟)|(?<![\d.])(?P<half>半)\s*(?:个)?\s*(?:小时|钟头)")


@dataclass
class Length:
    start: int
    end: int
    minutes: float | int


def hour_amounts(view: str, start: int = 0, end: int | None = None) -> list[Length]:
    """Lengths of time: 8小时, 1.5小时, 30分钟, 半小时 (in minutes)."""
    found = []
    for m in _HOURS.finditer(view, start, len(view) if end is None else end):
        if m.group("half"):
            minutes: float | int = 30
        else:
            n = to_number(m.group("n")) + (0.5 if m.group("plus") else 0)  # 一个半小时 = 1.5
            minutes = n if m.group("u") == "分钟" else n * 60
        found.append(Length(m.start(), m.end(), clean_number(minutes)))
    return found

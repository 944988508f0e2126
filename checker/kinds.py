"""Which kind of contract is this? From the title first, then the substance.

The legal relationship decides which law applies (DESIGN "Contract kinds"). The
title is strong evidence, the substance (hours, pay unit, who manages whom)
decides when there is no title or confirms it. Evidence is returned so a report
can say why, and so that a 劳务协议 with attendance and a monthly salary can be
flagged by rules as disguised employment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checker.document import Document
from checker.facts.fact import Fact

KINDS = ("full_time", "part_time", "labour_service", "outwork", "food_workshop", "live_commerce", "unknown")

KIND_LABELS = {
    "full_time": "全日制劳动合同",
    "part_time": "非全日制用工",
    "labour_service": "劳务协议",
    "outwork": "承揽/外发加工",
    "food_workshop": "食品小作坊/摊贩岗位",
    "live_commerce": "电商直播/网络零售",
    "unknown": "未能识别",
}

# Title keywords, most specific first: "非全日制劳动合同" is part_time, not full_time.
_TITLE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("part_time", re.compile(r"非全日制|兼职|小时工|钟点工")),
    ("live_commerce", re.compile(r"直播|主播|带货")),
    ("food_workshop", re.compile(r"食品|小作坊|摊贩|餐饮")),
    ("outwork", re.compile(r"承揽|加工|定作|外发")),
    ("labour_service", re.compile(r"劳务|返聘|服务协议|服务合同")),
    ("full_time", re.compile(r"劳动合同|聘用合同|聘用协议|雇佣合同|雇佣协议|用工合同|用工协议|员工合同|入职合同|全日制")),
]

# Substance: phrases anywhere in the text that point to a kind.
_SUBSTANCE: list[tuple[str, re.Pattern[str], str]] = [
    ("part_time", re.compile(r"非全日制"), "正文写明非全日制用工"),
    ("part_time", re.compile(r"非全日制用工|非全日制劳动"), "正文按非全日制用工约定"),
    ("outwork", re.compile(r"定作人|承揽人|外发加工|来料加工"), "正文使用承揽用语（定作人/承揽人/外发加工）"),
    ("labour_service", re.compile(r"劳务报酬|提供劳务|退休返聘|已享受(?:基本)?养老保险待遇"), "正文使用劳务用语"),
    ("live_commerce", re.compile(r"直播间|主播|带货|直播时长"), "正文涉及直播带货"),
    ("food_workshop", re.compile(r"食品小作坊|食品摊贩|健康证明|食品安全"), "正文涉及食品生产经营"),
    ("full_time", re.compile(r"劳动合同法|社会保险|试用期"), "正文使用劳动合同用语"),
]

_TITLE_BLOCKS = 4  # the title is one of the first few blocks

_FOOD = re.compile(r"食品|作坊|摊档|档口|烧腊|腊味|卤味|糕点|面包|烘焙|月饼|粽子|熟食|凉茶|豆腐")
_FOOD_DUTY = re.compile(r"健康证|食品安全|食品卫生")
RETIREE = re.compile(r"退休|养老保险待遇|养老金|返聘")
# The three factors of 劳社部发〔2005〕12号第一条, as contract wording: management (attendance,
# the employer's rules), a fixed schedule, and fixed periodic pay.
_DISGUISE = [
    ("考勤打卡", re.compile(r"考勤|打卡|签到|迟到|早退|旷工")),
    ("遵守单位规章制度", re.compile(r"(遵守|服从)[^。；;]{0,8}(规章制度|管理制度|员工手册|管理规定|厂规|店规)|按[^。；;]{0,6}《[^》]{0,12}(制度|规定|手册)》|服从[^。；;]{0,12}(安排|管理|排班|调度|排期)")),
    ("固定上下班时间", re.compile(r"每(天|日)\s*(直播|工作|上班)\s*\d+(\.\d+)?\s*小时|\d{1,2}:\d{2}\s*(至|到|-|—|~)\s*\d{1,2}:\d{2}|每(天|日|周)[^。；;]{0,6}(上班|工作)[^。；;]{0,6}小时")),
    ("按月支付固定报酬", re.compile(r"每月[^。；;]{0,8}(劳务费|报酬|底薪|工资|服务费)[^。；;]{0,6}\d+\s*[千万]?\s*元|(月薪|底薪)[^。；;]{0,4}\d+\s*[千万]?\s*元")),
]


def is_retiree(text: str) -> bool:
    """A retiree or pensioner is named, and not denied ("乙方未达到法定退休年龄" denies)."""
    from checker.lexicon import Negation

    negation = Negation.default()
    for line in text.splitlines():
        for m in RETIREE.finditer(line):
            if not negation.is_negated(line, m.start()) and not re.search(r"未达到?|尚未|不属于|非", line[max(0, m.start() - 8) : m.start()]):
                return True
    return False


def disguise_factors(text: str) -> list[str]:
    return [label for label, pattern in _DISGUISE if pattern.search(text)]


@dataclass
class KindResult:
    kind: str
    source: str  # given | detected
    evidence: list[str] = field(default_factory=list)
    title: str | None = None


def _first_value(facts: dict[str, list[Fact]], name: str):
    found = facts.get(name)
    return found[0].value if found else None


def find_title(document: Document) -> str | None:
    """The contract's title: the first short block that names a contract type."""
    for block in document.blocks[:_TITLE_BLOCKS]:
        text = block.text.strip()
        if len(text) <= 40 and re.search(r"合同|协议|确认", text):
            return text
    return None


def detect_kind(document: Document, facts: dict[str, list[Fact]], given: str | None = None) -> KindResult:
    if given:
        return KindResult(given, "given", [f"由使用者指定为{KIND_LABELS.get(given, given)}"], find_title(document))
    title = find_title(document)
    evidence: list[str] = []
    if title:
        for kind, pattern in _TITLE_PATTERNS:
            if pattern.search(title):
                evidence.append(f"标题“{title}”")
                if kind == "full_time" and _FOOD.search(title) and _FOOD_DUTY.search(document.text):
                    kind = "food_workshop"
                    evidence.append("正文涉及食品加工或售卖及健康证明")
                disguise = disguise_factors(document.text) if kind in ("labour_service", "outwork") else []
                if len(disguise) >= 3 and not is_retiree(document.text):
                    # 劳社部发〔2005〕12号第一条: the name does not decide; the substance does.
                    return KindResult("full_time", "detected", [
                        f"名为“{title}”，但具备劳动关系特征：{'、'.join(disguise)}，按劳动合同审查"], title)
                # A food workshop or live-commerce job is still employment or service by substance;
                # the title settles the 妈妈岗 type, the rules check the relationship.
                return KindResult(kind, "detected", evidence + _substance_evidence(document, facts, kind), title)
    scores: dict[str, int] = {}
    text = document.text
    for kind, pattern, reason in _SUBSTANCE:
        if pattern.search(text):
            scores[kind] = scores.get(kind, 0) + 1
            evidence.append(reason)
    hours = _first_value(facts, "daily_hours")
    wage_unit = (facts.get("wage") or [None])[0]
    if hours is not None and hours <= 4 and wage_unit is not None and wage_unit.unit == "hour":
        scores["part_time"] = scores.get("part_time", 0) + 2
        evidence.append(f"每日工作{hours:g}小时、按小时计酬")
    if wage_unit is not None and wage_unit.unit == "piece" and "outwork" in scores:
        scores["outwork"] += 1
        evidence.append("按件计酬")
    if not scores:
        return KindResult("unknown", "detected", ["标题和正文都未显示合同类型"], title)
    order = {k: i for i, k in enumerate(KINDS)}
    kind = max(scores, key=lambda k: (scores[k], -order[k]))
    if kind == "full_time" and _FOOD.search(document.text[:2000]) and _FOOD_DUTY.search(document.text):
        kind = "food_workshop"
        evidence.append("正文涉及食品加工或售卖及健康证明")
    return KindResult(kind, "detected", evidence, title)


def _substance_evidence(document: Document, facts: dict[str, list[Fact]], kind: str) -> list[str]:
    """Supporting or contrary substance, for the record (rules decide what it means)."""
    notes: list[str] = []
    text = document.text
    if kind in ("labour_service", "outwork", "live_commerce"):
        if re.search(r"考勤|打卡|规章制度", text):
            notes.append("正文约定考勤或规章制度管理")
        wage = (facts.get("wage") or [None])[0]
        if wage is not None and wage.unit == "month":
            notes.append("按月支付固定报酬")
    return notes

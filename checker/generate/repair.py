"""Repair a draft: from a contract that fails the check to the answers of a compliant one.

The draft is read and checked like any contract; its parties and facts (term, probation, wage,
hours, place, pay day) prefill the answers of the matching template type; every value the law
does not allow is moved to the nearest lawful one (probation 6 -> 2 months for a two-year term,
a wage below the minimum up to it, a ten-hour day down to eight), and each change is written as
a comment in answers.yaml, with the rule that required it. What the draft does not say is left
blank (a line to fill in by hand) and listed. The compliant documents are then generated and
checked by `generate`, as from any answers file.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from checker import api
from checker.engine.context import probation_limit
from checker.generate import TemplateType, load_type

# the template type for each (relation, sector) the checker can detect
TYPE_OF = {("full_time", "general"): "full_time", ("full_time", "food_workshop"): "food_workshop",
           ("full_time", "live_commerce"): "live_commerce", ("part_time", "general"): "part_time",
           ("part_time", "food_workshop"): "part_time", ("labour_service", "general"): "labour_service",
           ("outwork", "general"): "outwork", ("cooperation", "live_commerce"): "live_cooperation"}
BLANK = "____________"

# "甲方（用人单位）：某厂" and the like: answer -> label patterns, first match in the draft's head
_PARTY_LINES = {
    "employer_name": r"^(?:甲方|用人单位|定作人|商家)(?:[(（][^)）]{0,8}[)）])?\s*[:：]\s*(?P<v>.+)$",
    "legal_rep": r"^(?:法定代表人|主要负责人|负责人)(?:[(（][^)）]{0,12}[)）])?\s*[:：]\s*(?P<v>.+)$",
    "employer_address": r"^(?:住所|地址|注册地址|经营地址)\s*[:：]\s*(?P<v>.+)$",
    "employer_credit_code": r"^统一社会信用代码\s*[:：]\s*(?P<v>[0-9A-Z]{18})",
    "worker_name": r"^(?:乙方|劳动者|承揽人|主播)(?:[(（][^)）]{0,8}[)）])?\s*[:：]\s*(?P<v>.+)$",
    "worker_id": r"(?:身份证号码|身份证号|居民身份证号码|身份证)\s*[:：]\s*(?P<v>\d{17}[\dXx])",
    "worker_phone": r"(?:联系电话|电话|手机)\s*[:：]\s*(?P<v>1\d{10})",
}
_WORKER_ADDRESS = r"^(?:住址|家庭住址|现住址|户籍地址)\s*[:：]\s*(?P<v>.+)$"
_JOB = re.compile(r"(?:从事|担任|岗位为|工作岗位为|岗位[:：])\s*(?P<v>[^，,。；;]{2,20}?)(?:工作|岗位)?(?=[，,。；;]|$)")
_PLACE = re.compile(r"工作地点(?:为|是|在|[:：])\s*(?P<v>[^，,。；;]{2,40})")


class RepairError(Exception):
    """The draft cannot be turned into the answers of a template type (exit 2)."""


@dataclass
class Repair:
    type_id: str
    answers: dict[str, Any]
    changes: list[str] = field(default_factory=list)  # what was moved to a lawful value, and why
    blanks: list[str] = field(default_factory=list)  # what the draft does not say (left to fill in)
    missing: list[str] = field(default_factory=list)  # required, no default, cannot be left blank
    comments: dict[str, str] = field(default_factory=dict)  # field -> comment in answers.yaml
    dropped: list[str] = field(default_factory=list)  # the draft's unlawful clauses the template's wording replaces

    @property
    def answers_yaml(self) -> str:
        import yaml

        t = load_type(self.type_id)
        lines = [f"# {t.title}：由 mamagang generate --from 根据草稿生成。", "# 改动过的字段在行尾注明原来的写法和依据；",
                 f"# 写着 {BLANK} 的是草稿中没有的内容，请打印后手写或在这里填好再生成。"]
        if self.dropped:
            lines.append("# 草稿中的这些违法或有风险的约定没有沿用（参考合同用合法的写法）：" + "；".join(self.dropped))
        for f in t.fields:
            if f.name not in self.answers:
                continue
            value = self.answers[f.name]
            text = yaml.safe_dump({f.name: value}, allow_unicode=True, default_flow_style=True, width=1000).strip()
            text = text[1:-1] if text.startswith("{") else text
            comment = self.comments.get(f.name)
            lines.append(f"{text}" + (f"   # {comment}" if comment else f"   # {f.label}"))
        return "\n".join(lines) + "\n"


def _first(blocks: list[str], pattern: str) -> str | None:
    regex = re.compile(pattern)
    for text in blocks:
        m = regex.search(text)
        if m:
            return m.group("v").strip()
    return None


def _fact(contract, name: str):
    found = contract.facts.get(name)
    return found[0] if found else None


def repair(source, *, type_id: str | None = None, rules=None, name: str | None = None) -> Repair:
    rules = rules or api.ruleset()
    report = api.check(source, name=name, rules=rules)
    contract = report.contract
    kind = contract.kind
    if type_id is None:
        type_id = TYPE_OF.get((kind.relation, kind.sector))
        if type_id is None:
            raise RepairError(f"{report.file}：识别为 {kind.describe()}，没有对应的参考文书类型；请用 --type 指定（mamagang types 列出全部）")
    t = load_type(type_id)
    head = [b.original.strip() for b in contract.document.blocks[:25]]
    everything = [b.original.strip() for b in contract.document.blocks]
    found: dict[str, Any] = {}
    for name, pattern in _PARTY_LINES.items():
        value = _first(head, pattern)
        if value:
            found[name] = re.split(r"\s{2,}", value)[0]
    worker_at = next((i for i, text in enumerate(head) if re.match(_PARTY_LINES["worker_name"], text)), None)
    if worker_at is not None:  # the worker's address is the one after her name, not the employer's
        value = _first(head[worker_at:], _WORKER_ADDRESS)
        if value:
            found["worker_address"] = value
    for regex, name in ((_JOB, "job"), (_PLACE, "workplace")):
        value = _first(everything, regex.pattern)
        if value:
            found[name] = value
    found["city"] = contract.city
    result = Repair(type_id, {})
    result.dropped = list(dict.fromkeys(f.title for f in report.findings if f.severity in ("error", "warning")))
    facts = _prefill_facts(contract)
    found.update(facts)
    _make_lawful(t, found, contract, rules, result)
    for f in t.fields:
        if f.name in found and found[f.name] not in (None, ""):
            result.answers[f.name] = found[f.name]
        elif f.default not in (None, ""):
            result.answers[f.name] = f.default
            result.comments.setdefault(f.name, f"{f.label}：草稿中没有，用默认值，请核对")
        elif f.required and f.type == "text":
            result.answers[f.name] = BLANK
            result.blanks.append(f.label)
            result.comments[f.name] = f"{f.label}：草稿中没有，请填写"
        elif f.required:
            result.missing.append(f.label)
    return result


def _prefill_facts(contract) -> dict[str, Any]:
    out: dict[str, Any] = {}
    start = _fact(contract, "start_date")
    sign = _fact(contract, "sign_date")
    if start:
        out["start_date"] = start.value
    if sign:
        out["sign_date"] = sign.value
    elif start:
        out["sign_date"] = start.value
    term = _fact(contract, "term_months")
    if term:
        out["term_months"] = int(round(term.value))
    probation = _fact(contract, "probation_months")
    out["probation_months"] = int(probation.value) if probation and probation.value == int(probation.value) else \
        (int(probation.value) + 1 if probation else 0)
    wage = next((f for f in contract.facts.get("wage", []) if f.unit == "month"), None)
    if wage:
        out["wage"] = wage.value
    pw = _fact(contract, "probation_wage")
    ratio = _fact(contract, "probation_wage_ratio")
    if pw:
        out["probation_wage"] = pw.value
    elif ratio and wage:
        out["probation_wage"] = round(wage.value * ratio.value / 100)
    pay_day = _fact(contract, "pay_day")
    if pay_day:
        out["pay_day"] = int(pay_day.value)
    daily = _fact(contract, "daily_hours")
    if daily:
        out["_daily_hours"] = daily.value
    return out


def _make_lawful(t: TemplateType, found: dict[str, Any], contract, rules, result: Repair) -> None:
    """Move each unlawful value to the nearest lawful one and say why."""
    date = found.get("sign_date") or found.get("start_date") or contract.date
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    city = found.get("city") or "中山"

    def minimum(name: str) -> float | None:
        try:
            return rules.params.lookup(name, city, date).value
        except Exception:  # a city or date the parameters do not cover: leave the figure to the user
            return None

    def change(name: str, new: Any, why: str) -> None:
        old = found.get(name)
        found[name] = new
        result.changes.append(f"{_label(t, name)}：{_show(old)} → {_show(new)}（{why}）")
        result.comments[name] = f"原为 {_show(old)}，{why}"

    names = {f.name for f in t.fields}
    if "term_months" in names and "probation_months" in names and found.get("term_months"):
        limit = probation_limit(found["term_months"], None, lambda name: rules.params.lookup(name, city, date).value)
        if found.get("probation_months", 0) > limit:
            change("probation_months", limit, f"合同期限{found['term_months']}个月，试用期最长{limit}个月（劳动合同法第十九条）")
    if "wage" in names and found.get("wage") is not None:
        floor = minimum("minimum_wage.monthly")
        if floor and found["wage"] < floor:
            change("wage", floor, f"不得低于{city}月最低工资标准{floor}元（最低工资规定第十二条）")
    if "probation_wage" in names and found.get("probation_months"):
        floor = max(minimum("minimum_wage.monthly") or 0, (found.get("wage") or 0) * 0.8)
        current = found.get("probation_wage")
        if current is None or current < floor:
            new = int(-(-floor // 1))
            if current is None:
                found["probation_wage"] = new
                result.comments["probation_wage"] = "草稿中没有，按月工资的80%且不低于最低工资填写"
            else:
                change("probation_wage", new, "试用期工资不得低于约定工资的80%和当地最低工资（劳动合同法第二十条）")
    elif "probation_wage" in names and not found.get("probation_months"):
        found.pop("probation_wage", None)
    if "pay_day" in names and found.get("pay_day") and found["pay_day"] > 28:
        change("pay_day", 28, "每月固定日期支付，取每月都有的日期")
    daily = found.pop("_daily_hours", None)
    if daily and daily > 8 and {"morning", "afternoon"} <= names:
        result.changes.append(f"每日工作时间：{_show(daily)}小时 → 8小时以内（劳动法第三十六条、国务院关于职工工作时间的规定第三条；"
                              f"上下班时间用默认值，请按实际核对）")
        result.comments["morning"] = f"原为每日{_show(daily)}小时，改为标准工时以内"
    elif daily and daily > 8 and "shift" in names:
        result.changes.append(f"每次上班时间：{_show(daily)}小时 → 4小时以内（劳动合同法第六十八条）")


def _label(t: TemplateType, name: str) -> str:
    return next((f.label for f in t.fields if f.name == name), name)


def _show(value: Any) -> str:
    if isinstance(value, float) and value == int(value):
        value = int(value)
    return "（无）" if value is None else str(value)

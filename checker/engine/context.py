"""What a rule expression can see: facts by name, kind, city, date, topics, helpers.

The set of names is fixed and documented (rules/README.md), so that the loader can
reject an unknown name when the rule is loaded rather than when it runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from checker.contract import Contract
from checker.engine.parameters import Parameters, ParamValue
from checker.engine.patterns import UNTRUSTED_MENTIONS, compile_pattern
from checker.facts import fact_names
from checker.facts.fact import Fact
from checker.lexicon import Negation

# Fact names the extractor produces (checker.facts registry); expressions may name any of them.
FACT_NAMES = frozenset(fact_names())

HELPERS = frozenset({
    "param", "probation_limit", "months", "days", "has_topic", "mentions", "facts_of", "num", "min", "max",
    "abs", "round", "range",
})
VARIABLES = frozenset({"kind", "relation", "sector", "document", "label_relation", "relation_evidence", "presumed", "disguised", "ordinary_staff", "retired", "female",
                       "city", "date",
                       "province", "topics", "title", "employment", "part_time_substance", "fact", "match"})
KNOWN_NAMES = FACT_NAMES | HELPERS | VARIABLES


class FactView:
    """A fact as an expression sees it: .value .unit .text .written; prints as written."""

    __slots__ = ("value", "unit", "text", "written", "name")

    def __init__(self, fact: Fact) -> None:
        self.name = fact.name
        self.value = fact.value
        self.unit = fact.unit
        self.text = fact.text
        self.written = fact.written or {}

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return True


def probation_limit(term_months: Any, term_type: Any = None, param=None) -> float:
    """Longest lawful probation in months (劳动合同法第19条); the limits are the dated parameters
    probation.max_months.* (rules/parameters/probation.yaml), looked up through `param`."""
    if param is None:
        raise ValueError("probation_limit 需要参数表")
    kind = getattr(term_type, "value", term_type)
    if kind == "task":
        return param("probation.max_months.task_or_under_3_months")
    if kind == "open_ended":
        return param("probation.max_months.long_or_open_ended")
    months = getattr(term_months, "value", term_months)
    if months is None:
        raise ValueError("probation_limit 需要合同期限")
    months = float(months)
    if months < 3:
        return param("probation.max_months.task_or_under_3_months")
    if months < 12:
        return param("probation.max_months.under_1_year")
    if months < 36:
        return param("probation.max_months.under_3_years")
    return param("probation.max_months.long_or_open_ended")


def _number(x: Any) -> Any:
    return getattr(x, "value", x)


def months(x: Any) -> Any:
    """A duration in months: a fact in days is divided by 30 (the law's month)."""
    if getattr(x, "unit", None) == "day":
        return x.value / 30
    return _number(x)


def days(x: Any) -> Any:
    """A duration in days: a fact in months is multiplied by 30."""
    if getattr(x, "unit", None) == "month":
        return x.value * 30
    return _number(x)


def num(x: Any) -> str:
    """Format a number the way a Chinese contract would: 6 not 6.0, 19.8 stays."""
    x = _number(x)
    if isinstance(x, float):
        if x.is_integer():
            return str(int(x))
        return f"{x:.2f}".rstrip("0").rstrip(".")
    return str(x)


@dataclass
class ParamTracker:
    """Looks parameters up for the contract's city and date and records what was used."""

    params: Parameters
    city: str
    date: Any
    used: dict[str, ParamValue] = field(default_factory=dict)
    # where the patterns a rule asked `mentions` about were found: (block, start, end) in block text
    mentioned: list[tuple[int, int, int]] = field(default_factory=list)

    def __call__(self, name: str) -> Any:
        value = self.params.lookup(name, self.city, self.date)
        self.used[name] = value
        return value.value


def province_of(city: str) -> str:
    """"广东" for the 21 Guangdong prefecture cities of rules/lexicon/facts.yaml, else ""."""
    from checker.facts.context import lexicon

    return "广东" if city in lexicon()["workplace"]["cities"] else ""


class _Mentions:
    """`mentions(pattern)`: whether the document says it (not negated). Rules ask the same pattern
    in `assert` and again in `message`, and the context is shared by every rule on this contract:
    the document is scanned once per pattern. `span(pattern)` is where it first says it."""

    def __init__(self, contract: Contract, negation: Negation) -> None:
        self.contract, self.negation = contract, negation
        self.seen: dict[str, tuple[int, int, int] | None] = {}

    def span(self, pattern: str) -> tuple[int, int, int] | None:
        if pattern not in self.seen:
            regex = compile_pattern(pattern, pattern not in UNTRUSTED_MENTIONS)
            self.seen[pattern] = next(((block.index, m.start(), m.end())
                                       for block in self.contract.document.blocks for m in regex.finditer(block.text)
                                       if not self.negation.is_negated(block.text, m.start())), None)
        return self.seen[pattern]

    def __call__(self, pattern: str) -> bool:
        return self.span(pattern) is not None


@lru_cache(maxsize=1)
def _positions() -> dict:
    from checker.lexicon import load_lexicon

    return load_lexicon("positions")


def _ordinary_staff(mentions: "_Mentions") -> bool:
    words = _positions()
    return mentions(words["ordinary"]) and not mentions(words["senior"])


def _female(contract: Contract, mentions: "_Mentions") -> bool:
    from checker.kinds import worker_sex

    sex = worker_sex(contract.document)
    return sex == "female" or (sex is None and mentions("妈妈岗|宝妈岗|女职工\\s*[(（]妈妈岗"))


def build_context(contract: Contract, negation: Negation) -> dict[str, Any]:
    """Everything an expression sees except `param`, which is per rule (see with_params)."""
    views = {name: [FactView(f) for f in facts] for name, facts in contract.facts.items()}
    topics = sorted(contract.topics)

    mentions = _Mentions(contract, negation)

    ctx: dict[str, Any] = {name: None for name in FACT_NAMES}
    ctx.update({name: found[0] for name, found in views.items() if found})
    ctx.update({
        "kind": contract.kind.kind,
        "relation": contract.kind.relation,
        "sector": contract.kind.sector,
        "document": contract.kind.document,
        "label_relation": contract.kind.label or "",
        "relation_evidence": "；".join(contract.kind.evidence),
        "presumed": contract.kind.presumed,
        # named as another relation (劳务, 承揽, 合作, 非全日制) than the substance shows
        "disguised": contract.kind.label_contradicted,
        # an ordinary job (rules/lexicon/positions.yaml): a non-compete cannot bind her at all
        "ordinary_staff": _ordinary_staff(mentions),
        # the worker is a woman: her 性别 field or ID number says so, or the job is a 妈妈岗
        "female": _female(contract, mentions),
        # the worker has retired or draws a pension, and her ID does not say she is too young to
        "retired": contract.kind.retired,
        "city": contract.city,
        "province": province_of(contract.city),
        "date": contract.date.isoformat(),
        "topics": topics,
        "title": contract.kind.title or "",
        # decided once, in checker.kinds; kept under their first names for rule packs that use them
        "employment": contract.kind.employment,
        "part_time_substance": contract.kind.relation == "part_time",
        "fact": None,
        "match": None,
        "probation_limit": probation_limit,
        "months": months,
        "days": days,
        "has_topic": lambda *names: any(n in contract.topics for n in names),
        "mentions": mentions,
        "facts_of": lambda name: list(views.get(name, [])),
        "num": num,
        "min": min,
        "max": max,
        "abs": abs,
        "round": round,
    })
    return ctx


def with_params(base: dict[str, Any], contract: Contract, params: Parameters) -> tuple[dict[str, Any], ParamTracker]:
    """A rule's own context: the shared one plus a tracker recording the parameters it uses."""
    tracker = ParamTracker(params, contract.city, contract.date)
    shared = base["mentions"]

    def mentions(pattern: str) -> bool:
        span = shared.span(pattern)
        if span is not None:
            tracker.mentioned.append(span)
        return span is not None

    def limit(term_months: Any, term_type: Any = None) -> float:
        return probation_limit(term_months, term_type, tracker)

    return {**base, "param": tracker, "mentions": mentions, "probation_limit": limit}, tracker

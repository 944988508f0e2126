"""Typed facts found in a contract, each with the span of the words it came from.

    extract_facts(document) -> {"probation_months": [Fact(value=6, unit="month", ...)], ...}

Every name maps to a list in document order; a name with no hit is absent (a fact not found
is absent, never 0). Deterministic: the same document gives the same facts.

How it works (one direction, no back-edges):
1. options.py decides which parts of model-contract option lists are the contract (check
   boxes, "按下列第（一）种方式"); the rest is masked.
2. scope.py gives each block a Scope: masked text, a row label for table cells, and a
   numeral view (numerals.py: cn2an turns 六/贰仟伍佰/百分之二十/二〇二六 into digits) with an
   offset map back to the block, so spans and texts are the original words.
3. Extractors (registry.py) read scopes and yield Facts; one small function per fact or
   group, in terms.py, dates.py, probation.py, pay.py, hours.py, leave.py,
   termination.py, place.py. Adding a fact is adding a decorated function.

Conventions shared by every extractor:
- value in the unit the name promises; `written` keeps what the contract wrote when it
  differs ({"value": 15, "unit": "day"}), and carries qualifiers: {"bound": "max"} for
  "不超过/不得超过 N", {"bound": "min"} for "不少于/至少 N", {"from", "to"} for date ranges;
- a negated keyword (negation.yaml via checker.lexicon.Negation) gives no fact:
  "不约定试用期", "甲方不收取押金", "不设违约金", "无需缴纳保证金";
- blanks ("试用期____个月", "______元", "____年__月__日") are missing values, not facts.
"""

from __future__ import annotations

from checker.document import Document
from checker.facts import dates, hours, leave, pay, place, probation, termination, terms  # noqa: F401  (registration)
from checker.facts.fact import Fact
from checker.facts.options import find_choices
from checker.facts.registry import BLOCK_EXTRACTORS, DOCUMENT_EXTRACTORS, fact_names
from checker.facts.scope import build_scopes

__all__ = ["Fact", "extract_facts", "fact_names"]


def _order(fact: Fact) -> tuple[int, int, int]:
    return (fact.span.block, fact.span.start, fact.span.end)


def extract_facts(document: Document, choices: dict | None = None) -> dict[str, list[Fact]]:
    """All facts of `document`, by name, each list in document order. `choices` are the
    document's option choices (options.find_choices) when the caller has them already."""
    scopes = build_scopes(document, find_choices(document) if choices is None else choices)
    found: dict[str, list[Fact]] = {}
    seen: set[tuple] = set()  # (name, block, start, end, value): the same fact twice is one fact

    def add(facts) -> None:
        for fact in facts:
            if fact is None:
                continue
            key = (fact.name, fact.span.block, fact.span.start, fact.span.end, repr(fact.value))
            if key in seen:
                continue
            seen.add(key)
            found.setdefault(fact.name, []).append(fact)

    for _, extract in BLOCK_EXTRACTORS:
        for scope in scopes:
            add(extract(scope))
    for name in found:
        found[name].sort(key=_order)
    for _, extract in DOCUMENT_EXTRACTORS:
        add(extract(scopes, found))
    pay.prefer_table_totals(document, found)  # a pay table's total row, not its parts
    hours.mark_unapproved_hours(scopes, found)  # "甲方自行确定……无需报批": no special hours system in law
    return {name: sorted(facts, key=_order) for name, facts in sorted(found.items()) if facts}

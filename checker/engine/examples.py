"""`mamagang rules test`: every fail example must trigger its rule, every pass example must not.

Like semgrep's --test: the rule carries its own proof. An example is a text snippet
read as a plain-text contract, checked with the example's kind/city/date (default:
the rule's first kind, 中山, 2026-01-01 so results never depend on today's date).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from checker.contract import build_contract
from checker.document import Document
from checker.engine.evaluate import Evaluator
from checker.engine.loader import RuleSet
from checker.engine.rule import Example, Rule
from checker.findings import Undetermined

EXAMPLE_DATE = dt.date(2026, 1, 1)
EXAMPLE_CITY = "中山"


@dataclass
class ExampleResult:
    rule: Rule
    example: Example
    expected: str  # fail | pass
    ok: bool
    detail: str

    def describe(self) -> str:
        snippet = self.example.text.replace("\n", "⏎")[:60]
        return f"{self.rule.path}:{self.example.line}: [{self.rule.id}] {self.expected} 示例“{snippet}”{self.detail}"


def run_example(evaluator: Evaluator, rule: Rule, example: Example, expected: str) -> ExampleResult:
    document = Document.from_text(example.text, source=f"{rule.id}:{expected}")
    kind = example.kind or (rule.kinds[0] if rule.kinds else None)
    contract = build_contract(document, kind=kind, city=example.city or EXAMPLE_CITY,
                              date=example.date or EXAMPLE_DATE)
    outcome = evaluator.evaluate(rule, contract) if rule.applies_to(contract.kind.kind) else []
    if isinstance(outcome, Undetermined):
        return ExampleResult(rule, example, expected, False, f"：未能确定（{outcome.reason}）")
    if expected == "fail":
        return ExampleResult(rule, example, expected, bool(outcome), "" if outcome else "：没有触发规则")
    return ExampleResult(rule, example, expected, not outcome,
                         "" if not outcome else f"：不应触发，却报告“{outcome[0].message}”")


def run_examples(ruleset: RuleSet, rules: list[Rule] | None = None) -> list[ExampleResult]:
    evaluator = Evaluator(ruleset)
    results: list[ExampleResult] = []
    for rule in rules if rules is not None else ruleset.rules:
        for example in rule.fail_examples:
            results.append(run_example(evaluator, rule, example, "fail"))
        for example in rule.pass_examples:
            results.append(run_example(evaluator, rule, example, "pass"))
    return results

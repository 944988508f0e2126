"""`mamagang rules test`: every fail example must trigger its rule, every pass example must not.

Like semgrep's --test: the rule carries its own proof. An example is a text snippet
read as a plain-text contract, exactly as `check` would read it: its kind is detected
(relation, sector, document type) unless the example sets `kind:`, and a rule that the
detected kind does not select is reported as not evaluated -- an example cannot pass here
that `check` would never evaluate. City and date default to 中山 and 2026-01-01, so that
results never depend on today's date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from checker.contract import build_contract
from checker.reading.text_reader import read_text
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


def example_contract(example: Example, text: str, source: str, params):
    """The contract an example stands for: its text read as a plain-text contract, with the
    example's kind (detected when not given), city and date (中山, 2026-01-01 by default)."""
    document = read_text(text.encode("utf-8"), source, ".txt")  # the plain-text reader `check` uses
    return build_contract(document, kind=example.kind,
                          city=example.city or EXAMPLE_CITY, date=example.date or EXAMPLE_DATE, params=params)


def run_example(evaluator: Evaluator, rule: Rule, example: Example, expected: str) -> ExampleResult:
    contract = example_contract(example, example.text, f"{rule.id}:{expected}", evaluator.ruleset.params)
    if not rule.applies_to(contract.kind):
        if expected == "pass":
            return ExampleResult(rule, example, expected, True, "")
        return ExampleResult(rule, example, expected, False,
                             f"：规则不适用于识别出的类型（{contract.kind.describe()}，"
                             f"{'；'.join(contract.kind.evidence[:3]) or '无依据'}）；如示例本就是该类型，请加一个标题或写明 kind:")
    from checker.engine.evaluate import RuleRuntimeError

    try:
        outcome = evaluator.evaluate(rule, contract)
    except RuleRuntimeError as exc:
        return ExampleResult(rule, example, expected, False, f"：规则运行出错（{exc}）")
    if isinstance(outcome, Undetermined):
        return ExampleResult(rule, example, expected, False, f"：未能确定（{outcome.reason}）")
    if expected == "fail":
        if outcome and rule.rewrite is not None:
            still = _rewritten_still_fails(evaluator, rule, example, contract, outcome)
            if still:
                return ExampleResult(rule, example, expected, False, f"：按 rewrite 改写为“{still}”后仍触发规则")
        return ExampleResult(rule, example, expected, bool(outcome), "" if outcome else "：没有触发规则")
    return ExampleResult(rule, example, expected, not outcome,
                         "" if not outcome else f"：不应触发，却报告“{outcome[0].message}”")


def _rewritten_still_fails(evaluator: Evaluator, rule: Rule, example: Example, contract, findings) -> str | None:
    """Accept the rule's own `rewrite` on a fail example; the text if the rule still fires on it."""
    from checker.findings import Report
    from checker.rewrite import apply_edits, plan_edits

    edits = plan_edits(Report(contract, findings=list(findings)))
    text = "\n".join(t for t in apply_edits(contract.document, edits) if t.strip())
    fixed = example_contract(example, text, f"{rule.id}:rewrite", evaluator.ruleset.params)
    if not rule.applies_to(fixed.kind):
        return None
    outcome = evaluator.evaluate(rule, fixed)
    return text.replace("\n", "⏎")[:80] if outcome and not isinstance(outcome, Undetermined) else None


def run_examples(ruleset: RuleSet, rules: list[Rule] | None = None) -> list[ExampleResult]:
    evaluator = Evaluator(ruleset)
    results: list[ExampleResult] = []
    for rule in rules if rules is not None else ruleset.rules:
        for example in rule.fail_examples:
            results.append(run_example(evaluator, rule, example, "fail"))
        for example in rule.pass_examples:
            results.append(run_example(evaluator, rule, example, "pass"))
    return results

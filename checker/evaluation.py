"""Measure the checker on labelled contracts (`mamagang eval DIR`, `make accuracy`).

Each contract `NAME.txt|.docx|.pdf` has a sidecar `NAME.expected.yaml`:

    kind: full_time            # optional: passed as --kind when given
    city: 中山                  # optional
    date: 2026-03-01           # optional
    lawful: false              # a lawful contract must get no error finding
    expected:                  # the violations a lawyer finds, as (law, article)
      - {law: 劳动合同法, article: 19}
      - {law: 劳动合同法, article: 9}

Figures:
- recall: expected (law, article) pairs that some finding cites / all expected pairs;
- error precision: error findings that cite an expected pair / all error findings on
  unlawful contracts;
- false errors: error findings on contracts labelled lawful (the target is 0).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from checker import api
from checker.engine.loader import RuleSet


@dataclass
class ContractResult:
    path: Path
    lawful: bool
    expected: set[tuple[str, int]]
    found: set[tuple[str, int]]
    errors: list[str]  # rule ids of error findings
    error_hits: int  # error findings citing an expected pair
    unreadable: str | None = None

    @property
    def missed(self) -> set[tuple[str, int]]:
        return self.expected - self.found


@dataclass
class Evaluation:
    results: list[ContractResult] = field(default_factory=list)

    @property
    def expected_total(self) -> int:
        return sum(len(r.expected) for r in self.results)

    @property
    def recalled(self) -> int:
        return sum(len(r.expected & r.found) for r in self.results)

    @property
    def recall(self) -> float:
        return self.recalled / self.expected_total if self.expected_total else 1.0

    @property
    def error_findings(self) -> int:
        return sum(len(r.errors) for r in self.results if not r.lawful)

    @property
    def error_precision(self) -> float:
        hits = sum(r.error_hits for r in self.results if not r.lawful)
        return hits / self.error_findings if self.error_findings else 1.0

    @property
    def false_errors(self) -> int:
        return sum(len(r.errors) for r in self.results if r.lawful)

    def summary_lines(self) -> list[str]:
        lawful = sum(1 for r in self.results if r.lawful)
        return [
            f"合同 {len(self.results)} 份（合法 {lawful}，违法 {len(self.results) - lawful}）",
            f"召回率 recall：{self.recall:.1%}（{self.recalled}/{self.expected_total} 个应发现的违法点）",
            f"错误级精确率 error precision：{self.error_precision:.1%}（违法合同上 {self.error_findings} 个 error）",
            f"合法合同上的误报 error：{self.false_errors}",
        ]


def _pairs(items) -> set[tuple[str, int]]:
    return {(str(i["law"]), int(i["article"])) for i in items or []}


def sidecar_of(path: Path) -> Path:
    return path.with_name(path.name.rsplit(".", 1)[0] + ".expected.yaml")


def contracts_in(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.suffix.lower() in api.SUPPORTED_SUFFIXES
                  and sidecar_of(p).is_file())


def evaluate_corpus(directory: Path, rules: RuleSet | None = None, *, detect_kind: bool = False) -> Evaluation:
    """Check every labelled contract; with detect_kind the label's kind is not given to the
    checker, which must then recognise the kind itself (as it would for a user)."""
    rules = rules or api.ruleset()
    evaluation = Evaluation()
    for path in contracts_in(directory):
        label = yaml.safe_load(sidecar_of(path).read_text(encoding="utf-8")) or {}
        expected = _pairs(label.get("expected"))
        lawful = bool(label.get("lawful", not expected))
        date = label.get("date")
        if isinstance(date, dt.date):
            date = date.isoformat()
        try:
            kind = None if detect_kind else label.get("kind")
            report = api.check(path, kind=kind, city=label.get("city"), date=date, rules=rules)
        except api.ReadError as exc:
            evaluation.results.append(ContractResult(path, lawful, expected, set(), [], 0, exc.code))
            continue
        found: set[tuple[str, int]] = set()
        errors: list[str] = []
        error_hits = 0
        for finding in report.findings:
            cited = {(b["law"], b["article"]) for b in finding.basis}
            found |= cited
            if finding.severity == "error":
                errors.append(finding.rule)
                error_hits += bool(cited & expected)
        evaluation.results.append(ContractResult(path, lawful, expected, found, errors, error_hits))
    return evaluation

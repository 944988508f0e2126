"""Measure the checker on labelled contracts (`mamagang eval DIR`, `make accuracy`).

Each contract `NAME.txt|.docx|.pdf` has a sidecar `NAME.expected.yaml`:

    document: contract         # contract | rulebook | not_contract (default contract)
    relation: full_time        # the lawyer's relation by substance (and sector: general | food_workshop | live_commerce)
    kind: full_time            # first-model label, still read; with --given-kind passed as --kind
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
- false errors: error findings on contracts labelled lawful (the target is 0), and on
  documents labelled not_contract that the checker did not refuse;
- documents: how many not-contracts were refused and how many contracts were not checked;
- relation and sector: how often the detected ones are the labelled ones.
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
    document: str = "contract"  # the label's document type
    not_checked: str | None = None  # why the checker did not check it
    relation: tuple[str | None, str] | None = None  # (labelled, detected)
    sector: tuple[str | None, str] | None = None

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

    @property
    def refused(self) -> tuple[int, int]:
        """(not-contracts refused, not-contracts labelled)."""
        labelled = [r for r in self.results if r.document == "not_contract"]
        return sum(1 for r in labelled if r.not_checked), len(labelled)

    @property
    def wrongly_unchecked(self) -> list[ContractResult]:
        return [r for r in self.results if r.document != "not_contract" and r.not_checked]

    def agreement(self, axis: str) -> tuple[int, int]:
        pairs = [getattr(r, axis) for r in self.results if getattr(r, axis) and getattr(r, axis)[0]]
        return sum(1 for labelled, found in pairs if labelled == found), len(pairs)

    def summary_lines(self) -> list[str]:
        lawful = sum(1 for r in self.results if r.lawful)
        lines = [
            f"合同 {len(self.results)} 份（合法 {lawful}，违法 {len(self.results) - lawful}）",
            f"召回率 recall：{self.recall:.1%}（{self.recalled}/{self.expected_total} 个应发现的违法点）",
            f"错误级精确率 error precision：{self.error_precision:.1%}（违法合同上 {self.error_findings} 个 error）",
            f"合法合同上的误报 error：{self.false_errors}",
        ]
        refused, labelled = self.refused
        if labelled:
            lines.append(f"不是合同的文书：{refused}/{labelled} 份被正确拒绝检查")
        if self.wrongly_unchecked:
            lines.append(f"未能检查的合同：{len(self.wrongly_unchecked)} 份")
        for axis, name in (("relation", "法律关系"), ("sector", "行业")):
            same, total = self.agreement(axis)
            if total:
                lines.append(f"{name}识别与标注一致：{same}/{total}")
        return lines


def _pairs(items) -> set[tuple[str, int]]:
    return {(str(i["law"]), int(i["article"])) for i in items or []}


def sidecar_of(path: Path) -> Path:
    return path.with_name(path.name.rsplit(".", 1)[0] + ".expected.yaml")


def contracts_in(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.suffix.lower() in api.SUPPORTED_SUFFIXES
                  and sidecar_of(p).is_file())


def evaluate_corpus(directory: Path, rules: RuleSet | None = None, *, detect_kind: bool = False) -> Evaluation:
    """Check every labelled contract; with detect_kind the label's kind is not given to the
    checker, which must then recognise the kind itself (as it would for a user). Labels that
    give only `relation`/`sector` (not the first-model `kind`) are always detected."""
    rules = rules or api.ruleset()
    evaluation = Evaluation()
    for path in contracts_in(directory):
        label = yaml.safe_load(sidecar_of(path).read_text(encoding="utf-8")) or {}
        expected = _pairs(label.get("expected"))
        lawful = bool(label.get("lawful", not expected))
        document = label.get("document", "contract")
        date = label.get("date")
        if isinstance(date, dt.date):
            date = date.isoformat()
        try:
            kind = None if detect_kind else label.get("kind")
            report = api.check(path, kind=kind, city=label.get("city"), date=date, rules=rules)
        except api.ReadError as exc:
            evaluation.results.append(ContractResult(path, lawful, expected, set(), [], 0, exc.code, document))
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
        k = report.contract.kind
        relation = label.get("relation") or (label.get("kind") if label.get("kind") in ("full_time", "part_time",
                                                                                        "labour_service", "outwork") else None)
        evaluation.results.append(ContractResult(
            path, lawful, expected, found, errors, error_hits, None, document, report.not_checked,
            (relation, k.relation) if document == "contract" else None,
            (label.get("sector"), k.sector) if document == "contract" else None))
    return evaluation

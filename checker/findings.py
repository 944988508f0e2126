"""What checking produces: Findings, Undetermined rules, a Report per document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from checker.contract import Contract


@dataclass
class Finding:
    rule: str
    severity: str
    title: str
    message: str
    basis: list[dict[str, Any]]
    location: dict[str, Any] | None
    suggestion: str
    explain: dict[str, Any]
    explain_to_worker: str = ""
    # every place the problem shows (the first is `location`); one finding per rule and problem
    locations: list[dict[str, Any]] = field(default_factory=list)
    # lawful wording replacing the sentence at each location (rule field `rewrite`); "" if none
    rewrite: str = ""
    form: str = ""  # the rule's form: require | forbid | assert
    worker_title: str = ""  # the title in plain words (rule field worker_title), for the worker's page

    def sort_key(self) -> tuple:
        from checker.engine.rule import SEVERITY_RANK

        block = self.location["block"] if self.location else -1
        start = self.location.get("start", 0) if self.location else 0
        return (SEVERITY_RANK[self.severity], block, start, self.rule)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "title": self.title,
            "message": self.message,
            "basis": self.basis,
            "location": self.location,
            "locations": self.locations or ([self.location] if self.location else []),
            "suggestion": self.suggestion,
            **({"rewrite": self.rewrite} if self.rewrite else {}),
            "explain_to_worker": self.explain_to_worker,
            "explain": self.explain,
        }


@dataclass
class Undetermined:
    rule: str
    title: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "title": self.title, "reason": self.reason}


@dataclass
class Report:
    """The result of checking one document."""

    contract: Contract
    findings: list[Finding] = field(default_factory=list)
    undetermined: list[Undetermined] = field(default_factory=list)
    rules_evaluated: int = 0

    @property
    def file(self) -> str:
        return self.contract.document.source

    @property
    def not_checked(self) -> str | None:
        """Why this document was not (fully) checked; None when it was. Such a report never says
        "未发现问题" and makes `check` exit 3."""
        reason = self.contract.kind.not_checked
        if reason:
            return reason
        if self.rules_evaluated == 0:
            return "没有一条规则适用于这份文书，无法检查"
        if self.contract.document.unread:
            return "部分内容没有读出，只检查了读出的部分：" + "；".join(self.contract.document.unread)
        return None

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def summary(self) -> dict[str, int]:
        return {"error": self.count("error"), "warning": self.count("warning"), "info": self.count("info"),
                "rules_evaluated": self.rules_evaluated, "checked": self.not_checked is None}


@dataclass
class ReadFailure:
    file: str
    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"file": self.file, "code": self.code, "message": self.message}


@dataclass
class RunResult:
    """One `check` run over several documents: reports for the readable, errors for the rest."""

    reports: list[Report]
    errors: list[ReadFailure]
    rules_version: str = ""

    @property
    def not_checked(self) -> list[Report]:
        return [r for r in self.reports if r.not_checked]

    def worst(self) -> str | None:
        from checker.engine.rule import SEVERITY_RANK

        severities = [f.severity for r in self.reports for f in r.findings]
        return min(severities, key=SEVERITY_RANK.__getitem__) if severities else None

"""The Rule object: one YAML file, validated and compiled."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.engine.sandbox import Expression, Template

if TYPE_CHECKING:
    from checker.kinds import KindResult

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
SEVERITY_LABELS = {"error": "违法（错误）", "warning": "法律风险（警告）", "info": "建议（提示）"}


@dataclass
class Basis:
    law: str
    article: int
    paragraph: int | None = None
    item: int | None = None
    quote: str | None = None
    verified: bool = True
    version: str | None = None  # which text of a law with several (laws.yaml versions); None: the current one
    # a condition (expression) for citing this text: a sector's own regulation beside the general law
    # ("广东省家政服务条例第15条 when mentions('家政')"); None: always cited
    when: Any = None

    def cite(self) -> str:
        """"劳动合同法第19条第1款"."""
        text = f"《{self.law}》第{self.article}条"
        if self.paragraph:
            text += f"第{self.paragraph}款"
        if self.item:
            text += f"第{self.item}项"
        return text

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"law": self.law, "article": self.article}
        if self.paragraph:
            data["paragraph"] = self.paragraph
        if self.item:
            data["item"] = self.item
        if self.quote:
            data["quote"] = self.quote
        if not self.verified:
            data["verified"] = False
        if self.version:
            data["version"] = self.version
        return data


@dataclass
class Example:
    text: str
    kind: str | None = None
    city: str | None = None
    date: str | None = None
    note: str | None = None
    line: int = 1


@dataclass
class Forbid:
    patterns: list[re.Pattern[str]]
    unless: list[re.Pattern[str]] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    unless_topics: list[str] = field(default_factory=list)
    negation: bool = True
    window: int | None = None
    lead: list[re.Pattern[str]] = field(default_factory=list)  # only in list items under a matching lead-in
    source_patterns: list[str] = field(default_factory=list)  # as written in the rule (notation unexpanded)
    unless_sources: list[str] = field(default_factory=list)


@dataclass
class Require:
    topics: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)
    patterns: list[re.Pattern[str]] = field(default_factory=list)
    source_patterns: list[str] = field(default_factory=list)  # as written in the rule


@dataclass
class Rule:
    id: str
    title: str
    severity: str
    path: Path
    basis: list[Basis]
    message: Template
    suggestion: Template
    explain_to_worker: str
    worker_title: str = ""  # the title in plain words for the worker's page ("" = title)
    # the lawful wording that replaces the offending sentence (a tracked change in the .docx
    # report with --redline); None for rules that only advise
    rewrite: Template | None = None
    kinds: list[str] | None = None  # first-model kinds (still accepted in rule packs)
    relations: list[str] | None = None  # None = every relation
    sectors: list[str] | None = None  # None = every sector
    documents: list[str] = field(default_factory=lambda: ["contract", "supplement", "rulebook"])
    status: str = "stable"
    when: Expression | None = None
    require: Require | None = None
    forbid: Forbid | None = None
    assertion: Expression | None = None
    for_each: tuple[str, ...] = ()  # facts whose every occurrence the assert judges (as `fact`)
    at: str | None = None
    needs: list[str] = field(default_factory=list)
    fact_names: set[str] = field(default_factory=set)  # facts the rule reads anywhere
    cases: list[dict[str, Any]] = field(default_factory=list)
    fail_examples: list[Example] = field(default_factory=list)
    pass_examples: list[Example] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict, repr=False)
    lines: dict[str, int] = field(default_factory=dict, repr=False)

    @property
    def form(self) -> str:
        return "require" if self.require else "forbid" if self.forbid else "assert"

    def applies_to(self, kind: "KindResult") -> bool:
        """Whether the rule is evaluated on a document of this relation, sector and type."""
        return ((self.kinds is None or kind.kind in self.kinds)
                and (self.relations is None or kind.relation in self.relations)
                and (self.sectors is None or kind.sector in self.sectors)
                and kind.document in self.documents)

    def scope(self) -> str:
        """Where the rule applies, in words: "全日制劳动合同、非全日制用工；食品小作坊/摊贩岗位"."""
        from checker.kinds import KIND_LABELS, RELATION_LABELS, SECTOR_LABELS

        parts = []
        if self.relations:
            parts.append("、".join(RELATION_LABELS[r] if r != "unknown" else "类型未能识别的文书" for r in self.relations))
        if self.sectors:
            parts.append("、".join(SECTOR_LABELS[s] for s in self.sectors))
        if self.kinds:
            parts.append("、".join(KIND_LABELS[k] for k in self.kinds))
        if self.documents == ["contract"]:
            parts.append("只查合同（不查规章制度、补充协议和录用通知）")
        return "；".join(parts) or "所有类型"

    def line_of(self, key: str) -> int:
        return self.lines.get(key, 1)

"""Evaluate rules over a Contract: violated (Finding), satisfied, or undetermined.

A rule is undetermined when a fact it needs was not found, or a parameter has no
value for the contract's city and date. Undetermined is reported apart (未能确定),
never as a violation and never as a pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from jinja2.exceptions import SecurityError, UndefinedError

from checker.contract import Contract
from checker.engine.context import FactView, ParamTracker, build_context, with_params
from checker.engine.loader import RuleSet
from checker.engine.patterns import UNTRUSTED_MENTIONS, PatternTimeout
from checker.engine.prefilter import Prefilter
from checker.engine.parameters import ParamUnavailable
from checker.engine.rule import Rule
from checker.facts.catalogue import label as fact_label
from checker.facts.fact import Fact
from checker.findings import Finding, Report, Undetermined
from checker.lexicon import Negation

EXCERPT_CONTEXT = 40  # characters either side of a hit in an excerpt



class RuleRuntimeError(Exception):
    """A rule that broke the sandbox's limits while running: a rule-file error (exit 2)."""

    def __init__(self, rule: Rule, message: str) -> None:
        super().__init__(f"{rule.path}:{rule.line_of('assert') if rule.assertion else 1}: 规则 {rule.id} 运行出错：{message}")
        self.rule = rule


@dataclass
class _Hit:
    block: int
    start: int
    end: int
    matched: str | None = None
    fact: FactView | None = None


def _location(contract: Contract, hit: _Hit) -> dict[str, Any]:
    block = contract.document.blocks[hit.block]
    original = block.original
    lo = max(0, hit.start - EXCERPT_CONTEXT)
    hi = min(len(original), hit.end + EXCERPT_CONTEXT)
    excerpt = ("…" if lo > 0 else "") + original[lo:hi] + ("…" if hi < len(original) else "")
    location: dict[str, Any] = {"block": hit.block, "start": hit.start, "end": hit.end, "excerpt": excerpt}
    if block.page is not None:
        location["page"] = block.page
    clause = contract.clause_of(hit.block)
    if clause:
        location["clause"] = clause
    if block.where:
        location["where"] = block.where
    return location


def _fact_hit(fact: Fact | FactView, contract: Contract) -> _Hit:
    original = next(f for f in contract.facts[fact.name] if f.text == fact.text) if isinstance(fact, FactView) else fact
    return _Hit(original.span.block, original.span.start, original.span.end)


def _explain(rule: Rule, contract: Contract, tracker: ParamTracker, extra: dict[str, Any]) -> dict[str, Any]:
    facts = {}
    for name in sorted(rule.fact_names):
        found = contract.facts.get(name)
        if found:
            f = found[0]
            facts[name] = {"value": f.value, "unit": f.unit, "text": f.text}
    explain: dict[str, Any] = {"kind": contract.kind.kind, "city": contract.city, "date": contract.date.isoformat()}
    if facts:
        explain["facts"] = facts
    if tracker.used:
        explain["parameters"] = {name: value.explain() for name, value in sorted(tracker.used.items())}
    explain.update(extra)
    return explain


def forbid_prefilter(ruleset: RuleSet) -> Prefilter:
    """The pack's forbid patterns in one automaton, built once per loaded pack."""
    prefilter = ruleset.__dict__.get("_forbid_prefilter")
    if prefilter is None:
        prefilter = Prefilter(p for rule in ruleset.rules if rule.forbid for p in rule.forbid.patterns)
        ruleset.__dict__["_forbid_prefilter"] = prefilter
    return prefilter


class Evaluator:
    def __init__(self, ruleset: RuleSet, negation: Negation | None = None) -> None:
        self.ruleset = ruleset
        self.negation = negation or Negation.default()
        self._base: tuple[Contract, dict[str, Any]] | None = None
        self._prefilter = forbid_prefilter(ruleset)
        self._candidates: tuple[Contract, dict[int, set[int]]] | None = None
        UNTRUSTED_MENTIONS.update(getattr(ruleset, "untrusted_mentions", ()))

    def _base_context(self, contract: Contract) -> dict[str, Any]:
        """Built once per contract, shared by every rule evaluated on it."""
        if self._base is None or self._base[0] is not contract:
            self._base = (contract, build_context(contract, self.negation))
        return self._base[1]

    def _may_match(self, contract: Contract, block: Any, pattern: Any) -> bool:
        """Whether a forbid pattern can match a block at all (prefilter.py: one automaton pass
        per block finds the literals every match would contain)."""
        if self._candidates is None or self._candidates[0] is not contract:
            self._candidates = (contract, {})
        found = self._candidates[1]
        if block.index not in found:
            found[block.index] = self._prefilter.candidates(block.text)
        return self._prefilter.may_match(pattern, found[block.index])

    def check(self, contract: Contract, rules: list[Rule] | None = None) -> Report:
        report = Report(contract)
        if contract.kind.document == "not_contract":
            return report  # not checked: Report.not_checked says why
        for rule in rules if rules is not None else self.ruleset.rules:
            if not rule.applies_to(contract.kind):
                continue
            report.rules_evaluated += 1
            outcome = self.evaluate(rule, contract)
            if isinstance(outcome, Undetermined):
                report.undetermined.append(outcome)
            else:
                report.findings.extend(outcome)
        report.findings = _one_per_problem(sorted(report.findings, key=Finding.sort_key))
        report.undetermined.sort(key=lambda u: u.rule)
        return report

    def evaluate(self, rule: Rule, contract: Contract) -> list[Finding] | Undetermined:
        ctx, tracker = with_params(self._base_context(contract), contract, self.ruleset.params)
        try:
            return self._evaluate(rule, contract, ctx, tracker)
        except ParamUnavailable as exc:
            return Undetermined(rule.id, rule.title, str(exc))
        except (SecurityError, PatternTimeout) as exc:
            raise RuleRuntimeError(rule, str(exc)) from None
        except (UndefinedError, AttributeError) as exc:
            # a name or attribute the rule reads does not exist: a bug in the rule, never "未能确定"
            raise RuleRuntimeError(rule, f"{type(exc).__name__}: {exc}") from None
        except (TypeError, ValueError, ZeroDivisionError) as exc:
            return Undetermined(rule.id, rule.title, f"规则计算出错（{type(exc).__name__}: {exc}），请检查规则或合同中的数字")

    def _basis_in_force(self, rule: Rule, contract: Contract, ctx: dict[str, Any] | None = None) -> list:
        """The rule's citations whose text was in force on the contract's date: a law file holding
        two versions (laws.yaml `versions`) is cited in the version of that date only. A citation
        with its own `when` (a sector's regulation) is cited only where that holds."""
        kept = []
        for basis in rule.basis:
            if basis.when is not None and (ctx is None or not basis.when(ctx)):
                continue
            law = self.ruleset.laws.get(basis.law)
            version = (law.versions.get(basis.version) if basis.version else law.current) if law and law.versions else None
            if version is None or version.in_force(contract.date):
                kept.append(basis)
        return kept

    def _evaluate(self, rule: Rule, contract: Contract, ctx: dict[str, Any], tracker: ParamTracker):
        if rule.when is not None and not rule.when(ctx):
            return []
        basis = self._basis_in_force(rule, contract, ctx)
        if not basis:
            return []  # every text the rule cites was not (or no longer) in force on that date
        missing = [n for n in rule.needs if not contract.facts.get(n)]
        if missing:
            return Undetermined(rule.id, rule.title, "合同中未找到：" + "、".join(fact_label(n) for n in missing))
        hits: list[_Hit]
        if rule.require is not None:
            hits = [] if self._required_present(rule, contract) else [None]  # type: ignore[list-item]
        elif rule.forbid is not None:
            hits = self._forbidden_hits(rule, contract)
        else:
            hits = self._assert_hits(rule, contract, ctx, tracker)
        if not hits:
            return []
        # One finding per problem: the first hit speaks, every hit is a location.
        first = hits[0]
        local = dict(ctx)
        if first is not None:
            local["match"] = first.matched
            local["fact"] = first.fact
        message = rule.message.render(local)
        locations = [self._hit_location(contract, hit) for hit in hits if hit is not None]
        if len(locations) > 1:
            message += f"（合同中共{len(locations)}处，见各处位置）"
        caveats = [v.note or f"{v.description}的数字未经官方原文核实" for v in tracker.used.values() if not v.trustworthy]
        if caveats:
            message += "（注意：" + "；".join(dict.fromkeys(caveats)) + "）"
        extra = {"matched": first.matched} if first is not None and first.matched else {}
        return [Finding(
            rule=rule.id, severity=rule.severity, title=rule.title, message=message,
            basis=[b.to_dict() for b in basis], location=locations[0] if locations else None,
            suggestion=rule.suggestion.render(local), explain=_explain(rule, contract, tracker, extra),
            explain_to_worker=rule.explain_to_worker, locations=locations,
            rewrite=rule.rewrite.render(local).strip() if rule.rewrite is not None and locations else "",
            form=rule.form, worker_title=rule.worker_title,
        )]

    @staticmethod
    def _hit_location(contract: Contract, hit: _Hit) -> dict[str, Any]:
        location = _location(contract, hit)
        if hit.matched:
            location["matched"] = hit.matched
        elif hit.fact is not None:
            location["matched"] = hit.fact.text
        return location

    # --- the three forms -----------------------------------------------------

    def _required_present(self, rule: Rule, contract: Contract) -> bool:
        spec = rule.require
        assert spec is not None
        if any(t in contract.topics for t in spec.topics):
            return True
        if any(contract.facts.get(f) for f in spec.facts):
            return True
        for pattern in spec.patterns:
            for block in contract.document.blocks:
                for m in pattern.finditer(block.text):
                    if not self.negation.is_negated(block.text, m.start()):
                        return True
        return False

    def _forbidden_hits(self, rule: Rule, contract: Contract) -> list[_Hit]:
        spec = rule.forbid
        assert spec is not None
        blocks = contract.document.blocks
        if spec.topics:
            blocks = [b for b in blocks if contract.topics_at(b.index) & set(spec.topics)]
        if spec.unless_topics:
            blocks = [b for b in blocks if not contract.topics_under_heading(b.index) & set(spec.unless_topics)]
        # A heading such as "第八条 押金与证件" names a subject; it states no obligation.
        headings = {c.first_block for c in contract.clauses if c.heading_only}
        hits: list[_Hit] = []
        for block in blocks:
            if block.index in headings:
                continue
            if spec.lead and not _under_lead(contract, block, spec.lead, self.negation):
                continue
            # one hit per sentence: several patterns on the same words say the same thing, while a
            # second sentence that breaks the rule too ("须提前三个月报备；未经报备而怀孕的，按违纪论处")
            # is a location of its own, so that the redline rewrites both
            found_in: set[int] = set()
            for pattern in spec.patterns:
                if not self._may_match(contract, block, pattern):
                    continue
                for m in pattern.finditer(block.text):
                    if spec.negation and self.negation.is_negated(block.text, m.start(), spec.window):
                        continue
                    if contract.not_chosen(block.index, m.start()) or _label_denied(contract, block, m.end()):
                        continue
                    lo, hi = _sentence_bounds(block.text, m.start(), m.end())
                    if any(lo <= at < hi for at in found_in):
                        continue
                    sentence = block.text[lo:hi]
                    if block.kind == "table_cell":
                        # A row reads as one sentence: "试用期｜不约定试用期" is no probation.
                        sentence += " " + " ".join(b.text for b in contract.row_cells(block) if b is not block)
                    if any(u.search(sentence) for u in spec.unless):
                        continue
                    start, end = block.to_original(m.start(), m.end())
                    hits.append(_Hit(block.index, start, end, matched=block.original[start:end]))
                    found_in.add(m.start())
            if block.kind == "table_cell" and block.col == 1 and not any(h.block == block.index for h in hits):
                hits += self._row_hits(rule, contract, block)
        return sorted(hits, key=lambda h: (h.block, h.start))

    def _row_hits(self, rule: Rule, contract: Contract, first: Any) -> list[_Hit]:
        """A table row read as one sentence, for words split across its cells: a fines table's
        "不服从加班安排 | 每次罚款50元". The hit is located in the row's first cell."""
        spec = rule.forbid
        cells = contract.row_cells(first)
        if len(cells) < 2:
            return []
        row = "，".join(b.text for b in cells)
        for pattern in spec.patterns:
            for m in pattern.finditer(row):
                if m.end() <= len(cells[0].text):
                    continue  # inside the first cell: the cell pass decides
                if spec.negation and self.negation.is_negated(row, m.start(), spec.window):
                    continue
                if any(u.search(row) for u in spec.unless):
                    continue
                end = min(len(first.text), m.end())
                start = min(m.start(), max(0, end - 1))
                s, e = first.to_original(start, end)
                return [_Hit(first.index, s, e, matched=row[m.start():m.end()])]
        return []

    def _assert_hits(self, rule: Rule, contract: Contract, ctx: dict[str, Any], tracker: ParamTracker) -> list[_Hit]:
        assert rule.assertion is not None
        if rule.for_each:
            hits = []
            for fact in (f for name in rule.for_each for f in contract.facts.get(name, [])):
                view = FactView(fact)
                if not rule.assertion({**ctx, "fact": view}):
                    hit = _fact_hit(fact, contract)
                    hit.fact = view
                    hits.append(hit)
            return hits
        if rule.assertion(ctx):
            return []
        # located at the first fact the assertion reads, else at any fact the rule reads (a message
        # or `when` naming the figure), else where a pattern it asked `mentions` about was found:
        # a clause that is there is never shown as missing
        if rule.at == "title":  # a finding about the whole document: shown at its title
            title = contract.kind.title
            block = next((b for b in contract.document.blocks if title and b.original.strip() == title), None)
            if block is not None:
                return [_Hit(block.index, block.original.index(title), block.original.index(title) + len(title))]
        names = ([rule.at] if rule.at and rule.at != "title" else []) + sorted(rule.assertion.names & rule.fact_names) + sorted(rule.fact_names)
        at = next((n for n in names if contract.facts.get(n)), None)
        if at:
            return [_fact_hit(contract.facts[at][0], contract)]
        if tracker.mentioned:
            block, start, end = tracker.mentioned[0]
            s, e = contract.document.blocks[block].to_original(start, end)
            return [_Hit(block, s, e)]
        return [None]  # type: ignore[list-item]


_LIST_ITEM = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．)）]|[①-⑳]|[一二三四五六七八九十]{1,2}、)")


def _under_lead(contract: Contract, block, lead: list, negation: Negation) -> bool:
    """Whether `block` is an item of a list whose lead-in ("有下列情形之一的，本协议自动终止：") matches,
    not negated ("有下列情形之一的，甲方不得解除劳动合同：" is a list of protections)."""
    if not _LIST_ITEM.match(block.text):
        return False
    for prev in reversed(contract.document.blocks[max(0, block.index - 12):block.index]):
        if _LIST_ITEM.match(prev.text) and not prev.text.rstrip().endswith((":", "：")):
            continue  # a sibling item
        return prev.text.rstrip().endswith((":", "：")) and any(
            not negation.is_negated(prev.text, m.start()) for p in lead for m in p.finditer(prev.text))
    return False


_SENTENCE_END = re.compile(r"[。;；!！?？\n]")


_FIELD_LABEL = re.compile(r"^\s*[^:：。;；,，]{1,12}[:：]")
_DENIAL = re.compile(r"^[\s☑✓✔√■☒⊠\[\]()（）xX]*(?:不|无|没有|免|未|否)")


def _label_denied(contract: Contract, block: Any, end: int) -> bool:
    """A form's field label ("押金：") whose value denies it ("☑ 不收取任何押金 □ 收取工衣押金____元"):
    the label names the subject, and the options the parties did not tick are not the contract."""
    label = _FIELD_LABEL.match(block.text)
    if not label or end > label.end():
        return False
    value = "".join(ch for i, ch in enumerate(block.text[label.end():], start=label.end())
                    if not contract.not_chosen(block.index, i))
    return bool(_DENIAL.match(value))


_PROVISO = re.compile(r"\s*(?:但|但是|但因|除非)")
_ILLUSTRATION = re.compile(r"\s*(?:例|例如|举例|比如|如)\s*[:：]")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around [start, end). A worked example ("例：服务满10个月后辞职，
    违约金为…") illustrates the sentence before it, and is read together with it."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    lo = ends[-1] if ends else 0
    if len(ends) >= 1 and _ILLUSTRATION.match(text, lo):
        lo = ends[-2] if len(ends) >= 2 else 0
    m = _SENTENCE_END.search(text, end)
    # a proviso after a semicolon ("由乙方自行负责；但因甲方……的，由甲方承担相应责任") qualifies it
    while m and m.group() in ";；" and _PROVISO.match(text, m.end()):
        m = _SENTENCE_END.search(text, m.end())
    return lo, m.start() if m else len(text)


def _sentence(text: str, start: int, end: int) -> str:
    lo, hi = _sentence_bounds(text, start, end)
    return text[lo:hi]


def _one_per_problem(findings: list[Finding]) -> list[Finding]:
    """A pattern rule and a figure rule that flag the same words for the same article ("工资每两个月
    发放一次": the pay-cycle wording and the pay-cycle figure) are one problem: keep the first, in
    the report's order. Two figure rules (below 80% of the wage, below the minimum wage) are two."""
    kept: list[Finding] = []
    for f in findings:
        if f.location and f.basis and any(
                k.severity == f.severity and k.form != f.form and k.basis and (k.basis[0]["law"], k.basis[0]["article"]) == (f.basis[0]["law"], f.basis[0]["article"])
                and any(loc["block"] == f.location["block"] and loc["start"] < f.location["end"] and f.location["start"] < loc["end"]
                        for loc in k.locations)
                for k in kept):
            continue
        kept.append(f)
    return kept


def evaluate(ruleset: RuleSet, contract: Contract) -> Report:
    return Evaluator(ruleset).check(contract)

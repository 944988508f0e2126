"""Contract: a read Document with its clauses, facts, kind, city and date.

This is the "facts" room's output and the rule engine's input. `build_contract`
is the whole of read -> model -> facts for one document.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from checker.clauses import clause_path, enclosing, split_clauses
from checker.document import Clause, Document
from checker.facts import extract_facts
from checker.facts.fact import Fact
from checker.facts.options import Choices, find_choices
from checker.kinds import KIND_LABELS, KindError, KindResult, classify, parse_kind
from checker.privacy import mask

DEFAULT_CITY = "中山"


@dataclass
class Contract:
    document: Document
    clauses: list[Clause]
    facts: dict[str, list[Fact]]
    kind: KindResult
    city: str
    city_source: str  # given | detected | default
    date: dt.date
    date_source: str  # given | detected | default
    topics: set[str] = field(default_factory=set)
    # option choices per block (facts.options): the text of options not chosen is masked
    choices: dict[int, Choices] = field(default_factory=dict)

    def fact(self, name: str) -> Fact | None:
        found = self.facts.get(name)
        return found[0] if found else None

    def clause_of(self, block_index: int) -> str | None:
        return clause_path(self.clauses, block_index)

    def topics_at(self, block_index: int) -> set[str]:
        """Topics of the clause holding a block and of the clauses it sits under."""
        return {t for clause in enclosing(self.clauses, block_index) for t in clause.topics}

    @cached_property
    def _rows(self) -> dict[tuple, list[Any]]:
        rows: dict[tuple, list[Any]] = {}
        for b in self.document.blocks:
            if b.kind == "table_cell":
                rows.setdefault((b.table, b.row), []).append(b)
        for cells in rows.values():
            cells.sort(key=lambda b: b.col or 0)
        return rows

    def not_chosen(self, block_index: int, offset: int) -> bool:
        """Whether a block offset lies in an option the parties did not choose ("□ 收取工衣押金____元"
        beside "☑ 不收取任何押金"): its words are not the contract's."""
        choices = self.choices.get(block_index)
        return choices is not None and any(s <= offset < e for s, e in choices.masked)

    def row_cells(self, block: Any) -> list[Any]:
        """The cells of a table cell's row, in column order (found once per contract, not by
        scanning every block for every rule)."""
        return self._rows.get((block.table, block.row), [])

    def topics_under_heading(self, block_index: int) -> set[str]:
        """Topics of the clause holding a block and of the nearest titled clause above it, no
        further: under "附件 保密与竞业限制协议 / 2 保密义务 / 2.3 …违约金…" the penalty sits under
        保密 (confidentiality), not under the annex's 竞业限制."""
        block = self.document.blocks[block_index]
        if block.kind == "table_cell" and _ARTICLE_CELL.match(block.text):
            # a contract laid out as a table, one article per row ("第十条 提前离职…" | English):
            # the cell is its own clause
            from checker.clauses import topics_of

            return set(topics_of(block.text))
        chain = enclosing(self.clauses, block_index)
        if not chain:
            return set()
        topics = set(chain[-1].topics)
        for clause in reversed(chain[:-1]):
            topics |= set(clause.topics)
            if clause.title:
                break
        return topics

    def to_dict(self, with_blocks: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "file": self.document.source,
            "format": self.document.format,
            "kind": self.kind.kind,
            "kind_label": KIND_LABELS.get(self.kind.kind, self.kind.kind),
            "kind_source": self.kind.source,
            "kind_evidence": list(self.kind.evidence),
            "relation": self.kind.relation,
            "sector": self.kind.sector,
            "document": self.kind.document,
            "presumed": self.kind.presumed,
            "title": self.kind.title,
            "city": self.city,
            "city_source": self.city_source,
            "date": self.date.isoformat(),
            "date_source": self.date_source,
            "clauses": [c.to_dict() for c in self.clauses],
            "facts": {name: [f.to_dict() for f in facts] for name, facts in sorted(self.facts.items())},
        }
        if with_blocks:
            blocks = []
            for b in self.document.blocks:
                item = b.to_dict()
                item["text"] = mask(item["text"])
                blocks.append(item)
            data["blocks"] = blocks
        return data


class UsageError(ValueError):
    """A bad option value given by the user (exit code 2)."""


def parse_date(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"日期“{value}”格式不对，请写成 YYYY-MM-DD，例如 2026-03-01") from None


# Other names of a trial period: 学徒期 (apprenticeship), 考察期, 试岗期, 见习期
_TRIAL_NAMES = re.compile(r"学徒期|考察期|试岗期|见习期")
_TRIAL_IS_PROBATION = re.compile(rf"(?:{_TRIAL_NAMES.pattern})[^。；;]{{0,8}}(?:按|视为|即为|即|作为|属于)试用期")


_TRIAL_AS_TERM = re.compile(r"(?m)^\s*(?:第?[一二三四五六七八九十\d]+[、.．条]?\s*)?(?:学徒|见习)(?:期限|期间)\s*[:：]?\s*$")
_OTHER_TERM = re.compile(r"(?:合同|协议|聘用|用工|劳动|服务)期限|聘期|有效期")


def _apprenticeship_as_probation(document: Document) -> None:
    """"学徒期", "考察期", "试岗期" or "见习期" read as "试用期" (劳动合同法第十九条 by substance:
    a first period in which the worker is assessed, paid less or let go more easily) where it is
    the contract's only trial period, or the text says it is managed as one -- never where it
    follows a probation ("先做三个月学徒（在试用期满后开始计算）"). Same length: offsets hold."""
    text = "\n".join(b.text for b in document.blocks)
    if not _TRIAL_NAMES.search(text):
        return
    if "试用" in text and not _TRIAL_IS_PROBATION.search(text):
        return  # a probation of its own besides the apprenticeship
    if _TRIAL_AS_TERM.search(text) and not _OTHER_TERM.search(text):
        return  # "一、学徒期限 / 学徒期一年，从…至…": the apprenticeship is the agreement's term, not a trial within it
    for block in document.blocks:
        block.text = _TRIAL_NAMES.sub("试用期", block.text)


_ARTICLE_CELL = re.compile(r"\s*第[一二三四五六七八九十百零〇\d]+条")


def build_contract(document: Document, *, kind: str | None = None, city: str | None = None,
                   date: str | dt.date | None = None, today: dt.date | None = None, params=None) -> Contract:
    """Clauses, facts, city, date and kind of a read Document. `kind` is a --kind value (a
    relation, a sector, a first-model kind or RELATION/SECTOR); `params` the rule pack's
    parameters (the bundled ones when None), which hold the thresholds of the kind judgement."""
    try:
        parse_kind(kind)
    except KindError as exc:
        raise UsageError(str(exc)) from None
    given_date = parse_date(date)
    _apprenticeship_as_probation(document)
    clauses = split_clauses(document)
    choices = find_choices(document)
    facts = extract_facts(document, choices)

    if city:
        city_value, city_source = city.removesuffix("市"), "given"
    elif facts.get("workplace_city"):
        city_value, city_source = str(facts["workplace_city"][0].value), "detected"
    elif facts.get("address_city"):
        city_value, city_source = str(facts["address_city"][0].value), "detected"
    else:
        city_value, city_source = DEFAULT_CITY, "default"

    if given_date:
        date_value, date_source = given_date, "given"
    else:
        date_value, date_source = None, "default"
        for name in ("sign_date", "start_date"):
            found = []
            for fact in facts.get(name) or ():
                try:
                    found.append(dt.date.fromisoformat(str(fact.value)))
                except ValueError:
                    continue
            if found:
                # the latest signing date is this document's: a 补充协议 or a renewal recites when the
                # earlier contract was signed ("甲乙双方于2024年3月1日签订《劳动合同》") before its own date
                date_value, date_source = (max(found) if name == "sign_date" else found[0]), "detected"
                break
        if date_value is None:
            date_value = today or dt.date.today()

    kind_result = classify(document, facts, kind, date=date_value, params=params)
    topics: set[str] = set()
    for clause in clauses:
        topics.update(clause.topics)
    return Contract(document, clauses, facts, kind_result, city_value, city_source, date_value, date_source, topics, choices)

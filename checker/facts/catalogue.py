"""The fact catalogue (rules/facts.yaml): the one hand-written list of fact names.

Each fact is declared the way OpenFisca declares a variable: name, Chinese label, value type,
unit (and other units it may take), the `written` qualifiers it may carry, a definition, its
legal basis, and phrasing examples (text -> value) that are run like rule examples. Everything
else that needs fact names -- the extractor registry, the rule loader's proof, the
"合同中未找到：…" labels, `rules show`'s glossary -- reads them from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from checker.resources import rules_dir

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
TYPES = ("number", "date", "choice", "city")
UNIT_LABELS = {"month": "月", "day": "天", "hour": "小时", "minute": "分钟", "yuan": "元", "percent": "%",
               "day_of_month": "每月几号", "piece": "件", "month_wage": "几个月工资", "date": "日期"}
_KEYS = {"label", "type", "unit", "units", "values", "written", "definition", "basis", "examples", "not"}


class CatalogueError(ValueError):
    """rules/facts.yaml is malformed: a program error of the bundled data (exit 2)."""


@dataclass(frozen=True)
class FactSpec:
    name: str
    label: str
    type: str
    unit: str | None
    units: tuple[str, ...]
    values: tuple[str, ...]
    written: dict[str, str]
    definition: str
    basis: tuple[dict[str, Any], ...]
    examples: tuple[dict[str, Any], ...] = field(default=())
    negatives: tuple[str, ...] = field(default=())

    def allowed_units(self) -> set[str | None]:
        return {self.unit, *self.units}


def catalogue_path() -> Path:
    return rules_dir() / "facts.yaml"


def _spec(name: str, raw: Any, where: Path) -> FactSpec:
    def fail(message: str) -> CatalogueError:
        return CatalogueError(f"{where}: 事实 {name}：{message}")

    if not isinstance(raw, dict):
        raise fail("须是一个映射（label: …、type: … 等）")
    unknown = set(raw) - _KEYS
    if unknown:
        raise fail(f"不认识的字段 {', '.join(sorted(unknown))}（可用：{', '.join(sorted(_KEYS))}）")
    for key in ("label", "type", "definition"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise fail(f"缺少 {key}")
    if raw["type"] not in TYPES:
        raise fail(f"type 须是 {' / '.join(TYPES)} 之一，而不是 {raw['type']!r}")
    if raw["type"] == "choice" and not raw.get("values"):
        raise fail("choice 类型须列出 values")
    examples = raw.get("examples") or []
    for example in examples:
        if not isinstance(example, dict) or not isinstance(example.get("text"), str) or "value" not in example:
            raise fail(f"examples 的每一项须有 text 和 value：{example!r}")
    negatives = raw.get("not") or []
    if not all(isinstance(t, str) for t in negatives):
        raise fail("not 的每一项须是一句文字")
    return FactSpec(
        name=name, label=raw["label"], type=raw["type"], unit=raw.get("unit"), units=tuple(raw.get("units") or ()),
        values=tuple(raw.get("values") or ()), written=dict(raw.get("written") or {}), definition=raw["definition"],
        basis=tuple(raw.get("basis") or ()), examples=tuple(examples), negatives=tuple(negatives),
    )


@lru_cache(maxsize=None)
def load_catalogue(path: str | None = None) -> dict[str, FactSpec]:
    """Every declared fact by name, in the catalogue's order."""
    where = Path(path) if path else catalogue_path()
    try:
        raw = yaml.load(where.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, yaml.YAMLError) as exc:
        raise CatalogueError(f"{where}: 无法读取事实目录：{exc}") from exc
    if not isinstance(raw, dict):
        raise CatalogueError(f"{where}: 事实目录须是“事实名: 定义”的映射")
    return {name: _spec(name, spec, where) for name, spec in raw.items()}


def declared_names() -> list[str]:
    return sorted(load_catalogue())


def label(name: str) -> str:
    spec = load_catalogue().get(name)
    return spec.label if spec else name


@dataclass
class ExampleFailure:
    fact: str
    text: str
    problem: str


def _same(found: Any, expected: Any) -> bool:
    if isinstance(expected, float) or isinstance(found, float):
        try:
            return abs(float(found) - float(expected)) <= 0.01
        except (TypeError, ValueError):
            return False
    return found == expected


def run_examples(catalogue: dict[str, FactSpec] | None = None) -> tuple[int, list[ExampleFailure]]:
    """Run every phrasing example: (number run, failures). An example passes when the first
    fact of its name read from its text has the value (and unit, and written subset) it states;
    a `not` text passes when no fact of that name is read."""
    from checker.document import Document
    from checker.facts import extract_facts

    catalogue = catalogue if catalogue is not None else load_catalogue()
    failures: list[ExampleFailure] = []
    count = 0
    for spec in catalogue.values():
        for example in spec.examples:
            count += 1
            text = example["text"]
            found = extract_facts(Document.from_text(text)).get(spec.name)
            if not found:
                failures.append(ExampleFailure(spec.name, text, "没有读出这个事实"))
                continue
            fact = found[0]
            unit = example.get("unit", spec.unit)
            if not _same(fact.value, example["value"]):
                failures.append(ExampleFailure(spec.name, text, f"读出的值是 {fact.value!r}，应为 {example['value']!r}"))
            elif fact.unit != unit:
                failures.append(ExampleFailure(spec.name, text, f"读出的单位是 {fact.unit!r}，应为 {unit!r}"))
            else:
                for key, expected in (example.get("written") or {}).items():
                    got = (fact.written or {}).get(key)
                    if not _same(got, expected):
                        failures.append(ExampleFailure(spec.name, text, f"written.{key} 是 {got!r}，应为 {expected!r}"))
                        break
        for text in spec.negatives:
            count += 1
            found = extract_facts(Document.from_text(text)).get(spec.name)
            if found:
                failures.append(ExampleFailure(spec.name, text, f"不应读出这个事实，却读出了“{found[0].text}” = {found[0].value!r}"))
    return count, failures

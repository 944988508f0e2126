"""Dated legal parameters, OpenFisca-style (rules/parameters/*.yaml).

Each parameter has a list of values, each in force `since` a date, given as one
`value`, or `by_tier` (with a city -> tier map) and/or `by_city`, and always with
a `reference` and a `confidence`. The value used is the latest one in force on the
contract's date, for the contract's city. A new minimum wage is one YAML edit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.engine.yamlio import YamlError, load_located

CONFIDENCE_LEVELS = ("high", "medium", "low")


class ParameterError(ValueError):
    """A parameter file that cannot be loaded; carries path:line."""

    def __init__(self, path: Path, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.message = path, line, message


class ParamUnavailable(LookupError):
    """No value in force for this city and date (the rule is then undetermined)."""


@dataclass(frozen=True)
class ParamValue:
    name: str
    value: Any
    since: dt.date
    reference: dict[str, Any]
    confidence: str
    verified: bool
    description: str
    unit: str | None
    note: str | None = None

    @property
    def trustworthy(self) -> bool:
        return self.verified and self.confidence == "high"

    def explain(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "value": self.value,
            "unit": self.unit,
            "since": self.since.isoformat(),
            "reference": dict(self.reference),
            "confidence": self.confidence,
            "verified": self.verified,
        }
        if self.note:
            data["note"] = self.note
        return data


@dataclass
class _Entry:
    since: dt.date
    value: Any = None
    by_tier: dict[str, Any] = field(default_factory=dict)
    by_city: dict[str, Any] = field(default_factory=dict)
    tiers: dict[str, str] | None = None
    reference: dict[str, Any] = field(default_factory=dict)
    confidence: str = "high"
    verified: bool = True
    note: str | None = None


@dataclass
class Parameter:
    name: str
    description: str
    unit: str | None
    tiers: dict[str, str]
    entries: list[_Entry]  # sorted by since

    def at(self, city: str, date: dt.date) -> ParamValue:
        in_force = [e for e in self.entries if e.since <= date]
        if not in_force:
            raise ParamUnavailable(f"没有{date.isoformat()}时有效的{self.description}数据")
        entry = in_force[-1]
        city = city.removesuffix("市")
        if city in entry.by_city:
            value = entry.by_city[city]
        elif entry.by_tier:
            tier = (entry.tiers or self.tiers).get(city)
            if tier is None or str(tier) not in entry.by_tier:
                raise ParamUnavailable(f"没有“{city}”的{self.description}数据（只收录了广东省各市）")
            value = entry.by_tier[str(tier)]
        elif entry.value is not None:
            value = entry.value
        else:
            raise ParamUnavailable(f"没有“{city}”的{self.description}数据")
        return ParamValue(self.name, value, entry.since, entry.reference, entry.confidence, entry.verified,
                          self.description, self.unit, entry.note)


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _keys_to_str(mapping: dict[Any, Any] | None) -> dict[str, Any]:
    return {str(k): v for k, v in (mapping or {}).items()}


def load_parameter_file(path: Path) -> dict[str, Parameter]:
    try:
        located = load_located(path.read_text(encoding="utf-8"))
    except YamlError as exc:
        raise ParameterError(path, exc.line, str(exc)) from None
    data = located.data or {}
    params = data.get("parameters") if isinstance(data, dict) else None
    if not isinstance(params, dict):
        raise ParameterError(path, 1, "参数文件须有 parameters: 映射")
    result: dict[str, Parameter] = {}
    for name, spec in params.items():
        where = ("parameters", name)
        if not isinstance(spec, dict) or not isinstance(spec.get("values"), list) or not spec["values"]:
            raise ParameterError(path, located.line_of(*where), f"参数 {name} 须有非空的 values 列表")
        for key in ("description",):
            if not spec.get(key):
                raise ParameterError(path, located.line_of(*where), f"参数 {name} 缺少 {key}")
        for tiers_at, table in (((*where, "tiers"), spec.get("tiers")), (("tiers",), data.get("tiers"))):
            if table is not None and not isinstance(table, dict):
                raise ParameterError(path, located.line_of(*tiers_at), "tiers 须是“城市: 档次”的映射（每行一个城市），不能是列表")
        entries = []
        for i, raw in enumerate(spec["values"]):
            line = located.line_of(*where, "values", i)
            if not isinstance(raw, dict) or "since" not in raw:
                raise ParameterError(path, line, f"参数 {name} 的第{i + 1}个取值缺少 since")
            if not raw.get("reference"):
                raise ParameterError(path, line, f"参数 {name} 的第{i + 1}个取值缺少 reference（出处）")
            confidence = raw.get("confidence", "high")
            if confidence not in CONFIDENCE_LEVELS:
                raise ParameterError(path, line, f"confidence 只能是 {'/'.join(CONFIDENCE_LEVELS)}")
            for key in ("tiers", "by_tier", "by_city"):
                if raw.get(key) is not None and not isinstance(raw[key], dict):
                    raise ParameterError(path, located.line_of(*where, "values", i, key), f"{key} 须是映射（每行“名称: 值”），不能是列表")
            if "value" not in raw and "by_tier" not in raw and "by_city" not in raw:
                raise ParameterError(path, line, f"参数 {name} 的第{i + 1}个取值须有 value、by_tier 或 by_city")
            try:
                since = _date(raw["since"])
            except ValueError:
                raise ParameterError(path, line, f"since 日期格式不对：{raw['since']}") from None
            entries.append(_Entry(
                since=since, value=raw.get("value"), by_tier=_keys_to_str(raw.get("by_tier")),
                by_city=_keys_to_str(raw.get("by_city")),
                tiers=_keys_to_str(raw["tiers"]) if raw.get("tiers") else None,
                reference=dict(raw["reference"]) if isinstance(raw["reference"], dict) else {"title": str(raw["reference"])},
                confidence=confidence, verified=bool(raw.get("verified", True)), note=raw.get("note"),
            ))
        entries.sort(key=lambda e: e.since)
        tiers = {str(k): str(v) for k, v in (spec.get("tiers") or data.get("tiers") or {}).items()}
        for entry in entries:
            if entry.tiers:
                entry.tiers = {k: str(v) for k, v in entry.tiers.items()}
        result[name] = Parameter(name, str(spec["description"]), spec.get("unit"), tiers, entries)
    return result


def _merged(old: Parameter, new: Parameter) -> Parameter:
    """A parameter given again in a later directory (a user's --rules): its values are added to the
    bundled ones, a value with the same `since` replaces the bundled one; tiers given anew apply to
    the new values only, so history is never rewritten."""
    added = {e.since for e in new.entries}
    entries = [e for e in old.entries if e.since not in added]
    for entry in new.entries:
        if entry.tiers is None and new.tiers and new.tiers != old.tiers:
            entry.tiers = dict(new.tiers)
        entries.append(entry)
    entries.sort(key=lambda e: e.since)
    return Parameter(old.name, new.description or old.description, new.unit or old.unit, old.tiers, entries)


class Parameters:
    """All parameters of a rule pack, looked up by dotted name."""

    def __init__(self, params: dict[str, Parameter] | None = None) -> None:
        self.params = params or {}

    @classmethod
    def load(cls, directories: list[Path]) -> "Parameters":
        params: dict[str, Parameter] = {}
        errors: list[ParameterError] = []
        for directory in directories:
            for path in sorted(directory.glob("*.yaml")):
                try:
                    for name, param in load_parameter_file(path).items():
                        params[name] = _merged(params[name], param) if name in params else param
                except ParameterError as exc:
                    errors.append(exc)
        if errors:
            raise ParameterLoadErrors(errors)
        return cls(params)

    def names(self) -> list[str]:
        return sorted(self.params)

    def lookup(self, name: str, city: str, date: dt.date) -> ParamValue:
        if name not in self.params:
            raise KeyError(name)
        return self.params[name].at(city, date)


class ParameterLoadErrors(ValueError):
    def __init__(self, errors: list[ParameterError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors

"""The library calls the faces (CLI, web) stand on.

    checker.api.check(path_or_bytes, kind=None, city=None, date=None, rules=None) -> Report
    checker.api.check_paths([...]) -> RunResult     # a batch; a bad file never hides the others
"""

from __future__ import annotations

import datetime as dt
import os
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from checker import __version__
from checker.contract import Contract, UsageError, build_contract
from checker.engine.evaluate import Evaluator, RuleRuntimeError
from checker.engine.loader import RuleLoadError, RuleSet, load_rules
from checker.findings import ReadFailure, Report, RunResult
from checker.reading import ReadError, read_document

__all__ = ["parse", "check", "check_paths", "ruleset", "ReadError", "UsageError", "RuleLoadError",
           "RuleRuntimeError", "Contract", "Report", "RunResult", "__version__", "SUPPORTED_SUFFIXES"]

SUPPORTED_SUFFIXES = (".docx", ".pdf", ".txt", ".md", ".text")


def parse(source: str | os.PathLike | bytes, *, name: str | None = None, kind: str | None = None,
          city: str | None = None, date: str | dt.date | None = None, rules: RuleSet | None = None) -> Contract:
    """Read a document and build its Contract (clauses, facts, kind, city, date).

    Raises ReadError for an unreadable document, UsageError for a bad option.
    """
    document = read_document(source, name=name)
    return build_contract(document, kind=kind, city=city, date=date, params=(rules or ruleset()).params)


@lru_cache(maxsize=1)
def _default_ruleset() -> RuleSet:
    return load_rules()


def ruleset(extra_dirs: Iterable[str | os.PathLike] = (), defaults: bool = True) -> RuleSet:
    """The bundled rule pack (cached) plus any extra rule directories. Raises RuleLoadError."""
    extra = [Path(d) for d in extra_dirs]
    if defaults and not extra:
        return _default_ruleset()
    return load_rules(extra, defaults=defaults)


def check(source: str | os.PathLike | bytes, *, name: str | None = None, kind: str | None = None,
          city: str | None = None, date: str | dt.date | None = None, rules: RuleSet | None = None) -> Report:
    """Check one document against the rules."""
    rules = rules or ruleset()
    contract = parse(source, name=name, kind=kind, city=city, date=date, rules=rules)
    return Evaluator(rules).check(contract)


def expand_paths(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Files as given; directories expanded to the supported files in them (sorted)."""
    result: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            result.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES))
        else:
            result.append(path)
    return result


def check_paths(paths: Iterable[str | os.PathLike], *, kind: str | None = None, city: str | None = None,
                date: str | dt.date | None = None, rules: RuleSet | None = None) -> RunResult:
    rules = rules or ruleset()
    reports, errors = [], []
    for path in expand_paths(paths):
        try:
            reports.append(check(path, kind=kind, city=city, date=date, rules=rules))
        except ReadError as exc:
            errors.append(ReadFailure(str(path), exc.code, str(exc)))
    return RunResult(reports, errors, rules.version)

"""The library calls the faces (CLI, web) stand on.

    checker.api.check(path_or_bytes, kind=None, city=None, date=None, rules=None) -> Report
    checker.api.check_file(path) -> Report | ReadFailure   # one file of a batch, never raises ReadError
    checker.api.check_paths([...]) -> RunResult     # a batch; a bad file never hides the others
    checker.api.iter_check([...], jobs=N, then=f)    # the same, streamed, in N processes
"""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from checker import __version__
from checker.contract import Contract, UsageError, build_contract
from checker.engine.evaluate import Evaluator, RuleRuntimeError
from checker.engine.loader import RuleLoadError, RuleSet, load_rules
from checker.findings import ReadFailure, Report, RunResult
from checker.reading import ReadError, read_document

__all__ = ["parse", "check", "check_file", "check_paths", "iter_check", "expand_paths", "warm_up", "ruleset", "ReadError", "UsageError", "RuleLoadError",
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
        try:
            folder = path.is_dir()
        except OSError:  # a name the system refuses: read_document reports it for this file
            folder = False
        if folder:
            # every entry with a contract's extension that is not a folder: a dangling link or a FIFO
            # is listed too, so that the batch reports it as unreadable instead of skipping it silently
            result.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in SUPPORTED_SUFFIXES
                                 and (p.is_symlink() or not p.is_dir())))
        else:
            result.append(path)
    return result


def check_paths(paths: Iterable[str | os.PathLike], *, kind: str | None = None, city: str | None = None,
                date: str | dt.date | None = None, rules: RuleSet | None = None, jobs: int = 1) -> RunResult:
    rules = rules or ruleset()
    reports, errors = [], []
    for _path, outcome in iter_check(expand_paths(paths), kind=kind, city=city, date=date, rules=rules, jobs=jobs):
        (errors if isinstance(outcome, ReadFailure) else reports).append(outcome)
    return RunResult(reports, errors, rules.version)


_WARM_UP = "劳动合同书\n甲方：某厂\n乙方：某某\n乙方每日工作8小时，月工资3000元。\n".encode()


def warm_up(rules: RuleSet | None = None) -> None:
    """Check a tiny contract once, so that the lazy dictionaries (word segmentation, script
    conversion) are loaded now and not during the first real check."""
    check(_WARM_UP, name="warm-up.txt", rules=rules)

# The batch state a forked worker inherits: rules are loaded once, before the fork.
_BATCH: dict[str, Any] = {}


def check_file(path: str | os.PathLike, *, kind: str | None = None, city: str | None = None,
               date: str | dt.date | None = None, rules: RuleSet | None = None) -> Report | ReadFailure:
    """One file of a batch: its Report, or a ReadFailure when it cannot be read (never raises
    ReadError, so one bad file does not stop the others). A worker of any engine can map it."""
    try:
        return check(path, kind=kind, city=city, date=date, rules=rules)
    except ReadError as exc:
        return ReadFailure(str(path), exc.code, str(exc))


def _check_one(path: Path) -> tuple[Path, Any]:
    options = _BATCH
    outcome = check_file(path, kind=options["kind"], city=options["city"], date=options["date"], rules=options["rules"])
    then = options["then"]
    return path, (then(path, outcome) if then and not isinstance(outcome, ReadFailure) else outcome)


def iter_check(paths: Sequence[Path], *, kind: str | None = None, city: str | None = None,
               date: str | dt.date | None = None, rules: RuleSet | None = None, jobs: int = 1,
               then: Callable[[Path, Report], Any] | None = None) -> Iterator[tuple[Path, Any]]:
    """Check each file, in input order: (path, Report, or then(path, report) when `then` is given,
    or ReadFailure). With jobs > 1 the files are checked in that many processes forked after the
    rules are loaded; `then` runs in the worker, so a caller writing one report per file never
    holds more than a few reports at once. RuleRuntimeError stops the run (a rule-file error)."""
    _BATCH.update(kind=kind, city=city, date=date, rules=rules or ruleset(), then=then)
    try:
        if jobs <= 1 or len(paths) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
            for path in paths:
                yield _check_one(path)
            return
        # Load the lazy dictionaries (word segmentation, script conversion) once, here, and keep the
        # collector off the pages of everything loaded so far: forked workers then share them
        # instead of each loading and copying its own (about 80 MB a worker otherwise).
        warm_up(_BATCH["rules"])
        gc.freeze()
        with multiprocessing.get_context("fork").Pool(min(jobs, len(paths))) as pool:
            yield from pool.imap(_check_one, paths, chunksize=1)
    finally:
        _BATCH.clear()

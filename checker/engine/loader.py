"""Load rule packs: every problem in every file reported at once as path:line: message."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from checker.clauses import topic_lexicon
from checker.cache import cache_dir, write_atomically
from checker.engine.context import FACT_NAMES, KNOWN_NAMES
from checker.engine.parameters import ParameterLoadErrors, Parameters
from checker.engine.patterns import PatternError, compile_pattern
from checker.engine.rule import Basis, Example, Forbid, Require, Rule
from checker.engine.sandbox import Expression, ExpressionError, Template
from checker.engine.sources import LawLibrary
from checker.engine.yamlio import YamlError, load_located
from checker.kinds import KindError, parse_kind
from checker.resources import rules_dir

# Directories of a rule pack that hold data, not rules.
DATA_DIRS = {"sources", "parameters", "lexicon", "templates", "cases"}


@dataclass
class Problem:
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class RuleLoadError(Exception):
    """One or more rule files could not be loaded."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass
class RuleSet:
    rules: list[Rule]
    params: Parameters
    laws: LawLibrary
    directories: list[Path] = field(default_factory=list)
    version: str = ""
    # mentions('…') patterns of rule files outside the bundled pack: matched under a time limit
    untrusted_mentions: frozenset[str] = frozenset()

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator  # only when a pack is built (not read from the cache)

    schema = json.loads((rules_dir() / "schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def _plain(value: Any) -> Any:
    """YAML dates -> ISO strings, recursively (the schema speaks JSON)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def rule_files(directory: Path) -> list[Path]:
    files = []
    for path in sorted(directory.rglob("*.yaml")):
        relative = path.relative_to(directory)
        if relative.parts[0] in DATA_DIRS or len(relative.parts) == 1 and directory == rules_dir():
            continue  # data files, or stray YAML at the top of the bundled pack
        if any(part.startswith(".") or part in ("node_modules", "__pycache__") for part in relative.parts[:-1]):
            continue  # .venv, .git and the like: never rules
        if path.name.endswith(".expected.yaml") or path.name.startswith("answers."):
            continue  # corpus labels and template answers that a rule directory may sit beside
        if path.name in ("type.yaml", "answers.schema.yaml") and _NOT_A_RULE.search(path.read_text(encoding="utf-8", errors="replace")):
            continue  # a template's type.yaml or answers schema (a broken rule is still loaded, and reported)
        files.append(path)
    return files


# top-level keys of the YAML files beside rules that are not rules (contract_templates/)
_NOT_A_RULE = re.compile(r"^(documents|fields|provisions):[ \t]*\n", re.M)


@lru_cache(maxsize=1)
def _bundled() -> Path:
    return rules_dir().resolve()


def _trusted(path: Path) -> bool:
    """Rule files of the bundled pack are trusted; any other directory's are not."""
    return _bundled() in path.resolve().parents


def _regex(pattern: str, path: Path, line: int, problems: list[Problem]) -> re.Pattern[str] | None:
    try:
        return compile_pattern(pattern, _trusted(path))
    except PatternError as exc:
        problems.append(Problem(path, line, str(exc)))
        return None


def _examples(items: list[Any], key: str, located) -> list[Example]:
    result = []
    for i, item in enumerate(items or []):
        line = located.line_of("examples", key, i)
        if isinstance(item, str):
            result.append(Example(text=item, line=line))
        else:
            result.append(Example(text=item["text"], kind=_kind_text(item.get("kind")), city=item.get("city"),
                                  date=item.get("date"), note=item.get("note"), line=line))
    return result


def _kind_text(value: Any) -> str | None:
    """An example's kind: "full_time", "food_workshop", "full_time/food_workshop" or a list of the two."""
    if isinstance(value, list):
        return "/".join(map(str, value))
    return value


# `relations:` may name a group: employment (labour law applies) or civil (民法典 applies)
RELATION_GROUPS = {"employment": ("full_time", "part_time"), "civil": ("labour_service", "outwork", "cooperation")}


def _relations(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    out: list[str] = []
    for value in values:
        for relation in RELATION_GROUPS.get(value, (value,)):
            if relation not in out:
                out.append(relation)
    return out


FACT_ATTRIBUTES = ("value", "unit", "text", "written", "name")


def _prove(data: dict, located, path: Path, problems: list[Problem], param_names: set[str] | None,
           topics: set[str], untrusted: set[str] | None = None) -> None:
    """Load-time proof of what the expressions ask for by name: every param('…') is a parameter,
    every mentions('…') pattern compiles, every facts_of('…') is a fact, every has_topic('…') a
    topic, every attribute read from a fact exists -- with "did you mean" for a near miss."""
    import difflib

    from checker.engine.sandbox import literal_uses

    def hint(name: str, known) -> str:
        close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
        return f"（是不是“{close[0]}”？）" if close else ""

    for key in ("when", "assert", "message", "suggestion", "rewrite"):
        if key not in data or not isinstance(data[key], str):
            continue
        try:
            calls, attrs = literal_uses(data[key], key in ("when", "assert"), FACT_NAMES)
        except ExpressionError:
            continue  # the syntax error is reported when the part is compiled
        line = located.line_of(key)
        for function, arg in calls:
            if function == "param" and param_names is not None and arg not in param_names:
                problems.append(Problem(path, line, f"{key}: 参数“{arg}”不存在{hint(arg, param_names)}（参数见 rules/parameters/）"))
            elif function == "mentions":
                if untrusted is not None and not _trusted(path):
                    untrusted.add(arg)
                try:
                    compile_pattern(arg)
                except PatternError as exc:
                    problems.append(Problem(path, line, f"{key}: mentions() 的用语有错：{exc}"))
            elif function == "facts_of" and arg not in FACT_NAMES:
                problems.append(Problem(path, line, f"{key}: 事实“{arg}”不存在{hint(arg, FACT_NAMES)}"))
            elif function == "has_topic" and arg not in topics:
                problems.append(Problem(path, line, f"{key}: 主题“{arg}”不存在{hint(arg, topics)}"))
        for variable, attr in attrs:
            if attr not in FACT_ATTRIBUTES:
                problems.append(Problem(path, line, f"{key}: 事实 {variable} 没有属性“{attr}”{hint(attr, FACT_ATTRIBUTES)}"
                                                    f"（可用：{'、'.join(FACT_ATTRIBUTES)}）"))


def load_rule_file(path: Path, laws: LawLibrary, problems: list[Problem], param_names: set[str] | None = None,
                   untrusted: set[str] | None = None) -> Rule | None:
    """Parse, validate and compile one rule file; append problems, return None on failure."""
    try:
        located = load_located(path.read_text(encoding="utf-8"))
    except YamlError as exc:
        problems.append(Problem(path, exc.line, str(exc)))
        return None
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(path, 1, f"无法读取规则文件：{exc}"))
        return None
    data = _plain(located.data)
    if not isinstance(data, dict):
        problems.append(Problem(path, 1, "规则文件的内容须是一个映射（id: ...、title: ... 等）"))
        return None
    before = len(problems)
    for error in sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.path))):
        where = "/".join(str(p) for p in error.path) or "(顶层)"
        at = list(error.path)
        if error.validator == "additionalProperties":  # point at the misspelt key itself
            at += re.findall(r"'([^']+)'", error.message.split("(")[-1])[:1]
        problems.append(Problem(path, located.line_of(*at), f"{where}: {_schema_message(error)}"))
    if len(problems) > before:
        return None

    def compile_expr(key: str) -> Expression | None:
        if key not in data:
            return None
        try:
            return Expression(data[key], KNOWN_NAMES)
        except ExpressionError as exc:
            problems.append(Problem(path, located.line_of(key), f"{key}: {exc}"))
            return None

    def compile_template(key: str) -> Template | None:
        try:
            return Template(data[key], KNOWN_NAMES)
        except ExpressionError as exc:
            problems.append(Problem(path, located.line_of(key), f"{key}: {exc}"))
            return None

    known_topics = set(topic_lexicon().keywords)
    _prove(data, located, path, problems, param_names, known_topics, untrusted)
    when, assertion = compile_expr("when"), compile_expr("assert")
    message, suggestion = compile_template("message"), compile_template("suggestion")
    rewrite = compile_template("rewrite") if "rewrite" in data else None

    basis = []
    for i, item in enumerate(data["basis"]):
        law = laws.get(item["law"])
        if law is None:
            problems.append(Problem(path, located.line_of("basis", i, "law"),
                                    f"未知的法规“{item['law']}”：rules/sources/laws.yaml 中没有它的原文文件"))
        elif item.get("version") and item["version"] not in law.versions:
            known = "、".join(law.versions) or "（原文文件只有一个版本）"
            problems.append(Problem(path, located.line_of("basis", i, "version"),
                                    f"《{item['law']}》没有“{item['version']}”这个版本，可用：{known}"))
        cite_when = None
        if "when" in item:
            try:
                cite_when = Expression(item["when"], KNOWN_NAMES)
            except ExpressionError as exc:
                problems.append(Problem(path, located.line_of("basis", i, "when"), f"basis/{i}/when: {exc}"))
        basis.append(Basis(item["law"], item["article"], item.get("paragraph"), item.get("item"),
                           item.get("quote"), item.get("verified", True), item.get("version"), cite_when))

    require = forbid = None
    if "require" in data:
        spec = data["require"]
        require = Require(topics=spec.get("topics", []), facts=spec.get("facts", []),
                          patterns=[p for p in (_regex(x, path, located.line_of("require", "patterns", i), problems)
                                                for i, x in enumerate(spec.get("patterns", []))) if p],
                          source_patterns=list(spec.get("patterns", [])))
        _check_names(require.topics, known_topics, "主题", path, located.line_of("require"), problems)
        _check_names(require.facts, FACT_NAMES, "事实", path, located.line_of("require"), problems)
    if "forbid" in data:
        spec = data["forbid"]
        line = located.line_of("forbid")
        def regexes(key: str) -> list[re.Pattern[str]]:
            return [p for p in (_regex(x, path, located.line_of("forbid", key, i), problems)
                                for i, x in enumerate(spec.get(key, []))) if p]

        forbid = Forbid(patterns=regexes("patterns"), unless=regexes("unless"),
                        topics=spec.get("topics", []), unless_topics=spec.get("unless_topics", []),
                        negation=spec.get("negation", True), window=spec.get("window"),
                        lead=regexes("lead"), source_patterns=list(spec["patterns"]),
                        unless_sources=list(spec.get("unless", [])))
        _check_names(forbid.topics + forbid.unless_topics, known_topics, "主题", path, line, problems)
    # for_each: one fact, or a list ("for_each: [wage, probation_wage]": a probation wage is a wage too)
    for_each = tuple([data["for_each"]] if isinstance(data.get("for_each"), str) else data.get("for_each") or ())
    if for_each:
        _check_names(list(for_each), FACT_NAMES, "事实", path, located.line_of("for_each"), problems)
    if "at" in data and data["at"] != "title":  # at: title -- the document's title
        _check_names([data["at"]], FACT_NAMES, "事实", path, located.line_of("at"), problems)
    if "needs" in data:
        _check_names(data["needs"], FACT_NAMES, "事实", path, located.line_of("needs"), problems)
    if ("for_each" in data or "at" in data) and "assert" not in data:
        problems.append(Problem(path, located.line_of("for_each"), "for_each / at 只能与 assert 一起使用"))

    if len(problems) > before:
        return None
    assert message is not None and suggestion is not None
    fact_names: set[str] = set()
    for part in (when, assertion, message, suggestion, rewrite):
        if part is not None:
            fact_names |= part.names & FACT_NAMES
    needs = data.get("needs")
    if needs is None:
        needs = sorted((assertion.names & FACT_NAMES) - set(for_each)) if assertion else []
    examples = data["examples"]
    fail_examples = _examples(examples.get("fail"), "fail", located)
    pass_examples = _examples(examples.get("pass"), "pass", located)
    for example in fail_examples + pass_examples:
        try:
            parse_kind(example.kind)
        except KindError as exc:
            problems.append(Problem(path, example.line, f"示例的 kind：{exc}"))
    if len(problems) > before:
        return None
    return Rule(
        id=data["id"], title=data["title"], severity=data["severity"], path=path, basis=basis,
        message=message, suggestion=suggestion, rewrite=rewrite, explain_to_worker=data["explain_to_worker"].strip(),
        worker_title=data.get("worker_title", "").strip(),
        kinds=data.get("kinds"), relations=_relations(data.get("relations")), sectors=data.get("sectors"),
        documents=data.get("documents", ["contract", "supplement", "rulebook"]), status=data.get("status", "stable"), when=when, require=require,
        forbid=forbid, assertion=assertion, for_each=for_each, at=data.get("at"),
        needs=list(needs), fact_names=fact_names, cases=data.get("cases", []),
        fail_examples=fail_examples, pass_examples=pass_examples,
        raw=data, lines=dict(located.lines),
    )


def _check_names(names: list[str], known: set[str] | frozenset[str], what: str, path: Path, line: int,
                 problems: list[Problem]) -> None:
    for name in names:
        if name not in known:
            problems.append(Problem(path, line, f"未知的{what}“{name}”"))


def _schema_message(error) -> str:
    if error.validator == "required":
        return f"缺少必填字段：{error.message.split(' ')[0]}"
    if error.validator == "additionalProperties":
        import difflib

        known = sorted((error.schema or {}).get("properties", {}))
        unknown = re.findall(r"'([^']+)'", error.message.split("(")[-1]) or [error.message]
        parts = []
        for name in unknown:
            close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
            parts.append(f"“{name}”" + (f"（是不是“{close[0]}”？）" if close else ""))
        return f"有不认识的字段：{'、'.join(parts)}；可用的字段：{'、'.join(known)}"
    if error.validator == "oneOf" and not error.path:
        return "须有且只有 require、forbid、assert 之一"
    if error.validator == "enum":
        return f"取值不对，可选：{', '.join(map(str, error.validator_value))}"
    if error.validator == "pattern" and error.path and error.path[-1] == "id":
        return "id 只能用小写字母、数字和连字符（kebab-case），例如 probation-too-long"
    return error.message


# --------------------------------------------------------------------------- the rule-pack cache
#
# Loading validates every rule file against the schema, proves every name and compiles every
# expression: most of a cold `mamagang check`. The loaded pack is cached as a pickle keyed by
# the digest of everything it was built from -- the name, size and modification time of every
# file of the rule directories (rules, sources, parameters, lexicons, schema, fact catalogue)
# and of every .py file of the program, the program and Python versions -- so any change
# builds it afresh: never a stale report.
# Where it lives and how to turn it off: checker/cache.py.

CACHE_FORMAT = "1"


def _tree_digest(digest, root: Path, pattern: str = "*") -> None:
    for path in sorted(p for p in root.rglob(pattern) if p.is_file()):
        rel = path.relative_to(root)
        if any(part.startswith(".") or part == "__pycache__" for part in rel.parts):
            continue
        stat = path.stat()  # size and modification time: any edit changes them, and reading them is cheap
        digest.update(f"{rel}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())


def _cache_key(directories: list[Path], defaults: bool) -> str:
    import sys

    from checker import __version__

    digest = hashlib.sha256(f"{CACHE_FORMAT}|{__version__}|{sys.version}|{defaults}".encode())
    _tree_digest(digest, Path(__file__).resolve().parents[1], "*.py")
    for directory in dict.fromkeys([rules_dir()] + directories):  # the bundled pack once, even when listed
        digest.update(str(directory.resolve()).encode())
        _tree_digest(digest, directory)
    return digest.hexdigest()[:32]


CACHE_KEEP = 8  # rule packs kept in the cache (the bundled one, a few user directories)


def _prune(cache: Path) -> None:
    """Keep the CACHE_KEEP most recently used packs: the cache never grows without bound."""
    packs = sorted(cache.glob("rules-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in packs[CACHE_KEEP:]:
        old.unlink(missing_ok=True)


def load_rules(extra_dirs: list[Path] | None = None, *, defaults: bool = True) -> RuleSet:
    """Load the bundled pack (unless defaults=False) plus extra rule directories, from the
    rule-pack cache when nothing it was built from has changed."""
    import pickle

    directories = ([rules_dir()] if defaults else []) + [Path(d) for d in (extra_dirs or [])]
    cache = cache_dir()
    target = None
    if cache is not None and all(d.is_dir() for d in directories):
        try:
            target = cache / f"rules-{_cache_key(directories, defaults)}.pickle"
            if target.is_file():
                ruleset = pickle.loads(target.read_bytes())
                os.utime(target)  # most recently used, for _prune
                return ruleset
        except Exception:  # an unreadable or foreign cache file: build the pack instead
            pass
    ruleset = _load_rules(directories, defaults)
    if target is not None:
        if write_atomically(target, pickle.dumps(ruleset, protocol=pickle.HIGHEST_PROTOCOL)):  # else: read-only home
            try:
                _prune(target.parent)
            except OSError:
                pass
    return ruleset


def _load_rules(directories: list[Path], defaults: bool) -> RuleSet:
    problems: list[Problem] = []
    for directory in directories:
        if not directory.is_dir():
            problems.append(Problem(directory, 1, "规则目录不存在"))
    if problems:
        raise RuleLoadError(problems)
    laws = LawLibrary.load([d / "sources" for d in [rules_dir()] + directories])
    try:
        params = Parameters.load([d / "parameters" for d in directories if (d / "parameters").is_dir()])
    except ParameterLoadErrors as exc:
        # the rules are not proved against a partial set of parameters: every rule that reads
        # one would repeat the same error
        raise RuleLoadError([Problem(e.path, e.line, e.message) for e in exc.errors]) from None
    rules: list[Rule] = []
    seen: dict[str, Rule] = {}
    untrusted: set[str] = set()
    digest = hashlib.sha256()
    bundled = rules_dir().resolve()
    for directory in directories:
        files = rule_files(directory)
        if defaults and directory.resolve() != bundled:  # "rules test ." from a checkout: the pack is loaded once
            files = [p for p in files if bundled not in p.resolve().parents]
        for path in files:
            digest.update(path.read_bytes())
            rule = load_rule_file(path, laws, problems, set(params.names()), untrusted)
            if rule is None:
                continue
            if rule.id in seen:
                problems.append(Problem(path, rule.line_of("id"), f"规则 id “{rule.id}” 重复（已在 {seen[rule.id].path} 中定义）"))
                continue
            seen[rule.id] = rule
            rules.append(rule)
        for path in sorted((directory / "parameters").glob("*.yaml")) if (directory / "parameters").is_dir() else []:
            digest.update(path.read_bytes())
    if problems:
        raise RuleLoadError(problems)
    rules.sort(key=lambda r: r.id)
    return RuleSet(rules, params, laws, directories, digest.hexdigest()[:12], frozenset(untrusted))

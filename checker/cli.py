"""`mamagang` command line: thin faces over the library calls in checker.api.

Exit codes (documented in README and `mamagang --help`):
  0  nothing at or above --fail-on
  1  findings at or above --fail-on (check) / a rule example failed (rules test)
  2  usage error, or a rule file that cannot be loaded
  3  a document could not be read, or could not be checked (not a contract, a kind that
     cannot be decided, no rule that applies); other documents are still reported
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import re
import sys
from pathlib import Path
from typing import Sequence

from dataclasses import dataclass

from checker import api
from checker.kinds import KindError, parse_kind

# the report formats (checker.report.FORMATS; not imported here, so that a command that writes
# no report does not load every writer)
FORMATS = ("text", "json", "markdown", "html", "docx", "sarif", "csv")

KIND_HELP = ("指定合同类型（不自动识别）：法律关系 full_time / part_time / labour_service / outwork / cooperation，"
             "行业 food_workshop / live_commerce，或写成 关系/行业，如 full_time/food_workshop")


def _kind_arg(value: str) -> str:
    try:
        parse_kind(value)
    except KindError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_UNREADABLE = 0, 1, 2, 3

EPILOG = """退出码：0 没有达到 --fail-on 级别的问题；1 有达到该级别的问题；2 用法错误或规则文件有错；3 有文件无法读取或无法检查（不是合同、类型无法判断、没有适用的规则）。"""


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line with exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"mamagang: 用法错误：{message}（运行 mamagang --help 查看用法）\n")
        raise SystemExit(EXIT_USAGE)


def _short(name: str, limit: int = 80) -> str:
    """A file name cut to `limit` characters for a one-line message."""
    return name if len(name) <= limit else name[:limit] + "…"


def _is_dir(path: Path) -> bool:
    """Path.is_dir() that answers False, instead of raising, for a name the system refuses
    (ENAMETOOLONG and the like); opening it then gives the one-line error."""
    try:
        return path.is_dir()
    except OSError:
        return False


def _writable(output: str) -> None:
    """Refuse, before any work, an output path that cannot be written (exit 2, one line)."""
    path = Path(output)
    try:
        os.stat(path)
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise api.UsageError(f"{_short(output)}：{exc.strerror or exc}，请换一个输出路径") from None
    if _is_dir(path):
        raise api.UsageError(f"{output} 是一个目录；请给出文件名，或在目录名后加 / 表示每份合同写一个报告")
    if not path.parent.is_dir():
        raise api.UsageError(f"{output}：目录 {path.parent} 不存在，请先建立目录或换一个输出路径")


# Control characters from file names and contract text (an ESC sequence can recolour or rewrite
# the terminal) are shown escaped, never sent raw; line breaks and tabs stay.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    # \uXXXX: readable in a text report and still a valid escape inside JSON output
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _out(text: str, output: str | None) -> None:
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise api.UsageError(f"无法写入 {output}：{_os_reason(exc)}") from None
    else:
        text = terminal_safe(text)
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")


def _err(message: str) -> None:
    sys.stderr.write(terminal_safe(message.rstrip("\n").replace("\n", " ")) + "\n")


# --- parse -------------------------------------------------------------------


def cmd_parse(args: argparse.Namespace) -> int:
    status = EXIT_OK
    results = []
    for path in args.files:
        try:
            contract = api.parse(path, kind=args.kind, city=args.city, date=args.date)
        except api.ReadError as exc:
            _err(str(exc))
            status = EXIT_UNREADABLE
            continue
        results.append(contract)
    if args.format == "json":
        data = [c.to_dict() for c in results]
        payload = data[0] if len(args.files) == 1 and data else data
        _out(json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=False), args.output)
    else:
        _out("\n\n".join(_parse_text(c) for c in results), args.output)
    return status


def _parse_text(contract) -> str:
    from checker.kinds import DOCUMENT_LABELS, RELATION_LABELS, SECTOR_LABELS

    k = contract.kind
    lines = [f"文件：{contract.document.source}",
             f"文书：{DOCUMENT_LABELS[k.document]}  法律关系：{RELATION_LABELS[k.relation]}（{k.relation}，"
             f"{'指定' if k.source == 'given' else '推定' if k.presumed else '识别'}）  "
             f"行业：{SECTOR_LABELS[k.sector]}（{k.sector}）",
             f"依据：{'；'.join(k.evidence) or '—'}",
             f"城市：{contract.city}  日期：{contract.date.isoformat()}",
             "", "条款："]
    for clause in contract.clauses:
        number = clause.number or "—"
        topics = "、".join(clause.topics) or "-"
        lines.append(f"  {number:<8} {clause.title[:20]:<20}  [{topics}]")
    lines += ["", "事实："]
    for name in sorted(contract.facts):
        for fact in contract.facts[name]:
            unit = f" {fact.unit}" if fact.unit else ""
            lines.append(f"  {name} = {fact.value}{unit}    “{fact.text}”（第{fact.span.block + 1}段）")
    if not contract.facts:
        lines.append("  （未找到任何事实）")
    return "\n".join(lines)


# --- check -------------------------------------------------------------------

FAIL_ON = ("error", "warning", "info")
BATCH_SUMMARY_FROM = 3  # more files than this: a progress bar on a terminal and a summary table on stderr


def _load_ruleset(args: argparse.Namespace):
    """Bundled rules plus --rules DIRs; rule errors print path:line lines and exit 2."""
    try:
        return api.ruleset(args.rules or [], defaults=not getattr(args, "no_default_rules", False))
    except api.RuleLoadError as exc:
        for problem in exc.problems:
            _err(str(problem))
        _err(f"mamagang: 规则加载失败（{len(exc.problems)} 处错误），请按上面的 文件:行号 修改")
        raise SystemExit(EXIT_USAGE) from None


def _check_options(args: argparse.Namespace):
    from checker.report import Options

    if args.redline and args.format != "docx":
        raise api.UsageError("--redline 只用于 --format docx（在 Word 文件中写入修订）")
    if args.audience == "worker" and args.format in ("json", "sarif", "csv"):
        raise api.UsageError(f"--audience worker 是给劳动者看的页面，请用 --format text、markdown、html 或 docx（{args.format} 是给程序读的格式）")
    return Options(audience=args.audience, mask=not args.no_mask, redline=args.redline)


def _targets(files: list[Path], fmt: str, output: str | None) -> dict[Path, Path] | None:
    """Where each input's own report goes when reports are written one per file; None when the
    run writes one report for all files (stdout or -o FILE)."""
    from checker.report import PER_FILE

    to_dir = bool(output) and (_is_dir(Path(output)) or output.endswith(("/", "\\"))
                               or (fmt == "docx" and len(files) > 1 and not Path(output).exists()))
    if fmt != "docx" and not to_dir:
        if output:
            _writable(output)  # one report for the whole run, into this file
        return None
    if fmt not in PER_FILE:
        raise api.UsageError(f"--format {fmt} 把所有文件写成一份报告，-o 请给出文件名而不是目录")
    if not output:
        raise api.UsageError("--format docx 需要用 -o 指定输出的 .docx 文件（多个文件时指定目录）")
    if not to_dir:
        if len(files) > 1:
            raise api.UsageError(f"检查多个文件时 -o 须为目录（{output} 不是目录），每份合同写一个报告")
        _writable(output)
        return {files[0]: Path(output)} if files else {}
    directory = Path(output)
    directory.mkdir(parents=True, exist_ok=True)
    targets, used = {}, set()
    for path in files:
        name, n = path.stem + PER_FILE[fmt], 2
        while name in used:
            name, n = f"{path.stem}-{n}{PER_FILE[fmt]}", n + 1
        used.add(name)
        targets[path] = directory / name
    return targets


@dataclass
class _Row:
    """What the summary and the exit code need of one checked file."""

    file: str
    relation: str
    counts: dict
    not_checked: str | None
    output: str | None = None


def _row(report, output: str | None = None) -> _Row:
    return _Row(report.file, report.contract.kind.relation, report.summary(), report.not_checked, output)


def _write_one(targets: dict[Path, Path], fmt: str, options, rules_version: str, path: Path, report) -> _Row:
    """Runs in the batch worker: write this file's report, keep only its summary row."""
    from checker.findings import RunResult
    from checker.report import WRITERS, render_docx

    target = targets[path]
    if target.resolve() == path.resolve():
        raise api.UsageError(f"{target}：输出文件与输入文件相同，不会覆盖原文件")
    if fmt == "docx":
        source = path.read_bytes() if report.contract.document.format == "docx" else None
        target.write_bytes(render_docx(report, source, options))
    else:
        target.write_text(WRITERS[fmt](RunResult([report], [], rules_version), options), encoding="utf-8")
    return _row(report, str(target))


def _summary(rows: list[_Row], errors: list) -> str:
    from checker.kinds import RELATION_LABELS

    checked = [r for r in rows if not r.not_checked]
    lines = [f"共 {len(rows) + len(errors)} 份：已检查 {len(checked)}，未能检查 {len(rows) - len(checked)}，"
             f"无法读取 {len(errors)}；违法 {sum(r.counts['error'] for r in rows)} 个，"
             f"风险 {sum(r.counts['warning'] for r in rows)} 个，建议 {sum(r.counts['info'] for r in rows)} 条"]
    by: dict[str, list[_Row]] = {}
    for r in checked:
        by.setdefault(r.relation, []).append(r)
    for relation, group in sorted(by.items(), key=lambda x: -len(x[1])):
        bad = sum(1 for r in group if r.counts["error"])
        lines.append(f"  {RELATION_LABELS.get(relation, relation)}：{len(group)} 份，其中 {bad} 份有违法问题")
    return "\n".join(lines)


def cmd_check(args: argparse.Namespace) -> int:
    import functools
    import os

    from checker.findings import ReadFailure, RunResult
    from checker.report import WRITERS

    rules = _load_ruleset(args)
    options = _check_options(args)
    files = api.expand_paths(args.paths)
    if not files:
        _err("mamagang: 用法错误：给出的目录中没有可检查的合同文件（.docx / .pdf / .txt / .md）")
        return EXIT_USAGE
    targets = _targets(files, args.format, args.output)
    jobs = args.jobs or os.cpu_count() or 1
    then = functools.partial(_write_one, targets, args.format, options, rules.version) if targets is not None else None
    show = args.progress if args.progress is not None else (sys.stderr.isatty() and len(files) > BATCH_SUMMARY_FROM)
    rows: list[_Row] = []
    reports, errors = [], []
    try:
        from tqdm import tqdm

        with tqdm(total=len(files), file=sys.stderr, disable=not show, unit="份", desc="检查", leave=False) as bar:
            for _path, outcome in api.iter_check(files, kind=args.kind, city=args.city, date=args.date, rules=rules,
                                                 jobs=jobs, then=then):
                bar.update(1)
                if isinstance(outcome, ReadFailure):
                    errors.append(outcome)
                elif isinstance(outcome, _Row):
                    rows.append(outcome)
                else:
                    reports.append(outcome)
                    rows.append(_row(outcome))
    except api.RuleRuntimeError as exc:
        _err(str(exc))
        return EXIT_USAGE
    if targets is None:
        result = RunResult(reports, errors, rules.version)
        text = WRITERS[args.format](result, options)
        if args.output and any(Path(args.output).resolve() == p.resolve() for p in files):
            raise api.UsageError(f"{args.output}：输出文件与输入文件相同，不会覆盖原文件")
        _out(text, args.output)
    elif len(rows) == 1:
        _err(f"已写入 {rows[0].output}")
    elif rows:
        _err(f"已写入 {len(rows)} 个报告到 {Path(args.output)}")
    for error in errors:
        _err(error.message)
    for row in rows:
        if row.not_checked:
            _err(f"{row.file}：未能检查：{row.not_checked}。如确是合同，请用 --kind 指定类型（例如 --kind full_time）。")
    if len(files) > BATCH_SUMMARY_FROM:
        sys.stderr.write(_summary(rows, errors) + "\n")
    if errors or any(r.not_checked for r in rows):
        return EXIT_UNREADABLE
    threshold = FAIL_ON.index(args.fail_on)
    worst = next((sev for sev in FAIL_ON if any(r.counts[sev] for r in rows)), None)
    return EXIT_FINDINGS if worst is not None and FAIL_ON.index(worst) <= threshold else EXIT_OK


# --- rules ---------------------------------------------------------------------


def cmd_rules_list(args: argparse.Namespace) -> int:
    from checker.engine.rule import SEVERITY_LABELS

    rules = _load_ruleset(args).rules
    if args.kind:
        rules = [r for r in rules if r.applies_to(_kind_of(args.kind))]
    if args.format == "json":
        data = [{"id": r.id, "title": r.title, "severity": r.severity, "kinds": r.kinds, "relations": r.relations,
                 "sectors": r.sectors, "documents": r.documents, "status": r.status,
                 "form": r.form, "basis": [b.to_dict() for b in r.basis], "file": str(r.path)} for r in rules]
        _out(json.dumps(data, ensure_ascii=False, indent=2), None)
        return EXIT_OK
    for r in rules:
        cites = "；".join(b.cite() for b in r.basis)
        _out(f"{r.id:<40} {SEVERITY_LABELS[r.severity][:2]}  {r.title}  {cites}", None)
    _out(f"共 {len(rules)} 条规则", None)
    return EXIT_OK


def _kind_of(value: str):
    """A KindResult standing for a --kind value, to select the rules that apply to it."""
    from checker.kinds import KindResult, parse_kind

    relation, sector = parse_kind(value)
    return KindResult(relation or "full_time", sector or "general", "given")


def cmd_rules_show(args: argparse.Namespace) -> int:
    """A rule's page, the way ruff documents a rule: what it checks, why, an example that
    fails (with the report it gets), what to write instead -- every message rendered on the
    rule's own examples, never raw {{ }}; the rule's source comes last, for maintainers."""
    from checker.engine.rule import SEVERITY_LABELS

    ruleset = _load_ruleset(args)
    rule = ruleset.get(args.id)
    if rule is None:
        _err(f"mamagang: 用法错误：没有规则“{args.id}”（运行 mamagang rules list 查看全部）")
        return EXIT_USAGE
    rendered = _rendered_examples(ruleset, rule)
    lines = [f"# {rule.title}（{rule.id}）", "",
             f"级别：{SEVERITY_LABELS[rule.severity]}    适用：{rule.scope()}    状态：{rule.status}", "",
             "## 检查什么", rule.title + "。"]
    if rendered:
        lines.append(f"例如合同写“{_one_line(rendered[0][0].text)}”，报告：{rendered[0][1].message}")
    lines += ["", "## 为什么（法律依据）"]
    for b in rule.basis:
        note = "（未经官方原文核实）" if not b.verified else ""
        lines.append(f"- {b.cite()}{note}" + (f"：“{b.quote}”" if b.quote else ""))
    for case in rule.cases:
        lines.append(f"- 参考案例：{case['title']}" + (f"（{case['source']}）" if case.get("source") else ""))
    lines += ["", "## 违反的写法"]
    for example, finding in rendered[:3] or [(ex, None) for ex in rule.fail_examples[:3]]:
        lines += [f"    {line}" for line in example.text.splitlines()] + [f"    （{_example_setting(example)}）"]
        if finding is not None:
            lines.append(f"  → {finding.message}")
    if rule.pass_examples:
        lines += ["", "## 应改为（合规写法）"]
        for example in rule.pass_examples[:3]:
            lines += [f"    {line}" for line in example.text.splitlines()] + [f"    （{_example_setting(example)}）"]
    if rendered and rendered[0][1].suggestion:
        lines += ["", "## 修改建议（按上面第一个例子）", rendered[0][1].suggestion]
    lines += ["", "## 给劳动者的话", rule.explain_to_worker]
    if rule.fact_names:
        lines += ["", "## 用到的事实（见 rules/facts.yaml）", fact_glossary(sorted(rule.fact_names))]
    lines += ["", "## 规则怎么写的（给维护规则的人）", f"文件：{rule.path}", _what_it_checks(rule)]
    _out("\n".join(lines), None)
    return EXIT_OK


def _one_line(text: str) -> str:
    body = [line.strip() for line in text.splitlines()[1:] if line.strip()] or [text.strip()]
    joined = " ".join(body)
    return _short(joined)


def _example_setting(example) -> str:
    from checker.engine.examples import EXAMPLE_CITY, EXAMPLE_DATE

    parts = [f"城市：{example.city or EXAMPLE_CITY}", f"日期：{example.date or EXAMPLE_DATE.isoformat()}"]
    if example.kind:
        parts.append(f"类型：{example.kind}")
    return "，".join(parts)


def _rendered_examples(ruleset, rule) -> list:
    """(fail example, the finding the rule reports on it) for each fail example that fires."""
    from checker.engine.evaluate import Evaluator, RuleRuntimeError
    from checker.engine.examples import example_contract

    evaluator = Evaluator(ruleset)
    out = []
    for example in rule.fail_examples:
        contract = example_contract(example, example.text, rule.id, ruleset.params)
        if not rule.applies_to(contract.kind):
            continue
        try:
            outcome = evaluator.evaluate(rule, contract)
        except RuleRuntimeError:
            continue
        if isinstance(outcome, list) and outcome:
            out.append((example, outcome[0]))
    return out


def _what_it_checks(rule) -> str:
    from checker.clauses import topic_lexicon
    from checker.facts.catalogue import label

    topics = topic_lexicon().labels
    if rule.require:
        parts = ([f"“{topics.get(t, t)}”条款" for t in rule.require.topics] + [f"{label(f)}（{f}）" for f in rule.require.facts]
                 + [f"用语 {p}" for p in rule.require.source_patterns])
        return f"合同必须包含：{'、'.join(parts)}（任一即可）；缺少时报告。"
    if rule.forbid:
        lines = ["合同不得出现下列用语（写法见 rules/README.md“用语怎么写”）："]
        lines += [f"    {p}" for p in rule.forbid.source_patterns]
        if rule.forbid.unless_sources:
            lines.append("同一句中有下列用语时不算：")
            lines += [f"    {p}" for p in rule.forbid.unless_sources]
        if rule.forbid.topics:
            lines.append(f"只在这些条款中查找：{'、'.join(topics.get(t, t) for t in rule.forbid.topics)}")
        if rule.forbid.negation:
            lines.append("否定说法（如“不收取押金”）不算。")
        return "\n".join(lines)
    text = f"必须成立：{rule.assertion.source}"
    if rule.when:
        text = f"当 {rule.when.source} 时，" + text
    return text


def _with_dir(args: argparse.Namespace) -> argparse.Namespace:
    """`rules test DIR` / `rules lint DIR`: DIR is loaded beside the bundled pack, unless it
    is part of the bundled pack already (loading it twice would duplicate every id)."""
    from checker.resources import rules_dir

    bundled = rules_dir().resolve()
    inside = args.dir and (Path(args.dir).resolve() == bundled or bundled in Path(args.dir).resolve().parents)
    args.rules = [args.dir] if args.dir and not inside else []
    return args


def cmd_rules_test(args: argparse.Namespace) -> int:
    from checker.engine.examples import run_examples

    ruleset = _load_ruleset(_with_dir(args))
    rules = [r for r in ruleset.rules if not args.dir or Path(args.dir).resolve() in r.path.resolve().parents]
    problems = 0
    for rule in rules:
        if not rule.fail_examples:  # the schema requires one; kept for rules built elsewhere
            _err(f"{rule.path}:1: [{rule.id}] 没有 fail 示例")
            problems += 1
    results = run_examples(ruleset, rules)
    failed = [r for r in results if not r.ok]
    for result in failed:
        _out(f"FAIL {result.describe()}", None)
    if args.verbose:
        for result in results:
            if result.ok:
                _out(f"ok   {result.describe()}", None)
    _out(f"{len(results) - len(failed)} passed, {len(failed)} failed（{len(rules)} 条规则的示例）", None)
    fact_failures = 0
    if not args.rules:  # the bundled pack: its fact catalogue's phrasings are examples too
        from checker.facts.catalogue import catalogue_path, run_examples as run_fact_examples

        count, failures = run_fact_examples()
        for failure in failures:
            _out(f"FAIL {catalogue_path()} [{failure.fact}] “{failure.text}”：{failure.problem}", None)
        fact_failures = len(failures)
        _out(f"{count - fact_failures} passed, {fact_failures} failed（事实目录 rules/facts.yaml 的写法例子）", None)
    return EXIT_FINDINGS if failed or problems or fact_failures else EXIT_OK


def fact_glossary(names=None, markdown: bool = False) -> str:
    """The fact catalogue as a glossary (all facts, or `names`): name, label, unit, definition."""
    from checker.facts.catalogue import UNIT_LABELS, load_catalogue

    catalogue = load_catalogue()
    specs = [catalogue[n] for n in (names or catalogue) if n in catalogue]

    def unit(spec) -> str:
        if spec.type == "choice":
            return " / ".join(spec.values)
        if spec.type in ("date", "city"):
            return {"date": "日期", "city": "城市"}[spec.type]
        return " / ".join(f"{UNIT_LABELS.get(u, u)}（{u}）" for u in [spec.unit, *spec.units] if u)

    if markdown:
        rows = ["| 事实 | 中文名 | 单位或取值 | 定义 | 依据 |", "|---|---|---|---|---|"]
        for spec in specs:
            basis = "、".join(f"{b['law']}第{b['article']}条" for b in spec.basis)
            rows.append(f"| `{spec.name}` | {spec.label} | {unit(spec)} | {spec.definition} | {basis} |")
        return "\n".join(rows)
    return "\n".join(f"- {spec.name}（{spec.label}，{unit(spec)}）：{spec.definition}" for spec in specs)


def cmd_rules_facts(args: argparse.Namespace) -> int:
    _out(fact_glossary(markdown=args.format == "markdown") + "\n", None)
    return EXIT_OK


def cmd_rules_lint(args: argparse.Namespace) -> int:
    from checker.engine.lint import lint

    ruleset = _load_ruleset(_with_dir(args))
    issues = lint(ruleset)
    if args.dir:
        root = Path(args.dir).resolve()
        issues = [i for i in issues if root in Path(i.path).resolve().parents]
    for issue in issues:
        _out(str(issue), None)
    errors = sum(1 for i in issues if i.level == "error")
    _out(f"检查了 {len(ruleset.rules)} 条规则：{errors} 个错误，{len(issues) - errors} 个提醒", None)
    return EXIT_FINDINGS if errors else EXIT_OK


def cmd_rules_coverage(args: argparse.Namespace) -> int:
    from checker.engine.coverage import coverage

    ruleset = _load_ruleset(args)
    citations, provisions = coverage(ruleset)
    if args.format == "json":
        data = {"citations": [{"law": law, "article": art, "rules": rules} for (law, art), rules in citations.items()],
                "index": [{"number": p.number, "law": p.law, "articles": p.articles, "rules": p.rules,
                           "summary": p.summary} for p in provisions]}
        _out(json.dumps(data, ensure_ascii=False, indent=2), None)
        return EXIT_OK
    lines = ["规则引用的法条："]
    for (law, article), rules in citations.items():
        lines.append(f"  《{law}》第{article}条 ← {', '.join(rules)}")
    uncovered = [p for p in provisions if not p.rules]
    lines += ["", f"INDEX.md 列出的 {len(provisions)} 项条文中，{len(provisions) - len(uncovered)} 项已有规则，"
              f"{len(uncovered)} 项尚无规则："]
    for p in uncovered:
        lines.append(f"  #{p.number} 《{p.law}》第{'、'.join(map(str, p.articles))}条：{p.summary}")
    _out("\n".join(lines), None)
    return EXIT_OK


RULE_TEMPLATE = """\
# 一条规则一个文件。字段说明见 rules/README.md，结构见 rules/schema.json。
# 这个文件本身就能通过 rules test 和 rules lint：把每一项改成你的规则，每改一步运行一次。
id: {id}
title: 在这里写一句话标题
severity: warning            # error 违法/无效；warning 法律风险；info 建议
relations: [employment]       # 适用的法律关系：employment 劳动关系（全日制+非全日制）、civil 民事关系，或 full_time/part_time/labour_service/outwork/cooperation；删掉表示所有
# sectors: [food_workshop]   # 只适用于某些行业时写（general/food_workshop/live_commerce）
basis:
  - law: 劳动合同法           # rules/sources/laws.yaml 中的简称
    article: 3
    quote: 订立劳动合同，应当遵循合法、公平、平等自愿、协商一致、诚实信用的原则。   # 必须逐字出现在原文中（rules lint 会检查）
forbid:                      # 或 require: / assert:（三选一）
  patterns: ["这里写不得出现的用语"]
message: 合同中写有“{{{{ match }}}}”，……
suggestion: 改为“……”
explain_to_worker: 用一两句大白话告诉劳动者她有什么权利。
examples:                    # 示例的第一行写标题，程序才知道它是哪一类合同
  fail:
    - "劳动合同\\n乙方须接受这里写不得出现的用语。"
  pass:
    - "劳动合同\\n合规的写法。"
"""


RULES_HOME = "我的规则"


def _ask_theme_folder() -> Path:
    """`rules new` without --dir: at a terminal, ask which theme folder under ./我的规则/ the rule
    belongs to (the bundled pack's themes are offered); elsewhere, ./我的规则/ itself."""
    if not sys.stdin.isatty():
        return Path(RULES_HOME)
    from checker.resources import rules_dir

    themes = sorted(p.name for p in rules_dir().iterdir()
                    if p.is_dir() and p.name not in ("sources", "parameters", "lexicon") and not p.name.startswith("."))
    sys.stderr.write(f"放在哪个主题目录？内置规则的主题：{'、'.join(themes)}\n"
                     f"输入主题名（可以是新的，如 押金），直接回车则放在 ./{RULES_HOME}/：")
    sys.stderr.flush()
    try:
        answer = input().strip()
    except EOFError:
        answer = ""
    return Path(RULES_HOME) / answer if answer else Path(RULES_HOME)


def cmd_rules_new(args: argparse.Namespace) -> int:
    import re

    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", args.id):
        _err(f"mamagang: 用法错误：规则 id“{args.id}”须为小写字母、数字和连字符，例如 deposit-for-uniform")
        return EXIT_USAGE
    directory = Path(args.dir) if args.dir else _ask_theme_folder()
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _err(f"mamagang: 用法错误：无法创建目录 {directory}：{exc.strerror or exc}")
        return EXIT_USAGE
    path = directory / f"{args.id}.yaml"
    if path.exists():
        _err(f"mamagang: 用法错误：{path} 已存在，不会覆盖")
        return EXIT_USAGE
    path.write_text(RULE_TEMPLATE.format(id=args.id), encoding="utf-8")
    _out(f"已创建 {path}。改好后运行：mamagang rules test {directory} && mamagang rules lint {directory}", None)
    return EXIT_OK


# --- eval ----------------------------------------------------------------------


def cmd_eval(args: argparse.Namespace) -> int:
    from checker.evaluation import evaluate_corpus

    directory = Path(args.dir)
    if not directory.is_dir():
        _err(f"mamagang: 用法错误：{directory} 不是目录")
        return EXIT_USAGE
    evaluation = evaluate_corpus(directory, _load_ruleset(args), detect_kind=args.detect_kind)
    if not evaluation.results:
        _err(f"mamagang: 用法错误：{directory} 中没有带 .expected.yaml 标注的合同")
        return EXIT_USAGE
    lines = []
    for r in evaluation.results:
        name = r.path.relative_to(directory)
        if r.unreadable:
            lines.append(f"  ! {name}：无法读取（{r.unreadable}）")
            continue
        if r.missed:
            lines.append(f"  漏报 {name}：" + "、".join(f"《{law}》第{a}条" for law, a in sorted(r.missed)))
        if r.lawful and r.errors:
            lines.append(f"  误报 {name}：" + "、".join(r.errors))
        if r.document == "not_contract" and not r.not_checked:
            lines.append(f"  未拒绝 {name}：标注为“不是合同”，却被当作合同检查")
        if r.document != "not_contract" and r.not_checked:
            lines.append(f"  未检查 {name}：{r.not_checked}")
        for axis, what in ((r.relation, "法律关系"), (r.sector, "行业")):
            if args.verbose and axis and axis[0] and axis[0] != axis[1]:
                lines.append(f"  {what} {name}：标注 {axis[0]}，识别为 {axis[1]}")
    if args.verbose or lines:
        _out("\n".join(lines) or "  （无漏报、无误报）", None)
    _out("\n".join(evaluation.summary_lines()), None)
    return EXIT_OK


# --- types / generate ------------------------------------------------------------


def cmd_types(args: argparse.Namespace) -> int:
    from checker import generate as g

    if args.type:
        try:
            t = g.load_type(args.type)
        except g.GenerateError as exc:
            _err(f"mamagang: 用法错误：{exc}")
            return EXIT_USAGE
        lines = [f"{t.id}：{t.title}", f"  {t.summary}", f"  法律关系 {t.relation}，行业 {t.sector}",
                 "  生成的文书：" + "、".join(d["title"] for d in t.documents), "", "问题（answers 文件的字段）："]
        for f in t.fields:
            extra = []
            if f.required:
                extra.append("必填")
            if f.default not in (None, ""):
                extra.append(f"默认 {f.default}")
            if f.choices:
                extra.append("可选 " + "、".join(f"{k}（{v}）" for k, v in f.choices.items()))
            lines.append(f"  {f.name:<22} {f.label}（{f.type}{'；' + '；'.join(extra) if extra else ''}）" + (f"  {f.help}" if f.help else ""))
        lines.append(f"\n示例答案：{t.path / 'answers.example.yaml'}")
        _out("\n".join(lines), None)
        return EXIT_OK
    for t in g.types():
        _out(f"{t.id:<18} {t.title}：{t.summary}", None)
    return EXIT_OK


def _ask(t) -> dict:
    """Ask every question in the terminal, with its default and help, until the answer is valid."""
    from checker import generate as g

    answers: dict = {}
    sys.stderr.write(f"{t.title}：请逐项回答（直接回车用默认值）\n")
    for f in t.fields:
        if f.when and answers.get(f.when) is not True:
            continue
        while True:
            hint = f"［{f.default}］" if f.default not in (None, "") else ("（必填）" if f.required else "（可不填）")
            if f.choices:
                hint += " 可选：" + "、".join(f"{k}={v}" for k, v in f.choices.items())
            sys.stderr.write(f"{f.label}{hint}" + (f"\n  说明：{f.help}" if f.help else "") + "\n> ")
            sys.stderr.flush()
            line = sys.stdin.readline()
            if not line:
                raise api.UsageError("输入已结束，没有生成任何文件")
            raw = line.strip()
            if not raw:
                if f.default not in (None, ""):
                    answers[f.name] = f.default
                    break
                if not f.required:
                    break
                sys.stderr.write("  这一项必填。\n")
                continue
            value, problem = g._coerce(f, raw)
            if problem:
                sys.stderr.write(f"  {problem}\n")
                continue
            answers[f.name] = raw
            break
    return answers


def _load_answers(path: str) -> dict:
    import yaml

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise api.UsageError(f"{path}：答案文件不存在") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise api.UsageError(f"{path}：不是有效的 YAML 答案文件（{str(exc).splitlines()[0]}）") from None
    if not isinstance(data, dict):
        raise api.UsageError(f"{path}：答案文件应是“字段: 值”的列表")
    return data


def cmd_generate(args: argparse.Namespace) -> int:
    from checker import generate as g

    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    bad = [f for f in formats if f not in ("docx", "md", "html")]
    if bad or not formats:
        raise api.UsageError(f"--format 只能是 docx、md、html（可用逗号连写），收到 {args.format}")
    if args.draft:
        return _repair(args, formats)
    if not args.type:
        raise api.UsageError("请给出类型，例如 mamagang generate full_time --answers 答案.yaml（mamagang types 列出全部类型）")
    try:
        t = g.load_type(args.type)
    except g.GenerateError as exc:
        raise api.UsageError(str(exc)) from None
    if args.interactive:
        answers = _ask(t)
    elif args.answers:
        answers = _load_answers(args.answers)
    else:
        raise api.UsageError(f"请用 --answers 文件给出答案，或用 --interactive 逐项回答（示例：{t.path / 'answers.example.yaml'}）")
    return _write_generation(t.id, answers, formats, args.output)


def _write_generation(type_id: str, answers: dict, formats: list[str], output: str) -> int:
    from checker import generate as g

    try:
        generation = g.generate(type_id, answers, rules=api.ruleset())
    except g.GenerateError as exc:
        _err(f"mamagang: {exc}：")
        for problem in exc.problems:
            _err(f"  - {problem}")
        return EXIT_USAGE
    directory = Path(output)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for doc in generation.documents:
        for fmt in formats:
            path = directory / f"{doc.title}.{fmt}"
            path.write_bytes(doc.to(fmt))
            written.append(path)
    _err(f"已生成 {len(written)} 个文件到 {directory}：" + "、".join(p.name for p in written))
    _err("每份文书都已用 mamagang check 检查：没有违法问题和风险。")
    return EXIT_OK


def _repair(args: argparse.Namespace, formats: list[str]) -> int:
    from checker.generate.repair import RepairError, repair

    try:
        result = repair(args.draft, type_id=args.type, rules=api.ruleset())
    except api.ReadError as exc:
        _err(str(exc))
        return EXIT_UNREADABLE
    except RepairError as exc:
        _err(f"mamagang: {exc}")
        return EXIT_USAGE
    directory = Path(args.output)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "answers.yaml").write_text(result.answers_yaml, encoding="utf-8")
    _err(f"已根据 {args.draft} 写出 {directory / 'answers.yaml'}（{len(result.changes)} 处改动，见文件中的注释）")
    for change in result.changes:
        _err(f"  - {change}")
    if result.dropped:
        _err("草稿中的这些违法或有风险的约定没有沿用：" + "；".join(result.dropped))
    if result.missing:
        _err("以下问题草稿中找不到，请在 answers.yaml 中填写后再运行 mamagang generate " + result.type_id
             + f" --answers {directory / 'answers.yaml'}：" + "、".join(result.missing))
        return EXIT_USAGE
    return _write_generation(result.type_id, result.answers, formats, str(directory))


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn
    except ImportError:
        raise api.UsageError("网页服务需要 fastapi 和 uvicorn：pip install 'mamagang[web]'") from None
    _err(f"妈妈岗合同合规检查：在浏览器中打开 http://{args.host}:{args.port}/ （Ctrl+C 停止）")
    uvicorn.run("checker.web:app_factory", factory=True, host=args.host, port=args.port, workers=args.workers,
                log_level="warning", access_log=False)  # no access log: file names and queries are not logged
    return EXIT_OK


def cmd_guide(args: argparse.Namespace) -> int:
    from checker import generate as g
    from checker.generate.guide import render_guide

    try:
        data = render_guide(args.type, _load_ruleset(args), args.format)
    except g.GenerateError as exc:
        raise api.UsageError(str(exc)) from None
    if args.output:
        Path(args.output).write_bytes(data)
        _err(f"已写入 {args.output}")
    elif args.format == "docx":
        raise api.UsageError("--format docx 需要用 -o 指定输出文件")
    else:
        sys.stdout.write(data.decode("utf-8"))
    return EXIT_OK


# --- main --------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="mamagang", description="妈妈岗灵活用工合同合规检查", epilog=EPILOG)
    parser.add_argument("--version", action="version", version=f"mamagang {api.__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("parse", help="读取合同，显示类型、条款、事实和段落", epilog=EPILOG)
    p.add_argument("files", nargs="+", metavar="FILE", help=".docx / .pdf / .txt / .md 合同文件")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--kind", type=_kind_arg, metavar="KIND", help=KIND_HELP)
    p.add_argument("--city", help="工作地城市，如 中山")
    p.add_argument("--date", help="按哪一天的法律判断，YYYY-MM-DD")
    p.add_argument("--output", "-o", help="写入文件而不是标准输出")
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("check", help="检查合同是否合法，给出法条依据和修改建议", epilog=EPILOG)
    p.add_argument("paths", nargs="+", metavar="PATH", help="合同文件或目录")
    p.add_argument("--kind", type=_kind_arg, metavar="KIND", help=KIND_HELP)
    p.add_argument("--city", help="工作地城市，如 中山（默认从合同中识别，识别不到为中山）")
    p.add_argument("--date", help="按哪一天的法律判断，YYYY-MM-DD（默认合同签订日期，找不到为今天）")
    p.add_argument("--rules", action="append", metavar="DIR", help="另外加载的规则目录（可多次）")
    p.add_argument("--no-default-rules", action="store_true", help="不加载内置规则，只用 --rules 给出的")
    p.add_argument("--format", choices=FORMATS, default="text",
                   help="text 终端 / json / markdown / html 网页 / docx 在原 Word 文件上加批注 / sarif / csv 表格")
    p.add_argument("--output", "-o", help="写入文件而不是标准输出；给出目录时每份合同写一个报告（docx、html、markdown、text、json）")
    p.add_argument("--audience", choices=["employer", "worker"], default="employer",
                   help="employer 完整审查（默认）；worker 给劳动者看的一页大白话")
    p.add_argument("--redline", action="store_true", help="--format docx 时把修改建议写成修订（可在 Word 中接受或拒绝）")
    p.add_argument("--no-mask", action="store_true", help="不遮盖身份证号和手机号（默认遮盖，只留后四位）")
    p.add_argument("--jobs", "-j", type=int, metavar="N", help="同时检查几份（默认：CPU 核数）")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="显示进度条（默认：在终端上且多于 3 份时显示）")
    p.add_argument("--fail-on", choices=FAIL_ON, default="error", help="达到哪个级别时退出码为 1（默认 error）")
    p.set_defaults(func=cmd_check)

    rules = sub.add_parser("rules", help="规则：列出、查看、测试、检查引文、覆盖情况、新建")
    rsub = rules.add_subparsers(dest="rules_command", parser_class=_Parser, required=True)
    r = rsub.add_parser("list", help="列出规则")
    r.add_argument("--kind", type=_kind_arg, metavar="KIND", help="只列出适用于这个类型的规则")
    r.add_argument("--format", choices=["text", "json"], default="text")
    r.add_argument("--rules", action="append", metavar="DIR")
    r.set_defaults(func=cmd_rules_list)
    r = rsub.add_parser("show", help="一条规则的说明：检查什么、法律依据、示例、修改建议")
    r.add_argument("id")
    r.add_argument("--rules", action="append", metavar="DIR")
    r.set_defaults(func=cmd_rules_show)
    r = rsub.add_parser("test", help="运行规则自带的示例（fail 必须触发，pass 不得触发）")
    r.add_argument("dir", nargs="?", help="只测试这个目录中的规则（默认：内置规则）")
    r.add_argument("--verbose", "-v", action="store_true")
    r.set_defaults(func=cmd_rules_test)
    r = rsub.add_parser("facts", help="事实目录：规则可用的每个事实的中文名、单位、定义和依据（rules/facts.yaml）")
    r.add_argument("--format", choices=["text", "markdown"], default="text")
    r.set_defaults(func=cmd_rules_facts)
    r = rsub.add_parser("lint", help="检查引文是否逐字出自原文、条号是否存在")
    r.add_argument("dir", nargs="?")
    r.set_defaults(func=cmd_rules_lint)
    r = rsub.add_parser("coverage", help="法条 → 规则；INDEX.md 中尚无规则的条文")
    r.add_argument("--format", choices=["text", "json"], default="text")
    r.add_argument("--rules", action="append", metavar="DIR")
    r.set_defaults(func=cmd_rules_coverage)
    r = rsub.add_parser("new", help="按模板新建一个规则文件")
    r.add_argument("id")
    r.add_argument("--dir", help="放在哪个目录（不写时：在终端上会问主题目录，放在 ./我的规则/主题/；否则 ./我的规则/；不要用仓库根目录）")
    r.set_defaults(func=cmd_rules_new)

    p = sub.add_parser("types", help="可以生成的参考文书类型；给出类型时列出它的全部问题")
    p.add_argument("type", nargs="?")
    p.set_defaults(func=cmd_types)

    p = sub.add_parser("generate", help="按答案生成合规的参考合同（.docx / .md / .html），或把不合规的草稿改成合规的",
                       epilog=EPILOG)
    p.add_argument("type", nargs="?", help="类型（mamagang types 列出全部）；--from 时可省略，由草稿识别")
    p.add_argument("--answers", "-a", metavar="FILE", help="答案文件（YAML），示例见 contract_templates/类型/answers.example.yaml")
    p.add_argument("--interactive", "-i", action="store_true", help="在终端逐项提问")
    p.add_argument("--from", dest="draft", metavar="DRAFT", help="从一份草稿合同（.docx/.pdf/.txt）读出答案，改正违法的数值后生成")
    p.add_argument("--output", "-o", default=".", help="输出目录（默认当前目录）")
    p.add_argument("--format", default="docx,md,html", help="docx、md、html，可用逗号连写（默认三种都生成）")
    p.set_defaults(func=cmd_generate)

    p = sub.add_parser("serve", help="启动网页服务：上传合同检查、下载批注版 Word、生成合同（默认 http://127.0.0.1:8000/）")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=1, help="进程数（一个城市的用量可开多个，应用本身不保存状态）")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("guide", help="某一类妈妈岗的法律合规指引：法律规定、实操要点、参考案例、参考文书（由规则库生成）")
    p.add_argument("type", nargs="?", help="类型（mamagang types 列出全部）；不写时生成全部类型")
    p.add_argument("--format", choices=["md", "html", "docx"], default="md")
    p.add_argument("--output", "-o", help="写入文件（docx 必须）")
    p.add_argument("--rules", action="append", metavar="DIR", help="另外加载的规则目录")
    p.set_defaults(func=cmd_guide)

    p = sub.add_parser("eval", help="在标注好的合同集上测量召回率、精确率和误报")
    p.add_argument("dir", help="合同目录（每份合同旁有 NAME.expected.yaml）")
    p.add_argument("--rules", action="append", metavar="DIR")
    p.add_argument("--verbose", "-v", action="store_true")
    p.add_argument("--detect-kind", action="store_true", help="不使用标注的合同类型，由程序自行识别")
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except api.UsageError as exc:
        _err(f"mamagang: 用法错误：{exc}")
        return EXIT_USAGE
    except BrokenPipeError:  # the reader of our output went away (| head): nothing more to say
        _silence_stdout()
        return EXIT_OK
    except OSError as exc:  # a path the system refuses somewhere not caught above: one line, not a traceback
        where = _short(str(exc.filename)) if exc.filename else "输出（标准输出）"
        _err(f"mamagang: 无法读写 {where}：{_os_reason(exc)}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


_OS_REASONS = {
    errno.ENOSPC: "磁盘空间已满，请清理后再试",
    errno.EACCES: "没有权限，请检查文件或目录的权限",
    errno.EROFS: "位置是只读的，请换一个可写的位置",
    errno.ENAMETOOLONG: "文件名过长，请改短",
    errno.ENOENT: "文件或目录不存在",
}


def _os_reason(exc: OSError) -> str:
    return _OS_REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

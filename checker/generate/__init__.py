"""Reference documents for every 妈妈岗 type, generated from answers, checked by construction.

    types() -> list[TemplateType]
    load_type(name) -> TemplateType
    validate_answers(t, answers) -> list[str]          # the schema: every problem at once
    render(t, answers) -> list[Rendered]               # every document of the type
    generate(name, answers, *, date=None) -> Generation # both, then the rule engine on the result

A type is a folder under contract_templates/ (type.yaml, answers.schema.yaml,
answers.example.yaml, one *.md.j2 per document). See contract_templates/README.md.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from checker.engine.sandbox import make_environment
from checker.generate import markup
from checker.resources import templates_dir

ORDER = ("full_time", "part_time", "labour_service", "outwork", "food_workshop", "live_commerce", "live_cooperation")
FIELD_TYPES = ("text", "integer", "money", "date", "time_range", "choice", "boolean", "number")
_TIME_RANGE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-—–~至到]\s*(\d{1,2}):(\d{2})\s*$")
_CN_DIGITS = "零一二三四五六七八九"


class Problem(str):
    """One problem with the answers, as the sentence shown to the user; `.field` names the
    answer it is about (None when it is about the document as a whole)."""

    field: str | None

    def __new__(cls, message: str, field: str | None = None) -> "Problem":
        obj = super().__new__(cls, message)
        obj.field = field
        return obj


class GenerateError(Exception):
    """Answers that cannot make a lawful document, or a type that does not exist (exit 2)."""

    def __init__(self, message: str, problems: list | None = None) -> None:
        super().__init__(message)
        self.problems: list[Problem] = [p if isinstance(p, Problem) else Problem(p) for p in (problems or [])]

    def by_field(self) -> dict[str | None, list[str]]:
        out: dict[str | None, list[str]] = {}
        for p in self.problems:
            out.setdefault(p.field, []).append(str(p))
        return out


@dataclass
class Field:
    name: str
    label: str
    type: str
    required: bool = False
    default: Any = None
    help: str = ""
    min: float | None = None
    max: float | None = None
    choices: dict[str, str] | None = None
    when: str | None = None  # asked only when this other (boolean) answer is true
    fact: str | None = None  # the checker's fact this answer becomes (a rule's finding is shown beside it)


@dataclass
class TemplateType:
    id: str
    title: str
    summary: str
    relation: str
    sector: str
    documents: list[dict[str, str]]
    fields: list[Field]
    path: Path

    def example(self) -> dict[str, Any]:
        return yaml.safe_load((self.path / "answers.example.yaml").read_text(encoding="utf-8")) or {}


@dataclass
class Rendered:
    id: str
    title: str
    markup: str
    main: bool

    @property
    def blocks(self) -> list[markup.Block]:
        return markup.parse(self.markup)

    def to(self, fmt: str) -> bytes:
        if fmt == "md":
            return markup.to_markdown(self.blocks).encode("utf-8")
        if fmt == "html":
            return markup.to_html(self.blocks, self.title).encode("utf-8")
        if fmt == "docx":
            return markup.to_docx(self.blocks, self.title)
        raise GenerateError(f"不支持的格式：{fmt}（可选 docx、md、html）")


@dataclass
class Generation:
    type: TemplateType
    answers: dict[str, Any]
    documents: list[Rendered]
    reports: dict[str, Any] = field(default_factory=dict)  # document id -> Report of the check


# ---------------------------------------------------------------- types


def types() -> list[TemplateType]:
    root = templates_dir()
    found = [load_type(p.name) for p in root.iterdir() if (p / "type.yaml").is_file()]
    return sorted(found, key=lambda t: ORDER.index(t.id) if t.id in ORDER else len(ORDER))


def load_type(name: str) -> TemplateType:
    path = templates_dir() / name
    if not (path / "type.yaml").is_file():
        known = "、".join(t.id for t in types())
        raise GenerateError(f"没有这种类型：{name}（可选：{known}；运行 mamagang types 查看说明）")
    meta = yaml.safe_load((path / "type.yaml").read_text(encoding="utf-8"))
    schema = yaml.safe_load((path / "answers.schema.yaml").read_text(encoding="utf-8"))
    fields = [Field(name=k, **v) for k, v in schema["fields"].items()]
    for f in fields:
        if f.type not in FIELD_TYPES:
            raise GenerateError(f"{path / 'answers.schema.yaml'}：字段 {f.name} 的类型 {f.type} 不存在")
    return TemplateType(meta["id"], meta["title"], meta["summary"], meta["relation"], meta["sector"],
                        meta["documents"], fields, path)


# ---------------------------------------------------------------- answers


def _coerce(f: Field, value: Any) -> tuple[Any, str | None]:
    """(value, problem) for one answer."""
    label = f"{f.label}（{f.name}）"
    if f.type == "text":
        text = str(value).strip()
        return text, None if text else f"{label}：不能为空"
    if f.type in ("integer", "money", "number"):
        try:
            number = float(str(value).replace(",", "").replace("元", "").strip())
        except ValueError:
            return value, f"{label}：应为数字，收到“{value}”"
        if f.type == "integer" and number != int(number):
            return value, f"{label}：应为整数，收到“{value}”"
        if f.min is not None and number < f.min:
            return number, f"{label}：不能小于 {_plain(f.min)}，收到 {_plain(number)}"
        if f.max is not None and number > f.max:
            return number, f"{label}：不能大于 {_plain(f.max)}，收到 {_plain(number)}"
        return (int(number) if number == int(number) else number), None
    if f.type == "date":
        if isinstance(value, dt.date):
            return value, None
        try:
            return dt.date.fromisoformat(str(value).strip()), None
        except ValueError:
            return value, f"{label}：日期应写成 YYYY-MM-DD，收到“{value}”"
    if f.type == "time_range":
        m = _TIME_RANGE.match(str(value))
        if not m:
            return value, f"{label}：时间段应写成 08:30-12:00，收到“{value}”"
        h1, m1, h2, m2 = map(int, m.groups())
        if not (0 <= h1 < 24 and 0 <= h2 < 24 and m1 < 60 and m2 < 60) or (h2, m2) <= (h1, m1):
            return value, f"{label}：“{value}”不是一个有效的时间段"
        return {"start": f"{h1}:{m1:02d}", "end": f"{h2}:{m2:02d}", "hours": (h2 * 60 + m2 - h1 * 60 - m1) / 60}, None
    if f.type == "choice":
        if str(value) not in (f.choices or {}):
            return value, f"{label}：只能是 {'、'.join(f.choices or {})} 之一，收到“{value}”"
        return str(value), None
    if f.type == "boolean":
        if isinstance(value, bool):
            return value, None
        text = str(value).strip().lower()
        if text in ("是", "yes", "y", "true", "1"):
            return True, None
        if text in ("否", "no", "n", "false", "0"):
            return False, None
        return value, f"{label}：应为 是/否，收到“{value}”"
    return value, None


def _plain(number: float) -> str:
    return str(int(number)) if number == int(number) else str(number)


def validate_answers(t: TemplateType, answers: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    """Coerced answers (defaults filled in) and every problem found, all at once."""
    problems: list[str] = []
    known = {f.name for f in t.fields}
    for name in sorted(set(answers) - known):
        problems.append(Problem(f"{name}：不是 {t.id} 的问题（可用 mamagang types {t.id} 查看全部问题）", name))
    out: dict[str, Any] = {}
    for f in t.fields:
        if f.when and not (answers.get(f.when, _default_of(t, f.when)) in (True, "是", "yes", "true")):
            out[f.name] = f.default
            continue
        value = answers.get(f.name, f.default)
        if value is None or value == "":
            if f.required:
                problems.append(Problem(f"{f.label}（{f.name}）：必填" + (f"。{f.help}" if f.help else ""), f.name))
            out[f.name] = None
            continue
        out[f.name], problem = _coerce(f, value)
        if problem:
            problems.append(Problem(problem, f.name))
    return out, problems


def _default_of(t: TemplateType, name: str) -> Any:
    return next((f.default for f in t.fields if f.name == name), None)


# ---------------------------------------------------------------- rendering


def cn_number(n: int) -> str:
    """1 -> 一, 12 -> 十二, 20 -> 二十, 105 -> 一百零五 (clause numbers)."""
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    return _CN_DIGITS[n // 100] + "百" + ("" if not rest else ("零" + _CN_DIGITS[rest] if rest < 10 else cn_number(rest)))


def cn_date(value: dt.date | None) -> str:
    return f"{value.year}年{value.month}月{value.day}日" if value else "____年__月__日"


def num(value: float | int) -> str:
    """7.5 -> "7.5", 8.0 -> "8", 7.25 -> "7.25" (hours and percentages in running text)."""
    return f"{round(float(value), 2):g}"


def money(value: float | int | None) -> str:
    if value is None:
        return "______"
    return str(int(value)) if float(value) == int(value) else f"{value:.2f}"


class _Clauses:
    """`{{ clause('合同期限') }}` -> "## 第一条 合同期限", numbered in the order they render."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self, title: str) -> str:
        self.n += 1
        return f"## 第{cn_number(self.n)}条 {title}"


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    import calendar

    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def end_of_term(start: dt.date, months: int) -> dt.date:
    """A term of N months from `start` ends the day before the same date N months later."""
    return add_months(start, months) - dt.timedelta(days=1)


def render(t: TemplateType, answers: dict[str, Any], params: Any = None) -> list[Rendered]:
    import jinja2

    env = make_environment()
    env.loader = jinja2.FileSystemLoader(str(t.path.parent))  # {% include "_common/…" %} shares wording between types
    env.filters.update(cn_date=cn_date, money=money, num=num, cn_number=cn_number)
    out = []
    for doc in t.documents:
        template = env.get_template(f"{t.path.name}/{doc['template']}")
        context = dict(answers)
        context.update(clause=_Clauses(), add_months=add_months, end_of_term=end_of_term, cn_number=cn_number,
                       param=_param_lookup(params, answers))
        text = template.render(context)
        title = next((b.text for b in markup.parse(text) if b.kind == "title"), doc["title"])
        out.append(Rendered(doc["id"], title, text, bool(doc.get("main"))))
    return out


def _param_lookup(params: Any, answers: dict[str, Any]):
    def lookup(name: str) -> Any:
        if params is None:
            from checker import api

            p = api.ruleset().params
        else:
            p = params
        return p.lookup(name, answers.get("city") or "中山", answers.get("sign_date") or dt.date.today()).value
    return lookup


# ---------------------------------------------------------------- the whole loop


def _field_of(t: TemplateType, finding, report) -> str | None:
    """The answer a finding is about: the field whose fact the rule read, or whose fact sits
    where the finding points."""
    facts = set((finding.explain or {}).get("facts", {}))
    loc = finding.location
    if loc:
        for name, found in report.contract.facts.items():
            if any(f.span.block == loc["block"] and f.span.start < loc["end"] and loc["start"] < f.span.end for f in found):
                facts.add(name)
    return next((f.name for f in t.fields if f.fact and f.fact in facts), None)


def generate(name: str, answers: dict[str, Any], *, rules: Any = None) -> Generation:
    """Validate the answers by the schema, render every document, and check each with the rule
    engine: any error or warning, a relation or sector other than the type's, or a document
    that could not be checked refuses the answers (GenerateError with every problem)."""
    from checker import api

    t = load_type(name)
    values, problems = validate_answers(t, answers)
    if problems:
        raise GenerateError(f"答案有 {len(problems)} 处问题，没有生成任何文件", problems)
    rules = rules or api.ruleset()
    documents = render(t, values, rules.params)
    generation = Generation(t, values, documents)
    problems = []
    for doc in documents:
        report = api.check(doc.to("md"), name=f"{doc.id}.md", city=values.get("city"),
                           date=values.get("sign_date"), rules=rules)
        generation.reports[doc.id] = report
        for f in report.findings:
            if f.severity in ("error", "warning"):
                laws = "；".join(f"《{b['law']}》第{b['article']}条" for b in f.basis[:2])
                problems.append(Problem(f"{doc.title}：{f.message}（{laws}）", _field_of(t, f, report)))
        if doc.main:
            k = report.contract.kind
            if report.not_checked:
                problems.append(f"{doc.title}：未能检查（{report.not_checked}）")
            elif (k.relation, k.sector) != (t.relation, t.sector):
                problems.append(f"{doc.title}：检查器识别为 {k.relation}/{k.sector}，不是这个类型的 {t.relation}/{t.sector}"
                                f"（{'；'.join(k.evidence[:3])}）")
    if problems:
        raise GenerateError(f"按这些答案写成的文书不合规（{len(problems)} 处），没有生成任何文件", problems)
    return generation

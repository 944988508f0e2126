"""`mamagang guide [TYPE]`: the compliance guide of a 妈妈岗 type, rendered from the data.

Like the 合规指引 it follows, each type has 法律规定 (the key articles, verbatim from
rules/sources/), 实操要点 (every rule that applies to the type's relation and sector, grouped
by theme, with the law quoted and the worker's explanation), 参考案例 (the official cases
the rules cite) and 参考文书 (the type's templates). Nothing is written by hand here: a rule
added to the pack is in the guide the next time it is rendered.
"""

from __future__ import annotations

from checker.engine.loader import RuleSet
from checker.engine.sources import LawLibrary
from checker.generate import TemplateType, load_type, markup, types
from checker.kinds import KindResult
from checker.resources import rules_dir

THEMES = {
    "contract_form": "合同的订立和必备条款", "probation": "试用期", "hours": "工作时间和休息休假", "pay": "工资支付",
    "social_insurance": "社会保险和工伤", "money": "押金、违约金和竞业限制", "termination": "解除和终止",
    "women": "女职工和母亲的保护", "civil": "劳务、承揽、合作的界限", "good_practice": "妈妈岗良好做法",
}


def applicable_rules(t: TemplateType, rules: RuleSet) -> list:
    kind = KindResult(t.relation, t.sector, "given")
    return [r for r in rules.rules if r.applies_to(kind)]


def guide_markup(t: TemplateType, rules: RuleSet) -> str:
    from checker.generate import cn_number

    laws = LawLibrary.load([rules_dir() / "sources"])
    lines = [f"# 妈妈岗法律合规指引：{t.title}", f"### （由规则库自动生成，规则版本 {rules.version}）", "",
             t.summary + "。", ""]
    section = 0

    def head(title: str) -> None:
        nonlocal section
        section += 1
        lines.extend([f"## {cn_number(section)}、{title}", ""])

    provisions = _provisions(t)
    if provisions:
        head("法律规定")
        for law, article in provisions:
            source = laws.get(law)
            text = source.article_text(article) if source else None
            if text:
                body = " ".join(" ".join(x.split()) for x in text.splitlines() if x.strip() and not x.strip().startswith("#"))
                lines.append(f"《{law}》{body}")
            else:
                lines.append(f"《{law}》第{article}条（原文未收录于 rules/sources/）")
        lines.append("")
    applicable = applicable_rules(t, rules)
    by_theme: dict[str, list] = {}
    for rule in applicable:
        by_theme.setdefault(rule.path.parent.name, []).append(rule)
    for theme in [k for k in THEMES if k in by_theme] + sorted(set(by_theme) - set(THEMES)):
        head(f"实操要点：{THEMES.get(theme, theme)}")
        for rule in sorted(by_theme[theme], key=lambda r: ("error", "warning", "info").index(r.severity)):
            level = {"error": "违法", "warning": "风险", "info": "建议"}[rule.severity]
            lines.append(f"【{level}】{rule.title}：{rule.explain_to_worker}")
            for b in rule.basis[:2]:
                quote = f"：“{b.quote}”" if b.quote else ""
                lines.append(f"> 依据 {b.cite()}{quote}{'（未经官方原文核实）' if not b.verified else ''}")
        lines.append("")
    cases = [(rule, case) for rule in applicable for case in rule.cases]
    head("参考案例")
    if cases:
        seen = set()
        for rule, case in cases:
            if case["title"] in seen:
                continue
            seen.add(case["title"])
            where = "，".join(x for x in (case.get("court"), case.get("date"), case.get("source")) if x)
            lines.append(f"{case['title']}（{where}）：{case.get('summary', '')}（相关要点：{rule.title}）")
    else:
        lines.append("规则库中还没有与这一类型有关的参考案例。")
    lines.append("")
    head("参考文书")
    lines.append(f"运行 mamagang generate {t.id} --answers 答案.yaml 生成下列文书（问题清单：mamagang types {t.id}）：")
    for doc in t.documents:
        lines.append(f"《{doc['title']}》")
    return "\n".join(lines) + "\n"


def _provisions(t: TemplateType) -> list[tuple[str, int]]:
    import yaml

    meta = yaml.safe_load((t.path / "type.yaml").read_text(encoding="utf-8"))
    return [(p["law"], int(p["article"])) for p in meta.get("provisions", [])]


def render_guide(type_id: str | None, rules: RuleSet, fmt: str) -> bytes:
    chosen = [load_type(type_id)] if type_id else types()
    blocks = []
    for t in chosen:
        blocks += markup.parse(guide_markup(t, rules))
    title = f"妈妈岗法律合规指引：{chosen[0].title}" if len(chosen) == 1 else "妈妈岗法律合规指引"
    if fmt == "md":
        return markup.to_markdown(blocks).encode("utf-8")
    if fmt == "html":
        return markup.to_html(blocks, title).encode("utf-8")
    return markup.to_docx(blocks, title)

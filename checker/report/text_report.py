"""`--format text`: for a person at a terminal, grouped by severity."""

from __future__ import annotations

from checker.engine.rule import SEVERITIES, SEVERITY_LABELS
from checker.findings import Finding, Report, RunResult
from checker.kinds import DOCUMENT_LABELS, PRESUMPTION_NOTE, RELATION_LABELS, SECTOR_LABELS

_MARK = {"error": "✖", "warning": "▲", "info": "ℹ"}


def _cite(basis: dict) -> str:
    text = f"《{basis['law']}》第{basis['article']}条"
    if basis.get("paragraph"):
        text += f"第{basis['paragraph']}款"
    if basis.get("item"):
        text += f"第{basis['item']}项"
    if basis.get("verified") is False:
        text += "（引文未经官方原文核实）"
    return text


def _where(location: dict | None) -> str:
    if not location:
        return "（全文缺少）"
    parts = [location.get("clause") or "", f"第{location['block'] + 1}段"]
    if location.get("page"):
        parts.append(f"第{location['page']}页")
    return " ".join(p for p in parts if p)


def _finding(f: Finding) -> list[str]:
    lines = [f"  {_MARK[f.severity]} [{f.rule}] {f.title}  — {_where(f.location)}", f"      {f.message}"]
    if f.location:
        lines.append(f"      原文：{f.location['excerpt']}")
    for other in f.locations[1:]:
        lines.append(f"      另见：{_where(other)}：{other['excerpt']}")
    for basis in f.basis:
        quote = f"：“{basis['quote']}”" if basis.get("quote") else ""
        lines.append(f"      依据：{_cite(basis)}{quote}")
    lines.append(f"      建议：{f.suggestion}")
    if f.explain_to_worker:
        lines.append(f"      给劳动者：{f.explain_to_worker}")
    return lines


_SOURCE = {"given": "指定", "detected": "识别", "default": "默认"}


def header_lines(report: Report) -> list[str]:
    """File, document type, relation and sector with their evidence, city, date: every report shows them."""
    c = report.contract
    k = c.kind
    relation = RELATION_LABELS[k.relation] + ("（推定）" if k.presumed else f"（{_SOURCE[k.source]}）")
    if k.document == "not_contract":
        relation = "—"
    lines = [
        f"文件：{report.file}",
        f"文书：{DOCUMENT_LABELS[k.document]}  法律关系：{relation}  行业：{SECTOR_LABELS[k.sector]}  "
        f"城市：{c.city}（{_SOURCE[c.city_source]}）  日期：{c.date.isoformat()}（{_SOURCE[c.date_source]}）",
    ]
    if k.evidence:
        lines.append(f"判断依据：{'；'.join(k.evidence)}")
    if k.presumed:
        lines.append(f"注意：{PRESUMPTION_NOTE}")
    if c.document.traditional:
        lines.append("注意：原文为繁体字，已转换为简体后检查（摘录保留原文）")
    return lines


def render_report(report: Report) -> str:
    s = report.summary()
    lines = header_lines(report)
    if report.not_checked:
        lines.append(f"未能检查：{report.not_checked}。这份文书没有（完整地）检查，不表示它合法。"
                     "如确是合同，请用 --kind 指定类型后再检查。")
    lines.append(f"结果：{s['error']} 个违法问题，{s['warning']} 个风险，{s['info']} 条建议；共检查 {s['rules_evaluated']} 条规则")
    for severity in SEVERITIES:
        group = [f for f in report.findings if f.severity == severity]
        if group:
            lines += ["", f"{SEVERITY_LABELS[severity]}（{len(group)}）"]
            for f in group:
                lines += _finding(f)
    if report.undetermined:
        lines += ["", f"未能确定（{len(report.undetermined)}）：合同中缺少判断所需的信息，既不算违法也不算合规"]
        for u in report.undetermined:
            lines.append(f"  ? [{u.rule}] {u.title}：{u.reason}")
    if not report.findings and not report.not_checked:
        lines += ["", "未发现问题。" + ("但有规则未能确定，请人工核对上面列出的事项。" if report.undetermined else "")]
    return "\n".join(lines)


def render_text(result: RunResult) -> str:
    parts = [render_report(r) for r in result.reports]
    for error in result.errors:
        parts.append(f"文件：{error.file}\n  无法读取（{error.code}）：{error.message}")
    return "\n\n".join(parts) + "\n"

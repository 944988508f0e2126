"""`--format text`: for a person at a terminal, grouped by severity."""

from __future__ import annotations

from checker.engine.rule import SEVERITIES, SEVERITY_LABELS
from checker.findings import Finding, Report, RunResult
from checker.kinds import KIND_LABELS

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


def _finding(f: Finding) -> list[str]:
    where = "（全文缺少）"
    if f.location:
        parts = [f.location.get("clause") or "", f"第{f.location['block'] + 1}段"]
        if f.location.get("page"):
            parts.append(f"第{f.location['page']}页")
        where = " ".join(p for p in parts if p)
    lines = [f"  {_MARK[f.severity]} [{f.rule}] {f.title}  — {where}", f"      {f.message}"]
    if f.location:
        lines.append(f"      原文：{f.location['excerpt']}")
    for basis in f.basis:
        quote = f"：“{basis['quote']}”" if basis.get("quote") else ""
        lines.append(f"      依据：{_cite(basis)}{quote}")
    lines.append(f"      建议：{f.suggestion}")
    if f.explain_to_worker:
        lines.append(f"      给劳动者：{f.explain_to_worker}")
    return lines


def render_report(report: Report) -> str:
    c = report.contract
    source = {"given": "指定", "detected": "识别", "default": "默认"}
    s = report.summary()
    lines = [
        f"文件：{report.file}",
        f"合同类型：{KIND_LABELS.get(c.kind.kind, c.kind.kind)}（{source[c.kind.source]}）  "
        f"城市：{c.city}（{source[c.city_source]}）  日期：{c.date.isoformat()}（{source[c.date_source]}）",
        f"结果：{s['error']} 个违法问题，{s['warning']} 个风险，{s['info']} 条建议；共检查 {s['rules_evaluated']} 条规则",
    ]
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
    if not report.findings:
        lines += ["", "未发现问题。" + ("但有规则未能确定，请人工核对上面列出的事项。" if report.undetermined else "")]
    return "\n".join(lines)


def render_text(result: RunResult) -> str:
    parts = [render_report(r) for r in result.reports]
    for error in result.errors:
        parts.append(f"文件：{error.file}\n  无法读取（{error.code}）：{error.message}")
    return "\n\n".join(parts) + "\n"

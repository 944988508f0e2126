"""`--format text`: for a person at a terminal, grouped by severity."""

from __future__ import annotations

from checker.engine.rule import SEVERITIES, SEVERITY_LABELS
from checker.findings import Finding, Report, RunResult
from checker.privacy import mask
from checker.report.common import NOT_CHECKED_NOTE, Header, cite, where
from checker.report.options import Options

_MARK = {"error": "✖", "warning": "▲", "info": "ℹ"}


def _finding(f: Finding) -> list[str]:
    lines = [f"  {_MARK[f.severity]} [{f.rule}] {f.title}  — {where(f.location)}", f"      {f.message}"]
    if f.location:
        lines.append(f"      原文：{f.location['excerpt']}")
    for other in f.locations[1:]:
        lines.append(f"      另见：{where(other)}：{other['excerpt']}")
    for basis in f.basis:
        quote = f"：“{basis['quote']}”" if basis.get("quote") else ""
        lines.append(f"      依据：{cite(basis)}{quote}")
    lines.append(f"      建议：{f.suggestion}")
    if f.explain_to_worker:
        lines.append(f"      给劳动者：{f.explain_to_worker}")
    return lines


def header_lines(report: Report) -> list[str]:
    """File, document type, relation and sector with their evidence, city, date: every report shows them."""
    h = Header.of(report)
    lines = [f"文件：{h.file}",
             f"文书：{h.document}  法律关系：{h.relation}  行业：{h.sector}  城市：{h.city}  日期：{h.date}"]
    if h.evidence:
        lines.append(f"判断依据：{'；'.join(h.evidence)}")
    lines += [f"注意：{note}" for note in h.notes]
    return lines


def render_report(report: Report) -> str:
    s = report.summary()
    lines = header_lines(report)
    if report.not_checked:
        lines.append(f"未能检查：{report.not_checked}。{NOT_CHECKED_NOTE}")
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


def render_text(result: RunResult, options: Options = Options()) -> str:
    if options.audience == "worker":
        from checker.report.worker import render_worker_text

        text = render_worker_text(result)
    else:
        parts = [render_report(r) for r in result.reports]
        for error in result.errors:
            parts.append(f"文件：{error.file}\n  无法读取（{error.code}）：{error.message}")
        text = "\n\n".join(parts) + "\n"
    return mask(text) if options.mask else text

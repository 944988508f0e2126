"""`--format markdown`: the same content as the HTML page, for an email or a ticket."""

from __future__ import annotations

import re

from checker.engine.rule import SEVERITIES, SEVERITY_LABELS
from checker.findings import Report, RunResult
from checker.privacy import mask
from checker.report.common import NOT_CHECKED_NOTE, SHORT_SEVERITY, Header, cite
from checker.report.html_report import places
from checker.report.options import Options
from checker.report.worker import INTRO, worker_page

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def md(text: str) -> str:
    """Contract text as literal Markdown: special characters escaped, one line."""
    return _SPECIAL.sub(r"\\\1", text.replace("\n", " "))


def _employer(report: Report, options: Options, rules_version: str) -> list[str]:
    h, s = Header.of(report), report.summary()
    lines = ["# 合同合规检查报告", "",
             f"- 文件：{md(h.file)}", f"- 文书：{h.document}；法律关系：{h.relation}；行业：{h.sector}",
             f"- 城市：{h.city}；按哪天的法律：{h.date}；规则版本：{rules_version}（共检查 {s['rules_evaluated']} 条规则）"]
    if h.evidence:
        lines.append(f"- 判断依据：{md('；'.join(h.evidence))}")
    lines += [f"- **注意**：{note}" for note in h.notes]
    if h.not_checked:
        lines.append(f"- **未能检查**：{h.not_checked}。{NOT_CHECKED_NOTE}")
    lines += ["", f"**违法 {s['error']}　风险 {s['warning']}　建议 {s['info']}**"]
    if not report.findings and not report.not_checked:
        lines += ["", "未发现问题。" + ("但有规则未能确定，见下。" if report.undetermined else "")]
    for severity in SEVERITIES:
        group = [f for f in report.findings if f.severity == severity]
        if not group:
            continue
        lines += ["", f"## {SEVERITY_LABELS[severity]}（{len(group)}）"]
        for f in group:
            lines += ["", f"### 【{SHORT_SEVERITY[f.severity]}】{md(f.title)}（`{f.rule}`）", ""]
            for p in places(report, f, options):
                lines.append(f"> {p['where']}：{md(p['before'])}**{md(p['hit'])}**{md(p['after'])}")
            if not f.locations:
                lines.append("> （合同中缺少这一项）")
            lines += ["", md(f.message), ""]
            for b in f.basis:
                lines.append(f"- 依据：{cite(b)}" + (f"：“{md(b['quote'])}”" if b.get("quote") else ""))
            lines.append(f"- **建议修改**：{md(f.suggestion)}")
            if f.explain_to_worker:
                lines.append(f"- 给劳动者：{md(f.explain_to_worker)}")
    if report.undetermined:
        lines += ["", f"## 未能确定（{len(report.undetermined)}）", "",
                  "合同中缺少判断所需的信息，既不算违法也不算合规，请人工核对：", ""]
        lines += [f"- {md(u.title)}：{md(u.reason)}" for u in report.undetermined]
    lines += ["", "---", "违法：违反强制性规定或无效，应当修改；风险：可能被认定违法或引起争议；建议：按妈妈岗合规指引宜写明。"
              "本报告由程序依据公开的法律条文自动生成，不代替律师意见。"]
    return lines


def _worker(report: Report) -> list[str]:
    page = worker_page(report)
    lines = ["# 你的合同检查结果", "", md(page.file), "", INTRO, ""]
    if not page.checked:
        lines.append(f"**这份文书没能检查**（{page.not_checked}），不能说明它合法。请找人帮你看一看，或打 12333 咨询。")
    elif not page.items:
        lines.append("自动检查没有发现损害你权利的约定。")
    for i, item in enumerate(page.items, 1):
        lines += [f"## {i}. {md(item.title)}", ""]
        lines.append(f"> 合同写的是：“{md(item.excerpt)}”" if item.excerpt else "> 合同里没有写这一项")
        lines += ["", md(item.text), "", f"法律依据：{item.law}", ""]
    if page.keep:
        lines += ["## 请保留这些证据", ""] + [f"- {k}" for k in page.keep] + [""]
    lines += ["## 去哪里求助", ""] + [f"- {h}" for h in page.help]
    return lines


def render_markdown(result: RunResult, options: Options = Options()) -> str:
    parts = ["\n".join(_worker(r) if options.audience == "worker" else _employer(r, options, result.rules_version or "—"))
             for r in result.reports]
    parts += [f"# 无法读取\n\n{md(e.file)}：{md(e.message)}" for e in result.errors]
    text = "\n\n".join(parts) + "\n"
    return mask(text) if options.mask else text

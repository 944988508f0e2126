"""`--audience worker`: one page for the mother, in plain words.

Only what she needs: the rights this contract breaks or leaves out (the rule's
explain_to_worker, with the article named), what to keep as evidence, where to get help.
No rule ids, no severity jargon, no quotes. The evidence and help texts are data
(rules/lexicon/worker.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from checker.findings import Report, RunResult
from checker.lexicon import load_lexicon
from checker.report.common import cite

INTRO = ("这是对你的合同的自动检查结果，用大白话说明合同里哪些地方可能损害你的权利。"
         "它不是律师意见；拿不准时，打 12333 问一问。")


@dataclass
class WorkerItem:
    title: str
    text: str
    law: str  # 《劳动合同法》第9条
    excerpt: str  # the contract's words ("" for a missing clause)
    unlawful: bool


@dataclass
class WorkerPage:
    file: str
    checked: bool
    not_checked: str | None
    items: list[WorkerItem] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    help: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _texts() -> dict:
    return load_lexicon("worker")


def worker_page(report: Report) -> WorkerPage:
    data = _texts()
    page = WorkerPage(report.file, report.not_checked is None, report.not_checked, help=list(data["help"]))
    keep: list[str] = []
    for f in report.findings:
        if f.severity == "info":
            continue
        excerpt = f.location.get("matched") or f.location["excerpt"] if f.location else ""
        page.items.append(WorkerItem(f.worker_title or f.title, f.explain_to_worker or f.message,
                                     "、".join(dict.fromkeys(cite(b, verified_note=False) for b in f.basis[:2])),
                                     excerpt, f.severity == "error"))
        for group in data["evidence"]:
            if any(word in f.rule for word in group["when"]) and group["keep"] not in keep:
                keep.append(group["keep"])
    page.keep = list(data["always"]) + keep if page.items else []
    return page


def render_worker_text(result: RunResult) -> str:
    parts = []
    for report in result.reports:
        page = worker_page(report)
        lines = [f"你的合同：{page.file}", INTRO, ""]
        if not page.checked:
            lines.append(f"这份文书没能检查（{page.not_checked}），不能说明它合法。请找人帮你看一看，或打 12333 咨询。")
        elif not page.items:
            lines.append("自动检查没有发现损害你权利的约定。但合同之外的事（比如实际加班、拖欠工资）也要留意。")
        for i, item in enumerate(page.items, 1):
            lines.append(f"{i}. {item.title}" + (f"（合同写的是：“{item.excerpt}”）" if item.excerpt else "（合同里没有写）"))
            lines.append(f"   {item.text}")
            lines.append(f"   法律依据：{item.law}")
        if page.keep:
            lines += ["", "请保留这些证据："] + [f"  - {k}" for k in page.keep]
        lines += ["", "去哪里求助："] + [f"  - {h}" for h in page.help]
        parts.append("\n".join(lines))
    for error in result.errors:
        parts.append(f"{error.file}：这个文件打不开（{error.message}）")
    return "\n\n".join(parts) + "\n"

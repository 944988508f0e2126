"""`--format csv`: one row per finding (and per document that could not be read or checked),
for a spreadsheet. UTF-8 with a BOM so that Excel opens the Chinese text correctly."""

from __future__ import annotations

import csv
import io

from checker.findings import RunResult
from checker.privacy import mask
from checker.report.common import SHORT_SEVERITY, cite, where
from checker.report.options import Options

COLUMNS = ["文件", "法律关系", "行业", "城市", "级别", "规则", "问题", "位置", "原文", "依据", "建议"]


def render_csv(result: RunResult, options: Options = Options()) -> str:
    buffer = io.StringIO()
    out = csv.writer(buffer, lineterminator="\r\n")
    out.writerow(COLUMNS)
    for report in result.reports:
        k, c = report.contract.kind, report.contract
        base = [report.file, k.relation, k.sector, c.city]
        if report.not_checked:
            out.writerow(base + ["未能检查", "", report.not_checked, "", "", "", ""])
        for f in report.findings:
            loc = f.location
            out.writerow(base + [SHORT_SEVERITY[f.severity], f.rule, f.title, where(loc),
                                 loc["excerpt"] if loc else "", "；".join(cite(b) for b in f.basis), f.suggestion])
    for error in result.errors:
        out.writerow([error.file, "", "", "", "无法读取", error.code, error.message, "", "", "", ""])
    text = buffer.getvalue()
    return "\ufeff" + (mask(text) if options.mask else text)

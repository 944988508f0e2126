"""`--format sarif`: SARIF 2.1.0, so that findings show in code- and document-review tools.

Each rule that produced a finding is a reportingDescriptor whose help text is the law it
applies (article and quote) and the fix; each finding is a result at the document (an
artifact) with the clause as a logical location and the offending words as the region's
snippet. Documents that could not be read or checked are tool execution notifications.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from checker import __version__
from checker.findings import RunResult
from checker.privacy import mask
from checker.report.common import cite, where
from checker.report.options import Options

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    p = Path(path)
    return p.as_posix() if not p.is_absolute() else p.as_uri()


def _descriptor(f) -> dict[str, Any]:
    laws = "；".join(cite(b) + (f"：“{b['quote']}”" if b.get("quote") else "") for b in f.basis)
    return {
        "id": f.rule,
        "name": f.rule,
        "shortDescription": {"text": f.title},
        "fullDescription": {"text": "依据：" + "；".join(cite(b) for b in f.basis)},
        "help": {"text": f"依据：{laws}\n建议：{f.suggestion}",
                 "markdown": f"**依据**：{laws}\n\n**建议**：{f.suggestion}"},
        "defaultConfiguration": {"level": LEVELS[f.severity]},
        "properties": {"tags": [f"{b['law']}第{b['article']}条" for b in f.basis]},
    }


def render_sarif(result: RunResult, options: Options = Options()) -> str:
    rules: dict[str, dict[str, Any]] = {}
    results, notifications = [], []
    for report in result.reports:
        uri = _uri(report.file)
        if report.not_checked:
            notifications.append({"level": "error", "message": {"text": f"{report.file}：未能检查：{report.not_checked}"},
                                  "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}]})
        for f in report.findings:
            if f.rule not in rules:
                rules[f.rule] = _descriptor(f)
            locations = []
            for loc in f.locations or [None]:
                # .docx and .pdf have no lines to point at: the place is the clause (a logical
                # location) and the contract's words are the location's message
                entry: dict[str, Any] = {"physicalLocation": {"artifactLocation": {"uri": uri}}}
                if loc:
                    entry["message"] = {"text": loc["excerpt"]}
                entry["logicalLocations"] = [{"name": where(loc), "kind": "section"}] if loc else \
                    [{"name": "（全文缺少）", "kind": "section"}]
                locations.append(entry)
            results.append({"ruleId": f.rule, "ruleIndex": list(rules).index(f.rule), "level": LEVELS[f.severity],
                            "message": {"text": f.message}, "locations": locations,
                            "properties": {"suggestion": f.suggestion, "relation": report.contract.kind.relation,
                                           "sector": report.contract.kind.sector}})
    for error in result.errors:
        notifications.append({"level": "error", "message": {"text": error.message},
                              "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(error.file)}}}]})
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "mamagang", "fullName": "妈妈岗灵活用工合同合规检查", "version": __version__,
                                "semanticVersion": __version__,
                                "rules": list(rules.values()),
                                "properties": {"rulesVersion": result.rules_version}}},
            "invocations": [{"executionSuccessful": not result.errors,
                             "toolExecutionNotifications": notifications}],
            "artifacts": [{"location": {"uri": _uri(r.file)}} for r in result.reports],
            "results": results,
        }],
    }
    text = json.dumps(log, ensure_ascii=False, indent=2) + "\n"
    return mask(text) if options.mask else text

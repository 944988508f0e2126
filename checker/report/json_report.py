"""`--format json`: follows rules/report.schema.json (copied from shared/), deterministic."""

from __future__ import annotations

import json
from typing import Any

from checker.findings import Report, RunResult
from checker.privacy import mask
from checker.report.options import Options

SCHEMA_VERSION = 1


def report_dict(report: Report) -> dict[str, Any]:
    contract = report.contract
    return {
        "file": report.file,
        "contract": {
            "kind": contract.kind.kind,
            "kind_source": contract.kind.source,
            "relation": contract.kind.relation,
            "sector": contract.kind.sector,
            "document": contract.kind.document,
            "presumed": contract.kind.presumed,
            "label_relation": contract.kind.label,
            "kind_evidence": list(contract.kind.evidence),
            "traditional_script": contract.document.traditional,
            "city": contract.city,
            "city_source": contract.city_source,
            "date": contract.date.isoformat(),
            "date_source": contract.date_source,
            "facts": {name: [f.to_dict() for f in facts] for name, facts in sorted(contract.facts.items())},
        },
        "summary": report.summary(),
        "not_checked": report.not_checked,
        "findings": [f.to_dict() for f in report.findings],
        "undetermined": [u.to_dict() for u in report.undetermined],
    }


def run_dict(result: RunResult) -> dict[str, Any]:
    return {
        "version": SCHEMA_VERSION,
        "rules_version": result.rules_version,
        "reports": [report_dict(r) for r in result.reports],
        "errors": [e.to_dict() for e in result.errors],
    }


def render_json(result: RunResult, options: Options = Options()) -> str:
    text = json.dumps(run_dict(result), ensure_ascii=False, indent=2) + "\n"
    return mask(text) if options.mask else text

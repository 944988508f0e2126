"""What the report writers share: how a citation, a place and the header read in Chinese."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from checker.findings import Report
from checker.kinds import DOCUMENT_LABELS, PRESUMPTION_NOTE, RELATION_LABELS, SECTOR_LABELS

SOURCE_LABELS = {"given": "指定", "detected": "识别", "default": "默认"}
SHORT_SEVERITY = {"error": "违法", "warning": "风险", "info": "建议"}
NOT_CHECKED_NOTE = "这份文书没有（完整地）检查，不表示它合法。如确是合同，请用 --kind 指定类型后再检查。"


def cite(basis: dict[str, Any], verified_note: bool = True) -> str:
    """《劳动合同法》第19条第1款, from a finding's basis (Basis.to_dict)."""
    from checker.engine.rule import Basis

    text = Basis(**basis).cite()
    if verified_note and basis.get("verified") is False:
        text += "（引文未经官方原文核实）"
    return text


def where(location: dict[str, Any] | None) -> str:
    """第二条 第14段 第2页 / 表1 第2行 第3列; "（全文缺少）" for a missing clause."""
    if not location:
        return "（全文缺少）"
    parts = [location.get("clause") or "", location.get("where") or "", f"第{location['block'] + 1}段"]
    page = f"第{location['page']}页" if location.get("page") else ""
    if page and page not in parts[1]:  # a PDF block's `where` already names its page
        parts.append(page)
    return " ".join(p for p in parts if p)


@dataclass
class Header:
    file: str
    document: str
    relation: str
    sector: str
    city: str
    date: str
    evidence: list[str]
    notes: list[str]  # presumption, traditional script
    not_checked: str | None  # why the document was not (fully) checked

    @classmethod
    def of(cls, report: Report) -> "Header":
        c, k = report.contract, report.contract.kind
        relation = RELATION_LABELS[k.relation] + ("（推定）" if k.presumed else f"（{SOURCE_LABELS[k.source]}）")
        if k.document == "not_contract":
            relation = "—"
        notes = []
        if k.presumed:
            notes.append(PRESUMPTION_NOTE)
        if c.document.traditional:
            notes.append("原文为繁体字，已转换为简体后检查（摘录保留原文）")
        return cls(report.file, DOCUMENT_LABELS[k.document], relation, SECTOR_LABELS[k.sector],
                   f"{c.city}（{SOURCE_LABELS[c.city_source]}）", f"{c.date.isoformat()}（{SOURCE_LABELS[c.date_source]}）",
                   list(k.evidence), notes, report.not_checked)

"""`--format html`: one self-contained page per run (inline CSS; no remote fonts, scripts or
images), printable on A4 and readable on a phone. Jinja autoescaping escapes every piece of
contract text; the offending words are highlighted with <mark>."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import jinja2

from checker import __version__
from checker.engine.rule import SEVERITIES, SEVERITY_LABELS
from checker.findings import Report, RunResult
from checker.privacy import mask
from checker.report.common import NOT_CHECKED_NOTE, SHORT_SEVERITY, Header, cite, where
from checker.report.options import Options
from checker.report.worker import INTRO, worker_page

CONTEXT = 60  # characters of the clause shown either side of the offending words


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.PackageLoader("checker.report", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    return env.get_template("report.html.j2")


def places(report: Report, finding, options: Options) -> list[dict[str, str]]:
    """Each location as where / before / hit / after, cut from the clause's original text."""
    out = []
    blocks = report.contract.document.blocks
    for loc in finding.locations:
        text = blocks[loc["block"]].original
        s, e = loc["start"], loc["end"]
        lo, hi = max(0, s - CONTEXT), min(len(text), e + CONTEXT)
        piece = {"where": where(loc), "before": ("…" if lo else "") + text[lo:s], "hit": text[s:e],
                 "after": text[e:hi] + ("…" if hi < len(text) else "")}
        if options.mask:
            piece = {k: mask(v) for k, v in piece.items()}
        out.append(piece)
    return out


def doc_view(report: Report, options: Options) -> dict[str, Any]:
    groups = []
    for severity in SEVERITIES:
        findings = [f for f in report.findings if f.severity == severity]
        if findings:
            groups.append({"label": SEVERITY_LABELS[severity], "findings": [
                {**f.to_dict(), "places": places(report, f, options),
                 "basis": [{"cite": cite(b), "quote": b.get("quote")} for b in f.basis]} for f in findings]})
    return {"header": Header.of(report), "summary": report.summary(), "groups": groups,
            "undetermined": report.undetermined, "page": worker_page(report),
            "clean": not report.findings and not report.not_checked}


def render_html(result: RunResult, options: Options = Options(), actions: list[dict[str, str]] | None = None) -> str:
    """The page; `actions` (label, href) are links shown above the report (the web face's downloads)."""
    worker = options.audience == "worker"
    title = "合同检查结果（劳动者版）" if worker else "妈妈岗合同合规检查报告"
    if len(result.reports) == 1:
        title += " · " + result.reports[0].file.rsplit("/", 1)[-1]
    html = _template().render(
        title=title, docs=[doc_view(r, options) for r in result.reports], errors=result.errors, worker=worker,
        intro=INTRO, short=SHORT_SEVERITY, not_checked_note=NOT_CHECKED_NOTE,
        rules_version=result.rules_version or "—", version=__version__, actions=actions or [])
    return mask(html) if options.mask else html

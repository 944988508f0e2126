"""`--format docx`: her own Word file back, the way a lawyer returns it.

A copy of the user's .docx with a Word comment anchored on the exact offending words of each
finding (runs are split so the anchor covers the span, in table cells too), the missing
clauses and a summary as comments on the title, and with `--redline` a tracked change
(w:del of the offending sentence, w:ins of the rule's `rewrite`) where a rule has lawful
wording to offer. The user's words, styles, numbering, headers and footers are untouched: only
w:commentRangeStart/End, comment references, w:del and w:ins are added to the body, and a
comments part to the package. For .pdf / .txt input the copy is a clean .docx of the extracted
text, one paragraph per block, annotated the same way.

Reads the Report and the source bytes; never writes to the source.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

import docx
from docx.oxml.ns import qn
from docx.text.run import Run

from checker.engine.rule import SEVERITY_LABELS
from checker.findings import Finding, Report
from checker.kinds import RELATION_LABELS, SECTOR_LABELS
from checker.privacy import mask as mask_text
from checker.reading.docx_reader import (MC_ALTERNATE, W_BR, W_CR, W_NB_HYPHEN, W_PTAB, W_T, W_TAB, W_TXBX, _SKIP,
                                         _choose_alternate)
from checker.report.common import SHORT_SEVERITY, cite
from checker.report.options import Options
from checker.rewrite import Edit, plan_edits

AUTHOR = "妈妈岗合规检查"
INITIALS = "MMG"
_W_R, _W_P, _W_RPR = qn("w:r"), qn("w:p"), qn("w:rPr")
_ONE_CHAR = {W_TAB, W_PTAB, W_BR, W_CR, W_NB_HYPHEN}


class DocxReportError(Exception):
    """The source could not be annotated (not a .docx that python-docx can open)."""


# ---------------------------------------------------------------- runs and offsets


def _run_length(r: Any) -> int:
    n = 0
    for child in r:
        if child.tag == W_T:
            n += len(child.text or "")
        elif child.tag in _ONE_CHAR:
            n += 1
    return n


def _runs(el: Any, out: list[Any]) -> None:
    """The w:r elements whose text makes up a paragraph's text, in order (as the reader reads it)."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP or tag == W_TXBX:
            continue
        if tag == _W_R:
            out.append(child)
        elif tag == MC_ALTERNATE:
            chosen = _choose_alternate(child)
            if chosen is not None:
                _runs(chosen, out)
        elif tag != _W_P:
            _runs(child, out)


def _segments(p: Any) -> list[tuple[Any, int, int]]:
    """(run, start, end) offsets of each run in the paragraph's text."""
    runs: list[Any] = []
    _runs(p, runs)
    out, pos = [], 0
    for r in runs:
        n = _run_length(r)
        out.append((r, pos, pos + n))
        pos += n
    return out


def _trim(r: Any, lo: int, hi: int | None) -> None:
    """Keep only the text of run `r` in [lo, hi) (run-relative offsets)."""
    pos = 0
    for child in list(r):
        if child.tag == _W_RPR:
            continue
        n = len(child.text or "") if child.tag == W_T else 1 if child.tag in _ONE_CHAR else 0
        a, b = pos, pos + n
        pos = b
        end = hi if hi is not None else b + 1
        if n == 0:
            if not (lo <= a < end or (hi is None and a >= lo)):
                r.remove(child)
            continue
        if b <= lo or a >= end:
            r.remove(child)
        elif child.tag == W_T and (a < lo or b > end):
            child.text = (child.text or "")[max(lo, a) - a: min(end, b) - a]
            child.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _split(segments: list[tuple[Any, int, int]], offset: int) -> list[tuple[Any, int, int]]:
    """Split the run holding `offset` so that a run starts there."""
    for i, (r, a, b) in enumerate(segments):
        if a < offset < b:
            right = copy.deepcopy(r)
            _trim(r, 0, offset - a)
            _trim(right, offset - a, None)
            r.addnext(right)
            return segments[:i] + [(r, a, offset), (right, offset, b)] + segments[i + 1:]
    return segments


def _covering(segments: list[tuple[Any, int, int]], start: int, end: int) -> list[Any]:
    return [r for r, a, b in segments if a >= start and b <= end and b > a]


# ---------------------------------------------------------------- comment texts


def _comment_paragraphs(f: Finding, options: Options, redlined: bool) -> list[str]:
    if options.audience == "worker":
        lines = [f"【{SHORT_SEVERITY[f.severity]}】{f.worker_title or f.title}", f.explain_to_worker or f.message]
        lines.append("法律依据：" + "；".join(cite(b) for b in f.basis))
        return lines
    lines = [f"【{SEVERITY_LABELS[f.severity]}】{f.title}（{f.rule}）", f.message]
    for b in f.basis:
        lines.append(f"依据：{cite(b)}" + (f"：“{b['quote']}”" if b.get("quote") else ""))
    lines.append(f"建议修改：{f.suggestion}")
    if redlined:
        lines.append("已按上述建议作修订（删除原句、插入合法写法），可在“审阅”中逐条接受或拒绝。")
    if len(f.locations) > 1:
        lines.append(f"合同中共{len(f.locations)}处，每处都有批注。")
    return lines


def _summary_paragraphs(report: Report) -> list[str]:
    s = report.summary()
    k = report.contract.kind
    lines = [f"{AUTHOR}：{s['error']} 个违法问题，{s['warning']} 个风险，{s['info']} 条建议（共检查 {s['rules_evaluated']} 条规则）。",
             f"法律关系：{RELATION_LABELS[k.relation]}{'（推定）' if k.presumed else ''}；行业：{SECTOR_LABELS[k.sector]}；"
             f"城市：{report.contract.city}；日期：{report.contract.date.isoformat()}。"]
    if k.evidence:
        lines.append("判断依据：" + "；".join(k.evidence))
    if report.not_checked:
        lines.append(f"未能检查：{report.not_checked}。这份文书没有完整地检查，不表示它合法。")
    if report.undetermined:
        lines.append(f"另有 {len(report.undetermined)} 条规则因合同缺少信息未能确定，见完整报告。")
    lines.append("批注是自动检查的结果，供修改参考，不代替律师意见。")
    return lines


# ---------------------------------------------------------------- the writer


@dataclass
class _Target:
    paragraph: Any
    lead: int  # offset of the block's original text in the paragraph's text


def _clean_docx(report: Report) -> tuple[bytes, dict[int, tuple[int, int]]]:
    """A plain .docx of the extracted blocks and each block's (paragraph number, lead)."""
    out = docx.Document()
    base = len(list(out.element.body.iter(_W_P)))
    where: dict[int, tuple[int, int]] = {}
    for block in report.contract.document.blocks:
        if block.kind == "heading":
            out.add_heading(block.display_text, level=0 if block.index == 0 else 1)
        else:
            out.add_paragraph(block.display_text)
        where[block.index] = (base + len(where), len(block.label) + 1 if block.label else 0)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue(), where


def render_docx(report: Report, source: bytes | None = None, options: Options | None = None) -> bytes:
    """The annotated copy: the user's .docx (`source`, when the document was read from one) or a
    clean .docx of the extracted text, with comments and, with options.redline, tracked changes."""
    options = options or Options()
    document = report.contract.document
    if document.format == "docx" and source is not None:
        data = source
        where = {b.index: b.source for b in document.blocks if isinstance(b.source, tuple)}
    else:
        data, where = _clean_docx(report)
    try:
        out = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a file it cannot open
        raise DocxReportError(f"{report.file}：无法作为 Word 文件打开以写入批注（{exc}）") from None
    paragraphs = list(out.element.body.iter(_W_P))
    targets = {i: _Target(paragraphs[p], lead) for i, (p, lead) in where.items() if p < len(paragraphs)}
    writer = _Annotator(out, targets, options)

    edits = plan_edits(report) if options.redline else []
    redlined = {rule for e in edits for rule in e.rules}
    writer.prepare(report, edits)
    title = min(targets) if targets else None
    if title is not None:
        writer.comment(title, None, _summary_paragraphs(report))
    for f in report.findings:
        if f.severity == "info" and options.audience == "worker":
            continue
        lines = _comment_paragraphs(f, options, f.rule in redlined)
        if not f.locations and title is not None:
            writer.comment(title, None, ["（合同中缺少这一项）", *lines])
        for loc in f.locations:
            writer.comment(loc["block"], (loc["start"], loc["end"]), lines)
    for edit in edits:
        writer.track(edit)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


class _Annotator:
    def __init__(self, out: Any, targets: dict[int, _Target], options: Options) -> None:
        self.out, self.targets, self.options = out, targets, options
        self.segments: dict[int, list[tuple[Any, int, int]]] = {}
        ids = [int(v) for el in out.element.body.iter() for k, v in el.attrib.items()
               if k == qn("w:id") and v.lstrip("-").isdigit()]
        self.next_id = max(ids, default=0) + 1000
        self.date = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")

    def prepare(self, report: Report, edits: list[Edit]) -> None:
        """Split the runs once at every boundary a comment or an edit will need."""
        cuts: dict[int, set[int]] = {}
        for f in report.findings:
            for loc in f.locations:
                cuts.setdefault(loc["block"], set()).update((loc["start"], loc["end"]))
        for e in edits:
            cuts.setdefault(e.block, set()).update((e.start, e.end))
        for block, offsets in cuts.items():
            target = self.targets.get(block)
            if target is None:
                continue
            segments = _segments(target.paragraph)
            for offset in sorted(offsets):
                segments = _split(segments, target.lead + offset)
            self.segments[block] = segments

    def _runs_for(self, block: int, span: tuple[int, int] | None) -> list[Any]:
        target = self.targets[block]
        segments = self.segments.get(block) or _segments(target.paragraph)
        if span is not None:
            runs = _covering(segments, target.lead + span[0], target.lead + span[1])
            if runs:
                return runs
        return [r for r, a, b in segments if b > a]

    def comment(self, block: int, span: tuple[int, int] | None, lines: list[str]) -> None:
        if block not in self.targets:
            return
        runs = self._runs_for(block, span)
        if not runs:
            return
        if self.options.mask:
            lines = [mask_text(line) for line in lines]
        comment = self.out.add_comment([Run(runs[0], None), Run(runs[-1], None)], text=lines[0],
                                       author=AUTHOR, initials=INITIALS)
        for line in lines[1:]:
            comment.add_paragraph(line)

    def _revision(self, tag: str) -> Any:
        el = self.out.element.makeelement(qn(tag), {qn("w:id"): str(self.next_id), qn("w:author"): AUTHOR,
                                                    qn("w:date"): self.date})
        self.next_id += 1
        return el

    def track(self, edit: Edit) -> None:
        """w:del around the runs of the sentence, then w:ins of the new wording after them."""
        if edit.block not in self.targets:
            return
        target = self.targets[edit.block]
        runs = [r for r in _covering(self.segments.get(edit.block) or _segments(target.paragraph),
                                     target.lead + edit.start, target.lead + edit.end)
                if r.find(qn("w:commentReference")) is None]
        if not runs:
            return
        groups: list[list[Any]] = []
        for r in runs:  # consecutive sibling runs share one w:del; comment markers stay outside
            if groups and groups[-1][-1].getnext() is r:
                groups[-1].append(r)
            else:
                groups.append([r])
        last = None
        for group in groups:
            deletion = self._revision("w:del")
            group[0].addprevious(deletion)
            for r in group:
                deletion.append(r)
                for t in r.iter(W_T):
                    t.tag = qn("w:delText")
                for t in r.iter(qn("w:instrText")):
                    t.tag = qn("w:delInstrText")
            last = deletion
        if edit.new and last is not None:
            insertion = self._revision("w:ins")
            run = copy.deepcopy(runs[-1])
            for child in list(run):
                if child.tag != _W_RPR:
                    run.remove(child)
            text = run.makeelement(W_T, {})
            text.text = edit.new
            text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            run.append(text)
            insertion.append(run)
            last.addnext(insertion)

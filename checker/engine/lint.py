"""`mamagang rules lint`: citations are data, and data is checked.

- every basis quote occurs verbatim (whitespace-insensitive) in its law's source file,
  and inside the cited article where the file marks articles — unless verified: false;
- every cited article exists in the source where the file marks articles, and so do its
  paragraph (款) and item (项), with the quote inside the cited paragraph -- also for
  verified: false, which only switches off the verbatim check of the quote;
- a rule citing an incomplete source (partial reprint) must say verified: false
  unless its quote is found verbatim;
- every rule has a pass example as well as a fail example (warning).
"""

from __future__ import annotations

from dataclasses import dataclass

from checker.engine.loader import RuleSet
from checker.engine.sources import _ITEM_LINE, squash


@dataclass
class LintIssue:
    path: str
    line: int
    message: str
    level: str = "error"  # error | warning

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {'错误' if self.level == 'error' else '提醒'}：{self.message}"


def _item_number(line: str) -> int | None:
    from checker.facts.numerals import cn_number

    m = _ITEM_LINE.match(line)
    value = cn_number(m.group(1)) if m else None
    return int(value) if value is not None else None


def _paragraph_and_item(rule, i: int, basis, source, line: int) -> list[LintIssue]:
    """第X条第N款第M项: the paragraph and the item exist, and the quote is in them."""
    if basis.paragraph is None and basis.item is None:
        return []
    if not source.complete:
        return []  # a partial reprint: paragraphs may be missing from the file
    paragraphs = source.structure(basis.article)
    if paragraphs is None:
        return []
    where = f"《{basis.law}》第{basis.article}条"
    if basis.paragraph is not None and basis.paragraph > len(paragraphs):
        return [LintIssue(str(rule.path), rule.lines.get(f"basis/{i}/paragraph", line),
                          f"{where}只有{len(paragraphs)}款，没有第{basis.paragraph}款（{source.path.name}）")]
    scope = [paragraphs[basis.paragraph - 1]] if basis.paragraph is not None else paragraphs
    if basis.item is not None:
        items = [n for p in scope for n in map(_item_number, p[1:]) if n is not None]
        if basis.item not in items:
            within = f"第{basis.paragraph}款" if basis.paragraph is not None else ""
            return [LintIssue(str(rule.path), rule.lines.get(f"basis/{i}/item", line),
                              f"{where}{within}没有第（{basis.item}）项（{source.path.name}）")]
        scope = [[l for p in scope for l in p[1:] if _item_number(l) == basis.item]]
    if basis.quote and basis.verified:
        needle = squash(basis.quote)
        text = squash("".join(l for p in scope for l in p))
        whole = squash("".join(l for p in paragraphs for l in p))
        if needle in whole and needle not in text:
            part = (f"第{basis.paragraph}款" if basis.paragraph is not None else "") + (f"第（{basis.item}）项" if basis.item else "")
            return [LintIssue(str(rule.path), line, f"引文在{where}中，但不在{part}内：请核对款、项")]
    return []


def _versioned(rule, i: int, basis, source, line: int) -> list[LintIssue]:
    """A law file with several versions: the article and the quote must be in the version the
    basis names (the current one when it names none)."""
    from checker.engine.sources import _split_articles

    version = basis.version or (source.current.id if source.current else None)
    text = source.version_text(version)
    label = f"《{basis.law}》{version}年文本" if version else f"《{basis.law}》"
    if basis.article not in _split_articles(text):
        return [LintIssue(str(rule.path), line, f"{label}中找不到第{basis.article}条（{source.path.name}）")]
    if basis.quote and basis.verified and squash(basis.quote) not in squash(text):
        elsewhere = [v for v in source.version_of(basis.quote) if v != version]
        if elsewhere:
            v = source.versions[elsewhere[0]]
            until = f"，施行到{v.until.isoformat()}" if v.until else ""
            return [LintIssue(str(rule.path), line,
                              f"引文出自{basis.law}的{v.id}年文本（{v.since.isoformat()}起{until}），不是{version}年文本："
                              f"请写 version: \"{v.id}\"（程序只对该文本施行期间签订的合同引用它），或改引现行文本")]
        return [LintIssue(str(rule.path), line, f"引文不在{label}中（{source.path.name}）：“{basis.quote[:40]}”")]
    return []


def lint(ruleset: RuleSet) -> list[LintIssue]:
    issues: list[LintIssue] = []
    for rule in ruleset.rules:
        for i, basis in enumerate(rule.basis):
            source = ruleset.laws.get(basis.law)
            line = rule.lines.get(f"basis/{i}/quote", rule.lines.get(f"basis/{i}/law", 1))
            if source is None or not source.path.is_file():
                issues.append(LintIssue(str(rule.path), line, f"《{basis.law}》没有原文文件"))
                continue
            if source.versions:
                issues += _versioned(rule, i, basis, source, line)
                continue
            if source.articles and basis.article not in source.articles:
                issues.append(LintIssue(str(rule.path), line,
                                        f"《{basis.law}》原文中找不到第{basis.article}条（{source.path.name}）"))
                continue
            issues += _paragraph_and_item(rule, i, basis, source, line)
            if not basis.quote:
                if basis.verified:
                    issues.append(LintIssue(str(rule.path), line, f"引用《{basis.law}》第{basis.article}条但没有 quote 引文", "warning"))
                continue
            status = source.quote_status(basis.quote, basis.article)
            if status == "missing" and basis.verified:
                issues.append(LintIssue(str(rule.path), line,
                                        f"引文不在《{basis.law}》原文中（{source.path.name}）：“{basis.quote[:40]}”。"
                                        "请逐字复制原文，或在无法核对时标注 verified: false"))
            elif status == "elsewhere" and basis.verified:
                issues.append(LintIssue(str(rule.path), line,
                                        f"引文在《{basis.law}》原文中，但不在第{basis.article}条内：请核对条号"))
        if not rule.pass_examples:
            issues.append(LintIssue(str(rule.path), rule.lines.get("examples", 1), "没有 pass 示例（合规写法）", "warning"))
    return issues

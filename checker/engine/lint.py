"""`mamagang rules lint`: citations are data, and data is checked.

- every basis quote occurs verbatim (whitespace-insensitive) in its law's source file,
  and inside the cited article where the file marks articles — unless verified: false;
- every cited article exists in the source where the file marks articles;
- a rule citing an incomplete source (partial reprint) must say verified: false
  unless its quote is found verbatim;
- every rule has a pass example as well as a fail example (warning).
"""

from __future__ import annotations

from dataclasses import dataclass

from checker.engine.loader import RuleSet


@dataclass
class LintIssue:
    path: str
    line: int
    message: str
    level: str = "error"  # error | warning

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {'错误' if self.level == 'error' else '提醒'}：{self.message}"


def lint(ruleset: RuleSet) -> list[LintIssue]:
    issues: list[LintIssue] = []
    for rule in ruleset.rules:
        for i, basis in enumerate(rule.basis):
            source = ruleset.laws.get(basis.law)
            line = rule.lines.get(f"basis/{i}/quote", rule.lines.get(f"basis/{i}/law", 1))
            if source is None or not source.path.is_file():
                issues.append(LintIssue(str(rule.path), line, f"《{basis.law}》没有原文文件"))
                continue
            if source.articles and basis.article not in source.articles and basis.verified:
                issues.append(LintIssue(str(rule.path), line,
                                        f"《{basis.law}》原文中找不到第{basis.article}条（{source.path.name}）"))
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

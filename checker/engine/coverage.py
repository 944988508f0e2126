"""`mamagang rules coverage`: which law articles the rules cite, and which provisions
listed in rules/sources/INDEX.md have no rule yet."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


from checker.engine.loader import RuleSet

_ROW = re.compile(r"^\|\s*(\d+[a-z]?)\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|")
_ARTICLE_LIST = re.compile(r"第([\d、，,]+)条")
_CN_SECTION = re.compile(r"^([一二三四五六七八九十]+)$")


@dataclass
class Provision:
    number: str  # INDEX row number
    law: str
    articles: list[int]
    summary: str
    rules: list[str] = field(default_factory=list)


def index_provisions(ruleset: RuleSet) -> list[Provision]:
    index = next((d / "sources" / "INDEX.md" for d in ruleset.directories if (d / "sources" / "INDEX.md").is_file()), None)
    if index is None:
        return []
    by_file = {source.path.name: name for name, source in ruleset.laws.laws.items()}
    provisions = []
    for line in index.read_text(encoding="utf-8").splitlines():
        m = _ROW.match(line)
        if not m:
            continue
        number, files, article_cell, summary = m.groups()
        law = next((by_file[f] for f in re.findall(r"[\w-]+\.md", files) if f in by_file), None)
        if law is None:
            continue
        articles: list[int] = []
        # "第14条第3款；实施条例第7条": the part naming another instrument is not this law's.
        own = "；".join(part for part in re.split(r"[；;]", article_cell) if "实施条例" not in part or "实施条例" in law)
        for group in _ARTICLE_LIST.findall(own):
            articles += [int(x) for x in re.split(r"[、，,]", group) if x.isdigit()]
        section = _CN_SECTION.match(article_cell.strip())
        if section:
            import cn2an

            articles.append(int(cn2an.cn2an(section.group(1), "smart")))
        if articles:
            provisions.append(Provision(number, law, articles, summary))
    return provisions


def cited(ruleset: RuleSet) -> dict[tuple[str, int], list[str]]:
    result: dict[tuple[str, int], list[str]] = {}
    for rule in ruleset.rules:
        for basis in rule.basis:
            result.setdefault((basis.law, basis.article), [])
            if rule.id not in result[(basis.law, basis.article)]:
                result[(basis.law, basis.article)].append(rule.id)
    return dict(sorted(result.items()))


def coverage(ruleset: RuleSet) -> tuple[dict[tuple[str, int], list[str]], list[Provision]]:
    citations = cited(ruleset)
    provisions = index_provisions(ruleset)
    for p in provisions:
        for article in p.articles:
            p.rules += [r for r in citations.get((p.law, article), []) if r not in p.rules]
    return citations, provisions

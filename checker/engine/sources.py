"""Law texts under rules/sources/: which file a law's short name means, its articles,
and whether a rule's quote occurs verbatim (whitespace-insensitive) in them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml

from checker.document import normalize
from checker.facts.numerals import cn_number

_CN_NUM = "零〇一二两三四五六七八九十百千"
# An article starts a line: "第十九条 ..." (optionally as a markdown heading) or "一、" in notices.
_ARTICLE = re.compile(rf"^(?:#+\s*)?第([{_CN_NUM}]+)条", re.M)
_SECTION = re.compile(rf"^(?:#+\s*)?([{_CN_NUM}]+)、", re.M)
_ITEM = re.compile(r"^(\d{1,3})[.．、](?!\d)", re.M)  # notices numbered 1. 2. ... 12. across sections
_SPACE = re.compile(r"\s+")
_ITEM_LINE = re.compile(rf"^\s*[（(]([{_CN_NUM}]+)[)）]")
_NOT_TEXT = re.compile(r"^\s*(?:>|#|\||\*|-{3,}|注[:：]|【|\[)")  # notes, headings, tables around the text


def squash(text: str) -> str:
    """Fold width variants and drop all whitespace: the form quotes are compared in."""
    return _SPACE.sub("", normalize(text))


@dataclass(frozen=True)
class LawVersion:
    """One text of a law held in a file beside another (laws.yaml `versions`): the part of
    the file under its heading, in force from `since` until `until` (inclusive; None: still)."""

    id: str
    heading: str
    since: dt.date
    until: dt.date | None = None

    def in_force(self, date: dt.date) -> bool:
        return self.since <= date and (self.until is None or date <= self.until)


@dataclass
class LawSource:
    name: str
    title: str
    path: Path
    complete: bool = True
    _articles: dict[int, list[str]] | None = field(default=None, repr=False)
    versions: dict[str, LawVersion] = field(default_factory=dict)

    @property
    def current(self) -> LawVersion | None:
        """The version in force now (no `until`), when the file holds several."""
        return next((v for v in self.versions.values() if v.until is None), None)

    def version_text(self, version_id: str | None) -> str:
        """The text of one version (the current one for None); the whole file without versions."""
        version = self.versions.get(version_id) if version_id else self.current
        if version is None:
            return self.text
        lines = self.text.splitlines(keepends=True)
        start = next((i for i, line in enumerate(lines) if line.startswith("#") and version.heading in line), None)
        if start is None:
            return ""
        end = next((i for i in range(start + 1, len(lines)) if re.match(r"#{1,2}\s", lines[i])), len(lines))
        return "".join(lines[start:end])

    def version_of(self, quote: str) -> list[str]:
        """The versions whose text holds the quote."""
        needle = squash(quote)
        return [v for v in self.versions if needle in squash(self.version_text(v))]

    @cached_property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @cached_property
    def squashed(self) -> str:
        return squash(self.text)

    @property
    def articles(self) -> dict[int, list[str]]:
        """Article number -> the texts of every section with that number (a file may
        hold two versions of a law, e.g. the 2013 and 2024 holiday rules)."""
        if self._articles is None:
            self._articles = _split_articles(self.text)
        return self._articles

    def article_text(self, number: int) -> str | None:
        sections = self.articles.get(number)
        return "\n".join(sections) if sections else None

    def structure(self, article: int) -> list[list[str]] | None:
        """The paragraphs (款) of an article, each a list of its lines: the first line is the
        paragraph's own text, the others its items (项, "（一）…"). None when the article is
        not marked in the file or appears more than once (two versions of the law)."""
        sections = self.articles.get(article)
        if not sections or len(sections) != 1:
            return None
        paragraphs: list[list[str]] = []
        for raw in sections[0].splitlines():
            line = raw.strip()
            if not line or _NOT_TEXT.match(line):
                continue
            if _ITEM_LINE.match(line) and paragraphs:
                paragraphs[-1].append(line)
            else:
                paragraphs.append([line])
        return paragraphs

    def quote_status(self, quote: str, article: int) -> str:
        """'in_article', 'elsewhere' (in the file but not in that article) or 'missing'."""
        needle = squash(quote)
        if needle not in self.squashed:
            return "missing"
        sections = self.articles.get(article)
        if not sections:
            return "in_article"  # the file does not mark articles this way; the file check stands
        return "in_article" if any(needle in squash(s) for s in sections) else "elsewhere"


def _split_articles(text: str) -> dict[int, list[str]]:
    """Article number -> sections. Laws number 第X条; notices number 一、 sections and
    often 1. 2. items inside them, which are cited as articles too (劳社部发〔2003〕12号第12条)."""
    result: dict[int, list[str]] = {}
    patterns = [_ARTICLE] if _ARTICLE.search(text) else [_SECTION, _ITEM]
    for pattern in patterns:
        matches = list(pattern.finditer(text))
        for i, m in enumerate(matches):
            raw = m.group(1)
            value = int(raw) if raw.isdigit() else cn_number(raw)  # cn2an's reading, remembered between runs
            if value is None:
                continue
            number = int(value)
            end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
            result.setdefault(number, []).append(text[m.start():end])
    return result


def _day(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


class LawLibrary:
    """The law registry (rules/sources/laws.yaml) of one or more rule directories."""

    def __init__(self, laws: dict[str, LawSource]) -> None:
        self.laws = laws

    @classmethod
    def load(cls, source_dirs: list[Path]) -> "LawLibrary":
        laws: dict[str, LawSource] = {}
        for directory in source_dirs:
            registry = directory / "laws.yaml"
            if not registry.is_file():
                continue
            data = yaml.safe_load(registry.read_text(encoding="utf-8")) or {}
            for name, spec in data.items():
                versions = {str(v["id"]): LawVersion(str(v["id"]), str(v["heading"]), _day(v["since"]),
                                                    _day(v["until"]) if v.get("until") else None)
                            for v in spec.get("versions") or []}
                laws[str(name)] = LawSource(str(name), str(spec.get("title", name)), directory / spec["file"],
                                            bool(spec.get("complete", True)), versions=versions)
        return cls(laws)

    def get(self, name: str) -> LawSource | None:
        return self.laws.get(name)

    def names(self) -> list[str]:
        return sorted(self.laws)

"""workplace_city: the prefecture city of the place of work (value "中山", unit None).

After a workplace keyword (工作地点, 工作地址, 用工地点…; rules/lexicon/facts.yaml
`workplace.keywords`), the first of Guangdong's 21 prefecture cities named in the sentence,
or a town of a city (小榄, 古镇, 石岐, 火炬开发区… -> 中山). "中山路" / "中山大道" are streets,
not the city. The value is the city name without 市.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.facts.context import lexicon, words_re
from checker.facts.registry import extractor
from checker.facts.scope import Scope

# Town names that are also ordinary words (港口 = a port, 东区 = an east district) count
# only when written as a town: 港口镇, 东区街道.
_AMBIGUOUS_TOWNS = {"东区", "西区", "南区", "三角", "港口", "民众", "南头", "东升", "大涌", "神湾", "南朗"}
_TOWN_AFTER = re.compile(r"\s*(?:镇|街道|社区)")
_STREET_AFTER = re.compile(r"\s*(?:[东南西北一二三四五六七八九十\d]*路|大道|街|公园|大学|纪念|广场|大厦|医院|小学|中学)")


@lru_cache(maxsize=1)
def _places() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    lex = lexicon()["workplace"]
    towns = {town: city for city, names in lex.get("towns", {}).items() for town in names}
    names = {city: city for city in lex["cities"]}
    names.update(towns)
    return re.compile(words_re(lex["keywords"])), re.compile(words_re(names)), names


@extractor("workplace_city")
def workplace_city(scope: Scope):
    keywords, places, names = _places()
    view = scope.view
    hits = list(keywords.finditer(view))
    for i, kw in enumerate(hits):
        if scope.negated(kw.start()):
            continue
        _, e = scope.sentence(kw.end())
        limit = min(e, kw.end() + 40)
        if i + 1 < len(hits):
            limit = min(limit, hits[i + 1].start())  # "工作内容和工作地点：…工作地点为中山市"
        for m in places.finditer(view, kw.end(), limit):
            word = m.group()
            after = view[m.end() :]
            if word in names and names[word] == word:  # a city
                if not after.startswith("市") and _STREET_AFTER.match(after):
                    continue
            elif word in _AMBIGUOUS_TOWNS and not _TOWN_AFTER.match(after):
                continue
            end = m.end() + (1 if after.startswith("市") else 0)
            yield scope.fact("workplace_city", names[word], None, kw.start(), end)
            break

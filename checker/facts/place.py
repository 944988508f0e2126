"""workplace_city: the prefecture city of the place of work (value "中山", unit None);
address_city: the city of a party's address (住所, 地址, 经营场所…), where the contract names no workplace.

After a workplace keyword (工作地点, 工作地址, 用工地点…; rules/lexicon/facts.yaml
`workplace.keywords`), the first of Guangdong's 21 prefecture cities named in the sentence,
or a town of a city (小榄, 古镇, 石岐, 火炬开发区… -> 中山), or any other city written as
such ("河南省濮阳市" -> 濮阳). "中山路" / "中山大道" are streets, not the city. The value is the
city name without 市. A city outside the parameters' coverage is still the contract's city:
rules that need its minimum wage are then undetermined, never judged by 中山's figure.
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
        else:
            other = _other_city(view, kw.end(), limit)
            if other:
                yield scope.fact("workplace_city", other[1], None, kw.start(), other[0].end())


# "河南省濮阳市", "湖南省长沙市": a city outside Guangdong, written with 市 (after an optional province).
_OTHER_CITY = re.compile(r"(?:[\u4e00-\u9fff]{2,3}(?:省|自治区)|(?<![\u4e00-\u9fff]))(?P<city>[\u4e00-\u9fff]{2,3}?(?:市(?!场)|(?<=[\u4e00-\u9fff])县))")
_NOT_CITIES = {"所在", "本地", "当地", "我们", "工作"}
_NOT_CITY_END = set("超菜夜集城门股上早")  # 超市, 菜市, 夜市, 集市, 城市, 门市, 股市, 上市, 早市


def _other_city(view: str, start: int, end: int) -> tuple[re.Match, str] | None:
    """("河南省濮阳市" -> 濮阳), ("濮阳县庆祖镇" -> 濮阳县): a county keeps its 县, so that it is never
    taken for the prefecture city of the same name; either way the parameters do not cover it."""
    m = _OTHER_CITY.search(view, start, end)
    if not m:
        return None
    name = m.group("city").removesuffix("市")
    if name in _NOT_CITIES or name[-1] in _NOT_CITY_END:
        return None
    return m, name
_ADDRESS = re.compile(r"(?:住所|住址|地址|店址|厂址|场址|园址|注册地|经营地|经营场所|所在地)\s*(?:\(|:|为|是)")


@extractor("address_city")
def address_city(scope: Scope):
    """The city of a party's address, from the first lines of the contract."""
    if scope.block.index > 15:
        return
    keywords, places, names = _places()
    view = scope.view
    for kw in _ADDRESS.finditer(view):
        _, e = scope.sentence(kw.end())
        limit = min(e, kw.end() + 30)
        m = places.search(view, kw.end(), limit)
        if m and (names[m.group()] == m.group() or m.group() not in _AMBIGUOUS_TOWNS):
            yield scope.fact("address_city", names[m.group()], None, kw.start(), m.end())
            return
        other = _other_city(view, kw.end(), limit)
        if other:
            yield scope.fact("address_city", other[1], None, kw.start(), other[0].end())
            return

"""Line-level layout shared by the readers that get lines rather than paragraphs (PDF, plain text).

- page furniture: page numbers ("第 1 页 共 3 页", "- 2 -", "2/5") and, for text copied from web
  pages, site furniture ("下载本文", "（通用15篇）", "www.…", breadcrumbs);
- line wraps: whether a line is continued by the next one (the text half of the decision; the
  PDF reader adds geometry, the text reader its own evidence).
"""

from __future__ import annotations

import re

from ..document import normalize

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u2e80-\u2fdf\U00020000-\U0002fa1f]")
# CJK punctuation that may sit at a line end inside a sentence / at a line start.
CJK_PUNCT = set("，、（）《》〈〉「」『』【】“”‘’〔〕—…·～〇")
TERMINAL = set("。；：！？;:!?")
CLOSERS = set("”’）)」』】》〉〕\"'")
NUMBERED_ITEM = re.compile(
    r"^\s*(?:"
    r"第[一二三四五六七八九十百千零〇两\d]+[条章节款项部分]"
    r"|[一二三四五六七八九十百]+[、.．]"
    r"|[（(][一二三四五六七八九十百\d]+[）)]"
    r"|\d{1,3}[、．](?!\d)"
    r"|\d{1,3}\.(?!\d)"
    r"|\d{1,3}(?:\.\d{1,3})+(?:\s|[、．]|$)"
    r"|[①-⑳⑴-⒇⒈-⒛]"
    r"|附[件表][一二三四五六七八九十\d]*(?:[：:、.．\s]|$)"
    r")"
)
PAGE_NUMBER = re.compile(
    r"^(?:"
    r"第\d+页(?:[,，/]?共\d+页)?"
    r"|共\d+页[,，]?第\d+页"
    r"|第[一二三四五六七八九十百]+页(?:[,，]?共[一二三四五六七八九十百]+页)?"
    r"|[-—–―]*\d+[-—–―]*"
    r"|\d+/\d+"
    r"|(?:page)?\d+(?:of\d+)?"
    r")$",
    re.IGNORECASE,
)
# What a web page wraps around a copied contract template. A line is furniture only when it
# is short and is nothing but this (a clause that mentions 下载 is not).
_SITE_FURNITURE = re.compile(
    r"^(?:"
    r".{0,20}(?:免费)?下载(?:本文|全文|文档|原文|word|Word|WORD|此文|该文|地址|完整版)?.{0,12}"
    r"|.{0,30}[(（]?(?:通用|精选|优选|必备|实用|推荐|热门|优秀)\d+篇[)）]?.{0,10}"
    r"|(?:范文|模板)?(?:篇|第)[一二三四五六七八九十\d]{1,3}篇?[:：]?"
    r"|.{0,30}(?:www\.|https?://|\.com|\.cn\b|\.net\b).{0,40}"
    r"|.{0,20}(?:首页|当前位置|您的位置|位置)\s*[>＞›»].{0,60}"
    r"|.{0,30}(?:相关推荐|猜你喜欢|热门推荐|延伸阅读|更多相关|上一篇|下一篇|返回顶部|分享到|收藏本文|举报|阅读量|浏览次数|点击[量数]).{0,30}"
    r"|.{0,20}(?:版权所有|copyright|©|本站|本网站|网站声明|侵权请联系|免责声明).{0,40}"
    r")$",
    re.IGNORECASE,
)


def compact(text: str) -> str:
    return re.sub(r"\s+", "", normalize(text))


def is_page_number(text: str, n_pages: int | None = None) -> bool:
    """A page-number line; a bare number counts only when `n_pages` says it could be one."""
    squeezed = compact(text)
    if not PAGE_NUMBER.match(squeezed):
        return False
    digits = re.fullmatch(r"([-—–―]*)(\d+)([-—–―]*)", squeezed)
    if digits:
        if n_pages is None:  # plain text: "- 3 -" is a page number, a bare "3" may be content
            return bool(digits.group(1) and digits.group(3)) and int(digits.group(2)) <= 999
        return int(digits.group(2)) <= n_pages + 10
    if re.fullmatch(r"(?:page)?\d+(?:of\d+)?", squeezed, re.IGNORECASE):  # "12" / "page3" in running text
        return n_pages is not None
    return True


def is_site_furniture(text: str) -> bool:
    squeezed = text.strip()
    return len(squeezed) <= 80 and bool(_SITE_FURNITURE.match(squeezed)) and not NUMBERED_ITEM.match(squeezed)


def char_class(ch: str) -> str:
    if CJK.match(ch) or ch in CJK_PUNCT:
        return "cjk"
    if ch.isalnum():
        return "alnum"
    return "other"


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip()
    while stripped and stripped[-1] in CLOSERS and len(stripped) > 1 and stripped[-2] in TERMINAL:
        stripped = stripped[:-1]
    return bool(stripped) and normalize(stripped[-1]) in TERMINAL


def wrap_separator(a: str, b: str) -> str | None:
    """"" or " " when, as far as the characters tell, line `b` continues line `a`; None when
    `b` starts a new block (`a` ends a sentence, `b` starts a numbered item, or the characters
    at the join do not belong to one word or sentence)."""
    a, b = a.rstrip(), b.lstrip()
    if not a or not b:
        return None
    if b[0] in "；;，,、。)）":
        return ""  # "续聘的另发聘书" / "；不再续聘的，双方互不补偿": no line starts with a comma or a semicolon
    if ends_sentence(a) or NUMBERED_ITEM.match(normalize(b)):
        return None
    left, right = char_class(a[-1]), char_class(b[0])
    if left == "cjk" and right in ("cjk", "alnum"):
        return ""
    if left == "alnum" and right == "cjk":
        return ""
    if left == "alnum" and right == "alnum":
        return "" if a.endswith("-") else " "
    if left == "other" and a[-1] in ",(》、" and right in ("cjk", "alnum"):
        return " " if right == "alnum" else ""
    return None

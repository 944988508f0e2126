"""What kind of document is this, and which law governs it? Decided once, here.

Two axes (DESIGN "Contract kinds"), plus the document type:

- **relation** -- full_time | part_time | labour_service | outwork | cooperation | unknown --
  decides which law applies and is judged by substance: the title (or what the text says of
  itself) is the *label*; the substance (signs of labour management, working time against the
  part-time limits, pay by time or by result, whose accounts and tools) confirms or overrides
  it. A label the substance contradicts is kept in `label` so that a rule can report it.
- **sector** -- general | food_workshop | live_commerce -- adds duties.
- **document** -- contract | rulebook | not_contract. A rulebook (员工手册, 厂规) is checked
  against the prohibitions, not for a contract's mandatory clauses; a judgment, a news article
  or a statute is not checked at all unless the user forces a kind.

With no label and no decisive substance, a text that shows signs of work for pay is checked as
employment (the worker-protective presumption; `presumed`), and says so. With no sign at all the
relation stays unknown and the report says the document could not be checked.

The words are data (rules/lexicon/relation.yaml), the thresholds dated parameters
(rules/parameters/relation.yaml); `evidence` lists, in the contract's own words, what decided.
Everything downstream (rule selection, `employment`, reports) reads the KindResult.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from checker.document import Document, normalize
from checker.facts.fact import Fact

RELATIONS = ("full_time", "part_time", "labour_service", "outwork", "cooperation", "unknown")
SECTORS = ("general", "food_workshop", "live_commerce")
DOCUMENTS = ("contract", "supplement", "rulebook", "not_contract")
EMPLOYMENT = ("full_time", "part_time")
CIVIL = ("labour_service", "outwork", "cooperation")
# The single labels of the first model; still accepted by --kind and by rules' `kinds:`.
KINDS = ("full_time", "part_time", "labour_service", "outwork", "food_workshop", "live_commerce", "unknown")

RELATION_LABELS = {
    "full_time": "全日制劳动合同",
    "part_time": "非全日制用工",
    "labour_service": "劳务协议",
    "outwork": "承揽/外发加工",
    "cooperation": "合作协议",
    "unknown": "未能识别",
}
SECTOR_LABELS = {"general": "一般岗位", "food_workshop": "食品小作坊/摊贩岗位", "live_commerce": "电商直播/网络零售"}
DOCUMENT_LABELS = {"contract": "合同", "supplement": "主合同之外的文书（补充协议、录用通知、变更确认、解除协议等）", "rulebook": "规章制度",
                   "not_contract": "不是合同"}
KIND_LABELS = {
    **RELATION_LABELS,
    "food_workshop": "食品小作坊/摊贩岗位",
    "live_commerce": "电商直播/网络零售",
}

PRESUMPTION_NOTE = "未能识别合同类型，已按劳动合同检查；如不是劳动合同请用 --kind 指定"

_TITLE_BLOCKS = 4  # the title is one of the first few blocks


class KindError(ValueError):
    """A --kind value that is neither a relation, a sector, nor RELATION/SECTOR."""


@dataclass
class KindResult:
    relation: str
    sector: str = "general"
    source: str = "detected"  # given | detected
    evidence: list[str] = field(default_factory=list)
    title: str | None = None
    document: str = "contract"
    label: str | None = None  # the relation the title or text claims, when it has one
    presumed: bool = False  # employment presumed for want of a label (劳社部发〔2005〕12号)
    not_checked: str | None = None  # why the document cannot be checked, if it cannot
    retired: bool = False  # the worker has retired / draws a pension (and is old enough to)

    @property
    def kind(self) -> str:
        """The single label of the first model (for `kinds:` in rule packs and older reports)."""
        if self.sector != "general":
            return self.sector
        return "labour_service" if self.relation == "cooperation" else self.relation

    @property
    def employment(self) -> bool:
        return self.relation in EMPLOYMENT

    @property
    def label_contradicted(self) -> bool:
        return self.label is not None and self.label != self.relation and self.relation != "unknown"

    def describe(self) -> str:
        """"全日制劳动合同 · 食品小作坊/摊贩岗位"."""
        text = RELATION_LABELS[self.relation]
        if self.sector != "general":
            text += " · " + SECTOR_LABELS[self.sector]
        if self.document == "rulebook":
            text = "规章制度（按" + text + "的禁止性规定检查）"
        return text


def parse_kind(value: str | None) -> tuple[str | None, str | None]:
    """(relation, sector) from a --kind value: a relation, a sector, a first-model kind, or a pair
    written RELATION/SECTOR (also with + , or :). Raises KindError."""
    if value is None or not str(value).strip():
        return None, None
    parts = [p.strip() for p in re.split(r"[/+,:：，]", str(value)) if p.strip()]
    relation = sector = None
    for part in parts:
        if part in RELATIONS and part != "unknown" and relation is None:
            relation = part
        elif part in SECTORS and sector is None:
            sector = part
        else:
            raise KindError(f"未知的合同类型“{value}”；可选：法律关系 {', '.join(RELATIONS[:-1])}，"
                            f"行业 {', '.join(SECTORS)}，或写成 关系/行业，例如 full_time/food_workshop")
    return relation, sector


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class _Sign:
    label: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class _Lexicon:
    titles: tuple[tuple[str, bool, re.Pattern[str]], ...]
    text_claims: tuple[tuple[str, re.Pattern[str]], ...]
    sectors: dict[str, dict[str, re.Pattern[str]]]
    employment_signs: tuple[_Sign, ...]
    civil_signs: tuple[_Sign, ...]
    work_signs: re.Pattern[str]
    retiree: re.Pattern[str]
    internship: re.Pattern[str]
    student: re.Pattern[str]
    rulebook: re.Pattern[str]
    supplement: re.Pattern[str]
    third_party: dict[str, tuple[str, ...]]
    parties: re.Pattern[str]
    signature: re.Pattern[str]
    cites: re.Pattern[str]


def _re(pattern: str) -> re.Pattern[str]:
    from checker.engine.patterns import compile_pattern

    return compile_pattern(pattern)


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    from checker.lexicon import load_lexicon

    data = load_lexicon("relation")
    docs = data["documents"]
    return _Lexicon(
        titles=tuple((t["relation"], bool(t.get("weak")), _re(t["pattern"])) for t in data["titles"]),
        text_claims=tuple((t["relation"], _re(t["pattern"])) for t in data["text_claims"]),
        sectors={name: {k: _re(v) for k, v in spec.items()} for name, spec in data["sectors"].items()},
        employment_signs=tuple(_Sign(s["label"], _re(s["pattern"])) for s in data["employment_signs"]),
        civil_signs=tuple(_Sign(s["label"], _re(s["pattern"])) for s in data["civil_signs"]),
        work_signs=_re(data["work_signs"]),
        retiree=_re(data["retiree"]),
        internship=_re(data["internship"]["title"]),
        student=_re(data["internship"]["student"]),
        rulebook=_re(docs["rulebook"]),
        supplement=_re(docs["supplement"]),
        third_party={k: tuple(normalize(w) for w in docs[k]) for k in THIRD_PARTY},
        parties=_re(docs["parties"]),
        signature=_re(docs["signature"]),
        cites=_re(docs["cites"]),
    )


@lru_cache(maxsize=1)
def _bundled_parameters():
    from checker.engine.parameters import Parameters
    from checker.resources import rules_dir

    return Parameters.load([rules_dir() / "parameters"])


def _param(params, name: str, date: dt.date) -> Any:
    """A threshold of the judgement, from the rule pack's parameters, else the bundled ones (a
    pack loaded with --no-default-rules still needs them)."""
    try:
        return (params or _bundled_parameters()).lookup(name, "", date).value
    except KeyError:
        return _bundled_parameters().lookup(name, "", date).value


# --------------------------------------------------------------------------- the text


class _Text:
    """The document as the judgement reads it: blocks, negation-aware search, quotes."""

    def __init__(self, document: Document) -> None:
        from checker.lexicon import Negation

        self.blocks = [b.text for b in document.blocks]
        self.negation = Negation.default()

    def find(self, pattern: re.Pattern[str], blocks: list[str] | None = None) -> str | None:
        """The first un-negated match, as a short quote of its sentence."""
        for text in self.blocks if blocks is None else blocks:
            for m in pattern.finditer(text):
                if not self.negation.is_negated(text, m.start()):
                    return _quote(text, m.start(), m.end())
        return None

    def negated(self, pattern: re.Pattern[str]) -> bool:
        return any(self.negation.is_negated(text, m.start()) for text in self.blocks for m in pattern.finditer(text))


def _quote(text: str, start: int, end: int) -> str:
    lo = max((m.end() for m in re.finditer(r"[。;；,，:：!?]", text[:start])), default=0)
    stop = re.compile(r"[。;；,，!?]").search(text, end)
    hi = stop.start() if stop else len(text)
    quote = text[lo:hi].strip()
    return quote if len(quote) <= 30 else text[max(lo, start - 10): min(hi, end + 10)].strip()


def find_title(document: Document) -> str | None:
    """The document's title, as written: the first short block among the first few that names a document type."""
    block = _title_block(document)
    return block.original.strip() if block is not None else None


# lines above the title that are not the document: rules ("====="), an e-sign export's header
_FURNITURE = re.compile(r"^[\s=＝\-—_－*·.]{3,}$|^【[^】]{0,20}(?:签|导出|打印|下载)[^】]{0,20}】|^(?:签署流程|签署状态|状态|导出时间|文件编号|打印时间)\s*:")


def _title_block(document: Document):
    lex = lexicon()
    seen = 0
    for block in document.blocks[:_TITLE_BLOCKS + 6]:
        text = block.text.strip()
        if _FURNITURE.search(text):
            continue  # does not count as one of the first few blocks
        seen += 1
        if seen > _TITLE_BLOCKS:
            break
        if re.search(r"[。;；:]", text.rstrip("。")) or text.startswith(("本合同", "本协议")):
            continue  # a sentence or a field ("合同编号：…"), not a title
        if len(text) <= 40 and (re.search(r"合同|协议|确认|约定|聘书|聘用书|聘任书|通知书|通知|须知|手册|制度|规定|守则|厂规|承诺书|保证书|承诺函",
                                          text) or lex.rulebook.search(text)):
            return block
    return None


_SUBTITLE = re.compile(r"[(（][^()（）]{2,24}[)）]")


def _subtitle(document: Document, title: str | None) -> str:
    """The bracketed line right under the title ("（劳动合同变更协议）"), which says what the document is."""
    if not title:
        return ""
    for i, block in enumerate(document.blocks[: _TITLE_BLOCKS + 6]):
        if block.original.strip() == title.strip() or block.text.strip() == title.strip():
            nxt = document.blocks[i + 1].text.strip() if i + 1 < len(document.blocks) else ""
            return nxt if _SUBTITLE.fullmatch(nxt) else ""
    return ""


# --------------------------------------------------------------------------- the document type


# documents written by a third party about contracts (rules/lexicon/relation.yaml `documents`)
THIRD_PARTY = {"judgment": "判决书或仲裁裁决", "news": "新闻报道", "guide": "普法资料或政策解读", "statute": "法律法规原文",
               "opinion": "律师的法律意见书或审查意见", "recruitment": "招聘启事或招工广告",
               "minutes": "会议纪要或座谈记录", "order": "劳动保障监察等行政机关的文书",
               "notice": "政府部门的通知或工作简报", "payslip": "工资条或工资单"}


def _document_type(document: Document, title: str | None, norm_title: str, date: dt.date, params) -> tuple[str, list[str]]:
    lex = lexicon()
    if title and lex.rulebook.search(norm_title) and not re.search(r"合同|协议|聘|录用|通知书", norm_title):
        return "rulebook", [f"标题“{title}”是单位的规章制度：按禁止性规定检查（押金、罚款、扣证、婚育限制、辞职审批、克扣工资等），不要求合同必备条款"]
    attachment = any(re.search(r"(合同|协议)附件|^[(（]?附件[一二三四五六七八九十\d]", b.text) for b in document.blocks[:3])
    if not title and document.blocks and len(document.blocks[0].text) <= 30 and lex.supplement.search(document.blocks[0].text):
        title = norm_title = document.blocks[0].text  # "微信聊天记录导出": a heading the title finder does not take
    subtitle = _subtitle(document, title)  # "岗位及薪酬调整协议书" over "（劳动合同变更协议）"
    if (title and lex.supplement.search(norm_title + subtitle)) or attachment:
        return "supplement", [f"标题“{title}”是主合同之外的文书：按禁止性规定和其中写明的条款检查，"
                              "不要求劳动合同法第十七条的必备条款（应写在劳动合同中）"]
    text = "\n".join(b.text for b in document.blocks)
    hits = {kind: sorted({w for w in words if w in text}) for kind, words in lex.third_party.items()}
    needed = int(_param(params, "document.third_party_signs", date))
    head = [b.text for b in document.blocks[:15]]
    parties = sum(1 for b in head if lex.parties.match(b.strip()))
    signed = any(lex.signature.search(b.text) for b in document.blocks[-12:])
    if parties >= 2 and signed:
        return "contract", []
    what = THIRD_PARTY
    statute_title = re.search(r"(法|条例|规定|办法|解释|决定|意见)$", norm_title) and not re.search(
        r"协议|合同书|须知|手册|守则|确认", norm_title)
    if statute_title and parties < 2 and _statute_like(document):
        return "not_contract", [f"这不像一份合同，像是{what['statute']}：标题“{title}”，正文逐条是“第X条”"
                                f"{'，出现' + '、'.join(f'“{w}”' for w in hits['statute'][:3]) + '等用语' if hits['statute'] else ''}，没有合同双方"]
    if parties == 0 and not signed:
        cites = sorted(set(lex.cites.findall(text)))
        if len(cites) >= needed:  # an article explaining the law, not an agreement between parties
            hits["guide"] = sorted(set(hits["guide"]) | set(cites))
    for kind in THIRD_PARTY:
        if len(hits[kind]) >= needed and (kind != "statute" or _statute_like(document)):
            words = "、".join(f"“{w}”" for w in hits[kind][:5])
            return "not_contract", [f"这不像一份合同，像是{what[kind]}：出现{words}等用语，"
                                    f"{'没有合同双方' if parties < 2 else '没有签字栏'}"]
    return "contract", []


def _statute_like(document: Document) -> bool:
    articles = sum(1 for b in document.blocks if re.match(r"\s*第[一二三四五六七八九十百零〇\d]+条", b.text))
    return articles >= max(3, len(document.blocks) // 3)


# --------------------------------------------------------------------------- working time


@dataclass
class _Time:
    daily: float | None = None
    weekly: float | None = None
    wage_unit: str | None = None
    said: list[str] = field(default_factory=list)


def _first(facts: dict[str, list[Fact]], name: str) -> Fact | None:
    found = facts.get(name)
    return found[0] if found else None


def _working_time(facts: dict[str, list[Fact]]) -> _Time:
    time = _Time()
    daily, weekly, rest = _first(facts, "daily_hours"), _first(facts, "weekly_hours"), _first(facts, "rest_days_per_week")
    wage = _first(facts, "wage")
    if daily is not None:
        time.daily = float(daily.value)
        time.said.append(f"每日工作{daily.value:g}小时（“{daily.text}”）")
    if weekly is not None:
        time.weekly = float(weekly.value)
        time.said.append(f"每周工作{weekly.value:g}小时（“{weekly.text}”）")
    elif daily is not None and rest is not None and (rest.written or {}).get("bound") != "min":
        time.weekly = float(daily.value) * max(0, 7 - float(rest.value))
        time.said.append(f"每周约{time.weekly:g}小时（每日{daily.value:g}小时、每周休息{rest.value:g}天）")
    monthly = _first(facts, "monthly_hours")
    if monthly is not None and time.weekly is None:
        time.weekly = float(monthly.value) * 12 / 52
        time.said.append(f"每月{monthly.value:g}小时（“{monthly.text}”），约每周{time.weekly:.0f}小时")
    if wage is not None:
        time.wage_unit = wage.unit
    return time


def _beyond_part_time(time: _Time, date: dt.date, params) -> bool:
    return ((time.daily is not None and time.daily > _param(params, "part_time.daily_hours_max", date))
            or (time.weekly is not None and time.weekly > _param(params, "part_time.weekly_hours_max", date)))


def _full_time_hours(time: _Time, date: dt.date, params) -> bool:
    return ((time.daily is not None and time.daily >= _param(params, "full_time.daily_hours", date))
            or (time.weekly is not None and time.weekly >= _param(params, "full_time.weekly_hours", date)))


def _part_time_hours(time: _Time, date: dt.date, params) -> bool:
    return time.daily is not None and not _beyond_part_time(time, date, params) and time.wage_unit == "hour"


# --------------------------------------------------------------------------- the judgement


def _label(title: str | None, norm: str, text: _Text) -> tuple[str | None, bool, str | None]:
    """(relation claimed, weak claim, evidence) from the title, else from what the text says of itself."""
    lex = lexicon()
    if title:
        body = [b for b in text.blocks if b.strip() != norm.strip()]  # what the text says, not the title again
        for relation, weak, pattern in lex.titles:
            if pattern.search(norm):
                evidence = f"标题“{title}”（名义：{RELATION_LABELS[relation]}）"
                if weak and (quote := text.find(_claim(relation), body)):
                    return relation, False, evidence + f"，正文写明“{quote}”"
                if relation in CIVIL and (quote := text.find(_claim("part_time"), body)) and re.search(r"非全日制|以小时计酬", quote):
                    # ("钟点工" in a domestic-work agency's 居间 contract names the service, not the relation)
                    # "课时服务协议" whose text says 双方建立非全日制用工关系: the parties named the relation
                    return "part_time", False, f"标题“{title}”，但正文写明“{quote}”（名义：{RELATION_LABELS['part_time']}）"
                return relation, weak, evidence
    for relation, pattern in lex.text_claims:
        quote = text.find(pattern)
        if quote:
            return relation, False, f"正文写明“{quote}”（名义：{RELATION_LABELS[relation]}）"
    return None, False, None


def _claim(relation: str) -> re.Pattern[str]:
    return next(pattern for r, pattern in lexicon().text_claims if r == relation)


def _sector(title: str | None, norm: str, document: Document, text: _Text) -> tuple[str, list[str]]:
    lex = lexicon()
    food, live = lex.sectors["food_workshop"], lex.sectors["live_commerce"]
    if title and live["title"].search(norm):
        return "live_commerce", [f"标题“{title}”涉及电商直播"]
    opening = [b.text for b in document.blocks][:60]
    duty = text.find(food["duty"])
    if title and food["title"].search(norm) and (duty or re.search(r"食品|作坊|摊", norm)):
        return "food_workshop", [f"标题“{title}”是食品生产经营岗位" + (f"，正文约定“{duty}”" if duty else "")]
    if sum(len(live["text"].findall(b)) for b in opening) >= 2:
        return "live_commerce", [f"正文多处涉及直播（“{text.find(live['text'], opening)}”）"]
    if duty and (food_words := text.find(food["text"], opening)):
        return "food_workshop", [f"正文涉及食品加工或售卖（“{food_words}”）并约定“{duty}”"]
    return "general", []


def _signs(signs, text: _Text) -> list[str]:
    found = []
    for sign in signs:
        quote = text.find(sign.pattern)
        if quote:
            found.append(f"{sign.label}（“{quote}”）")
    return found


def _employment_relation(time: _Time, text: _Text, date: dt.date, params) -> tuple[str, list[str]]:
    """Full- or part-time, once the relation is employment."""
    part_time_words = text.find(_claim("part_time"))
    if part_time_words and not _full_time_hours(time, date, params):
        return "part_time", [f"正文写明“{part_time_words}”"]
    if _part_time_hours(time, date, params):
        return "part_time", time.said + ["按小时计酬"]
    return "full_time", time.said


def classify(document: Document, facts: dict[str, list[Fact]], given: str | None = None, *,
             date: dt.date | None = None, params=None) -> KindResult:
    """Decide document type, relation and sector. `given` is a --kind value (see parse_kind)."""
    date = date or dt.date.today()
    lex = lexicon()
    given_relation, given_sector = parse_kind(given)
    title_block = _title_block(document)
    title = title_block.original.strip() if title_block is not None else None
    norm_title = title_block.text if title_block is not None else ""
    text = _Text(document)
    doc_type, doc_evidence = _document_type(document, title, norm_title, date, params)
    if doc_type == "not_contract" and given:
        doc_type, doc_evidence = "contract", [f"由使用者指定为{given}，按合同检查（文书本身不像合同）"]

    sector, sector_evidence = (given_sector, [f"由使用者指定为{SECTOR_LABELS[given_sector]}"]) if given_sector \
        else _sector(title, norm_title, document, text)
    label, weak, label_evidence = _label(title, norm_title, text)
    time = _working_time(facts)
    retiree = is_retiree("\n".join(text.blocks))
    young = _too_young_to_be_retired(document, date, params) if retiree else None
    if young:
        retiree = False
    household = _household_employer(document)
    management = _signs(lex.employment_signs, text)
    civil = _signs(lex.civil_signs, text)
    needed = int(_param(params, "employment.management_signs", date))

    def result(relation: str, evidence: list[str], presumed: bool = False, source: str = "detected") -> KindResult:
        not_checked = doc_evidence[0] if doc_type == "not_contract" else None
        if relation == "unknown" and not not_checked:
            not_checked = "标题和正文都看不出合同类型，也没有工资、工时等用工的迹象，无法判断适用哪部法律"
        return KindResult(relation, sector, source, doc_evidence + evidence + sector_evidence, title, doc_type,
                          label if source == "detected" else None, presumed, not_checked, retired=retiree)

    if doc_type == "not_contract":
        return result("unknown", [])
    if given_relation:
        return result(given_relation, [f"由使用者指定为{RELATION_LABELS[given_relation]}"], source="given")
    if doc_type == "rulebook":
        return result("full_time", ["规章制度适用于本单位的劳动者"])

    said = [label_evidence] if label_evidence else []
    if young:
        said.append(young)
    # a family is no employer of labour law even when its paper says 雇佣 or 用工; only a title that
    # claims a 劳动合同 outright keeps the claim (a sole trader signing with her own ID is an employer)
    if household and (label != "full_time" or not re.search(r"劳动合同|劳动合约", norm_title)):
        # 劳动法第二条: the employer of labour law is an organisation (企业、个体经济组织…), not a family
        return result("labour_service", said + [household])
    if title and lex.internship.search(norm_title) and text.find(lex.student, [b.text for b in document.blocks[:25]]):
        return result("labour_service", said + ["在校学生按学校的教学安排实习，不是劳动关系，按劳务关系审查（本工具的判断）"])
    if label in CIVIL:
        if len(management) >= needed and not retiree:
            relation, how = _employment_relation(time, text, date, params)
            return result(relation, said + [f"但具备劳动关系特征：{'；'.join(management)}，按劳动关系审查"
                                            f"（劳社部发〔2005〕12号第一条）"] + how)
        if retiree and label != "labour_service":
            return result("labour_service", said + ["乙方已退休或享受养老保险待遇，按劳务关系处理"])
        return result(label, said + civil + management)
    if label == "part_time":
        if retiree and weak:  # "兼职记账劳务协议" with a pensioner: 兼职 says little, the pension says 劳务
            return result("labour_service", said + ["乙方已退休或享受养老保险待遇，按劳务关系处理（劳动争议司法解释（一）第三十二条）"])
        if _full_time_hours(time, date, params) or (weak and _beyond_part_time(time, date, params)):
            return result("full_time", said + time.said + ["工作时间达到全日制标准或超过非全日制上限，按全日制劳动关系审查"
                                                           "（劳动合同法第六十八条）"])
        if weak and not management and civil and time.wage_unit != "hour":
            return result("labour_service", said + civil + ["没有劳动管理的约定，按劳务关系审查"])
        return result("part_time", said + time.said)
    if label == "full_time":
        # A 劳动合同 is part-time only when its working time is part-time too (a clause that
        # mentions 非全日制 in passing does not make it one).
        relation, how = _employment_relation(time, text, date, params)
        if relation == "part_time" and not (time.daily is not None and not _beyond_part_time(time, date, params)):
            relation, how = "full_time", time.said
        if retiree and relation == "full_time":
            return result("full_time", said + ["乙方已退休或享受养老保险待遇（按劳务关系处理的风险另行提示）"])
        return result(relation, said + how)

    # No label: the substance alone.
    if len(management) >= needed and not retiree:
        relation, how = _employment_relation(time, text, date, params)
        return result(relation, [f"具备劳动关系特征：{'；'.join(management)}"] + how)
    if text.negated(_claim("full_time")):
        # "双方不建立劳动关系" with no substance against it: the parties chose a civil contract.
        return result("cooperation" if sector == "live_commerce" else "labour_service",
                      ["正文写明双方不建立劳动关系，也没有足够的劳动管理约定"] + civil + management)
    if sector == "live_commerce" and (civil or not management):
        return result("cooperation", civil + ["没有足够的劳动管理约定，按合作关系审查"])
    if sector == "food_workshop":
        relation, how = _employment_relation(time, text, date, params)
        return result(relation, ["食品作坊岗位，按劳动关系审查"] + how)
    body = [b.text for b in document.blocks if b is not title_block]
    work = text.find(lex.work_signs, body)
    if work or management or time.said:
        relation, how = _employment_relation(time, text, date, params)
        signs = ([f"正文有用工的约定（“{work}”）"] if work else []) + management
        return result(relation, signs + how, presumed=True)
    return result("unknown", ["标题和正文都未显示合同类型"])


def detect_kind(document: Document, facts: dict[str, list[Fact]], given: str | None = None) -> KindResult:
    """classify() with today's parameters (kept for callers of the first model)."""
    return classify(document, facts, given)


# a resident ID number, also with its last digits masked as copies show them ("44010619820905XXXX")
_ID = re.compile(r"(?<![0-9A-Za-z])\d{6}(?P<y>(?:19|20)\d{2})(?:(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])"
                 r"(?:\d{3}[\dXx]|\d{0,3}[Xx*＊]{1,4})|[*＊]{4,8}\d{0,3}[\dXx]?)(?![0-9A-Za-z])")
# the second form: "4407031979******15", a number masked after the year of birth
_WORKER_LINE = re.compile(r"^\s*(乙方|劳动者|受聘方|受聘人|雇员|提供劳务方)")
_EMPLOYER_LINE = re.compile(r"^\s*(甲方|雇主|用人单位|聘用方|接受劳务方)[^:：]{0,12}[:：]\s*(?P<name>[^\s,，]{2,30})")
_ORGANISATION = re.compile(r"公司|厂|店|行|中心|园|学校|医院|社|部|所|局|会|馆|场|坊|站|室|家政|个体工商户|商户|档")


def _worker_lines(document: Document) -> list[str]:
    """The few lines from the worker's party line (乙方…) on, where her ID and 性别 are written."""
    blocks = [b.text for b in document.blocks[:30]]
    at = next((i for i, t in enumerate(blocks) if _WORKER_LINE.match(t)), None)
    return [] if at is None else blocks[at:at + 6]


def _worker_birth(document: Document) -> dt.date | None:
    """The birth date in the ID number of the worker (the first ID after the 乙方 line)."""
    for text in _worker_lines(document):
        m = _ID.search(text)
        if m:
            try:
                if m.group("m") is None:  # month and day masked: the middle of the year
                    return dt.date(int(m.group("y")), 7, 1)
                return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                return None
    return None


_SEX_FIELD = re.compile(r"性别\s*[:：]?\s*(?P<sex>[男女])")


def worker_sex(document: Document) -> str | None:
    """"female" / "male" for the worker (乙方), from a 性别 field or the sex digit of her ID
    number (the 17th digit: odd for men, even for women); None when the document does not say."""
    for text in _worker_lines(document):
        field_ = _SEX_FIELD.search(text)
        if field_:
            return "female" if field_.group("sex") == "女" else "male"
        m = _ID.search(text)
        if m and len(m.group()) == 18 and m.group()[16].isdigit():  # a masked number may hide the sex digit
            return "male" if int(m.group()[16]) % 2 else "female"
    return None


def _too_young_to_be_retired(document: Document, date: dt.date, params) -> str | None:
    born = _worker_birth(document)
    if born is None:
        return None
    age = date.year - born.year - ((date.month, date.day) < (born.month, born.day))
    if age >= int(_param(params, "retirement.min_age", date)):
        return None
    return (f"文书称乙方已退休，但身份证号显示乙方{born.year}年出生、签订时{age}周岁，不可能已依法退休领取养老金，"
            "不按退休返聘处理")


def _household_employer(document: Document) -> str | None:
    """A family (a natural person with an ID number) hiring a cleaner or nanny directly."""
    blocks = [b.text for b in document.blocks[:20]]
    for i, text in enumerate(blocks):
        m = _EMPLOYER_LINE.match(text)
        if not m:
            continue
        name = m.group("name")
        if _ORGANISATION.search(name):
            return None
        nxt = next((j for j in range(i + 1, len(blocks)) if _WORKER_LINE.match(blocks[j])), len(blocks))
        if any(_ID.search(t) for t in blocks[i:nxt]):
            return (f"甲方“{name}”是自然人（家庭）直接雇请，不是劳动法上的用人单位（劳动法第二条），"
                    "按劳务（雇佣）关系审查")
        return None
    return None


def is_retiree(text: str) -> bool:
    """A retiree or pensioner is named, and not denied ("乙方未达到法定退休年龄" denies)."""
    from checker.lexicon import Negation

    negation = Negation.default()
    pattern = lexicon().retiree
    for line in text.splitlines():
        for m in pattern.finditer(line):
            if not negation.is_negated(line, m.start()) and not re.search(r"未达到?|尚未|不属于|非", line[max(0, m.start() - 8): m.start()]):
                return True
    return False

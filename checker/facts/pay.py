"""Pay: wage, probation_wage, pay_cycle_days, pay_day, overtime_rate, deduction_ratio.

wage: value in yuan, unit = the pay unit month | day | hour | piece (week when written so).
daily_quota: pieces a normal working day is expected to produce ("每天定额200件" -> 200, unit "piece").
An amount is a wage when the nearest pay keyword before it in its sentence is a wage word
(rules/lexicon/facts.yaml `wage.keywords`: 月工资, 基本工资, 工资标准, 劳动报酬, 计件单价,
计酬…) and not a word for something else (`wage.not_wage`: 试用期工资, 加班费, 押金, 违约金,
奖金, 补贴, 补偿, 最低工资…). The unit comes from "/月", "每小时", "元/件" next to the amount,
else from the keyword (月工资 -> month, 日薪 -> day, 时薪 -> hour, 计件/单价 -> piece), else
month for amounts of at least wage.min_unstated_monthly (500 yuan, rules/lexicon/facts.yaml;
written {"per": "unstated"}); smaller amounts with no unit are left out. A table cell is read
under its row label (scope.py), so "3500元" in the
row "月工资" is a monthly wage. "人民币叁仟伍佰元（¥3500）" is one fact, not two.

probation_wage: an amount said of the probation, in the same convention as wage (unit is the pay
period; no period -> "month", written {"per": "unstated"})
("试用期工资3000元/月", "试用期间，工资为3000元"), unless 转正/正式/期满 comes in between.

pay_cycle_days: 按月支付/月结 -> 30, 每周/周结 -> 7, 每半月/每十五日 -> 15, 按日/日结 -> 1,
"结算周期为7日" -> 7. pay_day: "每月15日前发放上月工资" -> 15 (written {"bound": "max"}),
"次月5日" -> 5 (written {"month": "next"}).

overtime_rate: every percent in an overtime sentence (加班, 延长工作时间, 休息日/法定节假日
工作): 150%, 1.5倍, 百分之一百五十 -> 150; written {"when": workday | rest_day | holiday}.
deduction_ratio: a percent after 扣除/扣发/扣减 in the same sentence ("扣除工资不超过当月工资的
20%" -> 20, written {"bound": "max"}).
"""

from __future__ import annotations

import re

from checker.document import Span
from checker.facts.context import bounded, lexicon, merge, nearest, vocab_re
from checker.facts.fact import Fact
from checker.facts.numerals import NUM, to_number
from checker.facts.quantities import money, percents
from checker.facts.registry import document_extractor, extractor
from checker.facts.scope import Scope

_EXTRA_NOT_WAGE = ("餐补", "饭补", "房补", "交通补", "话补", "车补", "补助", "住房补贴", "报销")


def _min_unstated() -> float:
    """rules/lexicon/facts.yaml wage.min_unstated_monthly: the least amount with no pay unit read as monthly."""
    return float(lexicon()["wage"].get("min_unstated_monthly", 500))


def _wage_vocab() -> dict[str, str]:
    lex = lexicon()["wage"]
    vocab = {w: "wage" for w in lex["keywords"]}
    for w in list(lex["not_wage"]) + list(_EXTRA_NOT_WAGE):
        vocab[w] = "probation" if "试用" in w else "not"
    return vocab


_AFTER_NOT_WAGE = re.compile(r"\s*(?:\([^)]{0,12}\))?\s*(?:的)?\s*(?:(?:向|给|赔给|交给)(?:甲方|公司|单位|店方|厂方|老板|园方))?\s*(?:(?:发放|支付|给予|计发|补发|赔偿|赔付|交纳|缴纳)(?:给乙方)?(?:的)?)?\s*(?:社保|社会保险|保险|交通|通讯|话费|住房|高温|夜班|餐|伙食|岗位|节日|过节|值班|加班|出差|误餐|降温|取暖)?\s*(?:违约金|押金|保证金|罚款|赔偿|补偿|奖|补贴|津贴|费用|餐补|饭补|房补|车补|话补|交通补|补助|慰问)")
_PER_BEFORE = [
    (re.compile(r"每\s*(?:个)?月|月薪|月工资|月收入|按月|/月"), "month"),
    (re.compile(r"每\s*(?:小时|个小时)|小时工资|时薪|计时|按小时|每时"), "hour"),
    (re.compile(r"每\s*(?:天|日|个工作日)|日工资|日薪|按日|按天|日结"), "day"),
    (re.compile(r"每\s*(?:件|个|只|双|套|条|打|单|份)|计件|单价|按件|件数"), "piece"),
    (re.compile(r"每\s*(?:周|星期)|周薪"), "week"),
]
_AFTER_PROBATION = re.compile(r"转正|正式|期满|试用期后|试用期结束|过了试用期|试用期过后|试用期满|[,，]\s*(?:过了|满了|做满|干满)(?:以后|之后|后)?\s*(?:就|再|则)?")
# "试用期工资按转正工资的80%发放，即每月1840元": the agreed wage named as the base of a ratio
# does not make the amount an after-probation wage
_BASE_OF_RATIO = re.compile(r"(?:转正|正式)(?:后)?(?:的)?(?:月)?(?:基本工资|底薪|工资|薪资|薪酬|工资标准)(?:标准)?\s*(?:的|×|\*|x|X)")


def _per_from(text: str) -> str | None:
    """The pay unit named in `text` (the last one named wins)."""
    best, where = None, -1
    for pattern, unit in _PER_BEFORE:
        for m in pattern.finditer(text):
            if m.start() > where:
                best, where = unit, m.start()
    return best


# from the end of an amount into a parenthesis that breaks it down, up to the next amount
_BREAKDOWN = re.compile(r"\s*[（(](?:[^（()）。;]*?(?:\d[\d.,]*\s*元)?\s*[+＋、,，和及])*[^（()）。;]{0,12}$")


# A monthly wage written as its parts with no total ("基本工资1800元、岗位津贴500元、全勤奖200元"):
# the parts that are pay for normal work are one wage, their sum. The minimum wage is compared
# with the pay for normal working time, which leaves out only overtime pay, shift and special-
# condition allowances and welfare (最低工资规定第12条): those parts are not added, and a
# performance bonus or commission of no fixed amount is not part of the agreed wage either.
_BASE_WORDS = "基本工资|基础工资|底薪|基本薪资|基本月薪"
_NORMAL_PART_WORDS = "岗位工资|岗位津贴|技能工资|技能津贴|职务工资|职务津贴|工龄工资|工龄津贴|全勤奖|满勤奖"
_BASE_PART = re.compile(rf"(?:{_BASE_WORDS})\s*(?:为|是)?\s*[:：]?\s*(?:人民币)?\s*$")
_OTHER_PART = re.compile(rf"(?:{_NORMAL_PART_WORDS}|岗位补贴|固定津贴|固定补贴)\s*(?:为|是)?\s*[:：]?\s*(?:人民币)?\s*$")
# parts joined by a list mark; "另有全勤奖200元" is said to come on top, and is left out
_PART_JOIN = re.compile(r"^\s*(?:/\s*月|每月)?\s*[、,，;；+＋和及与加]?\s*$")


def _wage_parts(view: str, amounts, start: int, end: int) -> dict[int, tuple[float, int, int]]:
    """{start of a base amount: (sum, end of the last part, number of parts)} for each run of
    parts in [start, end), and {start of a later part: (0, 0, 0)} to skip it."""
    runs: dict[int, tuple[float, int, int]] = {}
    base = None
    for m in amounts:
        if m.start < start or m.end > end or m.per not in (None, "month"):
            base = None
            continue
        head = view[max(start, m.start - 10) : m.start]
        other = _OTHER_PART.search(head) if base is not None else None
        if _BASE_PART.search(head):
            base = m
            runs[m.start] = (m.value, m.end, 1)
        elif other:
            total, last, count = runs[base.start]
            between = view[last:m.start]
            gap = between[: len(between) - len(other.group())]
            if _PART_JOIN.match(gap):
                runs[base.start] = (total + m.value, m.end, count + 1)
                runs[m.start] = (0, 0, 0)
                continue
            base = None
        else:
            base = None
    return {k: v for k, v in runs.items() if v[2] != 1}


@extractor("wage", "probation_wage")
def wage(scope: Scope):
    view = scope.view
    vocab = _wage_vocab()
    last: dict[str, tuple[float, int]] = {}  # name -> (value, end) to merge restatements
    previous_end = None  # end of the last amount that was not part of a breakdown
    amounts = money(view)
    parts: dict[int, tuple[float, int, int]] = {}
    sentences = {scope.sentence(m.start) for m in amounts if _BASE_PART.search(view[max(0, m.start - 10) : m.start])}
    for s, e in sentences:
        parts.update(_wage_parts(view, amounts, s, e))
    for m in amounts:
        if previous_end is not None and _BREAKDOWN.match(view, previous_end, m.start):
            continue  # "月工资3400元（基本工资2600元＋岗位工资800元）": the parts of the amount before
        previous_end = m.end
        if not scope.in_block(m.end - 1):
            continue
        total, parts_end, count = parts.get(m.start, (None, None, None))
        if count == 0:
            continue  # a later part of a wage written as its parts: counted in the base's sum
        sentence_start, _ = scope.sentence(m.start)
        found = nearest(scope, m.start, vocab, sentence_start)
        head = view[sentence_start : m.start]
        direct = re.search(r"每\s*(?:个)?(?:月|小时|天|日|件|个|只|双|套|周)\s*(?:人民币|¥)?\s*$", head)
        if direct and re.search(r"(?:费|补贴|补助|津贴|奖金?|押金|罚款?|扣款|租金?)\s*(?:为|是|:|按)?\s*$", head[: direct.start()]):
            continue  # "住宿及水电费每月100元": a fee or an allowance a month, not the wage
        if found is None:
            if direct:
                category, kw_start = "wage", direct.start()
            elif m.per in ("month", "day", "hour", "piece") and not re.search(r"费|补|奖|金|罚|扣|押", head):
                category, kw_start = "wage", m.start  # "20元/小时"
            else:
                continue
        else:
            category, kw_start, _ = found
        if category == "not" or _AFTER_NOT_WAGE.match(view, m.end):
            continue
        if re.search(r"(?<!每月)(?<!每个月)(?<!按月)(?:合计|共计|小计|总计|计为|折合|[,，]\s*计)\s*(?:人民币)?\s*$", view[max(0, m.start - 8) : m.start]):
            continue  # "…的300%计付……，计570.11元": the sum of a computation, not a rate of pay ("每月合计2000元" is one)
        if re.search(r"[\d.]+\s*[÷×*/]\s*[\d.]+\s*[)）]?\s*(?:≈|=|＝|约为|约等于)\s*(?:人民币)?\s*$", view[max(0, m.start - 24) : m.start]):
            continue  # "小时工资＝月工资÷（21.75天×6小时），即2600÷130.5≈19.92元": a worked example, not a wage
        if re.search(r"(?:的|×|\*|乘以?)\s*(?:[\d.]+|[一二两三四五六七八九十])\s*倍\s*(?:即|为|计|是|=|＝)?\s*(?:人民币)?\s*$", view[max(0, m.start - 12) : m.start]):
            continue  # "国庆三天上班的，按日薪的2倍即320元计": overtime pay worked out, not a wage
        if scope.negated(kw_start) or m.value <= 0:
            continue
        at = head.rfind("试用")
        if category == "wage" and at != -1 and not _AFTER_PROBATION.search(_BASE_OF_RATIO.sub("", head[max(0, at - 3):])):
            category = "probation"
        per = m.per or _per_from(view[kw_start : m.start])
        if per == "time":
            per = "piece"
        if per == "piece" and not m.per and m.value >= _min_unstated() and re.search(r"保底|当月|每月|月", head):
            per = "month"  # "当月计件工资不足2300元的，按保底2300元发放": a monthly amount, not a piece rate
        # wage and probation_wage share one convention: unit is the pay period; an amount with
        # no period is monthly, noted as written.per "unstated"
        name = "probation_wage" if category == "probation" else "wage"
        written = None
        if per is None:
            if name == "wage" and m.value < _min_unstated():
                continue
            per, written = "month", {"per": "unstated"}
        value_unit = per
        written = merge(written, bounded(view[kw_start : m.start]))
        prev = last.get(name)
        if prev and prev[0] == m.value and m.start - prev[1] <= 8 and re.search(r"[(（]|大写|小写", view[prev[1] : m.start]):
            continue  # "叁仟伍佰元（¥3500元）": the same amount restated
        last[name] = (m.value, m.end)
        if count:
            # "基本工资1800元、岗位津贴500元": one wage, the sum of its parts
            yield scope.fact(name, total, value_unit, kw_start, parts_end, merge(written, {"as": "sum", "parts": count}))
            continue
        yield scope.fact(name, m.value, value_unit, kw_start, m.end, written)
    yield from _bare_amount_in_pay_table(scope)
    yield from _allowance_instead_of_wage(scope)
    yield from _informal_amounts(scope)


# Chat-style pay lines with no 元 at all, under a "工资：" heading: "转正每月3200",
# "试用期那个月先1500，过了试用期再按3200算". Only where the block names no money otherwise.
_INFORMAL = re.compile(
    r"(?:每个月|每月|月薪|月工资|工资|底薪|先|再按|按|给|是)\s*[:：]?\s*(?P<n>\d{3,5})"
    r"(?![\d.]|\s*(?:元|块|年|月|日|号|天|小时|个|件|%|点|:|-|—|人|次|份|平|米|公里|岁|斤|箱|包|打))"
)
_PAY_CONTEXT = re.compile(r"工资|薪|底薪|试用期|转正")


def _informal_amounts(scope: Scope):
    view = scope.view
    if money(view) or not (_PAY_CONTEXT.search(view) or _PAY_CONTEXT.search(scope.before[-12:])):
        return
    for m in _INFORMAL.finditer(view):
        value = to_number(m.group("n"))
        if value < _min_unstated() or not scope.in_block(m.start("n")) or scope.negated(m.start()):
            continue
        head = view[scope.sentence(m.start())[0] : m.start()]
        at = head.rfind("试用")
        probation = at != -1 and not _AFTER_PROBATION.search(head[max(0, at - 3):])
        name = "probation_wage" if probation else "wage"
        written = {"per": "month" if probation else "unstated", "written": "bare"}
        yield scope.fact(name, value, "month", m.start(), m.end(), written)


# "学徒期间甲方不支付工资，每月给乙方生活补助捌佰元": where the text denies a wage, the monthly
# allowance paid instead is what she is paid for her work (the wage rules compare it).
_NO_WAGE = re.compile(r"(?:不支付|不发放?|不计|不再另计|不另计|不再计|不再另发|不另发|没有|无|不给)(?:任何)?\s*(?:工资|薪资|报酬|工钱)")
_ALLOWANCE = re.compile(r"(?:生活补助|生活费|生活补贴|生活津贴|学徒补贴|实习补贴|补助|补贴|津贴)")


# "试用期间" but not "试用期满后……学徒期间不发工资" (after the probation, not in it)
_DURING_PROBATION = re.compile(r"试用(?!期?(?:满|结束|届满|后|以后|之后))")


def _allowance_instead_of_wage(scope: Scope):
    view = scope.view
    for denial in _NO_WAGE.finditer(view):
        s, e = scope.sentence(denial.start())
        # the allowance after the denial in its sentence, or ("每月生活补贴1500元……不再另计工资")
        # before it in the same block
        candidates = [(m, view[denial.end() : m.start]) for m in money(view, denial.end(), e)]
        candidates += [(m, view[scope.sentence(m.start)[0] : m.start]) for m in reversed(money(view, 0, s))]
        for m, head in candidates:
            if (_ALLOWANCE.search(head) and re.search(r"每\s*(?:个)?月|按月|月", head)
                    and scope.in_block(m.end - 1) and scope.in_block(denial.start()) and m.value > 0):
                # said of the probation when the denial's sentence, or the allowance's, says so
                probation = bool(_DURING_PROBATION.search(view, s, e)
                                 or _DURING_PROBATION.search(view, scope.sentence(m.start)[0], m.start))
                name = "probation_wage" if probation else "wage"
                lo, hi = min(denial.start(), m.start), max(denial.end(), m.end)
                yield scope.fact(name, m.value, "month", lo, hi, {"as": "allowance"})
                return


# "计时员工基本工资按中山市最低工资标准执行（现为2080元/月）": the wage is the minimum, and the
# figure in brackets says what it is today.
_AT_MINIMUM = re.compile(r"(?:基本工资|工资|底薪|月薪|月工资)[^。；;，,]{0,4}按[^。；;，,]{0,10}最低工资(?:标准)?"
                         r"(?:执行|发放|计发|确定|计算)?\s*[(（,，]?\s*(?:现为|目前为|即|现行为?|现在是|现)\s*(?:人民币)?\s*$")


@extractor("wage")
def wage_at_the_minimum(scope: Scope):
    view = scope.view
    for m in money(view):
        if m.per in (None, "month") and scope.in_block(m.end - 1) and _AT_MINIMUM.search(view[max(0, m.start - 40) : m.start]):
            yield scope.fact("wage", m.value, "month", m.start, m.end, {"as": "minimum_wage"})
            return


# "学徒期间，甲方每月发给乙方生活补贴1200元": an apprentice paid only a monthly allowance (the agreement
# names no wage at all) is paid that for her work; the wage rules compare it.
_TRAINEE = re.compile(r"学徒|见习|实习|学习期间|培训期间|学艺")
_AFTER_APPRENTICESHIP = re.compile(r"出师|满师|学徒期满|学徒期结束|转为正式|转正")


@document_extractor("wage")
def allowance_of_an_apprentice(scopes: list[Scope], facts: dict):
    # a wage agreed for after the apprenticeship ("出师后底薪为每月2200元") leaves the allowance as the
    # pay of the apprenticeship itself
    blocks = {scope.block.index: scope.view for scope in scopes}
    if facts.get("probation_wage") or any(
            not _AFTER_APPRENTICESHIP.search(blocks.get(f.span.block, "")) for f in facts.get("wage", [])):
        return
    for scope in scopes:
        view = scope.view
        for m in money(view):
            if m.per not in (None, "month") or not scope.in_block(m.end - 1) or m.value <= 0:
                continue
            s, _ = scope.sentence(m.start)
            head = view[s : m.start]
            allowance = _ALLOWANCE.search(head)
            if (allowance and re.search(r"每\s*(?:个)?月|按月", head) and _TRAINEE.search(head)
                    and not re.search(r"交通|餐|饭|住房|房|话|通讯|高温|夜班|全勤", head[max(0, allowance.start() - 4) :])
                    and not scope.negated(allowance.start())):
                yield scope.fact("wage", m.value, "month", s + allowance.start(), m.end, {"as": "allowance"})
                return


# A 薪酬表 cell holding just "1900" under a 底薪/工资 header: the table says it is money.
_TABLE_PAY_LABEL = re.compile(r"底薪|基本工资|月工资|月薪|工资标准|工资|薪资|时薪|小时工资|计件单价")
_BARE_AMOUNT = re.compile(r"\s*(\d{2,6}(?:\.\d{1,2})?)\s*")


def _bare_amount_in_pay_table(scope: Scope):
    block = scope.block
    if block.kind != "table_cell" or not scope.offset:
        return
    start = next((i for i in range(len(scope.view)) if scope.in_block(i)), None)
    if start is None:
        return
    m = _BARE_AMOUNT.fullmatch(scope.view, start)
    label = scope.view[:start]
    if not m or not _TABLE_PAY_LABEL.search(label) or re.search(r"补|奖|绩效|提成|餐|押|罚", label):
        return
    value = to_number(m.group(1))
    per = "hour" if re.search(r"时薪|小时", label) else "piece" if "计件" in label else "month" if value >= _min_unstated() else None
    if per is None:
        return
    name = "probation_wage" if "试用" in label else "wage"
    yield scope.fact(name, value, per, m.start(1), m.end(1),
                     {"per": per, "from": "table"})


# ---------------------------------------------------------------- pay cycle / pay day

_PAY_SENTENCE = re.compile(r"工资|报酬|薪|劳务费|加工费|酬|结算|货款|费用|收益|收入|工钱")
_VERB = r"(?:支付|发放|结算|发薪|发|结清|付|计发)"
_CYCLES = [
    (re.compile(r"(?:结算|支付|发放|发薪)周期\s*(?:为|是|:)?\s*(?P<n>\d+)\s*(?:个)?(?:日|天|工作日)"), None),
    (re.compile(r"每\s*(?P<n>\d+)\s*(?:日|天)\s*" + _VERB), None),
    (re.compile(r"每\s*(?P<n>\d+)\s*(?:日|天)\s*为\s*(?:一个|1个)?\s*(?:结算|支付|发放|发薪|工资)?\s*周期"), None),
    # "每两个月结算一次", "三个月结一次": a cycle of several months
    (re.compile(r"(?:每|按)?\s*(?P<months>两|二|三|四|六|2|3|4|6)\s*个\s*月\s*(?:结算|支付|发放|发薪|结清|一结|结一次|结)"), None),
    # "加工费每季度结算一次"
    (re.compile(r"(?:每|按)\s*(?:个)?季度\s*(?:结算|支付|发放|发薪|结清|一结|结)|季度结算"), 90),
    # "一般为45至60天结算一次": the shorter end of the range
    (re.compile(r"(?P<n>\d+)\s*(?:至|到|-|—|~|～)\s*\d+\s*(?:日|天)\s*(?:结算|支付|发放|结)\s*(?:一次)?"), None),
    (re.compile(r"(?:每|按)\s*半\s*(?:个)?月|半月结|半月\s*(?:一|1)\s*结|每\s*15\s*(?:日|天)"), 15),
    # "每月10日、25日分两次支付": two pay days a month is a half-month cycle
    (re.compile(r"每\s*(?:个)?月\s*\d{1,2}\s*(?:日|号)\s*(?:、|和|及|与)\s*\d{1,2}\s*(?:日|号)"), 15),
    (re.compile(r"(?:按|每)\s*(?:自然)?(?:个)?月[^。;,]{0,16}?" + _VERB + r"|月结|月付|月清|按月"), 30),
    (re.compile(r"(?:按|每)\s*(?:周|星期)[^。;,]{0,6}?" + _VERB + r"|周结|按周"), 7),
    (re.compile(r"按日|按天|日结|每日结算|每天结算|当日结清|当天结清|每日支付|每天支付|当日支付|当天支付|每日结清|每天结清"), 1),
]


# a period inside one month ("每月1日至15日", "16日至月末"): the cycle is that period, not the month
_PART_OF_MONTH = re.compile(
    r"(?<!\d)(?P<a>\d{1,2})\s*[日号]\s*(?:至|到|-|—|~)\s*(?:(?P<b>\d{1,2})\s*[日号]|月末|月底|当月最后一[日天])")


def _part_of_month(view: str, s: int, e: int) -> bool:
    """A period shorter than the month: not 1日 to the month's end."""
    for m in _PART_OF_MONTH.finditer(view, s, e):
        first, last = int(m.group("a")), int(m.group("b")) if m.group("b") else 31
        if not (first == 1 and last >= 28):
            return True
    return False


@extractor("pay_cycle_days")
def pay_cycle_days(scope: Scope):
    view = scope.view
    taken: list[tuple[int, int]] = []
    said: set[tuple[int, float]] = set()  # (sentence, value): one fact per sentence and value
    for pattern, days in _CYCLES:
        for m in pattern.finditer(view):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            s, e = scope.sentence(m.start())
            if not _PAY_SENTENCE.search(view, s, e) or scope.negated(m.start()):
                continue
            if re.search(r"社保|社会保险|公积金|押金|计算|考勤|统计", view[m.start() : m.end()]):
                continue
            if re.search(r"竞业|补偿|社会保险|社保|公积金|押金|保证金|违约金", view[s:e]):
                continue
            if days == 30 and _part_of_month(view, s, e):
                continue  # "每月16日至月末的报酬于次月1日支付": the period is half a month, paid monthly
            if "months" in m.groupdict() and m.group("months"):
                value = 30 * {"两": 2, "二": 2, "三": 3, "四": 4, "六": 6}.get(m.group("months"), 0) or 30 * int(m.group("months"))
            else:
                value = int(m.group("n")) if days is None else days
            if value <= 0 or (s, value) in said:
                continue
            # "半月一结。每月15日…每月最后一日结算": a cycle stated in the block wins over
            # the monthly words that explain it.
            if days in (30, 7, 1) and said:
                continue
            said.add((s, value))
            taken.append((m.start(), m.end()))
            yield scope.fact("pay_cycle_days", value, "day", m.start(), m.end())


_PAY_DAY = re.compile(r"(?P<which>每月|每个月|次月|下月|下个月|隔月|当月|本月)\s*(?P<d>\d{1,2})\s*(?:日|号)(?P<by>\s*(?:前|之前|以前|前后)?)")


@extractor("pay_day")
def pay_day(scope: Scope):
    view = scope.view
    for m in _PAY_DAY.finditer(view):
        day = int(m.group("d"))
        if not 1 <= day <= 31 or re.match(r"\s*(?:至|到|-|—|~)", view[m.end() :]):
            continue
        s, e = scope.sentence(m.start())
        clause = view[s:e]
        if not (re.search(_VERB, clause) and _PAY_SENTENCE.search(clause)):
            continue
        if scope.negated(m.start()):
            continue
        written = {}
        if m.group("which") in ("次月", "下月", "下个月", "隔月"):
            written["month"] = "next"
        if m.group("by").strip() in ("前", "之前", "以前"):
            written["bound"] = "max"
        yield scope.fact("pay_day", day, "day_of_month", m.start(), m.end(), written or None)


# ---------------------------------------------------------------- overtime / deductions

_OVERTIME = {
    **{w: "workday" for w in ("加班", "延长工作时间", "延长劳动时间", "加点", "工作日加班", "平时加班", "延时", "超时",
                              "超过8小时", "超过八小时")},
    **{w: "rest_day" for w in ("休息日", "周末", "双休日", "公休日", "休息日加班")},
    **{w: "holiday" for w in ("法定节假日", "法定假日", "节假日", "法定休假日", "法定节日")},
}
_OVERTIME_DAYS = {w: c for w, c in _OVERTIME.items() if c != "workday"}
_OVERTIME_GAP_STOP = re.compile(r"扣|社保|保险|提成|奖金|试用|违约|押金|个税|公积金")


@extractor("overtime_rate")
def overtime_rate(scope: Scope):
    view = scope.view
    for p in percents(view):
        if not scope.in_block(p.end - 1):
            continue
        found = nearest(scope, p.start, _OVERTIME)
        if not found:
            continue
        when, kw_start, kw_end = found
        if when == "workday":
            # "法定节假日加班按300%": 加班 is nearest, but the day named just before it decides.
            day = nearest(scope, kw_start, _OVERTIME_DAYS, start=max(scope.sentence(kw_start)[0], kw_start - 6))
            if day:
                when, kw_start = day[0], day[1]
        gap = view[kw_end : p.start]
        if _OVERTIME_GAP_STOP.search(gap) or scope.negated(kw_start):
            continue
        if "分别" in gap or _in_rate_list(view, p):
            # "延长工作时间、休息日和法定节假日工作的，分别按150%、200%、300%" (or without 分别):
            # the n-th rate belongs to the n-th kind of day listed before the rates.
            when = _respectively(scope, p, when)
        if re.search(r"(?:其中|剩余|余下|差额)\s*$", view[max(0, p.start - 6) : p.start]):
            continue  # "按300%计付，其中100%已随月工资发放，另行支付剩余200%": parts of one rate
        written = merge(p.written, {"when": when}, bounded(gap[-10:]))
        yield scope.fact("overtime_rate", p.value, "percent", kw_start, p.end, written)


_RATE_LINK = re.compile(r"\s*(?:、|,|和|及|与|/)\s*$")


def _rate_list(view: str, p) -> list:
    """The percents joined to `p` by 、/和/及 ("150%、200%、300%"), in order."""
    items = percents(view, max(0, p.start - 40), min(len(view), p.end + 40))
    at = next((i for i, q in enumerate(items) if q.start == p.start), None)
    if at is None:
        return [p]
    lo = hi = at
    while lo > 0 and _RATE_LINK.fullmatch(view[items[lo - 1].end : items[lo].start] + ""):
        lo -= 1
    while hi + 1 < len(items) and _RATE_LINK.fullmatch(view[items[hi].end : items[hi + 1].start]):
        hi += 1
    return items[lo : hi + 1]


def _in_rate_list(view: str, p) -> bool:
    return len(_rate_list(view, p)) >= 2


def _respectively(scope: Scope, p, default: str) -> str:
    view = scope.view
    s, _ = scope.sentence(p.start)
    split = view.rfind("分别", s, p.start)
    if split == -1:
        split = _rate_list(view, p)[0].start
    days: list[str] = []
    last_end = -2
    pattern, categories = vocab_re(tuple(sorted(_OVERTIME.items())))
    for m in pattern.finditer(view, s, split):
        category = categories[m.group()]
        # "法定节假日加班" is one kind of day: a generic 加班 right after a day word adds none.
        if category == "workday" and days and m.start() == last_end:
            last_end = m.end()
            continue
        last_end = m.end()
        if not days or days[-1] != category:
            days.append(category)
    rates = _rate_list(view, p) if "分别" not in view[s:p.start] else [q for q in percents(view, split, scope.sentence(p.start)[1])]
    index = next((i for i, q in enumerate(rates) if q.start == p.start), None)
    return days[index] if index is not None and index < len(days) and len(days) == len(rates) else default


_DEDUCT = re.compile(r"扣除|扣减|扣发|代扣|扣回|扣款|扣罚|克扣|扣")


@extractor("deduction_ratio")
def deduction_ratio(scope: Scope):
    view = scope.view
    for p in percents(view):
        if not scope.in_block(p.end - 1):
            continue
        s, _ = scope.sentence(p.start)
        kws = list(_DEDUCT.finditer(view, s, p.start))
        if not kws:
            continue
        kw = kws[0]
        gap = view[kw.end() : p.start]
        if re.search(r"试用|加班|社保|社会保险|公积金|个税|个人所得税", gap) or scope.negated(kw.start()):
            continue
        if re.search(r"[÷×*/]", view[max(s, p.start - 12) : p.end + 12]):
            continue  # "月标准工资÷21.75÷8×150%/200%": a formula for a rate, not a deduction
        written = merge(p.written, bounded(gap))
        yield scope.fact("deduction_ratio", p.value, "percent", kw.start(), p.end, written)


# "当月底薪加提成合计不足中山市最低工资标准的，甲方按最低工资标准补足": the contract itself puts a
# floor under the pay, so a base below the minimum wage is not a wage below it (最低工资规定第12条
# compares what is paid). Not "不予补足", and not a top-up of something else ("补足工时").
_SHORT_OF_MINIMUM = re.compile(r"(?:不足|低于|未达到?|达不到|少于|不够)[^。；;]{0,16}?最低工资(?:标准)?")
_TOPPED_UP = re.compile(r"(?<!不予)(?<!不)(?<!不再)(?:补足|补齐|补差|补发差额|按[^。；;，,]{0,12}最低工资(?:标准)?(?:支付|发放|计发|执行|计算))")


@extractor("wage_floor")
def wage_floor(scope: Scope):
    view = scope.view
    for m in _SHORT_OF_MINIMUM.finditer(view):
        if not scope.in_block(m.start()) or scope.negated(m.start()):
            continue
        s, e = scope.sentence(m.end())
        if re.search(r"扣|罚|赔", view[s : m.end()]) or re.search(r"小费|打赏|红包|客人|顾客", view):
            continue  # "扣后剩余部分低于最低工资的": a floor under deductions; tips counted as pay are not pay
        top = _TOPPED_UP.search(view, m.end(), e)
        if top and not re.search(r"工时|时间|工作日|天数|课时", view[m.end() : top.end()]):
            yield scope.fact("wage_floor", "minimum_wage", None, m.start(), top.end())
            return


# "加班费统一按每小时拾元计发", "加班工资15元/小时": a fixed hourly overtime amount, which
# rules compare with 150% of the hourly wage (月工资 ÷ 21.75 ÷ 8).
_OVERTIME_PAY_KW = re.compile(r"加班费|加班工资|加班报酬|延时工资|加点费|加班补贴|(?<!休息日)(?<!节假日)(?<!周末)加班(?=\s*(?:每小时|每个小时|每一小时))")
_PER_HOUR_BEFORE = re.compile(r"(?:每小时|每个小时|每一小时|每工时)\s*(?:按|为|计)?\s*$")


@extractor("overtime_hourly_pay")
def overtime_hourly_pay(scope: Scope):
    view = scope.view
    found = False
    for kw in _OVERTIME_PAY_KW.finditer(view):
        if scope.negated(kw.start()):
            continue
        s, _ = scope.sentence(kw.start())
        for m in money(view, max(s, kw.start() - 16), kw.start()):
            gap = view[m.end : kw.start()]
            # "统一按每小时15元计发加班补贴": the amount may come first
            if _PER_HOUR_BEFORE.search(view[max(s, m.start - 8) : m.start]) and re.fullmatch(r"\s*(?:统一|一律|均|统一按)?\s*(?:计发|发放|支付|计|发|的)?\s*", gap):
                if scope.in_block(m.end - 1):
                    found = True
                    yield scope.fact("overtime_hourly_pay", m.value, "yuan", m.start, kw.end(), {"per": "hour"})
                    break
    if found:
        return
    for kw in _OVERTIME_PAY_KW.finditer(view):
        if scope.negated(kw.start()):
            continue
        _, e = scope.sentence(kw.start())
        c_end = scope.clause(kw.start())[1]
        # "加班费：凡超出约定时间的，一律按每小时13元计发": a label's sentence is all about it
        labelled = view[kw.end() : kw.end() + 1] == ":"
        for m in money(view, kw.end(), e if labelled else min(e, kw.end() + 24)):
            hourly = m.per == "hour" or _PER_HOUR_BEFORE.search(view[max(kw.end(), m.start - 8) : m.start])
            if hourly and (labelled or m.start <= max(c_end, kw.end() + 16)) and scope.in_block(m.end - 1):
                yield scope.fact("overtime_hourly_pay", m.value, "yuan", kw.start(), m.end, {"per": "hour"})
                break


# "每天定额200件", "日产量不少于300件", "每日完成任务量100打": the pieces a day's normal work is
# expected to produce, which with a piece rate gives the wage of a normal working day.
_QUOTA = re.compile(
    r"(?:每天|每日|日|每个工作日)\s*(?:的)?\s*(?:定额|产量|生产定额|工作定额|任务量|任务|完成|加工|生产|需完成|须完成|应完成)"
    r"[^。;,，\d]{0,8}?(?P<b>不少于|不低于|至少|最少|为|是|:)?\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<u>件|个|只|双|套|条|打|份|单|箱|包)"
    # "标准产量为每人每日1,300件": the quota named first, the day after
    r"|(?:定额|标准产量|产量|任务量)\s*(?:为|是|:)?\s*(?:每人|人均)?\s*(?:每天|每日|每个工作日)\s*(?P<b2>不少于|不低于|至少|最少)?\s*(?P<n2>\d+)\s*(?P<u2>件|个|只|双|套|条|打|份|单|箱|包)"
)


@extractor("daily_quota")
def daily_quota(scope: Scope):
    view = scope.view
    for m in _QUOTA.finditer(view):
        if scope.negated(m.start()):
            continue
        n, unit, b = (m.group("n"), m.group("u"), m.group("b")) if m.group("n") else (m.group("n2"), m.group("u2"), m.group("b2"))
        value = to_number(n)  # the numeral view has dropped thousands separators ("1,300" reads 1300)
        if 0 < value <= 1_000_000:
            written = {"per": unit}
            if b in ("不少于", "不低于", "至少", "最少"):
                written["bound"] = "min"
            yield scope.fact("daily_quota", value, "piece", m.start(), m.end(), written)


# ---------------------------------------------------------------- pay tables with a total row

_TOTAL_ROW = re.compile(r"小计|合计|总计|应发|月工资合计|工资合计|约定月工资")


def prefer_table_totals(document, found: dict) -> None:
    """In a 薪酬确认表 whose rows are the parts of the pay (岗位工资 1840, 保育津贴 240) and one row is
    their total (小计 2080), the total is the wage: drop the parts' wage facts. Runs after
    extraction, on the facts read from table cells."""
    totals: dict[int, set[int]] = {}  # table -> rows labelled as a total
    for block in document.blocks:
        if block.kind == "table_cell" and block.col == 1 and _TOTAL_ROW.search(block.text):
            totals.setdefault(block.table, set()).add(block.row)
    if not totals:
        return
    blocks = document.blocks
    for name in ("wage", "probation_wage"):
        kept = []
        for fact in found.get(name, []):
            b = blocks[fact.span.block]
            if b.kind == "table_cell" and b.table in totals and b.row not in totals[b.table] and b.row != 1:
                continue
            kept.append(fact)
        if name in found:
            found[name] = kept
    normal = {t: _normal_time_wage(document, t, rows) for t, rows in totals.items()}
    normal = {t: f for t, f in normal.items() if f is not None}
    if normal:
        # the total counts pay the minimum wage leaves out: the table's wage is its normal-time parts
        found["wage"] = [f for f in found.get("wage", [])
                         if not (blocks[f.span.block].kind == "table_cell" and blocks[f.span.block].table in normal)]
        found["wage"] = sorted(found["wage"] + list(normal.values()), key=lambda f: (f.span.block, f.span.start))


# The rows of a pay table, by what 最低工资规定第12条 does with them: the pay for normal working
# time counts, while overtime pay, the allowances for middle and night shifts, heat, cold,
# underground and hazardous work, and statutory welfare are left out before the comparison.
_PART_BASE = re.compile(_BASE_WORDS)
_PART_NORMAL = re.compile(rf"{_NORMAL_PART_WORDS}|保育津贴")
_PART_LEFT_OUT = re.compile(r"加班|延时|延长|高温|低温|防暑|降温|中班|夜班|夜餐|井下|有毒|有害|特殊")
_ROW_AMOUNT = re.compile(r"\s*(?:人民币|¥|￥)?\s*(\d{2,6}(?:\.\d{1,2})?)\s*(?:元)?\s*(?:/\s*月|每月)?\s*")


def _normal_time_wage(document, table: int, total_rows: set[int]):
    """The wage of a pay table whose total includes parts the minimum wage leaves out
    ("基本工资 1780 / 全勤奖 150 / 早班加班补贴 150 / 高温津贴 150 / 合计 2080—2230"): the sum of
    its normal-time parts, on the base amount's cell. None unless every row with an amount is
    either a normal-time part or a left-out one, a base is among them and a left-out one too
    (otherwise the total row, or the parts as read, stand)."""
    cells = [b for b in document.blocks if b.kind == "table_cell" and b.table == table]
    rows: dict[int, list] = {}
    for b in cells:
        rows.setdefault(b.row, []).append(b)
    total, count, left_out, base = 0.0, 0, [], None
    for row, row_cells in sorted(rows.items()):
        if row in total_rows or row == 1:
            continue
        row_cells.sort(key=lambda b: b.col)
        label = row_cells[0].text.strip() if row_cells[0].col == 1 else ""
        amounts = [(b, _ROW_AMOUNT.fullmatch(b.text)) for b in row_cells[1:]]
        amounts = [(b, m) for b, m in amounts if m]
        if not amounts:
            continue
        if len(amounts) > 1 or not label:
            return None
        cell, m = amounts[0]
        if _PART_LEFT_OUT.search(label):
            left_out.append(label)
        elif _PART_BASE.search(label) or _PART_NORMAL.search(label):
            if base is None and _PART_BASE.search(label):
                base = (cell, m)
            total += to_number(m.group(1))
            count += 1
        else:
            return None  # a part the table does not say enough about (餐补, 绩效, 提成…)
    if base is None or not left_out:
        return None
    cell, m = base
    s, e = cell.to_original(m.start(1), m.end(1))
    return Fact(name="wage", value=int(total) if total == int(total) else total, unit="month",
                text=cell.original[s:e], span=Span(cell.index, s, e), page=cell.page,
                written={"per": "month", "from": "table", "as": "sum", "parts": count, "left_out": left_out})


# "月工资由3200元调整为2300元": a change of the wage, from one amount to another (value: the new
# amount, written.from: the old one). A notice that cuts it is a change the worker did not agree to.
_WAGE_CHANGE = re.compile(
    rf"(?:工资|月薪|薪资|底薪|薪酬|基本工资|岗位工资|月工资)(?:标准)?\s*(?:由|从)\s*(?:人民币)?\s*(?P<a>{NUM})\s*元(?:\s*/\s*月)?"
    rf"\s*(?:调整|下调|降低|调减|减少|改|变更|上调|调高|提高)\s*(?:为|至|到)\s*(?:人民币)?\s*(?P<b>{NUM})\s*元")


@extractor("wage_change")
def wage_change(scope: Scope):
    view = scope.view
    for m in _WAGE_CHANGE.finditer(view):
        if scope.negated(m.start()) or scope.conditional(m.start()):
            continue
        before, after = to_number(m.group("a")), to_number(m.group("b"))
        yield scope.fact("wage_change", after, "month", m.start(), m.end(), {"from": before})

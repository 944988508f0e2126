"""Leaving and its price: resign_notice_days, non_compete_months, non_compete_compensation,
penalty, deposit.

resign_notice_days (unit "day"): the worker's notice to resign: "乙方辞职应提前三个月书面通知
甲方" -> 90 (written {"value": 3, "unit": "month"}; a month is 30 days). The party giving
notice is the nearest party word before 提前 in the sentence (rules/lexicon/facts.yaml
`parties`); the employer's notice (甲方提前三十日通知乙方) is not this fact, nor is a leave
request ("请假须提前三天申请": the sentence must be about 辞职/离职/解除/终止), nor the
probation notice ("试用期内提前三日通知").

non_compete_months (unit "month"): "竞业限制期限为二年" -> 24; "离职后两年内不得到有竞争关系的
单位工作" in a 竞业 clause -> 24. non_compete_compensation: an amount in yuan (written
{"per": "month"}) or a percent of wage (unit "percent") said of 补偿 in a 竞业 clause.

penalty (违约金): unit "yuan" for an amount, "percent" for "合同总额的20%", "month_wage" for
"三个月工资" (value 3); written {"payer": "worker" | "employer"} when the sentence says who pays.
deposit (押金/保证金/风险金/…, lexicon `deposit`): an amount in yuan. Negated keywords ("甲方不
收取押金", "不得要求乙方缴纳保证金", "不设违约金") and zero amounts are not facts.
"""

from __future__ import annotations

import re

from checker.facts.context import bounded, keyword_pattern, lexicon, merge, nearest
from checker.facts.numerals import NUM, to_number
from checker.facts.quantities import dates, durations, first_duration, money, percents
from checker.facts.registry import extractor
from checker.facts.scope import Scope


def _parties() -> dict[str, str]:
    lex = lexicon()["parties"]
    vocab = {w: "worker" for w in lex["worker"]}
    vocab.update({w: "employer" for w in lex["employer"]})
    return vocab


_VERBS = re.compile(r"支付|承担|缴纳|交纳|交付|缴付|收取|约定|赔付|赔偿|扣除|扣留|缴|交|收|要求|提供")


def _negated(scope: Scope, kw_start: int) -> bool:
    """The keyword, or a verb before it in its clause (不得以任何名义向乙方收取押金), is negated."""
    if scope.negated(kw_start):
        return True
    s, _ = scope.clause(kw_start)
    for v in _VERBS.finditer(scope.view, max(s, kw_start - 16), kw_start):
        if scope.negated(v.start()):
            return True
    return False


# ---------------------------------------------------------------- notice

_NOTICE = re.compile(r"提前\s*(?:不少于|至少|最少)?\s*")
_RESIGN = re.compile(r"辞职|辞工|离职|解除|终止|离岗|退出|不再续|辞去")
_NOTICE_AFTER = re.compile(r"[^。;]{0,14}?(?:通知|告知|申请|提出|报告|书面)")


@extractor("resign_notice_days")
def resign_notice_days(scope: Scope):
    view = scope.view
    parties = _parties()
    avoid = [(d.start, d.end) for d in dates(view)]
    for m in _NOTICE.finditer(view):
        d = first_duration(view, m.end(), min(len(view), m.end() + 8), avoid)
        if d is None or d.start != m.end() or d.unit not in ("day", "workday", "week", "month"):
            continue
        if not _NOTICE_AFTER.match(view, d.end):
            continue
        s, e = scope.sentence(m.start())
        head = view[s : m.start()]
        if not _RESIGN.search(view, s, e) or "试用" in head:
            continue
        who = nearest(scope, m.start(), parties, s)
        if who is None:
            if not re.search(r"辞职|辞工|离职|辞去", view[s:e]):
                continue
        elif who[0] != "worker":
            continue
        if scope.negated(m.start()):
            continue
        written = merge(d.written("day"), {"bound": "min"} if view[m.start() : d.start].strip() != "提前" else None)
        yield scope.fact("resign_notice_days", d.days, "day", m.start(), d.end, written)


# ---------------------------------------------------------------- non-compete

_NC = re.compile(r"竞业限制|竞业禁止|竞业")
_NC_GAP_STOP = re.compile(r"补偿|违约金|工资|每月|平均|赔偿|范围|地域")


@extractor("non_compete_months")
def non_compete_months(scope: Scope):
    view = scope.view
    avoid = [(d.start, d.end) for d in dates(view)]
    done = False
    for kw in _NC.finditer(view):
        if _negated(scope, kw.start()):
            continue
        _, e = scope.sentence(kw.end())
        d = first_duration(view, kw.end(), min(e, kw.end() + 18), avoid)
        if d is None or d.unit not in ("year", "month"):
            continue
        gap = view[kw.end() : d.start]
        if _NC_GAP_STOP.search(gap) or "," in gap.replace("离职后,", ""):
            continue
        done = True
        written = merge(d.written("month"), bounded(gap + view[d.end : d.end + 3]))
        yield scope.fact("non_compete_months", d.months, "month", kw.start(), d.end, written)
    # "本合同终止或解除后三年内，乙方不得……加入与甲方有竞争关系的MCN机构": no 竞业 word, but a competitor named
    if done or not (_NC.search(view) or re.search(r"竞业|竞争", scope.before) or re.search(r"竞争关系|竞争对手|同类业务|同行业", view)):
        return
    for m in re.finditer(r"(?:离职|解除|终止)[^。;]{0,12}?(?:后|之日起)\s*", view):
        for d in durations(view, m.end(), min(len(view), m.end() + 8)):
            if d.start == m.end() and d.unit in ("year", "month") and re.match(r"\s*(?:内|之内|以内)", view[d.end :]):
                s, e = scope.sentence(m.start())
                # The restriction is said in the sentence, or under a 竞业限制 heading just before it.
                under_heading = re.search(r"竞业", scope.before[-30:]) and re.search(r"不得|禁止|不准|不能", view[s:e])
                if (re.search(r"竞争|竞业|同类|同行", view[s:e]) or under_heading) and not scope.negated(m.start()):
                    yield scope.fact("non_compete_months", d.months, "month", m.start(), d.end, d.written("month"))
            break


_COMP = {"补偿": "comp", "补偿金": "comp", "经济补偿": "comp", "竞业限制补偿": "comp", "竞业补偿": "comp",
         "违约金": "other", "赔偿": "other", "押金": "other", "罚款": "other", "赔偿金": "other"}


@extractor("non_compete_compensation")
def non_compete_compensation(scope: Scope):
    view = scope.view
    if not (_NC.search(view) or "竞业" in scope.before):
        return
    used: set[int] = set()
    for kw in re.finditer(r"补偿", view):
        if _negated(scope, kw.start()):
            continue
        s, e = scope.sentence(kw.start())
        amounts = [(x.start, x.end, x.value, "yuan", {"per": x.per} if x.per else None) for x in money(view, s, e)]
        amounts += [(p.start, p.end, p.value, "percent", p.written) for p in percents(view, s, e)]
        amounts = [a for a in amounts if scope.in_block(a[1] - 1)]
        if not amounts:
            continue
        # the amount nearest the keyword, as long as no other money word is nearer to it
        amounts.sort(key=lambda a: min(abs(a[0] - kw.end()), abs(kw.start() - a[1])))
        start, end, value, unit, written = amounts[0]
        if start in used:
            continue
        used.add(start)
        near = nearest(scope, start, _COMP, s) if start > kw.start() else None
        if near and near[0] != "comp":
            continue
        if unit == "yuan" and written is None and re.search(r"每月|按月|月", view[s:start]):
            written = {"per": "month"}
        lo, hi = min(kw.start(), start), max(kw.end(), end)
        written = merge(written, bounded(view[lo:start]))
        yield scope.fact("non_compete_compensation", value, unit, lo, hi, written)


# ---------------------------------------------------------------- penalty / deposit

_WAGE_MULTIPLE = re.compile(rf"(?P<n>{NUM})\s*(?:个)?\s*月\s*(?:的)?\s*(?:工资|薪资|月薪|薪酬|劳动报酬)")
# A service-period demand written without the word 违约金 ("应赔偿甲方培训费20000元") is one too.
_PENALTY_KW = re.compile(r"违约金|(?:赔偿|返还|退还|偿还|赔付)(?:甲方|公司|单位)?(?:全部)?培训费用?")


def _payer(scope: Scope, kw_start: int) -> str | None:
    s, _ = scope.sentence(kw_start)
    pattern = keyword_pattern(tuple(_parties()))
    for m in pattern.finditer(scope.view, s, kw_start):
        if m.start() > 0 and scope.view[m.start() - 1] in "向给对与和由被":
            if scope.view[m.start() - 1] == "由":
                return _parties()[m.group()]
            continue
        return _parties()[m.group()]
    return None


def _amount_after(scope: Scope, start: int, limit: int):
    """The first amount in view[start:limit]: (start, end, value, unit, written)."""
    view = scope.view
    found = []
    for x in money(view, start, limit):
        found.append((x.start, x.end, x.value, "yuan", {"per": x.per} if x.per else None))
    for p in percents(view, start, limit):
        found.append((p.start, p.end, p.value, "percent", p.written))
    for w in _WAGE_MULTIPLE.finditer(view, start, limit):
        found.append((w.start(), w.end(), to_number(w.group("n")), "month_wage", None))
    found.sort(key=lambda a: a[0])
    return found[0] if found else None


def _amount_before(scope: Scope, kw_start: int):
    """An amount just before the keyword: "缴纳2000元押金", "支付三个月工资的违约金"."""
    view = scope.view
    s, _ = scope.clause(kw_start)
    for x in reversed(money(view, s, kw_start)):
        if re.fullmatch(r"\s*(?:的|作为|作|为)?\s*", view[x.end : kw_start]):
            return (x.start, x.end, x.value, "yuan", {"per": x.per} if x.per else None)
        break
    for w in reversed(list(_WAGE_MULTIPLE.finditer(view, s, kw_start))):
        if re.fullmatch(r"\s*(?:的|作为|作|为)?\s*", view[w.end() : kw_start]):
            return (w.start(), w.end(), to_number(w.group("n")), "month_wage", None)
        break
    return None


@extractor("penalty")
def penalty(scope: Scope):
    yield from _priced(scope, "penalty", _PENALTY_KW, with_payer=True)


@extractor("deposit")
def deposit(scope: Scope):
    yield from _priced(scope, "deposit", keyword_pattern(tuple(lexicon()["deposit"])), with_payer=False)


def _priced(scope: Scope, name: str, keyword: re.Pattern, with_payer: bool):
    view = scope.view
    for kw in keyword.finditer(view):
        if _negated(scope, kw.start()) or re.match(r"\s*(?:为|:)?\s*(?:无|没有|不收取|不设|免收|0\s*元)", view[kw.end() :]):
            continue
        _, e = scope.sentence(kw.end())
        limit = min(e, kw.end() + 20)
        comma = view.find(",", kw.end(), limit)
        if comma != -1:
            limit = comma
        after = _amount_after(scope, kw.end(), limit)
        before = None if after else _amount_before(scope, kw.start())
        amount = after or before
        if amount is None:
            continue
        start, end, value, unit, written = amount
        if not value or not scope.in_block(end - 1):
            continue
        lo, hi = min(kw.start(), start), max(kw.end(), end)
        extra = bounded(view[lo:start])
        if with_payer and (payer := _payer(scope, kw.start())):
            extra = merge(extra, {"payer": payer})
        if with_payer and (context := _penalty_context(scope, kw.start())):
            extra = merge(extra, {"context": context})
        yield scope.fact(name, value, unit, lo, hi, merge(written, extra))


_TRAINING = re.compile(r"服务期|培训")
_NON_COMPETE = re.compile(r"竞业")


def _penalty_context(scope: Scope, index: int) -> str | None:
    """What a 违约金 is for, from its sentence: "training" (服务期, 劳动合同法第22条),
    "non_compete" (第23条), or None. Rules use it to tell lawful penalties apart."""
    s, e = scope.sentence(index)
    sentence = scope.view[s:e]
    if _NON_COMPETE.search(sentence):
        return "non_compete"
    if _TRAINING.search(sentence):
        return "training"
    return None


@extractor("training_cost")
def training_cost(scope: Scope):
    """培训费用人民币贰仟元 -> 2000 yuan: what a service-period penalty may not exceed."""
    view = scope.view
    for kw in _TRAINING_COST.finditer(view):
        if _negated(scope, kw.start()):
            continue
        _, e = scope.sentence(kw.end())
        # "应赔偿甲方培训费20000元" is a demand on the worker, not what the training cost.
        if re.search(r"(赔偿|返还|退还|支付|偿还|赔付|承担)[^。;,]{0,4}$", view[max(0, kw.start() - 8) : kw.start()]):
            continue
        amount = _amount_after(scope, kw.end(), min(e, kw.end() + 16))
        if amount is None:
            # "培训费用（讲师费、教材、场地）由甲方承担，按人均1200元核算"
            late = re.match(r"\s*\([^)]{0,20}\)[^。;]{0,12}?(?:按|为|计|核算)(?:人均|每人)?", view[kw.end() : e])
            amount = _amount_after(scope, kw.end() + late.end(), min(e, kw.end() + late.end() + 10)) if late else None
        if amount is None:
            continue
        start, end, value, unit, written = amount
        # "培训费4,200元及培训期间差旅住宿费600元，合计4,800元": the training costs are the total
        # (劳动合同法实施条例第十六条 counts the travel costs of the training in)
        total = _TOTAL.search(view, end, min(e, end + 30))
        if total and unit == "yuan":
            more = _amount_after(scope, total.end(), min(e, total.end() + 12))
            if more and more[3] == "yuan" and more[2] > value:
                end, value, written = more[1], more[2], more[4]
        if value and unit == "yuan" and scope.in_block(end - 1):
            yield scope.fact("training_cost", value, unit, kw.start(), end, written)


_TRAINING_COST = re.compile(r"培训费用?")
_TOTAL = re.compile(r"(?:合计|共计|总计|总额|共)\s*(?:为|是|人民币)?")

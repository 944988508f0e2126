"""Word auto-numbering: compute the label Word renders in front of a paragraph.

`paragraph.text` never contains "第三条" or "1.1" when the number comes from a Word
list, yet the clause segmenter needs it. This module resolves a paragraph's
`w:numPr` (direct or through its style chain) against the numbering part
(w:num -> w:abstractNum -> w:lvl) and keeps counters the way Word does:

- counters belong to a list instance: every w:num without overrides that points to
  the same w:abstractNum continues the same list (Word's behaviour); a w:num with a
  w:lvlOverride (e.g. "restart numbering") is a list of its own;
- using a level restarts deeper levels (w:lvlRestart refines or disables this);
- empty numbered paragraphs advance the counter too (Word shows their number).

Only the label is produced (no suffix tab/space). Bullets produce no label.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


W_VAL = w("val")


def _val(el: Any, child: str) -> str | None:
    """The w:val of `el`'s child `child`, or None."""
    if el is None:
        return None
    found = el.find(w(child))
    if found is None:
        return None
    return found.get(W_VAL)


def _int(value: str | None, default: int | None = None) -> int | None:
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        return default


# ---------------------------------------------------------------- number formats

_CN_DIGITS = "零一二三四五六七八九"
_CN_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"


def chinese_counting(n: int, digits: str = _CN_DIGITS, units: str = "十百千", legal: bool = False) -> str:
    """Chinese counting as Word renders it: 1 一, 10 十, 11 十一, 20 二十, 101 一百零一."""
    if n <= 0:
        return digits[0]
    if n >= 10000:
        return str(n)
    parts: list[str] = []
    values = [(1000, units[2]), (100, units[1]), (10, units[0]), (1, "")]
    pending_zero = False
    started = False
    for value, unit in values:
        d = (n // value) % 10
        if d == 0:
            if started:
                pending_zero = True
            continue
        if pending_zero:
            parts.append(digits[0])
            pending_zero = False
        if not (d == 1 and value == 10 and not started and not legal):
            parts.append(digits[d])
        parts.append(unit)
        started = True
    return "".join(parts)


def _roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    table = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    out = []
    for value, sym in table:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    """Word's letter numbering: A..Z, then AA, BB, ..., then AAA."""
    if n <= 0:
        return str(n)
    repeat = (n - 1) // 26 + 1
    return chr(ord("A") + (n - 1) % 26) * repeat


def _enclosed(n: int, first: int, count: int = 20) -> str:
    return chr(first + n - 1) if 1 <= n <= count else str(n)


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


MAX_COUNTER = 32767
MAX_LETTER_COUNTER = 780


def format_number(n: int, fmt: str) -> str:
    """Render counter `n` in Word number format `fmt` (ST_NumberFormat)."""
    if fmt in ("none", "bullet"):
        return ""
    # Word's counters stop at 32767 and its lettered labels at 780 (ZZ…Z, 30 letters); a file
    # that declares w:start 2000000000 must not build a label of millions of characters
    n = max(0, min(n, MAX_COUNTER))
    if fmt in ("upperLetter", "lowerLetter"):
        n = min(n, MAX_LETTER_COUNTER)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("upperLetter",):
        return _letter(n)
    if fmt in ("lowerLetter",):
        return _letter(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt in (
        "chineseCounting",
        "chineseCountingThousand",
        "japaneseCounting",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
    ):
        return chinese_counting(n)
    if fmt in ("chineseLegalSimplified",):
        return chinese_counting(n, _CN_LEGAL_DIGITS, "拾佰仟", legal=True)
    if fmt in ("ideographLegalTraditional",):
        return chinese_counting(n, "零壹貳參肆伍陸柒捌玖", "拾佰仟", legal=True)
    if fmt in ("ideographDigital", "japaneseDigitalTenThousand", "taiwaneseDigital"):
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if fmt == "ideographTraditional":  # Word: 甲, 乙, 丙, ... (heavenly stems)
        return _HEAVENLY_STEMS[(n - 1) % 10] if n > 0 else str(n)
    if fmt == "ideographZodiac":  # 子, 丑, 寅, ...
        return _EARTHLY_BRANCHES[(n - 1) % 12] if n > 0 else str(n)
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return _enclosed(n, 0x2460)  # ① ...
    if fmt == "decimalEnclosedParen":
        return _enclosed(n, 0x2474)  # ⑴ ...
    if fmt == "decimalEnclosedFullstop":
        return _enclosed(n, 0x2488)  # ⒈ ...
    if fmt == "ordinal":
        return _ordinal(n)
    return str(n)  # decimal and anything we do not know


# ---------------------------------------------------------------- numbering model


@dataclass
class Level:
    fmt: str = "decimal"
    text: str | None = None  # w:lvlText, e.g. "第%1条", "%1.%2"
    start: int = 1
    restart: int | None = None  # w:lvlRestart (1-based level; 0 = never restart)
    is_lgl: bool = False
    pstyle: str | None = None


def _parse_level(lvl: Any) -> Level:
    level = Level()
    level.fmt = _val(lvl, "numFmt") or "decimal"
    text_el = lvl.find(w("lvlText"))
    if text_el is not None:
        level.text = text_el.get(W_VAL)
    level.start = _int(_val(lvl, "start"), 1) or 0
    level.restart = _int(_val(lvl, "lvlRestart"))
    is_lgl = lvl.find(w("isLgl"))
    level.is_lgl = is_lgl is not None and is_lgl.get(W_VAL, "true") not in ("0", "false", "off")
    level.pstyle = _val(lvl, "pStyle")
    return level


class Styles:
    """The bits of styles.xml the reader needs: names, basedOn, numPr, outline level."""

    def __init__(self, styles_el: Any | None):
        self.by_id: dict[str, Any] = {}
        self.default_paragraph: str | None = None
        if styles_el is None:
            return
        for style in styles_el.iter(w("style")):
            style_id = style.get(w("styleId"))
            if not style_id:
                continue
            self.by_id.setdefault(style_id, style)
            if style.get(w("type")) == "paragraph" and style.get(w("default")) in ("1", "true", "on"):
                self.default_paragraph = style_id

    def chain(self, style_id: str | None) -> list[Any]:
        """The style and its basedOn ancestors (cycle-safe)."""
        out: list[Any] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self.by_id:
            seen.add(style_id)
            style = self.by_id[style_id]
            out.append(style)
            style_id = _val(style, "basedOn")
        return out

    def name(self, style_id: str | None) -> str | None:
        style = self.by_id.get(style_id or "")
        if style is None:
            return None
        return _val(style, "name") or style_id

    def numpr(self, style_id: str | None) -> tuple[str | None, int | None]:
        """(numId, ilvl) inherited from the style chain."""
        num_id: str | None = None
        ilvl: int | None = None
        for style in self.chain(style_id):
            numpr = style.find(f"{w('pPr')}/{w('numPr')}")
            if numpr is None:
                continue
            if num_id is None:
                num_id = _val(numpr, "numId")
            if ilvl is None:
                ilvl = _int(_val(numpr, "ilvl"))
            if num_id is not None:
                break
        return num_id, ilvl

    def outline_level(self, style_id: str | None) -> int | None:
        for style in self.chain(style_id):
            value = _int(_val(style.find(w("pPr")), "outlineLvl"))
            if value is not None:
                return value
        return None


class Numbering:
    """Numbering definitions plus the running counters of one document pass."""

    def __init__(self, numbering_el: Any | None, styles: Styles):
        self.styles = styles
        self.abstract: dict[str, dict[int, Level]] = {}
        self.abstract_style_link: dict[str, str] = {}  # abstractNumId -> numStyleLink style
        self.nums: dict[str, tuple[str, dict[int, Level], dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int | None]] = {}
        if numbering_el is None:
            return
        for abstract in numbering_el.iter(w("abstractNum")):
            abs_id = abstract.get(w("abstractNumId"))
            if abs_id is None:
                continue
            levels = {}
            for lvl in abstract.findall(w("lvl")):
                ilvl = _int(lvl.get(w("ilvl")))
                if ilvl is not None:
                    levels[ilvl] = _parse_level(lvl)
            self.abstract[abs_id] = levels
            link = _val(abstract, "numStyleLink")
            if link:
                self.abstract_style_link[abs_id] = link
        for num in numbering_el.iter(w("num")):
            num_id = num.get(w("numId"))
            abs_id = _val(num, "abstractNumId")
            if num_id is None or abs_id is None:
                continue
            level_overrides: dict[int, Level] = {}
            start_overrides: dict[int, int] = {}
            for override in num.findall(w("lvlOverride")):
                ilvl = _int(override.get(w("ilvl")))
                if ilvl is None:
                    continue
                start = _int(_val(override, "startOverride"))
                if start is not None:
                    start_overrides[ilvl] = start
                lvl = override.find(w("lvl"))
                if lvl is not None:
                    level_overrides[ilvl] = _parse_level(lvl)
            self.nums[num_id] = (abs_id, level_overrides, start_overrides)

    # -- resolution

    def _abstract_id(self, num_id: str, depth: int = 0) -> str | None:
        entry = self.nums.get(num_id)
        if entry is None:
            return None
        abs_id = entry[0]
        link = self.abstract_style_link.get(abs_id)
        if link and depth < 4:  # numStyleLink -> style's numId -> the real definition
            linked_num, _ = self.styles.numpr(link)
            if linked_num and linked_num != num_id:
                resolved = self._abstract_id(linked_num, depth + 1)
                if resolved is not None:
                    return resolved
        return abs_id

    def _level(self, num_id: str, abs_id: str, ilvl: int) -> Level | None:
        overrides = self.nums[num_id][1]
        if ilvl in overrides:
            return overrides[ilvl]
        return self.abstract.get(abs_id, {}).get(ilvl)

    def paragraph_numpr(self, ppr: Any, style_id: str | None) -> tuple[str, int] | None:
        """(numId, ilvl) in effect for a paragraph, or None when not numbered."""
        num_id: str | None = None
        ilvl: int | None = None
        numpr = ppr.find(w("numPr")) if ppr is not None else None
        if numpr is not None:
            num_id = _val(numpr, "numId")
            ilvl = _int(_val(numpr, "ilvl"))
        if num_id is None:
            style_num, style_ilvl = self.styles.numpr(style_id)
            num_id = style_num
            if ilvl is None:
                ilvl = style_ilvl
            if num_id is not None and ilvl is None:
                abs_id = self._abstract_id(num_id)
                for lvl_no, level in sorted(self.abstract.get(abs_id or "", {}).items()):
                    if level.pstyle and level.pstyle == style_id:
                        ilvl = lvl_no
                        break
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None
        return num_id, max(0, min(ilvl or 0, 8))

    def next_label(self, num_id: str, ilvl: int) -> tuple[str | None, bool]:
        """Advance the counters for one numbered paragraph.

        Returns (label, is_bullet); label is None for bullets and empty labels.
        """
        abs_id = self._abstract_id(num_id)
        if abs_id is None:
            return None, False
        _, level_overrides, start_overrides = self.nums[num_id]
        instance = f"num:{num_id}" if (level_overrides or start_overrides) else f"abs:{abs_id}"
        counters = self.counters.setdefault(instance, {})

        def start_of(k: int) -> int:
            if k in start_overrides:
                return start_overrides[k]
            level = self._level(num_id, abs_id, k)
            return level.start if level is not None else 1

        current = counters.get(ilvl)
        counters[ilvl] = start_of(ilvl) if current is None else current + 1
        for deeper in [k for k in counters if k > ilvl]:
            level = self._level(num_id, abs_id, deeper)
            threshold = deeper if level is None or level.restart is None else level.restart
            if ilvl < threshold:
                counters[deeper] = None

        level = self._level(num_id, abs_id, ilvl)
        if level is None:
            return None, False
        if level.fmt == "bullet":
            return None, True
        template = level.text if level.text is not None else f"%{ilvl + 1}."
        out: list[str] = []
        i = 0
        while i < len(template):
            ch = template[i]
            if ch == "%" and i + 1 < len(template) and template[i + 1] in "123456789":
                k = int(template[i + 1]) - 1
                value = counters.get(k)
                if value is None:
                    value = start_of(k)
                ref = self._level(num_id, abs_id, k)
                fmt = "decimal" if (level.is_lgl and k != ilvl) else (ref.fmt if ref else "decimal")
                if level.is_lgl and k == ilvl and fmt not in ("none", "bullet"):
                    fmt = "decimal"
                out.append(format_number(value, fmt))
                i += 2
                continue
            out.append(ch)
            i += 1
        label = "".join(out).strip()
        return (label or None), False

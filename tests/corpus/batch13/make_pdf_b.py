# -*- coding: utf-8 -*-
"""Build unlawful-home-outwork-employment.pdf (居家承揽加工协议) with reportlab.
Run: /work/main/.venv/bin/python make_pdf.py
Uses the built-in CID font STSong-Light; the source text is kept in this script
and wrapped to the page width by measuring string widths."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONT = "STSong-Light"

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "unlawful-home-outwork-employment.pdf")

TEXT = """#居家承揽加工协议
@协议编号：JXF-WF-2026-058

定作方（甲方）：中山市沙溪镇锦绣坊制衣有限公司
统一社会信用代码：91442000MA53P8WL4E
地址：中山市沙溪镇康乐北路26号
法定代表人：刘永康
联系电话：13800005092

承揽方（乙方）：吴秀梅
身份证号码：442000198908270000
住址：中山市沙溪镇圣狮村龙瑞街9号
联系电话：13800008364

为帮扶家中有幼儿的妇女在家门口增收，甲方将部分服装手工工序外发给乙方在家中完成。双方依据《中华人民共和国民法典》关于承揽合同的规定，订立本协议。

第一条 加工内容
乙方为甲方加工女装连衣裙、上衣的手工钉珠、钉亮片及剪线头工序，具体款式和工艺要求以甲方每日派发的生产单为准。

第二条 协议期限
本协议期限自2026年10月26日起至2027年10月25日止。期满后乙方表现良好的，可以续签。

第三条 加工数量与工作时间
（一）乙方每日须完成甲方派发的定额：钉珠片不少于200片，或折算为等量的其他工序，当日定额当日完成。
（二）为保证交货进度，乙方每周一至周六上午8:30至11:30、下午14:00至17:30须登录甲方“锦绣工坊”手机APP签到并保持在线，周日休息。甲方外发组组长可随时发起视频抽查，乙方应在5分钟内接通并展示加工情况。
（三）甲方每日下午派车到村里送料、收货；每周一上午9:00乙方须到甲方车间参加生产例会。

第四条 管理
乙方须遵守甲方《员工手册》中有关考勤、品质和保密的规定，接受甲方外发组组长的管理和月度考核，不得将甲方物料转交他人加工。

第五条 设备、押金及安全
（一）甲方向乙方提供手持式钉珠器一台及剪刀、钉珠针、台灯等工具，乙方领用时应向甲方缴纳设备押金人民币壹仟元，协议终止并交还设备后退还，设备有损坏的从押金中扣除。
（二）甲方在乙方开工前对其进行钉珠器使用及用电安全培训。

第六条 加工费
（一）计件单价：钉珠片每片0.45元，剪线头每件0.15元，其他工序按生产单标价。
（二）加工费按自然月结算，甲方于次月25日前转账支付至乙方银行账户。
（三）有下列情形的，甲方从当月加工费中扣款：
1. 当日未完成定额的，每差一片扣0.5元；
2. APP签到迟到或视频抽查未接通的，每次扣20元；累计三次的记旷工半天，另扣50元；
3. 当月返工率超过3%的，按当月加工费的5%扣罚。

第七条 社会保险及责任
（一）乙方为独立承揽人，不是甲方员工，甲方不为乙方缴纳社会保险。
（二）乙方在家中加工期间发生的人身伤害或疾病，由乙方自行承担，甲方不承担任何责任。

第八条 协议解除
甲方订单减少时，双方协商调整派单量。乙方不再承接加工的，应提前十五日告知甲方，并交还物料和设备。

第九条 其他
本协议未尽事宜由双方协商解决。本协议一式两份，双方各执一份，自签字盖章之日起生效。

甲方（盖章）：中山市沙溪镇锦绣坊制衣有限公司
法定代表人（签字）：刘永康
日期：2026年10月26日

乙方（签字）：吴秀梅
日期：2026年10月26日
"""

PAGE_W, PAGE_H = A4
MARGIN_X = 64
MARGIN_TOP = 70
MARGIN_BOTTOM = 64
BODY = 11
LEADING = 18


def wrap(line, size, width):
    """Wrap one logical line (CJK, no spaces needed) to the given width."""
    out, cur = [], ""
    for ch in line:
        if pdfmetrics.stringWidth(cur + ch, FONT, size) > width:
            # keep closing punctuation off the start of the next line
            if ch in "，。；：、）》”！？" and cur:
                cur += ch
                out.append(cur)
                cur = ""
                continue
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def build():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("居家承揽加工协议")
    width = PAGE_W - 2 * MARGIN_X
    y = PAGE_H - MARGIN_TOP
    page = 1

    def new_page():
        nonlocal y, page
        c.setFont(FONT, 9)
        c.drawCentredString(PAGE_W / 2, 36, "第 %d 页" % page)
        c.showPage()
        page += 1
        y = PAGE_H - MARGIN_TOP

    for raw in TEXT.split("\n"):
        if raw.startswith("#"):
            size, text, center = 18, raw[1:], True
        elif raw.startswith("@"):
            size, text, center = 10, raw[1:], True
        else:
            size, text, center = BODY, raw, False
        if not text.strip():
            y -= LEADING * 0.6
            continue
        for piece in wrap(text, size, width):
            if y < MARGIN_BOTTOM:
                new_page()
            c.setFont(FONT, size)
            if center:
                c.drawCentredString(PAGE_W / 2, y, piece)
            else:
                c.drawString(MARGIN_X, y, piece)
            y -= LEADING if size <= BODY else LEADING * 1.6
    c.setFont(FONT, 9)
    c.drawCentredString(PAGE_W / 2, 36, "第 %d 页" % page)
    c.save()
    print("wrote", OUT)


if __name__ == "__main__":
    build()

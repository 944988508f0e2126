#!/usr/bin/env python3
"""Generate lawful-t-milk-tea-stall-partnership.pdf (batch19, prefix t).

Run:  /work/main/.venv/bin/python make_pdf_t.py
The text lives here; reportlab invariant mode keeps the output deterministic.
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "lawful-t-milk-tea-stall-partnership.pdf")
FONT = "STSong-Light"

TITLE = "合伙经营协议（奶茶摊）"

LINES = [
    "甲方（合伙人）：冯嘉慧　　身份证号：442000199002250000",
    "住址：中山市三乡镇雅居乐花园8栋1202房　　电话：18800000000",
    "乙方（合伙人）：区淑仪　　身份证号：442000199206300000",
    "住址：中山市三乡镇平南村南安街11号　　电话：18900000000",
    "",
    "甲乙双方均为在家带孩子的母亲，为利用空余时间增加家庭收入，决定共同出资、共同经营",
    "一个奶茶流动摊位。经平等协商，依照《中华人民共和国民法典》的有关规定，订立本协议。",
    "",
    "第一条　合伙经营项目",
    "1. 经营项目：现制奶茶、柠檬茶、水果茶（不经营凉菜、生食类及含酒精饮品）。",
    "2. 经营地点：三乡镇人民政府划定的文昌路夜市临时摊区第27号摊位（不在学校周边）。",
    "3. 经营时间：每天17:30至22:30，遇恶劣天气双方商量是否出摊。",
    "4. 摊位字号：\"两个妈妈茶铺\"。食品摊贩登记卡以甲方名义办理，双方均应持有效健康",
    "   证明上摊，登记卡张挂在摊位明显位置。",
    "",
    "第二条　出资",
    "1. 合伙总投资人民币30,000元，用于购买餐车、制冰机、封口机、首批原料及办理证照。",
    "2. 甲方出资18,000元（占60%），乙方出资12,000元（占40%），于2025年5月10日前",
    "   转入双方共同管理的经营账户（户名：冯嘉慧，开户行：中山农商银行三乡支行）。",
    "3. 合伙购置的餐车及设备为双方按出资比例共有，任何一方不得擅自处分。",
    "",
    "第三条　经营分工",
    "1. 双方共同出摊，原则上每晚两人同时在摊；一方因照顾孩子不能出摊的，提前一天告知",
    "   对方，当晚由另一方经营或不出摊。",
    "2. 甲方负责采购原料、对接供应商、保管登记卡及票据；乙方负责记账、微信收款对账、",
    "   摊位卫生和原料保质期检查。",
    "3. 新增品种、调整售价、单笔超过1,000元的采购，须双方一致同意。",
    "4. 双方均不从合伙中领取工资，各自的劳动付出通过利润分配体现。",
    "",
    "第四条　账目与利润分配",
    "1. 每日营业额全部进入经营账户，每晚收摊后双方在记账群里核对当日流水。",
    "2. 每月5日前结算上月账目：营业收入扣除原料、摊位管理费、水电、损耗等成本后为净利润。",
    "3. 净利润按甲方60%、乙方40%分配，于每月8日前转入各自账户；经营账户保留不少于",
    "   2,000元作为周转金。",
    "4. 出现亏损的，按出资比例分担；任何一方可随时查阅账目和票据。",
    "",
    "第五条　食品安全与责任",
    "1. 双方共同遵守食品安全规定，原料从有资质的供应商进货并保留进货票据，不使用过期",
    "   原料，每日清洗消毒器具。",
    "2. 因经营产生的对外债务和顾客索赔，先以合伙财产清偿，不足部分由双方按出资比例承担；",
    "   因一方故意或重大过失造成的，由过错方承担，另一方先行承担的可以向其追偿。",
    "3. 双方合伙购买摊位公众责任险一份，保费列入经营成本。",
    "",
    "第六条　入伙、退伙",
    "1. 未经对方同意，任何一方不得将份额转让给他人或吸收新合伙人。",
    "2. 一方要求退伙的，应提前一个月告知对方；退伙时按当月末账面净资产和设备折价结算",
    "   其份额，另一方有优先受让权。",
    "3. 未提前告知擅自退出、导致摊位停业的，退出方应赔偿另一方因此造成的实际损失，",
    "   另支付违约金2,000元。",
    "",
    "第七条　合伙期限与解散",
    "1. 合伙期限自2025年5月10日起至2026年5月9日止，期满双方同意的可以续约。",
    "2. 摊区被取消、双方协商一致或连续三个月亏损的，可以解散合伙，清偿债务后剩余财产",
    "   按出资比例分配。",
    "",
    "第八条　争议解决",
    "双方发生争议的，协商解决；协商不成的，可以请三乡镇人民调解委员会调解，或向中山市",
    "第二人民法院起诉。",
    "",
    "第九条　其他",
    "本协议一式两份，双方各执一份，自双方签字之日起生效。",
    "",
    "甲方（签字、按手印）：冯嘉慧　　　　　　乙方（签字、按手印）：区淑仪",
    "签订日期：2025年5月6日　　　　　　　　签订日期：2025年5月6日",
]


def build():
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle(TITLE)
    c.setAuthor("冯嘉慧 区淑仪")
    width, height = A4
    left = 20 * mm
    top = height - 22 * mm
    bottom = 22 * mm
    leading = 6.2 * mm
    page = 1

    def new_page(first):
        nonlocal page
        c.setFont(FONT, 8)
        c.drawString(left, height - 12 * mm, "两个妈妈茶铺　合伙经营协议")
        c.drawRightString(width - left, 12 * mm, "第 %d 页" % page)
        y = top
        if first:
            c.setFont(FONT, 16)
            c.drawCentredString(width / 2, y, TITLE)
            y -= 12 * mm
        c.setFont(FONT, 10.5)
        return y

    y = new_page(True)
    for line in LINES:
        if y < bottom:
            c.showPage()
            page += 1
            y = new_page(False)
        c.drawString(left, y, line)
        y -= leading
    c.showPage()
    c.save()


if __name__ == "__main__":
    build()
    print("wrote", OUT)

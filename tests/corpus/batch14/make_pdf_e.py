# -*- coding: utf-8 -*-
"""生成 unlawful-outwork-lamp.pdf（计件承揽协议）。
使用 reportlab 内置 CID 字体 STSong-Light；正文保存在本脚本中，按页宽自动换行。
运行：/work/main/.venv/bin/python make_pdf.py"""
import os

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "unlawful-outwork-lamp.pdf")

TITLE = "计件承揽协议"
SUB = "（灯饰配件居家加工／甲方统一文本第2026-3版）"

BODY = [
    ("h", "协议双方"),
    ("p", "定作人（甲方）：中山市古镇华灿灯饰配件有限公司，地址：中山市古镇镇同益工业园二路6号，负责人：邓建华，电话：13800003908。"),
    ("p", "承揽人（乙方）：麦嘉玲，身份证号：442000199112040000，住址：中山市古镇镇冈东村东兴路4巷8号，电话：13800006752。"),
    ("p", "乙方在家照顾小孩，利用空余时间承接甲方外发的水晶灯配件加工。为明确双方权利义务，甲方以本统一文本与乙方签订本协议。"),
    ("h", "第一条　加工内容"),
    ("p", "乙方按甲方样品，将水晶珠串接成灯饰挂串，并用甲方提供的电烙铁将挂串端头金属扣焊接牢固。每批加工的款式、数量、单价、交货日期以甲方开具的《发货单》为准。"),
    ("h", "第二条　材料与工具"),
    ("p", "水晶珠、金属扣、焊锡丝由甲方提供；电烙铁及烙铁架由甲方借给乙方使用，协议终止时归还。乙方收料时应当场点数，收料后短少的由乙方负责。"),
    ("h", "第三条　加工方式"),
    ("p", "乙方在自己家中加工，自行安排加工时间，甲方不考勤、不规定每日产量。乙方可以不接某一批货，也可以同时接其他厂家的活。"),
    ("h", "第四条　计件报酬"),
    ("p", "加工费按验收合格的挂串数量计算，单价以《发货单》为准（例：8珠标准挂串0.8元/串）。甲方每月5日前对上月已验收的货款进行结算，10日前转入乙方银行账户。"),
    ("h", "第五条　交货验收"),
    ("p", "乙方按《发货单》约定的日期交货，甲方收货后3日内验收。不合格品由乙方返工，返工后仍不合格的不计加工费。"),
    ("h", "第六条　材料保管"),
    ("p", "乙方应妥善保管甲方材料。因乙方保管不善造成材料丢失、损坏的，按甲方进货价赔偿，可从当月加工费中扣除。"),
    ("h", "第七条　保密"),
    ("p", "乙方不得将甲方样品、款式外借他人或拍照外传。"),
    ("h", "第八条　安全责任"),
    ("p", "乙方在家使用电烙铁等工具加工期间发生的烫伤、触电、割伤等任何人身伤害，不论原因如何（包括甲方借出的电烙铁本身存在漏电、接触不良等故障），均由乙方自行承担，甲方不负任何赔偿责任。乙方签订本协议即表示自愿承担上述风险。"),
    ("h", "第九条　订单取消"),
    ("p", "甲方可根据客户订单变化，随时取消已发给乙方但尚未交货的加工任务。取消后，乙方应在3日内退回全部材料及半成品；乙方已完成但未交货的挂串、已投入的工时及其他费用，甲方一概不予结算，也不作任何补偿。"),
    ("h", "第十条　协议期限"),
    ("p", "本协议有效期自2026年10月15日起至2027年10月14日止。期满未续签而继续发货的，按本协议条款执行。"),
    ("h", "第十一条　争议处理"),
    ("p", "本协议各条款的解释权归甲方所有。因本协议发生的任何争议，以甲方的解释为准，乙方不得就此向仲裁机构或人民法院提起仲裁或诉讼。"),
    ("h", "第十二条　其他"),
    ("p", "本协议为甲方统一制式文本，乙方签字即视为已阅读并充分理解全部条款，不得以未注意或不理解为由提出异议。本协议一式两份，双方各执一份。"),
    ("s", ""),
    ("p", "甲方（盖章）：中山市古镇华灿灯饰配件有限公司　　代表：邓建华"),
    ("p", "乙方（签字并按手印）：麦嘉玲"),
    ("p", "签订日期：2026年10月12日"),
]


def main():
    title = ParagraphStyle("t", fontName="STSong-Light", fontSize=18, leading=26,
                           alignment=TA_CENTER, wordWrap="CJK")
    sub = ParagraphStyle("s", fontName="STSong-Light", fontSize=10, leading=16,
                         alignment=TA_CENTER, wordWrap="CJK")
    head = ParagraphStyle("h", fontName="STSong-Light", fontSize=12, leading=20,
                          spaceBefore=6, wordWrap="CJK")
    body = ParagraphStyle("p", fontName="STSong-Light", fontSize=11, leading=18,
                          firstLineIndent=22, wordWrap="CJK")
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm,
                            title=TITLE, author="中山市古镇华灿灯饰配件有限公司")
    story = [Paragraph(TITLE, title), Paragraph(SUB, sub), Spacer(1, 8)]
    for kind, text in BODY:
        if kind == "h":
            story.append(Paragraph(text, head))
        elif kind == "p":
            story.append(Paragraph(text, body))
        else:
            story.append(Spacer(1, 14))
    doc.build(story)
    print("written", OUT)


if __name__ == "__main__":
    main()

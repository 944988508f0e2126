"""Generate lawful-x-part-time-two-page.pdf (batch20, prefix x).

Run: /work/main/.venv/bin/python tests/heldout/batch20/make_pdf_x.py
Two pages, header and footer with page numbers; CID font STSong-Light; invariant output.
"""
import os

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "lawful-x-part-time-two-page.pdf")
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

TITLE = ParagraphStyle("t", fontName=FONT, fontSize=17, leading=24, alignment=TA_CENTER, spaceAfter=4)
SUB = ParagraphStyle("s", fontName=FONT, fontSize=9.5, leading=13, alignment=TA_CENTER, spaceAfter=8)
HEAD = ParagraphStyle("h", fontName=FONT, fontSize=11, leading=16, spaceBefore=5, spaceAfter=1, wordWrap="CJK")
BODY = ParagraphStyle("b", fontName=FONT, fontSize=10, leading=15, firstLineIndent=20, wordWrap="CJK")

PARTIES = [
    ["甲方（用人单位）", "中山市优邻便利连锁有限公司"],
    ["住所", "中山市东区中山四路起湾商业街A座2楼"],
    ["法定代表人", "冯嘉俊　　联系电话：0760-88213675"],
    ["乙方（劳动者）", "郑小燕　　性别：女"],
    ["身份证号码", "442000198911020000"],
    ["现住址", "中山市东区起湾社区起湾北道9号"],
    ["联系电话", "188 2206 4713"],
]

PAGE1 = [
    ("一、用工性质", [
        "本合同为非全日制用工劳动合同，依照《中华人民共和国劳动合同法》第五章第三节订立。"
        "双方不约定试用期。"]),
    ("二、合同期限", [
        "本合同自2026年3月9日起至2027年3月8日止。合同期内，任何一方均可按本合同第八条随时通知对方终止用工。"]),
    ("三、工作内容和工作地点", [
        "乙方在甲方起湾店从事商品上架、理货、补货及收银辅助工作。甲方如需安排乙方到东区其他门店工作，"
        "应事先与乙方协商一致。"]),
    ("四、工作时间", [
        "乙方每周一至周五工作，每日9:00至13:00，每日工作4小时，每周累计工作20小时。",
        "确需临时增加工时的，须事先征得乙方同意，且乙方在甲方的工作时间每日平均不超过4小时、"
        "每周累计不超过24小时。乙方因子女生病、入园接送等原因需要调班的，可提前告知店长调整。"]),
    ("五、劳动报酬", [
        "乙方的小时工资为人民币19.8元，按中山市现行非全日制小时最低工资标准执行；"
        "最低工资标准调整时，本合同小时工资同步调整，不低于新标准。",
        "劳动报酬按周结算：甲方于每周一核对上周工时，并于当周星期三前以银行转账方式支付，"
        "结算支付周期不超过十五日。甲方每次支付时提供工时及报酬明细。"]),
    ("六、社会保险", [
        "甲方自用工之日起为乙方缴纳工伤保险费。乙方的基本养老保险、基本医疗保险，"
        "由乙方按灵活就业人员的规定自行参加，甲方协助乙方办理相关证明。"]),
]

PAGE2 = [
    ("七、劳动保护和劳动条件", [
        "甲方免费为乙方提供工作服和防滑鞋，不向乙方收取押金、保证金或其他任何费用。"
        "乙方理货时单件搬运重量不超过15公斤，超过的由两人协作或使用推车完成。",
        "乙方处于孕期或哺乳未满1周岁婴儿期间的，甲方不安排其延长工作时间或上夜班，"
        "并按医疗机构证明调整其工作内容。"]),
    ("八、用工的终止", [
        "任何一方都可以随时通知对方终止用工，通知可以采用书面或微信方式。"
        "终止用工的，甲方不向乙方支付经济补偿，但应在终止当日结清乙方已工作时间的全部劳动报酬。"]),
    ("九、兼职其他单位", [
        "乙方可以与其他用人单位订立非全日制用工劳动合同，但后订立的合同不得影响本合同的履行。"]),
    ("十、个人信息", [
        "甲方收集乙方身份证复印件、银行账户等信息仅用于用工管理和支付报酬，不扣押乙方身份证原件，"
        "不向第三方泄露。"]),
    ("十一、争议处理", [
        "双方发生劳动争议的，可以协商解决；协商不成的，可以向中山市劳动人事争议仲裁委员会申请仲裁。"]),
    ("十二、其他", [
        "本合同未尽事宜，按国家和广东省有关规定执行。本合同一式两份，双方各执一份，"
        "自双方签字（盖章）之日起生效。"]),
]


def header_footer(canvas, doc):
    canvas.saveState()
    canvas.setFont(FONT, 8.5)
    w, h = A4
    canvas.drawString(20 * mm, h - 12 * mm, "中山市优邻便利连锁有限公司　非全日制用工劳动合同")
    canvas.drawRightString(w - 20 * mm, h - 12 * mm, "合同编号：YL-FQ-2026-0112")
    canvas.line(20 * mm, h - 14 * mm, w - 20 * mm, h - 14 * mm)
    canvas.drawCentredString(w / 2, 10 * mm, "第 %d 页　共 2 页　　　　乙方签名：郑小燕" % doc.page)
    canvas.restoreState()


def section(story, items):
    for head, paras in items:
        story.append(Paragraph(head, HEAD))
        for text in paras:
            story.append(Paragraph(text, BODY))


def build():
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, invariant=1,
                            title="非全日制用工劳动合同", author="优邻便利人事部")
    story = [Paragraph("非全日制用工劳动合同", TITLE),
             Paragraph("（2026年3月版）", SUB)]
    t = Table([[Paragraph(a, BODY), Paragraph(b, BODY)] for a, b in PARTIES],
              colWidths=[38 * mm, 132 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [t, Spacer(1, 6),
              Paragraph("甲乙双方根据《中华人民共和国劳动合同法》等法律法规，经平等协商，就乙方到甲方"
                        "从事非全日制工作订立本合同。", BODY)]
    section(story, PAGE1)
    story.append(PageBreak())
    section(story, PAGE2)
    story.append(Spacer(1, 14))
    sig = Table([[Paragraph("甲方（盖章）：中山市优邻便利连锁有限公司", BODY),
                  Paragraph("乙方（签字）：郑小燕", BODY)],
                 [Paragraph("委托代理人：冯嘉俊", BODY), Paragraph("签订日期：2026年3月9日", BODY)],
                 [Paragraph("签订日期：2026年3月9日", BODY), Paragraph("", BODY)]],
                colWidths=[95 * mm, 75 * mm])
    story.append(sig)
    doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)


if __name__ == "__main__":
    build()
    print("wrote", OUT)

"""Generate unlawful-y-jiazheng-nanny.pdf (batch 21, prefix y): a two-page PDF.

Deterministic: reportlab invariant mode, fixed metadata.
Run with /work/main/.venv/bin/python make_pdf_y.py ; writes next to this file.
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "unlawful-y-jiazheng-nanny.pdf")
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

TITLE = ParagraphStyle("t", fontName=FONT, fontSize=16, leading=22, alignment=TA_CENTER, spaceAfter=4)
SUB = ParagraphStyle("s", fontName=FONT, fontSize=10.5, leading=15, alignment=TA_CENTER, spaceAfter=6)
H = ParagraphStyle("h", fontName=FONT, fontSize=11, leading=16, spaceBefore=5, wordWrap="CJK")
B = ParagraphStyle("b", fontName=FONT, fontSize=10.5, leading=15.5, wordWrap="CJK", firstLineIndent=0)

PAGE1 = [
    ("title", "员工制家政服务人员劳动合同"),
    ("sub", "（育儿嫂　全日制）　合同编号：TX-JZ-2026-0420"),
    ("p", "甲方（用人单位）：中山市贴心管家家政服务有限公司（员工制家政企业）"),
    ("p", "统一社会信用代码：91442000MA5TX0420M　　法定代表人：钟丽华"),
    ("p", "住所：中山市东区中山三路紫马岭商务楼5楼508室　　电话：0760-8870xxxx"),
    ("p", "乙方（劳动者）：韦春燕　　身份证号码：442000198807140000"),
    ("p", "住址：中山市港口镇民主社区沙港西路7号　　电话：134xxxx6620"),
    ("p", "甲方是依法设立的员工制家政企业，乙方为甲方招用的家政服务人员。双方根据《中华人民共和国劳动合同法》《广东省家政服务条例》等规定，订立本合同。"),
    ("h", "第一条　合同期限"),
    ("p", "本合同为固定期限劳动合同，自2026年4月20日起至2027年4月19日止；试用期一个月，自2026年4月20日起至2026年5月19日止。"),
    ("h", "第二条　工作内容和工作地点"),
    ("p", "1. 甲方安排乙方到与甲方签订家政服务合同的客户家庭担任育儿嫂，负责0至3周岁婴幼儿的日常照护、喂养、辅食制作、婴儿衣物及用品清洁消毒。"),
    ("p", "2. 工作地点为中山市石岐街道、东区、西区、南区范围内甲方客户的住所。甲方调整服务家庭的，提前三日通知乙方，工作地点不超出上述范围。"),
    ("p", "3. 乙方接受甲方的派单、管理和服务质量考核，不得私下与客户另行约定服务或收取费用。"),
    ("h", "第三条　工作时间和休息休假"),
    ("p", "1. 实行标准工时制度：周一至周五08:30—17:30，其中12:00—13:00为休息时间，每日工作8小时，周六、周日休息。"),
    ("p", "2. 客户需要乙方延长服务时间的，须经乙方同意并报甲方备案，甲方按乙方小时工资的150%（工作日）、200%（休息日且不能补休）、300%（法定节假日）支付加班工资。"),
    ("p", "3. 乙方享受法定节假日、年休假、产假、广东省规定的生育奖励假和育儿假等假期。"),
    ("h", "第四条　劳动报酬"),
    ("p", "1. 乙方月工资为5200元；试用期月工资为4600元。"),
    ("p", "2. 甲方于每月15日前通过银行转账向乙方本人支付上月工资，并提供工资清单；客户未按时向甲方支付服务费的，不影响甲方向乙方按时支付工资。"),
    ("h", "第五条　社会保险"),
    ("p", "1. 甲方为乙方办理社会保险登记，缴纳基本养老保险、基本医疗保险、失业保险和生育保险费，乙方个人应缴部分由甲方代扣代缴。"),
    ("p", "2. 鉴于乙方在客户家中提供服务，工作场所不在甲方直接控制之下，甲方不为乙方参加工伤保险。乙方在服务期间及上下班途中发生的意外伤害，由乙方自行承担一切风险，甲方不承担工伤保险待遇及其他赔偿责任。乙方可自行购买商业意外伤害保险。"),
]

PAGE2 = [
    ("h", "第六条　证件管理与体检"),
    ("p", "1. 为便于客户家庭查验身份并由甲方统一管理，服务期间乙方的居民身份证原件交由甲方保管；乙方因办理个人事务需要使用的，向甲方行政部办理借用登记，三日内交回。本合同解除或终止时，甲方将身份证原件返还乙方。"),
    ("p", "2. 乙方上岗前按规定参加家政服务人员体检，体检费用由甲方承担；甲方将乙方信息录入“南粤家政”综合管理服务平台，为乙方申领家政服务码。"),
    ("h", "第七条　劳动保护、劳动条件和职业危害防护"),
    ("p", "1. 甲方为乙方免费提供工作服、口罩、一次性手套和消毒用品，不收取服装费或押金。"),
    ("p", "2. 甲方对乙方进行岗前培训（婴幼儿照护、辅食安全、婴幼儿急救），培训费用由甲方承担，不约定服务期。"),
    ("p", "3. 甲方在家政服务合同中要求客户为乙方提供安全的工作条件和休息场所，不得要求乙方从事合同约定以外或危及人身安全的工作；乙方遇客户谩骂、殴打等情形，可立即离开并报告甲方，甲方应另行安排工作。"),
    ("p", "4. 乙方怀孕、哺乳期间，甲方不安排其护理患有传染病的婴幼儿，不安排延长工作时间。"),
    ("h", "第八条　保密"),
    ("p", "乙方对服务中知悉的客户家庭成员信息、住址、生活习惯等隐私负有保密义务，合同终止后仍须遵守。"),
    ("h", "第九条　合同的解除和终止"),
    ("p", "1. 乙方提前三十日书面通知甲方可以解除本合同，试用期内提前三日通知。"),
    ("p", "2. 客户解除家政服务合同的，甲方应为乙方另行安排服务家庭；待岗期间按《广东省工资支付条例》的规定支付工资或生活费。"),
    ("p", "3. 本合同解除或终止时，甲方当日结清乙方工资，依法支付经济补偿，并出具解除或终止证明。"),
    ("h", "第十条　争议处理"),
    ("p", "因履行本合同发生争议的，可向中山市劳动人事争议仲裁委员会申请仲裁。"),
    ("h", "第十一条　其他"),
    ("p", "本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。"),
    ("sp", ""),
    ("p", "甲方（盖章）：中山市贴心管家家政服务有限公司"),
    ("p", "法定代表人或委托代理人（签字）：钟丽华　　　日期：2026年4月20日"),
    ("sp", ""),
    ("p", "乙方（签字）：韦春燕　　　日期：2026年4月20日"),
]


def flow(items):
    out = []
    for kind, text in items:
        if kind == "title":
            out.append(Paragraph(text, TITLE))
        elif kind == "sub":
            out.append(Paragraph(text, SUB))
        elif kind == "h":
            out.append(Paragraph(text, H))
        elif kind == "sp":
            out.append(Spacer(1, 8 * mm))
        else:
            out.append(Paragraph(text, B))
    return out


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont(FONT, 9)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, "第 %d 页 共 2 页" % doc.page)
    canvas.drawString(20 * mm, A4[1] - 12 * mm, "中山市贴心管家家政服务有限公司")
    canvas.restoreState()


def main():
    doc = SimpleDocTemplate(
        OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
        topMargin=20 * mm, bottomMargin=20 * mm,
        title="员工制家政服务人员劳动合同（育儿嫂）", author="中山市贴心管家家政服务有限公司",
        subject="", creator="make_pdf_y.py", producer="ReportLab",
    )
    story = flow(PAGE1) + [PageBreak()] + flow(PAGE2)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    print(OUT)


if __name__ == "__main__":
    main()

# -*- coding: utf-8 -*-
"""生成 unlawful-i-kindergarten-nurse-appointment.pdf（确定性输出：invariant 模式，固定元数据）。
用法：/work/main/.venv/bin/python make_i.py
"""
import os

from reportlab import rl_config

rl_config.invariant = 1  # 固定 CreationDate / ID，保证每次生成同一文件

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONT = "STSong-Light"

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "unlawful-i-kindergarten-nurse-appointment.pdf")

title = ParagraphStyle("t", fontName=FONT, fontSize=22, leading=30, alignment=TA_CENTER)
org = ParagraphStyle("o", fontName=FONT, fontSize=13, leading=20, alignment=TA_CENTER)
small_c = ParagraphStyle("sc", fontName=FONT, fontSize=10, leading=14, alignment=TA_CENTER)
body = ParagraphStyle("b", fontName=FONT, fontSize=11, leading=19, firstLineIndent=22)
item = ParagraphStyle("i", fontName=FONT, fontSize=11, leading=19, leftIndent=0, firstLineIndent=0)
right = ParagraphStyle("r", fontName=FONT, fontSize=11, leading=19, alignment=TA_RIGHT)

story = [
    Paragraph("佛山市顺德区容桂小太阳幼儿园", org),
    Spacer(1, 4 * mm),
    Paragraph("聘　书", title),
    Paragraph("园聘字〔2025〕第017号", small_c),
    Spacer(1, 6 * mm),
    Paragraph(
        "兹聘请 <u>何丽芬</u> 女士（身份证号：44068119900312XXXX，住址：佛山市顺德区容桂街道华口社区"
        "东成路28号）为我园<u>保育员</u>。经双方协商一致，约定如下：",
        body,
    ),
    Spacer(1, 2 * mm),
]

items = [
    "一、聘期：自2025年9月1日起至2026年7月15日止（一个学年）。其中2025年9月1日至10月31日为试用期，"
    "试用期内考核不合格的，园方可以不再聘用。",
    "二、岗位及地点：担任班级保育员，负责本班卫生清洁消毒、幼儿进餐午睡如厕等生活照料，配合班主任完成保教工作。"
    "工作地点为本园（顺德区容桂街道容山路63号）。园方可根据生源情况调整所带班级。",
    "三、工作时间：周一至周五7:30—17:00，中午12:00—13:30轮流看午睡、轮流用餐休息，每天工作8小时，"
    "周六、周日休息。寒假期间按园方排班轮流值班，工资照常发放。园内大型活动需提前到岗的，另行补休。",
    "四、工资待遇：试用期月工资1900元；试用期满后月工资2500元（基本工资2080元＋岗位津贴420元），"
    "另设全勤奖100元/月。工资每月10日前银行转账发放上月工资，遇节假日提前。",
    "五、社会保险：园方按国家规定为受聘人办理社会保险，试用期满转正后开始购买，个人应缴部分从工资中代扣。",
    "六、劳动保护：园方每学期发放工作服两套，每年组织一次健康体检。受聘人须持有效健康证明上岗，"
    "女职工孕期、产期、哺乳期按国家规定享受特殊保护。",
    "七、聘期届满：本聘书期满自然终止。园方根据学期考核结果决定是否续聘，续聘的另发聘书；"
    "不再续聘的，双方互不补偿，受聘人应在7月15日前办好交接。",
    "八、受聘人应遵守本园《教职工管理制度》，爱护幼儿，不得体罚或变相体罚幼儿。"
    "本聘书未尽事宜按国家有关规定执行。本聘书一式两份，园方和受聘人各执一份，双方签字（盖章）后生效。",
]
for t in items:
    story.append(Paragraph(t, item))
    story.append(Spacer(1, 1.5 * mm))

story.append(Spacer(1, 10 * mm))
sig = Table(
    [
        [Paragraph("聘用单位（盖章）：佛山市顺德区容桂小太阳幼儿园", item), Paragraph("受聘人（签名）：何丽芬", item)],
        [Paragraph("园长（签名）：冯淑仪", item), Paragraph("联系电话：139XXXX5126", item)],
        [Paragraph("日期：2025年8月28日", item), Paragraph("日期：2025年8月28日", item)],
    ],
    colWidths=[95 * mm, 70 * mm],
)
sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
story.append(sig)

doc = SimpleDocTemplate(
    OUT,
    pagesize=A4,
    leftMargin=22 * mm,
    rightMargin=22 * mm,
    topMargin=20 * mm,
    bottomMargin=18 * mm,
    title="聘书",
    author="小太阳幼儿园",
    subject="",
    creator="",
)
doc.build(story)
print("wrote", OUT)

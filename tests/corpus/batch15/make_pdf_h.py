# -*- coding: utf-8 -*-
"""生成 unlawful-h-tuoguan-teacher-parttime.pdf（课后托管班兼职老师聘用协议）。
用法：/work/main/.venv/bin/python make_pdf_h.py
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "unlawful-h-tuoguan-teacher-parttime.pdf")

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
body = ParagraphStyle("body", fontName="STSong-Light", fontSize=10.5, leading=17, wordWrap="CJK")
title = ParagraphStyle("title", parent=body, fontSize=16, leading=24, alignment=1)
head = ParagraphStyle("head", parent=body, fontSize=11.5, leading=20, spaceBefore=4)

TEXT = """\
#江门市蓬江区启智星课后托管中心
#兼职托管老师聘用协议
甲方：江门市蓬江区启智星课后托管中心（个体工商户）
经营者：区慧敏　　地址：江门市蓬江区环市街道建设三路21号二楼　　电话：13800053108
乙方：谭美华　　身份证号：442000199304120000
住址：江门市蓬江区白沙街道篁庄大道东15号　　电话：13800066497
乙方应聘甲方兼职托管老师岗位，甲乙双方经协商，就乙方在甲方从事非全日制托管辅导工作达成以下协议：
=一、工作内容
1. 负责接送蓬江区紫茶小学、江华小学一至三年级托管学生（步行接送，约10分钟路程）；
2. 辅导学生完成当天家庭作业、检查签字，组织学生晚餐及饭后阅读；
3. 学生离园前向家长反馈当天学习情况，在家长群内上传作业照片。
=二、工作时间和期限
1. 本协议期限为2026年春季学期，自2026年2月25日起至2026年7月10日止。
2. 工作时间为周一至周五16:30—19:30，每天3小时；周六、周日及学校放假期间不上班。
3. 乙方为兼职，可以另有其他工作，但不得影响甲方托管时间的正常到岗。
=三、试用期
乙方入职前两周为试用期，试用期内甲方认为乙方不适合的可以随时辞退，不支付任何费用；试用期满经家长评价合格的转为正式兼职老师。
=四、劳动报酬
1. 课时费按每小时17元计算，试用期每小时15元。
2. 课时费按月结算，每月最后一个工作日核对考勤后，于次月10日前发放上月课时费。
3. 托管学生人数超过15人的当天，每小时另加2元辅导补贴。
=五、保证金
乙方入职时须交纳管理保证金500元，用于保证乙方遵守托管纪律、妥善保管学生物品。学期结束乙方无违纪、无家长投诉且做满整个学期的，保证金无息退还。
=六、安全责任与保险
1. 乙方应当认真履行接送职责，接送途中注意交通安全。
2. 甲方为兼职人员不购买工伤保险。乙方在接送学生途中或托管期间自身发生意外的，由乙方自行承担；甲方可视情况给予慰问。
3. 因乙方看管不力造成学生受伤的，乙方应承担相应责任。
=七、劳动保护和劳动条件
甲方提供独立的辅导教室、空调、饮水、医药箱，为乙方提供晚餐一份。
=八、离职与违约
1. 学期中途乙方要离职的，须提前一个月向甲方提出书面申请，待甲方找到接替老师后方可离职。
2. 乙方未提前一个月申请或未经甲方同意擅自离职的，除不退还管理保证金外，还应向甲方支付违约金1000元，以弥补甲方临时招聘造成的损失。
3. 乙方有体罚学生、私下收取家长费用等行为的，甲方可立即解除协议。
=九、其他
1. 乙方须遵守甲方《托管老师工作守则》。
2. 本协议一式两份，双方各执一份，签字之日起生效。
甲方（签字/盖章）：区慧敏　　　　　　　　　　日期：2026年2月20日
乙方（签字）：谭美华　　　　　　　　　　　　日期：2026年2月20日
"""


def build():
    story = []
    for line in TEXT.splitlines():
        if not line.strip():
            continue
        if line.startswith("#"):
            story.append(Paragraph(line[1:], title))
        elif line.startswith("="):
            story.append(Paragraph(line[1:], head))
        else:
            story.append(Paragraph(line, body))
        if line.startswith("#兼职"):
            story.append(Spacer(1, 6 * mm))
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm,
                            title="兼职托管老师聘用协议")
    doc.build(story)
    print("wrote", OUT)


if __name__ == "__main__":
    build()

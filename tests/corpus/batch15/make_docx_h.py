# -*- coding: utf-8 -*-
"""生成 lawful-h-retired-lecturer-penalty.docx（退休返聘课时讲师劳务协议，含课时费表格）。
用法：/work/main/.venv/bin/python make_docx_h.py
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "lawful-h-retired-lecturer-penalty.docx")

doc = Document()
style = doc.styles["Normal"]
style.font.name = "宋体"
style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
style.font.size = Pt(11)


def para(text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("返聘人员劳务协议", bold=True, center=True, size=16)
para("（课时讲师适用）", center=True)
para("协议编号：ZSXD-FP-2025-08")

para("甲方：中山市新达职业培训学校")
para("办学许可证号：教民144200070001234号    地址：中山市东区中山三路38号新达大厦4楼")
para("联系人：陈美玲（教务主任）    电话：13800064210")
para("乙方：冯国华")
para("身份证号码：442000196205180000    住址：中山市石岐街道民生路113号")
para("电话：13800078133")
para("乙方原为中山市某国有企业财务科高级会计师，已于2022年5月办理退休手续，现按月领取基本养老金（退休证复印件及养老金领取记录见附件一）。甲方因开设会计实务培训课程，聘请乙方担任兼课讲师。双方依据《中华人民共和国民法典》有关规定，在平等自愿的基础上订立本协议。")

para("第一条  协议性质", bold=True)
para("1.1 乙方为已依法享受养老保险待遇的退休人员，双方之间为劳务关系，不适用劳动合同的有关规定。")
para("1.2 甲方不为乙方缴纳社会保险费。为保障乙方授课期间的人身安全，甲方为乙方投保团体意外伤害保险一份（保额30万元，费用由甲方承担）；保险不足以弥补的损失，按双方过错依法处理。")

para("第二条  劳务内容与期限", bold=True)
para("2.1 乙方为甲方2025年秋季班讲授下表所列课程，负责备课、授课、课后答疑和期末考核出题阅卷。")
para("2.2 协议期限自2025年9月1日起至2026年1月31日止。期满后如需续聘，双方另行签订协议。")
para("2.3 授课时间按下表安排，乙方因身体或家庭原因需调课的，提前三天告知甲方教务处即可，由双方协商补课时间；除授课时间外，乙方无须到校坐班，不参加甲方考勤。")

table = doc.add_table(rows=1, cols=5)
table.style = "Table Grid"
hdr = table.rows[0].cells
for i, h in enumerate(["课程名称", "班级", "上课时间", "总课时", "课时费（元/课时）"]):
    hdr[i].text = h
rows = [
    ("基础会计与实务", "会计初级A班", "每周二、四 19:00—21:00", "40", "220"),
    ("出纳实务", "会计初级B班", "每周六 9:00—11:30", "30", "220"),
    ("小微企业纳税申报", "周末提升班", "每月第二、四个周日 14:00—17:00", "24", "260"),
    ("合计", "", "", "94", "按实际完成课时结算"),
]
for row in rows:
    cells = table.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v
para("注：每课时45分钟；期末考核出题、阅卷另按每班800元包干计付。")

para("第三条  劳务报酬及支付", bold=True)
para("3.1 劳务报酬按上表课时费标准乘以当月实际完成的课时数计算，另加期末考核包干费。")
para("3.2 甲方于每月5日前将上月劳务报酬转入乙方本人银行账户（开户行：中国银行中山分行，账号由乙方另行书面提供）。")
para("3.3 劳务报酬为税前金额，甲方依法代扣代缴个人所得税后支付。")

para("第四条  双方权利义务", bold=True)
para("4.1 甲方提供教室、投影、教材及学员名单，按约定支付报酬，不得要求乙方承担本协议以外的工作。")
para("4.2 乙方按培训大纲自主组织教学，保证教学质量，不得无故缺课。")
para("4.3 乙方对甲方学员的个人信息负有保密义务，不得用于授课以外的任何用途。")
para("4.4 乙方可以在其他单位兼课，但不得与本协议约定的授课时间冲突。")

para("第五条  违约责任", bold=True)
para("5.1 乙方在协议期内无正当理由中途停止授课、致使甲方课程无法按期完成的，应向甲方支付违约金人民币伍仟元（5000元），并退还已预付而未授课部分的报酬（如有）。")
para("5.2 乙方因本人或近亲属患病住院等正当理由不能继续授课的，提前十五日书面通知甲方，不承担违约责任。")
para("5.3 甲方无正当理由提前解除本协议的，除结清乙方已完成课时的报酬外，另向乙方支付违约金人民币伍仟元（5000元）。")
para("5.4 甲方逾期支付劳务报酬的，每逾期一日按应付金额的千分之一向乙方支付违约金。")
para("5.5 约定的违约金过分高于或者低于造成的损失的，任何一方可以请求人民法院予以调整。")

para("第六条  争议解决", bold=True)
para("因本协议发生争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。")

para("第七条  其他", bold=True)
para("7.1 本协议一式两份，双方各执一份，自双方签字盖章之日起生效。")
para("7.2 附件一：乙方退休证复印件、2025年7月养老金到账记录；附件二：2025年秋季班课程表。附件与本协议具有同等效力。")

para("")
para("甲方（盖章）：中山市新达职业培训学校")
para("法定代表人或委托代理人（签字）：陈美玲")
para("签订日期：2025年8月20日")
para("")
para("乙方（签字）：冯国华")
para("签订日期：2025年8月20日")

doc.save(OUT)
print("wrote", OUT)

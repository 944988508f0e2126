# -*- coding: utf-8 -*-
"""Build lawful-parttime-school-hours.docx (非全日制劳动合同, 妈妈岗) with python-docx.
Run: /work/main/.venv/bin/python make_docx.py
All text is kept inside this script."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "lawful-parttime-school-hours.docx")

TITLE = "非全日制劳动合同"
SUBTITLE = "（妈妈岗·门店店员）"

PARTIES = [
    ("甲方（用人单位）", "中山市悦读坊文化用品有限公司"),
    ("统一社会信用代码", "91442000MA59H4RT8K"),
    ("住所", "中山市东区兴中道33号悦读坊书店首层"),
    ("法定代表人", "卢嘉宝"),
    ("联系电话", "13800008841"),
    ("乙方（劳动者）", "钟雅琪"),
    ("居民身份证号码", "442000199309260000"),
    ("住址", "中山市东区库充村新兴街18号"),
    ("联系电话", "13800001592"),
]

PREAMBLE = ("甲方为方便需要接送子女上下学的劳动者就近就业，设立非全日制“妈妈岗”。"
            "根据《中华人民共和国劳动合同法》第六十八条至第七十二条及国家有关非全日制用工的规定，"
            "甲乙双方遵循合法、公平、平等自愿、协商一致、诚实信用的原则，订立本合同。")

CLAUSES_1 = [
    ("第一条　合同期限",
     ["本合同为非全日制劳动合同，期限自2026年9月1日起至2027年8月31日止。",
      "双方不约定试用期。"]),
    ("第二条　工作内容和工作地点",
     ["乙方在甲方门店担任店员，主要负责图书及文具的整理上架、协助收银、接待顾客咨询和店面整洁。",
      "工作地点：中山市东区兴中道33号悦读坊书店。未经乙方同意，甲方不得将乙方调往其他门店。"]),
    ("第三条　工作时间",
     ["（一）乙方每日工作3小时，每周工作5天，每周累计15小时，具体时段见下表。每日午间离店后乙方可自由安排时间。"]),
]

SCHEDULE_HEAD = ["星期", "工作时段", "时长（小时）", "主要工作"]
SCHEDULE_ROWS = [
    ["星期一", "09:00—12:00", "3", "新书到货验收、上架"],
    ["星期二", "09:00—12:00", "3", "文具区整理、协助收银"],
    ["星期三", "09:00—12:00", "3", "图书区整理、顾客咨询"],
    ["星期四", "09:00—12:00", "3", "盘点补货、协助收银"],
    ["星期五", "09:00—12:00", "3", "店面整洁、退货登记"],
    ["星期六、星期日", "休息", "0", "—"],
    ["每周合计", "", "15", ""],
]

CLAUSES_2 = [
    ("", [
        "（二）甲方安排乙方工作的时间，平均每日不超过4小时，每周累计不超过24小时。因学校寒暑假或门店活动需调整时段的，由双方协商一致后书面（含微信）确认，调整后仍须遵守上述上限。",
        "（三）乙方因子女生病、学校活动等需要请假或调班的，提前告知门店负责人即可；请假时段不计报酬，甲方不因此给予处罚。",
        "（四）乙方依法享有法定节假日休息的权利。",
    ]),
    ("第四条　劳动报酬",
     ["（一）甲方按小时计酬，标准为每小时人民币贰拾叁元（23.00元），不低于中山市现行非全日制小时最低工资标准（19.8元/小时）。当地小时最低工资标准上调、本合同标准低于新标准的，自新标准施行之日起按新标准执行。",
      "（二）劳动报酬按周结算：每周一对上一周（周一至周日）的实际工作时数进行结算，并于结算当日通过银行转账支付至乙方本人账户，遇法定休假日提前至最近的工作日支付。结算支付周期不超过十五日。",
      "（三）甲方支付报酬时向乙方提供工时及报酬清单。除依法代扣代缴的个人所得税外，甲方不得扣减乙方报酬。"]),
    ("第五条　社会保险",
     ["（一）甲方依法为乙方办理工伤保险参保手续并缴纳工伤保险费，乙方不缴纳工伤保险费。乙方发生工伤的，依法享受工伤保险待遇。",
      "（二）乙方可按规定以灵活就业人员身份自行参加基本养老保险和基本医疗保险。",
      "（三）甲方在录用乙方后，按规定到当地人力资源社会保障部门办理用工备案。"]),
    ("第六条　劳动保护、劳动条件和职业危害防护",
     ["（一）甲方为乙方提供安全、卫生的工作环境和必要的劳动工具，门店配备空调和休息座椅。",
      "（二）甲方对乙方进行岗位安全和消防知识培训。搬运图书时单箱重量一般不超过15公斤，较重货物由甲方提供推车或安排其他员工协助。",
      "（三）乙方怀孕或哺乳期间，甲方按照《女职工劳动保护特别规定》给予保护，不安排禁忌从事的劳动。"]),
    ("第七条　其他用工",
     ["乙方可以与其他用人单位订立非全日制劳动合同，但后订立的合同不得影响本合同的履行。"]),
    ("第八条　合同的终止",
     ["（一）任何一方都可以随时通知对方终止用工。终止用工的，甲方不向乙方支付经济补偿。",
      "（二）终止用工当日，甲方结清并一次性支付乙方已工作时段的全部报酬。"]),
    ("第九条　争议处理",
     ["因履行本合同发生争议的，双方协商解决；协商不成的，可以向中山市劳动人事争议仲裁委员会申请仲裁。"]),
    ("第十条　其他",
     ["（一）本合同未尽事宜，按国家和广东省有关规定执行。",
      "（二）本合同一式两份，甲乙双方各执一份，自双方签字（盖章）之日起生效。"]),
]

SIGN = [
    ("甲方（盖章）：中山市悦读坊文化用品有限公司", "乙方（签字）：钟雅琪"),
    ("法定代表人（签字）：卢嘉宝", ""),
    ("签订日期：2026年9月1日", "签订日期：2026年9月1日"),
]


def set_font(run, size=11, bold=False):
    run.font.name = "宋体"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    run.font.size = Pt(size)
    run.bold = bold


def para(doc, text, size=11, bold=False, align=None, indent=True):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(3)
    set_font(p.add_run(text), size, bold)
    return p


def table(doc, rows, head=None, widths=None):
    n = len(rows) + (1 if head else 0)
    t = doc.add_table(rows=n, cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    allrows = ([head] if head else []) + rows
    for i, r in enumerate(allrows):
        for j, val in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(val)
            set_font(run, 10.5, bold=(head is not None and i == 0))
            if widths:
                cell.width = Cm(widths[j])
    return t


def clauses(doc, items):
    for heading, lines in items:
        if heading:
            para(doc, heading, bold=True, indent=False)
        for line in lines:
            para(doc, line)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    para(doc, TITLE, size=18, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, SUBTITLE, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    table(doc, [list(x) for x in PARTIES], widths=[4.5, 11])
    para(doc, "")
    para(doc, PREAMBLE)
    clauses(doc, CLAUSES_1)
    para(doc, "每周工作时间安排表", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    table(doc, SCHEDULE_ROWS, head=SCHEDULE_HEAD, widths=[3.2, 3.5, 2.8, 6])
    para(doc, "")
    clauses(doc, CLAUSES_2)
    para(doc, "")
    table(doc, [list(x) for x in SIGN], widths=[8, 8])
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()

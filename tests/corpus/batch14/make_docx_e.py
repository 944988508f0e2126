# -*- coding: utf-8 -*-
"""生成 lawful-parttime-storeclerk.docx（钟点工协议，含 Word 表格）。
运行：/work/main/.venv/bin/python make_docx.py
正文全部保存在本脚本中。"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "lawful-parttime-storeclerk.docx")

TITLE = "钟点工协议（非全日制用工）"
SUBTITLE = "协议编号：QJLL-ZDG-2026-017"

PARTIES = [
    "甲方（用人单位）：中山市岐江邻里优选商贸有限公司",
    "住所：中山市石岐街道悦来南路18号首层",
    "法定代表人：黄志明　　联系电话：13800002618",
    "",
    "乙方（劳动者）：陈嘉欣",
    "居民身份证号码：442000199203150000",
    "住址：中山市石岐街道民生路安居里6号502房　　联系电话：13800001234",
]

INTRO = ("乙方为育有一名在读小学子女的母亲，希望在子女上学期间就近工作。甲方设置“妈妈岗”钟点工岗位，"
         "双方依照《中华人民共和国劳动合同法》第五章第三节关于非全日制用工的规定，平等协商，订立本协议。")

TABLE_TITLE = "一、主要条款一览表"
TABLE_ROWS = [
    ("项目", "约定内容"),
    ("用工形式", "非全日制用工（以小时计酬）；不约定试用期"),
    ("协议期限", "2026年6月1日至2026年12月31日"),
    ("岗位及工作内容", "门店理货、补货、货架整理，客流高峰时协助收银"),
    ("工作地点", "甲方悦来南路门店（中山市石岐街道悦来南路18号首层）"),
    ("工作时间", "周一至周五 9:00—12:00，每日3小时，每周合计15小时；周六、周日及法定节假日不安排工作"),
    ("小时工资", "人民币23元/小时，按实际工作小时计发"),
    ("结算支付周期", "每7日结算一次：每周一核对上一周（周一至周日）工时，于当周周三前支付"),
    ("支付方式", "银行转账至乙方本人账户（开户行：中国工商银行中山石岐支行，账号由乙方书面提供）"),
    ("社会保险", "甲方为乙方参加工伤保险并缴纳工伤保险费；养老、医疗保险由乙方以灵活就业人员身份自行参加"),
]

CLAUSES = [
    ("二、工作时间",
     ["1. 乙方在甲方处的工作时间平均每日不超过4小时，每周累计不超过24小时。",
      "2. 确因门店盘点等需要临时调整时段或增加工时的，甲方应至少提前一天与乙方协商，乙方同意后方可调整，调整后仍不得突破前款上限。乙方不同意的，不影响乙方的任何权益。",
      "3. 乙方因接送子女、子女生病等家庭原因需要调班或请假的，提前告知门店店长即可；请假时段不计工时、不发工资，甲方不因此扣减其他工时的报酬。"]),
    ("三、劳动报酬",
     ["1. 小时工资按本协议一览表执行，不低于中山市人民政府规定的非全日制用工小时最低工资标准；协议期内该标准上调高于约定工资的，自新标准施行之日起按新标准计发。",
      "2. 甲方每次支付时向乙方提供工时及工资明细，乙方对明细有异议的，可在收到后3日内提出，双方核对后多退少补。",
      "3. 约定支付日遇法定休假日或休息日的，提前到最近的工作日支付。",
      "4. 甲方依法代扣代缴乙方个人所得税（如有）；除法律、法规规定可以代扣的款项外，甲方不得扣减乙方工资。"]),
    ("四、社会保险与用工备案",
     ["1. 甲方自用工之日起为乙方办理工伤保险参保手续并缴纳工伤保险费，乙方个人不缴纳工伤保险费。乙方发生工伤的，依法享受工伤保险待遇。",
      "2. 甲方在录用乙方后按规定向当地人力资源社会保障部门办理非全日制用工备案。"]),
    ("五、劳动保护和劳动条件",
     ["1. 甲方向乙方提供防滑工作鞋、劳保手套，并在上岗前进行安全操作培训。",
      "2. 甲方遵守女职工劳动保护的有关规定，不安排乙方从事女职工禁忌从事的劳动；乙方怀孕或哺乳期间，甲方根据医疗机构证明相应减轻其劳动量。",
      "3. 搬运整箱货物时，单次搬运重量以乙方能安全完成为限，较重货物由男同事或使用手推车搬运。"]),
    ("六、终止用工",
     ["1. 双方任何一方都可以随时通知对方终止用工，通知可以采用书面、微信或短信方式。",
      "2. 依照法律规定，终止用工时甲方不向乙方支付经济补偿。",
      "3. 终止用工的，甲方应在终止当日与乙方结清已工作时段的全部报酬。"]),
    ("七、其他",
     ["1. 乙方可以同时与其他用人单位订立非全日制用工协议，但后订立的协议不得影响本协议的履行。",
      "2. 因履行本协议发生争议的，双方协商解决；协商不成的，可以向中山市劳动人事争议仲裁委员会申请仲裁。",
      "3. 本协议未尽事宜，按国家和广东省有关规定执行。本协议一式两份，双方各执一份，自双方签字（盖章）之日起生效。"]),
]

SIGN = [
    "甲方（盖章）：中山市岐江邻里优选商贸有限公司",
    "授权代表签字：黄志明",
    "乙方签字：陈嘉欣",
    "签订日期：2026年5月20日",
    "签订地点：中山市石岐街道悦来南路18号",
]


def set_font(run, size=11, bold=False):
    run.font.name = "宋体"
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "宋体")


def para(doc, text, size=11, bold=False, align=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    set_font(p.add_run(text), size=size, bold=bold)
    return p


def main():
    doc = Document()
    para(doc, TITLE, size=16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, SUBTITLE, size=10, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for line in PARTIES:
        para(doc, line)
    para(doc, INTRO)

    para(doc, TABLE_TITLE, size=12, bold=True)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for i, (k, v) in enumerate(TABLE_ROWS):
        cells = table.add_row().cells
        cells[0].text = ""
        cells[1].text = ""
        set_font(cells[0].paragraphs[0].add_run(k), bold=True)
        set_font(cells[1].paragraphs[0].add_run(v), bold=(i == 0))

    for heading, items in CLAUSES:
        para(doc, heading, size=12, bold=True)
        for item in items:
            para(doc, item)

    para(doc, "")
    for line in SIGN:
        para(doc, line)
    doc.save(OUT)
    print("written", OUT)


if __name__ == "__main__":
    main()

"""Generate rulebook-r-garment-handbook.docx (员工手册节选, 服装厂). Deterministic: run with
/work/main/.venv/bin/python make_docx_r.py"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).with_name("rulebook-r-garment-handbook.docx")

TITLE = "中山市雅绮服饰有限公司员工手册（2026年版）"
SUBTITLE = "节选：第三章 工作时间与考勤　第四章 工资福利　第五章 休假　第六章 奖惩"

CH3 = [
    ("3.1", "公司实行标准工时制度。员工每日工作8小时，每周工作5天，周六、周日为休息日。"
            "上班时间：上午8:00—12:00，下午13:30—17:30。"),
    ("3.2", "“妈妈岗”员工可申请弹性上下班，上班时间可在7:30—9:00之间选择，下班时间相应顺延，"
            "每日工作时间仍为8小时，不因弹性安排减少工资。"),
    ("3.3", "因订单需要安排加班的，由车间主任提前一天通知，员工本人在《加班确认单》上签名。"
            "员工因接送子女等原因不能加班的，可以不加班，公司不因此扣减全勤奖或给予处分。"),
    ("3.4", "每年3月至6月、9月至12月为生产旺季，旺季期间各车间每日可安排加班2至3小时，"
            "每月加班时间原则上控制在80小时以内，旺季结束后按实际情况安排调休。"),
    ("3.5", "加班工资按员工本人正常工作时间工资计算：工作日延长工作时间按150%，休息日加班且未安排补休的按200%，"
            "法定节假日加班按300%支付。"),
    ("3.6", "员工上下班须打卡。因忘记打卡的，当日由组长在考勤表上补签确认，不作扣款处理。"),
]

CH4 = [
    ("4.1", "公司于每月25日以银行转账方式发放上月工资，遇节假日或休息日提前到最近的工作日发放，"
            "同时发放工资条。"),
    ("4.2", "计件员工的计件单价在开单前公示；计件员工每月正常工作时间的工资不低于中山市月最低工资标准（现行为2,080元）。"),
    ("4.3", "新员工试用期按劳动合同约定执行：劳动合同期限三年的，试用期为两个月；试用期工资为转正工资的90%。"),
    ("4.4", "新员工入职时领取工衣两套、厂牌一个、更衣柜钥匙一把，须缴纳工衣押金150元、厂牌及钥匙押金50元，"
            "由财务在首月工资中扣收，离职时交回物品后无息退还。"),
    ("4.5", "因员工本人原因造成公司经济损失的（如裁剪错误造成布料报废），公司书面告知损失原因和数额后，"
            "可从工资中扣除赔偿，每月扣除部分不超过当月工资的20%，扣除后的剩余工资不低于中山市月最低工资标准。"),
    ("4.6", "公司依法为全体员工缴纳养老、医疗、失业、工伤、生育保险，个人应缴部分由公司代扣代缴。"
            "不收取任何保证金、风险金。"),
]

LEAVE_HEAD = ["假别", "天数", "工资待遇", "办理要求"]
LEAVE_ROWS = [
    ["年休假", "累计工作满1年不满10年5天；满10年不满20年10天；满20年15天", "照发工资", "提前3天申请"],
    ["婚假", "按国家和广东省规定", "照发工资", "凭结婚证"],
    ["产假", "98天（难产增加15天，多胞胎每多1个婴儿增加15天）；另享受广东省奖励假80天", "生育津贴或照发工资", "凭医院证明"],
    ["陪产假", "15天", "照发工资", "凭出生证明"],
    ["育儿假", "子女3周岁以内，父母每人每年10天", "照发工资", "提前申请"],
    ["产前检查", "按医院预约时间", "计入劳动时间，不扣工资", "凭挂号单"],
    ["哺乳时间", "哺乳未满1周岁婴儿的女员工，每天30分钟，可在上午或下午合并使用", "计入劳动时间", "凭出生证明登记"],
    ["事假", "按实际天数", "无薪", "提前1天申请，紧急情况可事后补办"],
]

CH5_TAIL = [
    ("5.2", "怀孕7个月以上和哺乳未满1周岁婴儿的女员工，公司不安排加班和夜班，旺季加班安排不适用于上述员工。"),
    ("5.3", "孕期女员工持医院证明不能适应原岗位的，公司安排较轻的工作，工资不因怀孕降低。"),
]

REWARD_HEAD = ["类别", "情形", "处理"]
REWARD_ROWS = [
    ["奖励", "连续三个月无次品返工、提出改善建议被采纳", "嘉奖并发放奖金200—500元"],
    ["警告", "上班时间玩手机影响生产、不按规定佩戴厂牌", "口头或书面警告"],
    ["记过", "一年内书面警告累计3次、违反安全操作规程未造成后果", "书面记过"],
    ["解除劳动合同", "连续旷工3天以上、盗窃公司财物、严重违反安全规程造成事故", "依法解除劳动合同，不支付经济补偿"],
]

CH6_TAIL = [
    ("6.2", "处分决定书面送达员工本人，员工有异议的，可在3日内向人事部或工会申诉。"),
    ("6.3", "本手册经职工代表大会讨论通过并公示，自2026年1月1日起施行，员工入职时签收。"),
]


def set_cell_font(cell, size=10):
    for p in cell.paragraphs:
        for r in p.runs:
            r.font.size = Pt(size)


def add_page_number(paragraph):
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def articles(doc, items):
    for num, text in items:
        doc.add_paragraph(f"{num}　{text}")


def table(doc, head, rows):
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        t.rows[0].cells[i].text = h
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    for r in t.rows:
        for c in r.cells:
            set_cell_font(c)


def main():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "SimSun"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    style.font.size = Pt(11)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "中山市雅绮服饰有限公司　员工手册（2026年版）　受控文件 YQ-HR-001"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.text = "人事行政部编制　第 "
    add_page_number(fp)
    fp.add_run(" 页")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    h = doc.add_heading(TITLE, level=1)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(SUBTITLE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("公司地址：中山市大涌镇安堂工业区兴业路9号　　本手册适用于公司全体员工（含“妈妈岗”员工）。")

    doc.add_heading("第三章　工作时间与考勤", level=2)
    articles(doc, CH3)

    doc.add_heading("第四章　工资福利", level=2)
    articles(doc, CH4)

    doc.add_heading("第五章　休假", level=2)
    doc.add_paragraph("5.1　员工享受以下假期：")
    table(doc, LEAVE_HEAD, LEAVE_ROWS)
    articles(doc, CH5_TAIL)

    doc.add_heading("第六章　奖惩", level=2)
    doc.add_paragraph("6.1　奖惩分类如下表：")
    table(doc, REWARD_HEAD, REWARD_ROWS)
    articles(doc, CH6_TAIL)

    doc.add_paragraph("")
    doc.add_paragraph("员工签收：本人已收到并阅读《员工手册》，同意遵守。")
    doc.add_paragraph("员工签名：____________　　工号：________　　日期：____年__月__日")
    doc.add_paragraph("中山市雅绮服饰有限公司（盖章）　　　　2025年12月20日")

    doc.core_properties.author = "雅绮服饰人事行政部"
    doc.core_properties.title = TITLE
    from datetime import datetime
    doc.core_properties.created = datetime(2025, 12, 20, 9, 0, 0)
    doc.core_properties.modified = datetime(2025, 12, 20, 9, 0, 0)
    doc.save(OUT)


if __name__ == "__main__":
    main()

"""Generate unlawful-s-xiaolan-hardware-salary-table.docx (batch19, prefix s).

Run with: /work/main/.venv/bin/python tests/corpus/batch19/make_docx_s.py
The text lives here; the output is deterministic apart from the .docx zip timestamps,
which are fixed below.
"""
import datetime
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "unlawful-s-xiaolan-hardware-salary-table.docx")

COMPANY = "中山市小榄镇恒力五金制品有限公司"

PARTIES = [
    ("甲方（用人单位）", COMPANY),
    ("统一社会信用代码", "91442000MA4WQ7L25D"),
    ("住所", "中山市小榄镇工业大道中88号"),
    ("法定代表人", "何家乐"),
    ("乙方（劳动者）", "刘翠萍（女）"),
    ("居民身份证号码", "442000198712050000"),
    ("现住址", "中山市小榄镇东升社区裕民路22号"),
    ("联系电话", "138xxxx4196"),
]

ARTICLES = [
    ("第一条 合同期限",
     ["本合同为固定期限劳动合同，期限三年，自2026年1月12日起至2029年1月11日止，"
      "其中试用期两个月，自2026年1月12日起至2026年3月11日止。"]),
    ("第二条 工作内容和工作地点",
     ["乙方在装配车间从事五金配件（门锁、拉手）装配及包装工作，具体工序由车间主任安排。",
      "工作地点：中山市小榄镇工业大道中88号甲方厂区。"]),
    ("第三条 工作时间和休息休假",
     ["甲方实行标准工时制，每日工作8小时，每周工作5天。白班8:00—12:00、13:30—17:30；"
      "订单较多时实行两班轮换，中班16:00—24:30（其中用餐30分钟不计工时）。",
      "甲方因生产需要安排加班的，应与工会和乙方协商，每日不超过3小时、每月不超过36小时，并依法支付加班工资。",
      "乙方享受法定节假日、带薪年休假、婚假、产假及广东省规定的奖励假、育儿假等。"]),
    ("第四条 劳动报酬",
     ["乙方的工资构成、金额及发放条件按本合同附件一《薪资结构表》执行，甲方保证乙方月工资不低于中山市最低工资标准。",
      "甲方每月20日前以银行转账方式支付乙方上月工资，遇节假日提前支付，并向乙方提供工资清单。",
      "乙方试用期工资按附件一所列月标准工资执行。"]),
    ("第五条 社会保险",
     ["甲方依法为乙方参加基本养老、医疗、失业、工伤、生育保险，个人缴纳部分由甲方代扣代缴。"]),
    ("第六条 劳动保护、劳动条件和职业危害防护",
     ["甲方为乙方提供防割手套、耳塞等劳动防护用品，岗前进行安全操作培训。",
      "甲方不安排女职工从事国家规定的禁忌劳动；乙方孕期、哺乳期的劳动保护按《女职工劳动保护特别规定》执行，"
      "怀孕7个月以上和哺乳未满1周岁婴儿期间不安排中班和加班。"]),
    ("第七条 规章制度",
     ["甲方《员工手册》（2025版）经职工代表大会讨论通过，已在入职时交乙方签收。"]),
    ("第八条 合同的解除和终止",
     ["双方解除、终止本合同，按《中华人民共和国劳动合同法》有关规定执行。乙方提前三十日书面通知甲方可以解除本合同，"
      "试用期内提前三日通知。",
      "合同解除或终止时，甲方当日结清乙方工资，依法应支付经济补偿的，依法支付。"]),
    ("第九条 争议处理",
     ["因履行本合同发生的劳动争议，双方可协商解决；协商不成的，可向中山市劳动人事争议仲裁委员会申请仲裁。"]),
    ("第十条 其他",
     ["本合同附件一《薪资结构表》为本合同组成部分，与本合同具有同等效力。",
      "本合同一式两份，双方各执一份，经双方签字盖章后生效。"]),
]

TABLE_HEAD = ["序号", "项目", "金额（元/月）", "发放/扣除条件", "备注"]
TABLE_ROWS = [
    ["1", "基本工资", "1,730", "正常出勤", "试用期同"],
    ["2", "岗位津贴（装配）", "120", "在装配岗位", "调岗按新岗位"],
    ["3", "全勤奖", "100", "当月无迟到、早退、旷工", ""],
    ["4", "中夜班津贴", "130", "当月安排中班的", "计入月标准工资"],
    ["5", "高温津贴", "150", "每年6月至10月", "计入月标准工资"],
    ["", "月标准工资合计", "2,230", "", "已高于中山市最低工资标准2,080元/月"],
    ["6", "加班工资", "按实际", "月标准工资÷21.75÷8×150%/200%/300%", "按车间加班单核算"],
    ["7", "工衣及劳保用品押金", "-150", "入职首月工资中一次扣除", "离职时交回工衣、厂牌后无息退还"],
    ["8", "社会保险个人部分", "按实际", "每月代扣", "按当年缴费基数"],
    ["9", "宿舍费用", "-80", "自愿入住宿舍的每月扣除", "不住宿舍的不扣"],
]


def set_cell_font(cell, bold=False):
    for p in cell.paragraphs:
        for r in p.runs:
            r.font.size = Pt(9)
            r.bold = bold
            r.font.name = "宋体"
            r._element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def add_page_field(paragraph):
    run = paragraph.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    run._r.addnext(fld)


def main():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "宋体"
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{COMPANY}　人力资源部　　表单编号：HR-F-012　版本：A/2"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "劳动合同书（恒力五金）　第 "
    add_page_field(fp)
    fp.add_run(" 页")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("劳 动 合 同 书")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("合同编号：HL-LD-2026-0107").alignment = WD_ALIGN_PARAGRAPH.RIGHT

    for k, v in PARTIES:
        doc.add_paragraph(f"{k}：{v}")

    doc.add_paragraph(
        "甲乙双方根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》等法律法规，"
        "遵循合法、公平、平等自愿、协商一致、诚实信用的原则，签订本合同。")

    for title, paras in ARTICLES:
        h = doc.add_paragraph()
        hr = h.add_run(title)
        hr.bold = True
        for i, p in enumerate(paras, 1):
            text = f"{i}. {p}" if len(paras) > 1 else p
            doc.add_paragraph(text)

    doc.add_paragraph()
    doc.add_paragraph(f"甲方（盖章）：{COMPANY}")
    doc.add_paragraph("法定代表人或委托代理人（签字）：何家乐（委托人力资源部经理 梁美华）")
    doc.add_paragraph("乙方（签字）：刘翠萍")
    doc.add_paragraph("签订日期：2026年1月12日")

    doc.add_page_break()
    a = doc.add_paragraph()
    a.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ar = a.add_run("附件一：薪资结构表")
    ar.bold = True
    ar.font.size = Pt(14)
    doc.add_paragraph("适用岗位：装配车间操作工　　适用人员：刘翠萍　　执行日期：2026年1月12日起")

    table = doc.add_table(rows=1, cols=len(TABLE_HEAD))
    table.style = "Table Grid"
    for i, h in enumerate(TABLE_HEAD):
        table.rows[0].cells[i].text = h
        set_cell_font(table.rows[0].cells[i], bold=True)
    for row in TABLE_ROWS:
        cells = table.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
            set_cell_font(cells[i], bold=(row[1] == "月标准工资合计"))

    doc.add_paragraph()
    doc.add_paragraph("说明：1. 月标准工资为乙方在法定工作时间内提供正常劳动应得的工资；"
                      "2. 因乙方原因给甲方造成经济损失的，按《员工手册》及有关规定处理；"
                      "3. 本表如有调整，由甲方书面通知乙方并经乙方签字确认。")
    doc.add_paragraph("乙方确认：本人已阅读并理解上表各项内容。　　签字：刘翠萍　　2026年1月12日")
    doc.add_paragraph("人力资源部经办：梁美华　　审核：何家乐")

    fixed = datetime.datetime(2026, 1, 12, 9, 0, 0)
    cp = doc.core_properties
    cp.author = "恒力五金人力资源部"
    cp.title = "劳动合同书"
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "HR"
    cp.revision = 1
    doc.save(OUT)

    # make the zip deterministic: rewrite with fixed timestamps and sorted order
    import zipfile
    tmp = OUT + ".tmp"
    with zipfile.ZipFile(OUT) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 12, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(name))
    os.replace(tmp, OUT)


if __name__ == "__main__":
    main()

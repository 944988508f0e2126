"""Generate unlawful-v-gangkou-toy-factory-table.docx (batch20, prefix v).

Run with: /work/main/.venv/bin/python make_docx_v.py
Deterministic: fixed core properties, no timestamps from the clock.
"""
import datetime
import io
import os
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "unlawful-v-gangkou-toy-factory-table.docx")

FONT = "宋体"


def set_font(run, size=10.5, bold=False):
    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), FONT)


def para(doc, text, size=10.5, bold=False, align=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    set_font(p.add_run(text), size=size, bold=bold)
    return p


def cell_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    set_font(p.add_run(text), bold=bold)


HEADER = "中山市港口镇乐童玩具制品有限公司　人事行政部　　　　表单编号：HR-F-003（2025版）"
FOOTER = "本合同一式两份，甲乙双方各执一份　　　第 1 页 共 2 页"

PARTIES = [
    ("甲方（用人单位）", "中山市港口镇乐童玩具制品有限公司"),
    ("统一社会信用代码", "91442000MA4XXXXX7P"),
    ("住所", "中山市港口镇木河迳东路工业区15号"),
    ("法定代表人", "彭国栋"),
    ("乙方（劳动者）", "钟婉婷"),
    ("性别 / 出生日期", "女 / 1994年6月21日"),
    ("身份证号码", "442000199406210000"),
    ("现住址", "中山市港口镇胜隆社区华府花园8栋1602"),
    ("联系电话", "134XXXX2581"),
]

TERMS = [
    ("合同类型", "☑ 固定期限　□ 无固定期限　□ 以完成一定工作任务为期限"),
    ("合同期限", "2025年8月11日至2028年8月10日（三年）"),
    ("试用期", "三个月：2025年8月11日至2025年11月10日"),
    ("工作部门 / 岗位", "装配车间 / 毛绒玩具缝合、填充、检针（妈妈岗）"),
    ("工作地点", "中山市港口镇木河迳东路工业区15号 甲方厂区"),
    ("工时制度", "☑ 标准工时　□ 综合计算工时　□ 不定时"),
    ("上班时间", "8:30—12:00，13:30—17:30，周一至周五；每周休息两天"),
    ("月工资（转正后）", "2500元／月（含基本工资2080元、岗位津贴420元）"),
    ("试用期工资", "1800元／月"),
    ("发薪日", "每月12日发放上月工资，银行代发；遇节假日提前"),
]

CLAUSES = [
    "甲方安排加班须事先与乙方协商，乙方因照顾小孩不能加班的，不影响考核；加班按《劳动法》第四十四条支付加班工资。",
    "乙方因接送子女或子女生病需请假的，可向车间主管申请，当月可调休补回，不补回的按事假计。",
    "乙方享受国家规定的法定节假日、带薪年休假、婚假、丧假等假期，三八妇女节下午放假。",
    "甲方对乙方进行岗前培训，培训期间照发工资，不收取培训费用。",
    "甲方依法为乙方缴纳养老、医疗、失业、工伤、生育保险，个人应缴部分由甲方代扣代缴。",
    "甲方向乙方提供口罩、袖套，检针工位配备金属探测仪和护目装置，车间通风照明符合规定，并进行岗前安全培训。",
    "乙方在孕期、产期、哺乳期按《女职工劳动保护特别规定》和《广东省人口与计划生育条例》享受相应假期和保护，甲方不安排其加班和夜班，不因此降低工资或解除合同。",
    "为便于统一办理社保、厂牌和宿舍登记，乙方入职时将本人身份证原件交人事部保管，在职期间需要使用的可向人事部登记借出，离职手续办完后退还。",
    "乙方离职应提前三十日书面通知甲方，试用期内提前三日通知；甲方解除或终止合同按《劳动合同法》规定执行，离职当日结清工资。",
    "发生劳动争议的，双方协商解决；协商不成的，向中山市劳动人事争议仲裁委员会申请仲裁。",
    "经双方协商一致，可以书面变更本合同内容；甲方的《员工手册》《车间安全守则》已在入职培训时向乙方讲解。",
    "本合同未尽事宜，按国家和广东省有关规定执行。",
]


def main():
    doc = Document()
    cp = doc.core_properties
    cp.author = "乐童玩具人事部"
    cp.title = "劳动合同书（表格版）"
    fixed = datetime.datetime(2025, 8, 11, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "乐童玩具人事部"
    cp.revision = 1

    sec = doc.sections[0]
    set_font(sec.header.paragraphs[0].add_run(HEADER), size=9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run(FOOTER), size=9)

    para(doc, "劳 动 合 同 书", size=18, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "（全日制·妈妈岗 表格版）", size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "合同编号：LT-2025-0811-07")

    para(doc, "一、双方基本情况", bold=True)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in PARTIES:
        row = t.add_row().cells
        cell_text(row[0], k, bold=True)
        cell_text(row[1], v)

    para(doc, "二、主要约定事项", bold=True)
    t2 = doc.add_table(rows=1, cols=2)
    t2.style = "Table Grid"
    cell_text(t2.rows[0].cells[0], "项目", bold=True)
    cell_text(t2.rows[0].cells[1], "约定内容", bold=True)
    for k, v in TERMS:
        row = t2.add_row().cells
        cell_text(row[0], k)
        cell_text(row[1], v)

    para(doc, "三、其他条款", bold=True)
    for text in CLAUSES:
        p = doc.add_paragraph(style="List Number")
        set_font(p.add_run(text))

    para(doc, "四、签署", bold=True)
    t3 = doc.add_table(rows=3, cols=2)
    t3.style = "Table Grid"
    cell_text(t3.rows[0].cells[0], "甲方（盖章）：中山市港口镇乐童玩具制品有限公司")
    cell_text(t3.rows[0].cells[1], "乙方（签名）：钟婉婷")
    cell_text(t3.rows[1].cells[0], "法定代表人或授权代表：彭国栋")
    cell_text(t3.rows[1].cells[1], "乙方已阅读并理解本合同全部条款")
    cell_text(t3.rows[2].cells[0], "日期：2025年8月11日")
    cell_text(t3.rows[2].cells[1], "日期：2025年8月11日")

    buf = io.BytesIO()
    doc.save(buf)
    normalize_zip(buf.getvalue(), OUT)


def normalize_zip(data, path):
    """Rewrite the package with fixed entry timestamps so the output is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 8, 11, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))


if __name__ == "__main__":
    main()

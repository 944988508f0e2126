# Builds unlawful-b-maternity-return-supplement.docx deterministically.
# Run: /work/main/.venv/bin/python make_docx_b.py
import datetime
import io
import os
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "unlawful-b-maternity-return-supplement.docx")
FIXED = datetime.datetime(2025, 11, 19, 9, 0, 0)


def set_font(run, size=10.5, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "宋体"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def para(doc, text, size=10.5, bold=False, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    set_font(r, size, bold)
    if align is not None:
        p.alignment = align
    return p


doc = Document()
cp = doc.core_properties
cp.author = "明晖电子人事行政部"
cp.last_modified_by = "明晖电子人事行政部"
cp.title = "劳动合同补充协议"
cp.created = FIXED
cp.modified = FIXED
cp.revision = 1

para(doc, "中山市明晖电子科技有限公司", 12, True, WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "劳动合同补充协议", 16, True, WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "（产假期满返岗适用）　　协议编号：MH-HR-BC-2025-118", 9, False, WD_ALIGN_PARAGRAPH.CENTER)

para(doc, "甲方（用人单位）：中山市明晖电子科技有限公司")
para(doc, "法定代表人：高振邦　　地址：中山市火炬开发区濠头大道XX号明晖科技园A栋")
para(doc, "乙方（劳动者）：黄丽萍　　工号：MH03187")
para(doc, "身份证号码：442000199402110000　　住址：中山市火炬开发区张家边XX路X号")

para(doc, "鉴于：", 10.5, True)
para(doc, "1. 甲乙双方于2024年3月1日签订《劳动合同》，期限自2024年3月1日至2027年2月28日，"
          "乙方岗位为品质部来料检验员（IQC），执行标准工时制，白班。")
para(doc, "2. 乙方于2025年6月11日生育一女，产假（含广东省奖励假）自2025年5月27日起至2025年11月20日止，"
          "于2025年11月21日返岗。")
para(doc, "3. 因乙方处于哺乳期，需每日安排哺乳时间，且原IQC岗位需配合供应商早班送货，"
          "经部门评估，乙方暂不适合原岗位。双方经协商，就乙方返岗后的岗位、班次和薪酬签订本补充协议。")

para(doc, "第一条　调整内容", 10.5, True)
rows = [
    ("项目", "原劳动合同约定", "本协议调整后（自2025年11月21日起）"),
    ("部门/岗位", "品质部　IQC来料检验员", "生产部　后段包装工"),
    ("班次", "白班 08:00—17:00（午休1小时）\n周一至周五", "固定夜班 21:00—次日06:00（含用餐1小时）\n周一至周五"),
    ("月工资", "4800元（基本工资3600元＋岗位津贴800元＋全勤奖400元）",
     "3800元（基本工资3400元＋全勤奖400元）\n哺乳期岗位不享受岗位津贴"),
    ("哺乳时间", "—", "每天1小时，由乙方在当班时段内自行安排，计入工作时间"),
    ("恢复时间", "—", "婴儿满一周岁（2026年6月11日）后，视岗位空缺情况另行安排"),
]
table = doc.add_table(rows=len(rows), cols=3)
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        cell = table.cell(i, j)
        cell.text = ""
        r = cell.paragraphs[0].add_run(text)
        set_font(r, 9.5, i == 0)

para(doc, "")
para(doc, "第二条　工资发放", 10.5, True)
para(doc, "乙方工资仍按原合同约定于每月10日前以银行转账方式发放上月工资。夜班期间公司提供宵夜一餐。")

para(doc, "第三条　假期", 10.5, True)
para(doc, "乙方子女三周岁以内，每年享受育儿假10天，育儿假期间工资照发。"
          "乙方因子女就医需请假的，可凭病历申请事假或调休。")

para(doc, "第四条　乙方承诺", 10.5, True)
para(doc, "1. 乙方已了解包装岗位及夜班安排，自愿服从公司调整。")
para(doc, "2. 为保证生产人员稳定，乙方承诺自本协议签订之日起二十四个月内不再怀孕生育。"
          "如违反本承诺，视为乙方不能胜任本岗位工作，甲方有权解除劳动合同，且不支付经济补偿。")

para(doc, "第五条　其他", 10.5, True)
para(doc, "1. 本补充协议是原《劳动合同》的组成部分，本协议未涉及的内容仍按原合同执行。")
para(doc, "2. 本协议一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。")

para(doc, "")
sig = doc.add_table(rows=3, cols=2)
sig_rows = [
    ("甲方（盖章）：中山市明晖电子科技有限公司", "乙方（签名）：黄丽萍"),
    ("授权代表：人事行政部经理　莫嘉欣", "（按手印）"),
    ("日期：2025年11月19日", "日期：2025年11月19日"),
]
for i, (a, b) in enumerate(sig_rows):
    for j, text in enumerate((a, b)):
        c = sig.cell(i, j)
        c.text = ""
        set_font(c.paragraphs[0].add_run(text), 10.5)

buf = io.BytesIO()
doc.save(buf)

# Re-pack with fixed timestamps and sorted order so the output is byte-identical on every run.
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
names = src.namelist()
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for name in names:
        info = zipfile.ZipInfo(name, date_time=(2025, 11, 19, 9, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        dst.writestr(info, src.read(name))
print("wrote", OUT)

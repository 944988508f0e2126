"""Build unlawful-c-zhuhai-kitchen-helper-form.docx deterministically.

Run: /work/main/.venv/bin/python make_docx_c.py
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
OUT = os.path.join(HERE, "unlawful-c-zhuhai-kitchen-helper-form.docx")
FIXED = datetime.datetime(2025, 6, 28, 9, 0, 0)


def set_font(doc):
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def para(doc, text, bold=False, size=None, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, rows, widths=None, header=None):
    ncol = len(rows[0]) if rows else len(header)
    t = doc.add_table(rows=0, cols=ncol)
    t.style = "Table Grid"
    if header:
        cells = t.add_row().cells
        for c, h in zip(cells, header):
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    return t


def build():
    doc = Document()
    set_font(doc)
    cp = doc.core_properties
    cp.author = "渔港湾人事部"
    cp.title = "劳动合同书（餐饮服务人员·表格式）"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "渔港湾人事部"
    cp.revision = 1

    para(doc, "劳 动 合 同 书", bold=True, size=18, center=True)
    para(doc, "（餐饮服务人员·表格式）", center=True)
    para(doc, "合同编号：YGW-2025-HC-017　　　　　填表说明：在“□”内打“☑”，空白处据实填写，不填的划“/”。")

    para(doc, "一、甲方（用人单位）基本情况", bold=True)
    table(doc, [
        ["单位名称", "珠海市渔港湾餐饮管理有限公司", "统一社会信用代码", "91440400MA55T0KX8N"],
        ["法定代表人", "郑海生", "联系电话", "0756-3328 0000"],
        ["注册地址", "珠海市香洲区吉大石花西路213号首层", "实际经营地", "同注册地址（渔港湾海鲜酒家）"],
    ])

    para(doc, "二、乙方（劳动者）基本情况", bold=True)
    table(doc, [
        ["姓名", "邓美娟", "性别", "女"],
        ["居民身份证号码", "442000198911020000", "联系电话", "159 1866 0000"],
        ["户籍地址", "广东省中山市坦洲镇同胜村", "现住址", "珠海市香洲区南屏镇北山村二巷5号"],
        ["紧急联系人", "黄志勇（丈夫）", "联系电话", "136 3180 0000"],
    ])

    para(doc, "三、合同主要内容", bold=True)
    table(doc, header=["项目", "约定内容"], rows=[
        ["合同期限", "☑固定期限：自 2025 年 7 月 1 日起至 2026 年 6 月 30 日止（共 1 年）\n□无固定期限　□以完成一定工作任务为期限"],
        ["试用期", "☑有，试用期 2 个月，自 2025 年 7 月 1 日至 2025 年 8 月 31 日　□无"],
        ["工作岗位", "厨房帮工（洗菜、切配、打荷、餐具清洗、后厨卫生）"],
        ["工作地点", "珠海市香洲区吉大石花西路213号渔港湾海鲜酒家后厨"],
        ["工时制度", "☑标准工时制　□综合计算工时制　□不定时工作制"],
        ["上班时间", "上午 9:30—14:00，下午 16:30—20:00，每天 8 小时；每周休息 2 天（按排班轮休）。\n乙方为妈妈岗，不安排 20:00 以后的收市班。"],
        ["加班", "因节假日宴席确需加班的，经乙方同意后安排，按国家规定支付加班工资或安排补休。"],
        ["法定节假日及休假", "按国家规定享受法定节假日、带薪年休假、婚丧假、产假等。"],
        ["月工资（转正后）", "2250 元/月（计时工资）"],
        ["试用期工资", "1800 元/月"],
        ["工资发放", "每月 10 日前以银行转账发放上月工资，遇节假日提前发放。"],
        ["福利待遇", "包工作餐两餐；不包住宿；健康证办证费用凭票由甲方报销。"],
        ["社会保险", "□甲方依法为乙方缴纳社会保险\n☑乙方自愿不购买社会保险，甲方每月随工资发放社保补贴 200 元，乙方自行承担不参保的一切后果"],
        ["押金/保证金", "工衣 2 套、厨刀 1 套押金 300 元，从乙方首月工资中扣除，离职交还物品后退回。"],
        ["劳动保护与劳动条件", "甲方发放防滑鞋、防烫手套、围裙、口罩；后厨设排烟、消防器材；刀具、绞肉机等设备上岗前进行安全培训。"],
        ["女职工保护", "乙方怀孕、哺乳期间按国家规定享受保护，不安排延长工作时间和夜班，每天安排哺乳时间 1 小时。"],
        ["合同解除与终止", "按《中华人民共和国劳动合同法》有关规定执行。乙方辞职应提前 30 日书面通知（试用期内提前 3 日）。"],
        ["其他约定", "乙方应遵守酒家《后厨卫生管理规定》，持有效健康证上岗。"],
    ])

    para(doc, "四、本合同一式两份，甲乙双方各执一份，经双方签字盖章后生效。乙方已阅读全部内容。")

    para(doc, "五、签署", bold=True)
    table(doc, [
        ["甲方（盖章）", "珠海市渔港湾餐饮管理有限公司", "乙方（签字）", "邓美娟"],
        ["法定代表人或委托代理人", "郑海生（代：人事 李小燕）", "签订日期", "2025 年 6 月 28 日"],
        ["签订日期", "2025 年 6 月 28 日", "乙方已领取合同文本", "☑ 是　签名：邓美娟"],
    ])

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so the file is byte-for-byte reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2025, 6, 28, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))


if __name__ == "__main__":
    build()
    print(OUT)

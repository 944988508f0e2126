"""Generate unlawful-n-live-fake-cooperation.docx (batch17, prefix n).

Run with: /work/main/.venv/bin/python make_docx_n.py
The text of the document lives in this script; the output is deterministic
(fixed core properties and fixed zip timestamps).
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
OUT = os.path.join(HERE, "unlawful-n-live-fake-cooperation.docx")
FIXED = datetime.datetime(2025, 12, 1, 9, 0, 0)

PARTIES = [
    "甲方：中山市潮汐传媒有限公司",
    "统一社会信用代码：91442000MA58D4UX7W",
    "住所：中山市西区富华道32号天悦城写字楼11楼1102室",
    "法定代表人：邝俊彦　　联系电话：0760-8812****",
    "",
    "乙方：黎雅婷",
    "身份证号：442000199809250000",
    "住址：中山市西区沙朗长洲村长洲大街19号",
    "联系电话：177****5390",
]

PREAMBLE = (
    "甲方是一家从事网络直播电商运营的公司，拥有抖音账号“潮汐好物”“潮汐严选”（以下统称“甲方账号”）。"
    "乙方自愿以合作主播身份入驻甲方直播基地，为甲方账号提供直播带货服务。双方经协商，订立本合作协议。"
)

SECTIONS = [
    ("第一条 合作内容", [
        "1. 乙方在甲方直播基地（中山市西区富华道32号天悦城写字楼11楼）使用甲方账号开播，讲解、推广甲方安排的商品。",
        "2. 直播选品、直播脚本、开播时间和直播间话术由甲方运营部确定，乙方按甲方运营人员的安排执行。",
        "3. 甲方账号及其粉丝、作品、数据归甲方所有，乙方不得私自更改账号信息或导流到其他账号。",
    ]),
    ("第二条 合作期限", [
        "合作期限自2025年12月1日起至2026年11月30日止，共十二个月。",
    ]),
    ("第三条 排班和考勤", [
        "1. 乙方按下表所列班次直播，具体每日班次以甲方运营部每月25日前公布的下月排班表为准：",
        "[[TABLE_SCHEDULE]]",
        "2. 乙方每月可以休息2天，休息日由运营部根据直播排期统一安排，乙方不得自行调换。",
        "3. 乙方应于开播前30分钟到岗，使用钉钉在直播基地打卡；迟到、缺勤按甲方《主播管理制度》处理。",
        "4. 乙方因事、因病不能开播的，须提前一天向运营主管请假，经批准后由甲方安排其他主播替班。",
    ]),
    ("第四条 收益分配", [
        "乙方的合作收益按下表计算，由甲方于每月15日前支付上月收益：",
        "[[TABLE_INCOME]]",
    ]),
    ("第五条 设备保证金", [
        "乙方入驻时须向甲方缴纳设备保证金2000元，用于担保乙方妥善使用甲方提供的直播设备、样品和服装。"
        "合作结束时，甲方在结清最后一个月收益时无息退还；设备有人为损坏的，按实际维修费用从保证金中抵扣后退还余额。",
    ]),
    ("第六条 场地和安全", [
        "1. 甲方免费提供直播间、灯光、声卡、摄像设备和直播服装，负责直播间空调、用电和消防安全，并定期检修设备。",
        "2. 乙方每场直播中间可休息10分钟，由场控接场。",
        "3. 乙方怀孕或处于哺乳期的，甲方根据乙方情况调整班次，不安排晚场。",
    ]),
    ("第七条 社会保险", [
        "乙方为甲方的合作主播，不是甲方员工，双方之间是合作关系。甲方不为乙方缴纳社会保险，乙方收益中已包含相应补偿，乙方自行参保。",
    ]),
    ("第八条 协议的解除", [
        "1. 乙方要求提前结束合作的，应提前30日书面通知甲方，并办理设备、样品交接。",
        "2. 乙方严重违反《主播管理制度》、在直播中发表违法言论或造成甲方账号被平台封禁的，甲方可以书面通知解除本协议。",
    ]),
    ("第九条 保密", [
        "乙方对甲方的选品价格、供应商信息、直播数据负有保密义务，合作结束后仍须遵守。",
    ]),
    ("第十条 其他", [
        "1. 甲方《主播管理制度》为本协议附件，乙方已阅读并签收。",
        "2. 因本协议发生争议的，双方协商解决；协商不成的，向甲方所在地有管辖权的机构申请处理。",
        "3. 本协议一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。",
    ]),
]

SCHEDULE = [
    ["班次", "到岗时间", "直播时间", "下播复盘", "说明"],
    ["早场", "9:30", "10:00—14:00", "14:00—14:30", "家居日用专场"],
    ["晚场", "18:30", "19:00—23:00", "23:00—23:30", "零食、美妆专场"],
    ["备注", "—", "每人每天一个班次", "—", "班次由运营部轮换安排"],
]

INCOME = [
    ["项目", "标准", "备注"],
    ["保底收益", "3000元/月", "按月固定发放"],
    ["销售提成", "乙方所播场次净成交额的3%", "扣除退款后计算"],
    ["缺勤扣减", "按保底收益÷当月排班天数×缺勤天数", "未经批准缺勤的按此扣减"],
    ["个人所得税", "由甲方代扣代缴", "—"],
]

SIGN = [
    "甲方（盖章）：中山市潮汐传媒有限公司",
    "法定代表人或授权代表（签字）：邝俊彦",
    "日期：2025年12月1日",
    "",
    "乙方（签字）：黎雅婷",
    "日期：2025年12月1日",
]


def set_font(run, size=11, bold=False):
    run.font.name = "宋体"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    run.font.size = Pt(size)
    run.bold = bold


def para(doc, text, size=11, bold=False, align=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    r = p.add_run(text)
    set_font(r, size, bold)
    return p


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell_text in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            r = cell.paragraphs[0].add_run(cell_text)
            set_font(r, 10, bold=(i == 0))
    return t


def build():
    doc = Document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("中山市潮汐传媒有限公司　主播合作协议　编号：CX-HZ-2025-1201"), 9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("本协议正文共十条，附件：《主播管理制度》"), 9)

    para(doc, "主播合作协议", size=16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for line in PARTIES:
        para(doc, line)
    para(doc, PREAMBLE)
    for title, items in SECTIONS:
        para(doc, title, bold=True)
        for item in items:
            if item == "[[TABLE_SCHEDULE]]":
                table(doc, SCHEDULE)
            elif item == "[[TABLE_INCOME]]":
                table(doc, INCOME)
            else:
                para(doc, item)
    para(doc, "")
    for line in SIGN:
        para(doc, line)

    cp = doc.core_properties
    cp.author = "中山市潮汐传媒有限公司"
    cp.title = "主播合作协议"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "中山市潮汐传媒有限公司"
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so the output is byte-for-byte stable
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))


if __name__ == "__main__":
    build()
    print("wrote", OUT)

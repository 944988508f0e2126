# -*- coding: utf-8 -*-
"""生成 unlawful-j-dongguan-electronics-wage-table.docx（确定性：固定元数据和 zip 时间戳）。
用法：/work/main/.venv/bin/python make_j.py
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
OUT = os.path.join(HERE, "unlawful-j-dongguan-electronics-wage-table.docx")
FIXED = datetime.datetime(2025, 7, 7, 9, 0, 0)


def set_font(run, size=10.5, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "宋体"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "宋体")


def para(doc, text, size=10.5, bold=False, center=False):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(text), size=size, bold=bold)
    return p


def cell_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    set_font(p.add_run(text), size=9.5, bold=bold)


doc = Document()
cp = doc.core_properties
cp.author = "鑫达电子人事部"
cp.last_modified_by = "鑫达电子人事部"
cp.title = "劳动合同书"
cp.created = FIXED
cp.modified = FIXED
cp.last_printed = FIXED
cp.revision = 1

para(doc, "东莞市鑫达电子科技有限公司", 14, True, True)
para(doc, "劳 动 合 同 书", 16, True, True)
para(doc, "编号：XD-HR-2507-112")

para(doc, "甲方（用人单位）：东莞市鑫达电子科技有限公司")
para(doc, "统一社会信用代码：91441900MA4W3K8R6T")
para(doc, "法定代表人：陈锦荣")
para(doc, "地址：东莞市长安镇霄边社区振安中路39号")
para(doc, "乙方（劳动者）：韦建华　　性别：男")
para(doc, "身份证号码：452226199603152817")
para(doc, "户籍地址：广西壮族自治区河池市都安瑶族自治县地苏镇地苏社区")
para(doc, "在莞住址：甲方员工宿舍B栋407　　联系电话：177XXXX3095")

para(doc, "甲乙双方根据《劳动法》《劳动合同法》及东莞市有关规定，经平等协商，自愿签订本合同。")

clauses = [
    ("第一条　合同期限",
     ["本合同为固定期限劳动合同，期限一年，自2025年7月7日起至2026年7月6日止，其中试用期两个月（2025年7月7日至2025年9月6日）。"]),
    ("第二条　工作内容和工作地点",
     ["1. 乙方在甲方生产部SMT后段车间从事插件、波峰焊后补焊、目检、包装等普工工作，具体按车间主管安排。",
      "2. 工作地点：东莞市长安镇霄边社区振安中路39号甲方厂区。"]),
    ("第三条　工作时间和休息休假",
     ["1. 甲方实行标准工时制度，乙方正常工作时间为每天8小时，每周5天，车间实行白夜两班，两周轮换一次。",
      "2. 鉴于电子行业订单波动大，乙方同意在生产需要时配合加班。旺季每天加班一般为2至3小时，周六按加班安排，每月加班时间一般在60至80小时之间，淡季酌减。加班须填写加班单。",
      "3. 乙方享受国家规定的法定节假日、年休假、婚丧假等假期。法定节假日甲方安排工作的，按国家规定支付加班工资。"]),
    ("第四条　劳动报酬",
     ["1. 乙方工资构成和标准详见下表《员工工资构成表》，该表为本合同的组成部分。",
      "2. 甲方于每月25日前以银行代发形式支付乙方上月工资，遇节假日提前发放，并向乙方提供工资条。",
      "3. 试用期工资标准与转正后相同。",
      "4. 乙方因个人原因损坏物料、工装治具的，按成本价赔偿。需从工资扣除的，甲方提前书面通知乙方，每月扣除不超过当月工资的20%，扣除后余额不低于东莞市最低工资标准。"]),
]
for title, items in clauses:
    para(doc, title, 11, True)
    for it in items:
        para(doc, it)

para(doc, "员工工资构成表（适用：生产部普工）", 11, True, True)

rows = [
    ("项目", "标准", "发放条件 / 说明"),
    ("基本工资（底薪）", "1750元/月", "按出勤天数计发"),
    ("岗位补贴", "100元/月", "在岗即发"),
    ("全勤奖", "150元/月", "当月无迟到、早退、请假、旷工"),
    ("夜班津贴", "15元/晚（约200元/月）", "上夜班当晚发放，按夜班轮换次数计"),
    ("高温津贴", "150元/月", "每年6月至10月发放"),
    ("平时加班费", "14元/小时", "工作日正常班后加班，按加班单时数计"),
    ("周六日加班费", "18元/小时", "休息日加班，不另安排补休"),
    ("法定节假日加班费", "按国家规定", "按国家规定的倍数计发"),
    ("月综合收入（不含加班）", "约2350元", "底薪+岗位补贴+全勤奖+夜班津贴+高温津贴，已达到东莞市最低工资标准"),
    ("代扣：个人社保", "按实际", "养老、医疗、失业保险个人部分，按东莞社保基数代扣"),
    ("代扣：个人所得税", "按实际", "达到起征点时代扣"),
    ("首月扣：厂牌、工衣押金", "100元", "入职首月工资中扣除，离职时交回厂牌工衣后退还"),
]
table = doc.add_table(rows=len(rows), cols=3)
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, txt in enumerate(row):
        cell_text(table.cell(i, j), txt, bold=(i == 0))

para(doc, "注：以上标准如遇东莞市最低工资标准调整，甲方按规定另行通知。")

clauses2 = [
    ("第五条　社会保险",
     ["甲方自乙方入职之日起30日内为乙方办理社会保险登记，依法缴纳养老、医疗（含生育）、工伤、失业保险，个人应缴部分由甲方在工资中代扣代缴。"]),
    ("第六条　劳动保护、劳动条件和职业危害防护",
     ["1. 甲方为乙方提供防静电工衣、静电手环、口罩、耐高温手套等劳动防护用品，进行岗前安全培训。",
      "2. 甲方告知：补焊岗位存在焊锡烟尘，车间设局部排烟装置；甲方按规定组织岗前、在岗、离岗职业健康检查，费用由甲方承担。",
      "3. 乙方应严格遵守安全操作规程，对违章指挥、强令冒险作业有权拒绝。",
      "4. 甲方提供免费员工宿舍（四人间），宿舍水电费由乙方自行到宿管处缴纳。"]),
    ("第七条　劳动纪律",
     ["乙方应遵守甲方依法制定并公示的《员工手册》及车间管理制度。"]),
    ("第八条　合同的解除和终止",
     ["1. 本合同的变更、解除和终止按《劳动合同法》有关规定执行。乙方辞职应提前30日书面通知甲方，试用期内提前3日通知。",
      "2. 合同解除或终止时，甲方为乙方结清工资，出具离职证明，并在15日内办理社保转移手续；依法应支付经济补偿的，按规定支付。"]),
    ("第九条　争议处理",
     ["因履行本合同发生争议，双方协商解决；协商不成的，可向东莞市劳动人事争议仲裁院长安仲裁庭申请仲裁。"]),
    ("第十条　其他",
     ["1. 本合同未尽事宜按国家及广东省、东莞市有关规定执行。",
      "2. 本合同一式两份，双方各执一份，签字盖章后生效。"]),
]
for title, items in clauses2:
    para(doc, title, 11, True)
    for it in items:
        para(doc, it)

para(doc, "")
para(doc, "甲方（盖章）：东莞市鑫达电子科技有限公司　　　　乙方（签名）：韦建华")
para(doc, "法定代表人/委托代理人：李秋萍（人事主管）　　　　按手印：（指印）")
para(doc, "签订日期：2025年7月7日　　　　　　　　　　　　　签订日期：2025年7月7日")

# 保存到内存后重写 zip，固定每个成员的时间戳，保证每次生成的字节一致
buf = io.BytesIO()
doc.save(buf)
buf.seek(0)
with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        data = zin.read(info.filename)
        zi = zipfile.ZipInfo(info.filename, date_time=(2025, 7, 7, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, data)
print("wrote", OUT)

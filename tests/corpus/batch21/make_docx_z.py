#!/usr/bin/env python3
"""Generate unlawful-z-zhuhai-autonumber-10h.docx next to this script.

Clause numbers ("第一条", "1.") are Word automatic numbering defined in numbering.xml,
not typed text. Deterministic: fixed core properties and fixed zip timestamps.
"""
import datetime
import io
import os
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "unlawful-z-zhuhai-autonumber-10h.docx")
FIXED = datetime.datetime(2026, 4, 15, 9, 0, 0)

ABSTRACT_ID = 90
NUM_ID = 90

ABSTRACT_XML = (
    '<w:abstractNum %s w:abstractNumId="%d">'
    '<w:nsid w:val="5A3C1E90"/>'
    '<w:multiLevelType w:val="multilevel"/>'
    '<w:tmpl w:val="1B2C3D90"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:lvlText w:val="第%%1条"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
    '<w:rPr><w:b/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlRestart w:val="1"/>'
    '<w:lvlText w:val="%%2."/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl>'
    '</w:abstractNum>' % (nsdecls("w"), ABSTRACT_ID)
)
NUM_XML = '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (
    nsdecls("w"), NUM_ID, ABSTRACT_ID)

HEAD = [
    ("title", "劳动合同书"),
    ("center", "（全日制）"),
    ("p", "合同编号：ZHXH-LD-2026-052"),
    ("p", "甲方（用人单位）：珠海市斗门区鑫和玩具制品有限公司"),
    ("p", "统一社会信用代码：91440403MA53000000"),
    ("p", "法定代表人：林振华"),
    ("p", "住所：珠海市斗门区白蕉镇新科一路19号"),
    ("p", "乙方（劳动者）：苏美玲"),
    ("p", "居民身份证号码：442000199305140000"),
    ("p", "户籍地址：广东省湛江市廉江市石城镇"),
    ("p", "现住址：珠海市斗门区白蕉镇灯笼村新村路32号"),
    ("p", "联系电话：159XXXX6042"),
    ("p", "甲乙双方根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》及有关规定，"
          "本着平等自愿、协商一致的原则，签订本合同。"),
]

CLAUSES = [
    ("劳动合同期限", [
        "本合同为固定期限劳动合同，自2026年4月20日起至2029年4月19日止。",
        "试用期自2026年4月20日起至2026年7月19日止，共三个月。",
        "试用期工资与转正后工资相同。",
    ]),
    ("工作内容和工作地点", [
        "乙方在甲方装配车间从事毛绒玩具缝合、填充及成品检验工作。",
        "工作地点：珠海市斗门区白蕉镇新科一路19号甲方厂区A栋。",
        "甲方因生产需要调整乙方岗位的，应与乙方协商一致并书面确认。",
    ]),
    ("工作时间和休息休假", [
        "根据订单生产需要，乙方每天工作10小时，每月休息2天，加班费已包含在月薪中。",
        "具体作息为7:30—12:00、13:00—18:30，休息日由车间按生产排班安排。",
        "乙方依法享受法定节假日、带薪年休假、婚丧假、产假等假期。",
    ]),
    ("劳动报酬", [
        "乙方月薪为人民币3000元（综合工资）。",
        "甲方每月15日前以银行转账方式向乙方支付上月工资，遇节假日提前支付，并提供工资清单。",
        "甲方根据生产经营情况和乙方表现，每年4月评定一次调薪。",
    ]),
    ("社会保险", [
        "甲方依法为乙方办理社会保险登记，缴纳基本养老、基本医疗、失业、工伤和生育保险。",
        "乙方个人应缴纳部分，由甲方从乙方工资中代扣代缴。",
    ]),
    ("劳动保护、劳动条件和职业危害防护", [
        "甲方为乙方提供符合国家规定的劳动安全卫生条件，车间配备排风设备和急救药箱。",
        "甲方为乙方免费配发口罩、防护手套和工作服，并进行岗前安全和消防培训。",
        "填充岗位存在棉絮粉尘的，甲方如实告知，并安排岗前、在岗和离岗职业健康检查。",
        "甲方按《女职工劳动保护特别规定》对女职工实行特殊保护。",
    ]),
    ("劳动纪律", [
        "乙方应遵守甲方依法制定并公示的规章制度。",
        "甲方不扣押乙方身份证件，不向乙方收取押金或保证金。",
    ]),
    ("劳动合同的变更、解除和终止", [
        "双方协商一致，可以变更本合同，变更应采用书面形式。",
        "本合同的解除、终止和经济补偿按《中华人民共和国劳动合同法》执行。",
        "乙方解除本合同应提前三十日书面通知甲方，试用期内提前三日通知。",
        "合同解除或终止时，甲方在当日结清乙方工资，并在十五日内办理档案和社会保险关系转移手续。",
    ]),
    ("劳动争议处理", [
        "双方发生劳动争议的，可以协商解决；协商不成的，可以向珠海市劳动人事争议仲裁委员会申请仲裁。",
    ]),
    ("其他", [
        "本合同未尽事宜，按国家和广东省有关规定执行。",
        "本合同一式两份，甲乙双方各执一份，经双方签字盖章后生效。",
    ]),
]

TAIL = [
    "甲方（盖章）：珠海市斗门区鑫和玩具制品有限公司",
    "法定代表人或委托代理人（签字）：林振华",
    "乙方（签字）：苏美玲",
    "签订日期：2026年4月15日",
]


def set_font(run, size=11, bold=False):
    run.font.size = Pt(size)
    run.bold = bold
    run.font.name = "SimSun"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), "宋体")


def numbered(doc, text, level, bold=False):
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
        % (nsdecls("w"), level, NUM_ID)))
    set_font(p.add_run(text), bold=bold)
    return p


def build():
    doc = Document()
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    abstract = parse_xml(ABSTRACT_XML)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(NUM_XML))

    for kind, text in HEAD:
        p = doc.add_paragraph()
        if kind in ("title", "center"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(text), size=18 if kind == "title" else 11,
                 bold=(kind == "title"))

    for heading, items in CLAUSES:
        numbered(doc, heading, 0, bold=True)
        for item in items:
            numbered(doc, item, 1)

    doc.add_paragraph()
    for line in TAIL:
        set_font(doc.add_paragraph().add_run(line))

    cp = doc.core_properties
    cp.author = "鑫和玩具人事部"
    cp.last_modified_by = "鑫和玩具人事部"
    cp.title = "劳动合同书"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED

    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    # rewrite the zip with fixed timestamps so the output is byte-for-byte reproducible
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 4, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


if __name__ == "__main__":
    build()
    print(OUT)

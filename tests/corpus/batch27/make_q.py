# -*- coding: utf-8 -*-
"""生成写作者 q 的 .docx 文书（可重复运行）。

用法：/work/main/.venv/bin/python make_q.py
输出：与本脚本同目录下的 unlawful-q-remote-ecommerce-cs.docx
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DOCX = os.path.join(HERE, "unlawful-q-remote-ecommerce-cs.docx")


def set_font(run, size=10.5, bold=False, name="宋体"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def para(doc, text, size=10.5, bold=False, align=None, indent=False):
    p = doc.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.first_line_indent = Pt(21)
    p.paragraph_format.space_after = Pt(3)
    set_font(p.add_run(text), size=size, bold=bold)
    return p


def heading(doc, text):
    return para(doc, text, size=11, bold=True)


def table(doc, rows, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell_text in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            set_font(cell.paragraphs[0].add_run(cell_text), size=9.5, bold=(i == 0))
    return t


REMOTE_CS = {
    "title": "劳动合同（居家远程办公岗位）",
    "no": "合同编号：YC-HR-2025-1020-07",
    "parties": [
        "甲方（用人单位）：广州悦橙电子商务有限公司",
        "统一社会信用代码：91440111MA9WXXXX2D",
        "住所：广州市白云区石井街道石沙路XX号悦橙电商产业园3栋501",
        "法定代表人：周敏",
        "联系电话：020-3622XXXX",
        "",
        "乙方（劳动者）：梁嘉欣",
        "性别：女",
        "居民身份证号码：44068219XXXXXXXX43",
        "户籍地址：广东省佛山市南海区桂城街道XX社区",
        "经常居住地（居家办公地址）：佛山市南海区桂城街道南海大道北XX号XX花园6座1203房",
        "联系电话：135XXXX7719",
    ],
    "preamble": "甲乙双方根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》及相关法律法规，在平等自愿、协商一致的基础上，就乙方以居家远程方式为甲方提供客服工作订立本合同。",
    "articles": [
        ("第一条  合同期限", [
            "1.1 本合同为固定期限劳动合同，期限两年，自2025年10月20日起至2027年10月19日止。",
            "1.2 试用期二个月，自2025年10月20日起至2025年12月19日止。",
        ]),
        ("第二条  工作内容和工作地点", [
            "2.1 乙方担任甲方在线客服专员，负责甲方天猫、京东、抖音小店等线上店铺的售前咨询、订单跟进、售后退换货处理及客户回访，具体以《客服岗位职责》为准。",
            "2.2 乙方采用居家远程办公方式工作，工作地点为乙方上述居家办公地址（佛山市南海区）。双方确认本合同的履行地为佛山市，有关最低工资标准、劳动保护、劳动条件等事项按劳动合同履行地佛山市的规定执行。",
            "2.3 甲方每月可通知乙方到甲方广州办公地点参加培训或例会不超过两次，往返交通费由甲方凭票据报销。",
        ]),
        ("第三条  工作时间和休息休假", [
            "3.1 鉴于居家办公难以按标准工作时间考核，乙方岗位实行不定时工作制。甲方根据店铺咨询量排班，原则上乙方每日在线8小时（早班9:00—18:00或晚班14:00—23:00，各含1小时用餐休息），每周休息两天，排班表于每周日前通过企业微信发布。",
            "3.2 “618”“双11”“年货节”等大促期间，乙方应按甲方排班延长在线时间。因乙方岗位实行不定时工作制，甲方不另行支付延长工作时间的加班工资，大促结束后甲方视情况安排调休。",
            "3.3 乙方依法享受法定节假日、婚假、丧假、产假等假期。",
            "3.4 乙方的带薪年休假须在当年12月31日前休完；逾期未休的，无论何种原因，均视为乙方自动放弃，甲方不予折算工资或补偿。",
        ]),
        ("第四条  劳动报酬", [
            "4.1 乙方正常工作时间基本工资为人民币2,300元/月（试用期同）。",
            "4.2 绩效奖金：按《客服绩效考核方案》每月核发0—1,500元，考核指标包括首次响应时长、客户满意度、询单转化率，方案已经甲方职工大会讨论并向乙方送达。",
            "4.3 居家办公补贴：甲方每月另发网络及电费补贴人民币150元，不计入基本工资。",
            "4.4 工资支付周期为自然月，甲方于每月25日前通过银行转账支付乙方上一自然月工资，遇节假日提前至最近的工作日支付，并以电子工资条告知乙方工资明细。",
            "4.5 甲方依法代扣代缴乙方个人所得税及个人应缴的社会保险费、住房公积金。",
        ]),
        ("第五条  社会保险", [
            "5.1 甲方自用工之月起在广州市为乙方办理社会保险登记，依法缴纳养老、医疗（含生育）、失业、工伤保险费。",
        ]),
        ("第六条  办公设备", [
            "6.1 甲方为乙方提供居家办公所需设备，设备明细、价值及乙方应缴设备押金见附件一《居家办公设备领用确认单》。设备所有权归甲方，乙方应妥善保管，仅用于甲方工作。",
            "6.2 乙方离职时应将设备完整交还甲方，经甲方IT部门验收后按附件一办理。",
        ]),
        ("第七条  居家办公安全", [
            "7.1 乙方应自行保证居家办公场所用电、消防及人身安全。",
            "7.2 因居家办公场所不在甲方管理范围内，乙方在居家办公期间发生的人身伤害或疾病，无论是否发生在排班时间内，均由乙方自行承担，甲方不承担工伤责任或其他任何赔偿责任。",
        ]),
        ("第八条  信息安全与保密", [
            "8.1 乙方在工作中接触的客户姓名、电话、收货地址、订单信息及甲方未公开的促销方案，属于甲方商业秘密和个人信息保护范围，乙方不得截图外传、私自留存或用于工作以外用途。",
            "8.2 乙方违反本条约定给甲方造成损失的，依法承担赔偿责任。本合同不约定竞业限制。",
        ]),
        ("第九条  考核与岗位调整", [
            "9.1 乙方连续两个月绩效考核得分低于60分的，甲方可安排乙方参加培训或调整至其他客服组；经培训或调整岗位后仍不能胜任工作的，甲方可依照《中华人民共和国劳动合同法》第四十条的规定解除本合同。",
            "9.2 因乙方故意或重大过失（如错误操作退款）给甲方造成直接经济损失的，乙方应予赔偿；甲方可从乙方工资中扣除，但每月扣除部分不超过乙方当月工资的20%，扣除后剩余工资不得低于佛山市月最低工资标准，扣除前书面告知乙方原因和金额。",
        ]),
        ("第十条  合同的解除和终止", [
            "10.1 乙方要求解除本合同的，须提前六十日向甲方提交书面辞职申请，经甲方部门负责人及人力资源部审批同意后，方可办理离职手续。",
            "10.2 甲方解除或终止本合同的，依照《中华人民共和国劳动合同法》的规定执行，依法应当支付经济补偿的，甲方依法支付。",
            "10.3 本合同解除或终止的，甲方于解除或终止当日结清乙方工资，出具解除或终止劳动合同证明，并在十五日内办理社会保险关系转移手续。乙方应按约定办理工作交接。",
        ]),
        ("第十一条  合同签署", [
            "11.1 双方同意通过“e签宝”电子签约平台以电子签名方式签署本合同，电子签名与手写签名、盖章具有同等法律效力。双方各自下载保存本合同电子文本。",
        ]),
        ("第十二条  争议处理", [
            "12.1 因履行本合同发生争议的，双方协商解决；协商不成的，可向甲方所在地或合同履行地的劳动人事争议仲裁委员会申请仲裁。",
        ]),
        ("第十三条  附则", [
            "13.1 本合同未尽事宜，按国家及广东省有关规定执行。附件一为本合同组成部分。",
        ]),
    ],
    "sign": [
        "甲方（电子签章）：广州悦橙电子商务有限公司",
        "法定代表人或委托代理人：何晓琳（人力资源部经理）",
        "签署时间：2025年10月20日 10:12",
        "",
        "乙方（电子签名）：梁嘉欣",
        "签署时间：2025年10月20日 10:26",
    ],
    "annex_title": "附件一：居家办公设备领用确认单",
    "annex_rows": [
        ["序号", "设备/事项", "型号/说明", "数量", "价值（元）", "备注"],
        ["1", "笔记本电脑", "联想 ThinkPad E14（资产编号YC-NB-0391）", "1台", "4,299", "预装客服工作台、监控考勤软件"],
        ["2", "降噪耳麦", "缤特力 C3220 USB", "1副", "260", "—"],
        ["3", "随身WiFi备用机", "4G 随身WiFi", "1台", "199", "断网时备用"],
        ["4", "设备押金", "人民币壹仟伍佰元整（¥1,500）", "—", "—", "从乙方首月工资中一次性扣除；离职交还全部设备并经IT部验收无损后无息退还，有损坏的从押金中抵扣维修费"],
    ],
    "annex_sign": "乙方确认已收到上述设备并同意押金扣除方式：梁嘉欣（电子签名）  2025年10月20日",
}


def build_remote_cs(path):
    d = REMOTE_CS
    doc = Document()
    para(doc, d["title"], size=16, bold=True, align="center")
    para(doc, d["no"], size=9, align="right")
    for line in d["parties"]:
        para(doc, line)
    para(doc, d["preamble"], indent=True)
    for head, items in d["articles"]:
        heading(doc, head)
        for it in items:
            para(doc, it, indent=True)
    para(doc, "（以下无正文）", align="center")
    for line in d["sign"]:
        para(doc, line)
    doc.add_page_break()
    heading(doc, d["annex_title"])
    table(doc, d["annex_rows"])
    para(doc, "")
    para(doc, d["annex_sign"])
    doc.save(path)


if __name__ == "__main__":
    build_remote_cs(OUT_DOCX)
    print("wrote", OUT_DOCX)

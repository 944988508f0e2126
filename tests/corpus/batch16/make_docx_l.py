"""Generate lawful-l-livecommerce-assistant-docx.docx (batch16, prefix l).

Run: /work/main/.venv/bin/python make_docx_l.py
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).with_name("lawful-l-livecommerce-assistant-docx.docx")

COMPANY = "中山市星悦电子商务有限公司"

PARTIES = [
    ("甲方（用人单位）", COMPANY),
    ("统一社会信用代码", "91442000MA5YYYYYY0"),
    ("住所", "中山市火炬开发区某某电商产业园B栋5楼"),
    ("法定代表人", "周俊杰"),
    ("乙方（劳动者）", "林佩珊"),
    ("性别 / 出生日期", "女 / 1994年2月"),
    ("居民身份证号码", "442000199402080000"),
    ("联系电话", "13800026690"),
    ("现住址", "中山市东区某某苑6栋801"),
]

CLAUSES = [
    ("第一条　合同期限", [
        "1.1 本合同为固定期限劳动合同，期限三年，自2026年7月1日起至2029年6月30日止。",
        "1.2 试用期三个月，自2026年7月1日起至2026年9月30日止。试用期包含在合同期限内。",
    ]),
    ("第二条　工作内容和工作地点", [
        "2.1 乙方担任直播运营部“助播/直播间客服”岗位（妈妈岗），主要负责直播间商品讲解配合、弹幕答疑、售后客服及订单跟进。",
        "2.2 工作地点为甲方火炬开发区办公场所及直播间。经部门负责人同意，乙方每周可居家办公不超过两天（限客服工作），居家期间按正常出勤计发工资。",
        "2.3 甲方调整乙方岗位的，应与乙方协商一致并以书面形式变更本合同。",
    ]),
    ("第三条　工作时间和休息休假", [
        "3.1 甲方实行标准工时制度，乙方每日工作8小时，每周工作5天，每周至少休息一日。甲方不实行不定时工作制或综合计算工时工作制。",
        "3.2 乙方可选择白场（9:00—18:00，含午休1小时）或午晚场（14:00—23:00，含晚餐1小时），班次每月排定一次。晚场按自愿报名，不强制安排；乙方怀孕7个月以上或哺乳未满1周岁婴儿期间，不安排晚场和加班。",
        "3.3 妈妈岗弹性安排：乙方因接送、照料子女，可在当班开始前后30分钟内弹性到岗并相应顺延下班；子女生病、开家长会的，可申请事假或调班。",
        "3.4 大促（“618”“双11”等）确需延长工作时间的，甲方应与乙方协商，每日不超过3小时、每月不超过36小时，并依法支付加班工资或安排补休。",
        "3.5 乙方享受法定节假日、带薪年休假、婚假、产假（98天）、广东省生育奖励假（80天）、育儿假（子女三周岁内每年10天）及哺乳时间等假期。",
    ]),
    ("第四条　劳动报酬", [
        "4.1 乙方月基本工资为人民币3,200元；另按《直播运营部绩效提成办法》计发提成，提成按月核算。试用期月基本工资为人民币2,800元。",
        "4.2 甲方于每月15日前以银行转账方式支付乙方上一自然月工资和提成，遇节假日提前至最近的工作日支付。",
        "4.3 加班工资以乙方正常工作时间工资为基数：工作日延长工作时间按150%，休息日工作又不能安排补休的按200%，法定节假日工作按300%支付。",
        "4.4 直播间因平台规则被处罚、限流的，不扣减乙方工资。因乙方故意或重大过失造成甲方损失需从工资中扣除赔偿的，每月扣除不超过当月工资的20%，且扣除后不低于中山市最低工资标准。",
    ]),
    ("第五条　社会保险和福利", [
        "5.1 甲方自用工之日起依法为乙方办理社会保险登记，足额缴纳养老、医疗、失业、工伤、生育保险费和住房公积金，个人应缴部分由甲方代扣代缴。",
        "5.2 甲方每月为乙方提供通讯补贴100元；乙方子女满12周岁前，甲方每年发放“六一”亲子福利一次。",
    ]),
    ("第六条　劳动保护", [
        "6.1 甲方为直播间配备符合安全要求的灯光、声卡及空调设备，定期检修线路。",
        "6.2 甲方配发的工作手机、耳机、补光灯不收取押金，离职时归还；非因乙方故意或重大过失损坏的，不要求乙方赔偿。",
    ]),
    ("第七条　保密与肖像使用", [
        "7.1 乙方对甲方的选品价格、主播排期、后台数据及客户信息负有保密义务，离职后仍须遵守。乙方违反保密义务给甲方造成损失的，依法承担赔偿责任。",
        "7.2 本合同不约定竞业限制，也不约定由乙方承担违约金。",
        "7.3 乙方在职期间出镜形成的直播回放、短视频的著作权归甲方。乙方离职后，甲方可保留已发布的内容，但不得以乙方名义新制作推广内容；乙方书面要求下架含其正脸特写的短视频的，甲方应在30日内下架。",
    ]),
    ("第八条　合同的变更、解除和终止", [
        "8.1 乙方提前三十日以书面形式通知甲方，可以解除本合同；试用期内提前三日通知甲方，可以解除本合同。乙方依法辞职的，无需向甲方支付任何费用。",
        "8.2 乙方在试用期间被证明不符合录用条件的，甲方可解除本合同，但应书面说明理由，录用条件以入职时乙方签收的《岗位说明书》为准。",
        "8.3 甲方依照《劳动合同法》第四十条、第四十一条解除合同的，应遵守法定程序，并依法支付经济补偿；乙方在孕期、产期、哺乳期的，甲方不得依上述两条解除合同。",
        "8.4 合同解除或终止时，甲方在乙方办结交接当日一次付清工资，并于十五日内为乙方办理档案和社会保险关系转移手续，出具解除或终止劳动合同的证明。",
    ]),
    ("第九条　争议处理及其他", [
        "9.1 双方因本合同发生争议的，可以协商，也可以向中山市劳动人事争议仲裁委员会申请仲裁。",
        "9.2 甲方《员工手册》《直播运营部绩效提成办法》已经职工代表大会讨论通过并公示，乙方已签收，作为本合同附件。",
        "9.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。",
    ]),
]


def add_page_number(paragraph):
    """Footer: 第 X 页 共 Y 页 using Word fields."""
    def field(instr):
        run = paragraph.add_run()
        begin = OxmlElement("w:fldChar")
        begin.set(qn("w:fldCharType"), "begin")
        text = OxmlElement("w:instrText")
        text.set(qn("xml:space"), "preserve")
        text.text = instr
        end = OxmlElement("w:fldChar")
        end.set(qn("w:fldCharType"), "end")
        run._r.append(begin)
        run._r.append(text)
        run._r.append(end)

    paragraph.add_run("第 ")
    field("PAGE")
    paragraph.add_run(" 页 共 ")
    field("NUMPAGES")
    paragraph.add_run(" 页")


def set_font(doc):
    style = doc.styles["Normal"]
    style.font.name = "宋体"
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def main():
    doc = Document()
    set_font(doc)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{COMPANY}　　劳动合同（妈妈岗）　　编号：XY-HR-2026-0701"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("本合同涉及个人信息，请妥善保管　　")
    add_page_number(fp)

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("劳 动 合 同 书")
    r.bold = True
    r.font.size = Pt(18)
    sub = doc.add_paragraph("（直播电商·助播客服岗位适用）")
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for k, v in PARTIES:
        row = table.add_row().cells
        row[0].text = k
        row[1].text = v

    doc.add_paragraph(
        "甲乙双方依照《中华人民共和国劳动法》《中华人民共和国劳动合同法》等法律法规及"
        "广东省、中山市有关规定，在平等自愿、协商一致的基础上签订本合同，共同遵守。")

    for title, items in CLAUSES:
        h = doc.add_paragraph()
        h.add_run(title).bold = True
        for it in items:
            doc.add_paragraph(it)

    end = doc.add_paragraph("（以下无正文，为签字页）")
    end.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # 签字页：new section so the signature page starts on its own page
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.header.is_linked_to_previous = True
    new.footer.is_linked_to_previous = True
    st = doc.add_paragraph()
    st.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sr = st.add_run("签 字 页")
    sr.bold = True
    sr.font.size = Pt(14)
    doc.add_paragraph("（本页为《劳动合同书》（编号XY-HR-2026-0701）之签字页）")
    sig = doc.add_table(rows=4, cols=2)
    sig.style = "Table Grid"
    sig.cell(0, 0).text = f"甲方（盖章）：{COMPANY}"
    sig.cell(0, 1).text = "乙方（签名）：林佩珊"
    sig.cell(1, 0).text = "法定代表人或委托代理人（签名）：周俊杰"
    sig.cell(1, 1).text = "乙方确认已收到本合同文本一份及附件"
    sig.cell(2, 0).text = "签订日期：2026年6月24日"
    sig.cell(2, 1).text = "签订日期：2026年6月24日"
    sig.cell(3, 0).text = "附件一：《员工手册》签收单"
    sig.cell(3, 1).text = "附件二：《直播运营部绩效提成办法》"
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.LINE)
    doc.add_paragraph("人事部经办：__________　　　合同归档日期：__________")

    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()

"""Generate unlawful-i-lighting-attachment-rules.docx (batch15, prefix i).

Main contract looks lawful; the unlawful terms sit in the attachment
"附件：考勤与奖惩办法" placed after the signature block.
Run: /work/main/.venv/bin/python make_docx_i.py
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).with_name("unlawful-i-lighting-attachment-rules.docx")

doc = Document()
style = doc.styles["Normal"]
style.font.name = "SimSun"
style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
style.font.size = Pt(10.5)


def para(text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def clause(title, items):
    para(title, bold=True)
    for it in items:
        para(it)


para("劳 动 合 同", bold=True, center=True, size=18)
para("（妈妈岗 · 全日制）", center=True)
para("编号：LG-ZS-2025-1009")

t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in [
    ("甲方（用人单位）", "中山市明灿灯饰有限公司"),
    ("住所", "中山市古镇镇曹三工业大道东12号"),
    ("法定代表人", "曹志辉"),
    ("乙方（劳动者）", "苏月华"),
    ("居民身份证号", "442000199107270000"),
    ("住址", "中山市古镇镇海洲村"),
    ("联系电话", "13800035518"),
]:
    row = t.add_row().cells
    row[0].text = k
    row[1].text = v

para("")
para("甲乙双方根据《中华人民共和国劳动合同法》及有关规定，遵循合法、公平、平等自愿、协商一致、诚实信用的原则，订立本合同。")

clause("第一条 合同期限", [
    "本合同为固定期限劳动合同，自2025年10月10日起至2027年10月9日止。"
    "其中试用期两个月，自2025年10月10日起至2025年12月9日止。",
])
clause("第二条 工作内容和工作地点", [
    "乙方在甲方装配车间“妈妈岗”生产线从事灯具组装、接线、检验工作。工作地点为中山市古镇镇甲方厂区。",
])
clause("第三条 工作时间和休息休假", [
    "1. 乙方实行标准工时制，每日工作8小时（8:30—12:00，13:30—18:00），每周工作5天，周六、周日休息。",
    "2. 乙方可申请于每日17:30提前下班接送子女，当日少做的30分钟从午休时间补回。",
    "3. 甲方安排加班须经乙方同意，并依法支付加班工资。",
    "4. 乙方享受国家和广东省规定的法定节假日、年休假、婚丧假、产假、生育奖励假、育儿假等假期，具体考勤按附件执行。",
])
clause("第四条 劳动报酬", [
    "乙方工资构成如下：",
])
wt = doc.add_table(rows=1, cols=3)
wt.style = "Table Grid"
hdr = wt.rows[0].cells
hdr[0].text, hdr[1].text, hdr[2].text = "项目", "试用期", "转正后"
for a, b, c in [
    ("基本工资（元/月）", "2100", "2300"),
    ("全勤奖（元/月）", "200", "200"),
    ("计件超产奖", "按车间公布单价", "按车间公布单价"),
]:
    r = wt.add_row().cells
    r[0].text, r[1].text, r[2].text = a, b, c
para("甲方每月12日前以银行转账支付乙方上月工资，遇节假日提前支付，并提供工资条。")
clause("第五条 社会保险", [
    "甲方自用工之日起为乙方办理社会保险登记，按规定缴纳五项社会保险，个人应缴部分由甲方从工资中代扣代缴。",
])
clause("第六条 劳动保护、劳动条件和职业危害防护", [
    "甲方为乙方提供安全的作业环境和绝缘手套、护目镜等劳动防护用品，上岗前进行安全用电培训。"
    "甲方依法对女职工实行特殊劳动保护，孕期、哺乳期不安排夜班。",
])
clause("第七条 合同的解除和终止", [
    "双方解除、终止本合同，按《中华人民共和国劳动合同法》的规定执行。乙方提前三十日书面通知甲方可以解除本合同，"
    "试用期内提前三日通知。甲方依法应支付经济补偿的，依法支付。",
])
clause("第八条 其他", [
    "1. 附件《考勤与奖惩办法》为本合同的组成部分，乙方已详细阅读并同意遵守。",
    "2. 因履行本合同发生争议的，可向中山市劳动人事争议仲裁委员会申请仲裁。",
    "3. 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。",
])

para("")
st = doc.add_table(rows=3, cols=2)
st.rows[0].cells[0].text = "甲方（盖章）：中山市明灿灯饰有限公司"
st.rows[0].cells[1].text = "乙方（签名）：苏月华"
st.rows[1].cells[0].text = "委托代理人：曹慧玲"
st.rows[1].cells[1].text = "（按手印）"
st.rows[2].cells[0].text = "日期：2025年10月9日"
st.rows[2].cells[1].text = "日期：2025年10月9日"

# attachment on a new page
p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)
para("附件：考勤与奖惩办法", bold=True, center=True, size=14)
para("（中山市明灿灯饰有限公司装配车间，2025年10月版）", center=True)

clause("一、考勤", [
    "1. 员工每天上下班打卡两次，漏打卡一次按迟到处理。",
    "2. 迟到10分钟以内每次罚款20元，10分钟以上每次罚款50元，罚款在当月工资中扣除。",
    "3. 上班时间在车间内玩手机的，每次罚款50元。",
])
clause("二、请假", [
    "1. 事假须提前一天申请，事假期间不发工资。",
    "2. 孕期员工产前检查须提前两天申请，产检当天按事假处理，扣除当天工资。",
    "3. 哺乳期员工每天1小时哺乳时间，须在中午休息时间内使用，不得在上班时间离岗。",
    "4. 员工申请育儿假的，先以本人当年年休假抵扣，年休假用完后按事假处理。",
    "5. 当月请婚假、产假、生育奖励假、陪产假的，不享受当月全勤奖。",
])
clause("三、质量与赔偿", [
    "1. 因员工个人原因造成灯具次品、报废的，按产品出厂价全额赔偿，从当月工资中扣除，当月不够扣的下月继续扣，直至扣完为止。",
    "2. 损坏车间工具、设备的，照价赔偿。",
])
clause("四、离职", [
    "1. 员工离职须提前三十天提交书面辞职申请。",
    "2. 提前通知不满三十天即离职的，每少一天扣款100元，从最后一个月工资中扣除。",
])
clause("五、奖励", [
    "1. 当月无迟到、无请假的，发放全勤奖200元。",
    "2. 每季度评选“优秀妈妈员工”两名，各奖励300元。",
])
para("本办法自2025年10月1日起执行，由人事行政部负责解释。")

doc.save(OUT)
print("wrote", OUT)

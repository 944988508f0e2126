"""Build rulebook-a-supermarket-rewards-penalties.docx deterministically."""
import datetime
import zipfile
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

OUT = Path(__file__).with_name("rulebook-a-supermarket-rewards-penalties.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "SimSun"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
cp = doc.core_properties
cp.author = "邻惠佳人力资源部"
cp.title = "员工奖惩条例"
fixed = datetime.datetime(2025, 11, 20, 9, 0, 0)
cp.created = fixed
cp.modified = fixed
cp.last_modified_by = "邻惠佳人力资源部"
cp.revision = 3


def center(text, size=16, bold=True):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def para(text):
    doc.add_paragraph(text)


def heading(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(12)


center("中山市邻惠佳超市连锁有限公司")
center("员工奖惩条例（2025 年修订版）", 15)
center("文件编号：LHJ-HR-ZD-007    生效日期：2025 年 12 月 1 日", 10, False)

heading("第一章 总则")
para("第一条 为规范门店及配送中心员工行为，奖优罚劣，根据国家法律法规，结合本公司实际，制定本条例。")
para("第二条 本条例适用于公司总部、各门店（石岐、东区、小榄、坦洲共 11 家）及配送中心全体员工，含妈妈岗弹性班员工。")
para("第三条 本条例经 2025 年 11 月 18 日职工代表大会讨论通过，在各门店员工休息室公示，并由员工签收。")

heading("第二章 入职管理")
para("第四条 新员工入职时须提交身份证复印件、健康证明及银行卡信息，公司核对原件后当场退还，不留存原件。")
para("第五条 新员工领取工牌、工服（两套）、储物柜钥匙，须缴纳物品押金 200 元，离职时物品完好归还的，无息退还押金。")
para("第六条 试用期满考核合格的，按劳动合同约定转正定级。")

heading("第三章 奖励")
para("第七条 奖励分为：通报表扬、月度服务之星（奖金 200 元）、年度优秀员工（奖金 1,000 元及证书）、晋级。")
para("第八条 有下列情形之一的，可给予奖励：（一）拾金不昧，归还顾客财物的；（二）及时发现并制止偷盗的；"
     "（三）提出合理化建议被采纳、降低损耗明显的；（四）连续三个月顾客零投诉的。")
para("第九条 年度晋级及优秀员工评选每年 12 月进行。当年度处于孕期或休产假的员工，不参加当年度晋级、"
     "评优及店长储备人选评选，次年度恢复资格。")

heading("第四章 违纪处理")
para("第十条 违纪处分分为口头警告、书面警告、记过、解除劳动合同四种。处分决定以书面形式送达本人，员工有权申辩。")
para("第十一条 违纪行为及处理标准见下表：")

rows = [
    ("类别", "违纪行为", "处理"),
    ("一般违纪", "上班未佩戴工牌、工服不整；当班玩手机超过 10 分钟；迟到早退（当月 3 次以内）", "口头警告"),
    ("较重违纪", "当月迟到早退 4 次以上；与顾客争吵；私自调班未报备", "书面警告"),
    ("严重违纪", "一年内累计两次书面警告后再犯；收银故意不扫码、少扫码", "记过"),
    ("严重违纪", "盗窃公司或顾客财物；伪造、篡改单据；连续旷工 3 日以上；一年内累计记过两次", "解除劳动合同（依劳动合同法第三十九条）"),
]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        cell = t.cell(i, j)
        cell.text = val
        if i == 0:
            cell.paragraphs[0].runs[0].bold = True

para("第十二条 收银短款及商品损耗：收银员当班结账出现短款的，或员工负责区域的商品出现非正常损耗（过期未下架、"
     "丢失、损坏）的，由当班责任人全额赔偿，赔偿款从当月工资中一次性扣除。")
para("第十三条 员工因故意或重大过失造成公司设备损坏的，经书面告知原因和金额后，可从工资中分月扣除，"
     "每月扣除不超过当月工资的 20%，扣除后不低于中山市最低工资标准。")

heading("第五章 考勤与加班")
para("第十四条 公司实行标准工时制，员工每日工作 8 小时，每周至少休息 1 日。妈妈岗弹性班员工可选择 09:00—15:00"
     " 中间时段上班，具体以门店排班表为准。")
para("第十五条 平日因盘点、到货需延长工作时间的，须由店长填写《加班申请单》并经员工本人同意，按国家规定支付加班工资。")
para("第十六条 春节、国庆节等节日为门店促销高峰，原则上不批休假。法定节假日当天上班的员工，统一在节后安排"
     "同等天数调休，不另发加班工资。")
para("第十七条 哺乳未满一周岁婴儿的员工，每天可享受 1 小时哺乳时间，不安排加班和夜间理货班。")

heading("第六章 离职")
para("第十八条 员工辞职应提前三十日书面通知所在门店；试用期内提前三日通知。")
para("第十九条 离职员工办理交接后，公司在离职当日结清工资，并出具离职证明。")

heading("第七章 附则")
para("第二十条 本条例由人力资源部负责解释，自 2025 年 12 月 1 日起施行，原《员工守则（2021 版）》同时废止。")
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p.add_run("中山市邻惠佳超市连锁有限公司（盖章）\n2025 年 11 月 20 日")

para("")
para("员工签收：本人已阅读并知悉《员工奖惩条例》全部内容。")
para("签收人：_陈秀娟_    工号：LHJ-0738    门店：东区店    日期：2025 年 11 月 26 日")

doc.save(OUT)

# normalise zip entry timestamps so the file is byte-identical on every run
with zipfile.ZipFile(OUT) as zin:
    items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
    for name, data in items:
        zi = zipfile.ZipInfo(name, date_time=(2025, 11, 20, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, data)
print("wrote", OUT)

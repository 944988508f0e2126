"""Generate unlawful-p-zhongshan-school-canteen-helper.docx (batch18, prefix p).

Run with: /work/main/.venv/bin/python make_docx_p.py
The text lives here; the output is deterministic (fixed core properties and zip timestamps).
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
OUT = os.path.join(HERE, "unlawful-p-zhongshan-school-canteen-helper.docx")
FIXED = datetime.datetime(2025, 8, 20, 9, 0, 0)


def set_font(doc):
    style = doc.styles["Normal"]
    style.font.name = "宋体"
    style.font.size = Pt(11)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


HEADER = [
    "甲方（用人单位）：中山市禾味膳食管理有限公司",
    "统一社会信用代码：91442000MA5XXXXX6R",
    "住所：中山市东区起湾道98号富华商务楼七层",
    "法定代表人：苏伟棠",
    "食品经营许可证编号：JY24420XXXXXXXXXX（单位食堂）",
    "",
    "乙方（劳动者）：黄小燕　　性别：女",
    "居民身份证号码：442000198703020000",
    "户籍地址：广西壮族自治区玉林市北流市民安镇",
    "现住址：中山市东区槎桥村槎桥大街41号",
    "联系电话：159XXXX0873",
    "",
    "甲方承包经营中山市榄溪中学学生食堂（以下简称“学校食堂”），现招用乙方为食堂帮厨。"
    "双方根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》等规定，协商一致订立本合同。",
]

ARTICLES_BEFORE_TABLE = [
    ("第一条　合同期限",
     ["本合同为固定期限劳动合同，自2025年8月25日起至2027年8月24日止。其中试用期自2025年8月25日起至2025年10月24日止。"]),
    ("第二条　工作内容和工作地点",
     ["1. 乙方岗位为帮厨，主要负责原料洗切配、面点辅助、分餐打菜、餐具清洗消毒及后厨清洁。",
      "2. 工作地点：中山市榄溪中学学生食堂（中山市东区）。"]),
    ("第三条　工作时间和休息休假",
     ["1. 乙方实行标准工时制，每日工作8小时，每周工作5天（周一至周五），周六、周日休息。"
      "甲方按下表排班，班次每周轮换一次，排班表提前一周在后厨公示。"]),
]

SHIFT_TABLE = [
    ("班次", "上班时间", "用餐休息（不计工时）", "实际工时", "主要工作"),
    ("A班（早午班）", "06:00—14:30", "09:00—09:30", "8小时", "早餐备餐、分餐，午餐洗切配"),
    ("B班（午晚班）", "10:00—18:30", "14:00—14:30", "8小时", "午餐分餐，晚餐备餐，餐具消毒"),
    ("C班（晚修班）", "13:00—21:30", "17:00—17:30", "8小时", "晚餐分餐，寄宿生晚修夜宵，闭餐清洁"),
]

ARTICLES_AFTER_TABLE = [
    (None,
     ["2. 因学校活动（运动会、考试加餐等）需要延长工作时间的，甲方应与乙方协商，每日延长不超过1小时、特殊情况不超过3小时，每月不超过36小时，"
      "并按不低于乙方小时工资的150%支付加班工资；休息日加班不能补休的按200%、法定节假日加班按300%支付。",
      "3. 乙方依法享受法定节假日、带薪年休假、婚丧假、产假、育儿假等假期。"]),
    ("第四条　劳动报酬",
     ["1. 乙方月工资2300元，其中基本工资2080元、岗位津贴220元。",
      "2. 试用期月工资1800元，试用期满考核合格后按月工资2300元执行。",
      "3. 工资按自然月计发，甲方于每月10日前以银行转账方式支付上月工资，遇节假日提前支付，并提供工资明细。"]),
    ("第五条　学校寒暑假期间的安排",
     ["1. 学校寒暑假（以学校校历为准，一般寒假约4周、暑假约7周）期间食堂停止供餐，乙方随学校一同放假。",
      "2. 寒暑假放假期间为无薪假期，甲方不发放工资，也不发放生活费；乙方在此期间可自行安排其他临时工作。",
      "3. 放假期间甲方照常为乙方缴纳社会保险，个人应缴部分在开学后首月工资中一并扣回。",
      "4. 开学前甲方通知乙方返岗参加清洁消毒的，按实际出勤天数和日工资标准计发工资。"]),
    ("第六条　社会保险和福利",
     ["1. 甲方自用工之日起三十日内为乙方办理社会保险登记，依法缴纳基本养老、医疗（含生育）、失业、工伤保险。",
      "2. 乙方工作日在学校食堂免费用餐。"]),
    ("第七条　劳动保护、劳动条件和食品安全",
     ["1. 甲方为乙方免费提供工作服、工作帽、口罩、防滑鞋、防烫手套、防割手套，并进行刀具、燃气、蒸柜等设备安全操作培训。",
      "2. 乙方上岗前须取得健康证明，体检及办证费用由甲方承担；乙方每日接受晨检，患有有碍食品安全疾病的，甲方调整其至不接触直接入口食品的岗位。",
      "3. 甲方遵守女职工劳动保护规定：乙方孕期不安排冷库作业和频繁弯腰、下蹲、搬运重物的工作；怀孕7个月以上及哺乳未满1周岁婴儿期间不安排延长工作时间和C班，每天安排1小时哺乳时间；不因乙方怀孕、生育、哺乳降低工资或解除合同。"]),
    ("第八条　合同的解除和终止",
     ["1. 乙方提前三十日书面通知甲方可以解除本合同，试用期内提前三日通知。",
      "2. 甲方解除、终止本合同，依照《中华人民共和国劳动合同法》的规定执行，依法应支付经济补偿的，按规定支付。",
      "3. 甲方与学校的承包合同到期或解除的，不当然导致本合同终止；甲方应优先安排乙方到其他承包项目工作，双方协商变更合同。",
      "4. 解除或终止合同当日，甲方结清乙方工资。"]),
    ("第九条　其他",
     ["1. 甲方不收取乙方押金、保证金，不扣押乙方证件。",
      "2. 本合同一式两份，双方各执一份，自双方签字（盖章）之日起生效。"]),
]

SIGNATURE = [
    "甲方（盖章）：中山市禾味膳食管理有限公司",
    "法定代表人或委托代理人：项目经理 郑永华",
    "日期：2025年8月22日",
    "",
    "乙方（签字）：黄小燕",
    "日期：2025年8月22日",
]


def build():
    doc = Document()
    set_font(doc)
    section = doc.sections[0]
    section.header.paragraphs[0].text = "中山市禾味膳食管理有限公司　人力资源部　HW-HR-LD-2025-046"
    section.footer.paragraphs[0].text = "本合同共二页　甲方存档联／乙方收执联"

    para(doc, "劳 动 合 同 书", bold=True, center=True, size=16)
    para(doc, "（学校食堂从业人员适用）", center=True)
    for line in HEADER:
        para(doc, line)

    for title, lines in ARTICLES_BEFORE_TABLE:
        para(doc, title, bold=True)
        for line in lines:
            para(doc, line)

    table = doc.add_table(rows=len(SHIFT_TABLE), cols=len(SHIFT_TABLE[0]))
    table.style = "Table Grid"
    for r, row in enumerate(SHIFT_TABLE):
        for c, val in enumerate(row):
            cell = table.cell(r, c)
            cell.text = val
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True

    for title, lines in ARTICLES_AFTER_TABLE:
        if title:
            para(doc, title, bold=True)
        for line in lines:
            para(doc, line)

    para(doc, "")
    for line in SIGNATURE:
        para(doc, line)

    cp = doc.core_properties
    cp.author = "禾味膳食人力资源部"
    cp.title = "劳动合同书（学校食堂从业人员）"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "禾味膳食人力资源部"
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    # Rewrite the zip with fixed timestamps so the output is byte-for-byte reproducible.
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 8, 20, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(item.filename))


if __name__ == "__main__":
    build()
    print("wrote", OUT)

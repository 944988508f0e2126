"""Generate unlawful-x-annex-duties-pay.docx (batch20, prefix x).

Run: /work/main/.venv/bin/python tests/heldout/batch20/make_docx_x.py
The text lives here; output is deterministic (fixed core properties and zip timestamps).
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
OUT = os.path.join(HERE, "unlawful-x-annex-duties-pay.docx")
FIXED = datetime.datetime(2026, 3, 2, 9, 0, 0)


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


def para(doc, text, size=10.5, bold=False, align=None):
    p = doc.add_paragraph()
    set_font(p.add_run(text), size, bold)
    if align is not None:
        p.alignment = align
    return p


def table(doc, rows, widths=None, bold_first=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell_text in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            set_font(cell.paragraphs[0].add_run(cell_text), 10, bold_first and i == 0)
    return t


ARTICLES = [
    ("第一条  合同期限",
     ["本合同为固定期限劳动合同，期限自2026年3月2日起至2028年3月1日止。",
      "其中试用期两个月，自2026年3月2日起至2026年5月1日止。"]),
    ("第二条  工作内容和工作地点",
     ["乙方在甲方注塑车间担任产品修边及包装员（妈妈岗），具体岗位职责见附件一《岗位职责说明书》。",
      "工作地点为中山市三角镇高平工业区福泽路3号甲方厂区。"]),
    ("第三条  工作时间和休息休假",
     ["1. 甲方实行标准工时制，乙方每日工作8小时（8:00—12:00，13:30—17:30），每周工作五天，周六、周日休息。",
      "2. 乙方为妈妈岗员工，固定安排白班，不安排夜班；子女生病需临时请假的，可当日向班组长申请。",
      "3. 乙方享有国家规定的法定节假日、年休假、婚丧假、产假、哺乳假、育儿假等假期。"]),
    ("第四条  劳动报酬",
     ["1. 乙方的工资构成及标准按附件二《薪酬构成表》执行，试用期工资与转正后标准相同。",
      "2. 甲方于每月20日前以银行转账方式足额支付乙方上月工资，遇节假日提前至最近的工作日，并提供工资清单。",
      "3. 甲方依法代扣代缴乙方个人所得税及个人应缴社会保险费。"]),
    ("第五条  社会保险",
     ["甲方自用工之日起依法为乙方办理养老、医疗（含生育）、失业、工伤保险，并按时足额缴纳。"]),
    ("第六条  劳动保护、劳动条件和职业危害防护",
     ["1. 注塑车间存在高温、噪声等职业危害因素，甲方已如实告知乙方，并免费配发防烫手套、耳塞、护目镜。",
      "2. 甲方每年组织乙方进行一次职业健康检查，费用由甲方承担。",
      "3. 乙方在孕期、哺乳期的，甲方依照《女职工劳动保护特别规定》调整其工作，不安排禁忌从事的劳动。"]),
    ("第七条  规章制度",
     ["甲方依法制定并经公示的规章制度，乙方应当遵守。甲方已于签订本合同时向乙方提供《员工手册》。"]),
    ("第八条  合同的变更",
     ["经甲乙双方协商一致，可以变更本合同约定的内容，变更应当采用书面形式。"]),
    ("第九条  合同的解除",
     ["双方解除本合同的，按《中华人民共和国劳动合同法》第三十六条至第四十一条的规定执行，"
      "甲方依法应当支付经济补偿的，按该法第四十七条支付。"]),
    ("第十条  合同的终止",
     ["本合同期满即行终止。合同期满后，甲方决定续订或者不再续订的，均不向乙方支付经济补偿金；"
      "双方续订劳动合同的，另行签订书面合同。"]),
    ("第十一条  其他约定",
     ["甲方不扣押乙方身份证件，不向乙方收取押金、保证金或其他任何财物。"]),
    ("第十二条  劳动争议处理",
     ["因履行本合同发生争议的，双方可以协商解决；协商不成的，可以向中山市劳动人事争议仲裁委员会申请仲裁。"]),
    ("第十三条  附件及生效",
     ["附件一《岗位职责说明书》、附件二《薪酬构成表》为本合同的组成部分，与本合同正文具有同等效力。",
      "本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。"]),
]

DUTIES = [
    ["序号", "岗位职责内容"],
    ["1", "按作业指导书对注塑件进行修剪披锋、去除毛刺，确保外观符合检验标准。"],
    ["2", "按包装规范装箱、封箱、贴标签，并核对产品型号与数量。"],
    ["3", "如实填写《生产日报表》，交接班时清点半成品。"],
    ["4", "保持工位整洁，执行5S管理要求。"],
    ["5", "服从车间生产安排。生产旺季（每年9月至次年1月）每月加班时间不少于60小时，加班由车间统一排班，"
          "加班工资按附件二计发。"],
    ["6", "上岗时按规定佩戴防烫手套、耳塞等劳动防护用品。"],
    ["7", "完成车间主任临时交办的其他与本岗位相关的工作。"],
]

PAY = [
    ["项目", "标准", "发放条件", "备注"],
    ["基本工资", "1,700元/月", "按当月出勤天数核算", "试用期同此标准"],
    ["岗位津贴", "100元/月", "在岗即发", "—"],
    ["全勤奖", "100元/月", "当月无迟到、早退、请假", "—"],
    ["夜班津贴", "15元/晚", "仅在安排夜班时发放", "妈妈岗员工不安排夜班"],
    ["高温津贴", "150元/月", "每年6月至10月", "按广东省规定发放"],
    ["加班工资", "按法定标准", "工作日150%、休息日200%、法定节假日300%",
     "以本人正常工作时间工资为计算基数"],
    ["合计（参考）", "约3,200—3,800元/月", "旺季含加班工资", "以当月实际核算为准"],
]


def build():
    doc = Document()
    cp = doc.core_properties
    cp.author = "卓航塑胶人事部"
    cp.title = "劳动合同书"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "卓航塑胶人事部"
    cp.revision = 1

    header = doc.sections[0].header.paragraphs[0]
    set_font(header.add_run("中山市卓航塑胶制品有限公司　　劳动合同　　编号：ZH-LD-2026-031"), 9)
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    para(doc, "劳 动 合 同 书", 18, True, WD_ALIGN_PARAGRAPH.CENTER)
    table(doc, [
        ["甲方（用人单位）", "中山市卓航塑胶制品有限公司"],
        ["统一社会信用代码", "91442000MA4WZ7LX3C"],
        ["住所", "中山市三角镇高平工业区福泽路3号"],
        ["法定代表人", "钟志坚"],
        ["乙方（劳动者）", "吴丽萍（女）"],
        ["身份证号码", "442000199309110000"],
        ["现住址", "中山市三角镇结民村富民路18号"],
        ["联系电话", "136 3181 5029"],
    ], bold_first=False)
    para(doc, "甲乙双方根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》等法律法规，"
              "遵循合法、公平、平等自愿、协商一致、诚实信用的原则，订立本合同。")
    for heading, lines in ARTICLES:
        para(doc, heading, 11, True)
        for line in lines:
            para(doc, line)

    para(doc, "")
    table(doc, [
        ["甲方（盖章）：中山市卓航塑胶制品有限公司", "乙方（签字）：吴丽萍"],
        ["法定代表人或委托代理人：钟志坚", "签订日期：2026年3月2日"],
        ["签订日期：2026年3月2日", ""],
    ], bold_first=False)

    doc.add_page_break()
    para(doc, "附件一  岗位职责说明书", 14, True, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "岗位名称：产品修边及包装员（妈妈岗）　　所属部门：注塑车间　　直接上级：注塑车间班组长")
    table(doc, DUTIES)
    para(doc, "任职要求：初中及以上学历，身体健康，能适应车间站立作业；无需相关工作经验，岗前培训3天。")
    para(doc, "乙方确认：本人已阅读并同意上述岗位职责。　签字：吴丽萍　　2026年3月2日")

    para(doc, "")
    para(doc, "附件二  薪酬构成表", 14, True, WD_ALIGN_PARAGRAPH.CENTER)
    table(doc, PAY)
    para(doc, "说明：1. 工资按自然月核算，每月20日前发放上月工资；2. 个人所得税及社会保险个人部分由公司代扣；"
              "3. 薪酬标准如需调整，由双方书面确认。")
    para(doc, "乙方确认：本人已知悉并同意上述薪酬构成。　签字：吴丽萍　　2026年3月2日")

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so the output is byte-for-byte stable
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename != "[Content_Types].xml"):
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))


if __name__ == "__main__":
    build()
    print("wrote", OUT)

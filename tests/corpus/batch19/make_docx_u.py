"""Generate the .docx documents of batch 19, prefix u (deterministic).

Run: /work/main/.venv/bin/python make_docx_u.py
Writes:
  unlawful-u-ruzhi-dengjibiao-chengnuoshu.docx  入职登记表 + 员工承诺书（表格、勾选）
  unlawful-u-zhongying-duizhao.docx             中英对照劳动合同（两栏表格）
"""
import datetime
import io
import os
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 3, 1, 9, 0, 0)


def new_doc():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "SimSun"
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = doc.core_properties
    cp.author = "HR"
    cp.last_modified_by = "HR"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return doc


def save(doc, name):
    """Save with fixed zip timestamps so that reruns give identical bytes."""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, src.read(info.filename))


def title(doc, text, size=16):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    return p


def para(doc, text, bold=False, center=False):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    return p


def grid(doc, rows, widths=None):
    """rows: list of lists of cell texts; a None cell merges with the cell to its left."""
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        start = 0
        for j in range(ncols):
            val = row[j] if j < len(row) else None
            if val is None:
                t.cell(i, start).merge(t.cell(i, j))
            else:
                t.cell(i, j).text = val
                start = j
    return t


# ---------------------------------------------------------------------------
# 1. 入职登记表 + 员工承诺书
# ---------------------------------------------------------------------------
def make_registration():
    doc = new_doc()
    title(doc, "中山市民众街道嘉禾塑胶制品有限公司")
    title(doc, "员工入职登记表", 14)
    para(doc, "表单编号：JH-RS-01        登记日期：2025年10月13日        工号：JH25-1047")
    para(doc, "一、个人信息（员工本人填写）", bold=True)

    grid(doc, [
        ["姓    名", "郑美玲", "性    别", "□男  ☑女", "出生日期", "1992年8月17日"],
        ["民    族", "汉", "婚姻状况", "☑已婚  □未婚", "政治面貌", "群众"],
        ["身份证号", "442000199208170000", None, None, "文化程度", "☑高中/中专 □大专 □本科"],
        ["户籍地址", "中山市民众街道沙仔村三队", None, None, None, None],
        ["现住址", "中山市民众街道新伦村民安路12号", None, None, "联系电话", "135xxxx4418"],
        ["紧急联系人", "梁志华（丈夫）", "联系电话", "136xxxx2093", "健康状况", "☑良好 □一般"],
    ])
    para(doc, "")
    para(doc, "二、录用信息（人事部填写）", bold=True)
    grid(doc, [
        ["所属部门", "注塑车间", "岗    位", "品质检验员（QC）", "入职日期", "2025年10月13日"],
        ["用工形式", "☑全日制  □非全日制  □实习  □返聘", None, None, "工作地点", "民众街道民众大道188号厂区"],
        ["合同期限", "□六个月  ☑一年  □二年  □三年", None, None, "试用期", "□一个月 □二个月 ☑三个月"],
        ["试用期工资", "2,080元/月", "转正工资", "2,400元/月", "工资发放日", "每月12日前发上月工资"],
        ["工作时间", "☑长白班 8:00—12:00、13:00—17:00，每周工作5天  □两班倒", None, None, None, None],
        ["社会保险", "□公司依法缴纳五险  ☑本人自愿放弃，公司每月发放社保补贴150元", None, None, None, None],
        ["押金收取", "☑工衣押金200元  ☑厂牌押金50元  □其他____   收款人：何婉珊（财务）", None, None, None, None],
        ["证件核验", "☑身份证原件已核对并返还本人  □学历证书", None, None, None, None],
        ["入职体检", "☑已提交健康证明（常规项目）", None, None, None, None],
    ])
    para(doc, "")
    para(doc, "三、工作经历", bold=True)
    grid(doc, [
        ["起止时间", "工作单位", "岗位", "离职原因"],
        ["2016.03—2019.06", "中山市某五金制品厂", "包装工", "生育"],
        ["2021.09—2025.07", "民众街道某电子厂", "质检员", "工厂搬迁"],
    ])
    para(doc, "")
    para(doc, "四、入职资料与工资卡", bold=True)
    grid(doc, [
        ["资料", "☑身份证复印件  ☑一寸照片2张  ☑原单位离职证明  □职业资格证书"],
        ["工资卡", "中国农业银行中山民众支行  尾号 6637（本人名下）"],
        ["岗前培训", "☑公司简介与规章制度  ☑注塑车间安全操作规程  ☑品质检验标准（共8学时）"],
    ])
    para(doc, "")

    doc.add_page_break()
    title(doc, "员工承诺书", 14)
    para(doc, "本人郑美玲（身份证号：442000199208170000）自愿到中山市民众街道嘉禾塑胶制品有限公司工作，"
              "已阅读公司《员工手册》，现郑重承诺如下：")
    pledges = [
        "一、本人在《员工入职登记表》中填写的个人信息、工作经历均真实；如有虚假，公司可依法解除劳动合同。",
        "二、本人严格遵守公司依法制定的各项规章制度和安全操作规程，服从合理的工作安排。",
        "三、本人因个人原因自愿不参加社会保险，由公司按月发放社保补贴150元随工资发放；"
        "今后不以公司未缴纳社会保险为由要求补缴、解除合同或主张经济补偿。",
        "四、本人入职后两年内不怀孕、不生育；如在此期间怀孕，视为本人自动离职，公司无须支付任何补偿。",
        "五、本人已交工衣押金200元、厂牌押金50元；离职时交回工衣、厂牌后退还，"
        "试用期内离职或工衣缺损的，押金不予退还。",
        "六、本人保守公司的客户资料、模具图纸和工艺参数等商业秘密，在职及离职后均不向他人泄露。",
        "七、本人离职将提前三十日书面通知公司（试用期内提前三日），并办理工作交接。",
        "八、公司依法发放劳动防护用品（耳塞、防烫手套），本人在车间作业时按规定佩戴。",
    ]
    for line in pledges:
        para(doc, line)
    para(doc, "以上承诺系本人真实意思表示，本人已仔细阅读并完全理解。")
    para(doc, "")
    grid(doc, [
        ["承诺人（签名、按手印）", "郑美玲", "日    期", "2025年10月13日"],
        ["人事部经办", "何婉珊", "部门主管", "蔡国栋"],
        ["公司（盖章）", "中山市民众街道嘉禾塑胶制品有限公司（印）", None, None],
    ])
    para(doc, "")
    para(doc, "注：本表及承诺书一式两份，公司、员工各执一份；员工劳动合同另行签订。")
    save(doc, "unlawful-u-ruzhi-dengjibiao-chengnuoshu.docx")


# ---------------------------------------------------------------------------
# 8. 中英对照劳动合同（左中文、右英文）
# ---------------------------------------------------------------------------
BILINGUAL = [
    ("第一条 合同双方\n甲方：中山市德润精密电子有限公司\n住所：中山市火炬开发区沿江东三路9号\n法定代表人：区志豪\n"
     "乙方：冯嘉欣\n身份证号：442000199511200000\n住址：中山市火炬开发区张家边一村二街5号",
     "Article 1 Parties\nParty A: Zhongshan Derun Precision Electronics Co., Ltd.\n"
     "Address: No. 9, Yanjiang East 3rd Road, Torch Development Zone, Zhongshan\nLegal representative: Ou Zhihao\n"
     "Party B: Feng Jiaxin\nID No.: 442000199511200000\nAddress: No. 5, 2nd Street, Zhangjiabian Village 1, Torch Development Zone, Zhongshan"),
    ("第二条 合同期限\n本合同为固定期限劳动合同，期限三年，自2026年4月1日起至2029年3月31日止。"
     "其中试用期三个月，自2026年4月1日起至2026年6月30日止。",
     "Article 2 Term\nThis is a fixed-term labour contract for three years, from 1 April 2026 to 31 March 2029, "
     "including a probation period of three months from 1 April 2026 to 30 June 2026."),
    ("第三条 工作内容和地点\n乙方担任SMT车间操作员，负责贴片机上料、炉后目检及相关记录。"
     "工作地点为甲方位于中山市火炬开发区的厂区。",
     "Article 3 Job and Place of Work\nParty B shall work as an operator in the SMT workshop, responsible for "
     "feeding placement machines, post-reflow visual inspection and related records. "
     "The place of work is Party A's plant in Torch Development Zone, Zhongshan."),
    ("第四条 工作时间和休息休假\n甲方实行标准工时制，每日工作8小时，每周工作5天，每周至少休息一天。"
     "乙方依法享受法定节假日、带薪年休假、婚假、产假等假期。",
     "Article 4 Working Hours and Leave\nParty A adopts the standard working hour system: 8 hours a day, "
     "5 days a week, with at least one rest day per week. Party B is entitled to public holidays, "
     "paid annual leave, marriage leave, maternity leave and other statutory leave."),
    ("第五条 劳动报酬\n乙方月基本工资为2,600元，试用期月工资为2,300元。甲方于每月10日前以银行转账方式"
     "支付上月工资，遇节假日提前到最近的工作日支付。",
     "Article 5 Remuneration\nParty B's monthly basic salary is RMB 2,600; the monthly salary during probation "
     "is RMB 2,300. Party A shall pay the salary of the previous month by bank transfer before the 10th of each "
     "month; if that day is a holiday, payment shall be made on the nearest preceding working day."),
    ("第六条 加班\n甲方因生产需要安排乙方加班的，应事先与乙方协商。为便于核算，乙方所有加班"
     "（含工作日延时、休息日及法定节假日）均按每小时15元统一计发加班费，不再另行计算。",
     "Article 6 Overtime\nWhere Party A needs Party B to work overtime, Party A shall consult Party B in advance. "
     "For ease of calculation, all overtime of Party B (including extended hours on working days, rest days "
     "and public holidays) shall be paid at a flat rate of RMB 15 per hour, with no further calculation."),
    ("第七条 社会保险\n甲方自用工之日起依法为乙方办理社会保险登记并缴纳社会保险费，"
     "乙方个人应缴部分由甲方代扣代缴。",
     "Article 7 Social Insurance\nParty A shall register Party B for social insurance and pay contributions "
     "from the first day of employment; Party B's personal contributions shall be withheld by Party A."),
    ("第八条 劳动保护\n甲方提供防静电服、防静电手环等劳动防护用品，进行岗前安全培训，"
     "并依法对女职工实行特殊劳动保护。",
     "Article 8 Labour Protection\nParty A shall provide anti-static garments, wrist straps and other protective "
     "equipment, give pre-job safety training, and give female employees special protection according to law."),
    ("第九条 保密\n乙方应保守甲方的客户名单、产品工艺等商业秘密。本合同不约定竞业限制。",
     "Article 9 Confidentiality\nParty B shall keep confidential Party A's customer lists, process know-how and "
     "other trade secrets. No non-competition obligation is agreed in this contract."),
    ("第十条 提前离职\n乙方在合同期内提出辞职的，除应提前三十日书面通知甲方外，还应向甲方支付相当于"
     "本人两个月基本工资的违约金，用于弥补甲方的招聘及岗前培训成本，甲方可从离职结算工资中直接扣除。",
     "Article 10 Early Resignation\nIf Party B resigns during the term, Party B shall give Party A thirty days' "
     "written notice and shall also pay Party A liquidated damages equal to two months' basic salary to cover "
     "recruitment and induction training costs, which Party A may deduct from the final salary settlement."),
    ("第十一条 解除和终止\n本合同的解除、终止及经济补偿按《中华人民共和国劳动合同法》执行。"
     "甲方在解除或终止合同时出具证明，并于十五日内办理档案和社会保险关系转移手续。",
     "Article 11 Termination\nTermination of this contract and economic compensation shall be governed by the "
     "Labour Contract Law of the PRC. Party A shall issue a certificate upon termination and transfer Party B's "
     "personnel file and social insurance within fifteen days."),
    ("第十二条 争议处理\n双方发生争议的，可向中山市劳动人事争议仲裁委员会申请仲裁。",
     "Article 12 Disputes\nAny dispute may be submitted to the Zhongshan Labour and Personnel Dispute "
     "Arbitration Commission."),
    ("第十三条 文本\n本合同以中文和英文书写，两种文本如有不一致，以中文文本为准。本合同一式两份，双方各执一份。",
     "Article 13 Languages\nThis contract is made in Chinese and English. In case of any discrepancy, "
     "the Chinese version shall prevail. It is made in duplicate, one for each party."),
]


def make_bilingual():
    doc = new_doc()
    title(doc, "劳动合同  LABOUR CONTRACT")
    para(doc, "合同编号 Contract No.: DR-HR-2026-0412", center=True)
    t = doc.add_table(rows=1 + len(BILINGUAL), cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "中文条款"
    t.cell(0, 1).text = "English Version"
    for i, (zh, en) in enumerate(BILINGUAL, start=1):
        t.cell(i, 0).text = zh
        t.cell(i, 1).text = en
    para(doc, "")
    grid(doc, [
        ["甲方（盖章）Party A (seal)：\n中山市德润精密电子有限公司（印）\n授权代表 Authorized representative：区志豪",
         "乙方（签名）Party B (signature)：\n冯嘉欣"],
        ["日期 Date：2026年3月25日", "日期 Date：2026年3月25日"],
    ])
    save(doc, "unlawful-u-zhongying-duizhao.docx")


if __name__ == "__main__":
    make_registration()
    make_bilingual()
    print("ok")

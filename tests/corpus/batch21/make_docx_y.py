"""Generate lawful-y-xiaolan-food-workshop.docx (batch 21, prefix y).

Deterministic: fixed core properties and fixed zip member timestamps.
Run with /work/main/.venv/bin/python make_docx_y.py ; writes next to this file.
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
OUT = os.path.join(HERE, "lawful-y-xiaolan-food-workshop.docx")
FIXED = datetime.datetime(2026, 3, 9, 9, 0, 0)


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


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
            if i == 0:
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    return t


def build():
    doc = Document()
    set_font(doc)
    cp = doc.core_properties
    cp.title = "劳动合同书（食品小作坊·妈妈岗）"
    cp.author = "荣记腊味糕点坊"
    cp.last_modified_by = "荣记腊味糕点坊"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED

    para(doc, "劳动合同书", bold=True, center=True, size=18)
    para(doc, "（食品小作坊·全日制·妈妈岗）", center=True)
    para(doc, "合同编号：RJ-2026-003")

    para(doc, "甲方（用人单位）：中山市小榄镇荣记腊味糕点坊（个体工商户）")
    para(doc, "经营者：何荣辉　　统一社会信用代码：92442000MA5RJ0309X")
    para(doc, "食品小作坊登记证编号：粤中小榄食坊登字第0137号（登记品种：腊肠、腊肉、杏仁饼、鸡仔饼）")
    para(doc, "经营场所：中山市小榄镇永宁社区工业大道北18号　　联系电话：0760-2211xxxx")
    para(doc, "乙方（劳动者）：梁嘉敏　　身份证号码：442000199505210000")
    para(doc, "住址：中山市小榄镇绩东一社区康乐路5巷3号　　联系电话：138xxxx9052")
    para(doc, "根据《中华人民共和国劳动合同法》《中华人民共和国食品安全法》《广东省食品生产加工小作坊和食品摊贩管理条例》等规定，双方平等协商，订立本合同。")

    para(doc, "第一条　合同期限", bold=True)
    para(doc, "本合同为固定期限劳动合同，自2026年3月9日起至2027年3月8日止。试用期一个月，自2026年3月9日起至2026年4月8日止。")

    para(doc, "第二条　工作内容和工作地点", bold=True)
    para(doc, "1. 乙方担任糕点成型及包装工（妈妈岗），负责杏仁饼、鸡仔饼成型、装盒、贴标签，以及腊肠晾晒、分装的辅助工作。")
    para(doc, "2. 工作地点为甲方经营场所（中山市小榄镇永宁社区工业大道北18号）的加工间、包装间和晾晒场。")

    para(doc, "第三条　工作时间和休息休假", bold=True)
    para(doc, "1. 实行标准工时制度，工作时间安排如下表：")
    table(doc, [
        ["时段", "时间", "说明"],
        ["上午", "08:45—12:00", "送孩子上学后到岗"],
        ["午休", "12:00—12:45", "不计入工作时间，甲方提供午餐"],
        ["下午", "12:45—16:15", "下班后可接孩子放学"],
        ["合计", "每日6小时45分钟", "周一至周五，每周休息两日"],
    ])
    para(doc, "2. 腊味旺季（每年11月至次年1月）甲方需要乙方周六工作的，须提前三日征得乙方同意，每月不超过两个周六，并优先安排补休；不能补休的按第四条支付加班工资。乙方不同意的，不视为违纪。")
    para(doc, "3. 乙方子女未满十二周岁的，因子女生病、家长会等需要，可当日向甲方申请事假或调班。乙方依法享受法定节假日、年休假、产假、生育奖励假、育儿假、哺乳时间等。")

    para(doc, "第四条　劳动报酬", bold=True)
    para(doc, "1. 乙方月工资构成如下表（单位：元）：")
    table(doc, [
        ["项目", "试用期（2026-03-09至2026-04-08）", "试用期满后"],
        ["基本工资", "1930", "2450"],
        ["岗位津贴", "150", "150"],
        ["月工资合计", "2080", "2600"],
        ["高温津贴（6月—10月，烤炉岗位）", "300", "300"],
    ])
    para(doc, "注：试用期月工资2080元为约定工资2600元的80%，不低于中山市月最低工资标准；高温津贴另行计发，不计入月工资合计。")
    para(doc, "2. 加班工资以乙方本人正常工作时间工资为基数计算：")
    table(doc, [
        ["加班情形", "支付标准"],
        ["工作日延长工作时间", "不低于150%"],
        ["休息日工作且不能补休", "不低于200%"],
        ["法定节假日工作", "不低于300%"],
    ])
    para(doc, "3. 甲方于每月8日前以银行转账方式向乙方本人支付上月工资，并提供工资清单；遇节假日提前至最近的工作日支付。")

    para(doc, "第五条　社会保险", bold=True)
    para(doc, "甲方自用工之日起三十日内为乙方办理社会保险登记，依法缴纳基本养老、基本医疗、失业、工伤、生育保险费，乙方个人应缴部分由甲方代扣代缴。")

    para(doc, "第六条　健康证明与食品安全义务", bold=True)
    para(doc, "1. 乙方从事接触直接入口食品的工作，应当在上岗前取得有效的健康证明，并每年复检一次。体检及办证费用由甲方承担，体检时间计入工作时间。")
    para(doc, "2. 健康证明原件由乙方本人保管，甲方仅留存复印件备查，并按规定在作坊内公示从业人员健康信息。")
    para(doc, "3. 乙方应遵守甲方《食品安全管理制度》：进入加工间穿戴工作衣帽、口罩，洗手消毒，不在加工区饮食；发现原料异常、设备故障应及时报告。")
    para(doc, "4. 甲方负责在食品小作坊登记证载明的品种范围内组织生产，负责食品包装和标签的合规；乙方按甲方提供的标签样式贴标，不承担标签内容的法律责任。")
    para(doc, "5. 乙方患有有碍食品安全的疾病期间，甲方安排其从事不接触直接入口食品的工作，工资标准不变。")

    para(doc, "第七条　劳动保护、劳动条件和职业危害防护", bold=True)
    para(doc, "1. 甲方免费提供工作服、口罩、防烫手套、防滑鞋，冷库作业提供防寒服；不收取押金、工作服费用或健康证办理费用。")
    para(doc, "2. 甲方对乙方进行烤炉、切肠机安全操作培训，设备设置防护装置；晾晒场设防滑和防暑措施。")
    para(doc, "3. 乙方孕期、哺乳期内，甲方不安排其从事国家规定的禁忌劳动，不安排搬运整箱腊肉及夜班，产前检查时间计入劳动时间。")

    para(doc, "第八条　合同的解除和终止", bold=True)
    para(doc, "1. 乙方提前三十日书面通知甲方可以解除本合同，试用期内提前三日通知。")
    para(doc, "2. 合同期满时乙方处于孕期、产期或哺乳期的，合同顺延至相应情形消失时终止。")
    para(doc, "3. 合同解除或终止时，甲方当日结清乙方工资，依法支付经济补偿并出具解除或终止证明。")
    para(doc, "4. 除法律规定的情形外，双方不约定由乙方承担违约金。")

    para(doc, "第九条　其他", bold=True)
    para(doc, "因履行本合同发生争议的，可向中山市劳动人事争议仲裁委员会申请仲裁。本合同一式两份，双方各执一份，自签字盖章之日起生效。")

    para(doc, "甲方（盖章）：中山市小榄镇荣记腊味糕点坊　　经营者签字：何荣辉")
    para(doc, "乙方签字：梁嘉敏")
    para(doc, "签订日期：2026年3月9日")
    return doc


def normalize_zip(data):
    """Rewrite the package with fixed timestamps so output is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 9, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def main():
    buf = io.BytesIO()
    build().save(buf)
    with open(OUT, "wb") as f:
        f.write(normalize_zip(buf.getvalue()))
    print(OUT)


if __name__ == "__main__":
    main()

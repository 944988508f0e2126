"""Generate unlawful-m-sanxiang-hotpot-base-workshop.docx (batch17, prefix m).

Run: /work/main/.venv/bin/python make_docx_m.py
Deterministic: fixed core properties and fixed zip timestamps.
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
OUT = os.path.join(HERE, "unlawful-m-sanxiang-hotpot-base-workshop.docx")
FIXED = datetime.datetime(2025, 11, 3, 9, 0, 0)


def set_font(doc):
    style = doc.styles["Normal"]
    style.font.name = "宋体"
    style.font.size = Pt(10.5)
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


def table(doc, rows, widths=None):
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
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "中山市三乡镇蜀渝香火锅底料加工坊　　　　　　　　员工用表 RS-02"
    sec.footer.paragraphs[0].text = "本合同一式两份，甲乙双方各执一份　　第1页"

    para(doc, "劳动合同（生产工人）", bold=True, center=True, size=16)
    para(doc, "合同编号：SYX-2025-11-007", center=True)

    para(doc, "甲方（用人单位）：中山市三乡镇蜀渝香火锅底料加工坊（个体工商户）")
    para(doc, "经营者：罗建川　　统一社会信用代码：92442000MA5C8W1N6T")
    para(doc, "食品小作坊登记证号：粤中食坊登字（三乡）2023-0088号")
    para(doc, "地址：中山市三乡镇平岚东路金谷工业区6栋一楼　　电话：0760-86689231")
    para(doc, "乙方（劳动者）：邓秀兰　　性别：女")
    para(doc, "身份证号码：442000198806070000")
    para(doc, "住址：中山市三乡镇雍陌村新村大街17号　　电话：186 2089 4413")

    para(doc, "甲乙双方依照《中华人民共和国劳动合同法》等规定，经协商一致，订立本合同。")

    para(doc, "一、合同期限", bold=True)
    para(doc, "本合同为固定期限合同，自2025年11月3日起至2027年11月2日止，其中试用期自2025年11月3日起至2025年12月31日止。")

    para(doc, "二、工作岗位和地点", bold=True)
    para(doc, "乙方从事火锅底料生产，岗位包括：原料挑拣、牛油熬制、炒料、称量灌装、封口装箱。"
              "甲方可根据生产需要在上述岗位间安排。工作地点为甲方加工坊。")

    para(doc, "三、工作时间和休息", bold=True)
    para(doc, "1. 每日工作8小时（8:00—12:00，13:30—17:30），每周工作5天，周六、周日休息。")
    para(doc, "2. 每年9月至次年2月为火锅底料旺季，甲方视订单情况与乙方协商安排加班。"
              "加班费不分工作日或周末，统一按每小时15元计算，随当月工资发放。")
    para(doc, "3. 乙方享受法定节假日、年休假、婚丧假、产假等国家规定的假期。")
    para(doc, "4. 乙方因照顾未成年子女需临时请假的，提前向班组长报备，按事假处理。")

    para(doc, "四、劳动报酬", bold=True)
    para(doc, "乙方工资由基本工资、全勤奖和计件工资组成，具体标准如下表：")
    table(doc, [
        ["项目", "标准", "计发方式", "备注"],
        ["基本工资", "2080元/月", "每月25日前发放上月", "试用期同此标准"],
        ["全勤奖", "200元/月", "随基本工资发放", "当月无迟到、早退、事假（法定假期、产检不影响）"],
        ["计件工资", "灌装封口0.12元/袋；装箱1.5元/箱", "按季度结算，每季度结束后次月25日一次发放",
         "以车间统计员记录为准"],
        ["加班费", "15元/小时", "随当月基本工资发放", "见第三条第2款"],
        ["夜餐补贴", "10元/次", "加班至20:00以后发放", "—"],
    ])
    para(doc, "说明：计件工资按季度结算，是因为客户货款按季度回笼；乙方在季度中途离职的，计件工资在离职当日结清。")

    para(doc, "工资以银行转账方式支付到乙方本人账户，甲方每月提供工资条。遇节假日提前发放。")
    para(doc, "乙方病假、事假期间工资按甲方考勤制度和国家规定执行。")

    para(doc, "五、质量责任", bold=True)
    para(doc, "1. 乙方应严格按配方和工艺操作，炒料时不得离岗。")
    para(doc, "2. 因乙方操作失误（火候失控、配料错误、封口不严）造成整锅或整批底料报废的，"
              "按报废原料的进货成本全额从乙方当月工资中扣除，当月不够扣的顺延至下月。")

    para(doc, "六、社会保险和健康证", bold=True)
    para(doc, "1. 甲方自用工之日起为乙方参加社会保险，个人应缴部分由甲方代扣代缴。")
    para(doc, "2. 乙方从事接触直接入口食品的工作，须持有效健康证明上岗，体检办证费用由甲方承担。"
              "甲方不向乙方收取押金、保证金。")

    para(doc, "七、劳动保护", bold=True)
    para(doc, "甲方为乙方提供防烫围裙、隔热手套、防尘口罩、护目镜；炒料区安装排烟设备。"
              "单件原料（牛油、辣椒）搬运超过20公斤的，由搬运工或使用推车完成。乙方怀孕的，甲方根据医疗机构证明调整其岗位，"
              "不安排炒料等高温岗位。")

    para(doc, "八、合同解除和终止", bold=True)
    para(doc, "按照《中华人民共和国劳动合同法》的规定执行。乙方解除合同应提前三十日书面通知，试用期内提前三日通知。")

    para(doc, "合同期满不再续订的，甲方依法支付经济补偿；解除或终止时甲方当日结清工资。")

    para(doc, "九、争议处理", bold=True)
    para(doc, "发生争议协商不成的，可向中山市劳动人事争议仲裁委员会申请仲裁。")

    para(doc, "十、其他", bold=True)
    para(doc, "1. 甲方的《车间卫生管理制度》《考勤制度》已于入职当日交乙方阅读并签收。")
    para(doc, "2. 本合同未尽事宜，按国家和广东省有关规定执行；本合同自双方签字之日起生效。")

    para(doc, "")
    table(doc, [
        ["甲方（盖章）：中山市三乡镇蜀渝香火锅底料加工坊", "乙方（签名）：邓秀兰"],
        ["经营者签字：罗建川", "身份证号：442000198806070000"],
        ["日期：2025年11月3日", "日期：2025年11月3日"],
    ])

    cp = doc.core_properties
    cp.author = "罗建川"
    cp.last_modified_by = "罗建川"
    cp.title = "劳动合同（生产工人）"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    # rewrite with fixed timestamps so the output is byte-for-byte reproducible
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


if __name__ == "__main__":
    build()
    print("wrote", OUT)

"""Generate lawful-w-outwork-beading-guzhen.docx (batch20, prefix w).

Run: /work/main/.venv/bin/python make_docx_w.py
The text lives here; the output is rewritten with fixed zip timestamps so that
re-running gives byte-identical files.
"""
import datetime
import io
import pathlib
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "lawful-w-outwork-beading-guzhen.docx"
FIXED = datetime.datetime(2026, 3, 9, 9, 0, 0)


def set_font(doc):
    style = doc.styles["Normal"]
    style.font.name = "SimSun"
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


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    return t


def build():
    doc = Document()
    set_font(doc)
    doc.core_properties.author = "明辉灯饰 外发部"
    doc.core_properties.title = "外发加工承揽合同"
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.last_modified_by = "明辉灯饰 外发部"
    doc.core_properties.revision = 1

    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "中山市古镇镇明辉灯饰配件有限公司　外发加工文件　MH-WF-2026-031"
    sec.footer.paragraphs[0].text = "本合同一式两份　双方各执一份　（第1页共1页）"

    para(doc, "外发加工承揽合同", bold=True, center=True, size=16)
    para(doc, "（手工串珠灯饰配件）", center=True)
    para(doc, "合同编号：MH-WF-2026-031　　签订地点：中山市古镇镇")

    table(doc, [
        ["", "定作方（甲方）", "承揽方（乙方）"],
        ["名称/姓名", "中山市古镇镇明辉灯饰配件有限公司", "吴秀娟"],
        ["证照号码", "统一社会信用代码 91442000MA51H6TQ3C", "身份证号 442000199003150000"],
        ["地址", "中山市古镇镇东兴中路182号", "中山市古镇镇曹三村西岸街18号（加工地点）"],
        ["联系人/电话", "外发部 何嘉欣 0760-22356188", "本人 136 3139 7720"],
    ])

    para(doc, "")
    para(doc, "乙方在自己住所内承接手工串珠加工，也为其他灯饰厂加工。甲方将下列配件的手工加工交由乙方完成，"
              "双方依照《中华人民共和国民法典》合同编第十七章承揽合同的规定，协商订立本合同。")

    para(doc, "第一条　加工品名、单价与质量标准", bold=True)
    table(doc, [
        ["序号", "品名/型号", "计价单位", "加工单价（元）", "质量标准"],
        ["1", "水晶珠帘串 MH-ZL36（每串36颗）", "串", "0.85", "珠数准确，线结牢固，拉力测试不脱珠"],
        ["2", "布艺灯罩流苏缝边 MH-LS20", "个", "1.20", "针距均匀，流苏长短差不超过3毫米"],
        ["3", "亚克力挂片挂钩组装 MH-GP08", "片", "0.12", "挂钩闭合到位，挂片无划痕"],
    ])
    para(doc, "每批加工的数量、交货日期以甲方签发、乙方签收的《外发加工单》为准，《外发加工单》是本合同的组成部分。"
              "乙方认为某批数量或交期无法完成的，可以不接该批加工单。")

    para(doc, "第二条　加工方式", bold=True)
    para(doc, "1. 乙方在其住所自行安排加工时间和进度，甲方不规定乙方的工作时间，不考勤，不对乙方进行日常管理，只对交付的成果进行验收。")
    para(doc, "2. 乙方自备剪钳、热熔胶枪、工作台、照明等工具设备，费用自理。")
    para(doc, "3. 乙方可以请家人协助分拣珠子、包装等辅助工作，并对其完成的部分向甲方负责；乙方将串珠、缝边等主要工作交给他人完成的，应事先征得甲方同意。")
    para(doc, "4. 本合同不限制乙方同时为其他单位或个人承接加工业务。")

    para(doc, "第三条　材料提供与领料押金", bold=True)
    para(doc, "1. 珠子、线材、布料、挂钩等主料由甲方提供，乙方领料时当场清点，发现数量、质量不符的应当场提出。")
    para(doc, "2. 因主料价值较高，乙方领料时按该批主料成本价的20%交纳领料押金（本批约定为人民币260元），"
              "甲方开具收据；该批成品交回验收后，押金在结算加工费时一并全额退还，或经乙方同意抵作下一批的领料押金。")
    para(doc, "3. 乙方应妥善保管甲方提供的材料和完成的成品。因乙方保管不善造成材料毁损、遗失的，按材料成本价赔偿，可在押金中抵扣；"
              "正常损耗（珠子损耗率2%以内）不需赔偿。")

    para(doc, "第四条　交付与验收", bold=True)
    para(doc, "1. 乙方按加工单约定日期将成品送至甲方外发部，或通知甲方上门收货。")
    para(doc, "2. 甲方在收货后两个工作日内按第一条标准抽检，并在收货单上签注验收结果；逾期未提出异议的，视为验收合格。")
    para(doc, "3. 不合格品由乙方免费返工；无法返工的，该部分不计加工费，并按第三条第3项赔偿材料成本。")

    para(doc, "第五条　加工费结算", bold=True)
    para(doc, "1. 加工费＝验收合格数量×加工单价。甲方在每批验收合格之日起七日内，将加工费转入乙方本人银行账户（农业银行古镇支行，尾号0917）。")
    para(doc, "2. 乙方为个人，甲方依法代扣代缴税款，并向乙方提供结算明细。")

    para(doc, "第六条　保密", bold=True)
    para(doc, "乙方对甲方提供的款式图样负有保密义务，未经甲方许可，不得留存样品、复制图样或为他人加工同款产品。")

    para(doc, "第七条　安全", bold=True)
    para(doc, "乙方在加工过程中应注意用电和热熔胶枪使用安全。乙方在完成工作中造成自身或第三人损害的，依照《民法典》第一千一百九十三条处理："
              "甲方对定作、指示或者选任有过错的，承担相应的责任。")

    para(doc, "第八条　合同的解除", bold=True)
    para(doc, "1. 甲方在乙方完成某批加工前可以随时解除该批加工单，但应按已完成数量支付加工费，并赔偿乙方因此受到的其他损失。")
    para(doc, "2. 乙方连续两批不合格率超过10%的，甲方可以书面通知解除本合同。")
    para(doc, "3. 乙方不再承接甲方加工的，提前七日告知甲方并交回未加工的材料即可。")

    para(doc, "第九条　期限与争议", bold=True)
    para(doc, "本合同自2026年3月9日起至2026年12月31日止。因本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。")

    para(doc, "")
    table(doc, [
        ["甲方（盖章）：中山市古镇镇明辉灯饰配件有限公司", "乙方（签字）：吴秀娟"],
        ["经办人：何嘉欣", "按手印：☑"],
        ["日期：2026年3月9日", "日期：2026年3月9日"],
    ])

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def normalise(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(name))
    return out.getvalue()


if __name__ == "__main__":
    OUT.write_bytes(normalise(build()))
    print("wrote", OUT.name)

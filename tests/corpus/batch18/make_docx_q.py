"""生成 unlawful-q-live-assistant-parttime.docx（直播助播/场控非全日制协议，含表格、页眉页脚）。

运行：/work/main/.venv/bin/python tests/corpus/batch18/make_docx_q.py
输出固定（核心属性和 zip 内时间戳都写死），便于提交。
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
OUT = os.path.join(HERE, "unlawful-q-live-assistant-parttime.docx")
FIXED = datetime.datetime(2025, 7, 1, 9, 0, 0)


def set_font(doc):
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, rows, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    return t


def build():
    doc = Document()
    set_font(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "中山市星禾电子商务有限公司 · 人事行政部"
    sec.footer.paragraphs[0].text = "XH-HR-FQ-2025（非全日制用工）  本协议共两页，双方各执一份"

    para(doc, "非全日制用工协议", bold=True, center=True, size=16)
    para(doc, "（直播间助播 / 场控岗位）", center=True)
    para(doc, "协议编号：XH-FQ-20250701-03")

    table(doc, [
        ["", "甲方（用人单位）", "乙方（劳动者）"],
        ["名称/姓名", "中山市星禾电子商务有限公司", "罗晓彤"],
        ["法定代表人/身份证号", "区家豪", "442000199512030000"],
        ["地址", "中山市古镇镇中兴大道南18号灯博园电商基地A座6楼", "中山市古镇镇海洲村东兴路22号"],
        ["联系电话", "0760-2233XXXX", "159XXXX7316"],
    ])

    para(doc, "根据《中华人民共和国劳动合同法》关于非全日制用工的规定，甲乙双方经协商一致，订立本协议。")

    para(doc, "一、岗位和工作内容", bold=True)
    para(doc, "乙方在甲方灯饰直播间担任助播/场控，主要配合主播讲解产品、上下架链接、改价、回复弹幕、控场，"
              "并在每场结束后记录场次数据。")

    para(doc, "二、工作地点", bold=True)
    para(doc, "甲方直播基地（中山市古镇镇中兴大道南18号灯博园电商基地A座6楼）3号直播间。")

    para(doc, "三、工作时间", bold=True)
    table(doc, [
        ["班次", "时间", "每周场次", "每日时长", "每周合计"],
        ["晚场", "19:30—23:30", "周日至周四，共5场", "4小时", "20小时"],
    ])
    para(doc, "甲方因直播排期需要调整班次的，应提前三天告知乙方；调整后每日不超过4小时，每周累计不超过24小时。")

    para(doc, "四、试用期", bold=True)
    para(doc, "本协议不约定试用期。")

    para(doc, "五、劳动报酬", bold=True)
    table(doc, [
        ["项目", "标准", "说明"],
        ["小时工资", "19元/小时", "按实际在岗时数计算，迟到早退按实际时数计"],
        ["结算支付", "按周", "每周一结算上一周（周日至周六），周三前转入乙方本人银行卡"],
        ["月度奖励", "不固定", "由甲方根据直播间当月业绩决定是否发放"],
        ["夜宵", "每场一份", "由甲方提供，不折算工资"],
        ["打车补贴", "20元/场", "23:30下播后回家交通费，随当周报酬发放"],
    ])
    para(doc, "大促场次（618、双11、年货节）乙方应保证到岗。大促期间乙方无故缺勤的，每缺一场向甲方支付违约金300元，"
              "甲方从乙方当期报酬中直接扣除。")

    para(doc, "六、社会保险", bold=True)
    para(doc, "甲方自用工之日起为乙方缴纳工伤保险费。乙方的养老、医疗保险可按灵活就业人员自行参保。")

    para(doc, "七、劳动保护和劳动条件", bold=True)
    para(doc, "1. 甲方保证直播间空调、照明和消防设施正常，补光灯、声卡等设备由甲方提供和维护。")
    para(doc, "2. 乙方怀孕满7个月或哺乳未满1周岁婴儿期间，甲方不安排其上晚场，双方协商调整到白天时段，每日仍不超过4小时。")
    para(doc, "3. 乙方可在下播后使用公司休息室等候车辆。")

    para(doc, "八、保密", bold=True)
    para(doc, "乙方对直播间后台数据、供货价格和主播个人信息负有保密义务，不得外传。")

    para(doc, "九、终止用工", bold=True)
    para(doc, "双方任何一方均可随时通知对方终止用工，甲方终止用工不向乙方支付经济补偿。终止用工时，甲方当日结清乙方已工作时数的报酬。")

    para(doc, "十、期限和争议", bold=True)
    para(doc, "本协议自2025年7月1日起至2026年6月30日止。发生争议的，双方协商解决；协商不成的，可向中山市劳动人事争议仲裁委员会申请仲裁。")

    para(doc, "（以下无正文）")
    table(doc, [
        ["甲方（盖章）：中山市星禾电子商务有限公司", "乙方（签字）：罗晓彤"],
        ["授权代表：区家豪", "身份证号：442000199512030000"],
        ["日期：2025年7月1日", "日期：2025年7月1日"],
    ])

    cp = doc.core_properties
    cp.author = "星禾电商人事部"
    cp.last_modified_by = "星禾电商人事部"
    cp.title = "非全日制用工协议（直播助播/场控）"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    # 重写 zip，固定时间戳，使输出逐字节可复现
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 7, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))


if __name__ == "__main__":
    build()
    print(OUT)

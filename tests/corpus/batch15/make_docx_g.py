"""生成 unlawful-g-jiangmen-rice-noodle-form.docx（表格式入职登记暨劳动合同条款确认书）。
运行：/work/main/.venv/bin/python make_docx_g.py
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).with_name("unlawful-g-jiangmen-rice-noodle-form.docx")

TITLE = "江门市蓬江区杜阮镇好味道米粉加工坊"
SUBTITLE = "员工入职登记表暨劳动合同主要条款确认书"
INTRO = ("说明：本表由员工本人如实填写，经双方签字后作为《劳动合同》附件，"
         "与劳动合同具有同等效力。表中“☑”为已选项。")

EMPLOYEE = [
    ("姓名", "李惠娟", "性别", "女"),
    ("出生日期", "1991年4月22日", "联系电话", "13800030422"),
    ("身份证号", "442000199104220000", "户籍地", "广东省江门市新会区"),
    ("现住址", "江门市蓬江区杜阮镇龙榜村XX号", "紧急联系人及电话", "陈志伟 13800030423"),
    ("应聘岗位", "蒸粉工／切粉包装工", "入职日期", "2025年11月10日"),
]

EMPLOYER = [
    ("用人单位名称", "江门市蓬江区杜阮镇好味道米粉加工坊（个体工商户）"),
    ("经营者", "区永坚"),
    ("统一社会信用代码", "92440703MA5XXXXX8Y"),
    ("食品小作坊登记证", "江蓬食坊登字（2024）第0XX号，品种：湿米粉、肠粉皮、濑粉"),
    ("经营地址（工作地点）", "江门市蓬江区杜阮镇杜阮北路XX号"),
    ("联系电话", "13800031888"),
]

TERMS = [
    ("合同期限",
     "☑固定期限：3年，自2025年11月10日起至2028年11月9日止\n☐无固定期限　☐以完成一定工作任务为期限"),
    ("试用期",
     "☑6个月，自2025年11月10日起至2026年5月9日止（包含在合同期限内）"),
    ("工作内容",
     "泡米、磨浆、蒸粉、切粉、称重包装、送货装车辅助；按主管安排在车间内调整具体工序"),
    ("工作时间",
     "☑标准工时制：每周工作5天，每天8小时。早班5:30—9:30，下午14:30—18:30（中间回家休息）。\n"
     "每周休息2天，按排班表轮休。☐综合计算工时　☐不定时"),
    ("劳动报酬",
     "转正后月工资2300元（基本工资）；试用期工资按转正工资的80%发放，即每月1840元。\n"
     "工资支付周期为月，每月20日前以银行转账方式支付上月工资，遇节假日提前支付。\n"
     "加班：工作日延长时间按150%，休息日且不能补休的按200%，法定节假日按300%，以本人正常工作时间工资为基数。"),
    ("社会保险",
     "甲方自用工之日起30日内为乙方办理社会保险登记，依法缴纳养老、医疗（含生育）、失业、工伤保险，个人部分由甲方从工资中代扣代缴。"),
    ("法定节假日",
     "按国家规定放假（元旦、春节、清明、劳动节、端午、中秋、国庆等）；三八妇女节下午放假半天。"),
    ("年休假",
     "乙方在本加工坊连续工作满三年的，从第四年起每年享受带薪年休假3天，由甲方统一安排；未满三年的不享受年休假。"),
    ("病假",
     "病假须提供镇卫生院或以上医院证明；病假期间不计发工资，病愈后凭证明返岗。"),
    ("女职工保护",
     "产假按国家和广东省规定执行；孕期满7个月以上及哺乳未满1周岁婴儿期间不安排加班和夜班，每天安排1小时哺乳时间。\n"
     "孕期产前检查须提前一天向主管请假，产检当天按事假处理，扣除当天工资。"),
    ("劳动保护",
     "甲方提供防烫手套、防滑水鞋、工作服帽；蒸粉炉、磨浆机上岗前进行安全操作培训；\n"
     "健康体检每年一次，健康证费用由甲方承担；未取得健康证明前不安排接触直接入口食品的工序。"),
    ("违纪处理",
     "连续旷工3日以上或一个月内累计旷工5日以上的，属严重违反规章制度，甲方可依法解除劳动合同；\n"
     "乙方故意违反操作规程造成整批产品报废的，依法承担赔偿责任。"),
    ("解除合同",
     "乙方解除合同须提前30日书面通知甲方，试用期内提前3日通知；双方解除、终止合同按《劳动合同法》执行。"),
]

DECLARATION = ("本人确认以上填写内容真实，已知悉并同意上述劳动合同主要条款。"
               "本表一式两份，甲乙双方各执一份。")


def set_font(run, size=10.5, bold=False):
    run.font.name = "宋体"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    run.font.size = Pt(size)
    run.bold = bold


def para(doc, text, size=10.5, bold=False, center=False):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(text), size, bold)
    return p


def cell_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    set_font(p.add_run(lines[0]), 10, bold)
    for line in lines[1:]:
        set_font(cell.add_paragraph().add_run(line), 10, bold)


def main():
    doc = Document()
    para(doc, TITLE, 15, True, True)
    para(doc, SUBTITLE, 14, True, True)
    para(doc, INTRO, 9)

    para(doc, "一、员工基本信息", 11, True)
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for row in EMPLOYEE:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, bold=(i % 2 == 0))

    para(doc, "二、用人单位信息", 11, True)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in EMPLOYER:
        cells = t.add_row().cells
        cell_text(cells[0], k, True)
        cell_text(cells[1], v)

    para(doc, "三、劳动合同主要条款（甲方：用人单位；乙方：员工）", 11, True)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "项目", True)
    cell_text(t.rows[0].cells[1], "约定内容", True)
    for k, v in TERMS:
        cells = t.add_row().cells
        cell_text(cells[0], k, True)
        cell_text(cells[1], v)

    para(doc, "四、员工声明", 11, True)
    para(doc, DECLARATION)

    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "甲方（盖章）：江门市蓬江区杜阮镇好味道米粉加工坊", True)
    cell_text(t.rows[0].cells[1], "乙方（签名）：李惠娟", True)
    cell_text(t.rows[1].cells[0], "经营者签字：区永坚")
    cell_text(t.rows[1].cells[1], "身份证号：442000199104220000")
    cell_text(t.rows[2].cells[0], "日期：2025年11月8日")
    cell_text(t.rows[2].cells[1], "日期：2025年11月8日")

    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()

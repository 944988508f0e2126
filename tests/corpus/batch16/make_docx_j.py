"""Generate unlawful-j-huizhou-shoes-table.docx (two-column table contract)."""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).with_name("unlawful-j-huizhou-shoes-table.docx")

TITLE = "惠州市恒步鞋业有限公司\n员工劳动合同（车间普工）"
INTRO = "合同编号：HB-PG-2025-1187　　　　签订地点：惠州市博罗县园洲镇"

ROWS = [
    ("甲方（用人单位）", "惠州市恒步鞋业有限公司\n统一社会信用代码：91441322MA52H7RC3P\n地址：惠州市博罗县园洲镇上南工业区恒步路6号\n法定代表人：谢建平　　人事部电话：13800090214"),
    ("乙方（员工）", "姓名：黄春燕　　性别：女\n身份证号码：442000199411280000\n户籍地：广东省中山市\n现住址：甲方员工宿舍B栋305房\n联系电话：13800052806"),
    ("合同期限", "固定期限一年，自2025年11月5日起至2026年11月4日止。\n试用期一个月，自2025年11月5日起至2025年12月4日止。"),
    ("工作岗位", "针车车间普工（针车、刷胶、贴底），甲方可根据订单在针车、成型车间之间调配。"),
    ("工作地点", "惠州市博罗县园洲镇上南工业区恒步路6号甲方厂区。"),
    ("工作时间", "上午8:00—12:00，下午13:30—17:30，每日8小时；周一至周五为正常上班。\n周六上班按休息日加班计，月底统一补休或计发加班工资。\n平日晚上加班视订单情况安排，一般18:30—20:30，每月加班不超过36小时。"),
    ("工资标准", "实行计件工资，计件单价按车间每款鞋型的《工价表》执行，工价表张贴于车间。\n每月正常工作时间计件工资不足2000元的，按2000元保底。\n试用期保底工资1900元。"),
    ("加班工资", "完成当日计件定额后的晚上加班及周六加班，产量仍按正常计件单价计算，多做多得，不另外加价；周六补休的不计加班。\n法定节假日安排上班的，当天产量按计件单价的300%计发。"),
    ("工资发放", "每月28日前以银行卡发放上月工资。"),
    ("社会保险", "乙方自愿不参加社会保险，已签署《自愿放弃购买社保声明书》。甲方每月随工资发放社保补贴150元，乙方因未参保产生的医疗、养老等问题由乙方自行负责。"),
    ("工伤处理", "乙方在厂区内工作时受伤的，甲方负责送医并承担医疗费用。\n上下班途中发生的交通事故属个人行为，甲方不承担任何责任，也不作工伤申报。"),
    ("女工规定", "乙方怀孕后不宜从事刷胶岗位的，应主动向甲方申请辞工；怀孕期间连续请假超过15天的，按自动离职处理。\n哺乳期女工每天可离岗1小时喂奶。"),
    ("劳动保护", "甲方提供口罩、手套、防护眼镜，刷胶工位配抽风设备；乙方应正确佩戴防护用品。\n甲方每年组织一次职业健康检查，费用由甲方承担。"),
    ("厂牌工衣", "甲方免费发放厂牌一个、工衣两套，不收押金。厂牌遗失补办收取工本费10元。离职时工衣交回。"),
    ("食宿", "甲方提供宿舍（4人间），水电费按实际分摊；饭堂三餐自愿刷卡消费。"),
    ("辞工", "乙方辞工须提前三十日书面申请，试用期内提前三日。\n辞工手续办完后当日结清工资。"),
    ("解除合同", "乙方有严重违反厂规、偷窃、打架等行为的，甲方可按《员工手册》处理直至解除合同。"),
    ("其他", "本合同一式两份，双方各执一份。\n本表未尽事宜按国家及广东省有关规定执行。"),
]

SIGN = [
    "甲方（盖章）：惠州市恒步鞋业有限公司　　　　　乙方（签名）：黄春燕",
    "授权代表：谢建平",
    "签订日期：2025年11月3日　　　　　　　　　　　签订日期：2025年11月3日",
]


def set_font(run, size=10.5, bold=False):
    run.font.name = "宋体"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    run.font.size = Pt(size)
    run.bold = bold


def main():
    doc = Document()
    for i, line in enumerate(TITLE.split("\n")):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(line), size=16 if i else 14, bold=True)
    set_font(doc.add_paragraph().add_run(INTRO))

    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    set_font(hdr[0].paragraphs[0].add_run("项　目"), bold=True)
    set_font(hdr[1].paragraphs[0].add_run("约 定 内 容"), bold=True)
    for left, right in ROWS:
        cells = table.add_row().cells
        set_font(cells[0].paragraphs[0].add_run(left), bold=True)
        lines = right.split("\n")
        set_font(cells[1].paragraphs[0].add_run(lines[0]))
        for line in lines[1:]:
            set_font(cells[1].add_paragraph().add_run(line))

    doc.add_paragraph()
    for line in SIGN:
        set_font(doc.add_paragraph().add_run(line))
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()

"""Generate lawful-m-jiangmen-lachang-seasonal.pdf (batch17, prefix m).

Run: /work/main/.venv/bin/python make_pdf_m.py
Uses the CID font STSong-Light; rl_config.invariant makes the output reproducible.
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "lawful-m-jiangmen-lachang-seasonal.pdf")

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
TITLE = ParagraphStyle("t", fontName="STSong-Light", fontSize=15, leading=20, alignment=TA_CENTER)
SUB = ParagraphStyle("s", fontName="STSong-Light", fontSize=9.5, leading=13, alignment=TA_CENTER)
H = ParagraphStyle("h", fontName="STSong-Light", fontSize=10.5, leading=15, spaceBefore=4)
B = ParagraphStyle("b", fontName="STSong-Light", fontSize=9.5, leading=13.5, wordWrap="CJK")

TEXT = [
    ("T", "季节性用工劳动合同"),
    ("S", "（腊味生产旺季／固定期限）　　合同编号：HX-JS-2025-031"),
    ("B", "甲方（用人单位）：江门市蓬江区荷塘镇荷香腊味加工场（个体工商户）　经营者：容伟森"),
    ("B", "统一社会信用代码：92440703MA56D0QK4H　　食品小作坊登记证号：粤江食坊登字（蓬江）2022-0219号"),
    ("B", "地址：江门市蓬江区荷塘镇篁湾村工业路5号　　电话：0750-3712608"),
    ("B", "乙方（劳动者）：何凤娟　　性别：女　　身份证号：442000198702110000"),
    ("B", "住址：江门市蓬江区荷塘镇三丫村南街14号　　电话：136 3178 4025"),
    ("B", "甲方每年秋冬季为腊肠、腊肉生产旺季，需要临时增加生产人员。双方依照《中华人民共和国劳动合同法》，"
          "经平等协商，订立本合同。"),
    ("H", "一、合同期限"),
    ("B", "本合同为固定期限劳动合同，自2025年11月1日起至2026年1月25日止。本合同期限不满三个月，依法不约定试用期。"),
    ("H", "二、工作内容和地点"),
    ("B", "乙方从事腊肠灌制、扎绳、挂竿、翻晒、包装贴标等工作，工作地点为甲方加工场车间及晾晒房。"),
    ("H", "三、工作时间和休息"),
    ("B", "1. 实行标准工时制：每日7:30—11:30、13:30—17:30，每周工作5天，每周休息2天，由车间主管轮流排休。"),
    ("B", "2. 订单集中时需要加班的，须与乙方协商，每日延长不超过3小时、每月不超过36小时。"
          "加班费以乙方月工资折算的小时工资为基数，工作日按150%、休息日不能安排补休的按200%、法定节假日按300%支付。"),
    ("B", "3. 2026年1月1日元旦放假1天，照发工资。"),
    ("H", "四、劳动报酬"),
    ("B", "1. 乙方月工资为1850元（江门市现行月最低工资标准），另按当月包装合格箱数计发产量奖，每箱0.8元。"),
    ("B", "2. 工资于每月10日前以银行转账支付上一自然月工资；2026年1月的工资按实际出勤天数折算，于合同终止当日结清。"),
    ("B", "3. 甲方不收取乙方任何押金、保证金，不扣押身份证件。工作服、发网、口罩、手套由甲方免费提供。"),
    ("H", "五、社会保险"),
    ("B", "甲方自用工之日起三十日内为乙方办理社会保险登记并依法缴纳社会保险费，乙方个人应缴部分由甲方代扣代缴。"),
    ("H", "六、食品安全与健康"),
    ("B", "1. 乙方上岗前须取得有效健康证明，体检及办证费用由甲方承担；体检当日计为出勤。"),
    ("B", "2. 乙方应遵守车间卫生制度，进车间更衣、洗手消毒，不得在车间内吸烟、进食。"),
    ("H", "七、劳动保护"),
    ("B", "1. 甲方为乙方提供防滑水鞋、防水围裙、防割手套；灌肠机、绞肉机设置防护罩，乙方须经培训后方可操作。"),
    ("B", "2. 原料冷库为低温作业区，乙方在经期、孕期不安排进入冷库及冷水清洗岗位；单件搬运重物不超过20公斤。"),
    ("H", "八、合同的解除与终止"),
    ("B", "1. 双方解除本合同，按照《中华人民共和国劳动合同法》的规定办理。乙方解除合同应提前三十日书面通知甲方。"),
    ("B", "2. 本合同期满即终止，甲方不再续订。因期满终止的，甲方按照《中华人民共和国劳动合同法》第四十六条、"
          "第四十七条的规定向乙方支付经济补偿（工作不满六个月的，支付半个月工资）。"),
    ("B", "3. 乙方在孕期、产期、哺乳期内合同期满的，合同续延至相应情形消失时终止。"),
    ("H", "九、争议处理"),
    ("B", "因履行本合同发生争议的，双方协商解决；协商不成的，可向江门市劳动人事争议仲裁委员会申请仲裁。"),
    ("H", "十、其他"),
    ("B", "本合同一式两份，双方各执一份，自双方签字（盖章）之日起生效。未尽事宜按国家和广东省有关规定执行。"),
    ("SP", ""),
    ("B", "甲方（盖章）：江门市蓬江区荷塘镇荷香腊味加工场　　　　乙方（签字）：何凤娟"),
    ("B", "经营者（签字）：容伟森　　　　　　　　　　　　　　　　签订日期：2025年10月28日"),
    ("B", "签订日期：2025年10月28日"),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("STSong-Light", 8)
    canvas.drawCentredString(A4[0] / 2, 10 * mm, "荷香腊味加工场　季节性用工劳动合同　第 %d 页" % doc.page)
    canvas.restoreState()


def build():
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm,
                            title="季节性用工劳动合同", author="容伟森")
    story = []
    for kind, text in TEXT:
        if kind == "T":
            story.append(Paragraph(text, TITLE))
        elif kind == "S":
            story.append(Paragraph(text, SUB))
            story.append(Spacer(1, 4 * mm))
        elif kind == "H":
            story.append(Paragraph(text, H))
        elif kind == "SP":
            story.append(Spacer(1, 6 * mm))
        else:
            story.append(Paragraph(text, B))
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    build()
    print("wrote", OUT)

"""Generate unlawful-p-huizhou-property-cleaner-over50.pdf (batch18, prefix p).

Run with: /work/main/.venv/bin/python make_pdf_p.py
The text lives here; reportlab's invariant mode makes the output reproducible.
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "unlawful-p-huizhou-property-cleaner-over50.pdf")
FONT = "STSong-Light"

TITLE = "劳务用工协议（大龄人员适用）"
SUBTITLE = "惠州市鹏瑞物业服务有限公司　协议编号：PR-LW-2026-008"

BODY = [
    ("p", "甲方：惠州市鹏瑞物业服务有限公司"),
    ("p", "统一社会信用代码：91441302MA5XXXXX9C"),
    ("p", "住所：惠州市惠城区江北云山西路26号鹏瑞大厦3楼　法定代表人：钟伟雄"),
    ("p", "乙方：罗建平　　性别：男　　出生日期：1971年8月15日"),
    ("p", "身份证号码：442000197108150000"),
    ("p", "户籍地址：广东省河源市紫金县蓝塘镇　现住址：惠州市惠城区河南岸街道金山湖路3号"),
    ("p", "联系电话：139XXXX7315"),
    ("p", "鉴于乙方已年满五十周岁，目前未办理退休手续、未领取基本养老金，属大龄务工人员。甲乙双方本着自愿原则，"
          "同意建立劳务合作关系，适用《中华人民共和国民法典》的有关规定，不建立劳动关系。经协商订立本协议。"),
    ("h", "第一条　协议期限"),
    ("p", "自2026年1月1日起至2026年12月31日止。期满经双方同意可以续签。"),
    ("h", "第二条　服务内容与地点"),
    ("p", "1. 乙方在甲方管理的翠湖花园小区（惠州市惠城区江北）从事公共区域保洁：楼道及电梯轿厢清洁、"
          "地下车库清扫、垃圾分类收集与清运、雨后积水清理等。"),
    ("p", "2. 乙方服从甲方项目经理和保洁主管的工作安排，遵守甲方《保洁员管理制度》，按甲方标准完成保洁任务，"
          "接受甲方每日巡查和每月考评。"),
    ("h", "第三条　工作时间"),
    ("p", "1. 每日7:00—11:30、14:00—17:30，共8小时；每周工作5天，由项目部排班轮休。"),
    ("p", "2. 因台风、暴雨等需临时延长工作时间或在休息日、法定节假日值班的，甲方按乙方日工资或小时工资的"
          "150%、200%、300%支付报酬，休息日值班也可安排同等时间补休。"),
    ("p", "3. 乙方享有法定节假日休息，并依照国家规定享受带薪年休假。"),
    ("h", "第四条　劳务报酬"),
    ("p", "1. 月劳务费1900元；当月出满勤的另发全勤奖100元；每年6月至10月另发高温津贴每月150元。"),
    ("p", "2. 甲方于每月10日前将上月劳务费转入乙方本人银行卡，遇节假日提前，并提供工资明细。"),
    ("h", "第五条　保险"),
    ("p", "1. 鉴于乙方年龄已超过五十周岁，甲方不为乙方办理社会保险登记，不缴纳社会保险费。甲方每月另付乙方"
          "保险补贴150元，由乙方自行参加城乡居民养老保险和医疗保险。"),
    ("p", "2. 甲方为乙方购买团体意外伤害保险一份（保额30万元），保费由甲方承担。"),
    ("h", "第六条　劳动保护"),
    ("p", "1. 甲方免费为乙方提供工作服、防滑雨靴、橡胶手套、口罩、反光背心及雨具，定期更换。"),
    ("p", "2. 甲方对乙方进行清洁剂使用、垃圾清运和车库通行安全培训；不安排乙方从事外墙、高处玻璃清洗等"
          "高处作业；夏季高温时段（12:00—14:00）不安排室外作业。"),
    ("p", "3. 乙方在工作中受伤的，甲方及时送医并先行垫付医疗费用。"),
    ("h", "第七条　协议的终止和解除"),
    ("p", "1. 协议期满，本协议终止。"),
    ("p", "2. 乙方年满五十五周岁的，本协议于其年满五十五周岁当月的月末自动终止，甲方不再续用。"),
    ("p", "3. 乙方提前三十日书面通知甲方，可以解除本协议。"),
    ("p", "4. 乙方严重违反甲方《保洁员管理制度》或连续旷工三日以上的，甲方可以解除本协议。"),
    ("p", "5. 协议终止或解除当日，甲方结清乙方劳务费。"),
    ("h", "第八条　其他"),
    ("p", "1. 甲方不收取乙方押金，不扣押乙方身份证件。"),
    ("p", "2. 本协议一式两份，双方各执一份，自双方签字盖章之日起生效。"),
    ("s", ""),
    ("p", "甲方（盖章）：惠州市鹏瑞物业服务有限公司　　经办人：项目经理 叶志坤"),
    ("p", "日期：2025年12月26日"),
    ("p", "乙方（签字）：罗建平"),
    ("p", "日期：2025年12月26日"),
]


def on_page(canvas, doc):
    canvas.saveState()
    canvas.setFont(FONT, 8)
    canvas.drawString(20 * mm, A4[1] - 12 * mm, SUBTITLE)
    canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, "第 %d 页" % doc.page)
    canvas.restoreState()


def build():
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    title = ParagraphStyle("t", fontName=FONT, fontSize=15, leading=22, alignment=1, spaceAfter=8)
    head = ParagraphStyle("h", fontName=FONT, fontSize=11, leading=17, spaceBefore=5, wordWrap="CJK")
    body = ParagraphStyle("b", fontName=FONT, fontSize=10, leading=16, wordWrap="CJK")
    doc = SimpleDocTemplate(
        OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
        topMargin=20 * mm, bottomMargin=20 * mm,
        title=TITLE, author="惠州市鹏瑞物业服务有限公司", creator="make_pdf_p.py",
    )
    story = [Paragraph(TITLE, title)]
    for kind, text in BODY:
        if kind == "h":
            story.append(Paragraph(text, head))
        elif kind == "s":
            story.append(Spacer(1, 8 * mm))
        else:
            story.append(Paragraph(text, body))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


if __name__ == "__main__":
    build()
    print("wrote", OUT)

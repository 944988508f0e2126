"""Generate unlawful-n-elder-canteen-parttime.pdf (batch17, prefix n).

Run with: /work/main/.venv/bin/python make_pdf_n.py
The text of the document lives in this script; output is deterministic
(reportlab invariant mode).
"""
import os

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

rl_config.invariant = 1

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "unlawful-n-elder-canteen-parttime.pdf")
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

TITLE = "长者饭堂助餐员非全日制用工协议"

BODY = [
    ("p", "协议编号：LLX-FQ-2026-0223"),
    ("p", "甲方（用人单位）：中山市邻里香餐饮管理有限公司"),
    ("p", "统一社会信用代码：91442000MA59P2NJ4E"),
    ("p", "住所：中山市南区福涌村康怡路5号一层"),
    ("p", "法定代表人：麦永强　　联系电话：0760-8892****"),
    ("p", "用工地点：南区城南社区长者饭堂（中山市南区城南社区居委会一楼，由甲方受托运营）"),
    ("p", "乙方（劳动者）：甘惠芬　　身份证号：442000198603110000"),
    ("p", "住址：中山市南区城南社区环城路45号2单元301房　　联系电话：186****7043"),
    ("p", "甲方受托运营社区长者饭堂，为辖区长者提供午餐堂食和送餐服务。乙方利用接送孩子之外的时间到饭堂工作。"
          "双方根据《中华人民共和国劳动合同法》关于非全日制用工的规定，订立本协议。"),
    ("h", "一、工作岗位（在括号内打√）"),
    ("p", "（√）午餐分餐、打菜　（√）餐后餐具回收和餐厅清洁　（√）为行动不便长者送餐上门　（　）厨房切配　（　）采购验收"),
    ("h", "二、协议期限和试用期"),
    ("p", "（一）本协议期限自2026年2月23日起至2027年2月22日止。"),
    ("p", "（二）乙方试用期为7天，自2026年2月23日至2026年3月1日。试用期内乙方不能适应岗位要求的，甲方可以随时辞退，试用期工资按实际工作时间计发。"),
    ("h", "三、工作时间"),
    ("p", "（一）乙方每周一至周六上班，每天10:30至13:30，每天工作3小时，每周累计18小时；周日及法定节假日饭堂不开餐，乙方休息。"),
    ("p", "（二）遇社区集中活动需要延长服务的，甲方应事先征得乙方同意，且每天合计不超过4小时、每周累计不超过24小时。"),
    ("p", "（三）乙方孩子生病、学校临时停课等需要请假的，提前告知饭堂负责人即可，请假时间不计工资。"),
    ("h", "四、劳动报酬"),
    ("p", "（一）乙方工资按小时计算，每小时21元，按考勤表记录的实际工作小时数计发。"),
    ("p", "（二）送餐上门路程在本社区范围内，不另计补贴；超出本社区范围的，每单另付交通补贴3元。"),
    ("p", "（三）乙方工资按自然月结算，甲方于次月15日前将上月工资转入乙方银行账户。"),
    ("h", "五、社会保险"),
    ("p", "甲方自用工之日起为乙方参加工伤保险并缴纳工伤保险费。乙方的养老、医疗保险由乙方以灵活就业人员身份自行缴纳。"),
    ("h", "六、健康证明和食品安全"),
    ("p", "（一）乙方上岗前应取得有效的健康证明，每年复检一次；办理和复检费用由甲方凭票全额报销，体检时间计入工作时间。"),
    ("p", "（二）乙方工作时应穿戴工作帽、口罩、围裙，保持个人卫生，严格执行饭堂的餐具清洗消毒和留样制度。"),
    ("p", "（三）乙方患有发热、腹泻、皮肤伤口感染等可能影响食品安全的情况的，应主动告知并暂停接触入口食品的工作。"),
    ("h", "七、劳动保护"),
    ("p", "（一）甲方免费为乙方提供工作服、防滑鞋、防烫手套，不收取押金。"),
    ("p", "（二）送餐使用甲方提供的电动车和头盔，甲方负责车辆年检和保险；遇台风、暴雨预警时暂停送餐上门，由社区网格员协助。"),
    ("p", "（三）甲方对乙方进行上岗培训，包括食品安全、防烫防滑、协助长者就餐和突发情况处置，培训时间计发工资。"),
    ("p", "（四）乙方怀孕、哺乳期间，甲方不安排乙方搬运重物和送餐上门，改为分餐岗位，工资标准不变。"),
    ("h", "八、用工的终止"),
    ("p", "（一）双方任何一方都可以随时通知对方终止用工，甲方不支付经济补偿。"),
    ("p", "（二）用工终止的，甲方在终止当日结清乙方的工资。"),
    ("h", "九、其他"),
    ("p", "（一）乙方可以同时在其他单位从事非全日制工作，但不得影响本协议的履行。"),
    ("p", "（二）发生争议的，双方协商解决；协商不成的，可以向中山市劳动人事争议仲裁委员会申请仲裁。"),
    ("p", "（三）本协议一式两份，双方各执一份，自签字盖章之日起生效。"),
    ("s", ""),
    ("p", "甲方（盖章）：中山市邻里香餐饮管理有限公司　　　　乙方（签字）：甘惠芬"),
    ("p", "授权代表（签字）：麦永强"),
    ("p", "日期：2026年2月23日　　　　　　　　　　　　　　日期：2026年2月23日"),
]


def on_page(canvas, doc):
    canvas.saveState()
    canvas.setFont(FONT, 8)
    canvas.drawString(20 * mm, A4[1] - 12 * mm, "中山市邻里香餐饮管理有限公司　南区城南社区长者饭堂")
    canvas.drawCentredString(A4[0] / 2, 10 * mm, "第 %d 页" % doc.page)
    canvas.restoreState()


def build():
    title = ParagraphStyle("t", fontName=FONT, fontSize=15, leading=22, alignment=1, spaceAfter=8)
    head = ParagraphStyle("h", fontName=FONT, fontSize=11.5, leading=18, spaceBefore=6)
    body = ParagraphStyle("b", fontName=FONT, fontSize=10.5, leading=16, wordWrap="CJK")
    doc = SimpleDocTemplate(
        OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
        topMargin=20 * mm, bottomMargin=18 * mm,
        title=TITLE, author="中山市邻里香餐饮管理有限公司", invariant=1,
    )
    story = [Paragraph(TITLE, title)]
    for kind, text in BODY:
        if kind == "h":
            story.append(Paragraph(text, head))
        elif kind == "s":
            story.append(Spacer(1, 10 * mm))
        else:
            story.append(Paragraph(text, body))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


if __name__ == "__main__":
    build()
    print("wrote", OUT)

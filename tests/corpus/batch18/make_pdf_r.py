"""Generate unlawful-r-two-page-handwritten.pdf: a two-page labour contract whose second page
carries handwritten-style 补充条款 (slanted blue text). Deterministic; run with
/work/main/.venv/bin/python make_pdf_r.py"""
import math
from pathlib import Path

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = Path(__file__).with_name("unlawful-r-two-page-handwritten.pdf")
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
W, H = A4
LEFT = 56
RIGHT = W - 56
INK = Color(0.10, 0.18, 0.55)

PAGE1 = [
    ("title", "劳 动 合 同 书"),
    ("c", "合同编号：KX-2026-0219"),
    ("", ""),
    ("", "甲方（用人单位）：中山市坦洲镇凯新电子科技有限公司"),
    ("", "住所：中山市坦洲镇界狮南路58号　法定代表人：杜永平"),
    ("", "乙方（劳动者）：周小燕　　性别：女"),
    ("", "身份证号码：442000199306270000　　联系电话：135XXXX7719"),
    ("", "户籍地址：广西壮族自治区玉林市容县（现住中山市坦洲镇金斗湾花园）"),
    ("", ""),
    ("", "甲乙双方根据《中华人民共和国劳动合同法》等法律法规，平等自愿、协商一致，订立本合同。"),
    ("h", "第一条　合同期限"),
    ("", "本合同为固定期限劳动合同，自2026年3月2日起至2028年3月1日止。其中试用期自2026年3月2日"),
    ("", "起至2026年5月1日止。"),
    ("h", "第二条　工作内容和工作地点"),
    ("", "乙方在甲方“妈妈岗”从事电子元件插件、目检工作，工作地点为甲方坦洲镇界狮南路厂区。"),
    ("h", "第三条　工作时间和休息休假"),
    ("", "1. 甲方实行标准工时制，每日上午8:30—12:00、下午13:30—17:30，每周工作五天，周六、周日休息。"),
    ("", "2. 乙方因接送子女、子女生病等需要请假的，可当天向组长申请，按事假处理。"),
    ("", "3. 甲方不强制加班；确需加班的，经乙方同意后安排，并依法支付加班工资。"),
    ("", "4. 乙方依法享受法定节假日、年休假、婚假、产假、育儿假等假期。"),
    ("h", "第四条　劳动报酬"),
    ("", "1. 乙方月工资为2,400元，另设全勤奖150元；试用期月工资为2,160元。"),
    ("", "2. 甲方每月15日前以银行转账方式支付乙方上月工资，并提供工资清单。"),
    ("", "3. 加班工资按国家规定的150%、200%、300%标准计发。"),
    ("h", "第五条　社会保险"),
    ("", "甲方自用工之日起依法为乙方缴纳基本养老、医疗、失业、工伤、生育保险，个人部分由甲方代扣代缴。"),
    ("h", "第六条　劳动保护和劳动条件"),
    ("", "甲方为乙方提供防静电手环、工作服；车间设哺乳室；甲方已书面告知女职工禁忌从事的劳动范围。"),
]

PAGE2 = [
    ("h", "第七条　合同的解除和终止"),
    ("", "1. 双方解除或终止本合同，按《劳动合同法》有关规定执行；甲方应依法支付经济补偿的，依法支付。"),
    ("", "2. 乙方解除合同应提前三十日书面通知甲方，试用期内提前三日通知。"),
    ("", "3. 合同解除或终止当日，甲方结清乙方工资，出具解除或终止证明。"),
    ("h", "第八条　劳动争议处理"),
    ("", "双方发生劳动争议，可向中山市劳动人事争议仲裁委员会申请仲裁。"),
    ("h", "第九条　其他"),
    ("", "本合同一式两份，双方各执一份，经双方签字盖章后生效。本合同未尽事宜，双方可另行书面补充。"),
    ("", ""),
    ("", "甲方（盖章）：中山市坦洲镇凯新电子科技有限公司　　乙方（签字）：周小燕"),
    ("", "法定代表人或委托代理人：杜永平　　　　　　　　　　日期：2026年2月27日"),
    ("", "日期：2026年2月27日"),
]

HAND = [
    "补充条款：",
    "1. 乙方入职起每月从工资里预留300元作稳岗保证金，做满一年一次退回；",
    "   未满一年离职的，保证金不退。",
    "2. 合同期内乙方如怀孕，应及时告知厂方，怀孕后不能上夜班赶货的，",
    "   视为乙方自动离职，厂方不用补偿。",
    "3. 乙方做不满两年离职的，要赔偿厂里招聘、岗前培训费用2000元，",
    "   从最后一个月工资扣。",
    "以上经双方同意，与合同同等效力。",
    "乙方确认：周小燕　　　经办：人事 李　　2026.2.27",
]


def header_footer(c, page):
    c.setFont(FONT, 8)
    c.setFillColor(black)
    c.drawString(LEFT, H - 34, "中山市坦洲镇凯新电子科技有限公司　人事行政部")
    c.drawRightString(RIGHT, H - 34, "KX-HR-表07")
    c.line(LEFT, H - 38, RIGHT, H - 38)
    c.drawCentredString(W / 2, 30, f"第 {page} 页　共 2 页")


def draw_lines(c, lines, y):
    for kind, text in lines:
        if kind == "title":
            c.setFont(FONT, 20)
            c.drawCentredString(W / 2, y, text)
            y -= 30
            continue
        if kind == "c":
            c.setFont(FONT, 10)
            c.drawCentredString(W / 2, y, text)
            y -= 18
            continue
        if kind == "h":
            y -= 4
            c.setFont(FONT, 11.5)
        else:
            c.setFont(FONT, 10.5)
        c.drawString(LEFT, y, text)
        y -= 19
    return y


def draw_hand(c, y):
    shear = math.tan(math.radians(14))
    c.setFillColor(INK)
    c.setStrokeColor(INK)
    for i, text in enumerate(HAND):
        size = 13.5 if i == 0 else 12.5
        jitter = (i * 7) % 5 - 2          # deterministic wobble of the left margin
        c.saveState()
        c.transform(1, 0.006 * ((i % 3) - 1), shear, 1, LEFT + 10 + jitter, y)
        c.setFont(FONT, size)
        c.drawString(0, 0, text)
        c.restoreState()
        y -= 24
    # a hand-drawn bracket on the left of the additions
    c.setLineWidth(1.2)
    c.line(LEFT, y + 24 * len(HAND) + 14, LEFT - 4, y + 20)
    return y


def main():
    c = canvas.Canvas(str(OUT), pagesize=A4, invariant=1)
    c.setTitle("劳动合同书（凯新电子）")
    c.setAuthor("凯新电子人事行政部")
    header_footer(c, 1)
    draw_lines(c, PAGE1, H - 78)
    c.showPage()
    header_footer(c, 2)
    y = draw_lines(c, PAGE2, H - 70)
    draw_hand(c, y - 24)
    c.showPage()
    c.save()


if __name__ == "__main__":
    main()

"""Generate the .pdf document of batch 19, prefix u (deterministic).

Run: /work/main/.venv/bin/python make_pdf_u.py
Writes unlawful-u-saomiao-sanye.pdf: a three-page full-time labour contract that looks like a scan
(grey paper, faint specks, slightly tilted text), with header, footer, page numbers and a
骑缝章 (seal across the page edges) note.
"""
import os
import random

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "unlawful-u-saomiao-sanye.pdf")
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

W, H = A4
LEFT = 62
RIGHT = W - 62
SIZE = 10.5
LEAD = 17
MAXCH = int((RIGHT - LEFT) / SIZE)  # full-width characters per line

COMPANY = "中山市三乡镇金利五金制品有限公司"

PAGES = [
    [
        ("T", "劳 动 合 同 书"),
        ("C", "合同编号：JL-LD-2025-0317"),
        ("", ""),
        ("", "甲方（用人单位）：中山市三乡镇金利五金制品有限公司"),
        ("", "住所：中山市三乡镇雍陌村金光路16号        法定代表人：郑国梁"),
        ("", "乙方（劳动者）：谭翠玲        性别：女        联系电话：138xxxx7305"),
        ("", "居民身份证号码：442000198912030000"),
        ("", "住址：中山市三乡镇平岚东村华丰路3巷11号"),
        ("", ""),
        ("", "甲乙双方根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》等法律法规，"
             "在平等自愿、协商一致的基础上订立本合同。"),
        ("H", "第一条  合同期限"),
        ("", "本合同为固定期限劳动合同，期限三年，自2025年11月3日起至2028年11月2日止。"
             "其中试用期六个月，自2025年11月3日起至2026年5月2日止。"),
        ("H", "第二条  工作内容和工作地点"),
        ("", "乙方在甲方冲压车间从事五金件冲压、去毛刺及自检工作，工作地点为甲方三乡镇雍陌村厂区。"
             "甲方因生产经营需要调整乙方岗位的，应与乙方协商一致并书面变更。"),
        ("H", "第三条  工作时间和休息休假"),
        ("", "1. 甲方实行标准工时制，乙方每日工作8小时（8:00—12:00，13:30—17:30），每周工作5天。"),
        ("", "2. 甲方因订单需要安排加班的，应与乙方协商，每日延长工作时间一般不超过1小时，"
             "因特殊原因不超过3小时，每月累计不超过36小时，并依法支付加班工资或安排补休。"),
        ("", "3. 乙方享受国家规定的法定节假日、带薪年休假、婚丧假、产假、育儿假等假期。"),
        ("H", "第四条  劳动报酬"),
        ("", "1. 乙方试用期月工资为1,950元；试用期满后月工资为2,600元，另有全勤奖100元。"),
        ("", "2. 甲方每月15日前以银行转账方式支付乙方上月工资，并提供工资清单；"
             "遇法定休假日或休息日提前到最近的工作日支付。"),
        ("", "3. 加班工资以乙方月工资2,600元为基数，按工作日150%、休息日200%、法定节假日300%计发。"),
        ("", "4. 非因乙方原因停工停产的，按《广东省工资支付条例》的规定支付工资或生活费。"),
    ],
    [
        ("H", "第五条  社会保险和福利"),
        ("", "1. 甲方自用工之日起三十日内为乙方办理社会保险登记，依法缴纳基本养老、基本医疗（含生育）、"
             "失业和工伤保险费，乙方个人应缴部分由甲方代扣代缴。"),
        ("", "2. 乙方患病或非因工负伤的，医疗期和病假工资按国家及广东省规定执行。"),
        ("H", "第六条  劳动保护、劳动条件和职业危害防护"),
        ("", "1. 甲方为乙方配备防护手套、耳塞、护目镜等劳动防护用品，冲压设备安装双手按钮和光电保护装置，"
             "并对乙方进行岗前安全教育和操作培训。"),
        ("", "2. 冲压车间存在噪声危害，甲方已如实告知，并每年安排乙方进行职业健康检查，费用由甲方承担。"),
        ("H", "第七条  女职工特殊保护"),
        ("", "1. 甲方按照《女职工劳动保护特别规定》书面告知乙方女职工禁忌从事的劳动范围。"),
        ("", "2. 乙方怀孕七个月以上及哺乳未满一周岁婴儿期间，甲方不安排其延长工作时间和夜班劳动；"
             "产前检查时间计入劳动时间；哺乳期内每天安排1小时哺乳时间。"),
        ("", "3. 乙方在孕期、哺乳期间不能完成原岗位产量定额的，甲方可将乙方调整到包装、点数等辅助岗位，"
             "调岗期间按辅助岗位标准发放工资（辅助岗位月工资2,100元），哺乳期满后恢复原岗位和原工资。"),
        ("", "4. 乙方依法享受产假98天及广东省规定的奖励假80天，假期内待遇按国家和广东省规定执行。"),
        ("H", "第八条  培训与服务期"),
        ("", "甲方出资送乙方参加叉车司机（N1）专项培训并取得证书的，双方另行签订培训协议，约定服务期二年。"
             "乙方违反服务期约定的，按服务期尚未履行部分所应分摊的培训费用向甲方支付违约金，"
             "最高不超过甲方实际支付的培训费用（以发票为准）。除此以外，甲方不与乙方约定违约金。"),
        ("H", "第九条  劳动纪律"),
        ("", "乙方应遵守甲方依法制定并已向乙方公示的《员工手册》和安全操作规程。"
             "甲方不扣押乙方身份证件，不向乙方收取押金、保证金。"),
        ("H", "第十条  合同的变更、解除和终止"),
        ("", "1. 双方协商一致可以变更本合同，变更应采用书面形式。"),
        ("", "2. 乙方提前三十日以书面形式通知甲方，可以解除本合同；试用期内提前三日通知。"),
        ("", "3. 甲方解除或终止本合同，应符合《劳动合同法》的规定，依法应支付经济补偿的，按规定支付。"),
    ],
    [
        ("", "4. 乙方在孕期、产期、哺乳期内的，甲方不得依照《劳动合同法》第四十条、第四十一条的规定解除合同；"
             "合同期满的，续延至相应情形消失时终止。"),
        ("", "5. 合同解除或终止时，甲方在当日结清乙方工资，出具书面证明，"
             "并在十五日内办理档案和社会保险关系转移手续。"),
        ("H", "第十一条  劳动争议处理"),
        ("", "双方因履行本合同发生争议的，可协商解决；协商不成的，可向甲方劳动争议调解委员会申请调解，"
             "也可直接向中山市劳动人事争议仲裁委员会申请仲裁。"),
        ("H", "第十二条  其他"),
        ("", "1. 本合同未尽事宜，按国家和广东省有关规定执行。"),
        ("", "2. 本合同共三页，一式两份，甲乙双方各执一份，经双方签字盖章后生效。"
             "各页之间加盖甲方骑缝章，无骑缝章或页码不连续的页面无效。"),
        ("", ""),
        ("", "（以下无正文）"),
        ("", ""),
        ("", "甲方（盖章）：中山市三乡镇金利五金制品有限公司"),
        ("", "法定代表人或委托代理人（签字）：郑国梁"),
        ("", "签订日期：2025年10月30日"),
        ("", ""),
        ("", "乙方（签字并按手印）：谭翠玲"),
        ("", "签订日期：2025年10月30日"),
        ("", ""),
        ("", "乙方确认：本人已收到本合同文本一份及《员工手册》一本。    签字：谭翠玲"),
    ],
]


def wrap(text, first_indent=0, cont_indent=0):
    out, line, width = [], "", MAXCH - first_indent
    for ch in text:
        w = 1 if ord(ch) > 0x2E80 else 0.5
        cur = sum(1 if ord(c) > 0x2E80 else 0.5 for c in line)
        if cur + w > width and ch not in "，。、；：）」”！？":  # no punctuation at line start
            out.append(line)
            line, width = "", MAXCH - cont_indent
        line += ch
    out.append(line)
    return out


def scan_background(c, rnd):
    c.setFillColor(Color(0.95, 0.945, 0.93))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    for _ in range(260):
        g = rnd.uniform(0.55, 0.85)
        c.setFillColor(Color(g, g, g))
        c.circle(rnd.uniform(0, W), rnd.uniform(0, H), rnd.uniform(0.2, 0.8), stroke=0, fill=1)
    # a darker band near the binding edge, as photocopies often have
    c.setFillColor(Color(0.86, 0.86, 0.85))
    c.rect(0, 0, 10, H, stroke=0, fill=1)


def half_seal(c, page):
    """Half of a round red seal on the right edge: the 骑缝章."""
    red = Color(0.8, 0.1, 0.1, alpha=0.55)
    y = H / 2 + 40 - page * 30
    c.setStrokeColor(red)
    c.setLineWidth(2)
    c.circle(W + 8, y, 34, stroke=1, fill=0)
    c.setFillColor(red)
    c.setFont(FONT, 7)
    c.drawRightString(W - 2, y - 3, "金利五金")


def header_footer(c, page, total):
    c.setFillColor(Color(0.25, 0.25, 0.25))
    c.setFont(FONT, 8.5)
    c.drawString(LEFT, H - 36, COMPANY)
    c.drawRightString(RIGHT, H - 36, "劳动合同书  JL-LD-2025-0317")
    c.setStrokeColor(Color(0.4, 0.4, 0.4))
    c.setLineWidth(0.5)
    c.line(LEFT, H - 40, RIGHT, H - 40)
    c.line(LEFT, 46, RIGHT, 46)
    c.drawString(LEFT, 34, "甲方盖骑缝章处 →")
    c.drawCentredString(W / 2, 34, "第 %d 页  共 %d 页" % (page, total))
    c.drawRightString(RIGHT, 34, "乙方签名：谭翠玲")


def build():
    rnd = random.Random(19)
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("劳动合同书（扫描件）")
    c.setAuthor(COMPANY)
    total = len(PAGES)
    for n, items in enumerate(PAGES, start=1):
        scan_background(c, rnd)
        header_footer(c, n, total)
        half_seal(c, n)
        c.saveState()
        c.translate(W / 2, H / 2)
        c.rotate(0.35 if n % 2 else -0.25)  # slightly crooked, like a scan
        c.translate(-W / 2, -H / 2)
        c.setFillColor(Color(0.08, 0.08, 0.1))
        y = H - 70
        for kind, text in items:
            if kind == "T":
                c.setFont(FONT, 18)
                c.drawCentredString(W / 2, y - 6, text)
                y -= 30
                continue
            if kind == "C":
                c.setFont(FONT, 9.5)
                c.drawCentredString(W / 2, y, text)
                y -= LEAD
                continue
            if not text:
                y -= LEAD * 0.6
                continue
            if kind == "H":
                c.setFont(FONT, 11)
                y -= 3
                c.drawString(LEFT, y, text)
                y -= LEAD
                continue
            c.setFont(FONT, SIZE)
            indent = 2 if not text[0].isdigit() else 0
            for i, line in enumerate(wrap(text, indent, 1 if indent == 0 else 0)):
                x = LEFT + (indent * SIZE if i == 0 else (SIZE if indent == 0 else 0))
                c.drawString(x, y, line)
                y -= LEAD
        if y < 56:
            raise SystemExit("page %d overflows (y=%.0f)" % (n, y))
        c.restoreState()
        c.showPage()
    c.save()


if __name__ == "__main__":
    build()
    print("ok")

"""Generate lawful-i-pastry-parttime-pdf.pdf (batch15, prefix i).

A lawful part-time (非全日制) agreement of a food workshop in Xiaolan, Zhongshan,
with page headers, footers and "第 X 页 共 N 页" page numbers on every page.
Run: /work/main/.venv/bin/python make_pdf_i.py
"""
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).with_name("lawful-i-pastry-parttime-pdf.pdf")
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

HEADER = "中山市小榄镇榄香坊食品店（个体工商户）    非全日制用工协议    协议编号：LXF-2026-PT-07"
FOOTER_LEFT = "甲方确认：__________    乙方确认：__________"


class NumberedCanvas(rl_canvas.Canvas):
    """Canvas that knows the total page count (two-pass) for 第X页 共N页."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total):
        w, h = A4
        self.setFont(FONT, 8)
        self.drawString(18 * mm, h - 12 * mm, HEADER)
        self.line(18 * mm, h - 14 * mm, w - 18 * mm, h - 14 * mm)
        self.line(18 * mm, 16 * mm, w - 18 * mm, 16 * mm)
        self.drawString(18 * mm, 11 * mm, FOOTER_LEFT)
        self.drawRightString(w - 18 * mm, 11 * mm, f"第 {self._pageNumber} 页  共 {total} 页")


title = ParagraphStyle("t", fontName=FONT, fontSize=16, leading=22, alignment=1, spaceAfter=4)
sub = ParagraphStyle("s", fontName=FONT, fontSize=10, leading=14, alignment=1, spaceAfter=8)
h = ParagraphStyle("h", fontName=FONT, fontSize=11, leading=16, spaceBefore=6, spaceAfter=2)
body = ParagraphStyle("b", fontName=FONT, fontSize=10, leading=15, firstLineIndent=0)

story = [
    Paragraph("非全日制用工协议", title),
    Paragraph("（妈妈岗——糕点包装）", sub),
]

parties = [
    ["甲方（用工单位）", "中山市小榄镇榄香坊食品店（个体工商户）"],
    ["经营者", "何锦华"],
    ["经营场所", "中山市小榄镇升平中路41号首层"],
    ["食品小作坊登记证", "粤小作坊登字〔2024〕中山第0XX号"],
    ["乙方（劳动者）", "冯淑仪"],
    ["身份证号", "442000199512090000"],
    ["住址", "中山市小榄镇东升社区"],
    ["联系电话", "13800027730"],
]
tbl = Table(parties, colWidths=[45 * mm, 120 * mm])
tbl.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), FONT, 10),
    ("GRID", (0, 0), (-1, -1), 0.5, "#444444"),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
]))
story += [tbl, Spacer(1, 6)]

clauses = [
    ("一、用工形式与期限", [
        "1. 双方建立非全日制用工关系，以小时计酬。",
        "2. 协议期限自2026年5月11日起至2026年12月31日止。本协议不约定试用期。",
    ]),
    ("二、工作内容与地点", [
        "1. 乙方在甲方包装间从事鸡仔饼、杏仁饼、月饼的装盒、贴标签、封口工作，不从事烘烤炉台操作。",
        "2. 工作地点：中山市小榄镇升平中路41号首层甲方包装间。",
    ]),
    ("三、工作时间", [
        "1. 乙方每天工作不超过4小时，每周累计不超过24小时。班次可选：上午9:00—13:00，或下午14:00—18:00。",
        "2. 中秋等旺季，经乙方同意可调整班次，但仍不超过每天4小时、每周24小时；乙方不同意调整的，不视为违约。",
        "3. 乙方子女生病等需临时不上班的，提前一小时微信告知甲方即可，当班不计报酬。",
    ]),
    ("四、劳动报酬与支付", [
        "1. 小时工资为人民币23元（不低于中山市非全日制小时最低工资标准19.8元）。",
        "2. 每15日结算并支付一次：每月1日至15日的报酬于当月16日支付，16日至月末的报酬于次月1日支付，以银行转账方式支付，遇节假日或休息日提前到最近的工作日支付。",
        "3. 法定节假日安排乙方工作的，按小时工资的300%计发。",
    ]),
    ("五、社会保险", [
        "1. 甲方依法为乙方缴纳工伤保险费，乙方在工作中受伤的，按工伤保险规定处理。",
        "2. 乙方可以按灵活就业人员自行参加基本养老保险和基本医疗保险，甲方协助提供用工证明。",
    ]),
    ("六、食品安全与健康证明", [
        "1. 乙方上岗前应取得有效的健康证明，办理健康证明的费用由甲方报销。乙方患有国务院卫生行政部门规定的有碍食品安全的疾病的，应主动告知，甲方调离其直接接触入口食品的岗位。",
        "2. 乙方进入包装间应穿戴甲方免费提供的工作衣帽、口罩和手套，按规定洗手消毒，不得佩戴首饰。",
        "3. 甲方不收取健康证押金、工衣押金或任何保证金，不扣押乙方证件。",
    ]),
    ("七、劳动保护", [
        "1. 甲方提供符合食品卫生和安全生产要求的包装间，配备空调、通风设施。",
        "2. 乙方孕期或哺乳期间，甲方不安排其搬运25公斤面粉袋、进入冷库作业等女职工禁忌从事的劳动。",
        "3. 乙方违反操作规程造成产品报废的，甲方不从乙方报酬中扣款，双方按实际损失另行协商。",
    ]),
    ("八、协议的终止", [
        "1. 任何一方都可以随时通知对方终止用工。终止用工的，甲方不向乙方支付经济补偿。",
        "2. 终止用工时，甲方当日结清乙方已工作时间的全部报酬。",
        "3. 乙方可以同时与其他用人单位建立非全日制用工关系，但后订立的不得影响本协议的履行。",
    ]),
    ("九、争议解决", [
        "双方发生争议的，可协商解决，也可向中山市劳动人事争议仲裁委员会申请仲裁。",
    ]),
    ("十、其他", [
        "本协议一式两份，双方各执一份，自双方签字之日起生效。本协议每页页脚由双方确认签名。",
    ]),
]
for head, items in clauses:
    story.append(Paragraph(head, h))
    for it in items:
        story.append(Paragraph(it, body))

story.append(Spacer(1, 14))
sig = Table([
    ["甲方（签字/盖章）：何锦华", "乙方（签字）：冯淑仪"],
    ["日期：2026年5月10日", "日期：2026年5月10日"],
], colWidths=[85 * mm, 80 * mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 10)]))
story.append(sig)

doc = SimpleDocTemplate(str(OUT), pagesize=A4, topMargin=22 * mm, bottomMargin=24 * mm,
                        leftMargin=20 * mm, rightMargin=20 * mm,
                        title="非全日制用工协议", author="榄香坊食品店")
doc.build(story, canvasmaker=NumberedCanvas)
print("wrote", OUT)

"""Generate unlawful-l-lapmei-workshop-pdf.pdf (batch16, prefix l): a two-page
seasonal-worker contract of a 腊味 food workshop in 黄圃镇, Zhongshan.

Run: /work/main/.venv/bin/python make_pdf_l.py
"""
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = Path(__file__).with_name("unlawful-l-lapmei-workshop-pdf.pdf")
FONT = "STSong-Light"

TITLE = "季节工用工协议"
SUBTITLE = "（腊味加工旺季　2025—2026年度）"

TEXT = """甲方（用工单位）：中山市黄圃镇福记腊味加工场（个体工商户）
经营者：何福记　　食品小作坊登记证号：中山黄圃小作坊登字第2025xxxx号
地址：中山市黄圃镇某某村工业路9号　　电话：13800058812
乙方（季节工）：莫丽娟　　身份证号：442000199011230000
住址：中山市黄圃镇某某村　　电话：13800063375
每年秋冬是腊肠、腊肉出货旺季，甲方招用季节工。经双方商量，订立本协议，双方共同遵守。
一、期限和岗位
1. 用工期限：2025年9月1日起至2026年2月12日止（春节放假前一天）。其中试用期15天。
2. 乙方岗位：灌肠、扎绳、晾晒、包装。具体做什么由场长安排，乙方要服从调配。
3. 工作地点：甲方黄圃加工场（含晒场、冷库）。
二、工作时间
1. 9月、10月每天7:30上班，17:30下班，中午休息1小时，每周休息一天。
2. 11月1日起进入旺季，每天7:00上班，晚上21:00收工，中午、傍晚各吃饭半小时。旺季不设休息日，有事须提前一天向场长请假，请假当天不计工钱。
3. 春节前10天出货最急，需要时通宵赶货，甲方提供宵夜。
4. 哺乳期、带小孩的员工旺季也一样上晚班，大家一起做，不另外安排喂奶时间，确需回家喂奶的按请假处理。
三、工资
1. 按件计酬：灌肠每斤0.35元，扎绳每斤0.20元，包装每箱1.50元，每天由组长过秤登记，乙方签名确认。
2. 每月保底工资1500元，当月计件工资达不到保底的按1500元发。
3. 工资发放：每月10日前预支生活费800元，其余工资于2026年2月12日放假前一次结清。
4. 旺季晚上加班的，按件计酬已包含加班，不另计加班费，晚上另补夜宵费每晚10元。
四、押金和离场
1. 乙方进场时交押金500元（用于工衣、工具、宿舍钥匙），做满到春节放假的，结工资时连同押金一起退还。
2. 乙方在期限未满中途离开的，押金不退，未结算的工资按七成结算。
3. 乙方离开前须提前三天告知场长，做好交接。
五、卫生和食品安全
1. 乙方进场前须到镇卫生院体检，取得健康证明后方可上岗，体检费由甲方报销。
2. 车间内须穿工衣、戴帽子口罩，手部有伤口的不得接触生肉，须报告场长调岗。
3. 乙方不得把车间原料、成品私自带出，违者照价赔偿，按甲方损失赔偿，不另罚款。
六、保险
1. 甲方依法为乙方缴纳社会保险（含工伤保险）。
2. 乙方在工作中受伤的，甲方负责送医，按工伤保险规定处理。
七、其他
1. 包住宿（女工宿舍4人间），不收水电费；包午餐。
2. 本协议一式两份，双方各执一份，签名按手印后生效。
3. 发生争议双方协商；协商不成的，可以到中山市劳动人事争议仲裁委员会申请仲裁。
甲方（签名盖章）：何福记　　　　　乙方（签名按手印）：莫丽娟
签订日期：2025年9月1日"""


def wrap(line, font_size, width):
    out, cur = [], ""
    for ch in line:
        if pdfmetrics.stringWidth(cur + ch, FONT, font_size) > width:
            out.append(cur)
            cur = "　　" + ch if line.startswith(("1.", "2.", "3.", "4.")) else ch
        else:
            cur += ch
    out.append(cur)
    return out


def main():
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    w, h = A4
    left, right, top, bottom = 64, 64, 70, 70
    size, leading = 11, 19
    lines = []
    for raw in TEXT.split("\n"):
        lines.extend(wrap(raw, size, w - left - right))

    # split into exactly two pages
    # page break before section 四 (deposits), like the printed original
    cut = next(i for i, ln in enumerate(lines) if ln.startswith("四、"))
    pages = [lines[:cut], lines[cut:]]
    assert len(pages[0]) * leading < h - top - bottom - 60, "page 1 overflows"
    assert len(pages[1]) * leading < h - top - bottom, "page 2 overflows"

    c = canvas.Canvas(str(OUT), pagesize=A4)
    c.setTitle(TITLE)
    for i, page in enumerate(pages, 1):
        y = h - top
        if i == 1:
            c.setFont(FONT, 18)
            c.drawCentredString(w / 2, y, TITLE)
            y -= 24
            c.setFont(FONT, 11)
            c.drawCentredString(w / 2, y, SUBTITLE)
            y -= 36
        c.setFont(FONT, size)
        for ln in page:
            c.drawString(left, y, ln)
            y -= leading
        c.setFont(FONT, 9)
        c.drawCentredString(w / 2, 40, f"第 {i} 页 共 {len(pages)} 页")
        c.showPage()
    c.save()
    print("wrote", OUT, [len(p) for p in pages])


if __name__ == "__main__":
    main()

# -*- coding: utf-8 -*-
"""Build unlawful-m-luyong-tongzhi-xuzhi.pdf (two pages: 录用通知书 + 入职须知).

Deterministic: reportlab invariant=1, CID font STSong-Light, fixed text.
Run: /work/main/.venv/bin/python make_pdf_m.py
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "unlawful-m-luyong-tongzhi-xuzhi.pdf")

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONT = "STSong-Light"
W, H = A4
LEFT = 56
RIGHT = W - 56

PAGE1 = [
    ("title", "中山市嘉利达电子科技有限公司"),
    ("title", "录 用 通 知 书"),
    ("blank", ""),
    ("right", "编号：JLD-HR-2025-0926-07"),
    ("text", "罗秀英 女士："),
    ("text", "　　感谢您对本公司的信任。经面试及综合评估，我司决定录用您为“妈妈岗”员工，"),
    ("text", "具体录用信息如下："),
    ("blank", ""),
    ("text", "一、部　　门：生产部 包装二组"),
    ("text", "二、岗　　位：包装员（妈妈岗）"),
    ("text", "三、工作地点：中山市三角镇高平大道南8号 嘉利达工业园C栋二楼"),
    ("text", "四、工作时间：周一至周五 8:30—12:00，13:30—17:00（每日7小时），周六、周日休息。"),
    ("text", "　　　　　　　子女上学、放学接送需要的，可向组长申请错峰15分钟上下班。"),
    ("text", "五、劳动合同：入职当日签订书面劳动合同，合同期限一年（2025年10月8日至2026年10月7日）。"),
    ("text", "六、薪　　酬：转正后月基本工资人民币2600元；另有全勤奖100元、计件超产奖（按车间方案）。"),
    ("text", "　　　　　　　工资每月10日前以银行转账方式发放上月工资。"),
    ("text", "七、社会保险：入职当月起依法缴纳养老、医疗、失业、工伤、生育保险及住房公积金。"),
    ("text", "八、报到时间：2025年10月8日上午8:30，地点：C栋一楼人事部。"),
    ("blank", ""),
    ("text", "　　请您仔细阅读后附《新员工入职须知》，并于2025年9月30日前将本通知书签字回传至"),
    ("text", "　　hr@jialida-zs.com 或人事部微信（135 6088 2471）。逾期未回复视为放弃录用。"),
    ("blank", ""),
    ("text", "联系人：人事部 程晓玲　　电话：0760-8540 6612"),
    ("blank", ""),
    ("right", "中山市嘉利达电子科技有限公司（人事专用章）"),
    ("right", "2025年9月26日"),
    ("blank", ""),
    ("text", "——————————————————————————————————————"),
    ("text", "受聘人确认：本人已阅读本通知书及所附《新员工入职须知》，同意按上述条件入职。"),
    ("text", "受聘人签字：罗秀英　　　身份证号：442000199305020000　　　日期：2025年9月28日"),
    ("foot", "第 1 页 / 共 2 页"),
]

PAGE2 = [
    ("title", "新员工入职须知"),
    ("center", "（人事部 JLD-HR-F012　2025年修订）"),
    ("blank", ""),
    ("head", "一、报到资料"),
    ("text", "1. 身份证原件及复印件2份（原件由人事专员当面核对后即时交还本人）；"),
    ("text", "2. 一寸免冠照片2张、本人工资卡复印件、原单位离职证明（首次就业的除外）；"),
    ("text", "3. 入职体检报告（见第二项）。"),
    ("head", "二、入职体检"),
    ("text", "1. 须到公司指定的中山市三角镇社区卫生服务中心体检，费用由公司报销；"),
    ("text", "2. 体检项目：血常规、肝功能、胸部X光、视力色觉；女性员工另加做妊娠检测（尿HCG），"),
    ("text", "　 检测结果为阳性的，暂缓办理入职。"),
    ("head", "三、试用期及待遇"),
    ("text", "1. 为统一管理，新员工无论合同期限长短，试用期一律为三个月；"),
    ("text", "2. 试用期工资按转正基本工资的70%发放，即每月1820元，全勤奖照发；"),
    ("text", "3. 试用期满考核合格的，自第四个月起按转正工资发放。"),
    ("head", "四、工衣、厂牌"),
    ("text", "1. 公司统一发放夏季工衣2套、防静电鞋1双、厂牌1个；"),
    ("text", "2. 新员工须交纳工衣及厂牌押金共计200元，于首月工资中一次性扣除，离职时交还完好物品后退还。"),
    ("head", "五、考勤与请假"),
    ("text", "1. 上下班须刷厂牌考勤；妈妈岗员工因子女生病、学校活动可请事假，事假按日扣发基本工资；"),
    ("text", "2. 哺乳未满一周岁婴儿的员工，每天可享有1小时哺乳时间，计入工作时间。"),
    ("head", "六、离职"),
    ("text", "1. 转正后辞职须提前三十日书面申请，试用期内须提前三日通知；"),
    ("text", "2. 办妥交接手续当日结清工资。"),
    ("head", "七、其他"),
    ("text", "1. 入职后须参加安全生产及5S培训（带薪，计入工作时间）；"),
    ("text", "2. 公司《员工手册》于入职培训时发放，员工签收后遵照执行。"),
    ("blank", ""),
    ("text", "本人已阅读并理解以上须知。　　员工签字：罗秀英　　日期：2025年9月28日"),
    ("foot", "第 2 页 / 共 2 页"),
]


def draw_page(c, lines):
    y = H - 70
    for kind, text in lines:
        if kind == "title":
            c.setFont(FONT, 18)
            c.drawCentredString(W / 2, y, text)
            y -= 30
        elif kind == "center":
            c.setFont(FONT, 10.5)
            c.drawCentredString(W / 2, y, text)
            y -= 20
        elif kind == "right":
            c.setFont(FONT, 10.5)
            c.drawRightString(RIGHT, y, text)
            y -= 20
        elif kind == "head":
            c.setFont(FONT, 12)
            c.drawString(LEFT, y, text)
            y -= 20
        elif kind == "text":
            c.setFont(FONT, 10.5)
            c.drawString(LEFT, y, text)
            y -= 19
        elif kind == "blank":
            y -= 10
        elif kind == "foot":
            c.setFont(FONT, 9)
            c.drawCentredString(W / 2, 36, text)
    c.showPage()


def main():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("录用通知书及新员工入职须知")
    c.setAuthor("中山市嘉利达电子科技有限公司人事部")
    draw_page(c, PAGE1)
    draw_page(c, PAGE2)
    c.save()
    print(OUT)


if __name__ == "__main__":
    main()

"""Build unlawful-c-zhongshan-lamp-factory-pledge.pdf (one A4 page) deterministically.

Run: /work/main/.venv/bin/python make_pdf_c.py
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "unlawful-c-zhongshan-lamp-factory-pledge.pdf")
FONT = "STSong-Light"

TITLE = "员工入职承诺书"
SUB = "中山市古镇镇华耀灯饰制造有限公司　人事部制　表单编号：HY-RS-07（2026版）"

INFO = [
    "姓名：吴燕芳　　性别：女　　出生日期：1995-07-21　　文化程度：高中",
    "部门：灯饰装配车间（二楼B线）　　岗位：装配工　　工号：HY-2602-118",
    "紧急联系人：梁志强（丈夫）　　电话：137 9860 0000",
]

INTRO = [
    "本人 吴燕芳，身份证号码 442000199507210000，现住中山市古镇镇曹步村华兴路12号，"
    "应聘贵公司 灯饰装配车间 装配工 岗位，入职日期 2026 年 2 月 24 日，已与公司签订一年期劳动合同。"
    "本人已认真阅读公司《厂规厂纪》《安全操作规程》，现郑重承诺如下：",
]

ITEMS = [
    "一、本人向公司提供的身份证、学历证明、健康证明及工作经历均真实有效，如有虚假，愿意接受公司依法处理。",
    "二、本人遵守公司厂规厂纪和安全操作规程，上岗前参加安全培训，作业时按规定佩戴防护手套、护目镜，"
    "不私自拆改设备的防护装置。",
    "三、本人明白公司实行计件工资，正常工作时间的计件工资每月不低于中山市最低工资标准，工资于每月 25 日发放上月工资。",
    "四、本人自愿放弃公司为本人缴纳社会保险。公司每月将 350 元作为“社保补贴”随工资发放，"
    "因未参加社会保险产生的医疗、养老、生育等一切后果由本人自行承担，与公司无关。",
    "五、本人已婚，育有一孩。本人保证入职后两年内不再怀孕、生育；如有违反，视为本人自动离职，"
    "公司无需支付任何经济补偿。",
    "六、上班期间因本人违反操作规程或个人疏忽造成自身受伤的，一切责任由本人自负，公司不承担任何赔偿责任。",
    "七、本人对公司的灯饰设计图纸、新款样品和客户订单资料保守秘密，不拍照外传，不带出厂区。",
    "八、公司安排加班时，本人可根据接送孩子等家庭情况选择是否参加，公司不强制。",
    "九、本人如需辞职，提前三十日向车间主管提交书面辞职申请，并按公司规定办理工作交接。",
    "十、本承诺书作为本人劳动合同的附件，与劳动合同具有同等效力。本人系自愿签署，已知悉全部内容。",
]

NOTICE = [
    "附：入职须知（人事部告知，员工阅后签收）",
    "1. 上班时间：周一至周五 8:00—12:00、13:30—17:30；如需周六加班另行通知，按规定支付加班工资。",
    "2. 进出厂区须佩戴厂牌，车间内禁止吸烟，禁止穿拖鞋上机。",
    "3. 工资条每月 25 日在车间公告栏旁的查询机上打印，对工资有疑问的三日内找车间文员核对。",
    "4. 劳动合同一式两份，员工本人保管一份，公司不代为保管。",
    "5. 意见和投诉可联系厂工会：0760-2233 0000（工会主席 冼丽萍）。",
]

SIGN = [
    "承诺人（签名并按手印）：吴燕芳",
    "日期：2026 年 2 月 24 日",
    "",
    "公司经办人：人事部  麦秀琼　　　　　　　　　　审核：行政经理  区国强",
    "（本表一式两份，员工与人事部各执一份）",
]


NO_START = "，。、；：？！）」』”’》"


def wrap(text, width, size):
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, FONT, size) > width and ch not in NO_START:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def build():
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("员工入职承诺书")
    c.setAuthor("华耀灯饰人事部")
    w, h = A4
    left, right = 62, w - 62
    width = right - left
    y = h - 72

    c.setFont(FONT, 18)
    c.drawCentredString(w / 2, y, TITLE)
    y -= 22
    c.setFont(FONT, 9)
    c.drawCentredString(w / 2, y, SUB)
    y -= 12
    c.line(left, y, right, y)
    y -= 24

    size, lead = 10.5, 16
    c.setFont(FONT, size)
    for line in INFO:
        c.drawString(left, y, line)
        y -= lead
    y -= 8
    for para in INTRO:
        for i, line in enumerate(wrap("　　" + para, width, size)):
            c.drawString(left, y, line)
            y -= lead
        y -= 6
    for para in ITEMS:
        lines = wrap(para, width - 22, size)
        for i, line in enumerate(lines):
            c.drawString(left + (0 if i == 0 else 22), y, line)
            y -= lead
        y -= 5
    y -= 6
    c.setFont(FONT, 9.5)
    for line in NOTICE:
        c.drawString(left, y, line)
        y -= 14
    c.setFont(FONT, size)
    y -= 14
    for line in SIGN:
        c.drawString(left + 200 if line.startswith(("承诺人", "日期")) else left, y, line)
        y -= lead
    c.setFont(FONT, 8)
    c.drawCentredString(w / 2, 36, "第 1 页 共 1 页")
    c.showPage()
    c.save()
    assert y > 50, y


if __name__ == "__main__":
    build()
    print(OUT)

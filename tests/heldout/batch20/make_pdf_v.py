"""Generate lawful-v-banfu-ecommerce-service-period.pdf (batch20, prefix v).

Run with: /work/main/.venv/bin/python make_pdf_v.py
Uses the built-in CID font STSong-Light; invariant=1 keeps the output byte-stable.
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "lawful-v-banfu-ecommerce-service-period.pdf")

FONT = "STSong-Light"

TITLE = "劳动合同书"
SUBTITLE = "（全日制　妈妈岗　附专项培训服务期条款）"

BODY = """合同编号：YJ-HR-2026-004
甲方：中山市板芙镇优居家居电子商务有限公司
地址：中山市板芙镇板芙北路金钟工业区6号3楼
法定代表人：区建文　　联系电话：0760-8651XXXX
乙方：冼碧霞　　性别：女　　身份证号码：442000199508090000
住址：中山市板芙镇白溪村新兴街3号　　联系电话：159XXXX4471
甲乙双方经平等自愿、协商一致，根据《中华人民共和国劳动合同法》订立本合同。
一、合同期限
1. 本合同为固定期限劳动合同，自2026年2月2日起至2029年2月1日止。
2. 试用期两个月，自2026年2月2日起至2026年4月1日止。
二、工作内容和工作地点
1. 乙方担任网店售后客服兼发货打包岗位（妈妈岗），负责在线回复客户咨询、处理退换货、核对订单和打包发货。
2. 工作地点：甲方板芙镇金钟工业区办公室及仓库。
三、工作时间和休息休假
1. 实行标准工时制，上班时间为9:00—12:00、13:30—17:30，每周一至周五上班，每天7小时。
2. 乙方因照顾子女需要调整上下班时间的，经主管同意可以弹性安排，每天工作时间不超过8小时。
3. “双十一”“618”等大促期间确需加班的，甲方提前与乙方协商，乙方同意后方可安排，并依法支付加班工资；乙方不同意的不视为违纪。
4. 乙方依法享受法定节假日、带薪年休假、婚假、丧假、产假、育儿假等假期。
四、劳动报酬
1. 乙方月工资为基本工资2300元加客服绩效（按甲方公示的绩效方案计发，每月0—600元）。试用期基本工资同为2300元。
2. 甲方每月10日前以银行转账方式支付上月工资，遇节假日或休息日提前至最近的工作日支付。
3. 加班工资以乙方正常工作时间工资为基数，工作日按150%、休息日按200%、法定节假日按300%计发。
五、社会保险
甲方自用工之日起为乙方参加基本养老、基本医疗、工伤、失业和生育保险，个人缴纳部分由甲方代扣代缴。
六、劳动保护和劳动条件
1. 甲方为客服岗位提供符合人体工学的座椅和护眼显示器，连续工作两小时可休息10分钟。
2. 打包区配置手推车，单件搬运超过20公斤的货物由仓管员负责，不安排乙方搬运。
3. 女职工在孕期、产期、哺乳期享有的权利按《女职工劳动保护特别规定》和《广东省人口与计划生育条例》执行，甲方不因此降低乙方工资或解除合同，哺乳期不安排加班、夜班。
七、专项培训与服务期
1. 甲方出资安排乙方参加中山市某职业培训学校举办的“电子商务客服与直播运营”专项技能培训（脱产10天，培训期间照发工资），培训费用3600元由甲方直接支付给培训学校，以培训学校开具的发票为准。
2. 乙方同意自培训结束之日起为甲方服务满二十四个月（服务期）。服务期长于劳动合同剩余期限的，劳动合同顺延至服务期满。
3. 乙方在服务期内因个人原因提前离职，或因严重违纪被甲方依法解除合同的，应向甲方支付违约金。违约金不超过甲方实际支付的培训费用，并按服务期尚未履行的月数分摊计算：违约金 = 3600元 ÷ 24 × 服务期未履行的月数。
4. 因甲方未及时足额支付劳动报酬、未依法缴纳社会保险费等原因，乙方依法解除合同的，乙方不支付违约金。
5. 甲方不因安排培训向乙方收取任何费用，培训期间的交通、食宿费用由甲方承担。
八、保密
乙方对工作中接触到的客户姓名、电话、地址等信息负有保密义务，不得泄露或用于其他用途。本合同不约定竞业限制。
九、合同的解除和终止
1. 乙方提前三十日书面通知甲方，可以解除本合同；在试用期内提前三日通知甲方，可以解除本合同。
2. 乙方在试用期间被证明不符合录用条件，或有《劳动合同法》第三十九条规定其他情形的，甲方可以解除本合同。
3. 合同期满，甲方维持或者提高劳动合同约定条件续订，乙方不同意续订的，甲方不支付经济补偿；其他依法应当支付经济补偿的情形，按《劳动合同法》第四十七条支付。
4. 合同解除或终止时，甲方当日结清工资，并于十五日内为乙方办理档案和社会保险关系转移手续。
十、争议处理
双方发生劳动争议，可以协商解决，也可以向中山市劳动人事争议仲裁委员会申请仲裁。
十一、其他
1. 甲方不收取乙方押金，不扣押乙方身份证件。
2. 本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：中山市板芙镇优居家居电子商务有限公司
法定代表人或委托代理人（签字）：区建文　　日期：2026年2月2日
乙方（签字）：冼碧霞　　日期：2026年2月2日"""


def wrap(text, font, size, width):
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, font, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def main():
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("劳动合同书（优居家居）")
    c.setAuthor("优居家居人事部")
    w, h = A4
    left, right, top, bottom = 56, 56, 70, 60
    size, lead = 10.5, 16
    pages = []
    # lay out first to know page count
    lines = []
    for para in BODY.split("\n"):
        lines.extend(wrap(para, FONT, size, w - left - right))
    first_page_cap = int((h - top - 70 - bottom) // lead)
    other_cap = int((h - top - bottom) // lead)
    pages.append(lines[:first_page_cap])
    rest = lines[first_page_cap:]
    while rest:
        pages.append(rest[:other_cap])
        rest = rest[other_cap:]
    total = len(pages)
    for i, page in enumerate(pages, 1):
        c.setFont(FONT, 8.5)
        c.drawString(left, h - 40, "中山市板芙镇优居家居电子商务有限公司　劳动合同")
        c.drawRightString(w - right, h - 40, "YJ-HR-2026-004")
        c.line(left, h - 45, w - right, h - 45)
        y = h - top
        if i == 1:
            c.setFont(FONT, 18)
            c.drawCentredString(w / 2, y - 10, TITLE)
            c.setFont(FONT, 11)
            c.drawCentredString(w / 2, y - 32, SUBTITLE)
            y -= 70
        c.setFont(FONT, size)
        for line in page:
            c.drawString(left, y, line)
            y -= lead
        c.setFont(FONT, 8.5)
        c.drawCentredString(w / 2, 30, "第 %d 页 共 %d 页　　甲方盖章：________　乙方签名：________" % (i, total))
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()

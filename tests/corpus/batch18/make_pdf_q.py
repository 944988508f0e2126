"""生成 lawful-q-mcn-creator-coop.pdf（短视频达人经纪合作协议，两页，带页眉页脚）。

运行：/work/main/.venv/bin/python tests/corpus/batch18/make_pdf_q.py
使用 reportlab 内置 CID 字体 STSong-Light；invariant=1，输出可逐字节复现。
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "lawful-q-mcn-creator-coop.pdf")
FONT = "STSong-Light"
DOC_NO = "SG-KOL-2025-041"

TEXT = """#达人经纪合作协议
~协议编号：SG-KOL-2025-041
甲方（经纪方）：中山市拾光文化传媒有限公司
住所：中山市石岐区孙文中路118号凯茵广场15楼1506室
法定代表人：刘子谦　　联系电话：0760-8898XXXX
乙方（达人）：苏婉婷
身份证号码：442000199010250000
住址：中山市东区博爱五路翠景花园9栋1201房
合作账号：抖音“婷妈的小厨房”（实名认证人：苏婉婷，签约时粉丝约12万）
甲方是从事网络达人商务经纪的公司，乙方是以家常菜、亲子辅食为主要内容的短视频创作者。双方经平等协商，就甲方为乙方账号提供商务经纪服务一事，订立本协议。
@第一条 合作内容
甲方为乙方提供以下服务：对接品牌商业推广合作（以下称“商单”）、直播带货选品、投流与数据分析建议；乙方需要时，甲方可提供视频剪辑支持，不另收费。
@第二条 创作自主
1. 乙方自行策划、拍摄、剪辑和发布作品，自主决定更新频率、发布时间和拍摄地点，拍摄设备由乙方自备。
2. 甲方提出的选题、脚本建议仅供参考，乙方可以不采纳。甲方不要求乙方坐班、打卡，不设最低更新量或直播时长。
3. 商单作品应包含品牌方确认的宣传要点，具体表现方式由乙方决定；乙方有权拒绝其认为不合适的商单。
@第三条 账号归属
账号由乙方实名注册，账号及其登录密码归乙方所有。乙方授权甲方开通数据查看子账号，合作终止后甲方应在3日内注销该子账号。
@第四条 独家经纪
1. 合作期内，乙方以本账号开展的商单由甲方独家代理。品牌方直接联系乙方的，乙方应转交甲方签约，甲方照常按第五条分成。
2. 乙方发布非商业作品、参加公益活动、以个人身份从事其他工作，不受本条限制。
@第五条 收益分配
1. 商单（品牌推广）收入：乙方70%，甲方30%。
2. 直播带货佣金：乙方75%，甲方25%。
3. 平台流量激励、直播打赏：乙方90%，甲方10%。
4. 上述收入以品牌方或平台实际到账金额扣除平台服务费后计算。甲方不向乙方支付底薪或保底收入。
@第六条 结算
甲方每月15日前向乙方提供上月收益明细及到账凭证，乙方可在平台后台核对；甲方于每月20日前将乙方应得部分转入乙方本人银行账户，相关个人所得税由甲方依法代扣代缴。
@第七条 双方义务
1. 甲方应核验商单品牌方的主体资质和产品资质，不得要求乙方作虚假宣传或发布违法、违背公序良俗的内容。
2. 乙方应保证作品原创，遵守《中华人民共和国广告法》和平台规则，对商单作品如实标注“广告”。
3. 双方对合作中知悉的对方商业信息、个人信息负有保密义务。
@第八条 合作期限
本协议有效期两年，自2025年9月15日起至2027年9月14日止。期满前30日双方协商是否续约。
@第九条 违约责任
1. 乙方绕过甲方私自承接商单的，应向甲方支付该商单金额30%的违约金。
2. 任何一方无正当理由提前解除本协议的，应向对方支付违约金，金额为解除前6个月甲方实得分成的2倍，最高不超过30,000元。
3. 甲方逾期支付乙方收益超过15日的，乙方可以书面通知解除本协议，不承担违约责任。
4. 本协议终止后3个月内，乙方不得以本账号与其他经纪公司签订独家经纪协议。
@第十条 关系说明
本协议是平等民事主体之间的经纪合作协议。乙方自行安排时间和内容，自负盈亏，双方不构成劳动关系或雇佣关系，甲方不为乙方缴纳社会保险。
@第十一条 争议解决
因本协议发生的争议，双方协商解决；协商不成的，任何一方可向甲方住所地人民法院提起诉讼。
@第十二条 其他
本协议一式两份，双方各执一份，自双方签字（盖章）之日起生效。
（以下无正文）
甲方（盖章）：中山市拾光文化传媒有限公司　　代表签字：刘子谦
乙方（签字）：苏婉婷
签订日期：2025年9月15日"""


def wrap(text, size, width):
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, FONT, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def build():
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    W, H = A4
    left, right, top, bottom = 60, W - 60, H - 70, 70
    # 先排版，统计页数
    pages, page, y = [], [], top
    for raw in TEXT.split("\n"):
        if raw.startswith("#"):
            items, size, lead, mode = [raw[1:]], 18, 30, "title"
        elif raw.startswith("~"):
            items, size, lead, mode = [raw[1:]], 10, 18, "right"
        elif raw.startswith("@"):
            items, size, lead, mode = [raw[1:]], 12, 20, "head"
        else:
            items, size, lead, mode = wrap(raw, 10.5, right - left), 10.5, 16, "body"
        for it in items:
            if y - lead < bottom:
                pages.append(page)
                page, y = [], top
            y -= lead
            page.append((it, size, mode, y))
    pages.append(page)

    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("达人经纪合作协议")
    c.setAuthor("中山市拾光文化传媒有限公司")
    total = len(pages)
    for n, page in enumerate(pages, 1):
        c.setFont(FONT, 9)
        c.drawString(left, H - 40, "拾光文化传媒　达人经纪合作协议")
        c.drawRightString(right, H - 40, "商业秘密 请妥善保管")
        c.line(left, H - 45, right, H - 45)
        for it, size, mode, y in page:
            c.setFont(FONT, size)
            if mode == "title":
                c.drawCentredString(W / 2, y, it)
            elif mode == "right":
                c.drawRightString(right, y, it)
            else:
                c.drawString(left, y, it)
        c.setFont(FONT, 9)
        c.line(left, 50, right, 50)
        c.drawString(left, 38, "协议编号：" + DOC_NO)
        c.drawRightString(right, 38, "第 %d 页 / 共 %d 页" % (n, total))
        c.showPage()
    c.save()


if __name__ == "__main__":
    build()
    print(OUT)

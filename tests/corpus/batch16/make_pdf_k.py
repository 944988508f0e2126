"""Generate unlawful-k-shortvideo-cooperation.pdf (batch16, prefix k)."""
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

OUT = Path(__file__).with_name("unlawful-k-shortvideo-cooperation.pdf")

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
body = ParagraphStyle("body", fontName="STSong-Light", fontSize=10.5, leading=16, wordWrap="CJK")
title = ParagraphStyle("title", parent=body, fontSize=16, leading=24, alignment=1)
head = ParagraphStyle("head", parent=body, fontSize=11.5, leading=20, spaceBefore=4)

TEXT = """\
#短视频内容创作合作协议
协议编号：XM-HZ-2026-0226
甲方：广州市番禺区星芒文化传媒有限公司
统一社会信用代码：91440113MA9Y6K2P1E
地址：广州市番禺区南村镇兴业大道某创意园C3栋4楼
法定代表人：简浩明　　联系电话：13800064471
乙方（内容创作者）：苏雅琪
身份证号：442000199611030000　　联系电话：13800015826
住址：广州市番禺区南村镇
甲方是一家从事短视频内容策划、MCN达人孵化及直播电商服务的公司。乙方具有短视频拍摄、剪辑和出镜能力，有意以独立创作者身份与甲方合作。双方本着互利共赢的原则，就母婴好物类短视频账号的内容创作达成如下合作协议：
##1. 合作内容
1.1 乙方为甲方运营的“番禺宝妈好物铺”抖音、视频号、小红书账号（以下简称“合作账号”）提供选题执行、出镜拍摄、剪辑包装、评论区维护等内容创作服务。
1.2 选题方向、带货商品及发布排期由甲方运营主管统一制定，乙方按甲方每周下达的《内容排期表》完成，每周交付成片不少于10条。
1.3 合作账号及其粉丝、作品、数据的全部权益归甲方所有，乙方不得擅自修改账号密码。
##2. 合作场所与时间
2.1 为保证出片质量，乙方应在甲方创意园拍摄基地进行创作，甲方免费提供摄影棚、补光灯、相机、剪辑电脑及样品。
2.2 创作时间为每周一至周五10:00—19:00（12:00—13:30为午休），乙方每日通过甲方飞书系统进行签到、签退。因拍摄需要周末出外景的，由运营主管提前安排，可另行调休。
2.3 乙方因个人原因不能到场的，须提前一天在飞书提交申请，经运营主管同意；未经同意不到场的，视为当日未提供服务。
2.4 乙方应遵守甲方《达人孵化管理规范》《拍摄基地使用须知》，参加甲方每周一的选题例会。
##3. 合作费用
3.1 基础合作费：每月5000元（税前），甲方于次月10日前支付至乙方银行账户。
3.2 流量提成：合作账号当月带货佣金收入（扣除退款）的5%，与基础合作费一并支付。
3.3 考核期：自合作开始之日起三个月为考核期，考核期内基础合作费按80%即4000元/月支付，不计流量提成。考核期内乙方未达到每月粉丝增长2000人或成片合格率90%的，甲方可随时终止合作。
3.4 乙方作为独立创作者，社会保险由乙方自行以灵活就业人员身份缴纳，甲方不为乙方缴纳社会保险，每月另发放社保补贴300元，乙方确认已充分知悉并同意。
##4. 排他与保密
4.1 合作期内，乙方不得为其他MCN机构、商家或个人账号提供拍摄、剪辑、出镜服务，也不得开设同类母婴账号。
4.2 乙方对甲方的选品渠道、商品佣金比例、投流数据负有保密义务。
##5. 合作期限及终止
5.1 合作期限一年，自2026年3月1日起至2027年2月28日止。
5.2 合作期内乙方单方终止合作的，应提前30日书面告知，并向甲方支付违约金20000元，用于补偿甲方前期投入的培训、投流及账号运营成本。
5.3 鉴于乙方出镜形象对合作账号至关重要，合作期内乙方怀孕或因生育导致不能正常出镜的，视为乙方不能继续履行本协议，甲方有权单方终止合作，且不承担任何补偿责任。
5.4 乙方严重违反《达人孵化管理规范》，或因乙方言行导致合作账号被平台处罚的，甲方可立即终止合作。
##6. 其他
6.1 本协议为合作协议，双方不构成劳动关系。
6.2 因本协议发生争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
6.3 本协议一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：广州市番禺区星芒文化传媒有限公司
授权代表：简浩明
日期：2026年2月26日
乙方（签字）：苏雅琪
日期：2026年2月26日
"""

story = []
for line in TEXT.splitlines():
    if line.startswith("##"):
        story.append(Paragraph(line[2:], head))
    elif line.startswith("#"):
        story.append(Paragraph(line[1:], title))
        story.append(Spacer(1, 4 * mm))
    else:
        story.append(Paragraph(line, body))

SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                  topMargin=20 * mm, bottomMargin=20 * mm).build(story)
print(OUT)

# -*- coding: utf-8 -*-
"""生成写作者 x 第二十九批中需要 PDF 格式的文书：
unlawful-x-zhibo-laodong-hetong.pdf（直播公司与主播的全日制劳动合同）。
可重复运行；输出到本脚本所在目录。"""
import os

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle, PageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "unlawful-x-zhibo-laodong-hetong.pdf")

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONT = "STSong-Light"

ST_TITLE = ParagraphStyle("t", fontName=FONT, fontSize=18, leading=26,
                          alignment=TA_CENTER, spaceAfter=6)
ST_SUB = ParagraphStyle("s", fontName=FONT, fontSize=10, leading=15,
                        alignment=TA_CENTER, textColor=colors.grey)
ST_H = ParagraphStyle("h", fontName=FONT, fontSize=12, leading=18,
                      spaceBefore=8, spaceAfter=3)
ST_P = ParagraphStyle("p", fontName=FONT, fontSize=10.5, leading=16.5,
                      firstLineIndent=0, spaceAfter=2)
ST_SMALL = ParagraphStyle("sm", fontName=FONT, fontSize=9, leading=13)
ST_CELL = ParagraphStyle("c", fontName=FONT, fontSize=9.5, leading=13.5)


def P(text, st=ST_P):
    return Paragraph(text, st)


def table(rows, widths):
    data = [[Paragraph(str(c), ST_CELL) for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def build():
    s = []
    s.append(P("劳 动 合 同 书", ST_TITLE))
    s.append(P("（直播主播岗位适用·星播传媒2025版）　合同编号：XB-LD-2025-1103-07", ST_SUB))
    s.append(Spacer(1, 6 * mm))

    s.append(table([
        ["项目", "甲方（用人单位）", "乙方（劳动者）"],
        ["名称/姓名", "中山市星播文化传媒有限公司", "陈嘉敏（女）"],
        ["统一社会信用代码/身份证号", "91442000MA5YXXXX3K", "4420001999××××××××"],
        ["住所/户籍地址", "中山市东区中山四路××号汇星大厦12楼", "广东省中山市三乡镇××村××巷×号"],
        ["法定代表人/现住址", "法定代表人：黄俊豪", "中山市东区竹苑新村××栋××房"],
        ["联系电话", "0760-8833××××", "139××××6218"],
    ], [42 * mm, 66 * mm, 62 * mm]))
    s.append(Spacer(1, 3 * mm))
    s.append(P("根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》及有关规定，甲乙双方遵循合法、公平、平等自愿、"
               "协商一致、诚实信用的原则，签订本合同，共同遵守。（本合同部分条款参照公司原有《主播管理制度》整理，"
               "如与制度不一致，以本合同为准。）"))

    s.append(P("第一条　合同期限", ST_H))
    s.append(P("1.1 本合同为固定期限劳动合同，期限一年，自2025年11月3日起至2026年11月2日止。"))
    s.append(P("1.2 试用期三个月，自2025年11月3日起至2026年2月2日止；试用期包含在合同期限内。"
               "试用期内乙方表现优秀的，经主管推荐可提前转正。"))

    s.append(P("第二条　工作内容和工作地点", ST_H))
    s.append(P("2.1 乙方岗位：带货主播（家居日用、灯饰类目），主要负责公司直播间“星播好物”“星播家居馆”的出镜讲解、"
               "互动控评、短视频口播，配合运营完成每场直播脚本。"))
    s.append(P("2.2 工作地点：中山市东区汇星大厦12楼直播基地；因选品、外景需要，可安排到古镇、小榄等镇街的合作工厂"
               "拍摄，往返交通由公司安排。"))
    s.append(P("2.3 直播间账号（含抖音、视频号、淘宝直播）均为甲方注册并投入运营的资产，账号、粉丝、后台数据归甲方所有；"
               "乙方离职后不得私自登录、改名、导粉，也不得以“前某某直播间主播”名义引流。"))

    s.append(P("第三条　工作时间和休息休假", ST_H))
    s.append(P("3.1 甲方实行标准工时制度，按排班表上班。日常排班为每日两场：午场14:00—18:00，晚场20:00—24:00"
               "（二选一为主场，另一场为助播或备播），每日工作时间不超过8小时，实行做六休一，休息日由主管每周排定。"))
    s.append(P("3.2 大促期间（“618”：每年5月20日至6月20日；“双11”：每年10月20日至11月15日；“年货节”以公司通知为准），"
               "为保证直播间连续在线，原则上全员不安排休息，休息日在大促结束后统一安排补休；补休未休完的不折现。"))
    s.append(P("3.3 法定节假日（元旦、春节除外）直播间照常开播，排到班的主播按平日工资标准计发，不另计加班费，"
               "节后可以调休一天。"))
    s.append(P("3.4 乙方享有国家规定的带薪年休假、婚假、产假、陪产假、育儿假等假期，按国家和广东省规定执行。"))
    s.append(P("3.5 女职工哺乳未满一周岁婴儿期间，甲方不安排其上晚场，每日给予1小时哺乳时间，哺乳时间计入工作时间，"
               "照常出勤，不扣工资。"))

    s.append(P("第四条　劳动报酬", ST_H))
    s.append(P("4.1 工资结构：底薪＋直播提成＋全勤奖。具体见下表："))
    s.append(table([
        ["项目", "试用期（2025.11.3—2026.2.2）", "转正后"],
        ["底薪", "1800元/月", "3000元/月"],
        ["直播提成", "试用期不计提成（试用期内成交计入团队）", "按本人主场GMV（扣退款）1%—3%阶梯计"],
        ["全勤奖", "无", "200元/月（当月无请假、无迟到）"],
        ["备注", "试用期只发底薪", "提成次月随工资发放"],
    ], [30 * mm, 70 * mm, 70 * mm]))
    s.append(P("4.2 甲方每月15日前以银行转账方式支付乙方上一自然月工资，遇节假日提前到最近的工作日支付，并提供工资条。"))
    s.append(P("4.3 乙方的个人所得税、社会保险个人缴纳部分由甲方依法代扣代缴。"))
    s.append(P("4.4 乙方因故意或重大过失损坏公司直播设备（手机、声卡、补光灯、样品等）的，应赔偿实际损失；"
               "甲方事先书面告知扣款原因和金额后可以从工资中分期扣除，每月扣除部分不超过乙方当月工资的20%，"
               "扣除后剩余工资不低于中山市最低工资标准。"))

    s.append(P("第五条　社会保险和福利", ST_H))
    s.append(P("5.1 甲方自用工之日起三十日内为乙方办理社会保险登记，按中山市规定参加养老、医疗（含生育）、失业、工伤保险。"))
    s.append(P("5.2 甲方提供工作餐补贴每日15元，随工资发放；节日福利按公司当年安排。"))

    s.append(P("第六条　培训与服务期", ST_H))
    s.append(P("6.1 甲方出资安排乙方参加杭州某直播电商学院“高级直播运营师”脱产专项培训（约12天），"
               "培训费及差旅食宿预计6800元，以实际发票为准。"))
    s.append(P("6.2 乙方完成该专项培训后，自培训结束次日起为甲方服务12个月。乙方在服务期内因个人原因提出离职，"
               "或因严重违反规章制度被解除合同的，应支付违约金；违约金以实际培训费用为上限，"
               "按“培训费用÷12×服务期未履行月数”计算。乙方因甲方未及时足额支付工资、未缴社保等原因解除合同的，"
               "不支付违约金。"))

    s.append(P("第七条　劳动保护、劳动纪律", ST_H))
    s.append(P("7.1 甲方提供符合国家规定的直播间环境（空调、隔音、补光），长时间站立讲解的配备防疲劳垫，"
               "每场中间安排不少于15分钟的休息。"))
    s.append(P("7.2 乙方应遵守甲方依法制定并公示的《主播管理制度》（见附件一），遵守平台规则，不得虚假宣传。"))

    s.append(P("第八条　合同的变更、解除和终止", ST_H))
    s.append(P("8.1 合同的变更、解除、终止按《劳动合同法》有关规定执行。"))
    s.append(P("8.2 乙方离职需提前三十日书面申请（试用期提前三日）；离职手续及费用结算见附件二《离职须知》。"))
    s.append(P("8.3 甲方应在解除或终止合同时出具证明，并在十五日内办理档案和社会保险关系转移手续。"))

    s.append(P("第九条　其他", ST_H))
    s.append(P("9.1 附件一《主播管理制度（摘要）》、附件二《离职须知》为本合同组成部分，乙方已阅读并理解。"))
    s.append(P("9.2 本合同一式两份，甲乙双方各执一份，经双方签字盖章后生效。发生争议的，可向中山市劳动人事争议仲裁委员会申请仲裁。"))
    s.append(Spacer(1, 8 * mm))
    s.append(table([
        ["甲方（盖章）：中山市星播文化传媒有限公司", "乙方（签名、按指印）：陈嘉敏"],
        ["法定代表人或委托代理人：黄俊豪（代：人事 林淑仪）", "签订日期：2025年11月3日"],
        ["签订日期：2025年11月3日", "乙方已领取合同文本：（√）是　乙方签收：陈嘉敏"],
    ], [95 * mm, 75 * mm]))

    s.append(PageBreak())
    s.append(P("附件一　主播管理制度（摘要）", ST_H))
    s.append(P("（本摘要由运营部整理，自2025年9月起执行，已在员工群及直播基地公告栏公示。）", ST_SMALL))
    s.append(P("一、上播前30分钟到岗化妆、试镜、对脚本；迟到10分钟以内口头提醒，超过的按事假扣相应时段工资。"))
    s.append(P("二、直播中不得私自离场、不得接听私人电话（紧急情况告知场控）。"))
    s.append(P("三、形象要求：主播须保持良好镜头状态，服装由公司统一提供，播后归还。"))
    s.append(P("四、岗位调整：主播在合同期内怀孕的，为保证直播间形象及排播稳定，自告知公司怀孕之日起调整为幕后助播/客服岗位，"
               "工资按助播标准（底薪2200元，无主播提成）执行，产假结束后视直播间需要再安排回主播岗。"))
    s.append(P("五、每月评选“金牌主播”，奖励500元，不影响其他工资项目。"))
    s.append(P("六、主播须配合公司拍摄宣传照片、短视频，用于公司账号及招商，肖像使用限于在职期间及离职后6个月内。"))

    s.append(Spacer(1, 4 * mm))
    s.append(P("附件二　离职须知（各项费用）", ST_H))
    s.append(table([
        ["情形", "处理", "说明"],
        ["正常离职（提前30日书面申请）", "按正常流程结算工资，15日内转社保", "交回工牌、工衣、直播手机"],
        ["合同期内提前离职（未满一年）", "支付违约金20000元；", "用于弥补公司前期投入的流量推广费、人设包装及选品成本"],
        ["培训服务期内离职", "按合同第六条计算培训违约金", "以培训发票为准，按未履行月份分摊"],
        ["损坏设备未赔", "按合同第4.4条分期扣", "每月不超过当月工资20%"],
    ], [52 * mm, 58 * mm, 60 * mm]))
    s.append(Spacer(1, 3 * mm))
    s.append(P("温馨提示：主播岗位前期公司投入较大（投流、包装、选品），请各位主播珍惜机会，签约前想清楚；"
               "签了就要做满合同期，中途走人按上表执行，唔好话公司唔讲定。", ST_SMALL))
    s.append(Spacer(1, 6 * mm))
    s.append(P("乙方确认已阅读附件一、附件二：陈嘉敏　　2025年11月3日", ST_P))

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm,
                            title="劳动合同书（直播主播岗位）", author="中山市星播文化传媒有限公司")
    doc.build(s)
    print("wrote", OUT)


if __name__ == "__main__":
    build()

"""Generate unlawful-w-live-anchor-employee-dongqu.pdf (batch20, prefix w).

Run: /work/main/.venv/bin/python make_pdf_w.py
The contract text lives in TEXT below.  reportlab's invariant mode keeps the
output byte-identical between runs.
"""
import pathlib

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "unlawful-w-live-anchor-employee-dongqu.pdf"
FONT = "STSong-Light"

TEXT = """\
#劳动合同书
@（直播电商岗位　固定期限）
合同编号：XY-LD-2026-0302
甲方（用人单位）：中山市星域互娱电子商务有限公司
统一社会信用代码：91442000MA7F2R9N5K
住所：中山市东区博爱七路26号星汇广场12楼
法定代表人：钟伟杰　　联系电话：0760-89932107
乙方（劳动者）：麦晓彤
身份证号码：442000199608270000
户籍地址：中山市南区环城社区竹秀园路3号
联系电话：188 2708 6144
甲乙双方根据《中华人民共和国劳动合同法》等法律法规，遵循合法、公平、平等自愿、协商一致、诚实信用的原则，订立本合同。
##第一条　合同期限
本合同为固定期限劳动合同，自2026年3月2日起至2029年3月1日止，其中试用期三个月，自2026年3月2日起至2026年6月1日止。
##第二条　工作内容和工作地点
乙方担任家居百货类目带货主播（新入职主播，此前无直播从业经历），负责按公司排期完成直播、短视频口播录制及直播间话术演练；选品、定价和投流由运营部负责，乙方不参与。工作地点为甲方东区博爱七路直播基地。乙方在直播中使用的公司账号、直播间及由此产生的粉丝、数据均归甲方所有。
##第三条　工作时间和休息休假
1. 甲方实行标准工时制度，乙方每日工作8小时，每周工作40小时，每周安排休息两天（按排班表轮休）。
2. 直播班次分早场（10:00—18:00，含1小时用餐）和晚场（14:00—22:00，含1小时用餐），由运营部按周排班，每周一公布。
3. 哺乳期女员工原则上安排早场。618、双11、年货节等大促期间需要延长直播的，运营部提前三天与主播协商安排，每日延长不超过3小时、每月累计不超过36小时，并按国家规定支付加班工资。哺乳期女员工不因哺乳免除大促延长场次，可安排至次日凌晨1:00结束，当天的哺乳时间另行调剂。
4. 乙方享受国家规定的法定节假日、年休假、婚假、产假、哺乳时间等假期。
##第四条　劳动报酬
1. 乙方月基本工资为人民币2,600元，试用期月基本工资为2,300元；另按直播间当月实际成交额（扣除退款）的1%计发提成。
2. 甲方每月15日前以银行转账方式支付乙方上一自然月工资，遇节假日提前支付。
3. 安排乙方加班的，按《广东省工资支付条例》规定的标准支付加班工资。
##第五条　社会保险和福利
甲方依法为乙方办理社会保险登记并按时缴纳养老、医疗、失业、工伤、生育保险费，个人应缴部分由甲方从工资中代扣代缴。
##第六条　劳动保护和劳动条件
1. 甲方为直播间配备空调、补光灯降温设备和护嗓用品，每场直播中途安排不少于15分钟休息。
2. 甲方依照《女职工劳动保护特别规定》保护乙方在经期、孕期、产期、哺乳期的权益，并设置母婴室。
##第七条　专项培训与服务期
1. 甲方出资安排乙方参加广州“直播运营与主播能力提升”脱产专项培训7天，培训费及差旅费合计人民币6,800元，以培训机构发票和报销凭证为准。
2. 乙方自培训结束之日起为甲方服务24个月。乙方在服务期内因个人原因提前离职的，应按“6,800元×服务期尚未履行的天数÷服务期总天数”向甲方支付违约金，最高不超过6,800元。
3. 约定服务期不影响乙方在服务期内按公司正常调薪机制提高工资。
##第八条　保密与竞业限制
1. 乙方应保守在工作中知悉的甲方商业秘密，不得向外泄露未公开的活动价格和直播排期。
2. 公司全体员工（含主播、助播、场控、客服、仓储打包人员）离职后一年内，不得在中山市及相邻地市从事任何直播带货或电商相关工作，也不得在其他公司的直播间出镜。本公司工资已包含对该项义务的对价，离职后不再另行支付竞业限制补偿。
3. 违反本条第2款的，应向甲方支付违约金人民币50,000元。
##第九条　合同的解除和终止
双方解除或终止本合同，按照《劳动合同法》的规定执行；甲方依法应支付经济补偿的，按规定支付。乙方提前解除合同的，应提前三十日书面通知甲方，试用期内提前三日通知。
##第十条　争议处理
因履行本合同发生争议的，可向中山市劳动人事争议仲裁委员会申请仲裁。
##第十一条　其他
1. 甲方《员工手册》《直播间管理规定》已于签订本合同前交乙方阅读，乙方已知悉。
2. 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
 
甲方（盖章）：中山市星域互娱电子商务有限公司
法定代表人或委托代理人（签字）：钟伟杰
乙方（签字）：麦晓彤
签订日期：2026年3月2日
"""


def header_footer(canvas, doc):
    canvas.saveState()
    canvas.setFont(FONT, 8)
    canvas.drawString(20 * mm, A4[1] - 12 * mm, "星域互娱　劳动合同　XY-LD-2026-0302")
    canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, "第 %d 页" % doc.page)
    canvas.restoreState()


def build():
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=16, wordWrap="CJK")
    head = ParagraphStyle("head", parent=body, fontSize=11, leading=18, spaceBefore=4)
    title = ParagraphStyle("title", parent=body, fontSize=17, leading=24, alignment=1)
    sub = ParagraphStyle("sub", parent=body, alignment=1)
    story = []
    for line in TEXT.splitlines():
        if line.startswith("##"):
            story.append(Paragraph(line[2:], head))
        elif line.startswith("#"):
            story.append(Paragraph(line[1:], title))
        elif line.startswith("@"):
            story.append(Paragraph(line[1:], sub))
            story.append(Spacer(1, 6))
        elif not line.strip():
            story.append(Spacer(1, 12))
        else:
            story.append(Paragraph(line, body))
    doc = SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm,
                            title="劳动合同书", author="中山市星域互娱电子商务有限公司")
    doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)


if __name__ == "__main__":
    build()
    print("wrote", OUT.name)

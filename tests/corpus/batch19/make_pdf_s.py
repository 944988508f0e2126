"""Generate lawful-s-zhaoqing-zongzi-seasonal.pdf (batch19, prefix s).

Run with: /work/main/.venv/bin/python tests/corpus/batch19/make_pdf_s.py
The contract text lives in this script; output is deterministic (reportlab invariant mode).
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "lawful-s-zhaoqing-zongzi-seasonal.pdf")

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

TITLE = "季节性用工劳动合同"
SUBTITLE = "（以完成一定工作任务为期限　2026年端午节裹蒸粽生产）"

HEAD = [
    "甲方（用人单位）：肇庆市端州区陈姑婆裹蒸粽加工坊（个体工商户）",
    "经营者：陈少芳　　身份证号：442000197303080000",
    "地址：肇庆市端州区黄岗街道宋隆路63号首层",
    "食品小作坊登记证号：粤肇食小作登〔2025〕第0089号（登记品种：裹蒸粽、碱水粽）",
    "乙方（劳动者）：钟月娥　　性别：女",
    "身份证号：442000198509120000",
    "住址：肇庆市端州区黄岗街道白石村三巷7号",
    "联系电话：137xxxx0615",
]

INTRO = ("每年端午节前为本作坊裹蒸粽生产旺季。甲方因端午节前生产任务需要招用乙方，"
         "双方依照《中华人民共和国劳动合同法》等规定，协商一致订立本合同。")

CLAUSES = [
    ("一、合同期限", [
        "本合同为以完成一定工作任务为期限的劳动合同。工作任务为：2026年端午节（6月19日）前裹蒸粽、碱水粽的生产任务。",
        "合同自2026年4月20日起，至上述生产任务完成之日止（预计为2026年6月18日）。任务完成之日以甲方书面通知为准，"
        "甲方应至少提前3日通知乙方。",
        "本合同不约定试用期。",
    ]),
    ("二、工作内容和地点", [
        "乙方从事洗粽叶、浸泡糯米和绿豆、包粽扎绳、蒸煮出锅、冷却包装及贴标等工作，由经营者统一安排。",
        "工作地点：甲方作坊（肇庆市端州区黄岗街道宋隆路63号首层）。",
        "甲方只生产登记证载明的品种，产品按规定加贴标签；乙方应按甲方卫生操作要求作业。",
    ]),
    ("三、工作时间和休息休假", [
        "每日工作8小时：上午7:30—11:30，下午13:00—17:00。每周工作5天，休息2天，由甲方按周轮流安排。",
        "甲方一般不安排加班。因端午节前赶货需要延长工作时间的，须事先与乙方协商并经乙方同意；"
        "一般每日不超过1小时，2026年5月25日至6月17日期间因生产任务确需延长的，每日不超过3小时，每月累计不超过36小时。",
        "劳动节（5月1日、2日）依法放假；甲方安排乙方在法定休假日工作的，按日工资的300%支付工资，不以补休代替。",
        "乙方怀孕7个月以上或哺乳未满1周岁婴儿的，甲方不安排其加班和夜班。",
    ]),
    ("四、劳动报酬", [
        "乙方月工资为1850元（肇庆市2025年3月1日起执行的月最低工资标准为1850元）。"
        "不满一个月的，按乙方实际出勤天数计发：日工资＝1850元÷21.75。",
        "计件奖励：乙方每个工作日包粽超过300只的，超出部分按每只0.15元另计奖励，随当月工资发放。",
        "加班工资以乙方日或小时正常工作时间工资为基数：工作日延长工作时间按150%，休息日工作又不能补休的按200%，"
        "法定休假日按300%支付。加班期间包粽的，超出定额部分另按计件奖励单价的150%（休息日200%）计发。",
        "甲方每月10日前以银行转账方式向乙方本人支付上一自然月工资，遇法定休假日或休息日提前支付，并提供工资清单。",
        "包粽出现松散、漏米等次品的，由乙方返工，甲方不因次品扣减乙方工资。",
    ]),
    ("五、社会保险", [
        "甲方自用工之日起三十日内为乙方办理社会保险登记，依法缴纳养老、医疗、失业、工伤、生育保险，"
        "个人缴费部分由甲方代扣代缴。",
    ]),
    ("六、劳动保护和健康证明", [
        "乙方须持有效健康证明方可从事接触直接入口食品的工作，体检、办证费用由甲方承担；"
        "取得健康证明前，甲方只安排乙方从事洗粽叶、搬运等不接触直接入口食品的工作。",
        "甲方免费提供工作服、发帽、口罩、一次性手套、防烫手套和防滑水鞋，不收取押金。",
        "蒸煮区设专人看火，乙方出锅须佩戴防烫手套。糯米、绿豆按每袋25公斤采购，以推车搬运，"
        "乙方单人每次搬运不超过25公斤，不从事每小时负重6次以上、每次超过20公斤的作业。",
        "甲方不扣押乙方身份证件，只核验原件、留存复印件。",
    ]),
    ("七、合同的解除和终止", [
        "乙方提前三十日以书面形式通知甲方，可以解除本合同。",
        "甲方解除本合同，按《中华人民共和国劳动合同法》的规定执行。",
        "生产任务完成、本合同终止时，甲方依照《中华人民共和国劳动合同法》第四十七条的规定向乙方支付经济补偿"
        "（在甲方工作不满六个月的，支付半个月工资的经济补偿），并于终止当日结清全部工资。",
        "甲方在合同终止后十五日内为乙方办理社会保险关系转移手续，并出具终止劳动合同的证明。",
    ]),
    ("八、争议处理", [
        "双方因本合同发生争议的，可协商解决；协商不成的，可向肇庆市劳动人事争议仲裁委员会申请仲裁。",
    ]),
    ("九、其他", [
        "本合同一式两份，甲乙双方各执一份，经双方签字（盖章）后生效。明年端午节前如再次招用，双方另行订立劳动合同。",
    ]),
]

SIGN = [
    "甲方（盖章）：肇庆市端州区陈姑婆裹蒸粽加工坊　　经营者（签字）：陈少芳",
    "乙方（签字）：钟月娥",
    "签订日期：2026年4月20日",
]


def on_page(canvas, doc):
    canvas.saveState()
    canvas.setFont(FONT, 8)
    canvas.drawString(20 * mm, A4[1] - 12 * mm, "肇庆市端州区陈姑婆裹蒸粽加工坊　季节工劳动合同")
    canvas.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, "合同编号：CGP-2026-07")
    canvas.drawCentredString(A4[0] / 2, 10 * mm, f"第 {doc.page} 页")
    canvas.restoreState()


def main():
    title = ParagraphStyle("t", fontName=FONT, fontSize=16, leading=22, alignment=1)
    sub = ParagraphStyle("s", fontName=FONT, fontSize=10, leading=14, alignment=1)
    body = ParagraphStyle("b", fontName=FONT, fontSize=10, leading=15)
    item = ParagraphStyle("i", parent=body, leftIndent=12)
    head = ParagraphStyle("h", parent=body, fontSize=11, leading=17, spaceBefore=4)

    story = [Paragraph(TITLE, title), Paragraph(SUBTITLE, sub), Spacer(1, 6)]
    story += [Paragraph(x, body) for x in HEAD]
    story += [Spacer(1, 4), Paragraph(INTRO, body)]
    for h, items in CLAUSES:
        story.append(Paragraph(h, head))
        for i, x in enumerate(items, 1):
            story.append(Paragraph(f"{i}. {x}" if len(items) > 1 else x, item))
    story.append(Spacer(1, 14))
    story += [Paragraph(x, body) for x in SIGN]

    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm,
                            title="季节性用工劳动合同", author="陈姑婆裹蒸粽加工坊")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""生成写作者 r 的二进制文书（.docx）。可重复运行，输出到本文件所在目录。"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def _font(run, size=10.5, bold=False, name="宋体"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def para(doc, text, size=10.5, bold=False, align=None, name="宋体"):
    p = doc.add_paragraph()
    r = p.add_run(text)
    _font(r, size=size, bold=bold, name=name)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def table(doc, rows, widths=None, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            r = cell.paragraphs[0].add_run(val)
            _font(r, size=9.5, bold=(header and i == 0))
    return t


# ---------------------------------------------------------------------------
# 1. 中山古镇灯饰厂“妈妈岗”全日制劳动合同
# ---------------------------------------------------------------------------
def make_guzhen_lamp():
    doc = Document()
    para(doc, "编号：MC-HR-2025-0417", size=9, align="right")
    para(doc, "劳 动 合 同 书", size=18, bold=True, align="center", name="黑体")
    para(doc, "（“妈妈岗”车间适用）", size=11, align="center")
    para(doc, "")
    para(doc, "甲方（用人单位）：中山市明灿灯饰制造有限公司")
    para(doc, "统一社会信用代码：91442000MA5X7C3L2Q")
    para(doc, "住所：中山市古镇镇曹二村灯都大道西26号")
    para(doc, "法定代表人：梁志强　　　　联系电话：0760-2233 5816")
    para(doc, "")
    para(doc, "乙方（劳动者）：黄丽娟　　　　性别：女")
    para(doc, "居民身份证号码：442000199003157726")
    para(doc, "户籍地址：广西壮族自治区玉林市博白县东平镇")
    para(doc, "现住址：中山市古镇镇海洲村东岸北路19号302房　　联系电话：138 2377 6154")
    para(doc, "")
    para(doc, "甲方依照中山市“妈妈岗”就业模式的有关政策设立“妈妈岗”装配车间，乙方为对12周岁以下子女负有抚养义务的妇女劳动者。"
              "双方根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》等规定，平等自愿、协商一致，签订本合同，共同遵守。")

    para(doc, "第一条　合同期限", bold=True)
    para(doc, "1.1 本合同为固定期限劳动合同，期限两年，自2025年11月1日起至2027年10月31日止。")
    para(doc, "1.2 试用期三个月，自2025年11月1日起至2026年1月31日止。试用期包含在合同期限内。")

    para(doc, "第二条　工作内容和工作地点", bold=True)
    para(doc, "2.1 乙方在“妈妈岗”车间（二号装配线）从事灯饰组装、接线、通电检测及简易包装工作，具体工序按班组长安排。")
    para(doc, "2.2 工作地点：中山市古镇镇曹二村灯都大道西26号甲方厂区三楼。未经乙方同意，甲方不将乙方调往古镇镇以外的地点工作。")

    para(doc, "第三条　工作时间", bold=True)
    para(doc, "3.1 乙方执行标准工时制度，每周一至周五上班，每日工作8小时，每周工作40小时，周六、周日休息。")
    para(doc, "3.2 弹性到岗：考虑到接送子女的需要，乙方可在早上8:00至9:00之间任一时间到岗打卡，中午12:00至13:00午休（不计工时），"
              "做满8小时即可下班。")
    para(doc, "3.3 子女生病、学校开家长会等照料子女的情形，乙方可向班组长申请临时离岗或请假，按小时计算事假，甲方不得无故拒绝。")
    para(doc, "3.4 甲方不强行安排“妈妈岗”员工加班。确需加班的，须事先征得乙方本人同意，并按本合同第五条标准支付加班工资。")

    para(doc, "第四条　休息休假", bold=True)
    para(doc, "4.1 乙方享受国家规定的法定节假日、带薪年休假、婚假、丧假等假期；三八妇女节下午放假半天。")
    para(doc, "4.2 乙方生育的，享受98天产假及广东省规定的80日奖励假；子女三周岁以内，每年享受10日育儿假。假期内工资按国家和广东省规定执行。")
    para(doc, "4.3 乙方哺乳未满一周岁婴儿期间，甲方每天在工作时间内安排1小时哺乳时间（可分两次使用），哺乳时间视为正常出勤，不扣工资。"
              "甲方不安排哺乳期乙方加班或上夜班。")

    para(doc, "第五条　劳动报酬（详见下表）", bold=True)
    para(doc, "5.1 甲方以人民币货币形式按月支付乙方工资，工资支付周期为每月1日至月末，于每月20日前通过银行转账支付上月工资，"
              "遇法定休假日或休息日提前到最近的工作日支付。每月发薪时向乙方提供工资条。")
    para(doc, "5.2 乙方工资构成及标准：")
    table(doc, [
        ["项目", "标准", "说明"],
        ["基本工资", "2300元/月", "转正后执行"],
        ["岗位津贴", "200元/月", "在“妈妈岗”装配线出勤即发"],
        ["全勤奖", "100元/月", "当月无迟到、旷工即发；因子女生病请假（凭病历）不影响全勤"],
        ["试用期工资", "1900元/月（综合）", "试用期内不另发岗位津贴和全勤奖"],
        ["超产计件奖", "按车间计件单价表", "完成当日定额后另计，多劳多得"],
        ["加班工资", "以正常工作时间工资÷21.75÷8为小时基数", "工作日延时150%；休息日且不能补休200%；法定节假日300%"],
        ["孕期待遇", "中山市最低工资标准（现为2080元/月）", "自怀孕满三个月起至产假开始前执行，期间安排轻便工序"],
        ["工衣、工牌押金", "150元", "于首月工资中一次扣收，离职时交回工衣、工牌后无息退还"],
        ["代扣项目", "个人所得税、个人应缴社会保险费", "依法代扣代缴"],
    ])
    para(doc, "5.3 乙方事假、病假期间的工资按甲方《员工手册》及国家、广东省规定执行。")

    para(doc, "第六条　社会保险", bold=True)
    para(doc, "6.1 甲方自用工之日起三十日内为乙方办理社会保险登记，按规定参加基本养老、基本医疗、工伤、失业及生育保险。"
              "单位部分由甲方缴纳，个人部分由甲方从乙方工资中代扣代缴。")

    para(doc, "第七条　劳动保护、劳动条件和职业危害防护", bold=True)
    para(doc, "7.1 甲方为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品（防割手套、护目镜等），对乙方进行岗前安全培训。")
    para(doc, "7.2 甲方已将本单位属于女职工禁忌从事的劳动范围的岗位（喷涂房、高位货架搬运）书面告知乙方，不安排乙方从事上述岗位。")
    para(doc, "7.3 乙方在孕期不能适应原劳动的，甲方根据医疗机构证明减轻其劳动量或安排其他能够适应的劳动；怀孕7个月以上的，不延长劳动时间、"
              "不安排夜班，并在劳动时间内安排休息。乙方产前检查时间计入劳动时间。")

    para(doc, "第八条　培训与服务期", bold=True)
    para(doc, "8.1 甲方如出资安排乙方参加低压电工作业特种作业操作证培训，双方另行签订《培训服务期协议》，约定服务期一年。"
              "乙方违反服务期约定的，按协议支付违约金，违约金不超过甲方实际支付的培训费用（以发票为准），"
              "且不超过服务期尚未履行部分所应分摊的培训费用。")

    para(doc, "第九条　合同的解除和终止", bold=True)
    para(doc, "9.1 双方协商一致，可以解除本合同。")
    para(doc, "9.2 乙方提出辞职的，须提前六十日向人事部递交书面辞职申请，经车间主管及厂长签字批准后，方可办理离职手续。")
    para(doc, "9.3 乙方有《劳动合同法》第三十九条规定情形之一的，甲方可以解除本合同；有第四十条规定情形的，甲方提前三十日书面通知"
              "或额外支付一个月工资后解除，并依法支付经济补偿。")
    para(doc, "9.4 乙方在孕期、产期、哺乳期的，甲方不依照《劳动合同法》第四十条、第四十一条解除本合同；合同期满时乙方处于上述期间的，"
              "合同顺延至相应情形消失时终止。")
    para(doc, "9.5 合同解除或终止的，甲方出具证明，于当日结清乙方工资，并在十五日内办理社会保险关系转移手续。")

    para(doc, "第十条　赔偿", bold=True)
    para(doc, "10.1 因乙方本人原因造成甲方经济损失的，甲方可按本合同约定要求乙方赔偿，并可从乙方工资中扣除，但每月扣除部分不超过乙方当月工资的20%，"
              "扣除后剩余工资低于中山市月最低工资标准的，按最低工资标准支付。扣款前甲方书面告知乙方扣款原因和数额。")

    para(doc, "第十一条　劳动争议处理", bold=True)
    para(doc, "11.1 双方发生劳动争议的，可以协商，也可以向甲方工会调解委员会申请调解；不愿调解或调解不成的，可向中山市劳动人事争议仲裁委员会申请仲裁。")

    para(doc, "第十二条　其他", bold=True)
    para(doc, "12.1 甲方依法制定的《员工手册》已于签约前交乙方阅读并签收。")
    para(doc, "12.2 本合同未尽事宜，按国家和广东省有关规定执行。本合同一式两份，甲乙双方各执一份，经双方签字盖章后生效。")
    para(doc, "")
    para(doc, "甲方（盖章）：中山市明灿灯饰制造有限公司　　　　　乙方（签名）：")
    para(doc, "法定代表人或委托代理人（签名）：　　　　　　　　　　")
    para(doc, "签订日期：2025年10月27日　　　　　　　　　　　　签订日期：2025年10月27日")

    out = os.path.join(HERE, "unlawful-r-guzhen-lamp-mama-contract.docx")
    doc.save(out)
    return out


if __name__ == "__main__":
    print(make_guzhen_lamp())

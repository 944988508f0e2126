# -*- coding: utf-8 -*-
"""Generate the .docx documents of batch14/d.

Run:  /work/main/.venv/bin/python /work/blind/batch14/d/make_docx.py
All text lives in this script.
"""
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- helpers
def set_east_asia(style, font_name, size=None, bold=None):
    style.font.name = font_name
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font_name)
    if size:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold


def base_doc():
    doc = Document()
    set_east_asia(doc.styles["Normal"], "宋体", 11)
    for name in ("Title", "Heading 1", "Heading 2"):
        set_east_asia(doc.styles[name], "黑体")
    return doc


def para(doc, text="", bold=False, center=False, size=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), str(v))
    return e


def add_abstract_num(doc, abs_id, num_fmt, lvl_text, left, hanging, bold=False):
    """Append a single-level abstractNum to numbering.xml (before the first w:num)."""
    numbering = doc.part.numbering_part.element
    absn = _el("w:abstractNum", **{"w:abstractNumId": abs_id})
    absn.append(_el("w:multiLevelType", **{"w:val": "singleLevel"}))
    lvl = _el("w:lvl", **{"w:ilvl": 0})
    lvl.append(_el("w:start", **{"w:val": 1}))
    lvl.append(_el("w:numFmt", **{"w:val": num_fmt}))
    lvl.append(_el("w:suff", **{"w:val": "space"}))
    lvl.append(_el("w:lvlText", **{"w:val": lvl_text}))
    lvl.append(_el("w:lvlJc", **{"w:val": "left"}))
    ppr = _el("w:pPr")
    ppr.append(_el("w:ind", **{"w:left": left, "w:hanging": hanging}))
    lvl.append(ppr)
    rpr = _el("w:rPr")
    rpr.append(_el("w:rFonts", **{"w:eastAsia": "黑体" if bold else "宋体"}))
    if bold:
        rpr.append(_el("w:b"))
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)


def add_num(doc, num_id, abs_id, restart=False):
    numbering = doc.part.numbering_part.element
    num = _el("w:num", **{"w:numId": num_id})
    num.append(_el("w:abstractNumId", **{"w:val": abs_id}))
    if restart:
        ov = _el("w:lvlOverride", **{"w:ilvl": 0})
        ov.append(_el("w:startOverride", **{"w:val": 1}))
        num.append(ov)
    numbering.append(num)


def numbered(doc, text, num_id):
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    numpr = _el("w:numPr")
    numpr.append(_el("w:ilvl", **{"w:val": 0}))
    numpr.append(_el("w:numId", **{"w:val": num_id}))
    ppr.insert(0, numpr)
    p.add_run(text)
    return p


def table(doc, rows, widths=None):
    t = doc.add_table(rows=0, cols=max(len(r) for r in rows))
    t.style = "Table Grid"
    for r in rows:
        cells = t.add_row().cells
        for i, txt in enumerate(r):
            cells[i].text = txt
        if len(r) < len(cells):  # merge trailing cells
            cells[len(r) - 1].merge(cells[-1])
            cells[len(r) - 1].text = r[-1]
    return t


# ======================================================================
# 1. lawful-zs-bakery-autonum.docx  (Word automatic numbering "第X条")
# ======================================================================
def make_bakery():
    doc = base_doc()
    CLAUSE_ABS, SUB_ABS = 90, 91
    add_abstract_num(doc, CLAUSE_ABS, "chineseCounting", "第%1条", 720, 720, bold=True)
    add_abstract_num(doc, SUB_ABS, "chineseCounting", "（%1）", 1200, 480)
    CLAUSE = 90
    add_num(doc, CLAUSE, CLAUSE_ABS)
    sub_counter = [200]

    def sublist(items):
        sub_counter[0] += 1
        nid = sub_counter[0]
        add_num(doc, nid, SUB_ABS, restart=True)
        for it in items:
            numbered(doc, it, nid)

    para(doc, "劳 动 合 同 书", bold=True, center=True, size=18)
    para(doc, "（烘焙车间 · 妈妈岗）", center=True)
    para(doc, "合同编号：HX-2026-007")
    para(doc, "甲方（用人单位）：中山市东区禾香烘焙食品加工坊")
    para(doc, "经营者（主要负责人）：罗家辉")
    para(doc, "住所：中山市东区起湾道某号起湾商业街首层5卡")
    para(doc, "食品小作坊登记证号：粤中食坊〔2025〕东区0137号")
    para(doc, "联系电话：13800002216")
    para(doc, "乙方（劳动者）：陈淑仪　　性别：女")
    para(doc, "居民身份证号码：442000199007230000")
    para(doc, "住址：中山市东区柏苑路某巷12号302房")
    para(doc, "联系电话：13800007358")
    para(doc, "根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》等法律法规，甲乙双方在平等自愿、协商一致的基础上订立本合同，共同遵守。")

    numbered(doc, "如实告知：甲方已向乙方如实告知工作内容、工作条件、工作地点、职业危害、安全生产状况和劳动报酬；乙方已如实说明与本合同直接相关的个人情况。", CLAUSE)
    numbered(doc, "合同期限：本合同为固定期限劳动合同，自2026年6月15日起至2029年6月14日止。其中试用期三个月，自2026年6月15日起至2026年9月14日止。", CLAUSE)
    numbered(doc, "工作内容和工作地点：乙方在甲方烘焙车间担任烘焙工，从事面包、西点的成型、烘烤、冷却和包装工作。工作地点为中山市东区起湾道某号甲方加工场。", CLAUSE)
    numbered(doc, "工作时间：甲方实行标准工时制度。乙方每日上班时间为8:45—12:00、13:30—17:15，每日工作7小时；每周一至周五上班，周六、周日休息。乙方因接送子女确需调整上下班时间的，可提前向车间主管申请，在不增加每日工作时数的前提下调整。", CLAUSE)
    numbered(doc, "加班：甲方不强迫或者变相强迫乙方加班。因中秋、春节等节日订单确需延长工作时间的，须事先与乙方协商并征得乙方同意，一般每日不超过一小时，因特殊原因每日不超过三小时，每月累计不超过三十六小时，并按下列标准支付加班工资：", CLAUSE)
    sublist([
        "工作日延长工作时间的，按乙方本人小时正常工作时间工资的150%支付；",
        "休息日安排工作又不能安排同等时间补休的，按200%支付；",
        "法定休假日安排工作的，按300%支付。",
    ])
    numbered(doc, "休息休假：乙方享受法定节假日、带薪年休假、婚假、丧假；“三八”妇女节放假半天；生育的，享受国家规定的产假和广东省规定的奖励假；子女三周岁以内每年享受育儿假十日。乙方因子女生病、学校活动等需要请假的，可提前或事后及时补办事假手续，甲方应予照顾，事假期间不计发工资。", CLAUSE)
    numbered(doc, "劳动报酬：乙方月工资为人民币叁仟贰佰元（3200元）；试用期月工资为人民币贰仟捌佰元（2800元）。工资支付周期为自然月，甲方于每月8日前以银行转账方式支付乙方上一自然月工资，遇法定休假日或休息日提前到最近的工作日支付，并向乙方提供工资清单。", CLAUSE)
    numbered(doc, "代扣项目：甲方只依法代扣代缴乙方个人所得税、应由乙方个人缴纳的社会保险费，以及法律法规规定可以从工资中扣除的其他费用。", CLAUSE)
    numbered(doc, "社会保险：甲方自用工之日起三十日内为乙方办理社会保险登记，依法参加基本养老、基本医疗、工伤、失业和生育保险，乙方个人缴纳部分由甲方代扣代缴。", CLAUSE)
    numbered(doc, "劳动保护、劳动条件和职业危害防护：", CLAUSE)
    sublist([
        "甲方按照食品安全要求提供符合标准的车间，免费配发工作服、工作帽、口罩、隔热手套和防滑鞋；",
        "烤炉、和面机、切片机等设备上岗前对乙方进行安全操作培训；车间配置排风和降温设施，夏季按规定发放防暑降温用品；",
        "乙方上岗前须取得食品从业人员健康证明，以后每年体检一次，办证和体检费用由甲方承担；",
        "甲方已书面告知乙方本车间属于女职工禁忌从事劳动范围的作业（搬运单袋超过20公斤的面粉、糖等原料），该类作业由甲方使用推车或安排其他人员完成；",
        "乙方在孕期、产期、哺乳期的，甲方依照《女职工劳动保护特别规定》给予保护，不因此降低乙方工资或解除劳动合同。",
    ])
    numbered(doc, "甲方不收取乙方任何押金、保证金、服装费或培训费，不扣押乙方身份证件和其他证件。", CLAUSE)
    numbered(doc, "劳动纪律：乙方应遵守甲方依法制定并已公示告知的规章制度和食品安全操作规程。", CLAUSE)
    numbered(doc, "合同的解除和终止：乙方提前三十日以书面形式通知甲方，可以解除本合同；试用期内提前三日通知甲方即可。甲方解除或终止本合同应符合《劳动合同法》规定，依法应支付经济补偿的，依法支付；解除或终止当日结清乙方工资，并出具解除或终止证明。", CLAUSE)
    numbered(doc, "争议处理：因履行本合同发生争议，双方协商不成的，可以向中山市劳动人事争议仲裁委员会申请仲裁。", CLAUSE)
    numbered(doc, "本合同未尽事宜，按国家和广东省有关规定执行。本合同一式两份，甲乙双方各执一份，自双方签字（盖章）之日起生效。", CLAUSE)

    para(doc, "")
    para(doc, "甲方（盖章）：中山市东区禾香烘焙食品加工坊")
    para(doc, "负责人（签字）：罗家辉　　　　　日期：2026年6月12日")
    para(doc, "乙方（签字）：陈淑仪　　　　　　日期：2026年6月12日")
    para(doc, "签订地点：中山市东区起湾道甲方加工场办公室")
    doc.save(os.path.join(OUT, "lawful-zs-bakery-autonum.docx"))


# ======================================================================
# 2. unlawful-zs-sausage-nightshift-nursing.docx  (Word heading styles)
# ======================================================================
def make_sausage():
    doc = base_doc()
    doc.add_paragraph("劳动合同", style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(doc, "（腊味加工场生产岗位）", center=True)

    doc.add_heading("一、合同双方", level=1)
    para(doc, "甲方（用人单位）：中山市小榄镇荣记腊味加工场（个体工商户）")
    para(doc, "经营者：冯荣昌")
    para(doc, "地址：中山市小榄镇东区某路某号")
    para(doc, "食品小作坊登记证：粤中食坊〔2024〕小榄0562号　　电话：13800003958")
    para(doc, "乙方（劳动者）：吴美玲　　性别：女")
    para(doc, "身份证号码：442000199306120000")
    para(doc, "住址：中山市小榄镇某社区某街15号　　电话：13800005196")
    para(doc, "乙方现育有一子，2026年1月8日出生，尚在哺乳期。乙方经“妈妈岗”招聘入职。")

    doc.add_heading("二、合同期限和工作岗位", level=1)
    para(doc, "1. 本合同期限三年，自2026年9月7日起至2029年9月6日止，其中试用期三个月，至2026年12月6日止。")
    para(doc, "2. 乙方岗位为生产车间操作工，主要做灌肠、扎绳、挂杆晾晒、烘房看护等工作；工作地点为甲方小榄镇加工场车间及烘房。")

    doc.add_heading("三、工作时间和休息休假", level=1)
    para(doc, "1. 淡季（每年2月至7月）上白班：8:30—12:00，13:30—17:30，周一至周五上班，每周休息两天。")
    para(doc, "2. 生产旺季（每年8月至次年1月）车间实行两班轮换：白班8:00—12:00、13:00—17:00；夜班20:00—次日4:00（烘房看火、翻晒）。每周轮休两天。乙方同意参加夜班轮值，每月夜班不少于8个，哺乳期员工不另作安排。")
    para(doc, "3. 旺季赶货期间，经员工同意可安排加班，每天加班2至4小时，每月加班一般控制在八十小时以内。")
    para(doc, "4. 哺乳期女职工每天哺乳时间为三十分钟，在午饭休息时间内自行安排，不另计工作时间。")
    para(doc, "5. 乙方享受法定节假日、带薪年休假、婚丧假、产假等，按国家和广东省规定执行。")

    doc.add_heading("四、劳动报酬", level=1)
    para(doc, "1. 乙方月工资为2600元（基本工资2300元＋岗位津贴300元）；试用期月工资为2300元。")
    para(doc, "2. 夜班每班另发夜班补贴20元。")
    para(doc, "3. 加班工资不分工作日、休息日，统一按每小时15元计发；法定节假日加班按每小时30元计发。")
    para(doc, "4. 甲方每月12日前以银行转账支付乙方上一个月工资，遇节假日提前发放，并提供工资条。")

    doc.add_heading("五、社会保险和福利", level=1)
    para(doc, "1. 甲方自用工之日起三十日内为乙方办理社会保险登记，依法缴纳养老、医疗、工伤、失业、生育保险，乙方个人部分由甲方代扣代缴。")
    para(doc, "2. 甲方提供免费午餐；夜班提供夜宵。")

    doc.add_heading("六、劳动保护、劳动条件和职业危害防护", level=1)
    para(doc, "1. 甲方提供工作服、工作帽、口罩、手套和防滑水鞋；车间、烘房安装排风设备，烘房配温度计，夏季发放防暑降温饮料。")
    para(doc, "2. 烘房温度较高，进入烘房作业每次不超过二十分钟；刀具、灌肠机按操作规程使用，上岗前进行安全培训。")
    para(doc, "3. 食品从业人员健康证明由甲方统一组织办理，费用由甲方承担。")
    para(doc, "4. 甲方已将女职工禁忌从事的劳动范围书面告知乙方；整箱原料肉（超过20公斤）使用手推车或由男工搬运。")

    doc.add_heading("七、女职工保护", level=1)
    para(doc, "1. 甲方依法保护女职工经期、孕期、产期、哺乳期的权益。")
    para(doc, "2. 孕期、哺乳期女职工不能按排班参加夜班或加班的，视为不服从工作安排，甲方有权调整其岗位并按调整后的岗位标准重新核定工资；情节严重的，甲方可以解除劳动合同。")

    doc.add_heading("八、合同的解除和终止", level=1)
    para(doc, "1. 乙方提前三十日书面通知甲方，可以解除本合同；试用期内提前三日通知。")
    para(doc, "2. 合同解除或终止时，甲方当日结清工资，依法应支付经济补偿的依法支付，并出具证明。")

    doc.add_heading("九、其他", level=1)
    para(doc, "1. 发生争议可以向中山市劳动人事争议仲裁委员会申请仲裁。")
    para(doc, "2. 本合同一式两份，双方各执一份，签字后生效。")

    para(doc, "")
    para(doc, "甲方（签章）：中山市小榄镇荣记腊味加工场　　经营者：冯荣昌")
    para(doc, "乙方（签字）：吴美玲")
    para(doc, "签订日期：2026年9月5日")
    doc.save(os.path.join(OUT, "unlawful-zs-sausage-nightshift-nursing.docx"))


# ======================================================================
# 3. unlawful-dg-electronics-entry-pledge.docx  (contract + 入职登记表 + 入职承诺书)
# ======================================================================
def make_entry_pledge():
    doc = base_doc()
    para(doc, "劳动合同书", bold=True, center=True, size=18)
    para(doc, "（附：入职登记表、入职承诺书）", center=True)
    para(doc, "甲方：东莞市长安镇恒讯电子科技有限公司")
    para(doc, "统一社会信用代码：91441900MA53R7KQ2L　　法定代表人：邓国华")
    para(doc, "住所：东莞市长安镇乌沙社区某路18号")
    para(doc, "乙方：林翠华　　性别：女　　身份证号码：442000199208250000")
    para(doc, "住址：东莞市长安镇厦边社区某巷6号　　联系电话：13800002789")

    para(doc, "第一条　合同期限：三年，自2026年12月3日起至2029年12月2日止；试用期三个月，自2026年12月3日起至2027年3月2日止。")
    para(doc, "第二条　工作内容和地点：乙方在甲方“妈妈班”组装线从事电子元器件插件、目检、包装工作；工作地点为东莞市长安镇乌沙社区某路18号甲方厂区2号楼3楼。")
    para(doc, "第三条　工作时间：妈妈班每日8:30—12:00、13:30—17:00，每天工作7小时，周一至周五上班，周六、周日休息。甲方不安排妈妈班员工上夜班；确需加班的，须征得乙方同意，并按法律规定支付加班工资。")
    para(doc, "第四条　休息休假：乙方享受法定节假日、带薪年休假、婚丧假、产假、育儿假等，按国家和广东省规定执行。")
    para(doc, "第五条　劳动报酬：乙方月工资为人民币贰仟伍佰元（基本工资2200元、妈妈班岗位补贴300元）；试用期月工资为人民币贰仟贰佰元。甲方每月15日前以银行转账方式支付上一自然月工资，遇节假日提前支付。")
    para(doc, "第六条　社会保险：甲方按国家和东莞市规定为乙方办理社会保险；乙方在《入职承诺书》中另有声明的，按其声明执行。")
    para(doc, "第七条　劳动保护、劳动条件和职业危害防护：甲方为乙方配发防静电服、防静电手环和手套，车间保持通风照明；后焊工序产生锡烟，配置抽烟装置，妈妈班员工不安排从事后焊工序。甲方依法保护女职工经期、孕期、产期、哺乳期权益。")
    para(doc, "第八条　附件一《入职登记表》、附件二《入职承诺书》为本合同组成部分，与本合同具有同等效力。")
    para(doc, "第九条　合同解除和终止：按《劳动合同法》有关规定执行。")
    para(doc, "第十条　争议处理：可向东莞市劳动人事争议仲裁院申请仲裁。")
    para(doc, "第十一条　本合同一式两份，双方各执一份，自签字盖章之日起生效。")
    para(doc, "甲方（盖章）：东莞市长安镇恒讯电子科技有限公司　　法定代表人：邓国华")
    para(doc, "乙方（签字）：林翠华　　　　签订日期：2026年12月1日")

    doc.add_page_break()
    para(doc, "附件一　员工入职登记表", bold=True, center=True, size=14)
    table(doc, [
        ["姓名", "林翠华", "性别", "女"],
        ["出生日期", "1992年8月25日", "民族", "汉"],
        ["身份证号", "442000199208250000"],
        ["户籍地址", "广东省东莞市长安镇厦边社区某巷6号"],
        ["现住址", "东莞市长安镇厦边社区某巷6号"],
        ["联系电话", "13800002789", "紧急联系人", "刘伟强（丈夫）13800002790"],
        ["文化程度", "初中", "应聘岗位", "妈妈班组装工"],
        ["子女情况", "女儿，2019年3月出生，就读长安镇某小学（用于申报妈妈岗补贴）"],
        ["入职日期", "2026年12月3日", "所属班组", "妈妈班A线"],
        ["证件交存", "☑ 身份证原件　☑ 毕业证原件（已交人事部保管）"],
    ])
    para(doc, "注：新员工身份证、毕业证原件统一交人事部保管，办结离职手续后退还；在职期间需要使用身份证的，到人事部登记借用，当天归还。")
    para(doc, "员工签名：林翠华　　　　人事经办：苏敏　　　　日期：2026年12月1日")

    doc.add_page_break()
    para(doc, "附件二　入职承诺书", bold=True, center=True, size=14)
    para(doc, "本人林翠华，自愿入职东莞市长安镇恒讯电子科技有限公司妈妈班，现郑重承诺如下：")
    para(doc, "1. 本人提供的身份、学历、健康等个人资料真实有效，如有虚假，愿承担相应责任。")
    para(doc, "2. 本人遵守公司依法制定并公示的各项规章制度和安全操作规程，服从合理的工作安排。")
    para(doc, "3. 本人因家庭原因，自愿不参加社会保险，公司每月随工资额外发放社保补贴贰佰元（200元），今后不以公司未购买社会保险为由向公司提出任何要求。")
    para(doc, "4. 为保证妈妈班生产稳定，本人承诺入职后两年内不计划生育二孩；如违反本承诺，同意公司调整岗位或解除劳动合同。")
    para(doc, "5. 本人在合同期内主动离职的，愿向公司支付违约金叁仟元（3000元），并同意公司从本人工资中直接扣除。")
    para(doc, "6. 本人对公司的客户资料、产品图纸等保守秘密。")
    para(doc, "以上承诺系本人真实意思表示，本人已认真阅读并理解。")
    para(doc, "承诺人（签名并按手印）：林翠华")
    para(doc, "日期：2026年12月1日")
    doc.save(os.path.join(OUT, "unlawful-dg-electronics-entry-pledge.docx"))


if __name__ == "__main__":
    make_bakery()
    make_sausage()
    make_entry_pledge()
    print("done")

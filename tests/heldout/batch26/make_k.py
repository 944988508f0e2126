# -*- coding: utf-8 -*-
"""生成 batch26/k 的 .docx 与 .pdf 文书（确定性输出：固定元数据、固定 zip 时间戳、reportlab invariant）。
用法：/work/main/.venv/bin/python make_k.py
"""
import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 9, 15, 10, 0, 0)


# ---------------------------------------------------------------- docx
def _normalize_zip(path, date_time=(2025, 9, 15, 10, 0, 0)):
    """把 docx（zip）里每个条目的时间戳固定下来，保证每次生成字节一致。"""
    with open(path, "rb") as f:
        data = f.read()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def make_docx():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")

    cp = doc.core_properties
    cp.author = "星澜网络人事部"
    cp.last_modified_by = "星澜网络人事部"
    cp.title = "劳动合同（直播运营类岗位）"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 3

    def title(text, size=16):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
        return p

    def head(text):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        return p

    def para(text):
        return doc.add_paragraph(text)

    title("劳 动 合 同")
    title("（直播运营类岗位适用）", 12)
    para("合同编号：XL-HR-2025-0917")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    rows = [
        ("甲方（用人单位）", "广州市番禺区星澜网络科技有限公司"),
        ("统一社会信用代码", "91440113MA9XXXXX2K"),
        ("住所", "广州市番禺区南村镇兴业大道268号星澜直播基地B栋3楼"),
        ("法定代表人", "邓志远"),
        ("乙方（劳动者）", "陈嘉豪"),
        ("性别 / 出生日期", "男 / 2001年4月"),
        ("居民身份证号码", "4452212001********"),
        ("户籍地址", "广东省揭阳市揭东区玉滘镇XX村"),
        ("现住址", "广州市番禺区南村镇员岗村XX巷6号402"),
        ("联系电话", "137XXXX5583"),
        ("紧急联系人", "陈XX（父） 135XXXX0921"),
    ]
    for k, v in rows:
        c = t.add_row().cells
        c[0].text = k
        c[1].text = v

    para("")
    para("根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》及有关规定，甲乙双方经平等协商一致，"
         "自愿签订本合同，共同遵守本合同所列条款。")

    head("第一条  合同期限")
    para("1.1 本合同为固定期限劳动合同，期限一年，自2025年9月15日起至2026年9月14日止。")
    para("1.2 试用期三个月，自2025年9月15日起至2025年12月14日止。试用期包含在合同期限内。")
    para("1.3 试用期内乙方经考核不符合录用条件的，甲方可依法解除本合同。录用条件见《岗位说明书（助播/直播运营）》，"
         "乙方已阅读并签收。")

    head("第二条  工作内容和工作地点")
    para("2.1 乙方的岗位为：助播 / 直播运营（按排班轮岗）。主要职责：协助主播讲解产品、上下架链接、改价、"
         "控场及评论区互动；直播前排品、核对价格机制和库存；直播后数据复盘、整理切片素材；配合投流专员完成千川投放。")
    para("2.2 工作地点：广州市番禺区南村镇兴业大道268号星澜直播基地。因品牌方专场需要，甲方可安排乙方到品牌方工厂、"
         "仓库或外地直播基地出差直播，差旅费按公司报销制度执行。")
    para("2.3 甲方根据经营需要及乙方能力，可以与乙方协商调整岗位，调整应以书面形式确认。")

    head("第三条  工作时间和休息休假")
    para("3.1 甲方实行标准工时制度。鉴于直播行业晚间为流量高峰，乙方的日常工作时间为13:00—23:00，"
         "其中17:30—18:30为用餐休息时间，每周休息一天（具体由运营主管按直播排期轮休）。")
    para("3.2 618、双11、双12、年货节等大促期间，甲方可根据直播排期调整乙方上下班时间，乙方应予配合。")
    para("3.3 乙方依法享受国家规定的法定节假日、带薪年休假、婚假、丧假、产假/陪产假等假期。"
         "法定节假日因直播需要安排乙方上班的，甲方按国家规定支付法定节假日加班工资。")
    para("3.4 乙方请假应提前通过钉钉提交申请，经运营主管批准后方可离岗；病假需提供医疗机构证明。")

    head("第四条  劳动报酬")
    para("4.1 乙方月工资由基本工资、岗位津贴和绩效提成组成：")
    para("    （1）基本工资：人民币3200元/月；")
    para("    （2）岗位津贴：人民币500元/月（含餐补、通讯补贴）；")
    para("    （3）绩效提成：按乙方参与直播场次实际成交额（扣除退款）的0.3%计算，按月核算。")
    para("4.2 试用期工资：基本工资和岗位津贴按80%发放，即人民币2960元/月，绩效提成照常计算。")
    para("4.3 工资支付：甲方每月15日前以银行转账方式支付乙方上一自然月工资，遇节假日或休息日提前到最近的工作日支付。"
         "绩效提成因平台售后周期需要，随次月工资一并发放。甲方每月向乙方提供工资条。")
    para("4.4 直播岗位的工作时间以排班表为准，排班时间内的工作均属于正常工作时间，不属于加班。"
         "乙方的岗位工资已综合考虑直播行业工作时间长、晚班多的特点，甲方不再另行计发加班工资"
         "（本合同第3.3条法定节假日除外）。")
    para("4.5 甲方依法为乙方代扣代缴个人所得税及社会保险个人缴纳部分。")

    head("第五条  社会保险和福利")
    para("5.1 甲方自用工之日起依法为乙方办理社会保险登记，参加养老、医疗、失业、工伤、生育保险，"
         "按规定缴纳单位部分，乙方个人部分由甲方从工资中代扣代缴。")
    para("5.2 甲方为乙方提供员工宿舍床位（自愿申请，水电自理）、节日福利，每年安排一次健康体检。")
    para("5.3 乙方患病或非因工负伤的医疗期及待遇、因工负伤的待遇，按国家和广东省有关规定执行。")

    head("第六条  劳动保护、劳动条件和职业危害防护")
    para("6.1 甲方为乙方提供符合国家安全卫生标准的直播间及办公场所，直播间配备空调、通风及消防设施，"
         "补光灯、声卡等设备定期检修。")
    para("6.2 甲方为长时间讲解的岗位提供润喉饮品，直播超过2小时安排轮换讲解。")
    para("6.3 甲方对乙方进行安全及消防培训。乙方应遵守安全操作规程。")

    head("第七条  培训、保密与账号归属")
    para("7.1 甲方为乙方提供岗前培训（平台规则、违禁词、话术、中控台和千川操作等），培训期间照发工资。")
    para("7.2 乙方在职期间所使用、运营的直播账号、店铺、粉丝群，及工作中产生的直播录像、脚本、数据，"
         "均归甲方所有，乙方离职时应完整交接，不得私自修改密码、导走粉丝。")
    para("7.3 乙方对甲方的品牌方合作价格、佣金比例、投流数据、供应商信息负有保密义务。")
    para("7.4 乙方在职期间未经甲方书面同意，不得以个人名义或为其他公司从事直播带货、直播运营工作。")

    head("第八条  劳动合同的变更、解除和终止")
    para("8.1 经双方协商一致，可以变更或解除本合同。本合同的解除、终止按《劳动合同法》的规定执行，"
         "依法应支付经济补偿的，甲方按规定支付。")
    para("8.2 乙方提出辞职的，应提前三十日以书面形式通知甲方（试用期内提前三日）。")
    para("8.3 乙方在合同期内（含试用期）主动离职的，应向甲方支付违约金人民币5000元，"
         "用于弥补甲方的培训投入和直播间排班调整损失；乙方未办理交接擅自离岗的，另按甲方实际损失赔偿。")
    para("8.4 合同解除或终止时，甲方应在解除或终止之日结清乙方工资，出具解除或终止劳动合同证明，"
         "并在十五日内办理社保关系转移手续。")

    head("第九条  劳动争议处理")
    para("双方因履行本合同发生争议的，可以协商解决，也可以向甲方所在地劳动人事争议调解组织申请调解；"
         "不愿调解或调解不成的，可以向广州市番禺区劳动人事争议仲裁委员会申请仲裁。")

    head("第十条  其他")
    para("10.1 甲方依法制定的《员工手册》《直播间管理规定》已向乙方公示，乙方已阅读并签字确认。")
    para("10.2 本合同未尽事宜，按国家及广东省有关规定执行。")
    para("10.3 本合同一式两份，甲乙双方各执一份，具有同等法律效力，自双方签字盖章之日起生效。")

    para("")
    sig = doc.add_table(rows=3, cols=2)
    sig.cell(0, 0).text = "甲方（盖章）：广州市番禺区星澜网络科技有限公司"
    sig.cell(0, 1).text = "乙方（签字）：陈嘉豪"
    sig.cell(1, 0).text = "法定代表人或委托代理人：邓志远（签）"
    sig.cell(1, 1).text = "（按手印）"
    sig.cell(2, 0).text = "签订日期：2025年9月15日"
    sig.cell(2, 1).text = "签订日期：2025年9月15日"

    path = os.path.join(HERE, "unlawful-k-live-assistant-contract.docx")
    doc.save(path)
    _normalize_zip(path)
    return path




# ---------------------------------------------------------------- pdf
HOTEL_TEXT = [
    ("h", "第一条  合同期限"),
    ("p", "本合同为固定期限劳动合同，期限三年，自2025年8月1日起至2028年7月31日止。其中试用期二个月，"
          "自2025年8月1日起至2025年9月30日止。"),
    ("h", "第二条  工作内容和工作地点"),
    ("p", "乙方在客房部担任客房服务员，主要负责：客房及楼层公共区域的清扫整理、布草更换、客用品及迷你吧补充、"
          "退房查房、遗留物品登记上交、配合完成客人的临时服务需求。工作地点为珠海市香洲区情侣中路XX号"
          "海韵湾度假酒店内。甲方因经营需要调整乙方岗位或工作地点的，应与乙方协商一致并书面变更本合同。"),
    ("h", "第三条  工作时间和休息休假"),
    ("p", "1. 甲方安排乙方执行标准工时制度，每日工作8小时，每周工作40小时。客房部实行两班轮班："
          "早班8:00—16:30，中班13:30—22:00，每班含30分钟用餐时间，不计入工作时间。乙方每周休息两天，"
          "由部门按入住率排班轮休，排班表提前一周公布。"),
    ("p", "2. 甲方因旺季、会议接待等确需延长工作时间的，应与工会和乙方协商，一般每日不超过1小时，"
          "特殊原因每日不超过3小时，每月不超过36小时；休息日加班的优先安排同等时间补休。甲方不得强迫乙方加班。"),
    ("p", "3. 乙方享受国家规定的法定节假日（全年13天）、妇女节半天假、带薪年休假、婚假、丧假，"
          "以及产假98天（难产、多胞胎按规定增加）、广东省规定的生育奖励假80日、配偶陪产假15日、"
          "子女三周岁以内每年育儿假10日。上述假期内工资照发。"),
    ("h", "第四条  劳动报酬"),
    ("p", "1. 乙方正常工作时间月工资为人民币2500元，其中基本工资2300元、岗位津贴200元。另设做房计件奖："
          "每班定额清扫标准客房14间（套房按2间计），超出定额的每间计发8元，按月统计，随当月工资发放。"),
    ("p", "2. 试用期月工资为人民币2300元（不低于本合同约定工资的80%，且不低于珠海市最低工资标准），做房计件奖照发。"),
    ("p", "3. 甲方安排乙方延长工作时间的，按乙方本人小时正常工作时间工资的150%支付加班工资；休息日工作又不能"
          "安排补休的，按200%支付；法定休假日工作的，按300%支付。日工资按月工资除以21.75天折算。"),
    ("p", "4. 甲方于每月10日前以银行转账方式足额支付乙方上一自然月工资，遇法定休假日或休息日提前在最近的工作日支付，"
          "并向乙方提供本人工资清单。乙方病伤假期工资按国家和广东省规定执行，不低于当地最低工资标准的80%。"),
    ("p", "5. 甲方代扣代缴乙方个人所得税和社会保险个人缴费部分。除法律法规规定的情形外，甲方不得克扣乙方工资。"),
    ("h", "第五条  社会保险和福利"),
    ("p", "甲方自用工之日起三十日内为乙方办理社会保险登记，依法参加基本养老、基本医疗（含生育）、失业、工伤保险，"
          "并按珠海市规定缴存住房公积金。甲方免费提供员工工作餐（每班一餐）和员工宿舍（自愿入住）。"),
    ("h", "第六条  劳动保护、劳动条件和职业危害防护"),
    ("p", "1. 甲方免费提供工作服、防滑工作鞋、橡胶手套和口罩；对乙方进行清洁剂、消毒剂安全使用及防滑防跌、"
          "消防安全培训；化学品分区存放并张贴安全说明。工作服离职时交还，正常磨损不需赔偿。"),
    ("p", "2. 甲方依照《女职工劳动保护特别规定》书面告知乙方女职工禁忌从事的劳动范围。乙方怀孕期间不能适应原岗位的，"
          "甲方根据医疗机构证明减轻劳动量或调换适当岗位；怀孕7个月以上及哺乳未满1周岁婴儿期间，不安排延长工作时间"
          "和夜班劳动，哺乳期每天安排1小时哺乳时间；产前检查时间计入劳动时间。甲方每年组织一次健康体检。"),
    ("h", "第七条  赔偿"),
    ("p", "乙方因故意或重大过失造成甲方或客人财物损失、依法应承担赔偿责任的，甲方应事先书面告知乙方扣除原因及数额，"
          "方可从乙方工资中扣除；每月扣除部分不超过乙方当月工资的20%，扣除后剩余工资不低于珠海市最低工资标准。"),
    ("h", "第八条  劳动合同的变更、解除和终止"),
    ("p", "1. 本合同的变更、解除和终止按《劳动合同法》有关规定执行。乙方解除合同的，应提前三十日书面通知甲方，"
          "试用期内提前三日通知。依法应当支付经济补偿的，甲方按规定支付。"),
    ("p", "2. 合同解除或终止时，甲方在当日结清乙方工资，出具解除或终止劳动合同证明，并在十五日内办理档案和"
          "社会保险关系转移手续。乙方应按约定办理工作交接、交还房卡和工作服。"),
    ("h", "第九条  劳动争议处理"),
    ("p", "因履行本合同发生争议的，双方可协商解决，或向本单位劳动争议调解委员会申请调解；"
          "不愿调解或调解不成的，可向珠海市劳动人事争议仲裁委员会申请仲裁。"),
    ("h", "第十条  其他"),
    ("p", "1. 甲方《员工手册》经职工代表大会讨论通过并已公示，乙方已阅读并签收。"
          "2. 本合同未尽事宜按国家和广东省规定执行。3. 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。"),
]


def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    s_title = ParagraphStyle("t", fontName=F, fontSize=17, leading=24, alignment=1, spaceAfter=4)
    s_sub = ParagraphStyle("s", fontName=F, fontSize=10, leading=14, alignment=1, spaceAfter=6)
    s_h = ParagraphStyle("h", fontName=F, fontSize=10.5, leading=15, spaceBefore=3)
    s_p = ParagraphStyle("p", fontName=F, fontSize=9.5, leading=14, firstLineIndent=19, wordWrap="CJK")
    s_cell = ParagraphStyle("c", fontName=F, fontSize=9.5, leading=13, wordWrap="CJK")

    path = os.path.join(HERE, "lawful-k-zhuhai-hotel-housekeeping.pdf")

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(F, 8)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, "珠海海韵湾度假酒店  劳动合同  第 %d 页 共 2 页" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(
        path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=16 * mm, bottomMargin=18 * mm,
        title="劳动合同书（客房服务员）", author="珠海市海韵湾酒店管理有限公司人力资源部",
        subject="全日制劳动合同", creator="HR-System", invariant=1,
    )
    story = [Paragraph("劳 动 合 同 书", s_title), Paragraph("（全日制用工 · 客房部）　　编号：HYW-HR-2025-0731", s_sub)]
    info = [
        ["甲方（用人单位）", "珠海市海韵湾酒店管理有限公司（珠海海韵湾度假酒店）"],
        ["统一社会信用代码", "91440402MA4XXXXX7R"],
        ["住所", "珠海市香洲区情侣中路XX号"],
        ["法定代表人", "周文彬"],
        ["乙方（劳动者）", "黄秀玲　　性别：女"],
        ["居民身份证号码", "440825199603******"],
        ["户籍地址 / 现住址", "广东省湛江市徐闻县XX镇XX村 / 珠海市香洲区前山街道XX路XX号"],
        ["联系电话", "159XXXX3306"],
    ]
    t = Table([[Paragraph(a, s_cell), Paragraph(b, s_cell)] for a, b in info], colWidths=[38 * mm, 132 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [t, Spacer(1, 4)]
    story.append(Paragraph("甲乙双方根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》等法律法规，"
                           "遵循合法、公平、平等自愿、协商一致、诚实信用的原则，订立本合同。", s_p))
    for kind, text in HOTEL_TEXT:
        story.append(Paragraph(text, s_h if kind == "h" else s_p))
    story.append(Spacer(1, 10))
    sig = [
        [Paragraph("甲方（盖章）：珠海市海韵湾酒店管理有限公司", s_cell), Paragraph("乙方（签字）：", s_cell)],
        [Paragraph("法定代表人或委托代理人（签字）：", s_cell), Paragraph("", s_cell)],
        [Paragraph("签订日期：2025年7月28日", s_cell), Paragraph("签订日期：2025年7月28日", s_cell)],
    ]
    st = Table(sig, colWidths=[95 * mm, 75 * mm], rowHeights=[16 * mm, 12 * mm, 9 * mm])
    st.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEBEFORE", (1, 0), (1, -1), 0.5, colors.black)]))
    story.append(st)
    story.append(Spacer(1, 4))
    story.append(Paragraph("乙方确认：已收到本合同文本一份及《女职工禁忌从事的劳动范围告知书》。乙方签字：__________", s_cell))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return path


if __name__ == "__main__":
    print(make_docx())
    print(make_pdf())

# -*- coding: utf-8 -*-
"""生成 batch25/h 的 .docx 文书（确定性：固定核心属性、固定 zip 时间戳）。
用法：/work/main/.venv/bin/python make_h.py
"""
import datetime
import io
import os
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)


def _set_font(run, size=None, bold=None, font="宋体"):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:ascii"), font)
    rfonts.set(qn("w:hAnsi"), font)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold


def new_doc(title_meta, author, when):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for s in doc.sections:
        s.top_margin = Cm(2.2)
        s.bottom_margin = Cm(2.2)
        s.left_margin = Cm(2.5)
        s.right_margin = Cm(2.5)
    cp = doc.core_properties
    cp.title = title_meta
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    return doc


def title(doc, text, size=16):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    _set_font(r, size=size, bold=True, font="黑体")
    return p


def para(doc, text, bold=False, size=None, indent=False, align=None):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(21)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    _set_font(r, size=size, bold=bold)
    return p


def heading(doc, text):
    return para(doc, text, bold=True, size=11)


def cell_text(cell, text, bold=False, size=10):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        _set_font(r, size=size, bold=bold)


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
# 文书3：直播带货公司与主播的劳动合同（竞业限制 + 培训服务期）
# ---------------------------------------------------------------------------
def make_live_anchor():
    when = datetime.datetime(2025, 5, 20, 9, 30, 0)
    doc = new_doc("主播劳动合同", "星禾人事部", when)
    title(doc, "劳 动 合 同 书")
    para(doc, "（主播岗位适用）", align="center")
    para(doc, "合同编号：XH-HR-2025-031", align="right")

    heading(doc, "甲方（用人单位）")
    para(doc, "名称：佛山市南海区星禾直播电子商务有限公司")
    para(doc, "住所：佛山市南海区桂城街道XX路9号创意产业园B座5楼")
    para(doc, "法定代表人：周振鹏        统一社会信用代码：91440605MA5XXXXXXX")
    heading(doc, "乙方（劳动者）")
    para(doc, "姓名：林可欣      性别：女      出生日期：1998年11月")
    para(doc, "居民身份证号码：440682199811XXXXXX")
    para(doc, "户籍地址：佛山市南海区大沥镇XX村        现住址：佛山市南海区桂城街道XX花园3座1102")
    para(doc, "联系电话：186 2XXX XXXX")

    para(doc, "甲乙双方根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》等法律法规，在平等自愿、协商一致的基础上订立本合同，共同遵守。", indent=True)

    heading(doc, "第一条  合同期限")
    para(doc, "1.1 本合同为固定期限劳动合同，期限三年，自2025年6月1日起至2028年5月31日止。", indent=True)
    para(doc, "1.2 试用期三个月，自2025年6月1日起至2025年8月31日止，试用期包含在合同期限内。", indent=True)

    heading(doc, "第二条  工作内容和工作地点")
    para(doc, "2.1 乙方担任甲方自营直播间“星禾好物严选”（抖音、视频号）签约主播，工作内容包括：直播带货讲解、直播前选品试用与脚本准备、配合短视频拍摄、直播后数据复盘，以及甲方安排的与主播岗位相关的其他工作。", indent=True)
    para(doc, "2.2 工作地点：甲方住所地直播基地；因品牌方专场、外景直播需要，经双方协商可安排到佛山市、广州市内的品牌方仓库或门店临时直播，差旅费用由甲方承担。", indent=True)
    para(doc, "2.3 乙方因工作需要知悉甲方的供应链报价、品牌方合作底价、选品及投流数据、直播间运营策略等商业秘密，乙方属于负有保密义务的人员。", indent=True)

    heading(doc, "第三条  工作时间和休息休假")
    para(doc, "3.1 经佛山市南海区人力资源和社会保障局批准（南人社综工〔2024〕第0XX号），甲方主播岗位实行以月为周期的综合计算工时工作制，月计划工作时间不超过法定标准工作时间。直播排班表提前一周在工作群公布。", indent=True)
    para(doc, "3.2 综合计算周期内实际工作时间超过法定标准工作时间的部分，甲方按乙方小时工资的150%支付加班工资；法定节假日安排直播的，按300%支付。", indent=True)
    para(doc, "3.3 乙方每周至少休息一日；单场直播原则上不超过4小时，连续直播2小时以上的，中场安排不少于15分钟休息。", indent=True)
    para(doc, "3.4 乙方依法享受法定节假日、带薪年休假、婚假、产假、广东省规定的生育奖励假、育儿假等假期。", indent=True)

    heading(doc, "第四条  劳动报酬")
    para(doc, "4.1 乙方月工资由基本工资＋直播提成构成：转正后基本工资每月5000元；试用期基本工资每月4000元。", indent=True)
    para(doc, "4.2 直播提成：按乙方当月主播场次的成交额（扣除退款、退货后）的1.5%计提，具体以《主播提成核算办法》为准，该办法已经公示并由乙方签收。", indent=True)
    para(doc, "4.3 甲方每月15日前以银行转账方式支付乙方上一自然月工资（提成随次月工资发放），遇节假日或休息日提前到最近的工作日支付，并提供工资清单。", indent=True)
    para(doc, "4.4 乙方在直播中因故意或重大过失违反平台规则或广告法规定，导致甲方被平台罚款或向消费者赔偿的，乙方应承担相应赔偿；从工资中扣除的，每月扣除额不超过乙方当月工资的20%，扣除后剩余部分不低于佛山市最低工资标准。", indent=True)

    heading(doc, "第五条  社会保险和福利")
    para(doc, "5.1 甲方自用工之日起依法为乙方办理并缴纳基本养老、医疗（含生育）、失业、工伤保险及住房公积金，个人应缴部分由甲方从工资中代扣代缴。", indent=True)
    para(doc, "5.2 甲方为主播提供妆发补贴每月300元、直播服装由品牌方或甲方提供。", indent=True)

    heading(doc, "第六条  劳动保护和劳动条件")
    para(doc, "6.1 甲方提供符合安全标准的直播间、灯光及收音设备，定期检修电源线路；直播间配备空调、饮用水。", indent=True)
    para(doc, "6.2 甲方对乙方进行岗前安全及平台规则培训。女职工经期、孕期、哺乳期按国家规定给予特殊保护。", indent=True)

    heading(doc, "第七条  账号与作品")
    para(doc, "7.1 直播间账号、粉丝及后台数据属于甲方资产，乙方离职时应交回账号登录权限，不得更改绑定手机号或私自导流粉丝。", indent=True)
    para(doc, "7.2 乙方在职期间以“星禾”名义录制的直播回放和短视频，甲方可在原账号保留展示；乙方离职后，甲方不得用乙方形象制作新的商品推广内容。", indent=True)

    heading(doc, "第八条  专项培训与服务期")
    para(doc, "8.1 甲方出资选送乙方参加“羊城直播商学院”主播进阶研修班（为期20天），培训费用预计12800元（含学费、教材及培训期间住宿交通费，以实际发票为准）。乙方参训前双方另签《培训确认单》。", indent=True)
    para(doc, "8.2 乙方服务期为自培训结束之日起二年。服务期长于劳动合同剩余期限的，劳动合同延续至服务期满。", indent=True)
    para(doc, "8.3 乙方在服务期内主动辞职，或因严重违反规章制度被甲方解除劳动合同的，应向甲方支付违约金，违约金为甲方支付的全部培训费用，不因乙方已履行的服务期长短而减少。", indent=True)
    para(doc, "8.4 甲方日常组织的岗前培训、内部带播、例会复盘不属于专项培训，不得约定服务期。", indent=True)

    heading(doc, "第九条  保密与竞业限制")
    para(doc, "9.1 乙方在职期间及离职后，对第2.3条所列商业秘密负有保密义务，直至该信息公开为止。", indent=True)
    para(doc, "9.2 乙方离职（无论何种原因）后三十六个月内，不得到与甲方经营同类商品或者从事直播电商业务、有竞争关系的其他单位任职或提供服务，也不得自己或与他人合作开设同类直播账号带货。", indent=True)
    para(doc, "9.3 竞业限制期间，甲方按月向乙方支付竞业限制补偿，标准为乙方离职前十二个月平均工资的30%，且不低于佛山市最低工资标准，于每月15日前支付。", indent=True)
    para(doc, "9.4 乙方违反竞业限制约定的，应向甲方支付违约金十万元，并退还已领取的竞业限制补偿。甲方在竞业限制期间可书面通知乙方解除竞业限制。", indent=True)

    heading(doc, "第十条  合同的解除和终止")
    para(doc, "10.1 双方解除、终止本合同，按《劳动合同法》第三十六条至第五十条的规定执行；依法应支付经济补偿的，甲方在乙方办结工作交接时支付。", indent=True)
    para(doc, "10.2 乙方提出辞职的，应提前三十日书面通知甲方（试用期内提前三日）。乙方未提前三十日书面通知即离职，或离职导致已排期的品牌专场无法开播的，应向甲方支付违约金三万元。", indent=True)
    para(doc, "10.3 甲方在解除或终止合同时出具证明，并在十五日内办理社会保险关系转移手续。", indent=True)

    heading(doc, "第十一条  争议处理及其他")
    para(doc, "11.1 因履行本合同发生争议的，双方可协商解决，协商不成的，可向佛山市南海区劳动人事争议仲裁委员会申请仲裁。", indent=True)
    para(doc, "11.2 甲方《员工手册》《主播管理规范》《主播提成核算办法》经民主程序制定并已向乙方公示，乙方已阅读。", indent=True)
    para(doc, "11.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。", indent=True)

    para(doc, "")
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "甲方（盖章）：佛山市南海区星禾直播电子商务有限公司\n法定代表人或委托代理人（签字）：周振鹏")
    cell_text(t.cell(0, 1), "乙方（签字）：林可欣")
    cell_text(t.cell(1, 0), "签订日期：2025年5月20日")
    cell_text(t.cell(1, 1), "签订日期：2025年5月20日")

    save_deterministic(doc, os.path.join(OUT, "unlawful-h-foshan-live-anchor-noncompete.docx"))


# ---------------------------------------------------------------------------
# 文书4：超市理货员“妈妈岗”劳动合同（表格式）
# ---------------------------------------------------------------------------
MOM_ROWS = [
    ("合同编号", "HL-MMG-2025-0712"),
    ("甲方（用人单位）", "名称：中山市惠邻生活超市有限公司\n住所：中山市石岐街道XX路88号\n法定代表人：谭国华    统一社会信用代码：91442000MA5XXXXXXX\n联系电话：0760-8XXX XXXX"),
    ("乙方（劳动者）", "姓名：黄丽娟    性别：女    出生年月：1993年2月\n身份证号码：442000199302XXXXXX\n住址：中山市东区XX新村5栋302    联系电话：137 XXXX 6215"),
    ("妈妈岗认定信息", "乙方自愿提供子女出生年月（2019年3月）用于甲方申报中山市“妈妈岗”就业补贴。甲方不以乙方婚育情况作为录用、晋升、续签或解除的条件。"),
    ("合同期限", "固定期限：2025年7月1日至2028年6月30日（三年）。"),
    ("试用期", "2025年7月1日至2025年8月31日（两个月）。试用期工资按本合同约定的月工资标准发放，不打折。"),
    ("工作岗位", "理货员（妈妈岗）——民乐路门店粮油饮料区。"),
    ("工作内容", "1. 粮油、饮料、日化区补货上架、排面整理、价签核对、临期商品检查；\n2. 搬运整箱饮料、桶装食用油及25公斤、30公斤袋装大米（单件约12—30公斤，每班约30—40件），早上卸货时协助搬运上架；\n3. 协助盘点、顾客引导；\n4. 门店安排的其他理货相关工作。"),
    ("工作地点", "中山市石岐街道民乐路惠邻生活超市门店（同一城区内门店调动须经双方协商一致）。"),
    ("工作时间", "标准工时制。乙方为妈妈岗，实行弹性上班：每天9:00—9:30之间到岗，工作满7小时（含1小时午饭休息不计工时）后下班，最迟不超过17:30；每周工作5天，每周休息2天（由店长排班，尽量安排在周末或子女学校休息日）。\n不安排乙方上晚班（17:30以后）和通宵盘点。"),
    ("弹性与照护安排", "1. 乙方因子女生病、学校家长会、接送等需要，每月可申请照护假2次、每次不超过半天，提前报店长，不扣工资、不影响全勤；\n2. 学校寒暑假期间，乙方可申请将上班时间调整为上午段，工时不足部分经双方协商可在当月其他工作日补足（补足后每天不超过8小时）；\n3. 甲方不强行安排乙方加班。"),
    ("休息休假", "乙方享受法定节假日、“三八”妇女节半天假、带薪年休假、婚丧假；符合条件的享受广东省规定的育儿假（子女三周岁以内每年10日）。"),
    ("产假", "乙方生育的，按国家规定享受98天产假（难产、多胞胎按规定增加），产假期满应按时返岗，超出98天部分按事假处理。"),
    ("劳动报酬", "月工资标准：2200元/月，由以下项目组成：\n（1）基本工资1850元；\n（2）岗位津贴200元；\n（3）高温津贴150元（每年6月至10月发放；11月至次年5月该150元改为全勤奖发放）。\n以上合计即乙方每月应得工资，甲方不另行发放高温津贴。"),
    ("工资支付", "每月10日前以银行转账方式支付上一自然月工资，遇节假日提前至最近的工作日，并提供工资条。"),
    ("加班", "确因节假日备货需要加班的，须征得乙方同意并填写加班单；工作日延长时间按小时工资150%、休息日不能补休的按200%、法定节假日按300%支付加班费。小时工资按月工资标准÷21.75÷8计算。"),
    ("社会保险", "甲方自用工之日起三十日内为乙方办理社会保险登记，依法缴纳养老、医疗（含生育）、失业、工伤保险，个人应缴部分由甲方代扣代缴。"),
    ("劳动保护", "甲方提供工作服、防滑鞋、劳保手套、手推车和登高梯；门店配备休息室和母婴室。乙方所在理货岗位不属于女职工禁忌从事的劳动范围。"),
    ("孕期安排", "乙方怀孕后凭医院证明不适合理货工作的，甲方安排调至收银、导购等较轻岗位，工资按调整后岗位的标准执行，怀孕期间不再享受理货岗位津贴。怀孕7个月以上的，不安排加班和夜班；产前检查时间计入劳动时间。"),
    ("哺乳期", "哺乳未满1周岁婴儿的，每天在工作时间内安排1小时哺乳时间（可分两次使用或合并在上下班时段），不扣工资；不安排加班和夜班。"),
    ("规章制度", "甲方《员工手册》（2024版）经职工代表大会讨论通过并已公示，乙方已签收。"),
    ("合同解除和终止", "按《中华人民共和国劳动合同法》有关规定执行。乙方孕期、产期、哺乳期内合同期满的，合同顺延至相应情形消失时终止。"),
    ("争议处理", "双方协商；协商不成的，可向中山市劳动人事争议仲裁委员会申请仲裁。"),
    ("其他", "本合同一式两份，双方各执一份，经双方签字（盖章）后生效。未尽事宜按国家和广东省有关规定执行。"),
]


def make_mom_supermarket():
    when = datetime.datetime(2025, 7, 1, 10, 0, 0)
    doc = new_doc("妈妈岗劳动合同（理货员）", "惠邻超市行政人事部", when)
    title(doc, "中山市惠邻生活超市有限公司")
    title(doc, "“妈妈岗”劳动合同书（理货员）", size=14)
    para(doc, "甲乙双方根据《劳动法》《劳动合同法》及中山市推行“妈妈岗”就业模式的有关政策，经平等协商，订立本合同。合同主要条款如下表：", indent=True)
    t = doc.add_table(rows=len(MOM_ROWS), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(MOM_ROWS):
        cell_text(t.cell(i, 0), k, bold=True)
        cell_text(t.cell(i, 1), v)
        t.cell(i, 0).width = Cm(3.2)
        t.cell(i, 1).width = Cm(12.8)
    para(doc, "")
    s = doc.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    cell_text(s.cell(0, 0), "甲方（盖章）：中山市惠邻生活超市有限公司")
    cell_text(s.cell(0, 1), "乙方（签名）：黄丽娟")
    cell_text(s.cell(1, 0), "法定代表人/授权代表：谭国华（代：人事主管 吴敏）")
    cell_text(s.cell(1, 1), "乙方确认已收到本合同文本一份：黄丽娟")
    cell_text(s.cell(2, 0), "日期：2025年7月1日")
    cell_text(s.cell(2, 1), "日期：2025年7月1日")
    save_deterministic(doc, os.path.join(OUT, "unlawful-h-zhongshan-mom-stocker-table.docx"))


if __name__ == "__main__":
    make_live_anchor()
    make_mom_supermarket()

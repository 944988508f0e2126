#!/usr/bin/env python3
"""Generate the .docx documents of batch17 prefix o (deterministic).

Run: /work/main/.venv/bin/python make_docx_o.py
Writes:
  unlawful-o-offer-letter-mamagang-clerk.docx
  lawful-o-form-contract-electronics.docx
"""
import datetime
import io
import os
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 10, 1, 9, 0, 0)


def new_doc(title_for_props):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "SimSun"
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = doc.core_properties
    cp.author = "人事部"
    cp.last_modified_by = "人事部"
    cp.title = title_for_props
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return doc


def title(doc, text, size=16):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    return p


def para(doc, text, bold=False, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, rows, widths=None, header=False):
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.rows[i].cells
        # merge trailing cells if the row is shorter
        if len(row) < len(cells):
            cells[len(row) - 1].merge(cells[len(cells) - 1])
        for j, val in enumerate(row):
            cell = t.rows[i].cells[j]
            cell.text = ""
            run = cell.paragraphs[0].add_run(val)
            if header and i == 0:
                run.bold = True
    return t


def save_deterministic(doc, name):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    out_path = os.path.join(HERE, name)
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    print("wrote", out_path)


# ---------------------------------------------------------------------------
# 1. 录用通知书 + 员工须知（妈妈岗行政文员）
# ---------------------------------------------------------------------------
def offer_letter():
    doc = new_doc("录用通知书")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "中山市嘉禾顺贸易有限公司　人力资源部　　　　　　　　　　JHS-HR-OFFER-2025-047"
    sec.footer.paragraphs[0].text = "本通知书及附件共2页　　地址：中山市石岐区民族东路128号嘉禾大厦5楼　电话：0760-8XXX6160"

    title(doc, "录 用 通 知 书")
    para(doc, "尊敬的 罗慧珊 女士（身份证号：442000199306140000）：")
    para(doc, "　　感谢您对中山市嘉禾顺贸易有限公司（以下简称“公司”）的信任。经面试和背景了解，"
              "公司决定录用您担任以下职位，现将录用条件通知如下：")

    table(doc, [
        ["项目", "内容"],
        ["部门 / 职位", "综合部　行政文员（妈妈岗）"],
        ["工作地点", "中山市石岐区民族东路128号嘉禾大厦5楼"],
        ["报到时间", "2025年11月3日（星期一）上午9:00，至5楼人力资源部报到"],
        ["劳动合同", "报到当日签订书面劳动合同，固定期限三年（2025年11月3日至2028年11月2日），"
                    "试用期三个月（2025年11月3日至2026年2月2日）"],
        ["工作时间", "标准工时制下的妈妈岗安排：周一至周五 9:00—12:00、13:30—17:00，每日6.5小时；"
                    "周六、周日休息"],
        ["月工资（转正后）", "基本工资2,400元＋岗位津贴200元＋餐费补贴200元，合计2,800元"],
        ["试用期工资", "2,240元/月（转正工资的80%）"],
        ["发薪", "每月10日前银行转账支付上一自然月工资，遇节假日提前"],
        ["社会保险", "自入职当月起缴纳养老、医疗、失业、工伤、生育保险及住房公积金"],
    ], header=True)

    para(doc, "")
    para(doc, "报到时请携带：", bold=True)
    para(doc, "1. 居民身份证原件（人力资源部核对后当场归还）及复印件2份；")
    para(doc, "2. 学历证书复印件、上一家单位的离职证明；")
    para(doc, "3. 近三个月内的体检报告（如无，可于入职后一周内到公司指定医院体检，费用由公司报销）；")
    para(doc, "4. 本人名下中国工商银行借记卡复印件（用于发放工资）。")
    para(doc, "")
    para(doc, "　　请您于2025年10月24日前签署本通知书并回传人力资源部，逾期未回复的视为放弃录用。"
              "您签署确认后，公司将按本通知书所列条件与您订立劳动合同；公司非因法定事由不得撤销本录用。"
              "附件《新员工须知》是本通知书的组成部分，请您在报到前仔细阅读。")
    para(doc, "")
    para(doc, "中山市嘉禾顺贸易有限公司（盖章）", align="right")
    para(doc, "人力资源部经理：区家乐　　2025年10月17日", align="right")
    para(doc, "")
    para(doc, "应聘者确认：本人已阅读本通知书及附件，接受上述录用条件，将按时报到。")
    para(doc, "签名：罗慧珊　　　日期：2025年10月20日")

    doc.add_page_break()
    title(doc, "附件：新员工须知", size=14)
    para(doc, "（请于报到当日签字后交人力资源部存档）", align="center")
    items = [
        "一、考勤。员工上下班须在前台人脸识别打卡。妈妈岗员工如需接送子女，可在9:00—9:30之间弹性到岗，"
        "下班时间相应顺延，当日工作时长不变。",
        "二、请假。妈妈岗员工每月可享受两次半天的“亲子照护假”，照发工资，不影响全勤；其余事假按实际缺勤时间计算工资。",
        "三、加班。公司不提倡加班。确需加班的须经部门经理书面批准，按国家规定支付加班工资或安排补休。",
        "四、证件。公司不扣押员工身份证、学历证书等任何证件原件，仅留存复印件。",
        "五、办公设备。员工报到时领取笔记本电脑一台、门禁卡一张。为保障公司财物安全，"
        "员工须在领取时缴纳设备及门禁卡保证金500元，于离职办结交接手续后无息退还。",
        "六、保密。员工对公司客户名单、报价单、供应商资料负有保密义务，离职后亦不得泄露或使用。",
        "七、着装。工作日着商务休闲装，公司不统一配发工服。",
        "八、家庭计划。综合部人手较少，工作连续性要求高。员工入职后两年内原则上不安排生育；"
        "确有生育计划的，应提前六个月书面报告人力资源部，经公司同意后方可安排。",
        "九、女职工保护。员工怀孕后凭医院证明可申请减少外出办事；产检时间计入工作时间；"
        "依法享受产假、生育奖励假和育儿假。",
        "十、报销。因公产生的交通费、快递费凭票据每月报销一次。",
        "十一、离职。员工离职应提前三十日书面通知（试用期内提前三日）。入职未满一年离职的，"
        "须赔偿公司招聘及岗前培训成本1,500元，公司可在最后一个月工资中直接扣除。",
        "十二、其他。本须知未尽事宜，按劳动合同和公司依法制定的规章制度执行。",
    ]
    for it in items:
        para(doc, it)
    para(doc, "")
    para(doc, "员工签名：__________　　　日期：2025年11月3日")
    save_deterministic(doc, "unlawful-o-offer-letter-mamagang-clerk.docx")


# ---------------------------------------------------------------------------
# 3. 表格式劳动合同（电子厂普工）
# ---------------------------------------------------------------------------
def form_contract():
    doc = new_doc("劳动合同（表格式）")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "中山市东凤镇科明电子有限公司　　劳动合同（表格式）　　编号：KM-LD-2026-0009"
    sec.footer.paragraphs[0].text = "本合同一式两份，甲乙双方各执一份　　　　第1页 共1页"

    title(doc, "劳 动 合 同 书")
    para(doc, "（全日制·表格式）　填写说明：在□内打“☑”表示选择；空栏以“/”划去。", align="center")

    para(doc, "一、合同双方", bold=True)
    table(doc, [
        ["甲方名称", "中山市东凤镇科明电子有限公司", "法定代表人", "许伟明"],
        ["统一社会信用代码", "91442000MA5XXXXX2P", "联系电话", "0760-2XXX8833"],
        ["住所", "中山市东凤镇东阜四路68号"],
        ["乙方姓名", "甘秀英", "性别", "女"],
        ["身份证号", "442000199811250000", "联系电话", "188XXXX4716"],
        ["户籍地址", "广西壮族自治区桂平市社坡镇"],
        ["现住址", "中山市东凤镇同安村员工宿舍3栋"],
        ["紧急联系人", "甘志成（兄）", "联系电话", "177XXXX0928"],
    ])

    para(doc, "二、合同期限", bold=True)
    table(doc, [
        ["期限类型", "☑ 固定期限　□ 无固定期限　□ 以完成一定工作任务为期限"],
        ["起止日期", "2026年1月5日 至 2029年1月4日（共三年）"],
        ["试用期", "☑ 有：6个月，自2026年1月5日至2026年7月4日　□ 无"],
    ])

    para(doc, "三、工作内容和工作地点", bold=True)
    table(doc, [
        ["部门/岗位", "生产部 SMT车间　插件普工"],
        ["主要工作", "电子元件插件、目检、贴标、装箱（均为坐姿或站姿轻体力作业）"],
        ["工作地点", "中山市东凤镇东阜四路68号甲方厂区"],
        ["岗位调整", "甲方因生产需要调整岗位的，应与乙方协商一致并书面变更；调整后工资不低于原标准"],
    ])

    para(doc, "四、工作时间和休息休假", bold=True)
    table(doc, [
        ["工时制度", "☑ 标准工时制　□ 综合计算工时制（批文号：/）　□ 不定时工作制（批文号：/）"],
        ["作息时间", "8:00—12:00，13:30—17:30；每日8小时，每周一至周五，周六、周日休息"],
        ["班次", "☑ 常白班　□ 两班倒"],
        ["加班", "甲方因生产需要安排加班应与乙方协商，乙方有权拒绝；一般每日不超过1小时，因特殊原因每日不超过3小时，每月不超过36小时；"
                 "加班费按工作日150%、休息日（不能补休的）200%、法定节假日300%支付"],
        ["休假", "法定节假日、年休假、婚丧假、产假（98天）、生育奖励假（80天）、育儿假（每年10天）等按国家和广东省规定执行"],
    ])

    para(doc, "五、劳动报酬", bold=True)
    table(doc, [
        ["计薪方式", "☑ 计时工资　□ 计件工资　□ 其他：/"],
        ["月基本工资", "2,080元（正常工作时间工资，不含加班工资）"],
        ["其他项目", "岗位津贴200元/月；全勤奖100元/月；夜班津贴：/（本岗位无夜班）"],
        ["试用期工资", "基本工资2,080元/月，岗位津贴、全勤奖照发"],
        ["支付周期与日期", "按月支付，每月20日前通过银行转账支付上一自然月工资；遇法定节假日或休息日提前到最近的工作日支付"],
        ["工资调整", "甲方每年4月根据经营状况和中山市最低工资标准调整情况进行评议；最低工资标准上调的，基本工资同步调整"],
    ])

    para(doc, "六、社会保险和福利", bold=True)
    table(doc, [
        ["社会保险", "☑ 养老　☑ 医疗　☑ 失业　☑ 工伤　☑ 生育；自用工之月起由甲方办理，乙方个人缴纳部分由甲方代扣代缴"],
        ["住房公积金", "☑ 缴纳　□ 不缴纳"],
        ["食宿", "免费工作餐（午餐）；宿舍每月收取水电费，按表实数结算；乙方可选择不住宿"],
    ])

    para(doc, "七、劳动保护、劳动条件和职业危害防护", bold=True)
    table(doc, [
        ["防护用品", "防静电工衣2套、防静电鞋1双、指套，免费发放，不收取押金；离职时交回工衣、厂牌"],
        ["职业危害告知", "本岗位无粉尘、噪声等职业病危害因素；波峰焊工位不安排孕期女职工"],
        ["女职工保护", "甲方已书面告知本单位属于女职工禁忌从事劳动范围的岗位；孕期不能适应原劳动的减轻劳动量；"
                       "怀孕7个月以上及哺乳未满1周岁婴儿期间不安排加班和夜班；每天安排1小时哺乳时间"],
    ])

    para(doc, "八、培训与服务期", bold=True)
    table(doc, [
        ["专项培训", "☑ 有　□ 无：甲方出资安排乙方参加外部“IPC-A-610电子组件可接受性”认证培训，"
                     "培训费用3,600元（以培训机构发票为准）"],
        ["服务期", "自取得证书之日起2年"],
        ["违约金", "乙方违反服务期约定提前离职的，按服务期尚未履行的月数分摊培训费用支付违约金（3,600元÷24个月×未履行月数），"
                   "不超过实际支付的培训费用；甲方存在劳动合同法第三十八条情形、乙方因此解除的除外"],
    ])

    para(doc, "九、合同解除、终止与其他", bold=True)
    table(doc, [
        ["解除与终止", "按《中华人民共和国劳动合同法》规定执行；乙方提前30日书面通知可解除合同，试用期内提前3日"],
        ["证件与押金", "甲方不扣押乙方身份证等证件，不以任何名义收取押金、保证金"],
        ["争议处理", "协商不成的，向中山市劳动人事争议仲裁委员会申请仲裁"],
        ["规章制度", "甲方《员工手册》（2025年版，经职工代表大会通过）已于签约前交乙方阅读"],
    ])

    para(doc, "")
    table(doc, [
        ["甲方（盖章）：中山市东凤镇科明电子有限公司\n法定代表人或委托代理人：许伟明\n日期：2026年1月5日",
         "乙方（签名）：甘秀英\n\n日期：2026年1月5日"],
    ])
    save_deterministic(doc, "lawful-o-form-contract-electronics.docx")


if __name__ == "__main__":
    offer_letter()
    form_contract()

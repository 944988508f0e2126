#!/usr/bin/env python3
"""Generate unlawful-t-mcn-anchor-agency.docx (batch19, prefix t).

Run:  /work/main/.venv/bin/python make_docx_t.py
The text lives here; output is byte-for-byte deterministic (fixed core
properties and fixed zip timestamps).
"""
import datetime
import io
import os
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "unlawful-t-mcn-anchor-agency.docx")
FIXED = datetime.datetime(2026, 2, 20, 9, 0, 0)


def set_font(doc):
    style = doc.styles["Normal"]
    style.font.name = "宋体"
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def page_field(paragraph):
    run = paragraph.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def heading(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    return p


def para(doc, text):
    return doc.add_paragraph(text)


def table(doc, rows, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
            if i == 0:
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    return t


def build():
    doc = Document()
    set_font(doc)
    cp = doc.core_properties
    cp.author = "星耀文化传媒法务部"
    cp.title = "艺人经纪合约"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "星耀文化传媒法务部"
    cp.revision = 1

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "中山市星耀文化传媒有限公司 · 艺人经纪合约 · 合约编号 XY-JJ-2026-009 · 商业机密"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("第 ")
    page_field(fp)
    fp.add_run(" 页　　乙方签名确认：________")

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("艺 人 经 纪 合 约")
    r.bold = True
    r.font.size = Pt(18)
    sub = doc.add_paragraph("（直播带货主播独家签约版）")
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER

    table(doc, [
        ["", "甲方（经纪公司）", "乙方（签约艺人）"],
        ["名称/姓名", "中山市星耀文化传媒有限公司", "卢诗琪（艺名：琪琪妈带你逛）"],
        ["证照号码", "统一社会信用代码 91442000MA56000000", "身份证号 442000199310050000"],
        ["地址", "中山市火炬开发区港义路12号电商产业园B座6楼", "中山市火炬开发区张家边二村8巷3号"],
        ["法定代表人/电话", "周海鹏 / 0760-88990000", "本人 / 13300000000"],
    ])

    para(doc, "鉴于甲方为依法设立的网络直播MCN机构，拥有直播场地、设备、供应链和运营团队；乙方愿意作为甲方独家签约主播，"
              "由甲方统一安排在甲方直播间进行电商带货直播。双方经协商一致，订立本合约。")

    heading(doc, "第一条 合约期限与独家性")
    para(doc, "1.1 合约期限为三年，自2026年3月1日起至2029年2月28日止。")
    para(doc, "1.2 合约期内乙方为甲方独家签约主播，未经甲方书面同意，不得以任何名义在其他机构、其他账号开播或接受商业邀约。")
    para(doc, "1.3 甲方为乙方注册运营的抖音、快手、视频号直播账号（含账号名称、粉丝及数据）归甲方所有。")

    heading(doc, "第二条 工作内容与工作安排")
    para(doc, "2.1 乙方在甲方直播间（港义路电商产业园B座6楼3号、5号直播间）担任母婴、家居类目带货主播，"
              "按甲方运营部下达的排品表讲解商品、与粉丝互动，并参加每日复盘会和选品会。")
    para(doc, "2.2 乙方每周工作五天（周二至周六），周日、周一休息，每日排班如下表，到岗、离岗须在企业微信打卡：")
    table(doc, [
        ["时段", "内容", "时长"],
        ["13:00—14:00", "前日复盘、当日选品会、试用样品", "1小时"],
        ["14:00—17:00", "午场直播", "3小时"],
        ["17:00—18:00", "用餐休息（不计工时）", "—"],
        ["18:00—22:00", "晚场直播（每1.5小时由副播替换休息10分钟）", "4小时"],
    ])
    para(doc, "2.3 乙方请假须提前三天向运营主管申请，经批准后由甲方安排替班主播；未经批准缺播的，按甲方《主播管理制度》处理。")
    para(doc, "2.4 直播所需服装、化妆品、样品、灯光设备由甲方提供，乙方不承担任何费用。")

    heading(doc, "第三条 报酬")
    table(doc, [
        ["项目", "标准", "说明"],
        ["保底底薪", "每月人民币4,500元", "按月发放，不与销售额挂钩"],
        ["销售提成", "当月有效GMV（扣除退款）×1.5%", "次月核算"],
        ["全勤奖", "每月300元", "当月无请假、无缺播"],
    ])
    para(doc, "3.1 甲方于每月15日前通过银行转账支付乙方上月全部报酬，遇节假日提前至最近工作日。")
    para(doc, "3.2 甲方依法代扣代缴乙方个人所得税及个人应缴纳的社会保险费。")

    heading(doc, "第四条 社会保险与劳动保护")
    para(doc, "4.1 甲方自乙方到岗之日起三十日内为乙方办理社会保险登记，按中山市规定缴纳各项社会保险费。")
    para(doc, "4.2 甲方保证直播间通风、照明、空调正常，为乙方提供润喉用品，每场直播中间安排替换休息；乙方身体不适的可以申请停播。")

    heading(doc, "第五条 培养与推广")
    para(doc, "5.1 甲方负责乙方的形象包装、话术培训、短视频拍摄和投流推广，相关费用由甲方承担。")
    para(doc, "5.2 乙方在合约期内授权甲方使用乙方的肖像、艺名、声音用于甲方及其合作品牌的宣传。")

    heading(doc, "第六条 乙方的义务")
    para(doc, "6.1 乙方应遵守《网络主播行为规范》和甲方《主播管理制度》，不得发布违法、虚假宣传内容。")
    para(doc, "6.2 乙方应对甲方的供应链价格、佣金比例、投流数据保密。")
    para(doc, "6.3 鉴于甲方对乙方的前期投入，乙方在合约期的前两年内不得怀孕；确有生育计划的，应提前六个月书面报甲方同意。"
              "乙方未经甲方同意怀孕导致不能按排班直播的，视为乙方违约，甲方有权单方解除本合约，并按第八条追究乙方违约责任。")

    heading(doc, "第七条 合约的解除")
    para(doc, "7.1 双方协商一致，可以解除本合约。")
    para(doc, "7.2 乙方严重违反甲方《主播管理制度》或本合约约定，经书面提醒仍不改正的，甲方可以解除本合约。")

    heading(doc, "第八条 违约责任")
    para(doc, "8.1 合约期内乙方提出解约、擅自停播超过七日，或私下在其他账号开播的，均属根本违约，"
              "乙方应向甲方支付违约金人民币伍拾万元（¥500,000），并返还甲方为乙方支出的全部包装推广费用。")
    para(doc, "8.2 甲方逾期支付报酬的，按未付金额每日千分之一向乙方支付违约金。")

    heading(doc, "第九条 争议解决")
    para(doc, "因本合约发生的争议，双方友好协商；协商不成的，依法向甲方所在地有管辖权的机构申请仲裁或提起诉讼。")

    heading(doc, "第十条 其他")
    para(doc, "本合约一式两份，双方各执一份，自双方签字盖章之日起生效。附件《主播管理制度》已由乙方阅读并签收。")

    table(doc, [
        ["甲方（盖章）：中山市星耀文化传媒有限公司", "乙方（签字并按手印）：卢诗琪"],
        ["授权代表：周海鹏", "紧急联系人：陈锦荣（配偶）13300000001"],
        ["日期：2026年2月24日", "日期：2026年2月24日"],
    ])
    return doc


def deterministic_save(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2026, 2, 20, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))


if __name__ == "__main__":
    deterministic_save(build(), OUT)
    print("wrote", OUT)

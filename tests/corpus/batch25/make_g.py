# -*- coding: utf-8 -*-
"""生成 unlawful-g-jiazheng-yuersao-employee.docx（确定性输出：固定元数据与 zip 时间戳）。
用法：/work/main/.venv/bin/python make_g.py
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
OUT = os.path.join(HERE, "unlawful-g-jiazheng-yuersao-employee.docx")
FIXED = datetime.datetime(2025, 8, 5, 9, 30, 0)

TITLE = "中山市安心嘉家政服务有限公司\n员工制家政服务人员劳动合同"

HEAD = [
    "合同编号：AXJ-YE-2025-0805-02",
    "",
    "甲方（用人单位）：中山市安心嘉家政服务有限公司",
    "统一社会信用代码：91442000MA4WXXXX3R",
    "住所：中山市石岐街道悦来南路XX号金钻商务楼5楼",
    "法定代表人：黄美玲",
    "联系电话：0760-8833XXXX",
    "",
    "乙方（劳动者）：陈丽华　　性别：女　　出生年月：1982年3月",
    "身份证号码：4305211982XXXXXX4X",
    "户籍地址：湖南省邵阳市邵东市XX镇XX村",
    "在中山住址：中山市石岐街道民科西路XX号（公司宿舍）",
    "联系电话：159XXXX3087",
    "",
    "甲方为员工制家政企业，乙方经甲方招聘、岗前培训并考核合格，由甲方与乙方建立劳动关系，"
    "并由甲方安排乙方到与甲方签订《家政服务合同》的客户家庭提供育儿服务。双方依据《劳动合同法》"
    "《广东省家政服务条例》等规定，签订本合同。",
]

SECTIONS = [
    ("一、合同期限", [
        "1. 本合同期限自2025年8月5日起至2026年8月4日止。",
        "2. 其中试用期自2025年8月5日起至2025年9月4日止。",
    ]),
    ("二、工作内容和工作地点", [
        "1. 乙方岗位：育儿嫂（住家型），星级：三星。",
        "2. 工作内容：0—3岁婴幼儿日常照护（喂养、洗澡、抚触、早教游戏、夜间照看）、婴幼儿辅食制作、"
        "婴幼儿衣物及用品清洗消毒，以及与客户约定的其他育儿相关服务。乙方不负责客户家庭的大扫除、"
        "照顾老人等合同外服务，客户提出的，乙方可报甲方协调。",
        "3. 工作地点：甲方安排的中山市行政区域内客户家庭。首个服务家庭为中山市石岐街道XX花园客户住所。"
        "甲方可根据客户需求、服务评价等情况在中山市范围内调换服务家庭，调换前告知乙方。",
    ]),
    ("三、工作时间和休息休假", [
        "1. 乙方为住家型育儿嫂，食宿由客户家庭提供，日常作息随客户家庭及婴儿作息安排，"
        "夜间需照看婴儿的，客户应安排乙方白天适当补休。",
        "2. 乙方每月休息2天，具体日期由客户与乙方商定。当月因客户需要未能休息的，不作补休，也不另行折算工资，"
        "月工资已包含上述情况。",
        "3. 如甲方就家政服务岗位取得人力资源社会保障部门特殊工时制度批准的，按批准的工时制度执行，并书面告知乙方。",
        "4. 法定节假日在客户家服务的，甲方按乙方日工资的300%支付当日工资。",
        "5. 乙方享受国家规定的年休假、婚假、丧假、产假等假期。",
    ]),
    ("四、劳动报酬", [
        "1. 乙方月工资为人民币5600元（三星育儿嫂标准），试用期月工资为人民币5000元。",
        "2. 甲方于每月10日前通过银行转账支付乙方上月工资，遇节假日提前支付，并提供工资明细。",
        "3. 乙方工资由甲方支付，与客户向甲方支付的服务费数额、是否按时支付无关；客户自愿另给乙方的红包、"
        "礼物归乙方所有。",
        "4. 乙方星级评定提升的，从次月起按新星级标准调整工资。",
    ]),
    ("五、证件保管及保证金", [
        "1. 为方便客户查验及统一管理，乙方的身份证原件、健康证、育婴员职业技能证书交甲方统一保管，"
        "客户需要查看时由甲方提供复印件，合同解除或终止时退还乙方。",
        "2. 乙方入职时向甲方交纳服装及培训保证金800元，合同期满且无违约情形的，无息退还。",
    ]),
    ("六、社会保险和福利", [
        "1. 乙方已在户籍地参加城乡居民养老保险，乙方自愿不参加甲方单位社会保险，甲方每月随工资发放社保补贴300元。"
        "乙方签字确认后，不得再以甲方未缴纳社会保险为由要求补缴或者解除合同要求补偿。",
        "2. 甲方为乙方购买家政服务人员意外伤害保险及家政服务责任保险，保费由甲方承担。",
        "3. 甲方每年组织乙方参加一次在岗技能培训，培训期间照发工资。",
    ]),
    ("七、劳动保护和健康", [
        "1. 甲方按规定安排乙方参加家政服务人员体检，体检费用由甲方承担；甲方和客户不得要求乙方做超出规定体检项目的检查。",
        "2. 客户家庭成员患有传染病等可能影响乙方健康的，甲方应如实告知乙方，乙方有权拒绝或申请调换服务家庭。",
        "3. 客户有谩骂、殴打乙方或强迫乙方提供合同外服务等行为的，乙方可随时联系甲方，甲方应及时处理，必要时撤回乙方。",
    ]),
    ("八、服务纪律", [
        "1. 乙方应遵守甲方依法制定的《家政服务人员管理制度》和职业道德，不得泄露客户家庭隐私。",
        "2. 乙方不得私下与客户签订服务协议或接受客户直接雇佣，不得私下收取客户服务费。违反的，乙方应向甲方支付违约金5000元，"
        "甲方并可解除本合同。",
        "3. 因乙方故意或重大过失造成客户财物损失、由甲方先行赔付的，甲方可要求乙方赔偿，可从乙方工资中扣除，"
        "但每月扣除不超过乙方当月工资的20%，扣除后剩余工资不低于中山市最低工资标准，扣除前书面告知乙方原因和数额。",
        "4. 客户投诉经核实的，甲方可调换服务家庭，或安排乙方回公司参加培训后再上户，培训期间按乙方月工资标准发放。",
    ]),
    ("九、合同的变更、解除和终止", [
        "1. 双方协商一致可以变更本合同，变更采用书面形式。",
        "2. 本合同的解除、终止及经济补偿按《劳动合同法》规定执行。乙方解除合同的，应提前三十日书面通知甲方"
        "（试用期内提前三日），以便甲方安排其他育儿嫂与客户交接。",
    ]),
    ("十、其他", [
        "1. 因履行本合同发生争议的，双方可协商解决，也可向中山市劳动人事争议仲裁委员会申请仲裁。",
        "2. 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。",
    ]),
]

SIGN = [
    "甲方（盖章）：中山市安心嘉家政服务有限公司",
    "法定代表人或委托代理人：黄美玲",
    "",
    "乙方（签名）：陈丽华",
    "",
    "签订日期：2025年8月5日",
]


def set_font(run, size=11, bold=False):
    run.font.name = "宋体"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    run.font.size = Pt(size)
    run.bold = bold


def build():
    doc = Document()
    cp = doc.core_properties
    cp.author = "安心嘉行政部"
    cp.last_modified_by = "安心嘉行政部"
    cp.title = "员工制家政服务人员劳动合同"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1

    for line in TITLE.split("\n"):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(line), size=16, bold=True)
    for line in HEAD:
        p = doc.add_paragraph()
        set_font(p.add_run(line))
    for heading, items in SECTIONS:
        p = doc.add_paragraph()
        set_font(p.add_run(heading), size=12, bold=True)
        for it in items:
            p = doc.add_paragraph()
            set_font(p.add_run(it))
    doc.add_paragraph()
    for line in SIGN:
        p = doc.add_paragraph()
        set_font(p.add_run(line))

    buf = io.BytesIO()
    doc.save(buf)
    # 重写 zip：固定条目顺序与时间戳，保证字节级确定性
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(2025, 8, 5, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))


if __name__ == "__main__":
    build()
    print("wrote", OUT)

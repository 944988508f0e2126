# -*- coding: utf-8 -*-
"""Build unlawful-k-huangpu-lawei-workshop.docx deterministically.

Run:  /work/main/.venv/bin/python make_docx_k.py
python-docx stamps the zip members with the current time, so the file is
re-packed afterwards with a fixed timestamp to make the output byte-stable.
"""
import datetime
import os
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "unlawful-k-huangpu-lawei-workshop.docx")
FIXED = datetime.datetime(2025, 9, 15, 9, 0, 0)


def set_font(run, size=10.5, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "SimSun"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def para(doc, text, size=10.5, bold=False, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    set_font(r, size, bold)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, rows, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell_text in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            r = cell.paragraphs[0].add_run(cell_text)
            set_font(r, 9.5, bold=(i == 0))
    return t


doc = Document()
cp = doc.core_properties
cp.author = "鸿兴腊味加工场"
cp.title = "劳动合同书（腊味生产工人）"
cp.created = FIXED
cp.modified = FIXED
cp.last_modified_by = "鸿兴腊味加工场"
cp.revision = 1

para(doc, "中山市黄圃镇鸿兴腊味加工场", 12, True, True)
para(doc, "劳 动 合 同 书", 18, True, True)
para(doc, "（腊味生产工人适用·2025年版）", 10.5, False, True)
para(doc, "合同编号：HX-2025-019")

para(doc, "甲方（用人单位）：中山市黄圃镇鸿兴腊味加工场（个体工商户）", bold=True)
para(doc, "经营者：梁志鸿　　统一社会信用代码：92442000MA57R3KD2B")
para(doc, "食品小作坊登记证编号：中黄食坊〔2024〕第0317号（登记品种：腊肠、腊肉、腊鸭）")
para(doc, "经营地址：中山市黄圃镇新地村兴圃路28号　　联系电话：0760-23218866")
para(doc, "乙方（劳动者）：何秀兰　　性别：女　　出生日期：1990年4月18日", bold=True)
para(doc, "居民身份证号码：442000199004180000")
para(doc, "户籍地址：广东省中山市黄圃镇鳌山村东街5号　　现住址：同上")
para(doc, "联系电话：139****2231　　紧急联系人：黄志强（配偶）")

para(doc, "甲乙双方本着自愿、平等的原则，就乙方到本场从事腊味生产工作的有关事项，订立本合同，共同遵守。")

para(doc, "一、合同期限", bold=True)
para(doc, "1. 本合同为固定期限劳动合同，自2025年9月15日起至2026年9月14日止，为期一年。")
para(doc, "2. 试用期三个月，自2025年9月15日起至2025年12月14日止。试用期满经考核合格的，转为正式工人。")

para(doc, "二、工作岗位和地点", bold=True)
para(doc, "1. 乙方岗位为腊味生产工人，主要负责原料修整、腌制、灌肠、挂晾、烘房翻架、称重包装等工序，服从班长的工作分配。")
para(doc, "2. 工作地点为本场生产车间、烘房及楼顶晒场。")
para(doc, "3. 乙方属直接接触入口食品的人员，应持有效健康证明上岗。健康证明由乙方在上岗前到镇社区卫生服务中心办理，体检费用凭票由甲方报销。")

para(doc, "三、工作时间和休息（见下表一）", bold=True)
para(doc, "腊味生产季节性强，双方同意按淡季、旺季分别安排工作时间：")
table(doc, [
    ["季节", "适用月份", "上班时间", "每日工时", "每周上班天数", "休息日"],
    ["淡季", "2月—9月", "8:00—12:00；13:30—17:30", "8小时", "周一至周五", "周六、周日"],
    ["旺季", "10月—次年1月", "8:00—12:00；13:00—17:00；18:00—21:00", "11小时（含加班3小时）", "周一至周六", "周日"],
])
para(doc, "注：法定节假日按国家规定放假。旺季周六上班及每日17:00以后的时间计为加班，按表二标准计发加班工资。")

para(doc, "四、劳动报酬（见下表二）", bold=True)
table(doc, [
    ["项目", "标准", "说明"],
    ["试用期月工资", "2100元/月", "2025年9月15日至12月14日"],
    ["转正后月工资", "2300元/月", "按正常工作时间计，不含加班"],
    ["加班工资", "15元/小时", "旺季每日延时及周六上班，统一按此标准计"],
    ["晒场补贴", "5元/天", "按实际在晒场作业天数计"],
    ["工衣、刀具押金", "200元", "在首月工资中扣收，离职时交回工衣刀具后退还"],
    ["住宿", "免费提供集体宿舍", "水电费按表分摊"],
    ["发薪日", "每月15日", "发放上月工资，遇节假日提前；银行转账至乙方本人账户"],
])
para(doc, "甲方每月向乙方提供工资条，列明出勤天数、加班小时、应发及扣款项目。")

para(doc, "五、社会保险", bold=True)
para(doc, "甲方自用工之月起为乙方办理养老、医疗、工伤、失业、生育保险，个人应缴部分由甲方在工资中代扣。")

para(doc, "六、劳动保护和卫生要求", bold=True)
para(doc, "1. 甲方为乙方提供工作帽、口罩、一次性手套、防水围裙和防滑水鞋，烘房配备排风设备。")
para(doc, "2. 乙方进车间前应更衣、洗手消毒，不得佩戴首饰，不得在车间内吃东西、吸烟。")
para(doc, "3. 女工在经期不安排冷库搬运；孕期、哺乳期按国家有关女职工劳动保护的规定执行。")

para(doc, "七、合同的解除和终止", bold=True)
para(doc, "本合同的变更、解除和终止，按《中华人民共和国劳动合同法》的规定办理。乙方辞工的，应提前三十日书面告知甲方；试用期内提前三日告知。")

para(doc, "八、其他", bold=True)
para(doc, "1. 本场《车间卫生管理规定》已于入职时交乙方阅读，乙方应遵守。")
para(doc, "2. 本合同一式两份，甲乙双方各执一份，自双方签字（盖章）之日起生效。")
para(doc, "3. 发生争议协商不成的，可向中山市劳动人事争议仲裁委员会申请仲裁。")

para(doc, "甲方（盖章）：中山市黄圃镇鸿兴腊味加工场　　经营者签字：梁志鸿")
para(doc, "乙方（签字）：何秀兰　　（按手印）")
para(doc, "签订日期：2025年9月15日")

tmp = OUT + ".tmp"
doc.save(tmp)

# Re-pack with fixed timestamps so that the file is byte-identical across runs.
with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
    for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
        info = zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o600 << 16
        zout.writestr(info, zin.read(name))
os.remove(tmp)
print("wrote", OUT)

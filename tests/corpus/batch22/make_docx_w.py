"""Build unlawful-w-zhongshan-smt-form.docx deterministically.

Run: /work/main/.venv/bin/python make_docx_w.py
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
OUT = os.path.join(HERE, "unlawful-w-zhongshan-smt-form.docx")
FIXED = datetime.datetime(2025, 4, 7, 9, 0, 0)


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


def table(doc, title, rows, widths=None):
    para(doc, title, 11, True)
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=0, cols=ncols)
    t.style = "Table Grid"
    for row in rows:
        cells = t.add_row().cells
        if len(row) < ncols:
            # merge the last cell across the rest of the row
            merged = cells[len(row) - 1].merge(cells[ncols - 1])
            cells = list(cells[: len(row) - 1]) + [merged]
        for cell, text in zip(cells, row):
            cell.text = ""
            lines = text.split("\n")
            p = cell.paragraphs[0]
            for i, line in enumerate(lines):
                if i:
                    p = cell.add_paragraph()
                r = p.add_run(line)
                set_font(r, 10)
    return t


def build():
    doc = Document()
    cp = doc.core_properties
    cp.author = "炬辉电子人事部"
    cp.title = "劳动合同书（生产一线员工·表格版）"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "HR-02"
    cp.revision = 3

    para(doc, "中山市炬辉电子科技有限公司", 14, True, True)
    para(doc, "劳动合同书（生产一线员工适用·表格版）", 16, True, True)
    para(doc, "编号：JH-HR-2025-0412", 10)
    para(doc, "填写说明：请在□内打“☑”，空格处如实填写，不适用的划“/”。本表为合同正文，与《员工手册》一并生效。", 9)

    table(doc, "一、甲方（用人单位）", [
        ["单位名称", "中山市炬辉电子科技有限公司", "统一社会信用代码", "91442000MA54K8QJ3T"],
        ["法定代表人", "罗志坚", "联系电话", "0760-8889 3721"],
        ["注册地址", "中山市火炬开发区沿江东三路18号2栋"],
        ["经营地址", "☑ 同注册地址　□ 其他：________"],
    ])

    table(doc, "二、乙方（劳动者）", [
        ["姓名", "黄秀梅", "性别", "女"],
        ["居民身份证号", "442000199103150000", "联系电话", "137 2831 6045"],
        ["户籍地址", "广西壮族自治区贵港市平南县大安镇莲塘村"],
        ["现住址", "中山市火炬开发区张家边三村东明街12号401"],
        ["紧急联系人", "韦国强（配偶）", "紧急联系电话", "138 2279 1360"],
    ])

    table(doc, "三、合同期限及试用期", [
        ["合同类型", "☑ 固定期限：自 2025 年 4 月 7 日起至 2026 年 4 月 6 日止\n□ 无固定期限：自____年__月__日起\n□ 以完成一定工作任务为期限：________"],
        ["试用期", "□ 不约定　□ 一个月　□ 两个月　☑ 三个月\n自 2025 年 4 月 7 日起至 2025 年 7 月 6 日止"],
    ])

    table(doc, "四、工作内容及地点", [
        ["部门", "生产二部（DIP插件线）", "岗位", "☑ 插件作业员　□ SMT操作员\n□ 测试员　□ 包装员"],
        ["工作地点", "中山市火炬开发区沿江东三路18号2栋3楼车间"],
        ["岗位职责", "按作业指导书插装电子元件、目检、配合拉长完成生产计划"],
    ])

    table(doc, "五、工作时间及休息休假", [
        ["工时制度", "☑ 标准工时制　□ 综合计算工时制（须经劳动行政部门批准）　□ 不定时工作制（须经批准）"],
        ["班次", "☑ 妈妈岗班：08:30—12:00，13:30—17:00（每日7小时，周一至周五）\n□ 常白班：08:00—12:00，13:30—17:30"],
        ["休息日", "每周六、周日休息；法定节假日、年休假、婚丧假、产假等按国家规定"],
        ["加班约定", "因订单交期需要，经双方协商，乙方同意在生产旺季配合车间加班，每月累计加班时长原则上控制在80小时以内，加班费按本表第六项标准计发。"],
    ])

    table(doc, "六、劳动报酬", [
        ["计薪方式", "☑ 计时月薪　□ 计件（单价见车间公告）　□ 其他"],
        ["转正后月工资", "2300 元/月", "试用期月工资", "1900 元/月"],
        ["津贴/奖金", "全勤奖 100 元/月；夜宵补贴 / （妈妈岗班次不排夜班）"],
        ["加班工资", "以月工资2300元为基数：工作日延时150%，休息日200%，法定节假日300%"],
        ["发薪方式及日期", "每月15日前以银行转账发放上月工资，遇节假日提前；另发工资条"],
    ])

    table(doc, "七、社会保险", [
        ["参保", "☑ 甲方自用工之日起依法为乙方办理养老、医疗（含生育）、工伤、失业保险，个人应缴部分由甲方代扣代缴\n□ 其他：________"],
    ])

    table(doc, "八、押金及公司物品", [
        ["领用物品", "防静电工衣 2 套、防静电鞋 1 双、厂牌 1 个、更衣柜钥匙 1 把"],
        ["押金", "☑ 收取　□ 不收取　金额：150 元（于首月工资中扣除，离职交还全部物品后无息退还）"],
        ["证件", "☑ 甲方仅留存身份证复印件，不扣押原件"],
    ])

    table(doc, "九、劳动保护、劳动条件及职业危害防护", [
        ["劳保用品", "防静电服、防静电手环、口罩、指套，按月发放"],
        ["职业危害告知", "波峰焊及补焊工位存在焊锡烟尘、助焊剂挥发物；车间设局部排烟装置，甲方每年安排一次职业健康检查"],
        ["女职工保护", "孕期、产期、哺乳期按国家规定保护；怀孕7个月以上及哺乳未满一周岁婴儿期间不安排加班和夜班；哺乳期每天1小时哺乳时间"],
    ])

    table(doc, "十、合同解除、终止及其他", [
        ["解除终止", "按《中华人民共和国劳动合同法》有关规定执行；乙方提前30日书面通知（试用期内提前3日）可解除合同"],
        ["规章制度", "☑ 甲方《员工手册》（2024版）已向乙方公示，乙方已阅读"],
        ["争议处理", "向中山市劳动人事争议仲裁委员会申请仲裁"],
        ["其他", "本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效"],
    ])

    table(doc, "签署栏", [
        ["甲方（盖章）", "中山市炬辉电子科技有限公司（公章）", "乙方签名", "黄秀梅"],
        ["法定代表人或委托代理人", "罗志坚（人事部 张丽华 代签）", "签订日期", "2025 年 4 月 7 日"],
        ["乙方确认", "☑ 本人已收到合同文本一份　☑ 已阅读押金及加班约定"],
    ])

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def normalise(blob):
    """Rewrite the zip with fixed timestamps and sorted order so output is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        # [Content_Types].xml must stay first
        first = [n for n in names if n == "[Content_Types].xml"]
        rest = sorted(n for n in names if n != "[Content_Types].xml")
        for name in first + rest:
            info = zipfile.ZipInfo(name, date_time=(2025, 4, 7, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


if __name__ == "__main__":
    data = normalise(build())
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote", OUT, len(data), "bytes")

# Builds unlawful-c-warehouse-picker-table.docx deterministically.
import os
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "unlawful-c-warehouse-picker-table.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "SimSun"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
doc.core_properties.author = "HR"
doc.core_properties.title = "劳动合同"
import datetime
doc.core_properties.created = datetime.datetime(2026, 1, 8, 9, 0, 0)
doc.core_properties.modified = datetime.datetime(2026, 1, 8, 9, 0, 0)

doc.add_heading("中山市速达仓储物流有限公司", level=1)
doc.add_paragraph("劳 动 合 同（仓库拣货员·妈妈岗）")
doc.add_paragraph("合同编号：SD-WH-2026-017        签订地点：中山市火炬开发区")

rows = [
    ("甲方（用人单位）", "中山市速达仓储物流有限公司\n统一社会信用代码：91442000MA5XXXX000\n地址：中山市火炬开发区沿江东三路6号B仓\n法定代表人：邓国伟"),
    ("乙方（劳动者）", "姓名：陈嘉慧    性别：女\n身份证号：442000199207180000\n住址：中山市火炬开发区濠头村\n联系电话：136XXXX0000"),
    ("合同期限", "固定期限：2026年1月12日至2029年1月11日（三年）。\n试用期：2026年1月12日至2026年4月11日（三个月）。"),
    ("工作岗位", "电商仓拣货员：按系统拣货单拣货、复核、打包、上架。"),
    ("工作地点", "中山市火炬开发区沿江东三路6号B仓。"),
    ("工作时间", "妈妈班：9:00—12:00，13:00—16:00，每天7小时，周一至周五；周六视订单情况安排半天。\n大促期间（618、双11）延长工作时间，不另计加班费，按1:1安排调休，调休未休完的作废。"),
    ("劳动报酬", "月工资2600元（试用期2300元），另计件拣货奖：每单0.08元。\n每月15日前转账发放上月工资。"),
    ("考核与扣款", "拣货差错：每错一单罚款50元，漏拣、错拣当月累计3次以上另罚200元，在当月工资中直接扣除。\n货物遗失经查实由乙方造成的，按进货价赔偿，每月扣款不超过当月工资20%。"),
    ("社会保险", "转正后由甲方为乙方办理社会保险并缴费；试用期内不参保，试用期工资已含社保补贴100元。"),
    ("休息休假", "乙方享受法定节假日、年休假、产假、育儿假等国家和广东省规定的假期。\n子女12周岁以下的，因子女生病、家长会可请事假，不影响全勤。"),
    ("劳动保护", "甲方提供防砸鞋、手套、护腰带；搬运单件超过20公斤的货物由男同事或叉车处理；仓内配备风扇、饮水和急救箱。"),
    ("合同解除", "乙方提前三十日书面通知甲方可解除合同（试用期提前三日）。其余按《劳动合同法》执行。"),
    ("其他", "本合同一式两份，双方各执一份；《仓库管理制度》为本合同附件，乙方已签收。"),
]
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in rows:
    cells = t.add_row().cells
    cells[0].text = k
    cells[1].text = v

doc.add_paragraph("")
sig = doc.add_table(rows=2, cols=2)
sig.style = "Table Grid"
sig.cell(0, 0).text = "甲方（盖章）：中山市速达仓储物流有限公司\n代表人签字：邓国伟"
sig.cell(0, 1).text = "乙方（签字）：陈嘉慧\n（按手印）"
sig.cell(1, 0).text = "日期：2026年1月8日"
sig.cell(1, 1).text = "日期：2026年1月8日"

doc.save(OUT)
print(OUT)

"""Generate unlawful-q-offer-letter-annex.pdf (录用通知书 + 入职须知) next to this script.

Deterministic: reportlab invariant mode (no clock, fixed document ID), fixed metadata.
Run with /work/main/.venv/bin/python make_pdf_q.py
"""
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = HERE / "unlawful-q-offer-letter-annex.pdf"
FONT = "STSong-Light"

PAGE1 = [
    ("title", "中山市港晟包装制品有限公司"),
    ("title", "录 用 通 知 书"),
    ("right", "编号：GS-HR-2026-0512"),
    ("text", "梁嘉怡 女士（身份证号码：442000199307190000；住址：中山市港口镇民主社区兴港中路41号）："),
    ("text", "感谢您应聘我公司职位。经面试和考核，我公司决定录用您，现将录用条件通知如下："),
    ("text", "一、用人单位：中山市港晟包装制品有限公司，住所：中山市港口镇木河迳东路7号，法定代表人：谭卓文。"),
    ("text", "二、岗位：品质检验员（妈妈岗），负责纸箱、彩盒成品的抽检和记录。"),
    ("text", "三、工作地点：中山市港口镇木河迳东路7号公司二号厂房。"),
    ("text", "四、合同期限：固定期限三年，自2026年5月18日至2029年5月17日；试用期三个月，"),
    ("cont", "自2026年5月18日至2026年8月17日。"),
    ("text", "五、工作时间：标准工时制，周一至周五 8:30—12:00、13:30—17:30，每日7.5小时；周六、周日休息。"),
    ("cont", "员工因接送子女、子女生病可向主管申请调整上下班时间或请假；加班须经本人同意并依法支付加班工资。"),
    ("text", "六、劳动报酬：转正后月工资人民币3,200元，试用期月工资人民币2,800元；每月10日前以银行转账"),
    ("cont", "支付上月工资，遇节假日提前至最近工作日支付。"),
    ("text", "七、社会保险：公司自入职当月起依法为您缴纳养老、医疗、工伤、失业、生育保险。"),
    ("text", "八、劳动保护：公司提供劳保手套、防尘口罩和岗前安全培训；本岗位无职业病危害因素；"),
    ("cont", "女职工依法享受孕期、产期、哺乳期特殊保护。"),
    ("text", "九、报到：请于2026年5月18日上午8:30到公司人事部报到，并签订书面劳动合同（内容与本通知一致）。"),
    ("text", "十、请仔细阅读附件《入职须知》，在本通知及附件签字确认后于2026年5月12日前交回人事部。"),
    ("gap", ""),
    ("right", "中山市港晟包装制品有限公司（盖章）"),
    ("right", "人事部  2026年5月8日"),
    ("gap", ""),
    ("text", "本人已阅读并接受上述录用条件及附件《入职须知》。"),
    ("text", "受聘人签名：梁嘉怡            日期：2026年5月11日"),
]

PAGE2 = [
    ("title", "附件：入 职 须 知"),
    ("text", "（本须知经受聘人签字确认后，作为劳动合同的附件，与劳动合同具有同等效力）"),
    ("text", "1. 报到时请携带：居民身份证、最高学历毕业证书、近期一寸彩色照片两张、本人银行卡。"),
    ("text", "2. 入职时须交原件身份证、毕业证由公司保管，试用期满或离职手续办结后退还，"),
    ("cont", "保管期间如需使用可向人事部登记借出，当日归还。"),
    ("text", "3. 入职体检在公司指定的港口镇社区卫生服务中心进行，体检费用由公司承担。"),
    ("text", "4. 员工须遵守公司依法制定并公示的《员工手册》和车间安全操作规程。"),
    ("text", "5. 为保证岗位稳定，女员工入职一年内不得怀孕；如有特殊情况须事先书面报人事部同意。"),
    ("text", "6. 公司不收取任何押金、保证金、服装费或培训费。"),
    ("text", "7. 员工离职须提前三十日（试用期内提前三日）书面通知公司，公司在离职当日结清工资。"),
    ("text", "8. 厂区内禁止吸烟，进入生产区须按规定佩戴劳保用品。"),
    ("text", "9. 如对本须知有疑问，请在签字前向人事部咨询，咨询电话：0760-2355****。"),
    ("gap", ""),
    ("text", "受聘人确认：本人已阅读并理解以上《入职须知》全部内容。"),
    ("text", "受聘人签名：梁嘉怡            日期：2026年5月11日"),
    ("right", "中山市港晟包装制品有限公司人事部（盖章）"),
]


def wrap(text, first_width, other_width, size=10.5):
    lines, cur, width = [], "", first_width
    for ch in text:
        # keep closing punctuation on the previous line (simple kinsoku)
        if pdfmetrics.stringWidth(cur + ch, FONT, size) > width and ch not in "。，；、）：":
            lines.append(cur)
            cur, width = ch, other_width
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def draw_page(c, items, page_no, total):
    width, height = A4
    left, right = 60, width - 60
    y = height - 70
    for kind, text in items:
        if kind == "title":
            c.setFont(FONT, 16)
            c.drawCentredString(width / 2, y, text)
            y -= 28
        elif kind == "right":
            c.setFont(FONT, 10.5)
            c.drawRightString(right, y, text)
            y -= 20
        elif kind == "gap":
            y -= 12
        else:
            c.setFont(FONT, 10.5)
            x0 = left + 21 if kind == "cont" else left
            for k, line in enumerate(wrap(text, right - x0, right - left - 21)):
                c.drawString(x0 if k == 0 else left + 21, y, line)
                y -= 20
    c.setFont(FONT, 9)
    c.drawCentredString(width / 2, 40, f"第 {page_no} 页 / 共 {total} 页")


def main():
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(str(OUT), pagesize=A4, invariant=1)
    c.setTitle("录用通知书（梁嘉怡）")
    c.setAuthor("中山市港晟包装制品有限公司人事部")
    c.setSubject("录用通知书及入职须知")
    c.setCreator("make_pdf_q.py")
    pages = [PAGE1, PAGE2]
    for i, items in enumerate(pages, 1):
        draw_page(c, items, i, len(pages))
        c.showPage()
    c.save()
    print(OUT)


if __name__ == "__main__":
    main()

"""A deterministic benchmark corpus: N contracts of every template type, in .docx, .pdf and .txt.

Each contract is rendered from a bundled template (contract_templates/) with its example answers;
every second one gets a planted defect clause (a deposit, a long probation, a pregnancy ban …)
written here, and every fifth one is made long by repeating its clauses, so that the corpus
has lawful and unlawful documents of several sizes. The same N always gives the same files.

    python benchmarks/corpus.py OUT_DIR [--files 60] [--formats docx,pdf,txt]
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker import api  # noqa: E402
from checker.generate import load_type, markup, render, types, validate_answers  # noqa: E402

# Planted defects, one clause each, written for this benchmark (not taken from any rule).
DEFECTS = [
    "## 补充约定\n乙方入职时须向甲方交纳工作服押金300元，离职时无息退还。",
    "## 补充约定\n试用期为六个月，试用期工资为每月1500元。",
    "## 补充约定\n乙方在合同期内怀孕的，视为自动离职，甲方不予任何补偿。",
    "## 补充约定\n乙方自愿放弃缴纳社会保险，甲方每月另发补贴200元。",
    "## 补充约定\n乙方迟到一次罚款50元，旷工一天罚款200元。",
    "## 补充约定\n旺季每天工作十一小时，加班费已包含在月工资中。",
]
FORMATS = ("docx", "pdf", "txt")


def _markups() -> list[tuple[str, str]]:
    """(type id, markup of its main document) for every template type, example answers."""
    out, params = [], api.ruleset().params
    for t in types():
        values, problems = validate_answers(t, t.example())
        if problems:
            raise SystemExit(f"{t.id}: the example answers do not validate: {problems[0]}")
        main = next(d for d in render(t, values, params) if d.main)
        out.append((t.id, main.markup))
    return out


def lengthen(text: str, times: int) -> str:
    """The contract with its clauses `times` times over (title and signature block once)."""
    body, sep, signature = text.partition(markup.SIGNATURE)
    head, _, clauses = body.partition("\n## ")
    return head + ("\n## " + clauses) * times + sep + signature


def _variant(text: str, index: int) -> str:
    body, sep, signature = text.partition(markup.SIGNATURE)
    if index % 2 == 1:
        body = body.rstrip() + "\n" + DEFECTS[(index // 2) % len(DEFECTS)] + "\n"
    text = body + sep + signature
    return lengthen(text, 3) if index % 5 == 4 else text  # every fifth: a long contract


def _pdf(blocks: list[markup.Block]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("body", fontName="STSong-Light", fontSize=10.5, leading=16, wordWrap="CJK")
    story = []
    for block in blocks:
        lines = [" ".join(row) for row in block.rows] if block.rows else [block.text]
        story += [Paragraph(line.replace("&", "&amp;").replace("<", "&lt;"), style) for line in lines if line]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, title="合同", author="benchmark")
    doc.build(story)
    return buf.getvalue()


def write(folder: Path, files: int, formats: tuple[str, ...] = FORMATS) -> list[Path]:
    """Write `files` contracts into folder (cycling over types and formats); returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = _markups()
    paths = []
    for i in range(files):
        type_id, text = sources[i % len(sources)]
        fmt = formats[(i // len(sources)) % len(formats)]
        blocks = markup.parse(_variant(text, i))
        path = folder / f"c{i:04d}-{type_id}.{fmt}"
        if fmt == "txt":
            path.write_bytes(markup.to_markdown(blocks).encode("utf-8"))
        elif fmt == "docx":
            path.write_bytes(markup.to_docx(blocks, type_id))
        else:
            path.write_bytes(_pdf(blocks))
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--files", type=int, default=60)
    parser.add_argument("--formats", default=",".join(FORMATS))
    args = parser.parse_args()
    paths = write(Path(args.out), args.files, tuple(args.formats.split(",")))
    print(f"{len(paths)} 份合同已写入 {args.out}")


if __name__ == "__main__":
    main()

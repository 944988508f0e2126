"""Report writers, one module per format; each reads the RunResult (and, for .docx, the source bytes).

Text formats take (RunResult, Options) and return str; `render_docx` takes one Report and the
source bytes and returns the annotated .docx.
"""

from checker.report.csv_report import render_csv
from checker.report.docx_report import DocxReportError, render_docx
from checker.report.html_report import render_html
from checker.report.json_report import render_json
from checker.report.markdown_report import render_markdown
from checker.report.options import AUDIENCES, Options
from checker.report.sarif_report import render_sarif
from checker.report.text_report import render_text

# formats that write one document for the whole run
WRITERS = {"text": render_text, "json": render_json, "markdown": render_markdown, "html": render_html,
           "sarif": render_sarif, "csv": render_csv}
# formats that can also be written one file per input (--output DIR)
PER_FILE = {"text": ".report.txt", "markdown": ".report.md", "html": ".report.html", "json": ".report.json",
            "docx": ".reviewed.docx"}
FORMATS = ("text", "json", "markdown", "html", "docx", "sarif", "csv")

__all__ = ["WRITERS", "PER_FILE", "FORMATS", "AUDIENCES", "Options", "DocxReportError", "render_csv", "render_docx",
           "render_html", "render_json", "render_markdown", "render_sarif", "render_text"]

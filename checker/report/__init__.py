"""Report writers, one module per format; each reads RunResult and nothing else."""

from checker.report.json_report import render_json
from checker.report.text_report import render_text

WRITERS = {"json": render_json, "text": render_text}

__all__ = ["WRITERS", "render_json", "render_text"]

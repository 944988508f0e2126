"""Report writers, one module per format; each reads the RunResult (and, for .docx, the source bytes).

Text formats take (RunResult, Options) and return str; `render_docx` takes one Report and the
source bytes and returns the annotated .docx.

A writer's module is imported when its format is first asked for (WRITERS["html"],
`render_docx`): a plain-text check does not pay for python-docx and the HTML templates.
"""

from __future__ import annotations

import importlib
from typing import Any

from checker.report.options import AUDIENCES, Options

# format -> (module, function) of the formats that write one document for the whole run
_MODULES = {
    "text": ("checker.report.text_report", "render_text"),
    "json": ("checker.report.json_report", "render_json"),
    "markdown": ("checker.report.markdown_report", "render_markdown"),
    "html": ("checker.report.html_report", "render_html"),
    "sarif": ("checker.report.sarif_report", "render_sarif"),
    "csv": ("checker.report.csv_report", "render_csv"),
}
# the other names this package exports, imported on first use
_LAZY = {name: module for module, name in _MODULES.values()}
_LAZY.update({"render_docx": "checker.report.docx_report", "DocxReportError": "checker.report.docx_report"})


class _Writers(dict):
    """WRITERS[fmt]: the writer of a format, its module imported on first use."""

    def __missing__(self, key: str):
        if key not in _MODULES:
            raise KeyError(key)
        module, name = _MODULES[key]
        writer = getattr(importlib.import_module(module), name)
        self[key] = writer
        return writer

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or key in _MODULES

    def keys(self):  # type: ignore[override]
        return list(dict.fromkeys(list(_MODULES) + list(dict.keys(self))))

    def __iter__(self):
        return iter(self.keys())


WRITERS = _Writers()
# formats that can also be written one file per input (--output DIR)
PER_FILE = {"text": ".report.txt", "markdown": ".report.md", "html": ".report.html", "json": ".report.json",
            "docx": ".reviewed.docx"}
FORMATS = ("text", "json", "markdown", "html", "docx", "sarif", "csv")


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'checker.report' has no attribute {name!r}")


__all__ = ["WRITERS", "PER_FILE", "FORMATS", "AUDIENCES", "Options", "DocxReportError", "render_csv", "render_docx",
           "render_html", "render_json", "render_markdown", "render_sarif", "render_text"]

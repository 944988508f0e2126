"""The web face in a real browser: Debian's Chromium driven by Playwright.

Screenshots of every page at phone and desktop width are written to tests/artifacts/screens/
(git-ignored) for the CI run to keep."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import docx
import pytest
import uvicorn
from playwright.sync_api import sync_playwright

from checker.web import create_app

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ROOT / "tests" / "artifacts" / "screens"
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def server():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM)
        yield b
        b.close()


def shoot(page, name: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    for label, width in (("phone", 390), ("desktop", 1100)):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(SCREENS / f"{name}-{label}.png"), full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, (name, label)


def test_upload_report_and_commented_word_file(server, browser, tmp_path):
    page = browser.new_page(accept_downloads=True)
    page.goto(server + "/")
    shoot(page, "index")
    page.set_input_files("input[name=file]", str(ROOT / "examples" / "unlawful-full-time.docx"))
    page.click("button[type=submit]")
    page.wait_for_selector(".finding")
    assert page.locator(".finding.error").count() >= 12 and "押金" in page.content()
    shoot(page, "report")
    with page.expect_download() as info:
        page.click("text=下载带批注的 Word 文件")
    path = tmp_path / "reviewed.docx"
    info.value.save_as(path)
    assert len(list(docx.Document(str(path)).comments)) > 10
    page.click("text=生成合规版本")
    page.wait_for_selector("form[action='/generate/full_time']")
    assert page.input_value("#f-worker_name") == "李某某" and page.input_value("#f-probation_months") == "2"
    assert "改正了这些地方" in page.content()
    shoot(page, "repair")
    page.close()


def test_part_time_form_shows_the_law_beside_the_field_then_downloads(server, browser, tmp_path):
    page = browser.new_page(accept_downloads=True)
    page.goto(server + "/generate")
    shoot(page, "generate")
    page.click("text=非全日制用工协议")
    page.fill("#f-hourly_wage", "10")
    page.click("button[type=submit]")
    error = page.locator("#f-hourly_wage-error").first
    error.wait_for()
    assert "最低工资" in error.inner_text()
    shoot(page, "form-error")
    page.fill("#f-hourly_wage", "25")
    with page.expect_download() as info:
        page.click("button[type=submit]")
    path = tmp_path / "contract.docx"
    info.value.save_as(path)
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "非全日制用工协议" in text and "每小时人民币25元" in text
    page.close()


def test_rules_guide_and_api_pages_render(server, browser):
    page = browser.new_page()
    for path, name, word in (("/rules", "rules", "检查用的规则"), ("/rules/deposit-or-guarantee", "rule", "法律依据"),
                             ("/guide/part_time", "guide", "第六十八条"), ("/docs", "docs", "/api/check")):
        page.goto(server + path)
        assert word in page.content()
        shoot(page, name)
    page.close()

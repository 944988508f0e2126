"""The HTML report in a real browser (Debian's Chromium through Playwright): no horizontal
scrolling on a phone, nothing fetched from the network, prints on A4."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from checker import api
from checker.findings import RunResult
from checker.report import WRITERS, Options

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    out = tmp_path_factory.mktemp("html")
    result = RunResult([api.check(ROOT / "examples" / "unlawful-full-time.docx")], [], "v1")
    paths = {}
    for audience in ("employer", "worker"):
        path = out / f"{audience}.html"
        path.write_text(WRITERS["html"](result, Options(audience=audience)), encoding="utf-8")
        paths[audience] = path
    return paths


@pytest.mark.parametrize("audience", ["employer", "worker"])
def test_readable_on_a_phone_and_fetches_nothing(pages, audience):
    requests = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM)
        page = browser.new_page(viewport={"width": 360, "height": 800})
        page.on("request", lambda r: requests.append(r.url))
        page.goto(pages[audience].as_uri())
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        assert page.locator(".finding").count() >= 12
        browser.close()
    assert all(url.startswith("file:") for url in requests)


def test_prints_on_a4(pages, tmp_path):
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM)
        page = browser.new_page()
        page.goto(pages["employer"].as_uri())
        pdf = page.pdf(format="A4")
        browser.close()
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") >= 3

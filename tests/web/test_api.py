"""The web face over HTTP: pages, the JSON API, limits, privacy headers, concurrency."""

from __future__ import annotations

import asyncio
import io
import json
import re
from pathlib import Path

import docx
import httpx
import jsonschema
import pytest
from fastapi.testclient import TestClient

from checker.web import MAX_UPLOAD, create_app, sniff

ROOT = Path(__file__).resolve().parents[2]
UNLAWFUL = ROOT / "examples" / "unlawful-full-time.docx"
SCHEMA = json.loads((ROOT / "checker" / "report" / "report.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def app():
    return create_app()


@pytest.fixture(scope="module")
def client(app):
    return TestClient(app)


def test_index_form_and_security_headers(client):
    r = client.get("/")
    assert r.status_code == 200 and 'name="file"' in r.text and 'for="file"' in r.text
    assert "default-src 'none'" in r.headers["content-security-policy"] and r.headers["cache-control"] == "no-store"
    assert "<script" not in r.text


def test_upload_report_downloads_and_repair(client):
    r = client.post("/check", files={"file": ("合同.docx", UNLAWFUL.read_bytes())})
    assert r.status_code == 200 and r.text.count('class="finding') >= 12
    token = re.search(r"/download/([^/]+)/docx\"", r.text).group(1)
    annotated = client.get(f"/download/{token}/docx")
    assert annotated.status_code == 200
    assert len(list(docx.Document(io.BytesIO(annotated.content)).comments)) > 10
    redlined = client.get(f"/download/{token}/docx-redline").content
    assert b"w:ins" in __import__("zipfile").ZipFile(io.BytesIO(redlined)).read("word/document.xml")
    assert "12333" in client.get(f"/download/{token}/worker").text
    assert json.loads(client.get(f"/download/{token}/json").content)["reports"][0]["summary"]["error"] >= 12
    repaired = client.get(f"/repair/{token}")
    assert repaired.status_code == 200 and "试用期（月）：6 → 2" in repaired.text and 'value="李某某"' in repaired.text
    assert client.get("/download/not-a-token/docx").status_code == 404


def test_api_check_returns_the_report_schema_and_other_formats(client):
    r = client.post("/api/check", files={"file": ("a.docx", UNLAWFUL.read_bytes())})
    assert r.status_code == 200
    jsonschema.validate(r.json(), SCHEMA)
    for fmt, marker in (("html", b"<!DOCTYPE html>"), ("md", "合同合规检查报告".encode()), ("sarif", b'"version": "2.1.0"')):
        body = client.post(f"/api/check?format={fmt}", files={"file": ("a.docx", UNLAWFUL.read_bytes())}).content
        assert marker in body
    docx_body = client.post("/api/check?format=docx", files={"file": ("a.docx", UNLAWFUL.read_bytes())}).content
    assert docx.Document(io.BytesIO(docx_body)).comments


def test_content_is_sniffed_not_the_name(client):
    r = client.post("/api/check", files={"file": ("合同.pdf", UNLAWFUL.read_bytes())})  # a .docx named .pdf
    assert r.status_code == 200 and r.json()["reports"][0]["summary"]["error"] >= 12
    assert sniff(b"%PDF-1.7", "x.txt").endswith(".pdf") and sniff("劳动合同".encode(), "x.docx").endswith(".txt")


def test_a_bad_file_is_422_with_the_cli_message(client):
    r = client.post("/api/check", files={"file": ("空.docx", b"PK\x03\x04 broken")})
    assert r.status_code == 422 and r.json()["message"]
    page = client.post("/check", files={"file": ("空.txt", b"")})
    assert page.status_code == 422 and 'role="alert"' in page.text


def test_uploads_over_the_limit_are_413_while_streaming(app):
    client = TestClient(app)
    big = b"x" * (MAX_UPLOAD + 200 * 1024)
    r = client.post("/api/check", files={"file": ("big.txt", big)})
    assert r.status_code == 413 and "不能超过 10 MB" in r.json()["message"]

    async def chunked():  # no Content-Length: the limit counts the body as it streams
        async def body():
            yield b'--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n'
            for _ in range(12):
                yield b"y" * (1024 * 1024)
            yield b"\r\n--x--\r\n"
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            return await c.post("/api/check", content=body(), headers={"content-type": "multipart/form-data; boundary=x"})
    assert asyncio.run(chunked()).status_code == 413


def test_contract_text_is_escaped(client):
    text = "劳动合同书\n甲方：<script>alert(1)</script>有限公司\n乙方入职须缴纳押金500元。\n".encode()
    r = client.post("/check", files={"file": ("x.txt", text)})
    assert r.status_code == 200 and "<script>alert(1)" not in r.text and "&lt;script&gt;" in r.text


def test_generate_api_returns_docx_or_field_errors(client):
    answers = json.loads(json.dumps((ROOT / "contract_templates" / "part_time" / "answers.example.yaml").read_text(encoding="utf-8")))
    import yaml

    answers = yaml.safe_load(answers)
    answers = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in answers.items()}
    ok = client.post("/api/generate/part_time", json=answers)
    assert ok.status_code == 200 and docx.Document(io.BytesIO(ok.content)).paragraphs
    bad = client.post("/api/generate/part_time", json={**answers, "hourly_wage": 10})
    assert bad.status_code == 422 and "hourly_wage" in bad.json()["fields"]
    assert client.post("/api/generate/nope", json={}).status_code == 404


def test_rules_kinds_health_guide_and_docs(client):
    assert len(client.get("/api/rules").json()) >= 120
    part = client.get("/rules", params={"law": "非全日制用工若干问题的意见"}).text
    assert "非全日制" in part and "押金" not in part.split("</table>")[0].split("<table>")[-1]
    kinds = client.get("/api/kinds").json()
    assert "part_time" in kinds["relations"] and any(t["id"] == "part_time" for t in kinds["templates"])
    assert client.get("/healthz").json()["status"] == "ok"
    assert "第六十八条" in client.get("/guide/part_time").text
    assert "劳动合同法" in client.get("/rules/deposit-or-guarantee").text
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/check" in docs.text and "<script" not in docs.text
    assert client.get("/openapi.json").json()["paths"]["/api/check"]


def test_fifty_concurrent_uploads_each_get_their_own_answer(app):
    def contract(i: int) -> bytes:
        wage = 1000 + 100 * i
        return (f"劳动合同书\n甲方：中山市测试{i}号厂\n乙方：员工{i}\n第一条 合同期限一年。\n"
                f"第二条 乙方月工资为{wage}元。\n甲方（盖章）： 乙方（签字）：\n").encode()

    async def run():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            return await asyncio.gather(*[c.post("/api/check", files={"file": (f"c{i}.txt", contract(i))}) for i in range(50)])

    responses = asyncio.run(run())
    for i, r in enumerate(responses):
        report = r.json()["reports"][0]
        assert report["file"] == f"c{i}.txt"
        wage = report["contract"]["facts"]["wage"][0]["value"]
        assert wage == 1000 + 100 * i
        below = any(f["rule"] == "below-minimum-wage-monthly" for f in report["findings"])
        assert below == (1000 + 100 * i < 2080)


def test_a_slow_upload_is_cut_off_with_408(app, monkeypatch):
    import checker.web as web

    monkeypatch.setattr(web, "UPLOAD_SECONDS", 0.5)

    async def slow():
        async def body():
            yield b'--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n'
            for _ in range(10):  # a trickle: 10 bytes every 0.2 s
                await asyncio.sleep(0.2)
                yield "劳动合同".encode()
            yield b"\r\n--x--\r\n"
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            return await c.post("/api/check", content=body(), headers={"content-type": "multipart/form-data; boundary=x"})
    response = asyncio.run(slow())
    assert response.status_code == 408 and "上传太慢" in response.json()["message"]


def test_an_upload_up_to_the_limit_is_never_written_to_disk(app, monkeypatch, tmp_path):
    """Starlette spools an uploaded file to disk past 1 MB unless told otherwise."""
    import tempfile

    rolled = []
    monkeypatch.setattr(tempfile.SpooledTemporaryFile, "rollover", lambda self: rolled.append(self))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    text = ("劳动合同书\n甲方：某厂\n乙方：某某\n" + "第一条 乙方每日工作8小时。\n" * 300_000).encode()[: MAX_UPLOAD - 1024]
    assert len(text) > 5 * 1024 * 1024
    response = TestClient(app).post("/api/check", files={"file": ("大.txt", text)})
    assert response.status_code in (200, 422)  # read (or refused as too long): either way in memory
    assert rolled == [] and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["<img src=x onerror=alert(1)>.txt", "../../etc/passwd.txt", "合同\u202e txt.exe", "a\r\nSet-Cookie: x=1.txt"])
def test_hostile_file_names_are_escaped_and_never_a_path(client, name):
    text = "劳动合同书\n甲方：某厂\n乙方：某某\n乙方入职须缴纳押金500元。\n".encode()
    page = client.post("/check", files={"file": (name, text)})
    assert page.status_code == 200 and "<img src=x" not in page.text and "Set-Cookie: x" not in page.headers.get("set-cookie", "")
    report = client.post("/api/check", files={"file": (name, text)}).json()["reports"][0]
    assert "/" not in report["file"] and "\\" not in report["file"]


def test_script_in_a_clause_is_escaped_in_markdown_and_docx_comments(client):
    text = "劳动合同书\n甲方：某厂\n乙方：某某\n第五条 <script>alert(1)</script>乙方入职须缴纳押金500元。\n".encode()
    md = client.post("/api/check", files={"file": ("x.txt", text)}, params={"format": "md"})
    assert md.status_code == 200 and "<script>" not in md.text
    reviewed = client.post("/api/check", files={"file": ("x.txt", text)}, params={"format": "docx"})
    assert reviewed.status_code == 200
    import zipfile

    with zipfile.ZipFile(io.BytesIO(reviewed.content)) as zf:
        xml = b"".join(zf.read(n) for n in zf.namelist() if n.endswith(".xml")).decode("utf-8")
    assert "<script>" not in xml and "&lt;script&gt;" in xml  # text in Word's XML, never markup

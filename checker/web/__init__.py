"""`mamagang serve`: the web face. Thin over the same library calls as the CLI.

Pages (server-rendered Jinja, Simplified Chinese, readable without JavaScript):
  /                      upload form
  POST /check            the HTML report, with downloads of the same upload (held in memory only)
  /download/{token}/{k}  docx | docx-redline | worker | json | md
  /repair/{token}        the draft repaired into the answers of a compliant contract (prefilled form)
  /generate, /generate/{type}   forms built from answers.schema.yaml; POST returns the .docx
  /rules, /rules/{id}, /guide/{type}
JSON API (OpenAPI at /docs): POST /api/check, POST /api/generate/{type}, GET /api/rules,
GET /api/kinds, GET /healthz.

Uploads are limited while they stream (413 beyond the limit), sniffed by content, processed in
memory and never stored or logged; reports are served with no-store and a CSP without remote
sources.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import jinja2
from fastapi import FastAPI, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.formparsers import MultiPartParser

from checker import __version__, api
from checker import generate as g
from checker.findings import RunResult
from checker.kinds import RELATION_LABELS, SECTOR_LABELS, KindError, parse_kind
from checker.reading import sniff_format

MAX_UPLOAD = 10 * 1024 * 1024  # bytes; larger uploads get 413 while they stream
UPLOAD_SECONDS = 60.0  # a request body still arriving after this long gets 408 (a slow or stalled upload)
HOLD_SECONDS = 600  # how long an upload stays in memory for its downloads
HOLD_MAX = 200  # uploads held at once (oldest dropped first)
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")


@dataclass
class _Held:
    data: bytes
    name: str
    report: Any  # the Report of the upload: the downloads are written from it, not checked again
    until: float


class _Store:
    """Uploads held in memory under a random token, for the downloads of their report."""

    def __init__(self) -> None:
        self._items: OrderedDict[str, _Held] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, held: _Held) -> str:
        token = secrets.token_urlsafe(16)
        with self._lock:
            self._expire()
            self._items[token] = held
            while len(self._items) > HOLD_MAX:
                self._items.popitem(last=False)
        return token

    def get(self, token: str) -> _Held:
        with self._lock:
            self._expire()
            held = self._items.get(token)
        if held is None:
            raise HTTPException(404, "这份文件已过期（只在内存中保留10分钟）或不存在，请重新上传。")
        return held

    def _expire(self) -> None:
        now = time.monotonic()
        for token in [t for t, h in self._items.items() if h.until < now]:
            del self._items[token]


def sniff(data: bytes, name: str) -> str:
    """The file name to read `data` as, from its content: a zip is .docx, %PDF is .pdf, else text."""
    stem = (name or "上传的文件").rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    stem = stem.rsplit(".", 1)[0] if "." in stem else stem
    # an old .doc keeps its extension: the reader explains that it must be saved as .docx
    extension = {"zip": "docx", "pdf": "pdf", "ole2": "doc"}.get(sniff_format(data), "txt")
    return f"{stem}.{extension}"


class _LimitBody:
    """ASGI middleware: refuse a request body larger than `limit` while it streams in."""

    def __init__(self, app, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT"):
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length and length.isdigit() and int(length) > self.limit + 64 * 1024:
            return await _too_large(scope, send)
        seen = 0
        refused = False
        complete = False
        deadline = asyncio.get_running_loop().time() + UPLOAD_SECONDS

        async def limited():
            nonlocal seen, refused, complete
            if refused:
                return {"type": "http.disconnect"}
            if complete:  # the body is in: later receives only listen for a disconnect
                return await receive()
            try:
                message = await asyncio.wait_for(receive(), max(0.001, deadline - asyncio.get_running_loop().time()))
            except asyncio.TimeoutError:
                refused = True
                await _too_slow(scope, send)
                return {"type": "http.disconnect"}
            if message["type"] == "http.request":
                complete = not message.get("more_body", False)
                seen += len(message.get("body", b""))
                if seen > self.limit + 64 * 1024:  # the multipart envelope around the file
                    refused = True
                    await _too_large(scope, send)  # answer now; the app sees the client go away
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message):
            if not refused:  # once refused, the app's own (partial) answer is dropped
                await send(message)

        try:
            await self.app(scope, limited, guarded_send)
        except Exception:
            if not refused:
                raise


async def _too_slow(scope, send) -> None:
    await _refuse(scope, send, 408, "too_slow", f"上传太慢：{UPLOAD_SECONDS:g} 秒内没有传完，已停止接收。请检查网络后重新上传。")


async def _too_large(scope, send) -> None:
    mb = MAX_UPLOAD // (1024 * 1024)
    await _refuse(scope, send, 413, "too_large", f"文件太大：上传的文件不能超过 {mb} MB。请压缩图片或只上传合同正文。")


async def _refuse(scope, send, status: int, error: str, message: str) -> None:
    """Answer a request the body limits refused: JSON under /api/, the error page elsewhere."""
    body = (JSONResponse({"error": error, "message": message}, status_code=status) if scope["path"].startswith("/api/")
            else _render("error.html.j2", status=status, message=message))
    await body(scope, None, send)


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("checker.web", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(version=__version__, relations=RELATION_LABELS, sectors=SECTOR_LABELS)
    return env


def _render(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(_env().get_template(name).render(**context), status_code=status)


def create_app() -> FastAPI:
    from checker.report import Options, render_docx, render_html, render_json, render_markdown, render_sarif

    app = FastAPI(title="妈妈岗合同合规检查 mamagang", version=__version__, docs_url=None, redoc_url=None,
                  description="上传合同，得到违法和风险之处、法律依据与修改建议；生成合规的参考合同。所有处理在内存中完成，不保存上传的文件。")
    store = _Store()
    rules = api.ruleset()
    api.warm_up(rules)  # load the dictionaries before the first request

    @app.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    def check_bytes(data: bytes, name: str, kind: str | None, city: str | None, date: str | None):
        return api.check(data, name=sniff(data, name), kind=kind or None, city=city or None, date=date or None, rules=rules)

    async def read_upload(file: UploadFile) -> bytes:
        data = await file.read(MAX_UPLOAD + 1)
        if len(data) > MAX_UPLOAD:
            raise HTTPException(413, f"文件太大：上传的文件不能超过 {MAX_UPLOAD // (1024 * 1024)} MB。")
        return data

    def options_kind(relation: str | None, sector: str | None) -> str | None:
        parts = [p for p in (relation, sector) if p and p != "auto"]
        if not parts:
            return None
        value = "/".join(parts)
        try:
            parse_kind(value)
        except KindError as exc:
            raise HTTPException(422, str(exc)) from None
        return value

    # ------------------------------------------------------------ pages

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index():
        return _render("index.html.j2", today=dt.date.today().isoformat(), max_mb=MAX_UPLOAD // (1024 * 1024))

    @app.post("/check", response_class=HTMLResponse, include_in_schema=False)
    async def check_page(file: UploadFile = File(...), relation: str = Form("auto"), sector: str = Form("auto"),
                         city: str = Form(""), date: str = Form("")):
        data = await read_upload(file)
        kind = options_kind(relation, sector)
        try:
            report = await run_in_threadpool(check_bytes, data, file.filename or "", kind, city, date)
        except (api.ReadError, api.UsageError) as exc:
            return _render("error.html.j2", status=422, message=str(exc))
        token = store.put(_Held(data, file.filename or "合同", report, time.monotonic() + HOLD_SECONDS))
        actions = [{"label": "下载带批注的 Word 文件", "href": f"/download/{token}/docx"},
                   {"label": "Word 文件（批注＋修订）", "href": f"/download/{token}/docx-redline"},
                   {"label": "给劳动者看的一页", "href": f"/download/{token}/worker"},
                   {"label": "Markdown", "href": f"/download/{token}/md"},
                   {"label": "JSON", "href": f"/download/{token}/json"},
                   {"label": "生成合规版本", "href": f"/repair/{token}"},
                   {"label": "再检查一份", "href": "/"}]
        html = render_html(RunResult([report], [], rules.version), Options(), actions=actions)
        return HTMLResponse(html)

    @app.get("/download/{token}/{what}", include_in_schema=False)
    async def download(token: str, what: str):
        held = store.get(token)
        report = held.report
        stem = held.name.rsplit(".", 1)[0] or "合同"
        result = RunResult([report], [], rules.version)
        if what in ("docx", "docx-redline"):
            source = held.data if report.contract.document.format == "docx" else None
            body = await run_in_threadpool(render_docx, report, source, Options(redline=what == "docx-redline"))
            return _file(body, f"{stem}-审阅.docx", DOCX_TYPE)
        if what == "worker":
            return HTMLResponse(render_html(result, Options(audience="worker")))
        if what == "md":
            return _file(render_markdown(result).encode("utf-8"), f"{stem}-报告.md", "text/markdown; charset=utf-8")
        if what == "json":
            return _file(render_json(result).encode("utf-8"), f"{stem}-报告.json", "application/json")
        raise HTTPException(404, "没有这种下载")

    @app.get("/repair/{token}", response_class=HTMLResponse, include_in_schema=False)
    async def repair_page(token: str):
        from checker.generate.repair import RepairError, repair

        held = store.get(token)
        try:
            result = await run_in_threadpool(lambda: repair(held.data, name=sniff(held.data, held.name), rules=rules))
        except (RepairError, api.ReadError) as exc:
            return _render("error.html.j2", status=422, message=str(exc))
        t = g.load_type(result.type_id)
        return _render("generate_form.html.j2", t=t, values=_form_values(t, result.answers), errors={},
                       notes=result.changes + (["草稿中这些约定没有沿用：" + "；".join(result.dropped)] if result.dropped else []))

    @app.get("/generate", response_class=HTMLResponse, include_in_schema=False)
    async def generate_index():
        return _render("generate_index.html.j2", types=g.types())

    @app.get("/generate/{type_id}", response_class=HTMLResponse, include_in_schema=False)
    async def generate_form(type_id: str):
        t = _type_or_404(type_id)
        return _render("generate_form.html.j2", t=t, values=_form_values(t, t.example()), errors={}, notes=[])

    @app.post("/generate/{type_id}", include_in_schema=False)
    async def generate_submit(type_id: str, request: Request):
        t = _type_or_404(type_id)
        form = await request.form()
        answers = {f.name: form.get(f.name) for f in t.fields if form.get(f.name) not in (None, "")}
        for f in t.fields:
            if f.type == "boolean":
                answers[f.name] = form.get(f.name) == "on"
        try:
            generation = await run_in_threadpool(g.generate, type_id, answers, rules=rules)
        except g.GenerateError as exc:
            by_field = exc.by_field()
            return _render("generate_form.html.j2", status=422, t=t, values=_form_values(t, answers), errors=by_field,
                           notes=[], summary=str(exc))
        main = next(d for d in generation.documents if d.main)
        return _file(main.to("docx"), f"{main.title}.docx", DOCX_TYPE)

    @app.get("/rules", response_class=HTMLResponse, include_in_schema=False)
    async def rules_page(relation: str | None = None, law: str | None = None):
        shown = [r for r in rules.rules if (not relation or r.relations is None or relation in r.relations)
                 and (not law or any(b.law == law for b in r.basis))]
        laws = sorted({b.law for r in rules.rules for b in r.basis}, key=lambda x: (-sum(1 for r in rules.rules for b in r.basis if b.law == x), x))
        return _render("rules.html.j2", rules=shown, relation=relation, laws=laws[:12])

    @app.get("/rules/{rule_id}", response_class=HTMLResponse, include_in_schema=False)
    async def rule_page(rule_id: str):
        rule = rules.get(rule_id)
        if rule is None:
            raise HTTPException(404, f"没有规则“{rule_id}”")
        return _render("rule.html.j2", rule=rule)

    @app.get("/guide/{type_id}", response_class=HTMLResponse, include_in_schema=False)
    async def guide_page(type_id: str):
        from checker.generate.guide import render_guide

        _type_or_404(type_id)
        return HTMLResponse(render_guide(type_id, rules, "html").decode("utf-8"))

    # ------------------------------------------------------------ JSON API

    @app.post("/api/check", summary="检查一份合同",
              description="multipart 上传 `file`；可选 `kind`（如 full_time、part_time/food_workshop）、`city`、`date`（YYYY-MM-DD）。"
                          "默认返回 JSON 报告（见 report.schema.json）；`format` 为 docx、html、md 或 sarif 时返回相应文件。")
    async def api_check(file: UploadFile = File(...), kind: str | None = Form(None), city: str | None = Form(None),
                        date: str | None = Form(None), format: str = "json"):
        data = await read_upload(file)
        if kind:
            try:
                parse_kind(kind)
            except KindError as exc:
                return JSONResponse({"error": "usage", "message": str(exc)}, status_code=422)
        try:
            report = await run_in_threadpool(check_bytes, data, file.filename or "", kind, city, date)
        except api.ReadError as exc:
            return JSONResponse({"error": exc.code, "message": str(exc)}, status_code=422)
        except api.UsageError as exc:
            return JSONResponse({"error": "usage", "message": str(exc)}, status_code=422)
        result = RunResult([report], [], rules.version)
        if format == "json":
            return Response(render_json(result), media_type="application/json")
        if format == "docx":
            source = data if report.contract.document.format == "docx" else None
            return _file(await run_in_threadpool(render_docx, report, source, Options()), "审阅.docx", DOCX_TYPE)
        if format == "html":
            return HTMLResponse(render_html(result))
        if format == "md":
            return Response(render_markdown(result), media_type="text/markdown; charset=utf-8")
        if format == "sarif":
            return Response(render_sarif(result), media_type="application/sarif+json")
        return JSONResponse({"error": "usage", "message": f"format 只能是 json、docx、html、md、sarif，收到 {format}"}, status_code=422)

    @app.post("/api/generate/{type_id}", summary="按答案生成合规的参考合同（.docx）",
              description="请求体是答案的 JSON 对象（字段见 GET /api/kinds 或 mamagang types TYPE）；答案不合法时返回 422 和每个字段的问题。")
    async def api_generate(type_id: str, answers: dict[str, Any]):
        try:
            g.load_type(type_id)
        except g.GenerateError as exc:
            return JSONResponse({"error": "unknown_type", "message": str(exc)}, status_code=404)
        try:
            generation = await run_in_threadpool(g.generate, type_id, answers, rules=rules)
        except g.GenerateError as exc:
            return JSONResponse({"error": "invalid_answers", "message": str(exc),
                                 "fields": {k or "_document": v for k, v in exc.by_field().items()}}, status_code=422)
        main = next(d for d in generation.documents if d.main)
        return _file(main.to("docx"), f"{main.title}.docx", DOCX_TYPE)

    @app.get("/api/rules", summary="全部规则")
    async def api_rules():
        return [{"id": r.id, "title": r.title, "severity": r.severity, "relations": r.relations, "sectors": r.sectors,
                 "documents": r.documents, "basis": [b.to_dict() for b in r.basis], "explain_to_worker": r.explain_to_worker}
                for r in rules.rules]

    @app.get("/api/kinds", summary="法律关系、行业和可以生成的文书类型")
    async def api_kinds():
        return {"relations": RELATION_LABELS, "sectors": SECTOR_LABELS,
                "templates": [{"id": t.id, "title": t.title, "summary": t.summary, "relation": t.relation,
                               "sector": t.sector, "fields": [{"name": f.name, "label": f.label, "type": f.type,
                                                               "required": f.required, "default": _jsonable(f.default),
                                                               "help": f.help, "choices": f.choices} for f in t.fields]}
                              for t in g.types()]}

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    async def docs():
        """The API described from its OpenAPI schema, as a page that needs no script or CDN."""
        schema = app.openapi()
        endpoints = []
        for path, methods in schema["paths"].items():
            for method, op in methods.items():
                params = [p["name"] for p in op.get("parameters", [])]
                body = op.get("requestBody", {}).get("content", {})
                endpoints.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                                  "description": op.get("description", ""), "params": params, "body": list(body)})
        return _render("docs.html.j2", endpoints=endpoints)

    @app.get("/healthz", summary="存活检查")
    async def healthz():
        return {"status": "ok", "version": __version__, "rules": len(rules.rules), "rules_version": rules.version}

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": "http", "message": exc.detail}, status_code=exc.status_code)
        return _render("error.html.j2", status=exc.status_code, message=str(exc.detail))

    return _wrap(app)


def _wrap(app: FastAPI):
    """The app behind the streaming size limit; `.app` is the FastAPI app (for tests and OpenAPI)."""
    # Starlette spools an uploaded file to a temporary file on disk past 1 MB; the promise is that an
    # upload is never written to disk, so the spool holds anything the size limit lets through
    MultiPartParser.spool_max_size = MAX_UPLOAD + 1024 * 1024
    wrapped = _LimitBody(app, MAX_UPLOAD)
    wrapped.fastapi = app  # type: ignore[attr-defined]
    return wrapped


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def _file(body: bytes, filename: str, media_type: str) -> Response:
    from urllib.parse import quote

    return Response(body, media_type=media_type,
                    headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(filename)}"})


def _type_or_404(type_id: str):
    try:
        return g.load_type(type_id)
    except g.GenerateError as exc:
        raise HTTPException(404, str(exc)) from None


def _form_values(t, answers: dict[str, Any]) -> dict[str, str]:
    """Answers as the strings the form's inputs show."""
    out: dict[str, str] = {}
    for f in t.fields:
        value = answers.get(f.name, f.default)
        if isinstance(value, dict) and "start" in value:
            value = f"{value['start']}-{value['end']}"
        out[f.name] = "" if value is None else (value.isoformat() if isinstance(value, dt.date) else str(value))
    return out


def app_factory():
    """For `uvicorn --factory checker.web:app_factory` (several workers)."""
    return create_app()


__all__ = ["create_app", "app_factory", "sniff", "MAX_UPLOAD"]

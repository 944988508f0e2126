"""`check DIR...`: a folder of contracts in one command; a bad file never loses the others."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

from checker import cli

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "合同"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(EXAMPLES / "unlawful-full-time.docx", folder / "a.docx")
    shutil.copy(EXAMPLES / "lawful-full-time.pdf", folder / "b.pdf")
    shutil.copy(EXAMPLES / "unlawful-part-time.txt", folder / "sub" / "c.txt")
    shutil.copy(EXAMPLES / "lawful-part-time.txt", folder / "sub" / "a.txt")  # same stem as a.docx
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 this is not a zip")
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "notes.xlsx").write_bytes(b"ignored: not a contract format")
    return folder


def test_folder_json_keeps_every_readable_report_and_lists_the_two_errors(tmp_path, run_cli):
    folder = _folder(tmp_path)
    code, out, err = run_cli("check", str(folder), "--format", "json", "--jobs", "2")
    data = json.loads(out)
    assert code == 3
    assert len(data["reports"]) == 4 and len(data["errors"]) == 2
    assert {Path(e["file"]).name for e in data["errors"]} == {"broken.docx", "empty.pdf"}
    assert "共 6 份" in err and "无法读取 2" in err and "全日制劳动合同" in err


def test_output_dir_writes_one_report_per_input_never_over_an_input(tmp_path, run_cli):
    folder = _folder(tmp_path)
    out_dir = tmp_path / "报告"
    code, _out, err = run_cli("check", str(folder), "--format", "html", "-o", f"{out_dir}/", "--jobs", "1")
    names = sorted(p.name for p in out_dir.iterdir())
    assert names == ["a-2.report.html", "a.report.html", "b.report.html", "c.report.html"]
    assert code == 3 and "已写入 4 个报告" in err
    code, _out, err = run_cli("check", str(folder / "sub" / "c.txt"), "--format", "text", "-o", str(folder / "sub" / "c.txt"))
    assert code == 2 and "不会覆盖原文件" in err
    assert (folder / "sub" / "c.txt").read_text(encoding="utf-8") == (EXAMPLES / "unlawful-part-time.txt").read_text(encoding="utf-8")


def test_docx_folder_and_csv(tmp_path, run_cli):
    folder = _folder(tmp_path)
    code, _out, _err = run_cli("check", str(folder), "--format", "docx", "--redline", "-o", str(tmp_path / "审阅"))
    assert code == 3 and len(list((tmp_path / "审阅").glob("*.reviewed.docx"))) == 4
    code, out, _err = run_cli("check", str(folder), "--format", "csv")
    rows = out.lstrip("\ufeff").splitlines()
    assert rows[0].startswith("文件,") and sum("无法读取" in r for r in rows) == 2


def test_usage_errors_are_one_line(tmp_path, run_cli):
    code, _out, err = run_cli("check", str(EXAMPLES / "unlawful-full-time.docx"), "--format", "docx")
    assert code == 2 and "需要用 -o" in err and len(err.strip().splitlines()) == 1
    code, _out, err = run_cli("check", str(EXAMPLES / "unlawful-full-time.docx"), "--redline")
    assert code == 2 and "--redline 只用于" in err


def test_progress_bar_on_request(tmp_path, run_cli):
    folder = _folder(tmp_path)
    _code, _out, err = run_cli("check", str(folder), "--format", "csv", "--progress", "--jobs", "2")
    assert "检查:" in err and "/6" in err


def test_exit_codes_without_bad_files(tmp_path, run_cli):
    code, _out, _err = run_cli("check", str(EXAMPLES / "lawful-full-time.txt"), str(EXAMPLES / "lawful-part-time.txt"))
    assert code == 0
    code, _out, _err = run_cli("check", str(EXAMPLES / "lawful-full-time.txt"), str(EXAMPLES / "unlawful-part-time.txt"))
    assert code == 1


def test_peak_memory_of_a_300_file_batch_stays_under_300_mb():
    spec = importlib.util.spec_from_file_location("batch_memory", ROOT / "benchmarks" / "batch_memory.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.measure(300, 2, "docx", EXAMPLES / "unlawful-full-time.docx")
    assert result["peak_pss_mb"] < 300, result


def test_cli_module_runs_as_a_script():
    proc = subprocess.run([sys.executable, "-m", "checker.cli", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0 and "mamagang" in proc.stdout and cli.EXIT_UNREADABLE == 3


def _json_of_cli(folder: Path, *extra: str, env: dict | None = None) -> bytes:
    done = subprocess.run([sys.executable, "-m", "checker.cli", "check", str(folder), "--format", "json",
                           "--date", "2026-06-01", "--no-progress", *extra], cwd=ROOT, capture_output=True,
                          env=env, timeout=300)
    assert done.returncode == 3, done.stderr  # the folder holds unreadable files
    return done.stdout


def test_reports_are_byte_identical_with_one_or_two_jobs_and_with_or_without_the_rule_cache(tmp_path):
    import os

    folder = _folder(tmp_path)
    env = {**os.environ, "MAMAGANG_CACHE_DIR": str(tmp_path / "cache")}
    first = _json_of_cli(folder, "--jobs", "1", env=env)  # builds the cache
    assert json.loads(first)["reports"] and json.loads(first)["errors"]
    assert _json_of_cli(folder, "--jobs", "2", env=env) == first  # read from the cache, two workers
    assert _json_of_cli(folder, "--jobs", "2", env={**env, "MAMAGANG_NO_CACHE": "1"}) == first


def test_a_dask_cluster_gives_the_same_json_as_the_cli(tmp_path):
    """benchmarks/dask_batch.py: check mapped over a folder on a local cluster of two workers."""
    folder = _folder(tmp_path)
    out = tmp_path / "dask.json"
    done = subprocess.run([sys.executable, "benchmarks/dask_batch.py", str(folder), "-o", str(out),
                           "--date", "2026-06-01"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert out.read_bytes() == _json_of_cli(folder)

"""Every speed and memory figure of issue 12, printed (asserts nothing).

    make bench                       # or: .venv/bin/python benchmarks/bench.py [--quick]

1. per format (.docx/.pdf/.txt, the deterministic corpus of benchmarks/corpus.py): the median
   time per document of each stage (read, clauses, facts, kind and the rest of the contract,
   rules, report), and the ratio of the whole to the floor measured in the same process
   (python-docx opening the file and reading its text; pdfplumber extracting the text; decoding);
2. batch throughput of `mamagang check DIR` with --jobs 1 and --jobs 2 (contracts per minute);
3. peak memory: one cold `mamagang check` process, and a 300-file batch (benchmarks/batch_memory.py);
4. cold start of the CLI (benchmarks/cold_start.py);
5. scaling with length: a contract 1×, 10×, 50× and 200× as long, and the same text as one long line;
6. scaling with the rule count: the pack ×1 and ×5 (renamed ids), evaluation time only;
7. the web face: POST /api/check p50/p95 (benchmarks/web_latency.py), when the web extras are installed.

Medians of repeated runs; the machines are noisy, so compare figures of one run with each other.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402

from checker import api  # noqa: E402
from checker.clauses import split_clauses  # noqa: E402
from checker.contract import build_contract  # noqa: E402
from checker.engine.evaluate import Evaluator  # noqa: E402
from checker.facts import extract_facts  # noqa: E402
from checker.findings import RunResult  # noqa: E402
from checker.reading import read_document  # noqa: E402
from checker.report.html_report import render_html  # noqa: E402
from checker.report.json_report import render_json  # noqa: E402


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def floor(path: Path) -> None:
    """What any tool must do to have the text: open the file with the usual library, read it."""
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        "\n".join(p.text for p in d.paragraphs)
        for table in d.tables:
            for row in table.rows:
                [c.text for c in row.cells]
    elif path.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(str(path)) as pdf:
            "\n".join(page.extract_text() or "" for page in pdf.pages)
    else:
        path.read_bytes().decode("utf-8")


STAGES = ("read", "clauses", "facts", "kind etc.", "rules", "report")


def stages(path: Path, rules, evaluator: Evaluator) -> dict[str, float]:
    """One document through the pipeline, each stage timed on its own (clauses and facts are
    timed apart, then build_contract, which does both again, gives the rest by difference)."""
    t = {}
    start = time.perf_counter()
    document = read_document(path)
    t["read"] = time.perf_counter() - start
    start = time.perf_counter()
    split_clauses(document)
    t["clauses"] = time.perf_counter() - start
    start = time.perf_counter()
    extract_facts(document)
    t["facts"] = time.perf_counter() - start
    start = time.perf_counter()
    contract = build_contract(document, params=rules.params)
    t["kind etc."] = max(0.0, time.perf_counter() - start - t["clauses"] - t["facts"])
    start = time.perf_counter()
    report = evaluator.check(contract)
    t["rules"] = time.perf_counter() - start
    start = time.perf_counter()
    result = RunResult([report], [], rules.version)
    render_json(result)
    render_html(result)
    t["report"] = time.perf_counter() - start
    return t


def per_format(folder: Path, rules, runs: int) -> None:
    evaluator = Evaluator(rules)
    print("\n1. 每份文书各环节耗时中位数（进程内、规则已加载），与读取下限之比")
    print(f"   {'格式':<5}{'份数':>4}" + "".join(f"{s:>11}" for s in STAGES) + f"{'合计':>10}{'下限':>9}{'倍数':>7}")
    for fmt in corpus.FORMATS:
        files = sorted(folder.glob(f"*.{fmt}"))
        stage_times = {s: [] for s in STAGES}
        totals, floors = [], []
        for path in files:
            stages(path, rules, evaluator)  # warm
            runs_of = [stages(path, rules, evaluator) for _ in range(runs)]
            for s in STAGES:
                stage_times[s].append(statistics.median(r[s] for r in runs_of))
            totals.append(statistics.median(sum(r.values()) for r in runs_of))
            floors.append(median_time(lambda: floor(path), runs))
        med = {s: statistics.median(v) * 1000 for s, v in stage_times.items()}
        total, low = statistics.median(totals) * 1000, statistics.median(floors) * 1000
        print(f"   .{fmt:<4}{len(files):>4}" + "".join(f"{med[s]:>9.1f}ms" for s in STAGES)
              + f"{total:>8.1f}ms{low:>7.1f}ms{total / low:>6.1f}×")


def throughput(folder: Path) -> None:
    print("\n2. 批量检查吞吐（`mamagang check 文件夹 --format csv`，整个进程，含启动）")
    files = len(list(folder.iterdir()))
    speeds = {}
    for jobs in (1, 2):
        cmd = [sys.executable, "-m", "checker.cli", "check", str(folder), "--jobs", str(jobs), "--format", "csv",
               "--no-progress"]
        elapsed = median_time(lambda: subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
                              3)
        speeds[jobs] = files / elapsed * 60
        print(f"   --jobs {jobs}: {files} 份 {elapsed:.1f} s，每分钟 {speeds[jobs]:.0f} 份")
    print(f"   --jobs 2 / --jobs 1 = {speeds[2] / speeds[1]:.2f}×（本机 {os.cpu_count()} 核）")


def memory(quick: bool) -> None:
    import batch_memory

    print("\n3. 峰值内存")
    example = ROOT / "examples" / "unlawful-full-time.docx"
    # the process reports its own high-water mark (VmHWM): getrusage would also count the pages of
    # this benchmark process it was forked from, and RUSAGE_CHILDREN the largest child so far
    probe = ("import atexit, sys; atexit.register(lambda: print(next(l.split()[1] for l in open('/proc/self/status')"
             " if l.startswith('VmHWM:')), file=sys.stderr)); from checker import cli; sys.exit(cli.main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", probe, "check", str(example)], cwd=ROOT, capture_output=True, text=True)
    peak_kb = int(done.stderr.strip().splitlines()[-1])
    print(f"   一份 .docx，新进程：峰值 RSS {peak_kb / 1024:.0f} MB")
    for files in (30,) if quick else (30, 300):
        r = batch_memory.measure(files, 2, "csv", example)
        print(f"   {files} 份 .docx --jobs 2：峰值 PSS（进程树合计）{r['peak_pss_mb']:.0f} MB，用时 {r['seconds']:.1f} s")


def cold(runs: int) -> None:
    import cold_start

    figures = cold_start.measure(ROOT / "examples" / "unlawful-full-time.docx", runs)
    print(f"\n4. 冷启动 `mamagang check 一份.docx`（新进程，{runs} 次中位数）：缓存可用 {figures['cached']:.2f} s，"
          f"关闭缓存 {figures['no_cache']:.2f} s，只导入 {figures['imports']:.2f} s")


def length(rules, runs: int) -> None:
    print("\n5. 随长度的变化（.txt 进程内检查；指数 = log(时间比)/log(长度比)，1.0 为线性）")
    type_id, text = next(m for m in corpus._markups() if m[0] == "full_time")
    points = []
    for times in (1, 10, 50, 200):
        data = corpus.lengthen(text, times).encode("utf-8")
        t = median_time(lambda: api.check(data, name="长合同.txt", rules=rules), runs if times < 50 else max(1, runs // 3))
        points.append((len(data), t))
        print(f"   {times:>4}×（{len(data) / 1024:>7.0f} KiB）：{t * 1000:8.0f} ms")
    (n1, t1), (n2, t2) = points[-2], points[-1]
    print(f"   50×→200× 的指数：{math.log(t2 / t1) / math.log(n2 / n1):.2f}")
    body = "".join(line for line in text.splitlines() if line and not line.startswith(("#", "|", "-")))
    line = body.replace("。", "，")[:20000]
    while len(line) < 20000:
        line += line[: 20000 - len(line)]
    one = median_time(lambda: api.check(line.encode(), name="一行.txt", rules=rules), runs)
    lines = "\n".join(line[i:i + 50] + "。" for i in range(0, len(line), 50))
    many = median_time(lambda: api.check(lines.encode(), name="多行.txt", rules=rules), runs)
    print(f"   一行 20,000 字没有句号：{one * 1000:.0f} ms；同样的字分成 400 句：{many * 1000:.0f} ms（{one / many:.1f}×）")


def rule_count(folder: Path, rules, runs: int) -> None:
    print("\n6. 随规则数的变化（只计规则评估）")
    five = dataclasses.replace(rules, rules=[dataclasses.replace(r, id=f"{r.id}-x{k}") for k in range(5) for r in rules.rules])
    contracts = [build_contract(read_document(p), params=rules.params) for p in sorted(folder.glob("*.txt"))]
    times = {}
    for label, pack in (("×1", rules), ("×5", five)):
        evaluator = Evaluator(pack)
        evaluator.check(contracts[0])
        times[label] = median_time(lambda: [evaluator.check(c) for c in contracts], runs) / len(contracts)
        print(f"   规则 {label}（{len(pack.rules)} 条）：每份 {times[label] * 1000:.1f} ms")
    print(f"   ×5 / ×1 = {times['×5'] / times['×1']:.2f}")


def web(quick: bool) -> None:
    print("\n7. 网页 POST /api/check")
    try:
        import web_latency
    except ImportError as exc:
        print(f"   未测：缺少网页依赖（{exc.name}）；`pip install -e '.[web]'` 后再运行")
        return
    r = web_latency.measure(ROOT / "examples" / "unlawful-full-time.docx", 20 if quick else 100)
    print(f"   顺序 {r['requests']} 次：p50 {r['p50']:.1f} ms，p95 {r['p95']:.1f} ms；"
          f"20 个同时上传全部完成 {r['concurrent_wall']:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--files", type=int, default=42, help="基准合同份数（每种格式三分之一）")
    parser.add_argument("--batch-files", type=int, default=150, help="吞吐测试的份数（启动时间摊薄到可以忽略）")
    parser.add_argument("--quick", action="store_true", help="少跑几次、不测 300 份批量（只为试跑脚本）")
    args = parser.parse_args()
    runs = 2 if args.quick else args.runs
    rules = api.ruleset()
    print(f"mamagang {api.__version__}，规则 {len(rules.rules)} 条，Python {sys.version.split()[0]}，"
          f"{os.cpu_count()} 核，{time.strftime('%Y-%m-%d')}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        corpus.write(folder, args.files)
        per_format(folder, rules, runs)
        batch = Path(tmp) / "batch"
        corpus.write(batch, args.files if args.quick else args.batch_files)
        throughput(batch)
        memory(args.quick)
        cold(runs)
        length(rules, runs)
        rule_count(folder, rules, runs)
        web(args.quick)


if __name__ == "__main__":
    main()

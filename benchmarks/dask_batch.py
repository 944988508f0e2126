"""A batch past one machine: `checker.api.check` mapped over a folder on a Dask cluster.

The checker is a pure function of (file, rules, date), so an existing distributed engine can
run a city's whole archive; no scheduler of our own is needed. This example starts a local
cluster of two worker processes; point `Client(...)` at a real scheduler's address to use many
machines (each needs mamagang installed and the files readable at the same paths).

    pip install "dask[distributed]"
    python benchmarks/dask_batch.py FOLDER [-o reports.json] [--workers 2] [--date 2026-06-01]

The JSON written is byte for byte what `mamagang check FOLDER --format json` writes (a test
compares them): the same reports, in input order, unreadable files listed as errors.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def run(folder: Path, workers: int = 2, date: str | None = None, address: str | None = None) -> str:
    """The JSON report of every file of `folder`, checked on a Dask cluster."""
    from dask.distributed import Client, LocalCluster

    from checker import api
    from checker.findings import ReadFailure, RunResult
    from checker.report.json_report import render_json

    paths = [str(p) for p in api.expand_paths([folder])]
    # each worker process loads the rule pack once (api.ruleset() is cached) and maps check_file
    cluster = None if address else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                dashboard_address=None, silence_logs=40)
    with Client(address or cluster) as client:
        outcomes = client.gather(client.map(api.check_file, paths, date=date, pure=False))
    if cluster is not None:
        cluster.close()
    reports = [o for o in outcomes if not isinstance(o, ReadFailure)]
    errors = [o for o in outcomes if isinstance(o, ReadFailure)]
    return render_json(RunResult(reports, errors, api.ruleset().version))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("-o", "--output", help="写入的 JSON 文件（默认打印）")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--date", help="按哪一天的法律检查（默认：合同上的日期）")
    parser.add_argument("--scheduler", help="已有 Dask 集群调度器的地址，例如 tcp://10.0.0.5:8786")
    args = parser.parse_args()
    start = time.perf_counter()
    text = run(Path(args.folder), args.workers, args.date, args.scheduler)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    print(f"用时 {time.perf_counter() - start:.1f} 秒", file=sys.stderr)


if __name__ == "__main__":
    main()

"""Latency of `POST /api/check` on a running `mamagang serve` (one uvicorn worker, warm).

Starts the server on a free port in a subprocess, sends one warm-up request, then N sequential
uploads of a bundled .docx and prints the median and the 90th percentile, then the same with
20 concurrent uploads.

    python benchmarks/web_latency.py [--requests 50] [--file examples/unlawful-full-time.docx]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def measure(file: Path, requests: int) -> dict[str, float]:
    """Sequential p50/p95 in ms over `requests` uploads after a warm-up, and the wall time of
    20 concurrent uploads."""
    data = file.read_bytes()
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "checker.cli", "serve", "--port", str(port)], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(timeout=30) as client:
            for _ in range(200):
                try:
                    client.get(url + "/healthz")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)

            def one(c=client) -> float:
                start = time.perf_counter()
                r = c.post(url + "/api/check", files={"file": (file.name, data)})
                r.raise_for_status()
                return (time.perf_counter() - start) * 1000

            one()
            times = sorted(one() for _ in range(requests))
            with concurrent.futures.ThreadPoolExecutor(20) as pool, httpx.Client(timeout=60) as c2:
                start = time.perf_counter()
                concurrent_times = sorted(pool.map(lambda _: one(c2), range(20)))
                wall = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(timeout=10)
    return {"requests": requests, "size_kb": len(data) / 1024, "p50": statistics.median(times),
            "p90": times[int(len(times) * 0.9)], "p95": times[min(len(times) - 1, int(len(times) * 0.95))],
            "concurrent_wall": wall * 1000, "concurrent_median": statistics.median(concurrent_times)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--file", default=str(ROOT / "examples" / "unlawful-full-time.docx"))
    args = parser.parse_args()
    r = measure(Path(args.file), args.requests)
    print(f"POST /api/check {Path(args.file).name}（{r['size_kb']:.0f} KB），顺序 {args.requests} 次："
          f"中位数 {r['p50']:.1f} ms，p90 {r['p90']:.1f} ms，p95 {r['p95']:.1f} ms")
    print(f"20 个同时上传：全部完成 {r['concurrent_wall']:.0f} ms，单个中位数 {r['concurrent_median']:.0f} ms")


if __name__ == "__main__":
    main()

"""Peak memory of a batch `mamagang check DIR --jobs N`, the whole process tree.

Copies a bundled example N times into a temporary folder, runs the CLI on it, and samples
the proportional set size (PSS: shared pages divided among the processes that share them,
so forked workers are not counted twice) of the CLI and its workers every 50 ms.

    python benchmarks/batch_memory.py [--files 300] [--jobs 2] [--format csv]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        try:
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo += [int(x) for x in fh.read().split()]
        except OSError:
            pass
    return pids


def measure(files: int, jobs: int, fmt: str, example: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i in range(files):
            shutil.copy(example, folder / f"c{i:04d}{example.suffix}")
        out = Path(tmp) / ("out" if fmt == "docx" else f"out.{fmt}")
        if fmt == "docx":
            out.mkdir()
        cmd = [sys.executable, "-m", "checker.cli", "check", str(folder), "--jobs", str(jobs), "--format", fmt,
               "-o", str(out), "--no-progress"]
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, sum(_pss_kb(p) for p in _tree(proc.pid)))
            time.sleep(0.05)
        elapsed = time.perf_counter() - start
        stderr = proc.stderr.read().decode() if proc.stderr else ""
        if proc.returncode not in (0, 1):
            raise SystemExit(f"check failed ({proc.returncode}): {stderr[-500:]}")
        return {"files": files, "jobs": jobs, "peak_pss_mb": peak / 1024, "seconds": elapsed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--format", default="csv")
    parser.add_argument("--example", default=str(ROOT / "examples" / "unlawful-full-time.docx"))
    args = parser.parse_args()
    for files in sorted({max(1, args.files // 10), args.files}):
        r = measure(files, args.jobs, args.format, Path(args.example))
        print(f"{r['files']:>5} 份 --jobs {r['jobs']} --format {args.format}: 峰值内存（PSS，进程树合计）"
              f"{r['peak_pss_mb']:.0f} MB，用时 {r['seconds']:.1f} 秒")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()

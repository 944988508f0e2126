"""Cold start of the CLI: `mamagang check FILE` in a fresh process, median of N runs,
with the rule-pack cache warm and with it turned off (MAMAGANG_NO_CACHE=1).

    python benchmarks/cold_start.py [--runs 7] [FILE]

Prints figures only; compare runs made side by side on the same machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(file: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "checker.cli", "check", str(file)], cwd=ROOT, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def measure(file: Path, runs: int) -> dict[str, float]:
    """Medians in seconds: whole check with the cache warm, with it off, and the imports alone."""
    warm = dict(os.environ)
    _run(file, warm)  # fills the cache
    cached = [_run(file, warm) for _ in range(runs)]
    cold = [_run(file, {**warm, "MAMAGANG_NO_CACHE": "1"}) for _ in range(runs)]
    imports = [float(subprocess.run([sys.executable, "-c", "import time; t=time.perf_counter(); import checker.cli, checker.api; "
                                     "print(time.perf_counter()-t)"], cwd=ROOT, capture_output=True, text=True).stdout)
               for _ in range(runs)]
    return {"cached": statistics.median(cached), "no_cache": statistics.median(cold), "imports": statistics.median(imports)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", nargs="?", default=str(ROOT / "examples" / "unlawful-full-time.docx"))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    figures = measure(Path(args.file), args.runs)
    print(f"cold `mamagang check {Path(args.file).name}`, median of {args.runs}:")
    print(f"  rule-pack cache warm : {figures['cached']:.2f} s")
    print(f"  cache off            : {figures['no_cache']:.2f} s")
    print(f"  imports alone        : {figures['imports']:.2f} s")


if __name__ == "__main__":
    main()

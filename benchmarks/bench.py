"""Speed and memory figures for mamagang (prints; asserts nothing).

    .venv/bin/python benchmarks/bench.py [--runs N]

- in-process: median time to read+parse+check each bundled example, after warm-up
  (rule pack loaded once);
- cold start: median wall time of a whole `mamagang check` process on one example;
- rule loading: median time to load and compile the bundled rule pack;
- peak RSS of a cold `mamagang check` process.
Quote medians and ratios: the machines are noisy.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker import api  # noqa: E402
from checker.engine.loader import load_rules  # noqa: E402


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    examples = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".docx", ".pdf", ".txt"))

    rules = api.ruleset()
    api.check(examples[0], rules=rules)  # warm-up: lexicons
    print(f"rules: {len(rules.rules)}")
    print(f"load rule pack (median of {args.runs}): {median_time(load_rules, args.runs) * 1000:.0f} ms")
    for path in examples:
        t = median_time(lambda: api.check(path, rules=rules), args.runs)
        print(f"check {path.name:<28} (in-process median): {t * 1000:7.1f} ms  ({path.stat().st_size / 1024:.0f} KiB)")

    exe = ROOT / ".venv" / "bin" / "mamagang"
    target = ROOT / "examples" / "unlawful-full-time.docx"
    cold = median_time(lambda: subprocess.run([str(exe), "check", str(target)], capture_output=True), max(3, args.runs // 2))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"cold `mamagang check` process (median): {cold:.2f} s; peak RSS {peak:.0f} MiB")


if __name__ == "__main__":
    main()

"""The peak memory of a child process, measured by the child itself.

getrusage(RUSAGE_CHILDREN) is the largest child so far, and a child's own ru_maxrss (also from
wait4) starts from the pages of the test process it was forked from -- both can exceed a limit
no child ever reached, or hide one that did. VmHWM in /proc/self/status belongs to the program
the child runs after exec. The child writes it to the file named by MAMAGANG_PEAK_FILE as it exits.
"""

from __future__ import annotations

import os
from pathlib import Path

PRELUDE = (
    "import atexit, os, sys\n"
    "def _peak():\n"
    "    with open('/proc/self/status') as status:\n"
    "        kb = next(line.split()[1] for line in status if line.startswith('VmHWM:'))\n"
    "    with open(os.environ['MAMAGANG_PEAK_FILE'], 'w') as out:\n"
    "        out.write(kb)\n"
    "atexit.register(_peak)\n"
)
CLI = PRELUDE + "from checker.cli import main\nsys.exit(main())\n"


def with_peak(script: str) -> str:
    """`script` (Python source) preceded by the code that reports its peak as it exits."""
    return PRELUDE + script


def peak_env(peak_file: Path, **extra: str) -> dict[str, str]:
    root = str(Path(__file__).resolve().parents[1])
    return {**os.environ, "PYTHONPATH": root, "MAMAGANG_PEAK_FILE": str(peak_file), **extra}


def peak_mb(peak_file: Path) -> float:
    """The child's peak in MB; infinite when it died before reporting (killed, out of memory)."""
    return int(peak_file.read_text()) / 1024 if peak_file.exists() else float("inf")

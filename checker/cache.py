"""Where mamagang keeps what it can reuse between runs (the rule-pack and numeral caches).

MAMAGANG_NO_CACHE=1 turns every cache off; MAMAGANG_CACHE_DIR moves them (default
$XDG_CACHE_HOME/mamagang or ~/.cache/mamagang). The folder belongs to the user running the tool,
like the program's own files. Every cache is keyed so that a change of what it was built from
builds it afresh, and a cache that cannot be read or written is simply not used.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path | None:
    if os.environ.get("MAMAGANG_NO_CACHE"):
        return None
    if os.environ.get("MAMAGANG_CACHE_DIR"):
        return Path(os.environ["MAMAGANG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or (Path.home() / ".cache")
    return Path(base) / "mamagang"


def write_atomically(target: Path, data: bytes) -> bool:
    """Write `data` to `target` through a temporary file; False when the folder is not writable."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, target)
        return True
    except OSError:
        return False

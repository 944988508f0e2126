"""What every report writer is asked for besides the Report."""

from __future__ import annotations

from dataclasses import dataclass

AUDIENCES = ("employer", "worker")


@dataclass(frozen=True)
class Options:
    audience: str = "employer"  # employer: the full review; worker: only what the mother needs, in plain words
    mask: bool = True  # 身份证号 and mobile numbers masked (last four kept); --no-mask for the owner
    redline: bool = False  # .docx only: tracked changes where a rule has lawful wording (rewrite:)

"""Where the bundled rule pack and contract templates live.

In a checkout they sit at the top level (rules/, contract_templates/); in an
installed wheel they are shipped inside the package as checker/_data/.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    bundled = _PACKAGE / "_data" / name
    if bundled.is_dir():
        return bundled
    checkout = _PACKAGE.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"找不到内置目录 {name}/：安装不完整，请重新安装 mamagang")


def rules_dir() -> Path:
    return _find("rules")


def templates_dir() -> Path:
    return _find("contract_templates")

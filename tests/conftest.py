"""Shared helpers for tests: run the CLI in-process, write rule files."""

from __future__ import annotations

import os
import tempfile
import textwrap
from pathlib import Path

import pytest
from hypothesis import settings

from checker import cli

# Property tests explore new inputs on every local run; CI (HYPOTHESIS_PROFILE=ci, set by .ci/run)
# runs a fixed, reproducible sequence so that its verdict on a commit does not depend on luck.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# The rule-pack cache of a test run lives in a fresh folder, never in the user's ~/.cache.
os.environ.setdefault("MAMAGANG_CACHE_DIR", tempfile.mkdtemp(prefix="mamagang-test-cache-"))

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture
def run_cli(capsys):
    """Run `mamagang ARGS...` in-process; returns (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        try:
            code = cli.main([str(a) for a in args])
        except SystemExit as exc:  # argparse / rule-load errors exit this way
            code = exc.code if isinstance(exc.code, int) else 1
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def write_rule(tmp_path):
    """Write a rule YAML (dedented) into a fresh rules directory; returns the directory."""
    directory = tmp_path / "my_rules"
    directory.mkdir()

    def write(name: str, text: str) -> Path:
        path = directory / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return directory

    return write

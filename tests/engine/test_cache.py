"""The rule-pack cache: read when nothing changed, rebuilt when anything did, never trusted blindly."""

from __future__ import annotations

import os
import time

import pytest

from checker.engine.loader import CACHE_KEEP, load_rules

RULE = """id: cache-probe
title: 缓存探针
severity: warning
basis:
  - law: 劳动合同法
    article: 3
    quote: 订立劳动合同，应当遵循合法、公平、平等自愿、协商一致、诚实信用的原则。
forbid:
  patterns: ["{word}"]
message: 有“{{{{ match }}}}”。
suggestion: 删除。
explain_to_worker: 探针。
examples:
  fail: ["劳动合同\\n{word}"]
"""


@pytest.fixture
def cache(tmp_path, monkeypatch):
    directory = tmp_path / "cache"
    monkeypatch.setenv("MAMAGANG_CACHE_DIR", str(directory))
    monkeypatch.delenv("MAMAGANG_NO_CACHE", raising=False)
    return directory


def _rules(tmp_path, word: str):
    directory = tmp_path / "mine"
    directory.mkdir(exist_ok=True)
    path = directory / "probe.yaml"
    path.write_text(RULE.format(word=word), encoding="utf-8")
    return directory, path


def test_the_second_load_reads_the_cache_and_gives_the_same_pack(cache, tmp_path):
    directory, _ = _rules(tmp_path, "押金")
    first = load_rules([directory], defaults=False)
    files = list(cache.glob("rules-*.pickle"))
    assert len(files) == 1
    second = load_rules([directory], defaults=False)
    assert [r.id for r in second.rules] == [r.id for r in first.rules] and second.version == first.version
    rule = second.get("cache-probe")
    assert rule.forbid.patterns[0].search("押金") and rule.message.render({"match": "押金"}) == "有“押金”。"


def test_an_edited_rule_is_never_served_from_the_cache(cache, tmp_path):
    directory, path = _rules(tmp_path, "押金")
    load_rules([directory], defaults=False)
    time.sleep(0.01)
    path.write_text(RULE.format(word="保证金"), encoding="utf-8")
    rule = load_rules([directory], defaults=False).get("cache-probe")
    assert rule.forbid.patterns[0].search("保证金") and not rule.forbid.patterns[0].search("押金")


def test_a_damaged_cache_file_is_rebuilt(cache, tmp_path):
    directory, _ = _rules(tmp_path, "押金")
    load_rules([directory], defaults=False)
    target = next(cache.glob("rules-*.pickle"))
    target.write_bytes(b"not a pickle")
    assert load_rules([directory], defaults=False).get("cache-probe") is not None


def test_no_cache_when_turned_off(cache, tmp_path, monkeypatch):
    monkeypatch.setenv("MAMAGANG_NO_CACHE", "1")
    directory, _ = _rules(tmp_path, "押金")
    load_rules([directory], defaults=False)
    assert not cache.exists()


def test_the_cache_keeps_only_the_most_recent_packs(cache, tmp_path):
    cache.mkdir()
    for i in range(CACHE_KEEP + 3):
        old = cache / f"rules-{i:032d}.pickle"
        old.write_bytes(b"x")
        os.utime(old, (1_000_000 + i, 1_000_000 + i))
    directory, _ = _rules(tmp_path, "押金")
    load_rules([directory], defaults=False)
    kept = list(cache.glob("rules-*.pickle"))
    assert len(kept) == CACHE_KEEP and not (cache / f"rules-{0:032d}.pickle").exists()

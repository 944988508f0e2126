"""The registry of fact extractors: adding a fact is declaring it in rules/facts.yaml and adding a function.

A block extractor takes a Scope (one block, see scope.py) and yields Facts. A document
extractor runs after every block extractor, with all scopes and the facts found so far
(for facts that need another fact, e.g. a probation "从用工之日起至2026年5月31日" needs
the contract's start date).
"""

from __future__ import annotations

from typing import Callable, Iterable

from checker.facts.catalogue import declared_names, load_catalogue
from checker.facts.fact import Fact
from checker.facts.scope import Scope

BlockExtractor = Callable[[Scope], Iterable[Fact]]
DocumentExtractor = Callable[[list[Scope], dict[str, list[Fact]]], Iterable[Fact]]

BLOCK_EXTRACTORS: list[tuple[tuple[str, ...], BlockExtractor]] = []
DOCUMENT_EXTRACTORS: list[tuple[tuple[str, ...], DocumentExtractor]] = []


def _declared(names: tuple[str, ...], fn: Callable) -> None:
    missing = [n for n in names if n not in load_catalogue()]
    if missing:
        raise RuntimeError(f"{fn.__module__}.{fn.__name__} produces {missing}, not declared in rules/facts.yaml")


def extractor(*names: str) -> Callable[[BlockExtractor], BlockExtractor]:
    """Register a block extractor producing facts named `names` (each declared in rules/facts.yaml)."""

    def register(fn: BlockExtractor) -> BlockExtractor:
        _declared(names, fn)
        BLOCK_EXTRACTORS.append((names, fn))
        return fn

    return register


def document_extractor(*names: str) -> Callable[[DocumentExtractor], DocumentExtractor]:
    """Register a document extractor producing facts named `names` (each declared in rules/facts.yaml)."""

    def register(fn: DocumentExtractor) -> DocumentExtractor:
        _declared(names, fn)
        DOCUMENT_EXTRACTORS.append((names, fn))
        return fn

    return register


def fact_names() -> list[str]:
    """Every declared fact name (rules/facts.yaml), sorted."""
    return declared_names()


def produced_names() -> list[str]:
    """Every fact name some extractor produces, sorted (a test checks it equals fact_names())."""
    return sorted({n for names, _ in BLOCK_EXTRACTORS + DOCUMENT_EXTRACTORS for n in names})

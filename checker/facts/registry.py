"""The registry of fact extractors: adding a fact is adding a function.

A block extractor takes a Scope (one block, see scope.py) and yields Facts. A document
extractor runs after every block extractor, with all scopes and the facts found so far
(for facts that need another fact, e.g. a probation "从用工之日起至2026年5月31日" needs
the contract's start date).
"""

from __future__ import annotations

from typing import Callable, Iterable

from checker.facts.fact import Fact
from checker.facts.scope import Scope

BlockExtractor = Callable[[Scope], Iterable[Fact]]
DocumentExtractor = Callable[[list[Scope], dict[str, list[Fact]]], Iterable[Fact]]

BLOCK_EXTRACTORS: list[tuple[tuple[str, ...], BlockExtractor]] = []
DOCUMENT_EXTRACTORS: list[tuple[tuple[str, ...], DocumentExtractor]] = []


def extractor(*names: str) -> Callable[[BlockExtractor], BlockExtractor]:
    """Register a block extractor producing facts named `names`."""

    def register(fn: BlockExtractor) -> BlockExtractor:
        BLOCK_EXTRACTORS.append((names, fn))
        return fn

    return register


def document_extractor(*names: str) -> Callable[[DocumentExtractor], DocumentExtractor]:
    """Register a document extractor producing facts named `names`."""

    def register(fn: DocumentExtractor) -> DocumentExtractor:
        DOCUMENT_EXTRACTORS.append((names, fn))
        return fn

    return register


def fact_names() -> list[str]:
    """Every fact name some extractor may produce, sorted."""
    return sorted({n for names, _ in BLOCK_EXTRACTORS + DOCUMENT_EXTRACTORS for n in names})

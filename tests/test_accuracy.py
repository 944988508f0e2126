"""Measured accuracy on the labelled corpus (tests/corpus). The levels asserted here are
the ones reached and reported in README; a rule change that loses them fails CI."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker import api
from checker.evaluation import evaluate_corpus

CORPUS = Path(__file__).resolve().parent / "corpus"


@pytest.fixture(scope="module")
def evaluation():
    return evaluate_corpus(CORPUS)


def test_corpus_size_and_mix(evaluation):
    assert len(evaluation.results) >= 30
    assert sum(r.lawful for r in evaluation.results) >= 10
    assert all(r.unreadable is None for r in evaluation.results)


def test_recall(evaluation):
    missed = {r.path.name: sorted(r.missed) for r in evaluation.results if r.missed}
    assert evaluation.recall >= 0.95, missed


def test_no_error_on_lawful_contracts(evaluation):
    false = {r.path.name: r.errors for r in evaluation.results if r.lawful and r.errors}
    assert false == {}


def test_error_precision(evaluation):
    assert evaluation.error_precision >= 0.95


def test_filled_mohrss_model_contract_gets_no_error():
    report = api.check(CORPUS / "mohrss-2019-filled.txt", city="中山", date="2026-03-01")
    assert [f.rule for f in report.findings if f.severity == "error"] == []
    assert report.contract.kind.kind == "full_time"


def test_accuracy_holds_when_the_checker_detects_the_kind_itself():
    evaluation = evaluate_corpus(CORPUS, detect_kind=True)
    assert evaluation.recall >= 0.95
    assert evaluation.false_errors == 0


def test_non_contracts_are_refused_and_every_contract_is_checked(evaluation):
    refused, labelled = evaluation.refused
    assert labelled >= 3 and refused == labelled
    assert [r.path.name for r in evaluation.wrongly_unchecked] == []


def test_relation_is_detected_as_labelled(evaluation):
    same, total = evaluation.agreement("relation")
    assert total >= 200 and same / total >= 0.98


def test_the_held_out_batches_are_readable_and_labelled_but_not_gated():
    """tests/heldout is measured, never tuned on (tests/heldout/README.md): every document must
    read and every label must parse; its accuracy is reported, not asserted."""
    heldout = Path(__file__).resolve().parent / "heldout"
    for batch in sorted(p for p in heldout.iterdir() if p.is_dir()):
        result = evaluate_corpus(batch)
        assert len(result.results) >= 18, batch
        assert all(r.unreadable is None for r in result.results), batch

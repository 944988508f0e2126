# Every target bootstraps .venv itself: a fresh clone needs only `make demo` or `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO   ?= examples/unlawful-full-time.docx

.PHONY: demo test accuracy bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Stamps record what was installed; they are redone when pyproject.toml changes.
$(VENV)/.installed-base: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[web,test]'
	touch $@ $(VENV)/.installed-base

# `check` exits 1 when it finds problems, which is what the demo is meant to show.
demo: $(VENV)/.installed-base
	$(BIN)/mamagang check $(DEMO) || test $$? -eq 1

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

bench: $(VENV)/.installed-base
	$(BIN)/python benchmarks/bench.py

accuracy: $(VENV)/.installed-base
	$(BIN)/mamagang eval tests/corpus

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build dist

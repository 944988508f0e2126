# Every target bootstraps .venv itself: a fresh clone needs only `make demo` or `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO   ?= examples/unlawful-full-time.docx
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test accuracy bench clean system-deps serve

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
DEMO_OUT ?= demo-output
demo: $(VENV)/.installed-base
	@mkdir -p $(DEMO_OUT)
	$(BIN)/mamagang check $(DEMO) || test $$? -eq 1
	$(BIN)/mamagang check $(DEMO) --format html -o $(DEMO_OUT)/report.html || test $$? -eq 1
	$(BIN)/mamagang check $(DEMO) --format html --audience worker -o $(DEMO_OUT)/worker.html || test $$? -eq 1
	$(BIN)/mamagang check $(DEMO) --format docx --redline -o $(DEMO_OUT)/reviewed.docx || test $$? -eq 1
	@echo ""
	@echo "报告已写入 $(DEMO_OUT)/：report.html（完整报告，用浏览器打开）、worker.html（给劳动者的一页）、"
	@echo "reviewed.docx（原 Word 文件加批注和修订，用 Word 或 LibreOffice 打开，在“审阅”中接受或拒绝）"

test: $(VENV)/.installed-test system-deps
	$(BIN)/python -m pytest

# Browser tests drive Debian's Chromium (Playwright cannot download one here) and the .docx
# report is opened by LibreOffice: install them with apt-get when they are missing.
system-deps:
	@if ! command -v chromium >/dev/null || ! command -v soffice >/dev/null; then \
	  echo "installing chromium and libreoffice-writer-nogui with apt-get (browser and .docx tests)"; \
	  $(SUDO) apt-get update -qq >/dev/null && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium libreoffice-writer-nogui >/dev/null; \
	fi

serve: $(VENV)/.installed-test
	$(BIN)/mamagang serve

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench.py

accuracy: $(VENV)/.installed-base
	$(BIN)/mamagang eval tests/corpus

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build dist $(DEMO_OUT)

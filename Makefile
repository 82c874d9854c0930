# Two commands do everything on a fresh machine: `make serve` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CHROMIUM_PATH ?= /usr/bin/chromium
export CHROMIUM_PATH
export NO_MKDOCS_2_WARNING := 1
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: all setup build serve test test-fast check lint bench chromium clean

all: build

# Python: a venv with the pinned packages; re-installed when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[site,test]'
	touch $@

# npm: the exact versions in package-lock.json.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

setup: $(VENV)/.installed node_modules/.installed

# Debian's Chromium for the browser tests (Playwright cannot download browsers here).
chromium:
	@if [ -x "$(CHROMIUM_PATH)" ]; then \
	  echo "Chromium: $(CHROMIUM_PATH)"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
	  echo "Chromium is needed for the browser tests: run 'sudo apt-get install chromium'," \
	       "or set CHROMIUM_PATH to a Chromium binary." >&2; exit 1; \
	fi

check: setup
	$(VENV)/bin/protocol check

# The layers (pyproject.toml, [tool.importlinter]): each imports only those below it.
lint: setup
	$(VENV)/bin/lint-imports --no-cache

build: setup check
	$(VENV)/bin/mkdocs build --strict

serve: build
	$(VENV)/bin/protocol serve site --host $(HOST) --port $(PORT)

# Two pytest-xdist workers, a test file at a time, browser files first (tests/conftest.py);
# TEST_WORKERS=0 runs everything in one process.
TEST_WORKERS ?= 2
XDIST := -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

test: setup chromium lint
	$(PY) -m pytest -q $(XDIST)

test-fast: setup lint
	$(PY) -m pytest -q $(XDIST) -m "not browser and not pyodide"

bench: setup chromium
	$(PY) -m tests.support.bench

clean:
	rm -rf site .pytest_cache

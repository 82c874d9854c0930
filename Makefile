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

.PHONY: all setup build dist serve test test-fast check lint bench screenshots chromium java clean

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

# Java runs the HTML validator (vnu.jar from npm; its npm wrapper would download a JDK instead).
java:
	@if command -v java >/dev/null; then \
	  echo "Java: $$(command -v java)"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null; \
	else \
	  echo "Java is needed for the HTML validator: run 'sudo apt-get install default-jre-headless'." >&2; exit 1; \
	fi

check: setup
	$(VENV)/bin/protocol check

# The layers (pyproject.toml, [tool.importlinter]): each imports only those below it.
lint: setup
	$(VENV)/bin/lint-imports --no-cache

build: setup check
	$(VENV)/bin/mkdocs build --strict

# What to upload to a static host: the built site as a reproducible archive, and its headers
# for an nginx server block (Netlify and Cloudflare Pages read site/_headers themselves).
dist: build
	mkdir -p dist
	tar --sort=name --mtime='1980-01-01 00:00Z' --owner=0 --group=0 --numeric-owner \
	  -C site -cf - . | gzip -9n > dist/protocol-site.tar.gz
	$(VENV)/bin/protocol headers site --format nginx > dist/nginx-headers.conf
	@echo "dist/protocol-site.tar.gz and dist/nginx-headers.conf are ready to upload"

serve: build
	$(VENV)/bin/protocol serve site --host $(HOST) --port $(PORT)

# Two pytest-xdist workers, a test file at a time, browser files first (tests/conftest.py);
# TEST_WORKERS=0 runs everything in one process.
TEST_WORKERS ?= 2
XDIST := -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

test: setup chromium java lint
	$(PY) -m pytest -q $(XDIST)

test-fast: setup java lint
	$(PY) -m pytest -q $(XDIST) -m "not browser and not pyodide"

# BENCH_ARGS="--baseline REV": before (REV) and after in one run; or names of metrics to run.
bench: setup chromium
	$(PY) -m tests.support.bench $(BENCH_ARGS)

# A PNG of one page of each kind, phone and desktop, light and dark, into build/screenshots/.
screenshots: build chromium
	$(PY) -m tests.support.screenshots site --out build/screenshots

clean:
	rm -rf site dist .pytest_cache

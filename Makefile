# One entry point for every task. Each target installs what it needs into .venv first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: help install serve build offline pdf test lint bench check-external-links clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' Makefile | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

# The venv is rebuilt when a requirements file changes (stamp files).
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.site-installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/python tools/add_project_to_venv.py
	@touch $@

$(VENV)/.test-installed: requirements-test.txt $(VENV)/.site-installed
	$(BIN)/pip install --quiet -r requirements-test.txt
	@touch $@

node_modules/.installed: package.json
	npm install --no-package-lock --no-audit --no-fund --loglevel=error
	@touch $@

install: $(VENV)/.test-installed node_modules/.installed  ## install every dependency

serve: $(VENV)/.site-installed  ## strict build, serve at http://127.0.0.1:8000 with live reload
	$(BIN)/mkdocs serve --strict --livereload --dev-addr $(HOST):$(PORT)

build: $(VENV)/.site-installed  ## strict build into site/
	$(BIN)/mkdocs build --strict --clean --site-dir site

offline: $(VENV)/.site-installed  ## site for reading from disk, zipped into build/mla-c01-study-guide-offline.zip
	OFFLINE=true $(BIN)/mkdocs build --strict --clean --site-dir build/offline
	$(BIN)/python tools/make_zip.py build/offline build/mla-c01-study-guide-offline.zip

pdf: $(VENV)/.test-installed  ## strict build, then a PDF per nav section and one whole guide in site/downloads/
	$(BIN)/mkdocs build --strict --clean --site-dir site
	$(BIN)/python tools/make_pdf.py --site site

test: $(VENV)/.test-installed node_modules/.installed  ## the whole test suite
	$(BIN)/python -m pytest

lint: $(VENV)/.test-installed  ## ruff on macros/, tests/, tools/
	$(BIN)/ruff check macros tests tools
	$(BIN)/ruff format --check macros tests tools

bench: $(VENV)/.test-installed node_modules/.installed  ## build, stock build, serve reload, Lighthouse and PDF figures
	$(BIN)/python tools/bench.py --runs 5
	$(BIN)/python tools/bench_pdf.py --runs 3

check-external-links: $(VENV)/.test-installed  ## every link of the built site, AWS pages included (needs internet)
	$(BIN)/linkchecker --check-extern --no-warnings site/index.html

clean:  ## remove the build output and the installed tools
	rm -rf site build $(VENV) node_modules .pytest_cache .ruff_cache

# Two commands do everything on a fresh machine: `make repro` and `make test`.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
CORPORA ?=
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)

.PHONY: setup repro test lint clean browser

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e '.[dev,ray]'
	touch $@

setup: $(VENV)/.installed

# CORPORA=DIR adds the public corpora's training splits (see params.yaml `corpora`).
repro: setup
	$(PY) -m pipeline.params_set corpora.dir "$(CORPORA)"
	$(VENV)/bin/dvc repro

# The HTML report test opens the report in Debian's chromium; install it when missing and possible (root + apt).
browser:
	@command -v chromium >/dev/null || { command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ] && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	  echo "chromium not installed: the browser test will be skipped"; }

test: setup browser
	$(VENV)/bin/pytest -q -rs

lint: setup
	$(VENV)/bin/ruff check pipeline tests

clean:
	rm -rf $(VENV)

# `make serve` and `make test` work on a fresh machine: the first run creates .venv
# and installs the project into it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test lint bench clean install validate

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# `make validate FORMAT=github` is what the pull-request check runs.
FORMAT ?= text
validate: $(STAMP)
	$(BIN)/awards validate --format $(FORMAT)

serve: $(STAMP)
	$(BIN)/mkdocs serve -a 127.0.0.1:8000

build: $(STAMP)
	$(BIN)/mkdocs build --strict

test: $(STAMP)
	$(BIN)/ruff check
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf site .pytest_cache

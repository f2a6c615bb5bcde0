# `make serve` and `make test` work on a fresh machine: the first run creates .venv
# and installs the project into it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test test-properdocs lint bench clean install validate from-issue locale messages

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -q -e '.[test]'
	$(BIN)/python -c 'import sys; from award_archive.contract.i18n import main; sys.exit(main())' compile
	touch $(STAMP)

install: $(STAMP)

# The message catalogues (plugins/award_archive/locale/<lang>/LC_MESSAGES/awards.po):
# `make locale` compiles each .po to its .mo (without a .mo the .po is compiled in memory);
# `make messages` extracts every _() message and adds the new ones to each .po, to translate.
locale: $(STAMP)
	$(BIN)/python -c 'import sys; from award_archive.contract.i18n import main; sys.exit(main())' compile

messages: $(STAMP)
	$(BIN)/python -c 'import sys; from award_archive.contract.i18n import main; sys.exit(main())' update

# `make validate FORMAT=github` is what the pull-request check runs.
FORMAT ?= text
validate: $(STAMP)
	$(BIN)/awards validate --format $(FORMAT)

# `make from-issue ISSUE=body.md OUT=dir`: an issue written with the new-entry form to an
# entry, then `awards validate`; the answer for the issue in OUT/comment.md (the step of
# .github/workflows/entry-from-issue.yml).
ISSUE ?= issue.md
OUT ?= .from-issue
from-issue: $(STAMP)
	AWARDS=$(BIN)/awards .github/scripts/entry-from-issue.sh "$(ISSUE)" "$(OUT)"

serve: $(STAMP)
	$(BIN)/mkdocs serve -a 127.0.0.1:8000

build: $(STAMP)
	$(BIN)/mkdocs build --strict

test: $(STAMP)
	$(BIN)/ruff check
	$(BIN)/mypy
	$(BIN)/python -m pytest --cov=award_archive --cov-report=term:skip-covered

# The build tests again under ProperDocs, MkDocs' maintained fork: a second venv where
# properdocs replaces mkdocs (uninstalled there, so nothing can fall back to it).
PD_VENV := .venv-properdocs
PD_STAMP := $(PD_VENV)/.installed-stamp
$(PD_STAMP): pyproject.toml
	test -x $(PD_VENV)/bin/python || $(PYTHON) -m venv $(PD_VENV)
	$(PD_VENV)/bin/python -m pip install --disable-pip-version-check -q -e '.[test]' 'properdocs==1.6.7'
	$(PD_VENV)/bin/python -m pip uninstall --disable-pip-version-check -q -y mkdocs
	touch $(PD_STAMP)

test-properdocs: $(PD_STAMP)
	$(PD_VENV)/bin/python -m pytest -m "build and not browser" -p no:cacheprovider

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf site .pytest_cache .coverage .coverage.*

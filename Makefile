# Palmares: `make demo` to see it, `make test` to check it. Nothing else is needed before.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test install install-dev fast-test lint format messages serve clean-data

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# Stamps: reinstall only when a requirements file changes.
$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(PIP) install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## demo: install, migrate the embedded SQLite database, load the demo award and serve it
demo: install
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo
	@echo "Serving Palmares on http://$(HOST):$(PORT)/ (Ctrl-C to stop)"
	$(MANAGE) runserver $(HOST):$(PORT)

## test: lint, check, and run the whole suite
test: install-dev lint
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	command -v chromium >/dev/null || (apt-get install -y chromium || (apt-get update && apt-get install -y chromium))
	$(BIN)/pytest -n auto

## fast-test: the suite without browser and PostgreSQL-only tests
fast-test: install-dev
	$(BIN)/pytest -m "not browser and not postgres"

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## messages: refresh the fr/es/pt catalogues from the code, then compile them
messages: install-dev
	$(MANAGE) makemessages --all --no-obsolete --ignore=.venv --ignore=data --ignore=staticfiles --ignore="tests/*"
	$(MANAGE) compilemessages --ignore=.venv

serve: install
	$(MANAGE) migrate --noinput
	$(MANAGE) runserver $(HOST):$(PORT)

## clean-data: delete the embedded database and uploaded files (the demo starts afresh)
clean-data:
	rm -rf data

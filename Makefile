# Symbios — the two commands are `make run` and `make test`; both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000
LANGS := et fi sl pt

.PHONY: run test test-fast lint format messages compilemessages demo install lock clean check

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[test,dev]"
	touch $(STAMP)

install: $(STAMP)

## Serve the site with demo content on http://127.0.0.1:8000 (SQLite by default).
run: $(STAMP)
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

## The whole test suite (browser tests skip without Chromium unless CI=true).
test: $(STAMP)
	$(BIN)/python -m pytest

## Everything but the browser tests.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not browser"

check: $(STAMP)
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

## Extract UI strings into locale/*/LC_MESSAGES/django.po and compile them.
messages: $(STAMP)
	$(BIN)/python manage.py makemessages $(addprefix -l ,$(LANGS)) --no-location --no-obsolete \
		--ignore='.venv/*' --ignore='tests/*' --ignore='bench/*' --ignore='staticfiles/*'
	$(MAKE) compilemessages

compilemessages: $(STAMP)
	$(BIN)/python manage.py compilemessages --ignore='.venv/*'

demo: $(STAMP)
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo

## Refresh the pinned versions after changing pyproject.toml.
lock:
	rm -rf /tmp/symbios-lock && $(PYTHON) -m venv /tmp/symbios-lock
	/tmp/symbios-lock/bin/pip install --quiet ".[test,dev]"
	/tmp/symbios-lock/bin/pip freeze --exclude-editable | grep -v '^symbios' > requirements.lock

clean:
	rm -rf $(VENV) staticfiles .test-media

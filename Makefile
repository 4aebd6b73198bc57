# The front door. `make run` and `make test` do all set-up on a fresh clone.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install migrate demo bench-speed bench-accuracy screenshot clean

run: migrate demo
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run >/dev/null
	$(PY) -m pytest -q $(PYTEST_ARGS)

install: $(VENV)/.installed

# Re-install only when the pins change.
$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

migrate: install
	$(PY) manage.py migrate --noinput

# The demo pages go in once: on an archive that already has articles this does nothing.
demo: install
	$(PY) manage.py import_articles --if-empty demo/

bench-speed: install
	$(PY) bench/speed.py

bench-accuracy: install
	$(PY) manage.py evaluate_extraction --json bench/results/accuracy.json

clean:
	rm -rf $(VENV) staticfiles .pytest_cache

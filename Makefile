# Sharaka task runner. `make run` serves the demo portal; `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# The embedded demo mode: SQLite, in-memory cache, console email, immediate tasks.
export DEBUG ?= 1
export SHARAKA_DEMO ?= 1

.PHONY: run install migrate demo compilemessages serve test test-sqlite test-postgres test-schemathesis lint format messages bench evidence evidence-xss clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(PY) manage.py migrate --no-input

demo: migrate
	$(PY) manage.py load_demo

# The .mo files are committed; with GNU gettext at hand they are rebuilt anyway.
compilemessages: install
	@if command -v msgfmt >/dev/null 2>&1; then \
		$(PY) manage.py compilemessages --ignore=.venv --verbosity 0; \
	else echo "  (GNU gettext not found: using the committed translations)"; fi

run: demo compilemessages
	$(PY) manage.py collectstatic --no-input --verbosity 0
	@echo
	@echo "  Sharaka is served at   http://$(HOST):$(PORT)/ar/  (also /fr/ and /en/)"
	@echo "  Admin:                 http://$(HOST):$(PORT)/admin/"
	@echo "  API docs:              http://$(HOST):$(PORT)/api/docs/"
	@$(PY) manage.py demo_credentials
	@echo
	$(VENV)/bin/gunicorn cms.wsgi:application --bind $(HOST):$(PORT) \
		--workers 1 --threads 8 --access-logfile - --graceful-timeout 5

# The whole suite, one worker per core (pytest-xdist); browser tests need Debian's
# chromium (see .ci/run). PYTEST_WORKERS=0 runs it in one process.
PYTEST_WORKERS ?= auto
test: install
	$(PY) -m pytest -n $(PYTEST_WORKERS)

test-postgres: install
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/sharaka} $(PY) -m pytest -n $(PYTEST_WORKERS)

# Schemathesis over /api/schema/, anonymous and as a citizen, a few generated examples
# an operation (SCHEMATHESIS_EXAMPLES to raise it); .ci/run runs it after `make test`.
test-schemathesis: install
	SCHEMATHESIS=1 $(PY) -m pytest -m schemathesis tests/evidence -n $(PYTEST_WORKERS) -p no:randomly

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Refresh the ar/fr/en catalogues (needs GNU gettext), then compile them.
messages: install
	$(PY) manage.py makemessages -l ar -l fr -l en --ignore=.venv --ignore=var --ignore=tests --ignore=bench
	$(PY) manage.py compilemessages --ignore=.venv

# Quick by default (a few minutes); FULL=1 runs longer, then the search benchmarks;
# SEARCH=1 runs the search benchmarks alone (BENCH_SIZES, BENCH_DATABASES);
# WRITE=1 writes the figures into bench/ (nothing tracked is rewritten otherwise).
bench: install
	$(PY) -m bench $(if $(FULL),--full) $(if $(SEARCH),--search) $(if $(WRITE),--write)

# The README's evidence against gunicorn (5 workers, DEBUG off) on a throw-away
# PostgreSQL database (EVIDENCE_PG_ADMIN_URL, 127.0.0.1:5432 by default): the seat
# race, crash durability with kill -9, login throttling and sign-up timing, the
# upload corpus with peak memory, bots and people at human pace.
evidence: install
	$(PY) -m bench.evidence.seat_race
	$(PY) -m bench.evidence.crash_writes
	$(PY) -m bench.evidence.login_timing
	$(PY) -m bench.evidence.uploads
	$(PY) -m bench.evidence.bots
	$(PY) -m bench.evidence.humans

# The XSS corpus in Debian's Chromium over the site, the feeds and the admin
# (PostgreSQL, pytest-django's live server).
evidence-xss: install
	$(PY) -m bench.evidence.xss

clean:
	rm -rf var/sharaka.sqlite3* var/static var/media

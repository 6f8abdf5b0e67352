# The two commands of the README: `make demo` and `make test`. Everything else they need is installed here.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXTRAS := web,parquet,test,browser

.PHONY: demo test install eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS)]'
	touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/quotetrail extract examples/*.txt

test: install
	$(BIN)/python -m pytest

eval: install
	$(BIN)/python eval/gate.py

clean:
	rm -rf $(VENV) *.egg-info src/*.egg-info demo.db

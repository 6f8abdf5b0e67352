# The two commands of the README: `make demo` and `make test`. Everything else they need is installed here.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXTRAS := web,parquet,spark,test,browser

.PHONY: demo test install eval clean bench-install bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml Makefile | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS)]'
	touch $@

install: $(VENV)/.installed

demo: install
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/quotetrail ingest examples/ --db demo.db
	@echo; echo "== Who said what"
	@$(BIN)/quotetrail quotes --db demo.db --limit 100
	@echo; echo "== Who they are"
	@$(BIN)/quotetrail speakers --db demo.db
	@echo; echo "== Quotes whose words were changed from one article to another"
	@$(BIN)/quotetrail variants --db demo.db --altered
	@echo; echo "== Stories"
	@$(BIN)/quotetrail stories --db demo.db
	@echo; echo "Browse it: $(BIN)/quotetrail serve --db demo.db   then open http://127.0.0.1:8000/"

test: install
	$(BIN)/python -m pytest

eval: install
	$(BIN)/python eval/gate.py

# The speed/quality benchmark against textacy + spaCy; its dependencies are pinned by hash, apart from the project's.
$(VENV)/.bench-installed: bench/requirements.txt $(VENV)/.installed
	$(BIN)/python -m pip install --quiet --require-hashes -r bench/requirements.txt
	touch $@

bench-install: $(VENV)/.bench-installed

bench: bench-install
	$(BIN)/python bench/bench_extract.py

clean:
	rm -rf $(VENV) *.egg-info src/*.egg-info demo.db demo.db-wal demo.db-shm

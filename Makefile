# flashpoint: the README's commands. Every target creates .venv/ on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
export PYTHONDONTWRITEBYTECODE = 1

.PHONY: install demo test test-fast bench eval lint clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	@mkdir -p out
	$(BIN)/flashpoint extract demo/docs/* --format jsonl --output out/demo.jsonl
	$(BIN)/python -m flashpoint.summary out/demo.jsonl
	$(BIN)/flashpoint eval demo/docs --gold demo/gold

test: $(STAMP)
	$(BIN)/pytest -q

test-fast: $(STAMP)
	$(BIN)/pytest -q -m "not slow"

bench: $(STAMP)
	$(BIN)/python bench/bench_extract.py --output docs/BENCHMARKS.md

eval: $(STAMP)
	@mkdir -p out
	$(BIN)/flashpoint extract $(SHARED)/corpus/seed/soleimani-strike-2020-01-03.txt --published 2020-01-03 --format jsonl --output out/seed.jsonl
	python3 $(SHARED)/eval/score.py $(SHARED)/gold/soleimani-strike-2020-01-03.gold.jsonl --pred out/seed.jsonl
	$(BIN)/flashpoint eval demo/docs --gold demo/gold
	$(BIN)/flashpoint eval $(SHARED)/data/dev/acled/*.csv --sample 300 --seed 0

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy src

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache

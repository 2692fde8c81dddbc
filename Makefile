# Two entry points for a fresh machine (Python 3.11+): `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/govqa ingest data/reports
	$(BIN)/govqa sources
	@for q in "额敏县全年接收行政复议案件多少件？" "普兰县组织召开县政府常务会议、法治建设专题会议多少次？" "叶城县和额敏县分别调解了多少件矛盾纠纷？" "额敏县2025年地区生产总值是多少？"; do \
		echo; echo "问: $$q"; $(BIN)/govqa ask "$$q"; done

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check retrieval bot tests bench
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/quality.py

clean:
	rm -rf $(VENV) data/index

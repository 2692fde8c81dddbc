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
	@for q in "额敏县办理减免责案件多少件？" "普兰县下一步有什么打算？" "额敏县和普兰县谁受理的行政复议案件多？" "哪个县持证执法人员最多？" "哪几份报告提到了公职律师？" "叶城县报告的发布时间是？" "额敏县的人均GDP是多少？"; do \
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

# The two commands of the README: `make run` and `make test`.
# Each creates .venv from pyproject.toml on first use.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

# Translations: .ts sources in resources/i18n/ and the compiled .qm beside them (both committed).
TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test bench screenshot clean translations qm

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# The engine's compiled loop (model/year_loop.py, numba, cache=True): compiled once here, so
# the test workers and the first `make run` load numba's cache instead of compiling (~10-30 s).
COMPILED := $(VENV)/.model-compiled
$(COMPILED): model/year_loop.py $(STAMP)
	$(PY) -c "import model; model.simulate({})"
	touch $(COMPILED)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

qm: $(QM_FILES)

# Re-read the sources (gui/, cli/, the parameter table, presets) into the .ts files, keeping
# every translation made so far; then translate what it lists as untranslated.
translations: $(STAMP)
	$(PY) -m cli._translations
	$(MAKE) qm

run: $(STAMP) $(QM_FILES) $(COMPILED)
	$(PY) main.py

test: $(STAMP) $(QM_FILES) $(COMPILED)
	$(PY) -m pytest -q -n auto --dist loadfile; rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; exit 1; fi; exit $$rc

bench: $(STAMP)
	$(PY) -m bench

screenshot: $(STAMP) $(QM_FILES)
	$(PY) main.py screenshot --out screenshot.png

clean:
	rm -rf $(VENV) build dist *.egg-info

# wenxian — one command to build, one to test (see README.md).
#
#   make        set up .venv and build the bundled article's sites and PDFs
#   make test   set up .venv and run the whole test suite
#   make bench  print the benchmarks' figures (BENCH_ARGS=--full adds 100 articles)
#   make fuzz   the property tests of tests/fuzz/ with many more examples

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: all site test bench fuzz import-score import-corpus clean distclean

all: site

$(STAMP): pyproject.toml
	@scripts/debian-deps.sh base
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	  || { echo "wenxian needs Python 3.11 or newer ($(PYTHON) is older)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $(STAMP)

# The PDFs need TeX Live and the Noto CJK fonts (scripts/debian-deps.sh pdf):
# installed as root; otherwise the script prints the apt-get command to run and
# only the sites are built.
site: $(STAMP)
	@if scripts/debian-deps.sh pdf; then \
	  $(BIN)/wenxian build && echo "The PDFs are in $(CURDIR)/_build/site/pdf/"; \
	else \
	  echo "(building the sites only: the PDFs need the packages above)"; $(BIN)/wenxian build site; \
	fi
	@echo "The site is at $(CURDIR)/_build/site/index.html (zh-Hans/ and zh-Hant/)"

# Chromium (and npm's axe-core) for the browser tests, TeX Live for the PDF tests: installed as
# root (CI); elsewhere, when they cannot be, those tests skip (never in CI,
# where CI is set).
test: $(STAMP)
	@scripts/debian-deps.sh browser pdf || [ -z "$$CI" ]
	@# axe-core for the accessibility tests (tests/browser/axe.py), from its lock file.
	@if command -v npm >/dev/null 2>&1; then npm ci --prefix tests/browser/axe --no-audit --no-fund --silent; \
	  else echo "(npm is missing: the accessibility tests skip; scripts/debian-deps.sh browser installs it)"; fi
	$(BIN)/python -m pytest

# The scale table last (docs/benchmarks.md); BENCH_ARGS=--full adds N = 100.
bench: $(STAMP)
	@scripts/debian-deps.sh bench || echo "(without pandoc the table has no pandoc row)"
	@$(BIN)/python -m pip install -q -e '.[test,bench]' || echo "(without the bench extra the tables have no zhconv-rs, Pagefind or pdfplumber rows)"
	@for b in benchmarks/*_bench.py; do \
	  [ "$$b" = benchmarks/scale_bench.py ] && continue; echo "== $$b"; $(BIN)/python $$b || exit 1; done
	@echo "== benchmarks/scale_bench.py $(BENCH_ARGS)"; $(BIN)/python benchmarks/scale_bench.py $(BENCH_ARGS)

# The normal suite runs each fuzz property a few dozen times; this runs it
# FUZZ_EXAMPLES times (tests/fuzz/budget.py).
FUZZ_EXAMPLES ?= 5000
fuzz: $(STAMP)
	WENXIAN_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest tests/fuzz -q -p no:cacheprovider

# The importer's accuracy on the import corpus (benchmarks/importcorpus/README.md):
# one row per extractor and journal layout, the held-out part included.
import-score: $(STAMP)
	$(BIN)/python benchmarks/importcorpus/score.py

# Typeset the corpus again and re-extract its texts (needs TeX Live, Chromium and qpdf
# for the HTML layouts, the corpus extra: pdfminer.six, pypdfium2, pypdf and pdfplumber, and PyMuPDF
# installed by hand — `pip install pymupdf`: AGPL, so no extra names it; see the corpus README).
import-corpus: $(STAMP)
	@scripts/debian-deps.sh pdf browser corpus
	$(BIN)/python -m pip install -q -e '.[test,corpus]'
	$(BIN)/python benchmarks/importcorpus/generate.py

clean:
	rm -rf _build

distclean: clean
	rm -rf $(VENV) build_tools/*.egg-info

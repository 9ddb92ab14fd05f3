# service-index — quarterly 766 service index from dossier exports.
# `make help` lists the targets. Every target installs what it needs (libcsv-dev).

SWIFT        ?= swift
RELEASE_BIN  := .build/release/service-index
DEMO_DIR     := demo-data
QUARTER      ?= 2025-Q3
PREV_QUARTER ?= 2025-Q2

.PHONY: help build deps test report demo bench fuzz sanitize lint clean

build: deps ## Build the release binary (.build/release/service-index)
	$(SWIFT) build -c release --product service-index

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

deps: ## Install libcsv-dev when it is missing (apt-get)
	@scripts/install-deps.sh

test: deps ## Build and run every test, then cross-check against the Python reference
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	python3 -m unittest discover -s tools/reference -q
	scripts/crosscheck.sh .build/debug/service-index

demo: build ## Generate the synthetic demo data into demo-data/ (once)
	@if [ ! -f $(DEMO_DIR)/manifest.json ]; then $(RELEASE_BIN) generate --out $(DEMO_DIR); fi

report: demo ## Report on the demo data: reports/2025-Q2/ then reports/2025-Q3/ (with rank change)
	$(RELEASE_BIN) report $(DEMO_DIR) --quarter $(PREV_QUARTER) --out reports/$(PREV_QUARTER) --quiet
	$(RELEASE_BIN) report $(DEMO_DIR) --quarter $(QUARTER) --out reports/$(QUARTER)
	@echo "open reports/$(QUARTER)/report.html"

bench: build ## Time report against DuckDB on a 5M-row generated export (see scripts/bench.sh)
	scripts/bench.sh

lint: ## Check formatting with swift format (configuration in .swift-format)
	$(SWIFT) format lint --recursive Sources Tests

clean: ## Remove build products, demo data and reports
	rm -rf .build reports $(DEMO_DIR)

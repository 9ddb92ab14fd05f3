# service-index — quarterly 766 service index from dossier exports.
# `make help` lists the targets. Every target installs what it needs (libcsv-dev, libxlsxwriter-dev; openpyxl for the tests).

SWIFT        ?= swift
RELEASE_BIN  := .build/release/service-index
DEMO_DIR     := demo-data
PERIOD       ?= 2025-Q3
PREV_PERIOD  ?= 2025-Q2
FUZZ_SECONDS ?= 600
FUZZ_SCRATCH := .build-fuzz
FUZZ_BIN     := $(FUZZ_SCRATCH)/release/ServiceIndexFuzz
FUZZ_SEEDS   := fixtures/fuzz-seeds
FUZZ_CORPUS  := fuzz-corpus
FUZZ_CRASHES := fuzz-crashes
# The Swift toolchain's clang runtimes (libFuzzer, UBSan).
CLANG_RT      = $(firstword $(wildcard $(dir $(shell readlink -f "$$(command -v swiftc)"))../lib/clang/*/lib/linux/libclang_rt.$(1)-$(shell uname -m).a))
# libFuzzer without its main (SwiftPM gives an executable the main of its module).
FUZZ_RT       = $(call CLANG_RT,fuzzer_no_main)
# The frontend's -sanitize=fuzzer puts SanitizerCoverage (inline 8-bit counters, PC table,
# comparisons) into every Swift module; the driver's -sanitize=address links ASan. The driver's
# -sanitize=fuzzer would also link libFuzzer's main, hence the frontend-only flag.
FUZZ_FLAGS    = -Xswiftc -DFUZZING -Xswiftc -parse-as-library -Xswiftc -enable-experimental-feature -Xswiftc Extern \
	-Xswiftc -sanitize=address -Xswiftc -Xfrontend -Xswiftc -sanitize=fuzzer,address \
	-Xlinker $(FUZZ_RT) -Xlinker -lstdc++
UBSAN_RT      = $(call CLANG_RT,ubsan_standalone)
UBSAN_FLAGS   = -Xcc -fsanitize=undefined -Xcc -fno-sanitize-recover=undefined -Xlinker $(UBSAN_RT)

.PHONY: help build deps pydeps test lint format report demo bench fuzz sanitize excel-check clean

build: deps ## Build the release binary (.build/release/service-index)
	$(SWIFT) build -c release --product service-index

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

deps: ## Install libcsv-dev and libxlsxwriter-dev when they are missing (apt-get)
	@scripts/install-deps.sh

pydeps: ## Install openpyxl (PyPI) when it is missing: the tests read report.xlsx back with it
	@python3 -c 'import openpyxl' 2>/dev/null || python3 -m pip install --quiet openpyxl

test: deps pydeps lint ## Check formatting, build and run every test, then cross-check against the Python reference
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	python3 -m unittest discover -s tools/reference -q
	scripts/crosscheck.sh .build/debug/service-index

lint: ## Fail on Swift code that `make format` would change (swift format, .swift-format)
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Package.swift

format: ## Format the Swift code in place (swift format, .swift-format)
	$(SWIFT) format --in-place --recursive --parallel Sources Tests Package.swift

demo: build ## Generate the synthetic demo data into demo-data/ (once)
	@if [ ! -f $(DEMO_DIR)/manifest.json ]; then $(RELEASE_BIN) generate --out $(DEMO_DIR); fi

report: demo ## Report on the demo data: reports/2025-Q2/ then reports/2025-Q3/ (rank change, trend from 2024-Q4)
	$(RELEASE_BIN) report $(DEMO_DIR) --period $(PREV_PERIOD) --out reports/$(PREV_PERIOD) --quiet
	$(RELEASE_BIN) report $(DEMO_DIR) --period $(PERIOD) --out reports/$(PERIOD)
	@echo "open reports/$(PERIOD)/report.html"

bench: build ## Time report against DuckDB, Polars and the libcsv + SHA-256 ceiling on two 5M-row export shapes (scripts/bench.sh)
	scripts/bench.sh

fuzz: deps ## Fuzz the ingest for FUZZ_SECONDS (600) with libFuzzer + ASan; crashes in fuzz-crashes/
	@test -n "$(FUZZ_RT)" || { echo "libclang_rt.fuzzer_no_main not found in the Swift toolchain" >&2; exit 1; }
	$(SWIFT) build -c release --product ServiceIndexFuzz --scratch-path $(FUZZ_SCRATCH) $(FUZZ_FLAGS)
	@mkdir -p $(FUZZ_CORPUS) $(FUZZ_CRASHES)
	@# SWIFT_BACKTRACE=enable=no: Swift's backtracer would take the trap before libFuzzer saves it.
	@cp -n $(FUZZ_SEEDS)/*.csv $(FUZZ_CORPUS)/
	{ SWIFT_BACKTRACE=enable=no $(FUZZ_BIN) $(FUZZ_CORPUS) -dict=$(FUZZ_SEEDS)/csv.dict -max_total_time=$(FUZZ_SECONDS) \
		-max_len=8192 -rss_limit_mb=2048 -timeout=10 -artifact_prefix=$(FUZZ_CRASHES)/ \
		-print_final_stats=1 2>&1; echo $$? > $(FUZZ_CRASHES)/last-run.status; } | tee $(FUZZ_CRASHES)/last-run.log
	@awk '/^stat::number_of_executed_units/ { n = $$2 } /^stat::average_exec_per_sec/ { r = $$2 } \
		END { print "executions: " n " (" r " exec/s)" }' $(FUZZ_CRASHES)/last-run.log
	@echo "corpus: $$(ls $(FUZZ_CORPUS) | wc -l) inputs in $(FUZZ_CORPUS)/; crash files: $$(ls $(FUZZ_CRASHES) | grep -v '^last-run' | wc -l) in $(FUZZ_CRASHES)/"
	@exit $$(cat $(FUZZ_CRASHES)/last-run.status)

sanitize: deps ## Run the test suite under AddressSanitizer, then UndefinedBehaviorSanitizer
	$(SWIFT) build --build-tests --scratch-path .build-asan --sanitize=address
	SERVICE_INDEX_SANITIZER=address LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan-suppressions.txt:print_suppressions=0 \
		$(SWIFT) test --skip-build --scratch-path .build-asan --sanitize=address
	@# swiftc has no -sanitize=undefined on Linux (Swift traps on overflow and bad indices by
	@# itself): UBSan instruments the C code compiled here (BoringSSL, shims) and aborts on UB.
	@test -n "$(UBSAN_RT)" || { echo "libclang_rt.ubsan_standalone not found in the Swift toolchain" >&2; exit 1; }
	$(SWIFT) build --build-tests --scratch-path .build-ubsan $(UBSAN_FLAGS)
	SERVICE_INDEX_SANITIZER=undefined UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		$(SWIFT) test --skip-build --scratch-path .build-ubsan

excel-check: deps ## Open report.xlsx in LibreOffice (installed when missing): its rankings sheet equals rankings.csv
	$(SWIFT) build --product service-index
	scripts/excel-check.sh .build/debug/service-index

clean: ## Remove build products, demo data and reports
	rm -rf .build reports $(DEMO_DIR)

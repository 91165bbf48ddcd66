# kinerja — the two commands a newcomer needs: `make demo` and `make test`.
GO        ?= go
BIN       := bin/kinerja
WAREHOUSE ?= demo.duckdb
SITE      ?= site
SHOTS     ?= screenshots
VERSION   := $(shell git describe --always --dirty 2>/dev/null || echo dev)

# DuckDB's Arrow interface (the dashboards read large marts through it) is
# compiled only with this build tag of github.com/duckdb/duckdb-go/v2.
export GOFLAGS := $(strip $(GOFLAGS) -tags=duckdb_arrow)

.PHONY: build demo test test-all lint bench bench-go screenshots check-site clean fuzz stress

build:
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/kinerja

# Demo data for five regions -> a fresh warehouse -> the site in $(SITE)/.
demo: build
	rm -f $(WAREHOUSE) $(WAREHOUSE).wal $(WAREHOUSE).snapshot
	./$(BIN) -w $(WAREHOUSE) demo --out $(SITE)

# Formatting, vet and every test (the end-to-end test included), in their
# short form (-short): the long suites (the SIGKILL crash loop, the national
# test, Chromium on every page of the end-to-end site) are left to test-all.
# With KINERJA_REQUIRE_CHROMIUM=1 (as in CI) the browser tests fail instead
# of skipping when Chromium is missing.
test: lint
	$(GO) test -short -count=1 -timeout 30m ./...

# Every test in its long form (what CI runs).
test-all: lint
	$(GO) test -count=1 -timeout 60m ./...

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

BENCH_SCALE   ?= 200000
BENCH_REGIONS ?= ../shared/data/wilayah_kabkota.csv
BENCH_WORK    ?= /var/tmp/kinerja-bench
# Empty: kinerja's own memory and thread defaults, as a new user runs it
# (warehouse.DefaultsFor); BENCH_MEMORY=6GB (say) sets DuckDB's memory_limit.
BENCH_MEMORY  ?=
BENCH_FLAGS   ?=

# The pipeline stage by stage against bare DuckDB on the same files
# (docs/SCALE.md); BENCH_SCALE=national for the national run,
# BENCH_FLAGS=-baseline-transform=false for a baseline of read_csv only.
bench: build
	$(GO) run ./cmd/kinbench -kinerja $(BIN) -scale $(BENCH_SCALE) -regions $(BENCH_REGIONS) \
	  -work $(BENCH_WORK) -memory-limit "$(BENCH_MEMORY)" $(BENCH_FLAGS)

# The Go benchmarks: ingest (10 M-row CSV, XLSX), refresh, the pipeline on demo data.
bench-go:
	$(GO) test -run '^$$' -bench . -benchtime 2x ./...

# Each fuzz target briefly (make stress runs them long). Counts (-fuzztime Nx),
# not durations: with a duration Go's fuzz coordinator can fail a target with a
# bare "context deadline exceeded" and no crasher when a loaded machine's worker
# is mid-input at the deadline; a count has no deadline, load only slows it.
# FUZZTIME=30s (say) sets one duration for every target.
FUZZ_PARSERS     := FuzzNIP FuzzDate FuzzNumber FuzzLabel FuzzPeriod FuzzRegion FuzzCanonical
FUZZ_READERS     := FuzzCSV FuzzJSON
FUZZ_PARSER_TIME ?= $(or $(FUZZTIME),3000x)
FUZZ_READER_TIME ?= $(or $(FUZZTIME),300x)
fuzz:
	for f in $(FUZZ_PARSERS); do $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZ_PARSER_TIME) -fuzzminimizetime 200x ./ingest || exit 1; done
	for f in $(FUZZ_READERS); do $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZ_READER_TIME) -fuzzminimizetime 50x ./ingest || exit 1; done

# The long forms: 200 SIGKILL trials and two minutes per fuzz target.
stress:
	KINERJA_STRESS_TRIALS=200 $(GO) test -count=1 -timeout 3h -run '^TestCrashLoop$$' -v ./cmd/kinerja
	$(MAKE) fuzz FUZZTIME=2m

# Screenshots of the main pages of the demo site (needs Chromium), at an
# office laptop's width and a phone's: $(SHOTS)/1366/ and $(SHOTS)/390/.
SHOT_PAGES := index.html,en/index.html,perbandingan.html,pelatihan.html,talenta.html,kualitas.html,promosi.html,wilayah/14.72.html,wilayah/11.75.html,wilayah/72.71.html,wilayah/92.02.html,wilayah/96.71.html,unit/14.72.03.html,unit/72.71.04.html,unit/72.71.04.01.html,unit/92.02.07.html,unit/96.71.05.html,en/unit/14.72.03.html
screenshots: demo
	for w in 1366 390; do \
	  $(GO) run ./dashboards/internal/shoot --site $(SITE) --out $(SHOTS)/$$w --width $$w --pages $(SHOT_PAGES) || exit 1; \
	done

# Open every page of the demo site in headless Chromium and check it.
check-site: demo
	$(GO) run ./dashboards/internal/shoot --site $(SITE)

clean:
	rm -rf bin $(SITE) $(SHOTS) $(WAREHOUSE) $(WAREHOUSE).wal $(WAREHOUSE).lock $(WAREHOUSE).snapshot $(WAREHOUSE).snapshot.tmp $(WAREHOUSE).tmp

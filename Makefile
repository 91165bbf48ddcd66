# kinerja — the two commands a newcomer needs: `make demo` and `make test`.
GO        ?= go
BIN       := bin/kinerja
WAREHOUSE ?= demo.duckdb
SITE      ?= site
SHOTS     ?= screenshots
VERSION   := $(shell git describe --always --dirty 2>/dev/null || echo dev)

.PHONY: build demo test lint bench screenshots check-site clean

build:
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/kinerja

# Demo data for five regions -> a fresh warehouse -> the site in $(SITE)/.
demo: build
	rm -f $(WAREHOUSE) $(WAREHOUSE).wal
	./$(BIN) -w $(WAREHOUSE) demo --out $(SITE)

# Formatting, vet and every test (the end-to-end test included). With
# KINERJA_REQUIRE_CHROMIUM=1 (as in CI) the browser tests fail instead of
# skipping when Chromium is missing.
test: lint
	$(GO) test -count=1 ./...

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

# Benchmarks: the whole pipeline on demo data and on 10 000 employees.
bench:
	$(GO) test -run '^$$' -bench . -benchtime 2x ./...

# Screenshots of the main pages of the demo site (needs Chromium).
screenshots: demo
	$(GO) run ./dashboards/internal/shoot --site $(SITE) --out $(SHOTS) \
	  --pages index.html,en/index.html,wilayah/14.72.html,wilayah/11.75.html,wilayah/72.71.html,wilayah/92.02.html,wilayah/96.71.html,unit/14.72.03.html,unit/72.71.04.html

# Open every page of the demo site in headless Chromium and check it.
check-site: demo
	$(GO) run ./dashboards/internal/shoot --site $(SITE)

clean:
	rm -rf bin $(SITE) $(SHOTS) $(WAREHOUSE) $(WAREHOUSE).wal

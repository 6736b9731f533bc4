# Bilateral: build, run and test.
#
#   make run     build everything and serve it on $(ADDR)
#   make test    format check, vet, unit tests, fuzz, then the real-browser suite
#
# Every target installs what it needs (Go modules, npm packages, Chromium when
# root on Debian) or stops with a message naming what to install.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

# Go lives in /usr/local/go/bin on the build machines; let a PATH entry win.
export PATH := $(PATH):/usr/local/go/bin
GO ?= go

ADDR ?= localhost:8000
# The browser the e2e suite drives; the harness reads the same variable.
CHROME ?= /usr/bin/chromium
export CHROME

# Browser-suite flags: `make e2e E2EFLAGS='-run TestRoutes/trade'`.
E2EFLAGS ?=
# A count, not a duration: with a duration Go 1.26's fuzz coordinator can
# report "context deadline exceeded" at the deadline under CPU contention
# though nothing failed (golang/go#75804, fixed in Go 1.27).
FUZZTIME ?= 20000x

BIN      := bin/bilateral
WASM     := web/app.wasm
ECHARTS  := web/echarts.min.js
NPM_DONE := node_modules/.package-lock.json

# Everything the client can download: all of web/ (app.wasm, echarts.min.js,
# *.css, *.js, icons/; the server embeds the whole directory, skipping names
# that start with . or _ as go:embed does, and never sends web/'s own Go
# files, web/embed.go and its test, nor web/assets.sum, which lists what the
# rest hashes to, nor web/app-worker.js, the worker's template, as it is:
# filled, it is /app-worker.js) and the dataset, with what makes the pages and pictures:
# the Go the binaries are built from and the bundle the server draws charts
# with. Their hash is the build's VERSION. A change to the server's code
# alone must change it too, or a reader's service worker keeps the old
# pages for offline use and link previews keep the old pictures under the
# same address (the service worker's cache is named after it). Evaluated by the
# shell in the recipe, after the Wasm binary has been built. Paths are
# hashed with the contents, so a rename changes it.
VERSION_SH = { ls $(WASM) $(ECHARTS) data/relations.json go.mod go.sum $(CHARTSVG_JS); \
	find web -type f -not -name '.*' -not -name '_*' -not -name '*.go' -not -name assets.sum -not -path '*/.*' -not -path '*/_*'; \
	find . -name '*.go' -not -name '*_test.go' -not -path './node_modules/*' -not -path './e2e/*' \
		-not -path './bench/*' -not -path './tools/*' -not -path '*/.*' -not -path '*/_*' -not -path './dist/*'; } \
	| LC_ALL=C sort -u | xargs sha256sum | sha256sum | cut -c1-12

.PHONY: help deps go-deps need-go need-node chromium wasm build version run \
	test fmt vet unit load fuzz e2e bench clean distclean

help:
	@echo 'make run       build and serve on $(ADDR) (ADDR=host:port to change)'
	@echo 'make test      gofmt check, go vet (native + wasm), unit tests, fuzz, browser suite'
	@echo 'make build     bin/bilateral (embeds web/ and the dataset)'
	@echo 'make static    dist/: the site as static files (PREFIX=/path to serve it under a path)'
	@echo 'make deps      Go modules, npm packages, web/echarts.min.js'
	@echo 'make chromium  install Chromium for the browser suite (root + apt) or say how'
	@echo 'make e2e       browser suite only (E2EFLAGS="-run TestRoutes/trade")'
	@echo 'make clean     remove build and test output (distclean: node_modules too)'

# ---------------------------------------------------------------- toolchain --

need-go:
	@command -v $(GO) >/dev/null 2>&1 || { \
	  echo 'error: Go not found: install Go 1.26 (https://go.dev/dl/) into /usr/local/go or put it on PATH' >&2; \
	  exit 1; }

need-node:
	@command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || { \
	  echo 'error: install Node.js and npm (Debian: apt-get install nodejs npm)' >&2; \
	  exit 1; }

chromium:
	@if [ -x "$(CHROME)" ]; then exit 0; fi; \
	if [ "$(CHROME)" != /usr/bin/chromium ]; then \
	  echo 'error: CHROME=$(CHROME) is not an executable: install Chromium (Debian: apt-get install chromium) or set CHROME=/path' >&2; \
	  exit 1; \
	fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo '==> installing Chromium with apt-get'; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update && apt-get install -y chromium; \
	fi; \
	[ -x "$(CHROME)" ] || { \
	  echo 'error: install Chromium (Debian: apt-get install chromium) or set CHROME=/path' >&2; \
	  exit 1; }

# --------------------------------------------------------------------- deps --

deps: go-deps $(ECHARTS)

go-deps: need-go
	$(GO) mod download

# npm ci runs when node_modules is missing or older than the lockfile.
$(NPM_DONE): package-lock.json package.json
	@$(MAKE) --no-print-directory need-node
	npm ci --include=dev --no-audit --no-fund
	@touch $@

# Only ECharts is served; axe-core stays in node_modules for the tests.
# Our own ECharts build: only the charts, components and renderers our
# options use (tools/echarts/parts.js, entry.js), bundled from the pinned package by the
# pinned esbuild: 190 kB brotli instead of the full build's 299 kB.
$(ECHARTS): $(NPM_DONE) tools/echarts/build.mjs tools/echarts/entry.js tools/echarts/parts.js
	node tools/echarts/build.mjs tools/echarts/entry.js $@ es2020

# The ECharts the server draws charts with (server/chartsvg, run in goja):
# the same charts and components as the browser's build but only the SVG
# renderer (tools/echarts/ssr-entry.js); es2017 is what goja runs. It keeps
# ECharts' development checks (16 kB more), so the tests see its warnings
# about options it ignores. The Go package embeds it: without it, drawing
# fails with a message naming this rule. It is then cut into the scripts
# the server loads one by one, which keeps the server's memory low while it
# compiles them (server/chartsvg/scripts.go; the cut checks no name clashes
# with the runtime's glue, in renderer.go).
CHARTSVG_JS := server/chartsvg/bundle/echarts-ssr.js
$(CHARTSVG_JS): $(NPM_DONE) tools/echarts/build.mjs tools/echarts/ssr-entry.js tools/echarts/parts.js \
  tools/echarts/text-width.js tools/chartsvg-scripts/main.go server/chartsvg/scripts.go \
  server/chartsvg/renderer.go
	node tools/echarts/build.mjs tools/echarts/ssr-entry.js $@ es2017 server
	$(GO) run ./tools/chartsvg-scripts $@
deps: $(CHARTSVG_JS)

# -------------------------------------------------------------------- build --

# Always delegated to go build: its cache makes an unchanged rebuild cheap and
# it knows every input (sources, embeds, go.mod) better than a rule here would.
#
# Our own packages are built without inlining for the Wasm (go-app, the
# runtime and the standard library keep theirs): 1,779,630 → 1,730,803 bytes
# brotli once the three languages, the reader's fixes and the page takeover
# had landed (wasm_size_test.go's limit is 1,760,000). What they run in the
# browser (option building, formatting, URL state) happens once per render,
# not in a loop a call's cost would show in.
WASM_GCFLAGS := bilateral/...=-l
wasm: go-deps
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w" -gcflags='$(WASM_GCFLAGS)' -o $(WASM) .

build: deps wasm
	@# Not web/app-worker.js: the worker's template, which the server fills
	@# and compresses as it serves it; web.FS hides it and any copy of it.
	$(GO) run ./tools/precompress $(WASM) $(ECHARTS) web/*.css $(filter-out web/app-worker.js,$(wildcard web/*.js)) web/icons/*.svg
	@# What every file of web/ hashes to, so the server reads none at start.
	$(GO) run ./tools/assetsum
	@# CGO_ENABLED=0: one static file that needs no libc on the host (with cgo,
	@# net's resolver linked libc.so.6 dynamically), and 1.65 MB less resident
	@# memory at start, the C library's and loader's pages (5 Dec 2026).
	@v=$$($(VERSION_SH)); \
	echo "CGO_ENABLED=0 $(GO) build -trimpath -ldflags \"-s -w -X main.version=$$v\" -o $(BIN) ."; \
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags "-s -w -X main.version=$$v" -o $(BIN) .

# Prints the VERSION the current web/ and dataset would get (run after build).
version:
	@$(VERSION_SH)

run: build
	./$(BIN) -addr $(ADDR)

# The whole site as static files in dist/ for any static host (every view's
# page, a 404.html shell, the Wasm, assets, dataset, worker, manifest).
# PREFIX=/bilateral when the host serves it under that path (GitHub Pages);
# DOMAIN=example.org for absolute preview links and a sitemap.
PREFIX ?=
DOMAIN ?=
.PHONY: static
static: build
	rm -rf dist
	./$(BIN) -export dist $(if $(PREFIX),-prefix $(PREFIX)) $(if $(DOMAIN),-domain $(DOMAIN))

# --------------------------------------------------------------------- test --

# Runs every stage even when an earlier one fails, then prints a summary and
# fails if any stage did. Each stage brings its own prerequisites (e2e needs
# build and chromium, so a failed build also fails e2e).
TEST_STAGES := build chromium fmt vet unit load fuzz e2e

test:
	@fail=(); \
	for s in $(TEST_STAGES); do \
	  echo; echo "==> make $$s"; \
	  $(MAKE) --no-print-directory $$s || fail+=("$$s"); \
	done; \
	echo; echo '================ make test summary ================'; \
	for s in $(TEST_STAGES); do \
	  r=PASS; for f in "$${fail[@]}"; do if [ "$$f" = "$$s" ]; then r=FAIL; fi; done; \
	  printf '  %-8s %s\n' "$$s" "$$r"; \
	done; \
	if [ $${#fail[@]} -gt 0 ]; then \
	  echo "FAILED: $${fail[*]} (browser artefacts: test-output/)"; exit 1; \
	fi; \
	echo 'ALL PASSED'

# gofmt over the Go files git tracks (plus new ones not ignored).
fmt: need-go
	@files=$$(git ls-files --cached --others --exclude-standard -- '*.go' 2>/dev/null || find . -name '*.go' -not -path './node_modules/*'); \
	bad=$$(for f in $$files; do if [ -f "$$f" ]; then echo "$$f"; fi; done | xargs -r gofmt -l); \
	if [ -n "$$bad" ]; then \
	  echo 'gofmt: these files need formatting (run gofmt -w):'; echo "$$bad" | sed 's/^/  /'; exit 1; \
	fi; \
	echo 'gofmt: ok'

# All three run; the stage fails if any did.
vet: need-go
	@rc=0; \
	echo '$(GO) vet ./...'; $(GO) vet ./... || rc=1; \
	echo 'GOOS=js GOARCH=wasm $(GO) vet ./...'; GOOS=js GOARCH=wasm $(GO) vet ./... || rc=1; \
	echo '$(GO) vet -tags browser ./e2e'; $(GO) vet -tags browser ./e2e || rc=1; \
	echo '$(GO) vet (patched go-app)'; $(GO) vet github.com/maxence-charriere/go-app/v10/pkg/app || rc=1; \
	exit $$rc

# -short leaves out the server's load tests (servertest.LoadTest, in
# internal/servertest); the load stage runs just those. go-app's package
# (a module of its own under third_party/go-app) holds the tests of the
# patches only its own code can reach.
unit: need-go
	$(GO) test -short ./... github.com/go-echarts/go-echarts/v2/opts github.com/maxence-charriere/go-app/v10/pkg/app

LOAD_TESTS := ^(TestLoad|TestSlowClients|TestConnectionLimit|TestSlowAssetReader|TestKeepAlivesNearLimit)$$
load: need-go
	$(GO) test -count=1 -run '$(LOAD_TESTS)' ./server/site

# A short fuzz of the dataset parser, once data/ has FuzzParse.
# Short fuzz runs of the two parsers strangers feed: dataset files (data)
# and links (app/urlstate). Their seed corpora run in `unit` too.
FUZZ_PKGS := ./data ./app/urlstate
fuzz: need-go
	@for p in $(FUZZ_PKGS); do \
	  echo "$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) $$p"; \
	  $(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) $$p || exit 1; \
	done

# The real-browser suite. It starts ./bin/bilateral itself; output goes to test-output/.
e2e: build chromium
	@mkdir -p test-output
	$(GO) test -tags browser -count=1 -timeout 40m -v $(E2EFLAGS) ./e2e

# The performance benchmark (not part of test): every view cold, warm and
# switched in Chromium against a hand-written ECharts page, Wasm size, server
# load and memory, the phases of a cold load under each Wasm start policy,
# Lighthouse mobile and desktop; prints a table and writes bench/results.json.
# A few minutes on 2 cores. Flags: `make bench BENCHFLAGS='-runs 7
# -load-seconds 10 -start idle,load'` (go run ./bench -h lists them).
BENCHFLAGS ?=
bench: build chromium
	$(GO) run ./bench $(BENCHFLAGS)

# -------------------------------------------------------------------- clean --

clean:
	rm -rf bin dist test-output $(WASM) $(ECHARTS) web/axe.min.js $(CHARTSVG_JS)

distclean: clean
	rm -rf node_modules

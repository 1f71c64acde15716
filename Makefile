# Telework Month server. `make help` lists the targets.
.DEFAULT_GOAL := help
GO ?= go

.PHONY: help run user test check generate build console console-check bench bench-growth bench-go docker clean

help: ## List the targets.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-13s %s\n", $$1, $$2}'

# run builds, then execs the binary rather than `go run`: on Ctrl-C the server shuts down gracefully
# and exits 0, so make ends with status 0 and no error, and the compilation is announced.
run: ## Run the server with demo data (a private PostgreSQL under .data/ when DATABASE_URL is unset); Ctrl-C stops it.
	@echo "Compiling the server to bin/server (about a minute the first time, seconds after)..."
	$(GO) build -o bin/server ./cmd/server
	@echo "Starting it: a private PostgreSQL unless DATABASE_URL is set, migrations, demo data; Ctrl-C stops it."
	exec bin/server dev

# user passes the values through the environment (make exports its command-line variables), so
# that a quote in a name is safe.
user: ## Create a staff account in `make run`'s database (or DATABASE_URL's): EMAIL=… NAME=… ROLE=… [MINISTRY=…]; the password is asked.
	@test -n "$$EMAIL" -a -n "$$NAME" || { echo "usage: make user EMAIL=you@example.jp NAME='…' ROLE=SECRETARIAT [MINISTRY=MIC]"; exit 2; }
	$(GO) run ./cmd/server create-user --dev --email "$$EMAIL" --name "$$NAME" --role "$$ROLE" --ministry "$$MINISTRY"

test: check ## Run every check and the whole test suite against a real PostgreSQL.
	$(GO) test -count=1 -timeout 9m ./...

check: ## gofmt, go vet, staticcheck, and generated code up to date.
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$unformatted" ]; then echo "gofmt would change:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) tool staticcheck ./...
	@$(GO) generate ./... && git diff --exit-code -- graph resolvers examples/go || (echo "generated code is not current: run go generate ./... and commit"; exit 1)

generate: ## Regenerate the GraphQL code from schema.graphqls.
	$(GO) generate ./...

console: ## Rebuild the console's bundle (web/console -> internal/console/assets; needs Node and npm).
	cd web/console && npm ci && npm run build

console-check: console ## Rebuild the console and fail when the committed bundle or typed documents differ (CI).
	@git diff --exit-code -- internal/console/assets web/console/src/gql || (echo "the committed console bundle is not what web/console builds: run make console and commit"; exit 1)
	@test -z "$$(git ls-files --others --exclude-standard -- internal/console/assets web/console/src/gql)" || (git ls-files --others --exclude-standard -- internal/console/assets web/console/src/gql; echo "the console build wrote files that are not committed: run make console and commit"; exit 1)

build: ## Build the binary to bin/server.
	CGO_ENABLED=0 $(GO) build -trimpath -o bin/server ./cmd/server

bench: ## Benchmark the API's operations, reads against raw baselines, then a concurrency sweep, on a large synthetic campaign (bench-report/; flags: BENCH_FLAGS='-ops events -sweep none').
	$(GO) run ./cmd/bench $(BENCH_FLAGS)

bench-growth: ## Measure and EXPLAIN the list, detail and filter reads as one database grows through scales 1, 10, 100 as far as 30 min of loading and the disk allow (bench-report/growth/).
	$(GO) run ./cmd/bench -growth $(BENCH_FLAGS)

bench-go: ## Run the Go benchmarks (handler, authorization decisions).
	$(GO) test -run '^$$' -bench . -benchmem ./...

docker: ## Build the container image.
	docker build -t telework-server .

clean: ## Remove build output and the development database (stop `make run` first).
	rm -rf bin .data

// Command bench measures the API's representative operations on a large synthetic campaign, each
// against a fresh process of the real server, and the list and detail reads also against a raw
// baseline. It creates its own database, loads the demo data and a synthetic FY2026 campaign (at
// scale 1: 100,000 registrants, 20,000 events across the nine ministries and 47 prefectures,
// 500,000 applications and 10,000 staff with roles), builds ./cmd/server, and for each operation:
//
//   - starts the server as its own process (APP_ENV=production, LOG_LEVEL=info, a signing key of
//     the run, its profiler on DEBUG_ADDR) on a free loopback port, and for the list and detail
//     reads the baseline as another (this program again, in a hidden sub-command): a hand-written
//     net/http handler that runs the same SQL by hand and writes the same JSON;
//   - checks that both give the same JSON, then drives each with a closed-loop load generator
//     (-concurrency workers, -warmup unmeasured, then -duration measured);
//   - reports throughput, p50/p95/p99 latency and errors; SQL statements per request, from the
//     server's request log over the measured window; the server's CPU seconds over the window and
//     its peak resident memory (Linux's /proc; n/a elsewhere); PostgreSQL's CPU seconds over the
//     window (its processes on this machine; n/a when it runs elsewhere) and the load generator's,
//     since all three share the cores; and for ours the share of its CPU profile, taken over the
//     window and saved as <out>/<operation>.pprof, spent in the authorization layer
//     (internal/authz and Casbin).
//
// The operations (-ops, comma-separated; all by default): events (the public event list, first 50
// with venue, seats, host and co-hosts), host-event (one event with its first 100 applications and
// their personal data, read by an admin of its host ministry), registrants (the public registrant
// list with filters), stats (a campaign's statistics), apply (applyToEvent, a new applicant each
// time, over the events open for sign-ups), login (argon2id by design; at most 20 workers, since
// login refuses more than 20 attempts in flight from one address) and mix (a weighted mix of them
// all). After them, a concurrency sweep (-sweep 1,2,4,…,64; "none" for none) measures the public
// event list on both servers at each concurrency in turn and draws throughput and p99 against it
// in <out>/concurrency.svg. The report goes to <out>/report.md and report.json.
//
//	go run ./cmd/bench [-database-url postgres://…] [-scale 1] [-concurrency 16] [-duration 20s]
//	    [-warmup 3s] [-ops events,host-event,…] [-sweep 1,2,4,8,16,32,64] [-sweep-duration 10s]
//	    [-out bench-report] [-keep]
//
// A growth run (-growth) measures instead the three reads that have a baseline at each of
// -growth-scales (1, 10, 100), growing one database from each scale to the next, and explains our
// server's SQL for them at each (EXPLAIN ANALYZE: index or seq scan, rows read, time) with the
// statements per request at page sizes 5, 50 and 100: whether the cost of a request stays flat as
// the tables grow. It stops short, saying why in the report, where the next scale would not load
// within -growth-load-budget (30 min) or fit the free disk. Its report goes to bench-report/growth.
//
//	go run ./cmd/bench -growth [-growth-scales 1,10,100] [-growth-load-budget 30m] [-duration 8s] [-warmup 2s]
//
// Every load first checks that the disk of PostgreSQL's data directory has room for it, when the
// server is on this machine.
//
// Without -database-url it uses TEST_DATABASE_URL or DATABASE_URL, else PostgreSQL on
// 127.0.0.1:5432 as the postgres user when it answers, else a private throwaway cluster (the
// PostgreSQL server programs installed are enough). The database telework_bench_<timestamp> is
// dropped at the end unless -keep is given.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/migrate"
	"github.com/teleworkmonth/platform/internal/seed"
)

const localURL = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"

func main() {
	if len(os.Args) > 1 && os.Args[1] == baselineCommand {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		if err := serveBaseline(ctx); err != nil {
			fmt.Fprintln(os.Stderr, "bench baseline:", err)
			os.Exit(1)
		}
		return
	}
	opts, err := parseFlags(os.Args[1:], os.Stderr, os.Getenv)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "bench:", err)
		}
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, opts); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, o options) error {
	adminURL, stopServer, err := pgServer(ctx, o.databaseURL)
	if err != nil {
		return err
	}
	defer stopServer()
	tmp, err := os.MkdirTemp("", "telework-bench-bin-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	fmt.Println("building the server …")
	bin, err := buildServer(ctx, tmp)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(o.out, 0o755); err != nil {
		return err
	}

	name := "telework_bench_" + time.Now().UTC().Format("20060102_150405")
	dbURL, err := createDatabase(ctx, adminURL, name)
	if err != nil {
		return err
	}
	fmt.Println("database", name)
	if !o.keep {
		defer func() {
			if err := dropDatabase(context.WithoutCancel(ctx), adminURL, name); err != nil {
				fmt.Fprintln(os.Stderr, "bench: drop database:", err)
			}
		}()
	}
	db, err := sqlx.Open("postgres", dbURL)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := setUp(ctx, db); err != nil {
		return err
	}
	b := &bench{o: o, bin: bin, env: serverEnv(dbURL), adminURL: adminURL, db: db, disk: dataDiskSpace(ctx, db.DB, adminURL)}
	r := report{Date: time.Now().UTC(), Machine: describeMachine(ctx, db.DB), Concurrency: o.concurrency,
		Duration: o.duration.String(), Warmup: o.warmup.String(), Rounds: o.rounds, Runtime: runtimeEnv(os.LookupEnv)}
	if len(o.growth) > 0 {
		r.Growth, err = b.growth(ctx)
		if r.Growth == nil || len(r.Growth.Steps) == 0 {
			return err
		}
		// A growth run that stops part of the way still reports the scales it measured.
	} else if err = b.operations(ctx, &r); err != nil {
		return err
	}
	if werr := r.write(o.out); werr != nil {
		return errors.Join(err, werr)
	}
	fmt.Print(r.markdown())
	return err
}

// bench is what a run works with: its options, the server binary, the servers' environment, and
// its database, with the free disk space under it.
type bench struct {
	o        options
	bin      string
	env      []string
	adminURL string // the PostgreSQL server's, to tell where its data lies
	db       *sqlx.DB
	disk     diskSpace
}

// operations loads the synthetic campaign at -scale, measures the operations of -ops, then the
// concurrency sweep of -sweep.
func (b *bench) operations(ctx context.Context, r *report) error {
	r.Scale, r.Rows = b.o.scale, sizes(b.o.scale)
	if err := b.disk.check(fmt.Sprintf("scale %g", b.o.scale), b.o.scale, bytesPerScale); err != nil {
		return err
	}
	start := time.Now()
	if err := loadBulk(ctx, b.db, dataSize{}, r.Rows); err != nil {
		return err
	}
	r.LoadSeconds = time.Since(start).Seconds()
	fmt.Printf("loaded in %.1f s\n", r.LoadSeconds)
	f, err := prepareFixtures(ctx, b.db, r.Rows)
	if err != nil {
		return err
	}
	for _, s := range b.o.ops {
		if s.asHost && f.token == "" {
			if f.token, err = hostToken(ctx, b.bin, b.env); err != nil {
				return err
			}
		}
	}
	for _, s := range b.o.ops {
		op, err := runOperation(ctx, b.o, s, b.bin, b.env, f, filepath.Join(b.o.out, s.key+".pprof"))
		if err != nil {
			return err
		}
		r.Operations = append(r.Operations, op)
	}
	if len(b.o.sweep) > 0 {
		if r.Sweep, err = runSweep(ctx, b.o, b.bin, b.env, f); err != nil {
			return err
		}
	}
	return nil
}

// setUp migrates the benchmark's database and loads the demo data, which the synthetic campaign
// joins (its FY2026 campaign, the ministries).
func setUp(ctx context.Context, db *sqlx.DB) error {
	if _, err := migrate.Up(ctx, db.DB); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if _, err := seed.Demo(ctx, db); err != nil {
		return fmt.Errorf("demo data: %w", err)
	}
	return nil
}

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
//     its peak resident memory (Linux's /proc; n/a elsewhere); and for ours the share of its CPU
//     profile, taken over the window and saved as <out>/<operation>.pprof, spent in the
//     authorization layer (internal/authz and Casbin).
//
// The operations (-ops, comma-separated; all by default): events (the public event list, first 50
// with venue, seats, host and co-hosts), host-event (one event with its first 100 applications and
// their personal data, read by an admin of its host ministry), registrants (the public registrant
// list with filters), stats (a campaign's statistics), apply (applyToEvent, a new applicant each
// time, over the events open for sign-ups), login (argon2id by design; at most 20 workers, since
// login refuses more than 20 attempts in flight from one address) and mix (a weighted mix of them
// all). The report goes to <out>/report.md and report.json.
//
//	go run ./cmd/bench [-database-url postgres://…] [-scale 1] [-concurrency 16] [-duration 20s]
//	    [-warmup 3s] [-ops events,host-event,…] [-out bench-report] [-keep]
//
// Without -database-url it uses TEST_DATABASE_URL or DATABASE_URL, else PostgreSQL on
// 127.0.0.1:5432 as the postgres user when it answers, else a private throwaway cluster (the
// PostgreSQL server programs installed are enough). The database telework_bench_<timestamp> is
// dropped at the end unless -keep is given.
package main

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/migrate"
	"github.com/teleworkmonth/platform/internal/seed"
)

const localURL = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"

type options struct {
	databaseURL string
	scale       float64
	concurrency int
	duration    time.Duration
	warmup      time.Duration
	ops         []spec
	out         string
	keep        bool
}

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

func parseFlags(args []string, stderr io.Writer, getenv func(string) string) (options, error) {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	def := getenv("TEST_DATABASE_URL")
	if def == "" {
		def = getenv("DATABASE_URL")
	}
	var o options
	var ops string
	fs.StringVar(&o.databaseURL, "database-url", def, "a PostgreSQL server on which the benchmark may create and drop a database (default: 127.0.0.1:5432 as postgres when it answers, else a private cluster)")
	fs.Float64Var(&o.scale, "scale", 1, "size of the synthetic campaign: 1 is 20,000 events and 500,000 applications; 0.05 for a quick run")
	fs.IntVar(&o.concurrency, "concurrency", 16, "requests in flight at once (closed loop)")
	fs.DurationVar(&o.duration, "duration", 20*time.Second, "measured time per operation and server")
	fs.DurationVar(&o.warmup, "warmup", 3*time.Second, "unmeasured time before each measurement")
	fs.StringVar(&ops, "ops", "all", "operations to measure, comma-separated: "+strings.Join(specKeys(), ", "))
	fs.StringVar(&o.out, "out", "bench-report", "folder for report.md, report.json and the CPU profiles")
	fs.BoolVar(&o.keep, "keep", false, "keep the benchmark's database")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	var err error
	switch {
	case fs.NArg() > 0:
		return o, fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	case o.scale <= 0 || o.scale > 10:
		return o, errors.New("-scale must be above 0 and at most 10")
	case o.concurrency < 1 || o.concurrency > 1024:
		return o, errors.New("-concurrency must be 1 to 1024")
	case o.duration <= 0 || o.warmup < 0:
		return o, errors.New("-duration must be positive and -warmup not negative")
	}
	o.ops, err = selectSpecs(ops)
	return o, err
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
	r := report{Date: time.Now().UTC(), Scale: o.scale, Concurrency: o.concurrency, Duration: o.duration.String(),
		Warmup: o.warmup.String(), Rows: sizes(o.scale)}
	if err := prepare(ctx, dbURL, r.Rows, &r.LoadSeconds); err != nil {
		return err
	}
	fmt.Printf("loaded in %.1f s\n", r.LoadSeconds)
	f, err := prepareFixtures(ctx, dbURL, r.Rows)
	if err != nil {
		return err
	}
	if r.Machine, err = machineOf(ctx, dbURL); err != nil {
		return err
	}

	env := serverEnv(dbURL)
	for _, s := range o.ops {
		if s.asHost && f.token == "" {
			if f.token, err = hostToken(ctx, bin, env); err != nil {
				return err
			}
		}
	}
	for _, s := range o.ops {
		op, err := runOperation(ctx, o, s, bin, env, f)
		if err != nil {
			return err
		}
		r.Operations = append(r.Operations, op)
	}
	if err := r.write(o.out); err != nil {
		return err
	}
	fmt.Print(r.markdown())
	return nil
}

func machineOf(ctx context.Context, dbURL string) (machine, error) {
	db, err := sql.Open("postgres", dbURL)
	if err != nil {
		return machine{}, err
	}
	defer db.Close()
	return describeMachine(ctx, db), nil
}

// prepare migrates the database and loads the demo data and the synthetic campaign.
func prepare(ctx context.Context, dbURL string, n dataSize, seconds *float64) error {
	db, err := sqlx.Open("postgres", dbURL)
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := migrate.Up(ctx, db.DB); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	start := time.Now()
	if _, err := seed.Demo(ctx, db); err != nil {
		return fmt.Errorf("demo data: %w", err)
	}
	if err := loadBulk(ctx, db, n); err != nil {
		return err
	}
	*seconds = time.Since(start).Seconds()
	return nil
}

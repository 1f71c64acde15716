// Command bench measures the public event list on a large synthetic campaign: it creates its own
// database, loads the demo data and a synthetic FY2026 campaign (at scale 1: 100,000 registrants,
// 20,000 events across the nine ministries and 47 prefectures, 500,000 applications and 10,000
// staff with roles), serves the real application on loopback next to a hand-written net/http
// baseline that runs the same SQL by hand, drives both with a closed-loop load generator and writes
// report.md and report.json.
//
//	go run ./cmd/bench [-database-url postgres://…] [-scale 1] [-concurrency 16] [-duration 20s]
//	    [-warmup 3s] [-out bench-report] [-keep] [-cpuprofile ours.pprof]
//
// Without -database-url it uses TEST_DATABASE_URL or DATABASE_URL, else PostgreSQL on
// 127.0.0.1:5432 as the postgres user when it answers, else a private throwaway cluster (the
// PostgreSQL server programs installed are enough). The database telework_bench_<timestamp> is
// dropped at the end unless -keep is given.
package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync/atomic"
	"time"

	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/internal/app"
	"github.com/teleworkmonth/platform/internal/config"
	"github.com/teleworkmonth/platform/internal/migrate"
	"github.com/teleworkmonth/platform/internal/seed"
	"github.com/teleworkmonth/platform/internal/store"
)

const localURL = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"

type options struct {
	databaseURL string
	scale       float64
	concurrency int
	duration    time.Duration
	warmup      time.Duration
	out         string
	keep        bool
	cpuProfile  string
}

func main() {
	opts, err := parseFlags(os.Args[1:], os.Stderr, os.Getenv)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "bench:", err)
		}
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
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
	fs.StringVar(&o.databaseURL, "database-url", def, "a PostgreSQL server on which the benchmark may create and drop a database (default: 127.0.0.1:5432 as postgres when it answers, else a private cluster)")
	fs.Float64Var(&o.scale, "scale", 1, "size of the synthetic campaign: 1 is 20,000 events and 500,000 applications; 0.05 for a quick run")
	fs.IntVar(&o.concurrency, "concurrency", 16, "requests in flight at once (closed loop)")
	fs.DurationVar(&o.duration, "duration", 20*time.Second, "measured time per operation and server")
	fs.DurationVar(&o.warmup, "warmup", 3*time.Second, "unmeasured time before each measurement")
	fs.StringVar(&o.out, "out", "bench-report", "folder for report.md and report.json")
	fs.BoolVar(&o.keep, "keep", false, "keep the benchmark's database")
	fs.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile of the run against our server to this file")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
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
	return o, nil
}

func run(ctx context.Context, o options) error {
	adminURL, stopServer, err := pgServer(ctx, o.databaseURL)
	if err != nil {
		return err
	}
	defer stopServer()
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
	r := report{Date: time.Now().UTC(), GoVersion: runtime.Version(), CPUs: runtime.NumCPU(), Scale: o.scale,
		Concurrency: o.concurrency, Duration: o.duration.String(), Warmup: o.warmup.String(), Rows: sizes(o.scale)}
	if err := prepare(ctx, dbURL, r.Rows, &r.LoadSeconds); err != nil {
		return err
	}
	fmt.Printf("loaded in %.1f s\n", r.LoadSeconds)

	cfg, err := config.Load(func(k string) string {
		return map[string]string{"APP_ENV": "test", "DATABASE_URL": dbURL, "LOG_LEVEL": "warn"}[k]
	})
	if err != nil {
		return err
	}
	log := zerolog.New(os.Stderr).Level(zerolog.WarnLevel)
	a, err := app.New(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer a.Close()
	var statements, requests atomic.Int64
	ours := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		c, counter := store.CountStatements(req.Context())
		a.Handler.ServeHTTP(w, req.WithContext(c))
		statements.Add(counter.Count())
		requests.Add(1)
	}))
	defer ours.Close()

	raw, err := sql.Open("postgres", dbURL)
	if err != nil {
		return err
	}
	defer raw.Close()
	raw.SetMaxOpenConns(cfg.DBMaxOpenConns)
	raw.SetMaxIdleConns(cfg.DBMaxIdleConns)
	base := &baseline{db: raw}
	baseSrv := httptest.NewServer(base)
	defer baseSrv.Close()

	body, _ := json.Marshal(map[string]string{"query": eventsQuery})
	oursTarget, baseTarget := graphqlTarget(ours.URL+"/graphql", body), getTarget(baseSrv.URL+"/events")
	if err := sameAnswers(ctx, oursTarget, baseTarget); err != nil {
		return err
	}

	op := operation{Name: "events(first: 50) with venue, seats, host, co-hosts"}
	fmt.Println("ours …")
	stopProfile, err := startProfile(o.cpuProfile)
	if err != nil {
		return err
	}
	op.Ours, err = drive(ctx, oursTarget, o.concurrency, o.warmup, o.duration)
	stopProfile()
	if err != nil {
		return fmt.Errorf("ours: %w", err)
	}
	if n := requests.Load(); n > 0 {
		op.StatementsPerRequest = float64(statements.Load()) / float64(n)
	}
	fmt.Println("baseline …")
	b, err := drive(ctx, baseTarget, o.concurrency, o.warmup, o.duration)
	if err != nil {
		return fmt.Errorf("baseline: %w", err)
	}
	op.Baseline = &b
	if n := base.requests.Load(); n > 0 {
		op.BaselineStatementsReq = float64(base.statements.Load()) / float64(n)
	}
	op.ratios()
	r.Operations = append(r.Operations, op)
	if err := r.write(o.out); err != nil {
		return err
	}
	fmt.Print(r.markdown())
	return nil
}

// startProfile starts a CPU profile into path, if any, and returns the function that stops it.
func startProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
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

// sameAnswers checks that both servers give the same JSON for the list before measuring them.
func sameAnswers(ctx context.Context, ours, base target) error {
	get := func(t target) (any, error) {
		req, err := t.newRequest(ctx)
		if err != nil {
			return nil, err
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		var v any
		return v, json.NewDecoder(resp.Body).Decode(&v)
	}
	a, err := get(ours)
	if err != nil {
		return fmt.Errorf("ours: %w", err)
	}
	b, err := get(base)
	if err != nil {
		return fmt.Errorf("baseline: %w", err)
	}
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if string(ja) != string(jb) {
		return fmt.Errorf("the baseline's answer differs from ours:\nours:     %.600s\nbaseline: %.600s", ja, jb)
	}
	return nil
}

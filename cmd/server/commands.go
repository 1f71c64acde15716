package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/KimMachineGun/automemlimit/memlimit"
	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/internal/app"
	"github.com/teleworkmonth/platform/internal/config"
	"github.com/teleworkmonth/platform/internal/migrate"
	"github.com/teleworkmonth/platform/internal/pgcluster"
	"github.com/teleworkmonth/platform/internal/seed"
	"github.com/teleworkmonth/platform/internal/user"
)

func serve(ctx context.Context, cfg config.Config, log zerolog.Logger) error {
	if cfg.DatabaseURL == "" {
		return errors.New("DATABASE_URL is not set (for development without a database, run `server dev` or `make run`)")
	}
	setMemoryLimit(log, memlimit.FromCgroup)
	a, err := app.New(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer a.Close()
	return a.Run(ctx)
}

// dev runs the server for development: it brings up a private PostgreSQL under DEV_DATA_DIR when
// DATABASE_URL is unset, migrates, loads the demo data, and serves.
func dev(ctx context.Context, cfg config.Config, log zerolog.Logger) error {
	if cfg.Production() {
		return errors.New("the dev command does not run with APP_ENV=production")
	}
	if cfg.DatabaseURL == "" {
		databaseURL, stop, err := devDatabase(ctx, cfg, log)
		if err != nil {
			return err
		}
		defer stop()
		cfg.DatabaseURL = databaseURL
	}
	if err := migrateCommand(ctx, cfg, log); err != nil {
		return err
	}
	if err := seedDemo(ctx, cfg, log); err != nil {
		return err
	}
	if err := demoStaff(ctx, cfg, log); err != nil {
		return err
	}
	devBanner(os.Stderr, cfg)
	return serve(ctx, cfg, log)
}

// devDatabase starts the private PostgreSQL of development under DEV_DATA_DIR, or attaches to it
// when `make run` already runs it, and returns the URL of its database and what stops it (nothing
// when attached: the server belongs to the process that started it).
func devDatabase(ctx context.Context, cfg config.Config, log zerolog.Logger) (databaseURL string, stop func(), err error) {
	dir, err := filepath.Abs(filepath.Join(cfg.DevDataDir, "postgres"))
	if err != nil {
		return "", nil, err
	}
	log.Info().Str("data_dir", dir).Msg("DATABASE_URL is unset: starting a private PostgreSQL")
	cluster, err := pgcluster.Start(ctx, pgcluster.Options{DataDir: dir, Durable: true})
	if err != nil {
		return "", nil, err
	}
	stop = func() {
		if !cluster.Attached() {
			cluster.Stop()
		}
	}
	if err := ensureDatabase(ctx, cluster.URL("postgres"), "telework"); err != nil {
		stop()
		return "", nil, err
	}
	databaseURL = cluster.URL("telework")
	log.Info().Str("database_url", databaseURL).Msg("private PostgreSQL is up")
	return databaseURL, stop, nil
}

// devBanner tells a developer, in plain text rather than the JSON log, where the server is and how
// to reach its database, e.g. to make a staff account.
func devBanner(w io.Writer, cfg config.Config) {
	host, port, err := net.SplitHostPort(cfg.ListenAddr)
	if err != nil {
		return
	}
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		host = "localhost"
	}
	base := "http://" + net.JoinHostPort(host, port)
	fmt.Fprintf(w, `
  Telework Month, development server
    API and playground  %s/  (GraphQL at %s/graphql)
    console             %s/admin/  (demo accounts: see README.md)
    DATABASE_URL=%s
    a staff account     make user EMAIL=you@example.jp NAME='…' ROLE=SECRETARIAT  (password: %d to %d characters)
    stop                Ctrl-C

`, base, base, base, redacted(cfg.DatabaseURL), user.MinPasswordLength, user.MaxPasswordLength)
}

// redacted is a database URL without its password, if it has one (a DATABASE_URL of your own).
func redacted(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(not a URL)"
	}
	return u.Redacted()
}

// ensureDatabase creates the database name on the server of adminURL unless it exists.
func ensureDatabase(ctx context.Context, adminURL, name string) error {
	db, err := sql.Open("postgres", adminURL)
	if err != nil {
		return err
	}
	defer db.Close()
	var exists bool
	if err := db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, name).Scan(&exists); err != nil {
		return fmt.Errorf("look for database %s: %w", name, err)
	}
	if exists {
		return nil
	}
	if _, err := db.ExecContext(ctx, `CREATE DATABASE `+pq.QuoteIdentifier(name)); err != nil {
		return fmt.Errorf("create database %s: %w", name, err)
	}
	return nil
}

func openForCommand(ctx context.Context, cfg config.Config) (*sqlx.DB, error) {
	if cfg.DatabaseURL == "" {
		return nil, errors.New("DATABASE_URL is not set")
	}
	db, err := sqlx.Open("postgres", cfg.DatabaseURL)
	if err != nil {
		return nil, err
	}
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := db.PingContext(pingCtx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect to the database: %w", err)
	}
	return db, nil
}

func migrateCommand(ctx context.Context, cfg config.Config, log zerolog.Logger) error {
	db, err := openForCommand(ctx, cfg)
	if err != nil {
		return err
	}
	defer db.Close()
	n, err := migrate.Up(ctx, db.DB)
	if err != nil {
		return err
	}
	log.Info().Int("applied", n).Msg("migrations are current")
	return nil
}

// demoStaff makes the demo staff accounts of the console (see seed.DemoStaff), for development only:
// their password is published in the README. dev refuses to run in production.
func demoStaff(ctx context.Context, cfg config.Config, log zerolog.Logger) error {
	db, err := openForCommand(ctx, cfg)
	if err != nil {
		return err
	}
	defer db.Close()
	made, err := seed.CreateDemoStaff(ctx, db)
	if err != nil {
		return err
	}
	log.Info().Int("made", made).Msg("demo staff accounts for the console at /admin/ (development only, the password is in the README): " +
		"secretariat@, mic-admin@, mic-editor@, mic-viewer@, mhlw-admin@example.jp")
	return nil
}

func seedDemo(ctx context.Context, cfg config.Config, log zerolog.Logger) error {
	db, err := openForCommand(ctx, cfg)
	if err != nil {
		return err
	}
	defer db.Close()
	start := time.Now()
	sum, err := seed.Demo(ctx, db)
	if err != nil {
		return err
	}
	log.Info().Interface("summary", sum).Dur("took", time.Since(start)).Msg("demo data loaded")
	if !sum.ExampleEvent {
		log.Warn().Msg("this database has no example event (RXZlbnQ6MQ), which the README's examples sign up for: " +
			"its demo data predates it, or it holds other data. For a fresh development database: make clean, then make run")
	}
	return nil
}

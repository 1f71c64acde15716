package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/internal/config"
)

// baselineCommand is the hidden sub-command in which the benchmark, run again by itself, serves
// the raw baseline: a server process of its own, measured as ours is.
const baselineCommand = "serve-baseline"

// The baseline serves the reads that are compared with ours the way a careful engineer would write
// them by hand: plain net/http, database/sql with lib/pq, the fewest statements that answer, and
// encoding/json writing the same JSON as ours. It reads the server's configuration (DATABASE_URL,
// LISTEN_ADDR, the pool settings) so that both run with the same pool, and logs one line per
// request with its SQL statements, as ours does.
//
// Like ours (store.Open), it prepares its statements: each text once, database/sql then preparing
// it on each connection that runs it, so that PostgreSQL plans it once per connection rather than
// on every request. The comparison is of the layers above the SQL, not of two ways to send it.
type baseline struct {
	db  *sql.DB
	log zerolog.Logger

	mu         sync.Mutex
	statements map[string]*sql.Stmt // by SQL text
}

// serveBaseline runs the baseline until ctx is done.
func serveBaseline(ctx context.Context) error {
	cfg, err := config.Load(os.Getenv)
	if err != nil {
		return err
	}
	// The same driver settings as ours (store.Open): a statement with parameters in one round
	// trip.
	dsn, err := url.Parse(cfg.DatabaseURL)
	if err != nil {
		return err
	}
	q := dsn.Query()
	q.Set("binary_parameters", "yes")
	dsn.RawQuery = q.Encode()
	db, err := sql.Open("postgres", dsn.String())
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(cfg.DBMaxOpenConns)
	db.SetMaxIdleConns(cfg.DBMaxIdleConns)
	db.SetConnMaxIdleTime(cfg.DBConnMaxIdleTime)
	db.SetConnMaxLifetime(cfg.DBConnMaxLifetime)
	zerolog.TimeFieldFormat = time.RFC3339Nano
	b := &baseline{db: db, log: zerolog.New(os.Stderr).With().Timestamp().Logger(), statements: map[string]*sql.Stmt{}}

	mux := http.NewServeMux()
	mux.Handle("GET /events", b.handle(b.events))
	mux.Handle("GET /host-event", b.handle(b.hostEvent))
	mux.Handle("GET /registrants", b.handle(b.registrants))
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if err := db.PingContext(r.Context()); err != nil {
			http.Error(w, "database unreachable", http.StatusServiceUnavailable)
		}
	})
	l, err := net.Listen("tcp", cfg.ListenAddr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.ListenAddr, err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		shutdownCtx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
		defer cancel()
		srv.Shutdown(shutdownCtx)
	}()
	if err := srv.Serve(l); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// statement returns the statement prepared for a SQL text, preparing it the first time.
func (b *baseline) statement(ctx context.Context, query string) (*sql.Stmt, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if st, ok := b.statements[query]; ok {
		return st, nil
	}
	st, err := b.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	b.statements[query] = st
	return st, nil
}

// querier runs a request's statements and counts them.
type querier struct {
	b *baseline
	n int64
}

func (q *querier) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	q.n++
	st, err := q.b.statement(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (q *querier) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	q.n++
	st, err := q.b.statement(ctx, query)
	if err != nil {
		return q.b.db.QueryRowContext(ctx, query, args...) // reports the same error
	}
	return st.QueryRowContext(ctx, args...)
}

// httpError is a refusal with its status.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

// handle turns a function answering a value into a handler that writes it as JSON and logs the
// request line.
func (b *baseline) handle(answer func(r *http.Request, q *querier) (any, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		q := &querier{b: b}
		status := http.StatusOK
		v, err := answer(r, q)
		var he *httpError
		switch {
		case errors.As(err, &he):
			status = he.status
			http.Error(w, he.msg, status)
		case err != nil:
			status = http.StatusInternalServerError
			b.log.Error().Err(err).Str("path", r.URL.Path).Msg("answer")
			http.Error(w, "internal error", status)
		default:
			w.Header().Set("Content-Type", "application/json")
			_ = json.NewEncoder(w).Encode(v)
		}
		b.log.Info().Str("method", r.Method).Str("path", r.URL.Path).Int("status", status).
			Dur("duration", time.Since(start)).Int64("sql_statements", q.n).Msg("request")
	})
}

// The JSON shapes that several answers share.

type text struct {
	Ja string  `json:"ja"`
	En *string `json:"en"`
}

type pageInfo struct {
	HasNextPage bool    `json:"hasNextPage"`
	EndCursor   *string `json:"endCursor"`
}

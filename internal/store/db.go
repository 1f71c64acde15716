// Package store runs the SQL of the application: plain statements next to the functions that run
// them, on sqlx and lib/pq. Every function takes a context (the request's, with its deadline) and a
// querier, so that it runs alone or inside a transaction opened with InTx.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/url"
	"strconv"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// Config sets the connection pool and the server-side guards of every connection.
type Config struct {
	URL              string
	MaxOpenConns     int
	MaxIdleConns     int
	ConnMaxLifetime  time.Duration
	ConnMaxIdleTime  time.Duration
	StatementTimeout time.Duration // 0: the server's default
	// PreparedStatements is how many queries each connection keeps prepared (see
	// statementCache); 0 prepares none, for a pooler that does not carry prepared statements
	// across transactions.
	PreparedStatements int
}

// Open connects to PostgreSQL, checks the connection, counts the statements it runs (see
// CountStatements) and runs its queries as prepared statements (see statementCache).
func Open(ctx context.Context, cfg Config) (*sqlx.DB, error) {
	dsn, err := withRuntimeParams(cfg.URL, cfg.StatementTimeout)
	if err != nil {
		return nil, err
	}
	pqConnector, err := pq.NewConnector(dsn)
	if err != nil {
		return nil, fmt.Errorf("database URL: %w", err)
	}
	db := sqlx.NewDb(sql.OpenDB(connector{Connector: pqConnector, prepared: cfg.PreparedStatements}), "postgres")
	db.SetMaxOpenConns(cfg.MaxOpenConns)
	db.SetMaxIdleConns(cfg.MaxIdleConns)
	db.SetConnMaxLifetime(cfg.ConnMaxLifetime)
	db.SetConnMaxIdleTime(cfg.ConnMaxIdleTime)
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := db.PingContext(pingCtx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect to the database: %w", err)
	}
	return db, nil
}

// withRuntimeParams adds the settings every connection starts with: UTC, so that times leave the
// database in UTC, and the statement timeout, so that no runaway query outlives its request. With
// binary_parameters lib/pq sends a statement with parameters in one round trip (parse, bind and
// execute together) instead of two, and []byte parameters in binary form: right for bytea, while a
// JSON document must go as a string (see nullJSON).
func withRuntimeParams(rawURL string, statementTimeout time.Duration) (string, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return "", errors.New("the database URL must look like postgres://user@host:5432/dbname")
	}
	q := u.Query()
	q.Set("timezone", "UTC")
	q.Set("binary_parameters", "yes")
	if statementTimeout > 0 {
		q.Set("statement_timeout", strconv.FormatInt(statementTimeout.Milliseconds(), 10))
	}
	if q.Get("application_name") == "" {
		q.Set("application_name", "telework-server")
	}
	u.RawQuery = q.Encode()
	return u.String(), nil
}

// InTx runs fn in a transaction: committed when fn returns nil, rolled back when it returns an
// error or panics (the panic goes on). A transaction that PostgreSQL aborts with a serialization
// failure (SQLSTATE 40001) or a deadlock (40P01) did nothing, so it is run again from the start, at
// most txAttempts times in all, after a short random pause that keeps two colliding writers from
// colliding again. fn may therefore run more than once: it must only read and write through tx
// and assign (not append to) what it hands out.
func InTx(ctx context.Context, db *sqlx.DB, fn func(tx *sqlx.Tx) error) error {
	for attempt := 1; ; attempt++ {
		err := runTx(ctx, db, fn)
		if attempt == txAttempts || !retryable(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(retryPause(attempt)):
		}
	}
}

// txAttempts bounds the runs of one transaction: a third collision in a row means contention that
// a retry will not cure, and the caller gets the error.
const txAttempts = 3

// retryable tells whether err is PostgreSQL aborting the transaction for a conflict with another
// one, after which running it again may succeed.
func retryable(err error) bool {
	var pqErr *pq.Error
	return errors.As(err, &pqErr) && (pqErr.Code == serializationFailure || pqErr.Code == deadlockDetected)
}

// retryPause is 5 to 25 ms after the first collision, twice that after the second.
func retryPause(attempt int) time.Duration {
	return time.Duration(attempt) * (5*time.Millisecond + rand.N(20*time.Millisecond))
}

func runTx(ctx context.Context, db *sqlx.DB, fn func(tx *sqlx.Tx) error) (err error) {
	tx, err := db.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	defer func() {
		if p := recover(); p != nil {
			tx.Rollback()
			panic(p)
		}
		if err != nil {
			tx.Rollback()
		}
	}()
	if err = fn(tx); err != nil {
		return err
	}
	if err = tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

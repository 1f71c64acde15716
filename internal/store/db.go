// Package store runs the SQL of the application: plain statements next to the functions that run
// them, on sqlx and lib/pq. Every function takes a context (the request's, with its deadline) and a
// querier, so that it runs alone or inside a transaction opened with InTx.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
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

// InTx runs fn in a transaction, committing when it returns nil and rolling back otherwise.
func InTx(ctx context.Context, db *sqlx.DB, fn func(tx *sqlx.Tx) error) (err error) {
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

package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// testDBName matches the names newName makes: test_<unix seconds>_<random>.
var testDBName = regexp.MustCompile(`^test_([0-9]+)_[0-9a-f]{12}$`)

func newName() string {
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand does not fail on supported systems
	}
	return fmt.Sprintf("test_%d_%s", time.Now().Unix(), hex.EncodeToString(b[:]))
}

// sweepAbandoned drops the test databases of runs that were killed before their clean-up, once
// they are old enough that no run can still be using them.
func (s *server) sweepAbandoned(ctx context.Context, conn *sql.Conn) {
	rows, err := conn.QueryContext(ctx, "SELECT datname FROM pg_database WHERE datname LIKE 'test\\_%'")
	if err != nil {
		return
	}
	var old []string
	for rows.Next() {
		var name string
		if rows.Scan(&name) != nil {
			continue
		}
		if m := testDBName.FindStringSubmatch(name); m != nil {
			if sec, err := strconv.ParseInt(m[1], 10, 64); err == nil && time.Since(time.Unix(sec, 0)) > abandonedAfter {
				old = append(old, name)
			}
		}
	}
	rows.Close()
	for _, name := range old {
		conn.ExecContext(ctx, "DROP DATABASE IF EXISTS "+pq.QuoteIdentifier(name)+" WITH (FORCE)")
	}
}

func (s *server) url(dbname string) string {
	u := s.base
	u.Path, u.RawPath = "/"+dbname, ""
	return u.String()
}

// create makes a database from template and drops it when the test ends.
func (s *server) create(tb testing.TB, template string) string {
	tb.Helper()
	name := newName()
	ctx, cancel := context.WithTimeout(tb.Context(), time.Minute)
	defer cancel()
	q := pq.QuoteIdentifier
	if _, err := s.admin.ExecContext(ctx, "CREATE DATABASE "+q(name)+" TEMPLATE "+q(template)); err != nil {
		tb.Fatalf("pgtest: create database %s from %s: %v", name, template, err)
	}
	dbURL := s.url(name)
	tb.Cleanup(func() {
		if s.keep {
			tb.Logf("pgtest: kept database %s", dbURL)
			return
		}
		s.dropLater(name)
	})
	return dbURL
}

// dropLater drops database name in the background, disconnecting whoever is still connected.
// Failures are reported when the tests end.
func (s *server) dropLater(name string) {
	s.drops.Add(1)
	go func() {
		defer s.drops.Done()
		s.dropSlots <- struct{}{}
		defer func() { <-s.dropSlots }()
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		if _, err := s.admin.ExecContext(ctx, "DROP DATABASE IF EXISTS "+pq.QuoteIdentifier(name)+" WITH (FORCE)"); err != nil {
			s.mu.Lock()
			s.dropErrs = append(s.dropErrs, fmt.Errorf("drop database %s: %w", name, err))
			s.mu.Unlock()
		}
	}()
}

// NewURL creates a database for this test, a clone of the migrated template, and returns its
// URL. The database is dropped once the test ends (in the background), open connections or not.
func NewURL(tb testing.TB) string {
	tb.Helper()
	s := mustServer(tb)
	return s.create(tb, s.template)
}

// NewEmptyURL creates a database for this test with no migration applied (a clone of template0)
// and returns its URL. It is dropped when the test ends.
func NewEmptyURL(tb testing.TB) string {
	tb.Helper()
	return mustServer(tb).create(tb, "template0")
}

// NewDB creates a migrated database for this test (see NewURL) and returns an open handle to it,
// closed when the test ends.
func NewDB(tb testing.TB) *sqlx.DB {
	tb.Helper()
	dbURL := NewURL(tb)
	db, err := sqlx.Open("postgres", dbURL)
	if err != nil {
		tb.Fatalf("pgtest: open %s: %v", dbURL, err)
	}
	tb.Cleanup(func() { db.Close() })
	ctx, cancel := context.WithTimeout(tb.Context(), 30*time.Second)
	defer cancel()
	if err := db.PingContext(ctx); err != nil {
		tb.Fatalf("pgtest: connect to %s: %v", dbURL, err)
	}
	return db
}

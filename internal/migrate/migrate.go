// Package migrate applies the embedded SQL migrations with goose and reports whether a database
// is current. The server's readiness check and the test template both rely on it.
package migrate

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io/fs"
	"sort"
	"sync"

	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/teleworkmonth/platform/migrations"
)

func newProvider(db *sql.DB) (*goose.Provider, error) {
	// A session lock lets several instances start at once: one migrates, the others wait.
	locker, err := lock.NewPostgresSessionLocker()
	if err != nil {
		return nil, fmt.Errorf("migration lock: %w", err)
	}
	return goose.NewProvider(goose.DialectPostgres, db, migrations.FS, goose.WithSessionLocker(locker))
}

// Up applies every pending migration and returns the number applied.
func Up(ctx context.Context, db *sql.DB) (int, error) {
	p, err := newProvider(db)
	if err != nil {
		return 0, err
	}
	results, err := p.Up(ctx)
	if err != nil {
		return len(results), fmt.Errorf("apply migrations: %w", err)
	}
	return len(results), nil
}

// Current reports whether every embedded migration has been applied to db.
func Current(ctx context.Context, db *sql.DB) (bool, error) {
	p, err := goose.NewProvider(goose.DialectPostgres, db, migrations.FS)
	if err != nil {
		return false, err
	}
	pending, err := p.HasPending(ctx)
	if err != nil {
		return false, fmt.Errorf("migration status: %w", err)
	}
	return !pending, nil
}

var fingerprint = sync.OnceValue(func() string {
	names, err := fs.Glob(migrations.FS, "*.sql")
	if err != nil {
		panic(err) // the pattern is constant; Glob fails only on a malformed pattern
	}
	sort.Strings(names)
	h := sha256.New()
	for _, name := range names {
		b, err := fs.ReadFile(migrations.FS, name)
		if err != nil {
			panic(err) // embedded files are always readable
		}
		fmt.Fprintf(h, "%s\x00%d\x00", name, len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
})

// Fingerprint identifies the set of embedded migrations: it changes whenever a migration is added
// or edited, so a database template built from one set is never mistaken for another.
func Fingerprint() string { return fingerprint() }

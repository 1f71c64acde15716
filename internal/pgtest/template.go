package pgtest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/lib/pq"
	"github.com/teleworkmonth/platform/internal/migrate"
)

// ensureTemplate builds the migrated template unless it exists. Several test processes may get
// here at once: the advisory lock lets one build while the others wait, and the template gets
// its final name only once complete.
func (s *server) ensureTemplate(ctx context.Context) error {
	conn, err := s.admin.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", int64(lockKey)); err != nil {
		return fmt.Errorf("lock for the template: %w", err)
	}
	defer conn.ExecContext(context.Background(), "SELECT pg_advisory_unlock($1)", int64(lockKey))

	s.sweepAbandoned(ctx, conn)

	var exists bool
	if err := conn.QueryRowContext(ctx, "SELECT EXISTS (SELECT FROM pg_database WHERE datname = $1)", s.template).Scan(&exists); err != nil {
		return err
	}
	if exists {
		return nil
	}
	began := time.Now()
	build := s.template + "_build"
	q := pq.QuoteIdentifier
	// A build interrupted by a killed process is started over.
	if _, err := conn.ExecContext(ctx, "DROP DATABASE IF EXISTS "+q(build)+" WITH (FORCE)"); err != nil {
		return fmt.Errorf("drop the unfinished template %s: %w", build, err)
	}
	if _, err := conn.ExecContext(ctx, "CREATE DATABASE "+q(build)+" TEMPLATE template0"); err != nil {
		return fmt.Errorf("create the template: %w", err)
	}
	if err := migrateDB(ctx, s.url(build)); err != nil {
		return fmt.Errorf("migrate the template: %w", err)
	}
	// No one may connect to the template: CREATE DATABASE ... TEMPLATE would fail.
	if _, err := conn.ExecContext(ctx, "ALTER DATABASE "+q(build)+" WITH ALLOW_CONNECTIONS false"); err != nil {
		return err
	}
	if _, err := conn.ExecContext(ctx, "ALTER DATABASE "+q(build)+" RENAME TO "+q(s.template)); err != nil {
		return fmt.Errorf("rename the template: %w", err)
	}
	s.templateBuild = time.Since(began)
	return nil
}

func migrateDB(ctx context.Context, dbURL string) error {
	db, err := sql.Open("postgres", dbURL)
	if err != nil {
		return err
	}
	defer db.Close() // closes every connection, so the template can be renamed and cloned
	if _, err := migrate.Up(ctx, db); err != nil {
		return err
	}
	ok, err := migrate.Current(ctx, db)
	if err != nil {
		return err
	}
	if !ok {
		return errors.New("migrations still pending after Up")
	}
	return db.Close()
}

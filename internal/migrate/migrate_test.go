package migrate_test

import (
	"database/sql"
	"io/fs"
	"regexp"
	"testing"

	_ "github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/migrate"
	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/migrations"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// TestUpFromZero migrates an empty database the way a new deployment does.
func TestUpFromZero(t *testing.T) {
	t.Parallel()
	files, err := fs.Glob(migrations.FS, "*.sql")
	if err != nil || len(files) == 0 {
		t.Fatalf("no embedded migrations: %v", err)
	}
	db, err := sql.Open("postgres", pgtest.NewEmptyURL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := t.Context()

	if ok, err := migrate.Current(ctx, db); err != nil || ok {
		t.Fatalf("Current on an empty database = %v, %v; want false", ok, err)
	}
	n, err := migrate.Up(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if n != len(files) {
		t.Errorf("Up applied %d migrations, want all %d", n, len(files))
	}
	if ok, err := migrate.Current(ctx, db); err != nil || !ok {
		t.Fatalf("Current after Up = %v, %v; want true", ok, err)
	}
	if n, err := migrate.Up(ctx, db); err != nil || n != 0 {
		t.Fatalf("second Up applied %d (%v), want 0", n, err)
	}
}

// TestCloneIsCurrent checks the test template holds every migration.
func TestCloneIsCurrent(t *testing.T) {
	t.Parallel()
	db := pgtest.NewDB(t)
	if ok, err := migrate.Current(t.Context(), db.DB); err != nil || !ok {
		t.Fatalf("Current on a clone of the template = %v, %v; want true", ok, err)
	}
	if n, err := migrate.Up(t.Context(), db.DB); err != nil || n != 0 {
		t.Fatalf("Up on a clone applied %d (%v), want 0", n, err)
	}
}

// TestClonesAreIsolated checks that what one test writes no other test sees.
func TestClonesAreIsolated(t *testing.T) {
	t.Parallel()
	a, b := pgtest.NewDB(t), pgtest.NewDB(t)
	a.MustExec("CREATE TABLE written_in_a (v int)")
	var exists bool
	if err := b.Get(&exists, "SELECT to_regclass('written_in_a') IS NOT NULL"); err != nil || exists {
		t.Fatalf("a table created in one clone is visible in the other: %v, %v", exists, err)
	}
}

func TestFingerprint(t *testing.T) {
	fp := migrate.Fingerprint()
	if !regexp.MustCompile(`^[0-9a-f]{16}$`).MatchString(fp) {
		t.Fatalf("Fingerprint() = %q, want 16 hex digits (it names the test template)", fp)
	}
	if migrate.Fingerprint() != fp {
		t.Fatal("Fingerprint is not stable")
	}
}

package pgtest

import (
	"database/sql"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/migrate"
)

func TestMain(m *testing.M) { Main(m) }

func TestNewDBIsMigrated(t *testing.T) {
	t.Parallel()
	db := NewDB(t)
	ok, err := migrate.Current(t.Context(), db.DB)
	if err != nil || !ok {
		t.Fatalf("clone not current: %v, %v", ok, err)
	}
	var n int
	if err := db.Get(&n, "SELECT count(*) FROM campaigns"); err != nil {
		t.Fatalf("the migrated tables are missing: %v", err)
	}
	var allowConn bool
	if err := db.Get(&allowConn, "SELECT datallowconn FROM pg_database WHERE datname = current_database()"); err != nil || !allowConn {
		t.Fatalf("the clone does not accept connections: %v, %v", allowConn, err)
	}
}

func TestClonesAreIsolated(t *testing.T) {
	t.Parallel()
	a, b := NewDB(t), NewDB(t)
	a.MustExec("CREATE TABLE only_in_a (v int)")
	a.MustExec("INSERT INTO ministries (code, name_ja) VALUES ('MIC', '総務省')")

	var exists bool
	if err := b.Get(&exists, "SELECT to_regclass('only_in_a') IS NOT NULL"); err != nil || exists {
		t.Fatalf("a table created in one clone shows in another: %v, %v", exists, err)
	}
	var n int
	if err := b.Get(&n, "SELECT count(*) FROM ministries"); err != nil || n != 0 {
		t.Fatalf("rows written in one clone show in another: %d, %v", n, err)
	}
	// Nor does the template change: a new clone is pristine.
	c := NewDB(t)
	if err := c.Get(&n, "SELECT count(*) FROM ministries"); err != nil || n != 0 {
		t.Fatalf("rows written in a clone reached the template: %d, %v", n, err)
	}
}

func TestParallelClones(t *testing.T) {
	t.Parallel()
	for i := range 8 {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			t.Parallel()
			db := NewDB(t)
			db.MustExec("INSERT INTO ministries (code, name_ja) VALUES ('MOF', '財務省')")
			var n int
			if err := db.Get(&n, "SELECT count(*) FROM ministries"); err != nil || n != 1 {
				t.Fatalf("count %d, %v", n, err)
			}
		})
	}
}

func TestEmptyURL(t *testing.T) {
	t.Parallel()
	db, err := sql.Open("postgres", NewEmptyURL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").Scan(&n); err != nil || n != 0 {
		t.Fatalf("the empty database has %d tables (%v)", n, err)
	}
}

func TestDatabaseDroppedAtCleanup(t *testing.T) {
	t.Parallel()
	var name string
	t.Run("user", func(t *testing.T) {
		db := NewDB(t)
		if err := db.Get(&name, "SELECT current_database()"); err != nil {
			t.Fatal(err)
		}
		// An open transaction holding a connection must not stop the drop.
		tx := db.MustBegin()
		tx.MustExec("CREATE TABLE t (v int)")
	})
	if current.keep {
		t.Skip("PGTEST_KEEP=1 keeps the databases")
	}
	// The drop runs in the background.
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(50 * time.Millisecond) {
		var exists bool
		if err := current.admin.QueryRow("SELECT EXISTS (SELECT FROM pg_database WHERE datname = $1)", name).Scan(&exists); err != nil {
			t.Fatal(err)
		}
		if !exists {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("database %s still exists a minute after its test", name)
		}
	}
}

func TestTemplateRefusesConnections(t *testing.T) {
	t.Parallel()
	db, err := sql.Open("postgres", current.url(current.template))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Ping(); err == nil || !strings.Contains(err.Error(), "not currently accepting connections") {
		t.Fatalf("connecting to the template: %v, want a refusal", err)
	}
}

// TestCloneTime reports how long a clone takes; cloning must stay cheap enough for one database
// per test.
func TestCloneTime(t *testing.T) {
	const n = 10
	began := time.Now()
	for range n {
		NewURL(t)
	}
	per := time.Since(began) / n
	t.Logf("clone of %s: %v each (mean of %d; server: %s)", current.template, per.Round(100*time.Microsecond), n, current.how)
	if per > 2*time.Second {
		t.Errorf("a clone takes %v", per)
	}
}

// fakeTB records a fatal failure instead of failing the real test.
type fakeTB struct {
	testing.TB
	mu    sync.Mutex
	fatal string
}

func (f *fakeTB) Helper() {}

func (f *fakeTB) Fatal(args ...any) {
	f.mu.Lock()
	f.fatal = fmt.Sprint(args...)
	f.mu.Unlock()
	runtime.Goexit()
}

func (f *fakeTB) Fatalf(format string, args ...any) { f.Fatal(fmt.Sprintf(format, args...)) }

func TestWithoutMain(t *testing.T) {
	// Not parallel: it hides the server from the whole package for a moment.
	saved := current
	current = nil
	defer func() { current = saved }()
	for name, f := range map[string]func(testing.TB){
		"NewURL":      func(tb testing.TB) { NewURL(tb) },
		"NewDB":       func(tb testing.TB) { NewDB(tb) },
		"NewEmptyURL": func(tb testing.TB) { NewEmptyURL(tb) },
	} {
		tb := &fakeTB{TB: t}
		done := make(chan struct{})
		go func() {
			defer close(done)
			f(tb)
		}()
		<-done
		if !strings.Contains(tb.fatal, "pgtest.Main(m)") {
			t.Errorf("%s without Main: fatal %q, want a pointer to pgtest.Main", name, tb.fatal)
		}
	}
}

func TestNames(t *testing.T) {
	name := newName()
	if !testDBName.MatchString(name) || len(name) > 63 {
		t.Fatalf("newName() = %q", name)
	}
	if len(current.template) > 63-len("_build") {
		t.Fatalf("template name %q too long for PostgreSQL", current.template)
	}
}

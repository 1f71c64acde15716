// Package pgtest gives each test its own real PostgreSQL database, cloned in well under a second
// (CREATE DATABASE ... TEMPLATE) from a template that holds every migration.
//
// Tests never run against a mock: the project's SQL, constraints and migrations are what is
// tested. A package that needs a database declares
//
//	func TestMain(m *testing.M) { pgtest.Main(m) }
//
// and calls NewDB (or NewURL, NewEmptyURL) in its tests, parallel ones included.
//
// Main picks the server, in this order: TEST_DATABASE_URL, DATABASE_URL (both postgres:// URLs
// whose role may create databases; the database part is ignored), the local server on
// 127.0.0.1:5432 as user postgres if it answers within two seconds, else a throwaway cluster
// started with pgcluster from the PostgreSQL programs installed on the machine and removed when
// the tests end. PGTEST_PRIVATE=1 forces the throwaway cluster. PGTEST_KEEP=1 keeps the test
// databases (their URLs are logged) instead of dropping them.
//
// The template, telework_tmpl_<migrate.Fingerprint()>, is built once per set of migrations and
// server, under an advisory lock, since go test runs packages as parallel processes. It does not
// accept connections, because CREATE DATABASE ... TEMPLATE fails while anyone is connected to it;
// to look inside, clone it, or run ALTER DATABASE ... ALLOW_CONNECTIONS true first. Templates of
// older migration sets stay on the server until dropped by hand.
//
// Test databases are named test_<unix time>_<random>; those of runs killed before their clean-up
// are dropped by a later run after a day. Throwaway clusters of killed runs (pgtest-* in the
// temporary directory) are removed by the next run that starts one.
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq" // the "postgres" driver

	"github.com/teleworkmonth/platform/internal/migrate"
	"github.com/teleworkmonth/platform/internal/pgcluster"
)

const (
	localURL     = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
	templateBase = "telework_tmpl_"
	// lockKey serialises template builds (and the sweep of abandoned databases) across the test
	// processes sharing a server. Advisory locks are per database: it is always taken in "postgres".
	lockKey = 0x7067746573740001
	// Databases of killed test runs are dropped by a later run once they are this old.
	abandonedAfter = 24 * time.Hour
)

// server is what Main set up; nil until then.
type server struct {
	base     url.URL // URL of the server; its path is replaced by the database name
	admin    *sql.DB // the maintenance database "postgres"
	template string
	how      string // how the server was chosen, for messages
	keep     bool
	cluster  *pgcluster.Cluster
	tmpBase  string

	templateBuild time.Duration // 0 when the template already existed

	// Test databases are dropped in the background: in PostgreSQL 15 every DROP DATABASE waits
	// for a checkpoint, which the test need not wait for. close waits for the drops.
	drops     sync.WaitGroup
	dropSlots chan struct{}
	mu        sync.Mutex
	dropErrs  []error
}

var current *server

// Main sets up the server and the template, runs the tests and exits; call it from TestMain.
func Main(m *testing.M) {
	flag.Parse() // for testing.Verbose
	code, err := run(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "pgtest:", err)
		if code == 0 {
			code = 1
		}
	}
	os.Exit(code)
}

func run(m *testing.M) (code int, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	s, err := setUp(ctx)
	cancel()
	if s != nil {
		defer func() {
			if cerr := s.close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	if err != nil {
		return 1, err
	}
	current = s
	defer func() { current = nil }()
	if testing.Verbose() {
		built := "existed"
		if s.templateBuild > 0 {
			built = "built in " + s.templateBuild.Round(time.Millisecond).String()
		}
		fmt.Fprintf(os.Stderr, "pgtest: PostgreSQL %s; template %s %s\n", s.how, s.template, built)
	}
	return m.Run(), nil
}

func setUp(ctx context.Context) (*server, error) {
	s := &server{
		template:  templateBase + migrate.Fingerprint(),
		keep:      os.Getenv("PGTEST_KEEP") == "1",
		dropSlots: make(chan struct{}, 2),
	}
	if err := s.pickServer(ctx); err != nil {
		return s, err
	}
	if err := s.ensureTemplate(ctx); err != nil {
		return s, err
	}
	return s, nil
}

func (s *server) pickServer(ctx context.Context) error {
	if os.Getenv("PGTEST_PRIVATE") == "1" {
		return s.startPrivate(ctx, "PGTEST_PRIVATE=1")
	}
	for _, env := range []string{"TEST_DATABASE_URL", "DATABASE_URL"} {
		if v := os.Getenv(env); v != "" {
			if err := s.connect(ctx, v, 15*time.Second); err != nil {
				return fmt.Errorf("%s: %w", env, err)
			}
			s.how = "from " + env + " (" + redact(s.base) + ")"
			return nil
		}
	}
	if err := s.connect(ctx, localURL, 2*time.Second); err == nil {
		s.how = "on 127.0.0.1:5432"
		return nil
	} else if testing.Verbose() {
		fmt.Fprintf(os.Stderr, "pgtest: no usable server on 127.0.0.1:5432 (%v); starting a private one\n", err)
	}
	return s.startPrivate(ctx, "no server on 127.0.0.1:5432")
}

// connect opens the maintenance database of the server at rawURL and pings it.
func (s *server) connect(ctx context.Context, rawURL string, timeout time.Duration) error {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") || u.Host == "" {
		return errors.New("not a postgres://user@host:port/db URL")
	}
	s.base = *u
	db, err := sql.Open("postgres", s.url("postgres"))
	if err != nil {
		return err
	}
	db.SetMaxOpenConns(4)
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return err
	}
	s.admin = db
	return nil
}

// startPrivate starts a throwaway cluster in a new directory under the temporary directory.
func (s *server) startPrivate(ctx context.Context, why string) error {
	sweepPrivate(ctx)
	base, err := os.MkdirTemp("", "pgtest-")
	if err != nil {
		return err
	}
	s.tmpBase = base
	// The server may run as another user (when we are root): it must be able to enter base.
	if err := os.Chmod(base, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(base, "owner"), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		return err
	}
	var logw io.Writer = io.Discard
	if testing.Verbose() {
		logw = os.Stderr
	}
	c, err := pgcluster.Start(ctx, pgcluster.Options{DataDir: filepath.Join(base, "data"), Log: logw})
	if err != nil {
		return err
	}
	s.cluster = c
	s.how = fmt.Sprintf("private cluster on port %d (%s), started in %v", c.Port(), why, c.StartDuration().Round(time.Millisecond))
	return s.connect(ctx, c.URL("postgres"), 30*time.Second)
}

// sweepPrivate removes the throwaway clusters of test processes that died before removing them.
func sweepPrivate(ctx context.Context) {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), "pgtest-*"))
	for _, dir := range dirs {
		b, err := os.ReadFile(filepath.Join(dir, "owner"))
		if err != nil {
			// Just created (the owner file follows at once), or not ours.
			if fi, err := os.Stat(dir); err != nil || time.Since(fi.ModTime()) < 10*time.Minute {
				continue
			}
		} else if pid, err := strconv.Atoi(string(b)); err != nil || alive(pid) {
			continue
		}
		if err := pgcluster.Discard(ctx, filepath.Join(dir, "data")); err == nil {
			os.RemoveAll(dir)
		}
	}
}

func alive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}

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

func (s *server) close() error {
	s.drops.Wait()
	errs := s.dropErrs
	if s.admin != nil {
		errs = append(errs, s.admin.Close())
	}
	if s.cluster != nil {
		errs = append(errs, s.cluster.Stop())
	}
	if s.tmpBase != "" {
		errs = append(errs, os.RemoveAll(s.tmpBase))
	}
	return errors.Join(errs...)
}

func redact(u url.URL) string {
	if u.User != nil {
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "xxx")
		}
	}
	u.Path = ""
	return strings.TrimSuffix(u.String(), "?"+u.RawQuery)
}

func mustServer(tb testing.TB) *server {
	tb.Helper()
	if current == nil {
		tb.Fatal("pgtest: no database server: the package's tests must start with\n\tfunc TestMain(m *testing.M) { pgtest.Main(m) }")
	}
	return current
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

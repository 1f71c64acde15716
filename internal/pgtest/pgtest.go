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
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	// the "postgres" driver

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

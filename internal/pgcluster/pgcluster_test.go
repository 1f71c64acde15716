//go:build unix

package pgcluster

import (
	"context"
	"database/sql"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "github.com/lib/pq"
)

// baseDir returns a fresh directory the server's user can traverse even when the test runs as
// root (t.TempDir's directories are private to the caller).
func baseDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "pgcluster-test-")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := Discard(context.Background(), filepath.Join(dir, "data")); err != nil {
			t.Error(err)
		}
		os.RemoveAll(dir)
	})
	return dir
}

type testLog struct{ t *testing.T }

func (l testLog) Write(p []byte) (int, error) {
	l.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

func start(t *testing.T, opt Options) *Cluster {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := Start(ctx, opt)
	if errors.Is(err, ErrNotInstalled) {
		t.Skipf("skipped: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("cluster on %s, port %d, attached %v, ready in %v", c.DataDir(), c.Port(), c.Attached(), c.StartDuration().Round(time.Millisecond))
	return c
}

func open(t *testing.T, c *Cluster) *sql.DB {
	t.Helper()
	db, err := sql.Open("postgres", c.URL("postgres"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Ping(); err != nil {
		t.Fatal(err)
	}
	return db
}

func setting(t *testing.T, db *sql.DB, name string) string {
	t.Helper()
	var v string
	if err := db.QueryRow("SELECT current_setting($1)", name).Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestStartStopRestart(t *testing.T) {
	dataDir := filepath.Join(baseDir(t), "data")

	c := start(t, Options{DataDir: dataDir, Log: testLog{t}})
	if c.Attached() {
		t.Fatal("a fresh cluster reports Attached")
	}
	if os.Geteuid() == 0 {
		fi, err := os.Stat(filepath.Join(dataDir, "PG_VERSION"))
		if err != nil {
			t.Fatal(err)
		}
		if fi.Sys().(*syscall.Stat_t).Uid == 0 {
			t.Fatal("run as root, the data directory belongs to root")
		}
	}
	db := open(t, c)
	if got := setting(t, db, "fsync"); got != "off" {
		t.Errorf("fsync = %s on a throwaway cluster, want off", got)
	}
	if got := setting(t, db, "autovacuum"); got != "off" {
		t.Errorf("autovacuum = %s on a throwaway cluster, want off", got)
	}
	if got := setting(t, db, "listen_addresses"); got != "127.0.0.1" {
		t.Errorf("listen_addresses = %s", got)
	}
	if got := setting(t, db, "max_connections"); got != "200" {
		t.Errorf("max_connections = %s", got)
	}
	var encoding string
	if err := db.QueryRow("SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = 'postgres'").Scan(&encoding); err != nil {
		t.Fatal(err)
	}
	if encoding != "UTF8" {
		t.Errorf("encoding %s, want UTF8", encoding)
	}
	if _, err := db.Exec("CREATE TABLE survivor (v text); INSERT INTO survivor VALUES ('kept')"); err != nil {
		t.Fatal(err)
	}
	db.Close()

	// Attaching while it runs.
	again := start(t, Options{DataDir: dataDir, Log: testLog{t}})
	if !again.Attached() || again.Port() != c.Port() {
		t.Fatalf("second Start while running: attached %v port %d, want attached on %d", again.Attached(), again.Port(), c.Port())
	}

	if err := c.Stop(); err != nil {
		t.Fatal(err)
	}
	if err := c.Stop(); err != nil {
		t.Fatalf("second Stop: %v", err)
	}
	if err := again.Stop(); err != nil {
		t.Fatalf("Stop of an attached cluster whose server is gone: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dataDir, "postmaster.pid")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("postmaster.pid after Stop: %v", err)
	}

	// Restart on the same directory, durable this time: same port, same data.
	c2 := start(t, Options{DataDir: dataDir, Durable: true, Log: testLog{t}})
	defer c2.Stop()
	if c2.Attached() {
		t.Fatal("restart reports Attached")
	}
	if c2.Port() != c.Port() {
		t.Errorf("restart on port %d, want the previous %d", c2.Port(), c.Port())
	}
	db2 := open(t, c2)
	var v string
	if err := db2.QueryRow("SELECT v FROM survivor").Scan(&v); err != nil || v != "kept" {
		t.Fatalf("data after restart: %q, %v", v, err)
	}
	if got := setting(t, db2, "fsync"); got != "on" {
		t.Errorf("fsync = %s on a durable cluster, want on", got)
	}
	if got := setting(t, db2, "synchronous_commit"); got != "on" {
		t.Errorf("synchronous_commit = %s on a durable cluster, want on", got)
	}
	db2.Close()
	if err := c2.Stop(); err != nil {
		t.Fatal(err)
	}

	// When another program has taken the stored port meanwhile, a new one is picked.
	l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(c.Port())))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	c3 := start(t, Options{DataDir: dataDir, Log: testLog{t}})
	defer c3.Stop()
	if c3.Port() == c.Port() {
		t.Fatalf("restart on the taken port %d", c.Port())
	}
	open(t, c3).Close()
	if err := c3.Stop(); err != nil {
		t.Fatal(err)
	}
}

func TestFixedPortAndDiscard(t *testing.T) {
	port, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	dataDir := filepath.Join(baseDir(t), "data")
	c := start(t, Options{DataDir: dataDir, Port: port})
	if c.Port() != port {
		t.Fatalf("port %d, want %d", c.Port(), port)
	}
	if !strings.Contains(c.URL("some db"), "/some%20db?") {
		t.Errorf("URL does not escape the database name: %s", c.URL("some db"))
	}
	open(t, c).Close()

	// A server left running by a killed process is stopped and removed.
	if err := Discard(context.Background(), dataDir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dataDir); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("data directory after Discard: %v", err)
	}
	if !portFree(port) {
		t.Fatalf("port %d still taken after Discard", port)
	}
}

func TestNotADataDirectory(t *testing.T) {
	dir := baseDir(t)
	if err := os.WriteFile(filepath.Join(dir, "stray"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Start(context.Background(), Options{DataDir: dir})
	if err == nil || !strings.Contains(err.Error(), "neither empty nor a PostgreSQL data directory") {
		t.Fatalf("Start on a non-empty directory: %v", err)
	}
}

func TestVersionOrder(t *testing.T) {
	if !versionLess("9.6", "10") || !versionLess("10", "15") || versionLess("15", "9.6") {
		t.Fatal("versions do not compare numerically")
	}
	if got := versionOfDir("/usr/lib/postgresql/16/bin"); got != "16" {
		t.Fatalf("versionOfDir = %q", got)
	}
	if got := versionOfDir("/usr/pgsql-13/bin"); got != "13" {
		t.Fatalf("versionOfDir = %q", got)
	}
}

func TestNotInstalled(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	savedV, savedF := versionedDirs, fixedDirs
	versionedDirs, fixedDirs = []string{"/nonexistent/*/bin"}, nil
	defer func() { versionedDirs, fixedDirs = savedV, savedF }()

	_, err := Start(context.Background(), Options{DataDir: filepath.Join(baseDir(t), "data")})
	if !errors.Is(err, ErrNotInstalled) || !strings.Contains(err.Error(), "install the Debian package postgresql") {
		t.Fatalf("Start without server programs: %v", err)
	}
}

func TestUnreachableDataDirectory(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root switches to another user")
	}
	private := filepath.Join(baseDir(t), "private")
	if err := os.Mkdir(private, 0o700); err != nil {
		t.Fatal(err)
	}
	_, err := Start(context.Background(), Options{DataDir: filepath.Join(private, "data")})
	if err == nil || !strings.Contains(err.Error(), "cannot enter "+private) {
		t.Fatalf("Start under a directory closed to the server's user: %v", err)
	}
}

// TestDevServerUse starts the cluster the way the dev server does: a relative, durable data
// directory whose parents do not exist yet.
func TestDevServerUse(t *testing.T) {
	base := baseDir(t)
	t.Chdir(base)
	c := start(t, Options{DataDir: ".data/postgres", Durable: true})
	defer c.Stop()
	if want := filepath.Join(base, ".data", "postgres"); c.DataDir() != want {
		t.Errorf("DataDir() = %s, want %s", c.DataDir(), want)
	}
	open(t, c).Close()
	if err := c.Stop(); err != nil {
		t.Fatal(err)
	}
	if err := Discard(context.Background(), c.DataDir()); err != nil {
		t.Fatal(err)
	}
}

// Package pgcluster starts a private PostgreSQL server (a "cluster": one data directory, one
// postmaster) from the PostgreSQL server programs installed on the machine.
//
// It exists so that development and tests need a real PostgreSQL but no set-up: the dev server
// runs a durable cluster under .data/postgres when DATABASE_URL is unset, and the test harness
// (internal/pgtest) falls back to a throwaway cluster when no server answers. The cluster listens
// on 127.0.0.1 only, trusts every local connection (superuser "postgres", no password) and is
// meant for nothing but development and tests.
//
// PostgreSQL refuses to run as root; when the caller is root the server programs run as the
// "postgres" user (or "nobody" when there is none), which then owns the data directory.
package pgcluster

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// ErrNotInstalled is returned (wrapped) by Start when no PostgreSQL server programs are found.
var ErrNotInstalled = errors.New("no PostgreSQL server programs found (initdb, pg_ctl, postgres on PATH or in /usr/lib/postgresql/*/bin): install the Debian package postgresql (apt-get install postgresql), or point DATABASE_URL at an existing server")

// Options configure Start.
type Options struct {
	// DataDir is the cluster's data directory. It is created and initialised when missing or
	// empty, and reused otherwise.
	DataDir string
	// Port is the TCP port to listen on. 0 reuses the port of the previous run on this data
	// directory when it is still free, else picks a free one.
	Port int
	// Durable keeps PostgreSQL's crash safety. When false (throwaway test clusters) fsync,
	// synchronous_commit and full_page_writes are off: much faster, but a machine crash can
	// corrupt the cluster. Autovacuum is off too, so that no worker connects to the short-lived
	// test databases.
	Durable bool
	// Log receives the output of initdb and pg_ctl and notes about what Start does. Nil
	// discards it. The server's own log is the file server.log in the data directory.
	Log io.Writer
}

// Cluster is a running PostgreSQL server on a data directory.
type Cluster struct {
	dataDir  string
	port     int
	bin      binaries
	acct     account
	attached bool
	log      io.Writer

	sockDir       string // set when the socket directory is a temporary one to remove at Stop
	mu            sync.Mutex
	stopped       bool
	stopErr       error
	startDuration time.Duration
}

const (
	confFile    = "pgcluster.conf" // settings written at every start, included by postgresql.conf
	logFile     = "server.log"
	startWait   = 60 // seconds pg_ctl waits for the server
	maxSockPath = 107
)

// Start starts a cluster on opt.DataDir, initialising the directory first if it is new, or
// attaches to the server already running on it.
func Start(ctx context.Context, opt Options) (*Cluster, error) {
	if opt.DataDir == "" {
		return nil, errors.New("pgcluster: Options.DataDir is empty")
	}
	dir, err := filepath.Abs(opt.DataDir)
	if err != nil {
		return nil, fmt.Errorf("pgcluster: %w", err)
	}
	logw := opt.Log
	if logw == nil {
		logw = io.Discard
	}
	began := time.Now()

	version, err := dataDirState(dir)
	if err != nil {
		return nil, err
	}
	bin, err := findBinaries(ctx, version)
	if err != nil {
		return nil, err
	}
	if version == "" {
		if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
			return nil, fmt.Errorf("pgcluster: %w", err)
		}
		if err := os.Mkdir(dir, 0o700); err != nil && !errors.Is(err, os.ErrExist) {
			return nil, fmt.Errorf("pgcluster: %w", err)
		}
	}
	acct, err := accountFor(dir)
	if err != nil {
		return nil, err
	}
	if err := acct.prepare(dir, version != ""); err != nil {
		return nil, err
	}
	c := &Cluster{dataDir: dir, bin: bin, acct: acct, log: logw}

	if version != "" {
		if port, ok := c.running(ctx); ok {
			fmt.Fprintf(logw, "pgcluster: attaching to the server already running on %s (port %d)\n", dir, port)
			c.port, c.attached = port, true
			if err := c.waitReady(ctx); err != nil {
				return nil, err
			}
			c.startDuration = time.Since(began)
			return c, nil
		}
	} else {
		fmt.Fprintf(logw, "pgcluster: initialising %s with %s\n", dir, bin.dir)
		if err := c.initdb(ctx, opt.Durable); err != nil {
			return nil, err
		}
	}

	fixed := opt.Port != 0
	port := opt.Port
	if !fixed {
		port = c.storedPort()
		if port != 0 && !portFree(port) {
			fmt.Fprintf(logw, "pgcluster: port %d of the previous run is taken; picking another\n", port)
			port = 0
		}
	}
	for attempt := 1; ; attempt++ {
		if port == 0 {
			if port, err = freePort(); err != nil {
				return nil, fmt.Errorf("pgcluster: pick a free port: %w", err)
			}
		}
		c.port = port
		err := c.start(ctx, opt.Durable)
		if err == nil {
			break
		}
		if p, ok := c.running(ctx); ok { // another process started it meanwhile
			fmt.Fprintf(logw, "pgcluster: a server was started on %s meanwhile; attaching to it (port %d)\n", dir, p)
			c.removeSockDir()
			c.port, c.attached = p, true
			if err := c.waitReady(ctx); err != nil {
				return nil, err
			}
			break
		}
		if fixed || attempt >= 5 || !errors.Is(err, errPortInUse) {
			c.removeSockDir()
			return nil, err
		}
		fmt.Fprintf(logw, "pgcluster: port %d was taken meanwhile; retrying on another\n", port)
		port = 0
	}
	c.startDuration = time.Since(began)
	return c, nil
}

// URL returns the connection URL of database dbname as the superuser postgres.
func (c *Cluster) URL(dbname string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", c.port, url.PathEscape(dbname))
}

// Port returns the TCP port the server listens on.
func (c *Cluster) Port() int { return c.port }

// DataDir returns the absolute path of the data directory.
func (c *Cluster) DataDir() string { return c.dataDir }

// Attached reports whether Start found the server already running and attached to it instead of
// starting it. Stop stops such a server all the same.
func (c *Cluster) Attached() bool { return c.attached }

// StartDuration is how long Start took (initdb included).
func (c *Cluster) StartDuration() time.Duration { return c.startDuration }

// Stop shuts the server down (pg_ctl stop -m fast: open sessions are disconnected) and waits for
// it to exit. A server that is not running any more is not an error; Stop may be called again.
func (c *Cluster) Stop() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stopped {
		return c.stopErr
	}
	c.stopped = true
	ctx, cancel := context.WithTimeout(context.Background(), 2*startWait*time.Second)
	defer cancel()
	out, err := c.pgctl(ctx, "stop", "-D", c.dataDir, "-m", "fast", "-w", "-t", strconv.Itoa(startWait))
	if err != nil {
		if _, running := c.running(ctx); running {
			c.stopErr = fmt.Errorf("pgcluster: stop the server on %s: %w\n%s", c.dataDir, err, out)
			return c.stopErr
		}
	}
	c.removeSockDir()
	return nil
}

// Discard stops the server running on dataDir, if any, without waiting for its clients (pg_ctl
// stop -m immediate) and deletes the directory. It is for throwaway clusters left behind by a
// process that was killed before it could stop them.
func Discard(ctx context.Context, dataDir string) error {
	dir, err := filepath.Abs(dataDir)
	if err != nil {
		return err
	}
	version, err := dataDirState(dir)
	if err == nil && version != "" {
		if _, err := os.Stat(filepath.Join(dir, "postmaster.pid")); err == nil {
			acct, err := accountFor(dir)
			if err != nil {
				return err
			}
			bin, err := findBinaries(ctx, version)
			if err != nil {
				return err
			}
			c := &Cluster{dataDir: dir, bin: bin, acct: acct, log: io.Discard}
			if out, err := c.pgctl(ctx, "stop", "-D", dir, "-m", "immediate", "-w"); err != nil {
				if _, running := c.running(ctx); running {
					return fmt.Errorf("pgcluster: stop the server on %s: %w\n%s", dir, err, out)
				}
			}
		}
	}
	return os.RemoveAll(dir)
}

// dataDirState returns the major version in dir/PG_VERSION, or "" when dir is missing or empty.
func dataDirState(dir string) (string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("pgcluster: data directory: %w", err)
	}
	if len(entries) == 0 {
		return "", nil
	}
	b, err := os.ReadFile(filepath.Join(dir, "PG_VERSION"))
	if err != nil {
		return "", fmt.Errorf("pgcluster: %s is neither empty nor a PostgreSQL data directory (no PG_VERSION): choose another directory or empty it", dir)
	}
	return strings.TrimSpace(string(b)), nil
}

func (c *Cluster) initdb(ctx context.Context, durable bool) error {
	try := func(locale string) ([]byte, error) {
		args := []string{"-D", c.dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=" + locale}
		if !durable {
			args = append(args, "--no-sync")
		}
		return c.acct.run(ctx, c.log, c.bin.path("initdb"), args...)
	}
	// C.UTF-8 classifies non-ASCII letters (pg_trgm indexes Japanese text only with it); plain C
	// is the fall-back on systems without that locale.
	out, err := try("C.UTF-8")
	if err != nil && bytes.Contains(out, []byte("locale")) {
		fmt.Fprintln(c.log, "pgcluster: locale C.UTF-8 unavailable; using C")
		out, err = try("C")
	}
	if err != nil {
		return fmt.Errorf("pgcluster: initdb %s: %w\n%s", c.dataDir, err, out)
	}
	f, err := os.OpenFile(filepath.Join(c.dataDir, "postgresql.conf"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("pgcluster: %w", err)
	}
	_, err = fmt.Fprintf(f, "\n# Port, addresses and durability, rewritten by pgcluster at every start.\ninclude_if_exists = '%s'\n", confFile)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("pgcluster: %w", err)
	}
	return nil
}

var errPortInUse = errors.New("port in use")

func (c *Cluster) start(ctx context.Context, durable bool) error {
	sock := c.dataDir
	c.sockDir = ""
	if len(sock)+len("/.s.PGSQL.65535") > maxSockPath {
		tmp, err := os.MkdirTemp("", "pgsock-")
		if err != nil {
			return fmt.Errorf("pgcluster: socket directory: %w", err)
		}
		if err := c.acct.chown(tmp); err != nil {
			os.Remove(tmp)
			return err
		}
		sock, c.sockDir = tmp, tmp
	}
	onOff := "off"
	if durable {
		onOff = "on"
	}
	conf := fmt.Sprintf(`# Written by pgcluster at every start; put other settings in postgresql.conf.
listen_addresses = '127.0.0.1'
port = %d
unix_socket_directories = '%s'
max_connections = 200
fsync = %s
synchronous_commit = %s
full_page_writes = %s
autovacuum = %s
`, c.port, strings.ReplaceAll(sock, "'", "''"), onOff, onOff, onOff, onOff)
	if err := c.acct.writeFile(filepath.Join(c.dataDir, confFile), []byte(conf)); err != nil {
		return err
	}

	logPath := filepath.Join(c.dataDir, logFile)
	var logStart int64
	if fi, err := os.Stat(logPath); err == nil {
		logStart = fi.Size()
	}
	out, err := c.pgctl(ctx, "start", "-D", c.dataDir, "-l", logPath, "-w", "-t", strconv.Itoa(startWait))
	if err == nil {
		return nil
	}
	serverLog := readFrom(logPath, logStart)
	err = fmt.Errorf("pgcluster: start the server on %s (port %d): %w\n%s\nserver log:\n%s", c.dataDir, c.port, err, out, serverLog)
	if strings.Contains(serverLog, "could not bind") || strings.Contains(serverLog, "already in use") {
		err = fmt.Errorf("%w: %w", errPortInUse, err)
	}
	return err
}

// running reports whether a live server runs on the data directory, and its port.
func (c *Cluster) running(ctx context.Context) (int, bool) {
	lines := c.pidFile()
	if lines == nil {
		return 0, false
	}
	if _, err := c.pgctl(ctx, "status", "-D", c.dataDir); err != nil {
		return 0, false // exit status 3: not running (a stale postmaster.pid)
	}
	if len(lines) < 4 {
		return 0, false
	}
	port, err := strconv.Atoi(strings.TrimSpace(lines[3]))
	if err != nil {
		return 0, false
	}
	return port, true
}

// waitReady waits until the attached server reports itself ready in postmaster.pid.
func (c *Cluster) waitReady(ctx context.Context) error {
	deadline := time.Now().Add(startWait * time.Second)
	for {
		lines := c.pidFile()
		if len(lines) < 8 || strings.TrimSpace(lines[7]) == "ready" {
			return nil // servers older than 10 do not report a status
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("pgcluster: the server on %s is not ready after %ds (status %q)", c.dataDir, startWait, strings.TrimSpace(lines[7]))
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func (c *Cluster) pidFile() []string {
	b, err := os.ReadFile(filepath.Join(c.dataDir, "postmaster.pid"))
	if err != nil {
		return nil
	}
	return strings.Split(string(b), "\n")
}

// storedPort reads back the port of the previous start from pgcluster.conf.
func (c *Cluster) storedPort() int {
	f, err := os.Open(filepath.Join(c.dataDir, confFile))
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), "=")
		if ok && strings.TrimSpace(k) == "port" {
			if p, err := strconv.Atoi(strings.TrimSpace(v)); err == nil {
				return p
			}
		}
	}
	return 0
}

func (c *Cluster) pgctl(ctx context.Context, args ...string) ([]byte, error) {
	return c.acct.run(ctx, c.log, c.bin.path("pg_ctl"), args...)
}

func (c *Cluster) removeSockDir() {
	if c.sockDir != "" {
		os.RemoveAll(c.sockDir)
		c.sockDir = ""
	}
}

func portFree(port int) bool {
	l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		return false
	}
	l.Close()
	return true
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// readFrom returns the end of file path from offset on, at most 4 KiB of it.
func readFrom(path string, offset int64) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return "(" + err.Error() + ")"
	}
	if offset <= int64(len(b)) {
		b = b[offset:]
	}
	if len(b) > 4096 {
		b = b[len(b)-4096:]
	}
	return strings.TrimSpace(string(b))
}

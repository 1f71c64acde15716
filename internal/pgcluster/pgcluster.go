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
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
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

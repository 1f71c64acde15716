package pgcluster

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

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

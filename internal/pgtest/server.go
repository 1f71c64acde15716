package pgtest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/pgcluster"
)

// pickServer chooses the server in the order the package comment gives.
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

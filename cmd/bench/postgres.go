package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/teleworkmonth/platform/internal/pgcluster"
)

// pgServer finds the PostgreSQL server to benchmark on: the given URL, else the server on
// 127.0.0.1:5432 when it answers, else a private throwaway cluster under the temporary directory,
// removed by the returned stop function.
func pgServer(ctx context.Context, given string) (adminURL string, stop func(), err error) {
	if given != "" {
		return given, func() {}, nil
	}
	if answers(ctx, localURL) {
		return localURL, func() {}, nil
	}
	base, err := os.MkdirTemp("", "telework-bench-")
	if err != nil {
		return "", nil, err
	}
	// The server may run as another user (when we are root): it must be able to enter base.
	if err := os.Chmod(base, 0o755); err != nil {
		os.RemoveAll(base)
		return "", nil, err
	}
	fmt.Println("no PostgreSQL on 127.0.0.1:5432: starting a private cluster")
	c, err := pgcluster.Start(ctx, pgcluster.Options{DataDir: filepath.Join(base, "data")})
	if err != nil {
		os.RemoveAll(base)
		return "", nil, err
	}
	return c.URL("postgres"), func() {
		if err := c.Stop(); err != nil {
			fmt.Fprintln(os.Stderr, "bench: stop the private cluster:", err)
			return
		}
		os.RemoveAll(base)
	}, nil
}

// answers reports whether a PostgreSQL server answers at url within two seconds.
func answers(ctx context.Context, url string) bool {
	db, err := sql.Open("postgres", url)
	if err != nil {
		return false
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	return db.PingContext(ctx) == nil
}

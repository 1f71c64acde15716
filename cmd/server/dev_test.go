package main

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/config"
	"github.com/teleworkmonth/platform/internal/pgcluster"
)

// TestCreateUserDev: `make user` (create-user --dev) makes an account in the development
// database without a DATABASE_URL, starting and migrating it when `make run` is not running, and
// the account is there the next time (a second one with the same email is a conflict).
func TestCreateUserDev(t *testing.T) {
	if testing.Short() {
		t.Skip("initialises a PostgreSQL cluster")
	}
	// Not t.TempDir(), whose parent only root may enter: PostgreSQL runs as postgres under root.
	dir, err := os.MkdirTemp("", "dev-user-test-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(func(k string) string {
		return map[string]string{"APP_ENV": config.Development, "DEV_DATA_DIR": dir}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	args := []string{"--dev", "--email", "chief@example.jp", "--name", "事務局 管理者", "--role", "SECRETARIAT"}
	err = createUser(context.Background(), cfg, zerolog.Nop(), args, strings.NewReader("a-long-enough-password\n"))
	if errors.Is(err, pgcluster.ErrNotInstalled) {
		t.Skip(err)
	}
	if err != nil {
		t.Fatalf("create-user --dev: %v", err)
	}
	err = createUser(context.Background(), cfg, zerolog.Nop(), args, strings.NewReader("a-long-enough-password\n"))
	if err == nil || !strings.Contains(err.Error(), "create-user: ") {
		t.Fatalf("the same account again: %v, want a refusal", err)
	}
	if e, ok := apperr.As(err); ok && e.Code == apperr.Internal {
		t.Fatalf("the same account again: %v", err)
	}

	err = createUser(context.Background(), cfg, zerolog.Nop(), []string{"--email", "b@example.jp", "--name", "B"}, strings.NewReader("a-long-enough-password\n"))
	if err == nil || !strings.Contains(err.Error(), "DATABASE_URL") {
		t.Errorf("without --dev nor DATABASE_URL: %v, want an error naming DATABASE_URL", err)
	}
}

// TestDevBanner: the banner of `server dev` shows where the server and its database are, without
// a password of DATABASE_URL, and the rule for passwords.
func TestDevBanner(t *testing.T) {
	var b strings.Builder
	devBanner(&b, config.Config{ListenAddr: ":8080", DatabaseURL: "postgres://postgres@127.0.0.1:40000/telework?sslmode=disable"})
	for _, want := range []string{"http://localhost:8080/admin/", "DATABASE_URL=postgres://postgres@127.0.0.1:40000/telework?sslmode=disable", "make user EMAIL=", "12 to 256 characters"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the banner lacks %q:\n%s", want, b.String())
		}
	}
	b.Reset()
	devBanner(&b, config.Config{ListenAddr: "[::1]:9000", DatabaseURL: "postgres://app:secret@db:5432/telework"})
	if strings.Contains(b.String(), "secret") || !strings.Contains(b.String(), "http://[::1]:9000/") {
		t.Errorf("banner:\n%s", b.String())
	}
}

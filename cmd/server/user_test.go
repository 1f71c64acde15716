package main

import (
	"context"
	"io"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/internal/config"
	"github.com/teleworkmonth/platform/internal/pgtest"
)

// endless is standard input that never ends: a password line without its line break.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	return len(p), nil
}

// TestCreateUserInputBounds: create-user refuses every input over its bound with an error that
// names it, before the database sees it, and reads no more of standard input than the longest
// password.
func TestCreateUserInputBounds(t *testing.T) {
	t.Parallel()
	url := pgtest.NewURL(t)
	cfg, err := config.Load(func(k string) string {
		return map[string]string{"APP_ENV": config.Test, "DATABASE_URL": url}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("あ", 10_000)
	const password = "a-test-password-of-some-length\n"
	for _, tt := range []struct {
		name  string
		args  []string
		stdin io.Reader
		field string
	}{
		{"email", []string{"--email", strings.Repeat("a", 10_000) + "@example.jp", "--name", "事務局"}, strings.NewReader(password), "email"},
		{"name", []string{"--email", "chief@example.jp", "--name", long}, strings.NewReader(password), "displayName"},
		{"role", []string{"--email", "chief@example.jp", "--name", "事務局", "--role", long}, strings.NewReader(password), "role"},
		{"ministry", []string{"--email", "chief@example.jp", "--name", "事務局", "--role", "MINISTRY_ADMIN", "--ministry", long},
			strings.NewReader(password), "ministryCode"},
		{"password", []string{"--email", "chief@example.jp", "--name", "事務局"}, strings.NewReader(long + "\n"), "password"},
		{"a password line that never ends", []string{"--email", "chief@example.jp", "--name", "事務局"}, endless{}, "password"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := createUser(context.Background(), cfg, zerolog.Nop(), tt.args, tt.stdin)
			if err == nil || !strings.HasPrefix(err.Error(), "create-user: "+tt.field+":") {
				t.Errorf("error %.200v, want one naming %s", err, tt.field)
			}
		})
	}
}

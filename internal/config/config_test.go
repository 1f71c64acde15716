package config

import (
	"strings"
	"testing"
	"time"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestLoadDefaults(t *testing.T) {
	c, err := Load(env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if c.Env != Development || c.ListenAddr != ":8080" || !c.Playground || !c.Introspection || c.MaxBodyBytes != 1<<20 {
		t.Errorf("defaults = %+v", c)
	}
}

// TestIdleConnectionsDefaultToThePool: fewer idle connections than the pool would close and reopen
// connections under load; unless set, as many are kept as the pool may open.
func TestIdleConnectionsDefaultToThePool(t *testing.T) {
	for _, c := range []struct {
		env            map[string]string
		wantOpen, idle int
	}{
		{nil, 20, 20},
		{map[string]string{"DB_MAX_OPEN_CONNS": "50"}, 50, 50},
		{map[string]string{"DB_MAX_OPEN_CONNS": "50", "DB_MAX_IDLE_CONNS": "5"}, 50, 5},
	} {
		cfg, err := Load(env(c.env))
		if err != nil {
			t.Fatal(err)
		}
		if cfg.DBMaxOpenConns != c.wantOpen || cfg.DBMaxIdleConns != c.idle || cfg.DBConnMaxIdleTime != 5*time.Minute {
			t.Errorf("%v: open %d, idle %d, idle time %v; want %d, %d, 5m", c.env, cfg.DBMaxOpenConns, cfg.DBMaxIdleConns, cfg.DBConnMaxIdleTime, c.wantOpen, c.idle)
		}
	}
	if _, err := Load(env(map[string]string{"DB_MAX_OPEN_CONNS": "5", "DB_MAX_IDLE_CONNS": "6"})); err == nil || !strings.Contains(err.Error(), "DB_MAX_IDLE_CONNS") {
		t.Errorf("more idle connections than the pool: %v, want an error naming DB_MAX_IDLE_CONNS", err)
	}
}

func TestLoadProductionClosesExploration(t *testing.T) {
	c, err := Load(env(map[string]string{"APP_ENV": "production", "CONSOLE_URL": "https://telework.example.go.jp/admin/", "LOGO_SIGNING_KEY": testKey, "DATABASE_URL": "postgres://db/telework"}))
	if err != nil {
		t.Fatal(err)
	}
	if c.Playground || c.Introspection || c.FieldSuggestions {
		t.Errorf("production opened the playground, introspection or suggestions: %+v", c)
	}
	c, err = Load(env(map[string]string{"APP_ENV": "production", "CONSOLE_URL": "https://telework.example.go.jp/admin/", "LOGO_SIGNING_KEY": testKey, "INTROSPECTION": "true"}))
	if err != nil || !c.Introspection {
		t.Errorf("INTROSPECTION=true was not honoured in production: %v", err)
	}
}

func TestLoadNamesEveryInvalidVariable(t *testing.T) {
	_, err := Load(env(map[string]string{
		"APP_ENV": "staging", "DB_MAX_OPEN_CONNS": "0", "REQUEST_TIMEOUT": "soon",
		"PLAYGROUND": "maybe", "LOG_LEVEL": "loud", "DATABASE_URL": "mysql://x",
	}))
	if err == nil {
		t.Fatal("invalid configuration accepted")
	}
	for _, name := range []string{"APP_ENV", "DB_MAX_OPEN_CONNS", "REQUEST_TIMEOUT", "PLAYGROUND", "LOG_LEVEL", "DATABASE_URL"} {
		if !strings.Contains(err.Error(), name) {
			t.Errorf("error does not name %s: %v", name, err)
		}
	}
}

func TestLoadDuration(t *testing.T) {
	c, err := Load(env(map[string]string{"REQUEST_TIMEOUT": "3s"}))
	if err != nil || c.RequestTimeout != 3*time.Second {
		t.Fatalf("REQUEST_TIMEOUT=3s gave %v, %v", c.RequestTimeout, err)
	}
}

const testKey = "0123456789abcdef0123456789abcdef"

func TestLogoSigningKey(t *testing.T) {
	if _, err := Load(env(map[string]string{"APP_ENV": "production"})); err == nil || !strings.Contains(err.Error(), "LOGO_SIGNING_KEY") {
		t.Errorf("production without LOGO_SIGNING_KEY: %v", err)
	}
	if _, err := Load(env(map[string]string{"LOGO_SIGNING_KEY": "short"})); err == nil {
		t.Error("a short LOGO_SIGNING_KEY was accepted")
	}
	if c, err := Load(env(nil)); err != nil || c.LogoSigningKey != "" {
		t.Errorf("development without a key: %v", err)
	}
}

func TestSMTP(t *testing.T) {
	if _, err := Load(env(map[string]string{"SMTP_ADDR": "mail.example.jp"})); err == nil || !strings.Contains(err.Error(), "SMTP_ADDR") {
		t.Errorf("SMTP_ADDR without a port: %v", err)
	}
	if _, err := Load(env(map[string]string{"SMTP_ADDR": "mail.example.jp:25"})); err == nil || !strings.Contains(err.Error(), "SMTP_FROM") {
		t.Errorf("SMTP_ADDR without SMTP_FROM: %v", err)
	}
	if c, err := Load(env(map[string]string{"SMTP_ADDR": "mail.example.jp:25", "SMTP_FROM": "noreply@example.jp"})); err != nil || c.SMTPFrom != "noreply@example.jp" {
		t.Errorf("valid SMTP settings: %v", err)
	}
}

func TestDebugAddr(t *testing.T) {
	if c, err := Load(env(nil)); err != nil || c.DebugAddr != "" {
		t.Errorf("DEBUG_ADDR unset: %q, %v; want off", c.DebugAddr, err)
	}
	for _, ok := range []string{"127.0.0.1:6060", "localhost:6060", "[::1]:6060", " 10.0.0.5:6061 "} {
		c, err := Load(env(map[string]string{"DEBUG_ADDR": ok}))
		if err != nil || c.DebugAddr != strings.TrimSpace(ok) {
			t.Errorf("DEBUG_ADDR=%q: %q, %v", ok, c.DebugAddr, err)
		}
	}
	for _, bad := range []string{":6060", "127.0.0.1", "127.0.0.1:0", "127.0.0.1:99999", "127.0.0.1:http", "http://127.0.0.1:6060"} {
		if _, err := Load(env(map[string]string{"DEBUG_ADDR": bad})); err == nil || !strings.Contains(err.Error(), "DEBUG_ADDR") {
			t.Errorf("DEBUG_ADDR=%q: %v, want an error naming DEBUG_ADDR", bad, err)
		}
	}
	_, err := Load(env(map[string]string{"LISTEN_ADDR": "127.0.0.1:8080", "DEBUG_ADDR": "127.0.0.1:8080"}))
	if err == nil || !strings.Contains(err.Error(), "DEBUG_ADDR") {
		t.Errorf("DEBUG_ADDR equal to LISTEN_ADDR: %v", err)
	}
}

// TestConsoleURL: the links of invitations and password resets point at CONSOLE_URL, which
// production must set (a request's Host is the client's to choose, never the links' base).
func TestConsoleURL(t *testing.T) {
	for _, tc := range []struct {
		name    string
		vars    map[string]string
		want    string
		wantErr bool
	}{
		{"development default", map[string]string{"LISTEN_ADDR": "127.0.0.1:9090"}, "http://localhost:9090/admin/", false},
		{"set, given a final slash", map[string]string{"CONSOLE_URL": "https://telework.example.go.jp/admin"}, "https://telework.example.go.jp/admin/", false},
		{"production without it", map[string]string{"APP_ENV": "production", "LOGO_SIGNING_KEY": testKey}, "", true},
		{"not http", map[string]string{"CONSOLE_URL": "javascript:alert(1)"}, "", true},
		{"with a fragment", map[string]string{"CONSOLE_URL": "https://telework.example.go.jp/admin/#x"}, "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Load(env(tc.vars))
			if tc.wantErr {
				if err == nil || !strings.Contains(err.Error(), "CONSOLE_URL") {
					t.Errorf("err %v, want one naming CONSOLE_URL", err)
				}
				return
			}
			if err != nil || c.ConsoleURL != tc.want {
				t.Errorf("ConsoleURL %q (%v), want %q", c.ConsoleURL, err, tc.want)
			}
		})
	}
}

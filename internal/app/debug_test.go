package app_test

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/internal/app"
	"github.com/teleworkmonth/platform/internal/config"
	"github.com/teleworkmonth/platform/internal/pgtest"
)

// TestDebugAddr: with DEBUG_ADDR set, the profiler answers on that listener and nowhere else; the
// public listener knows nothing of it.
func TestDebugAddr(t *testing.T) {
	listen, debug := freeAddr(t), freeAddr(t)
	env := map[string]string{"APP_ENV": config.Production, "CONSOLE_URL": "https://telework.example.go.jp/admin/", "LOGO_SIGNING_KEY": strings.Repeat("k", 32),
		"DATABASE_URL": pgtest.NewURL(t), "LISTEN_ADDR": listen, "DEBUG_ADDR": debug, "LOG_LEVEL": "warn"}
	cfg, err := config.Load(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.New(context.Background(), cfg, zerolog.New(zerolog.NewTestWriter(t)).Level(cfg.LogLevel))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	ctx, stop := context.WithCancel(context.Background())
	ran := make(chan error, 1)
	go func() { ran <- a.Run(ctx) }()
	defer func() {
		stop()
		if err := <-ran; err != nil {
			t.Errorf("run: %v", err)
		}
	}()

	waitFor(t, "http://"+listen+"/healthz")
	if status, body := get(t, "http://"+debug+"/debug/pprof/cmdline"); status != http.StatusOK || body == "" {
		t.Errorf("DEBUG_ADDR /debug/pprof/cmdline: %d %q", status, body)
	}
	if status, _ := get(t, "http://"+debug+"/debug/pprof/"); status != http.StatusOK {
		t.Errorf("DEBUG_ADDR /debug/pprof/: %d", status)
	}
	for _, path := range []string{"/debug/pprof/", "/debug/pprof/cmdline", "/debug/pprof/profile?seconds=1"} {
		if status, _ := get(t, "http://"+listen+path); status != http.StatusNotFound {
			t.Errorf("LISTEN_ADDR %s: %d, want 404", path, status)
		}
	}
	if status, _ := get(t, "http://"+debug+"/graphql"); status != http.StatusNotFound {
		t.Errorf("DEBUG_ADDR /graphql: %d, want 404: the API is not served there", status)
	}
}

// freeAddr returns a loopback address with a port that was free a moment ago.
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

func waitFor(t *testing.T, url string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		resp, err := http.Get(url)
		if err == nil {
			resp.Body.Close()
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s does not answer: %v", url, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

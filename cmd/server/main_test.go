package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// TestGracefulShutdown runs the real binary, starts a request, sends SIGTERM while the request is
// still arriving, and checks that the request is answered, new connections are refused, and the
// process exits 0.
func TestGracefulShutdown(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "server")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()

	cmd := exec.Command(bin, "serve")
	cmd.Env = append(os.Environ(), "DATABASE_URL="+pgtest.NewURL(t), "LISTEN_ADDR="+addr, "APP_ENV=test", "SHUTDOWN_TIMEOUT=20s")
	logs := &strings.Builder{}
	cmd.Stderr = logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill() })
	waitHealthy(t, "http://"+addr+"/healthz")

	// A request whose body is still on its way when SIGTERM arrives.
	body := `{"query":"{ ministries { code } }"}`
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /graphql HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", addr, len(body), body[:10])
	time.Sleep(200 * time.Millisecond) // let the server read the headers: the request is now in flight

	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	waitRefused(t, addr)
	io.WriteString(conn, body[10:])
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("the request in flight was not answered: %v\n%s", err, logs)
	}
	answer, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(answer), `{"data":{"ministries":[]}}`) {
		t.Errorf("in-flight request answered %d %s", resp.StatusCode, answer)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("exit: %v\n%s", err, logs)
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("the server did not exit after SIGTERM\n%s", logs)
	}
	if !strings.Contains(logs.String(), "stopped") {
		t.Errorf("no shutdown log line:\n%s", logs)
	}
}

func waitHealthy(t *testing.T, url string) {
	t.Helper()
	waitHealthyFor(t, url, 20*time.Second)
}

// waitHealthyFor waits up to d for the server at url to answer /healthz.
func waitHealthyFor(t *testing.T, url string, d time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	for ctx.Err() == nil {
		if resp, err := http.Get(url); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("the server did not become healthy")
}

// waitRefused waits until the server stops accepting connections.
func waitRefused(t *testing.T, addr string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond)
		if err != nil {
			return
		}
		c.Close()
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("the server still accepts connections after SIGTERM")
}

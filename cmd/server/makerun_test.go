package main

import (
	"errors"
	"net"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/pgtest"
)

// TestMakeRunCtrlC runs `make run` as a terminal would, in a process group of its own, and sends
// SIGINT to the whole group as Ctrl-C does: make says what it is doing, the server stops
// gracefully and exits 0, and make prints no error. (GNU make itself always ends by re-raising
// the SIGINT it received, whatever its recipe does: that is the status 130 of anything Ctrl-C
// interrupts, not an error exit.)
func TestMakeRunCtrlC(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("no make")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()

	cmd := exec.Command("make", "run")
	cmd.Dir = "../.."
	cmd.Env = append(os.Environ(), "DATABASE_URL="+pgtest.NewURL(t), "LISTEN_ADDR="+addr, "APP_ENV=development")
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) })
	// make compiles the server first: on a busy machine that takes minutes, not seconds.
	waitHealthyFor(t, "http://"+addr+"/healthz", 5*time.Minute)

	if err := syscall.Kill(-cmd.Process.Pid, syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var exit *exec.ExitError
		if err != nil && !(errors.As(err, &exit) && exit.Sys().(syscall.WaitStatus).Signal() == syscall.SIGINT) {
			t.Errorf("make run after Ctrl-C: %v, want an exit by SIGINT\nstdout:\n%s\nstderr:\n%s", err, &stdout, &stderr)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("make run did not end after Ctrl-C")
	}
	if !strings.Contains(stdout.String(), "Compiling") || !strings.Contains(stderr.String(), `"stopped"`) ||
		strings.Contains(stderr.String(), "make: ***") {
		t.Errorf("stdout:\n%s\nstderr:\n%s", &stdout, &stderr)
	}
}

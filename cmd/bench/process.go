package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"
)

// process is a server the benchmark started as a process of its own, so that the CPU time and the
// memory it reports are that server's alone: ours (the server binary, built from ./cmd/server) or
// the baseline (this program again, in its baseline sub-command).
type process struct {
	name     string
	cmd      *exec.Cmd
	url      string // http://127.0.0.1:<port>
	debugURL string // the profiler of ours (DEBUG_ADDR); "" for the baseline
	log      *serverLog
	exited   chan struct{}
	waitErr  error
}

// buildServer builds ./cmd/server as `make build` does, into dir, and returns the binary's path.
func buildServer(ctx context.Context, dir string) (string, error) {
	bin := filepath.Join(dir, "server")
	cmd := exec.CommandContext(ctx, "go", "build", "-trimpath", "-o", bin, "github.com/teleworkmonth/platform/cmd/server")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("build the server (run the benchmark inside the repository, with go on PATH): %w\n%s", err, out)
	}
	return bin, nil
}

// serverEnv is the environment of both servers: production settings, with a signing key of this
// run, and the server's own defaults for everything else (the pool size among them). Nothing else
// of the benchmark's environment reaches them but the Go runtime's tuning variables; GOGC, unless
// given, is the container image's (productionGOGC), for both servers alike. The load generator
// stands for the load balancer in front of a deployment: its X-Forwarded-For is trusted, so that
// sign-ups come from their applicants' addresses (applyTarget) as behind a real one.
func serverEnv(dbURL string) []string {
	key := make([]byte, 32)
	rand.Read(key)
	env := []string{"APP_ENV=production", "CONSOLE_URL=http://127.0.0.1/admin/", "LOGO_SIGNING_KEY=" + hex.EncodeToString(key), "LOG_LEVEL=info",
		"DATABASE_URL=" + dbURL, "SHUTDOWN_TIMEOUT=5s", "TRUSTED_PROXIES=127.0.0.1/32,::1/128"}
	return append(env, runtimeEnv(os.LookupEnv)...)
}

// productionGOGC is the GOGC of the container image (Dockerfile).
const productionGOGC = "400"

// runtimeEnv is the Go runtime's tuning of both servers: GOGC, GOMEMLIMIT and GOMAXPROCS as the
// benchmark was given them, GOGC the container image's when not.
func runtimeEnv(lookup func(string) (string, bool)) []string {
	env := []string{"GOGC=" + productionGOGC}
	if v, ok := lookup("GOGC"); ok {
		env[0] = "GOGC=" + v
	}
	for _, k := range []string{"GOMEMLIMIT", "GOMAXPROCS"} {
		if v, ok := lookup(k); ok {
			env = append(env, k+"="+v)
		}
	}
	return env
}

// startOurs starts the server binary on a free loopback port, with its profiler on another.
func startOurs(ctx context.Context, bin string, env []string) (*process, error) {
	listen, err := freeAddr()
	if err != nil {
		return nil, err
	}
	debug, err := freeAddr()
	if err != nil {
		return nil, err
	}
	p, err := start(ctx, "ours", bin, []string{"serve"}, append(env, "LISTEN_ADDR="+listen, "DEBUG_ADDR="+debug), listen)
	if err != nil {
		return nil, err
	}
	p.debugURL = "http://" + debug
	return p, nil
}

// startBaseline starts this program again, serving the baseline on a free loopback port.
func startBaseline(ctx context.Context, env []string) (*process, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("find the benchmark's own binary: %w", err)
	}
	listen, err := freeAddr()
	if err != nil {
		return nil, err
	}
	return start(ctx, "baseline", self, []string{baselineCommand}, append(env, "LISTEN_ADDR="+listen), listen)
}

func start(ctx context.Context, name, bin string, args, env []string, addr string) (*process, error) {
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	cmd.SysProcAttr = childAttr()
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	p := &process{name: name, cmd: cmd, url: "http://" + addr, log: readServerLog(stderr), exited: make(chan struct{})}
	go func() {
		<-p.log.done // Wait closes the pipe: read it to the end first.
		p.waitErr = cmd.Wait()
		close(p.exited)
	}()
	// Ours loads its whole authorization policy before it is ready: a rule per staff member, a
	// million at scale 100.
	if err := p.waitReady(ctx, 3*time.Minute); err != nil {
		p.stop()
		return nil, err
	}
	return p, nil
}

// waitReady waits until the server answers /readyz with 200.
func (p *process) waitReady(ctx context.Context, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.url+"/readyz", nil)
		if err != nil {
			return err
		}
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-p.exited:
			return fmt.Errorf("%s exited on start-up (%v):\n%s", p.name, p.waitErr, p.log.lastLines())
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s is not ready after %s:\n%s", p.name, limit, p.log.lastLines())
		}
	}
}

func (p *process) pid() int { return p.cmd.Process.Pid }

// stop asks the server to stop (SIGTERM: it finishes the requests in flight) and kills it if it
// has not within ten seconds. Stopping a stopped process does nothing.
func (p *process) stop() {
	select {
	case <-p.exited:
		return
	default:
	}
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		p.cmd.Process.Kill()
	}
	select {
	case <-p.exited:
	case <-time.After(10 * time.Second):
		p.cmd.Process.Kill()
		<-p.exited
	}
	var exit *exec.ExitError
	if p.waitErr != nil && !errors.As(p.waitErr, &exit) {
		fmt.Fprintf(os.Stderr, "bench: %s: %v\n", p.name, p.waitErr)
	}
}

// freeAddr returns a loopback address whose port was free a moment ago.
func freeAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}

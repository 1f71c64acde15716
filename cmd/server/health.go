package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/teleworkmonth/platform/internal/config"
)

// healthcheck asks the server on LISTEN_ADDR whether it is alive, for container health checks in
// images that carry no shell or curl. It exits 0 when /healthz answers 200.
func healthcheck(ctx context.Context, cfg config.Config) error {
	host, port, err := net.SplitHostPort(cfg.ListenAddr)
	if err != nil {
		return fmt.Errorf("LISTEN_ADDR: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	url := "http://" + net.JoinHostPort(dialHost(host), port) + "/healthz"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("healthcheck: /healthz answered %d", resp.StatusCode)
	}
	return nil
}

// dialHost is where to reach a server listening on host: the host itself when LISTEN_ADDR names
// one (an interface's address, [::1]), and loopback when it names every address (":8080",
// "0.0.0.0:8080", "[::]:8080"), since those include it.
func dialHost(host string) string {
	ip := net.ParseIP(host)
	switch {
	case host == "" || ip.Equal(net.IPv4zero):
		return "127.0.0.1"
	case ip.Equal(net.IPv6unspecified):
		return "::1"
	}
	return host
}

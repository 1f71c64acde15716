package main

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/teleworkmonth/platform/internal/config"
)

// TestHealthcheckDialsListenAddr runs a /healthz on one address and checks that healthcheck finds
// it from the LISTEN_ADDR naming that address (or only its port, on loopback), and fails for a
// port where nothing listens.
func TestHealthcheckDialsListenAddr(t *testing.T) {
	tests := []struct {
		name, listen string
		listenAddr   func(port string) string
	}{
		{"IPv6 loopback", "[::1]:0", func(port string) string { return "[::1]:" + port }},
		{"another IPv4 loopback address", "127.0.0.2:0", func(port string) string { return "127.0.0.2:" + port }},
		{"only a port", "127.0.0.1:0", func(port string) string { return ":" + port }},
		{"every IPv4 address", "0.0.0.0:0", func(port string) string { return "0.0.0.0:" + port }},
		{"a host name", "127.0.0.1:0", func(port string) string { return "localhost:" + port }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := net.Listen("tcp", tt.listen)
			if err != nil {
				t.Skipf("cannot listen on %s here: %v", tt.listen, err)
			}
			srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path != "/healthz" {
					http.NotFound(w, r)
				}
			}))
			srv.Listener = l
			srv.Start()
			_, port, _ := net.SplitHostPort(l.Addr().String())
			if err := healthcheck(context.Background(), config.Config{ListenAddr: tt.listenAddr(port)}); err != nil {
				t.Errorf("LISTEN_ADDR %s: %v", tt.listenAddr(port), err)
			}
			srv.Close()
			if err := healthcheck(context.Background(), config.Config{ListenAddr: tt.listenAddr(port)}); err == nil {
				t.Errorf("LISTEN_ADDR %s: healthy with the server stopped", tt.listenAddr(port))
			}
		})
	}
}

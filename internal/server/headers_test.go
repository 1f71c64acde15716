package server_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/playground"
	"github.com/teleworkmonth/platform/internal/server"
)

// The Content-Security-Policy of the API's answers, and of the logo file.
const (
	apiCSP  = "default-src 'none'; frame-ancestors 'none'"
	logoCSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'"
)

// wantSecurityHeaders checks the headers every response of the server carries, with the
// Content-Security-Policy csp ("" for any policy, such as the playground's with its nonce, that
// forbids framing).
func wantSecurityHeaders(t *testing.T, h http.Header, csp string) {
	t.Helper()
	for name, want := range map[string]string{
		"X-Content-Type-Options": "nosniff",
		"Referrer-Policy":        "no-referrer",
		"X-Frame-Options":        "DENY",
	} {
		if got := h.Values(name); len(got) != 1 || got[0] != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
	got := h.Values("Content-Security-Policy")
	switch {
	case len(got) != 1:
		t.Errorf("Content-Security-Policy: %q, want one", got)
	case csp != "" && got[0] != csp:
		t.Errorf("Content-Security-Policy: %q, want %q", got[0], csp)
	case !strings.Contains(got[0], "frame-ancestors 'none'"):
		t.Errorf("Content-Security-Policy %q does not forbid framing", got[0])
	}
	if hsts := h.Get("Strict-Transport-Security"); hsts != "" {
		t.Errorf("Strict-Transport-Security %q outside production", hsts)
	}
}

// TestSecurityHeaders: every answer of the server, of every path and every error status (refusals
// of the middleware, of the router and of the authentication included), carries nosniff,
// no-referrer, DENY framing and a Content-Security-Policy: the API's, restrictive, unless the
// playground or the logo sends its own.
func TestSecurityHeaders(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{Seed: true})
	logoLink := registerForLogo(t, s)

	jsonBody := map[string]string{"Content-Type": "application/json"}
	big := `{"query": "{ __typename }"}` + strings.Repeat(" ", 1<<20)
	tests := []struct {
		name, method, path, body string
		header                   map[string]string
		status                   int
		csp                      string // "" for the playground's
	}{
		{"GraphQL over POST", "POST", "/graphql", `{"query": "{ __typename }"}`, jsonBody, 200, apiCSP},
		{"GraphQL over GET", "GET", "/graphql?query=" + url.QueryEscape("{ __typename }"), "", nil, 200, apiCSP},
		{"a query that does not parse", "POST", "/graphql", `{"query": "{"}`,
			map[string]string{"Content-Type": "application/json", "Accept": "application/graphql-response+json"}, 400, apiCSP},
		{"a mutation over GET", "GET", "/graphql?query=" + url.QueryEscape("mutation { logout }"), "", nil, 405, apiCSP},
		{"a form's content type", "POST", "/graphql", `{"query": "{ __typename }"}`, map[string]string{"Content-Type": "text/plain"}, 415, apiCSP},
		{"a body over the limit", "POST", "/graphql", big, jsonBody, 413, apiCSP},
		{"a forged token", "POST", "/graphql", `{"query": "{ __typename }"}`,
			map[string]string{"Content-Type": "application/json", "Authorization": "Bearer tms_forged"}, 401, apiCSP},
		{"an upgrade that is not WebSocket", "GET", "/graphql", "", map[string]string{"Upgrade": "h2c", "Connection": "Upgrade"}, 400, apiCSP},
		{"WebSocket from another origin", "GET", "/graphql", "", map[string]string{"Upgrade": "websocket", "Connection": "Upgrade",
			"Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==", "Origin": "https://evil.example"}, 403, apiCSP},
		{"healthz", "GET", "/healthz", "", nil, 200, apiCSP},
		{"readyz", "GET", "/readyz", "", nil, 200, apiCSP},
		{"healthz by POST", "POST", "/healthz", "", nil, 405, apiCSP},
		{"an unknown path", "GET", "/nope", "", nil, 404, apiCSP},
		{"the logo", "GET", logoLink, "", nil, 200, logoCSP},
		{"a tampered logo link", "GET", strings.Replace(logoLink, "sig=", "sig=00", 1), "", nil, 403, apiCSP},
		{"the playground", "GET", "/", "", nil, 200, ""},
		{"the playground's script", "GET", playground.AssetPrefix + "graphiql.js", "", nil, 200, playground.ContentSecurityPolicy("")},
		{"the playground, an unknown file", "GET", playground.AssetPrefix + "nope.js", "", nil, 404, playground.ContentSecurityPolicy("")},
		{"the playground by POST", "POST", "/", "", nil, 405, playground.ContentSecurityPolicy("")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, s.URL+tt.path, strings.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			for k, v := range tt.header {
				req.Header.Set(k, v)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.status {
				t.Errorf("status %d, want %d", resp.StatusCode, tt.status)
			}
			wantSecurityHeaders(t, resp.Header, tt.csp)
		})
	}

	t.Run("WebSocket upgrade", func(t *testing.T) {
		_, resp, err := server.DialWS(t, s.URL, nil)
		if err != nil {
			t.Fatal(err)
		}
		wantSecurityHeaders(t, resp.Header, apiCSP)
	})
}

// registerForLogo registers an activity and returns the path of its signed logo link.
func registerForLogo(t *testing.T, s *apptest.Server) string {
	t.Helper()
	r := s.Query(`mutation($in: RegisterActivityInput!) { registerActivity(input: $in) { registrant { logoDownloadUrl } } }`,
		map[string]any{"in": map[string]any{
			"fiscalYear": 2026, "kind": "COMPANY", "name": "株式会社ヘッダー", "nameKana": "ヘッダー", "prefecture": "TOKYO",
			"activities": []string{"PRACTICING"}, "publishName": false,
			"contact": map[string]any{"name": "山田 太郎", "email": "header@example.jp"},
		}})
	var data struct {
		RegisterActivity struct {
			Registrant struct{ LogoDownloadURL string }
		}
	}
	if err := json.Unmarshal(r.Data, &data); err != nil || data.RegisterActivity.Registrant.LogoDownloadURL == "" {
		t.Fatalf("registerActivity: %s", r.Body)
	}
	return data.RegisterActivity.Registrant.LogoDownloadURL
}

// TestStrictTransportSecurity: production tells browsers to keep to HTTPS, on every answer; the
// test environment (like development) does not (wantSecurityHeaders checks it there).
func TestStrictTransportSecurity(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{Env: map[string]string{
		"APP_ENV": "production", "CONSOLE_URL": "https://telework.example.go.jp/admin/", "LOGO_SIGNING_KEY": strings.Repeat("k", 32),
	}})
	for _, path := range []string{"/graphql", "/healthz", "/nope"} {
		resp, err := http.Post(s.URL+path, "application/json", bytes.NewReader([]byte(`{"query": "{ __typename }"}`)))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Strict-Transport-Security"); got != "max-age=31536000" {
			t.Errorf("POST %s (%d): Strict-Transport-Security %q, want max-age=31536000", path, resp.StatusCode, got)
		}
	}
}

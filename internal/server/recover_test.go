package server

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/internal/config"
)

// TestPanicAnswerHasSecurityHeaders: the 500 that answers a handler's panic carries the security
// headers of every answer, Strict-Transport-Security included when configured.
func TestPanicAnswerHasSecurityHeaders(t *testing.T) {
	t.Parallel()
	d := Deps{Config: config.Config{HSTSMaxAge: time.Hour}, Log: zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.Disabled)}
	ts := httptest.NewServer(withEveryRequest(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		panic("boom")
	}), d))
	t.Cleanup(ts.Close)

	resp, err := http.Get(ts.URL + "/graphql")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusInternalServerError {
		t.Fatalf("status %d, want 500", resp.StatusCode)
	}
	for name, want := range map[string]string{
		"X-Content-Type-Options":    "nosniff",
		"Referrer-Policy":           "no-referrer",
		"X-Frame-Options":           "DENY",
		"Content-Security-Policy":   apiContentSecurityPolicy,
		"Strict-Transport-Security": "max-age=3600",
	} {
		if got := resp.Header.Get(name); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
}

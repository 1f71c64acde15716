package config

import (
	"strings"
	"testing"
	"time"
)

func TestWebsocketLimits(t *testing.T) {
	c, err := Load(env(nil))
	if err != nil || c.WSMaxSubscriptions != 20 || c.WSMaxConnectionsPerClient != 50 {
		t.Errorf("defaults: %d subscriptions, %d connections, %v; want 20, 50", c.WSMaxSubscriptions, c.WSMaxConnectionsPerClient, err)
	}
	c, err = Load(env(map[string]string{"WS_MAX_SUBSCRIPTIONS": "5", "WS_MAX_CONNECTIONS_PER_CLIENT": "100"}))
	if err != nil || c.WSMaxSubscriptions != 5 || c.WSMaxConnectionsPerClient != 100 {
		t.Errorf("set: %d subscriptions, %d connections, %v; want 5, 100", c.WSMaxSubscriptions, c.WSMaxConnectionsPerClient, err)
	}
	for _, name := range []string{"WS_MAX_SUBSCRIPTIONS", "WS_MAX_CONNECTIONS_PER_CLIENT"} {
		for _, bad := range []string{"0", "-1", "many", "1e3"} {
			if _, err := Load(env(map[string]string{name: bad})); err == nil || !strings.Contains(err.Error(), name) {
				t.Errorf("%s=%q: %v, want an error naming it", name, bad, err)
			}
		}
	}
}

// TestHSTS: Strict-Transport-Security is on in production, where the server is reached over
// HTTPS, for a year unless set; off elsewhere unless set.
func TestHSTS(t *testing.T) {
	prod := map[string]string{"APP_ENV": "production", "CONSOLE_URL": "https://telework.example.go.jp/admin/", "LOGO_SIGNING_KEY": testKey}
	with := func(m map[string]string, k, v string) map[string]string {
		out := map[string]string{k: v}
		for k, v := range m {
			out[k] = v
		}
		return out
	}
	for _, tt := range []struct {
		name string
		env  map[string]string
		want time.Duration
	}{
		{"development", nil, 0},
		{"development, set", map[string]string{"HSTS_MAX_AGE": "1h"}, time.Hour},
		{"production", prod, 365 * 24 * time.Hour},
		{"production, set", with(prod, "HSTS_MAX_AGE", "720h"), 720 * time.Hour},
		{"production, off", with(prod, "HSTS_MAX_AGE", "0"), 0},
		{"production, off as 0s", with(prod, "HSTS_MAX_AGE", "0s"), 0},
	} {
		c, err := Load(env(tt.env))
		if err != nil || c.HSTSMaxAge != tt.want {
			t.Errorf("%s: %v, %v; want %v", tt.name, c.HSTSMaxAge, err, tt.want)
		}
	}
	for _, bad := range []string{"-1h", "500ms", "a year", "0s1"} {
		if _, err := Load(env(map[string]string{"HSTS_MAX_AGE": bad})); err == nil || !strings.Contains(err.Error(), "HSTS_MAX_AGE") {
			t.Errorf("HSTS_MAX_AGE=%q: %v, want an error naming it", bad, err)
		}
	}
}

// TestCacheMaxAge: public GraphQL answers are kept 30 s and served stale 60 s more unless set; 0
// turns either off; anything else is refused by name.
func TestCacheMaxAge(t *testing.T) {
	c, err := Load(env(nil))
	if err != nil || c.CacheMaxAge != 30*time.Second || c.CacheStaleWhileRevalidate != time.Minute {
		t.Errorf("defaults: %v, %v, %v; want 30s, 1m", c.CacheMaxAge, c.CacheStaleWhileRevalidate, err)
	}
	c, err = Load(env(map[string]string{"CACHE_MAX_AGE": "0", "CACHE_STALE_WHILE_REVALIDATE": "5m"}))
	if err != nil || c.CacheMaxAge != 0 || c.CacheStaleWhileRevalidate != 5*time.Minute {
		t.Errorf("set: %v, %v, %v; want 0, 5m", c.CacheMaxAge, c.CacheStaleWhileRevalidate, err)
	}
	for _, name := range []string{"CACHE_MAX_AGE", "CACHE_STALE_WHILE_REVALIDATE"} {
		for _, bad := range []string{"-1s", "500ms", "30"} {
			if _, err := Load(env(map[string]string{name: bad})); err == nil || !strings.Contains(err.Error(), name) {
				t.Errorf("%s=%q: %v, want an error naming it", name, bad, err)
			}
		}
	}
}

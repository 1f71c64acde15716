package config

import (
	"slices"
	"strings"
	"testing"
)

func TestAllowedOrigins(t *testing.T) {
	local := []string{"http://localhost:*", "http://127.0.0.1:*"}
	tests := []struct {
		name string
		env  map[string]string
		want []string
	}{
		{"development default: local pages on any port", nil, local},
		{"test default", map[string]string{"APP_ENV": "test"}, local},
		{"production default: none but the server's own", map[string]string{"APP_ENV": "production", "CONSOLE_URL": "https://telework.example.go.jp/admin/", "LOGO_SIGNING_KEY": testKey}, nil},
		{"listed, in production", map[string]string{"APP_ENV": "production", "CONSOLE_URL": "https://telework.example.go.jp/admin/", "LOGO_SIGNING_KEY": testKey, "ALLOWED_ORIGINS": "https://portal.example.jp, https://www.example.go.jp"},
			[]string{"https://portal.example.jp", "https://www.example.go.jp"}},
		{"listed replaces the default", map[string]string{"ALLOWED_ORIGINS": "http://localhost:5173"}, []string{"http://localhost:5173"}},
		{"normalized", map[string]string{"ALLOWED_ORIGINS": " HTTPS://Portal.Example.JP:443/ ,http://a.example:80,http://[::1]:*,,"},
			[]string{"https://portal.example.jp", "http://a.example", "http://[::1]:*"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(env(tt.env))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(c.AllowedOrigins, tt.want) {
				t.Errorf("AllowedOrigins = %q, want %q", c.AllowedOrigins, tt.want)
			}
		})
	}
}

func TestAllowedOriginsRefused(t *testing.T) {
	for _, v := range []string{
		"*", "https://*", "https://*.example.jp", "portal.example.jp", "ftp://example.jp", "https://example.jp/path",
		"https://user@example.jp", "https://example.jp?x", "https://example.jp#x", "https://example.jp:99999",
		"https://example.jp:", "https://example.jp:08080", "https://example.jp, null",
	} {
		t.Run(v, func(t *testing.T) {
			_, err := Load(env(map[string]string{"ALLOWED_ORIGINS": v}))
			if err == nil || !strings.Contains(err.Error(), "ALLOWED_ORIGINS") {
				t.Errorf("ALLOWED_ORIGINS=%q gave %v, want an error that names it", v, err)
			}
		})
	}
}

package config

import (
	"strings"
	"testing"
	"time"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestLoadDefaults(t *testing.T) {
	c, err := Load(env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if c.Env != Development || c.ListenAddr != ":8080" || !c.Playground || !c.Introspection || c.MaxBodyBytes != 1<<20 {
		t.Errorf("defaults = %+v", c)
	}
}

func TestLoadProductionClosesExploration(t *testing.T) {
	c, err := Load(env(map[string]string{"APP_ENV": "production", "DATABASE_URL": "postgres://db/telework"}))
	if err != nil {
		t.Fatal(err)
	}
	if c.Playground || c.Introspection || c.FieldSuggestions {
		t.Errorf("production opened the playground, introspection or suggestions: %+v", c)
	}
	c, err = Load(env(map[string]string{"APP_ENV": "production", "INTROSPECTION": "true"}))
	if err != nil || !c.Introspection {
		t.Errorf("INTROSPECTION=true was not honoured in production: %v", err)
	}
}

func TestLoadNamesEveryInvalidVariable(t *testing.T) {
	_, err := Load(env(map[string]string{
		"APP_ENV": "staging", "DB_MAX_OPEN_CONNS": "0", "REQUEST_TIMEOUT": "soon",
		"PLAYGROUND": "maybe", "LOG_LEVEL": "loud", "DATABASE_URL": "mysql://x",
	}))
	if err == nil {
		t.Fatal("invalid configuration accepted")
	}
	for _, name := range []string{"APP_ENV", "DB_MAX_OPEN_CONNS", "REQUEST_TIMEOUT", "PLAYGROUND", "LOG_LEVEL", "DATABASE_URL"} {
		if !strings.Contains(err.Error(), name) {
			t.Errorf("error does not name %s: %v", name, err)
		}
	}
}

func TestLoadDuration(t *testing.T) {
	c, err := Load(env(map[string]string{"REQUEST_TIMEOUT": "3s"}))
	if err != nil || c.RequestTimeout != 3*time.Second {
		t.Fatalf("REQUEST_TIMEOUT=3s gave %v, %v", c.RequestTimeout, err)
	}
}

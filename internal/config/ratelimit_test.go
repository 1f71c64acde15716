package config

import (
	"net/netip"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestRateLimitDefaults(t *testing.T) {
	c, err := Load(env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.TrustedProxies) != 0 {
		t.Errorf("TRUSTED_PROXIES defaults to %v, want none", c.TrustedProxies)
	}
	if c.PublicWriteBurst != 20 || c.PublicWriteEvery != 30*time.Second {
		t.Errorf("public writes %d every %v, want 20 every 30s", c.PublicWriteBurst, c.PublicWriteEvery)
	}
	if c.PartnerRequestsPerMinute != 600 || c.PartnerCostPerMinute != 60_000 {
		t.Errorf("partner keys %d requests, %d cost a minute; want 600, 60000", c.PartnerRequestsPerMinute, c.PartnerCostPerMinute)
	}
}

func TestTrustedProxies(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"10.0.0.0/8", []string{"10.0.0.0/8"}},
		{" 10.1.2.3/8 , 2001:db8::/32,", []string{"10.0.0.0/8", "2001:db8::/32"}},
		{"192.0.2.10", []string{"192.0.2.10/32"}},
		{"::1", []string{"::1/128"}},
		{"::ffff:192.0.2.10", []string{"192.0.2.10/32"}},
		{"::ffff:10.0.0.0/104", []string{"10.0.0.0/8"}},
	} {
		c, err := Load(env(map[string]string{"TRUSTED_PROXIES": tt.in}))
		if err != nil {
			t.Errorf("TRUSTED_PROXIES=%q: %v", tt.in, err)
			continue
		}
		var got []string
		for _, p := range c.TrustedProxies {
			got = append(got, p.String())
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("TRUSTED_PROXIES=%q read as %v, want %v", tt.in, got, tt.want)
		}
	}
	for _, bad := range []string{"10.0.0.0/33", "proxy.internal", "10.0.0.0/8;192.0.2.1", "fe80::1%eth0", "*"} {
		if _, err := Load(env(map[string]string{"TRUSTED_PROXIES": bad})); err == nil || !strings.Contains(err.Error(), "TRUSTED_PROXIES") {
			t.Errorf("TRUSTED_PROXIES=%q: %v, want an error naming TRUSTED_PROXIES", bad, err)
		}
	}
	c, _ := Load(env(map[string]string{"TRUSTED_PROXIES": "10.0.0.0/8"}))
	if !c.TrustedProxies[0].Contains(netip.MustParseAddr("10.9.8.7")) {
		t.Error("10.0.0.0/8 does not contain 10.9.8.7")
	}
}

func TestRateLimitVariables(t *testing.T) {
	c, err := Load(env(map[string]string{
		"RATE_LIMIT_PUBLIC_WRITES_BURST": "0", "RATE_LIMIT_PUBLIC_WRITES_EVERY": "1m",
		"RATE_LIMIT_PARTNER_REQUESTS_PER_MINUTE": "60", "RATE_LIMIT_PARTNER_COST_PER_MINUTE": "5000",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if c.PublicWriteBurst != 0 || c.PublicWriteEvery != time.Minute || c.PartnerRequestsPerMinute != 60 || c.PartnerCostPerMinute != 5000 {
		t.Errorf("read %+v", c)
	}
	for name, bad := range map[string]string{
		"RATE_LIMIT_PUBLIC_WRITES_BURST":         "-1",
		"RATE_LIMIT_PUBLIC_WRITES_EVERY":         "0s",
		"RATE_LIMIT_PARTNER_REQUESTS_PER_MINUTE": "0",
		"RATE_LIMIT_PARTNER_COST_PER_MINUTE":     "lots",
	} {
		if _, err := Load(env(map[string]string{name: bad})); err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s=%q: %v, want an error naming it", name, bad, err)
		}
	}
}

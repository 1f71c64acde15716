package auth

import (
	"net/http"
	"net/http/httptest"
	"net/netip"
	"testing"
)

func TestClientAddress(t *testing.T) {
	trusted := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("2001:db8:1::/48")}
	for _, tt := range []struct {
		name    string
		trusted []netip.Prefix
		remote  string
		xff     []string
		want    string
	}{
		{"no proxies configured: the header is ignored", nil, "198.51.100.7:5000", []string{"203.0.113.9"}, "198.51.100.7"},
		{"an untrusted peer's header is ignored", trusted, "198.51.100.7:5000", []string{"203.0.113.9"}, "198.51.100.7"},
		{"a trusted proxy names the client", trusted, "10.0.0.2:5000", []string{"203.0.113.9"}, "203.0.113.9"},
		{"a forged entry left of the proxy's is ignored", trusted, "10.0.0.2:5000", []string{"1.2.3.4, 203.0.113.9"}, "203.0.113.9"},
		{"a chain of trusted proxies", trusted, "10.0.0.2:5000", []string{"1.2.3.4, 203.0.113.9, 10.0.0.3"}, "203.0.113.9"},
		{"several header lines, the last one last", trusted, "10.0.0.2:5000", []string{"1.2.3.4", "203.0.113.9, 10.9.9.9"}, "203.0.113.9"},
		{"a trusted proxy without the header", trusted, "10.0.0.2:5000", nil, "10.0.0.2"},
		{"only trusted hops: the left-most", trusted, "10.0.0.2:5000", []string{"10.0.0.5, 10.0.0.4"}, "10.0.0.5"},
		{"garbage right of the client: the last trusted hop", trusted, "10.0.0.2:5000", []string{"203.0.113.9, not-an-address"}, "10.0.0.2"},
		{"garbage left of the client is never read", trusted, "10.0.0.2:5000", []string{"<script>, 203.0.113.9"}, "203.0.113.9"},
		{"IPv6 with brackets and a port", trusted, "[2001:db8:1::5]:443", []string{"[2001:db8:2::9]:1234"}, "2001:db8:2::9"},
		{"an IPv4-mapped peer", trusted, "[::ffff:10.0.0.2]:80", []string{"::ffff:203.0.113.9"}, "203.0.113.9"},
		{"empty entries are skipped", trusted, "10.0.0.2:5000", []string{"203.0.113.9, , "}, "203.0.113.9"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest(http.MethodPost, "/graphql", nil)
			r.RemoteAddr = tt.remote
			for _, v := range tt.xff {
				r.Header.Add("X-Forwarded-For", v)
			}
			var got string
			ClientAddress(tt.trusted)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				got = ClientIP(r.Context())
			})).ServeHTTP(httptest.NewRecorder(), r)
			if got != tt.want {
				t.Errorf("client address %q, want %q", got, tt.want)
			}
		})
	}
}

package server_test

import (
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/telework"
)

// partnerKey makes a partner API key through the API as the secretariat, with the limits given in
// the input (GraphQL syntax, e.g. "requestsPerMinute: 5"), and returns the key and the ApiKey
// answered.
func partnerKey(t *testing.T, s *apptest.Server, sec, limits string) (key string, created map[string]any) {
	t.Helper()
	r := s.QueryAs(sec, fmt.Sprintf(`mutation { createApiKey(input: {name: "ポータル", %s}) {
		key apiKey { id requestsPerMinute costPerMinute } } }`, limits), nil)
	var data struct {
		CreateAPIKey struct {
			Key    string
			APIKey map[string]any
		}
	}
	if r.Decode(t, &data); len(r.Errors) > 0 || data.CreateAPIKey.Key == "" {
		t.Fatalf("createApiKey: %s", r.Body)
	}
	return data.CreateAPIKey.Key, data.CreateAPIKey.APIKey
}

var rateLimitItem = regexp.MustCompile(`^"requests";r=(\d+);t=(\d+), "cost";r=(\d+);t=(\d+)$`)

// rateLimit reads the RateLimit header: what remains of requests and of cost.
func rateLimit(t *testing.T, r apptest.Response) (requests, cost int) {
	t.Helper()
	m := rateLimitItem.FindStringSubmatch(r.Header.Get("RateLimit"))
	if m == nil {
		t.Fatalf("RateLimit %q (status %d, %s)", r.Header.Get("RateLimit"), r.Status, r.Body)
	}
	requests, _ = strconv.Atoi(m[1])
	cost, _ = strconv.Atoi(m[3])
	return requests, cost
}

// TestPartnerKeyRequestLimit: a key made with 5 requests a minute answers each request with its
// policy and what remains, one less each time, and refuses the sixth with 429, RATE_LIMITED and
// Retry-After, even a request that would not parse.
func TestPartnerKeyRequestLimit(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{Seed: true})
	sec := s.Staff("chief@example.jp", telework.RoleSecretariat, "")
	key, created := partnerKey(t, s, sec, "requestsPerMinute: 5")
	if created["requestsPerMinute"] != 5.0 || created["costPerMinute"] != 60000.0 {
		t.Errorf("created %v; want its own 5 requests and the default 60000 cost a minute", created)
	}
	for i := range 5 {
		r := s.QueryAs(key, `{ campaigns { fiscalYear } }`, nil)
		if r.Status != http.StatusOK || len(r.Errors) > 0 {
			t.Fatalf("request %d: %d %s", i+1, r.Status, r.Body)
		}
		if got := r.Header.Get("RateLimit-Policy"); got != `"requests";q=5;w=60, "cost";q=60000;w=60` {
			t.Errorf("RateLimit-Policy %q", got)
		}
		if requests, _ := rateLimit(t, r); requests != 4-i {
			t.Errorf("request %d: %d requests remain, want %d", i+1, requests, 4-i)
		}
	}
	r := s.QueryAs(key, `{ campaigns { fiscalYear } }`, nil)
	wantRateLimited(t, r, 12) // 5 a minute: one more every 12 seconds
	if requests, _ := rateLimit(t, r); requests != 0 || r.Header.Get("RateLimit-Policy") == "" {
		t.Errorf("a refused request's headers: %v", r.Header)
	}
	wantRateLimited(t, s.QueryAs(key, `{ not a query`, nil), 12)

	// Another key, and the public, are not affected.
	other, _ := partnerKey(t, s, sec, "requestsPerMinute: 5")
	if r := s.QueryAs(other, `{ campaigns { fiscalYear } }`, nil); r.Status != http.StatusOK {
		t.Errorf("another key: %d %s", r.Status, r.Body)
	}
	if r := s.Query(`{ campaigns { fiscalYear } }`, nil); r.Status != http.StatusOK || r.Header.Get("RateLimit") != "" {
		t.Errorf("the public: %d, RateLimit %q", r.Status, r.Header.Get("RateLimit"))
	}
}

// eventsPage costs 301: a page of 100 events, each costing its node and id, under edges.
const eventsPage = `{ events(first: 100) { edges { node { id } } } }`

// TestPartnerKeyCostLimit: each operation of a key costs its complexity, so that a key of 1,000 a
// minute makes three requests of 301 and is refused the fourth, with requests still left; an
// operation that costs more than the key's minute is refused as too complex.
func TestPartnerKeyCostLimit(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{Seed: true})
	sec := s.Staff("chief@example.jp", telework.RoleSecretariat, "")
	key, created := partnerKey(t, s, sec, "costPerMinute: 1000")
	if created["requestsPerMinute"] != 600.0 || created["costPerMinute"] != 1000.0 {
		t.Errorf("created %v; want the default 600 requests and its own 1000 cost a minute", created)
	}
	for i, want := range []int{699, 398, 97} {
		r := s.QueryAs(key, eventsPage, nil)
		if r.Status != http.StatusOK || len(r.Errors) > 0 {
			t.Fatalf("request %d: %d %s", i+1, r.Status, r.Body)
		}
		// The bucket refills by 1,000 a minute, 17 a second: allow for the time the test takes.
		if _, cost := rateLimit(t, r); cost < want || cost > want+50 {
			t.Errorf("request %d: %d cost remains, want %d", i+1, cost, want)
		}
	}
	r := s.QueryAs(key, eventsPage, nil)
	wantRateLimited(t, r, 0)
	if requests, _ := rateLimit(t, r); requests < 590 {
		t.Errorf("%d requests remain after four; the cost limit refused, not the requests'", requests)
	}
	// A cheap operation still passes.
	if r := s.QueryAs(key, `{ campaigns { fiscalYear } }`, nil); r.Status != http.StatusOK || len(r.Errors) > 0 {
		t.Errorf("a cheap operation: %d %s", r.Status, r.Body)
	}

	small, _ := partnerKey(t, s, sec, "costPerMinute: 100")
	r = s.QueryAs(small, eventsPage, nil)
	if len(r.Errors) != 1 || r.Errors[0].Code() != "GRAPHQL_VALIDATION_FAILED" {
		t.Errorf("an operation costing more than the key's minute: %d %s", r.Status, r.Body)
	}

	// The secretariat's list shows each key's limits in effect, newest first.
	r = s.QueryAs(sec, `{ apiKeys(first: 2) { edges { node { requestsPerMinute costPerMinute } } } }`, nil)
	if want := `{"apiKeys":{"edges":[{"node":{"requestsPerMinute":600,"costPerMinute":100}},{"node":{"requestsPerMinute":600,"costPerMinute":1000}}]}}`; string(r.Data) != want {
		t.Errorf("apiKeys: %s, want %s", r.Data, want)
	}
}

// TestCreateApiKeyLimitsValidated: limits out of range are BAD_USER_INPUT naming the field.
func TestCreateApiKeyLimitsValidated(t *testing.T) {
	t.Parallel()
	s := apptest.New(t, apptest.Options{})
	sec := s.Staff("chief@example.jp", telework.RoleSecretariat, "")
	for _, tt := range []struct{ limits, field string }{
		{"requestsPerMinute: 0", "input.requestsPerMinute"},
		{"requestsPerMinute: 100001", "input.requestsPerMinute"},
		{"costPerMinute: -5", "input.costPerMinute"},
		{"costPerMinute: 100000001", "input.costPerMinute"},
	} {
		r := s.QueryAs(sec, fmt.Sprintf(`mutation { createApiKey(input: {name: "p", %s}) { key } }`, tt.limits), nil)
		if len(r.Errors) != 1 || r.Errors[0].Code() != "BAD_USER_INPUT" || r.Errors[0].Extensions["field"] != tt.field {
			t.Errorf("%s: %s; want BAD_USER_INPUT on %s", tt.limits, r.Body, tt.field)
		}
	}
}
